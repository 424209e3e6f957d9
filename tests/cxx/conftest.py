"""C++ fixtures: the test library built by every provider, and fake wasi-sdk trees.

Each provider's module is built once per session (zig builds libc++ on first use, a few
minutes, into the session's shared cache)."""

from __future__ import annotations

import sys
from pathlib import Path
from types import ModuleType

import pytest
from cxxtestlib import LIB, PROVIDERS, built, provider_env
from projects import TESTS, import_built, write_project

sys.path.insert(0, str(TESTS / "toolchain"))
from toolchain_testlib import build_fake_sdk_tree

SDK_STEM = "wasi-sdk-27.0-x86_64-linux"
CXXLIB_MAX_MEMORY = 8 << 20  # small, so that new can run out


@pytest.fixture(scope="session")
def fake_sdk_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A wasi-sdk tree (Debian's clang, wasi-libc and libc++ laid out like a release)."""
    return build_fake_sdk_tree(tmp_path_factory.mktemp("sdk"), SDK_STEM)


@pytest.fixture(scope="session")
def sdk_without_cxx(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The same without libc++: a wasi-sdk that can build C only."""
    return build_fake_sdk_tree(tmp_path_factory.mktemp("sdk-c"), SDK_STEM, cxx=False)


def _cxxlib(root: Path, provider: str, sdk: Path) -> ModuleType:
    name = "cxxlib_" + provider.replace("-", "_")
    write_project(root, name, {"cxxlib.cc": (LIB / "cxxlib.cc").read_text(),
                               "cxxlib.h": (LIB / "cxxlib.h").read_text()},
                  header="cxxlib.h", toolchain=provider, max_memory=CXXLIB_MAX_MEMORY)
    built(root, provider_env(provider, sdk))
    return import_built(root, name)


@pytest.fixture(scope="session", params=PROVIDERS)
def cxxlib(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory,
           fake_sdk_root: Path) -> ModuleType:
    """tests/cxx/lib/cxxlib.cc, built by each provider."""
    provider = str(request.param)
    return _cxxlib(tmp_path_factory.mktemp(f"cxxlib-{provider}"), provider, fake_sdk_root)
