"""Fixtures of the typed-bindings tests: the typed test library and zlib, built once
per session, side by side."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING

import pytest
from bindingslib import write_typed_project, write_zlib_project
from projects import build_inplace, import_built

if TYPE_CHECKING:
    from pathlib import Path
    from types import ModuleType


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, ModuleType]]:
    root = tmp_path_factory.mktemp("bindings")
    projects = {"typedpkg._typed": write_typed_project(root / "typed"),
                "zpkg._zlib": write_zlib_project(root / "zlib")}
    with ThreadPoolExecutor(max_workers=2) as pool:
        list(pool.map(build_inplace, projects.values()))
    return {name: (root, import_built(root, name)) for name, root in projects.items()}


@pytest.fixture(scope="session")
def typed(built: dict[str, tuple[Path, ModuleType]]) -> ModuleType:
    return built["typedpkg._typed"][1]


@pytest.fixture(scope="session")
def zlib_module(built: dict[str, tuple[Path, ModuleType]]) -> ModuleType:
    return built["zpkg._zlib"][1]


@pytest.fixture(scope="session")
def zlib_project(built: dict[str, tuple[Path, ModuleType]]) -> Path:
    return built["zpkg._zlib"][0]
