"""Helpers of the typed-bindings tests: the projects they build (tests/bindings/lib,
and zlib 1.3.1 with its real zlib.h)."""

from __future__ import annotations

import sys
from pathlib import Path

from projects import REPO, TESTS, write_project

LIB = TESTS / "bindings" / "lib"
TYPED_MAX_MEMORY = 4 << 20  # small, so that a buffer can exceed it


def write_typed_project(root: Path) -> Path:
    """typed.c with header typed.h and a native method, as the package module
    typedpkg._typed."""
    write_project(root, "typedpkg._typed",
                  {"typed.c": (LIB / "typed.c").read_text(),
                   "typed.h": (LIB / "typed.h").read_text()},
                  header="typed.h", native_sources=["native/native_sum.c"],
                  max_memory=TYPED_MAX_MEMORY)
    (root / "native").mkdir(exist_ok=True)
    (root / "native" / "native_sum.c").write_text((LIB / "native_sum.c").read_text())
    (root / "typedpkg").mkdir(exist_ok=True)
    (root / "typedpkg" / "__init__.py").write_text("")
    return root


def zlib_sources(dest: Path) -> Path:
    """zlib 1.3.1's pinned sources, fetched once into the wasmbox cache."""
    sys.path.insert(0, str(REPO / "example_project"))
    try:
        from fetch_zlib import VERSION, fetch
    finally:
        sys.path.remove(str(REPO / "example_project"))
    from wasmbox_build.settings import cache_dir

    return fetch(dest / f"zlib-{VERSION}", cache=cache_dir() / "sources" / f"zlib-{VERSION}")


def write_zlib_project(root: Path) -> Path:
    """zlib with header="zlib.h" and no exports list: every function zlib.h declares
    and the sources define, as zpkg._zlib."""
    root.mkdir(parents=True, exist_ok=True)
    zlib = zlib_sources(root)
    relative = zlib.relative_to(root)
    sources = sorted(str(relative / p.name) for p in zlib.glob("*.c"))
    (root / "setup.py").write_text(
        "from setuptools import setup\n"
        "from wasmbox_build import WasmBoxExtension\n\n"
        "setup(name='zpkg', version='0', ext_modules=[WasmBoxExtension(\n"
        f"    'zpkg._zlib', sources={sources!r}, include_dirs=[{str(relative)!r}],\n"
        "    header='zlib.h', max_memory=64 << 20)])\n")
    (root / "zpkg").mkdir(exist_ok=True)
    (root / "zpkg" / "__init__.py").write_text("")
    return root
