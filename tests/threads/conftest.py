"""Fixtures of the threading tests: lib/work.c built in each memory-check mode, once."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING

import pytest
from projects import TESTS, build_inplace, import_built, write_project

if TYPE_CHECKING:
    from types import ModuleType

LIB = TESTS / "threads" / "lib"
SOURCES = {"work.c": (LIB / "work.c").read_text(), "work.h": (LIB / "work.h").read_text()}
MODULES: dict[str, dict[str, object]] = {
    "_thr_bounds": {"header": "work.h"},
    "_thr_guard": {"header": "work.h", "memory_check": "guard"},
    # Every export keeps the GIL (keep_gil): on a free-threaded build only the
    # per-sandbox lock serializes the calls.
    "_thr_keep": {"header": "work.h", "keep_gil": ["*"]},
}


@pytest.fixture(scope="session")
def modules(tmp_path_factory: pytest.TempPathFactory) -> dict[str, ModuleType]:
    root = tmp_path_factory.mktemp("threads")
    folders = {name: write_project(root / name, name, SOURCES, **options)
               for name, options in MODULES.items()}
    with ThreadPoolExecutor(max_workers=2) as pool:
        list(pool.map(build_inplace, folders.values()))
    return {name: import_built(folder, name) for name, folder in folders.items()}


@pytest.fixture(scope="session", params=sorted(MODULES))
def M(request: pytest.FixtureRequest, modules: dict[str, ModuleType]) -> ModuleType:
    """The module, in each memory-check mode, and with every call keeping the GIL."""
    module: ModuleType = modules[request.param]
    return module
