"""Fixtures of the callback tests: lib/cbtest.c built three ways, once per session."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from cblib import build_modules

if TYPE_CHECKING:
    from types import ModuleType


@pytest.fixture(scope="session")
def modules(tmp_path_factory: pytest.TempPathFactory) -> dict[str, ModuleType]:
    return build_modules(tmp_path_factory.mktemp("callbacks"))


@pytest.fixture(scope="session", params=["_cb_bounds", "_cb_guard", "_cb_keep"])
def M(request: pytest.FixtureRequest, modules: dict[str, ModuleType]) -> ModuleType:
    """The typed module, in each memory-check mode, and with some calls keeping the GIL."""
    module: ModuleType = modules[request.param]
    return module


@pytest.fixture(scope="session")
def raw(modules: dict[str, ModuleType]) -> ModuleType:
    return modules["_cb_raw"]
