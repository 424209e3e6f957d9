"""Fixtures of the deadline tests: lib/spin.c (a library whose calls do not return unless
stopped) built in both memory-check modes, once per session."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from spinlib import build_spin

if TYPE_CHECKING:
    from types import ModuleType

MEMORY_CHECKS = ("bounds", "guard")


@pytest.fixture(scope="session")
def modules(tmp_path_factory: pytest.TempPathFactory) -> dict[str, ModuleType]:
    return {check: build_spin(tmp_path_factory.mktemp(f"spin-{check}"), f"_spin_{check}",
                              memory_check=check)
            for check in MEMORY_CHECKS}


@pytest.fixture(scope="session", params=MEMORY_CHECKS)
def M(request: pytest.FixtureRequest, modules: dict[str, ModuleType]) -> ModuleType:
    """The spin module, in each memory-check mode."""
    module: ModuleType = modules[request.param]
    return module
