"""setjmp/longjmp test fixtures: tests/sjlj/sjlj.c (+ a native method) built with each
toolchain provider and memory-check mode, and a wasi-sdk 27 made of Debian's clang."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import pytest
from projects import TESTS, build_inplace, import_built, write_project

if TYPE_CHECKING:
    from pathlib import Path
    from types import ModuleType

HERE = TESTS / "sjlj"

# name -> (toolchain provider, memory_check, host C compiler: None for Python's)
BUILDS = {
    "zig-bounds": ("zig", "bounds", None),
    "zig-guard": ("zig", "guard", None),
    "system-bounds": ("system", "bounds", None),
    "wasi-sdk-guard": ("wasi-sdk", "guard", None),
    # the generated C compiled by clang, whose try blocks are set differently
    "zig-bounds-clang": ("zig", "bounds", "clang-19"),
}


@pytest.fixture(scope="session")
def wasi_sdk_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A wasi-sdk 27 tree (WASI_SDK_PATH) with wasi-libc's setjmp.h and libsetjmp.a."""
    sys.path.insert(0, str(TESTS / "toolchain"))
    try:
        from toolchain_testlib import build_fake_sdk_tree
    finally:
        sys.path.remove(str(TESTS / "toolchain"))
    return build_fake_sdk_tree(tmp_path_factory.mktemp("wasi-sdk"), "wasi-sdk-27.0-x86_64-linux")


def build_sjlj(root: Path, module: str, provider: str, memory_check: str,
               wasi_sdk: Path, host_cc: str | None = None) -> ModuleType:
    write_project(root, module, {"sjlj.c": (HERE / "sjlj.c").read_text()},
                  toolchain=provider, memory_check=memory_check,
                  native_sources=["native/sjlj_native.c"])
    (root / "native").mkdir(exist_ok=True)
    (root / "native" / "sjlj_native.c").write_text((HERE / "sjlj_native.c").read_text())
    with pytest.MonkeyPatch.context() as patch:
        if provider == "wasi-sdk":
            patch.setenv("WASI_SDK_PATH", str(wasi_sdk))
        if host_cc is not None:
            patch.setenv("CC", host_cc)
        build_inplace(root)
    return import_built(root, module)


@pytest.fixture(scope="module", params=list(BUILDS))
def sjlj(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory,
         wasi_sdk_root: Path) -> ModuleType:
    name = str(request.param)
    provider, memory_check, host_cc = BUILDS[name]
    module = "_sjlj_" + name.replace("-", "_")
    return build_sjlj(tmp_path_factory.mktemp(name), module, provider, memory_check,
                      wasi_sdk_root, host_cc)
