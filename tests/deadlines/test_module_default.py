"""WasmBoxExtension(time_limit=...): the module's Sandbox() default, also for its
module-level functions, which run on a default sandbox that a Timeout replaces."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

import pytest
from spinlib import SLACK, build_spin, work_for

if TYPE_CHECKING:
    from types import ModuleType

DEFAULT = 0.05


@pytest.fixture(scope="module")
def D(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    return build_spin(tmp_path_factory.mktemp("spin-default"), "_spin_default",
                      time_limit=DEFAULT)


@pytest.mark.slow
def test_the_build_sets_the_default(D: ModuleType) -> None:
    assert D.__wasmbox__["time_limit"] == DEFAULT
    start = time.monotonic()
    with pytest.raises(D.Timeout):
        D.spin()  # a module-level function
    assert time.monotonic() - start < DEFAULT + SLACK
    assert D.count_to(5) == 5  # on a fresh default sandbox
    with D.Sandbox() as sb, pytest.raises(D.Timeout):
        sb.spin()
    steps = work_for(D, 0.3)  # longer than the default
    with D.Sandbox(time_limit=None) as sb:  # None: no limit, over the build's default
        assert sb.count_to(steps) == steps
    with D.Sandbox(time_limit=60) as sb:
        assert sb.count_to(steps) == steps
