"""Fixtures of the capability tests: the probe modules, built once per session."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from capslib import build_probes

if TYPE_CHECKING:
    from types import ModuleType


@pytest.fixture(scope="session")
def probes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, ModuleType]:
    return build_probes(tmp_path_factory.mktemp("caps"))


@pytest.fixture(scope="session")
def probe(probes: dict[str, ModuleType]) -> ModuleType:
    return probes["_caps_probe"]


@pytest.fixture(scope="session")
def defaults_probe(probes: dict[str, ModuleType]) -> ModuleType:
    return probes["_caps_defaults"]


@pytest.fixture(scope="session", params=["_caps_probe", "_caps_walk"])
def resolver_probe(request: pytest.FixtureRequest, probes: dict[str, ModuleType]) -> ModuleType:
    """Each way the runtime resolves paths beneath a preopen."""
    module: ModuleType = probes[request.param]
    return module
