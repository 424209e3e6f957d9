"""The keywords WasmBoxExtension takes after name and sources, typed for editors and
mypy. Generated from pipeline/options.py by `python -m wasmbox_build.cli.reference`;
do not edit (a test checks that the two agree)."""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from typing import TypedDict


class WasmBoxExtensionKeywords(TypedDict, total=False):
    include_dirs: Iterable[str | os.PathLike[str]]
    """include folders for the library's wasm compile"""
    define_macros: Iterable[tuple[str, str | None]]
    """macros for the library's wasm compile: (NAME, VALUE) or NAME=VALUE"""
    header: str | os.PathLike[str] | None
    """the library's API header: typed wrappers, constants and .pyi signatures"""
    exports: Iterable[str] | None
    """functions to expose; default: every one the header declares (or the library defines)"""
    imports: Iterable[str]
    """undefined functions Python provides (Sandbox(imports=...)), besides the header's"""
    native_sources: Iterable[str | os.PathLike[str]]
    """host C compiled into the module, reaching the sandbox through wasmbox_native.h"""
    keep_gil: Iterable[str]
    """exports that keep the GIL while they run: short calls, ~30 ns less each; '*': all"""
    stack_size: int
    """bytes of the library's shadow stack"""
    max_memory: int | None
    """the most linear memory a sandbox may grow to (bytes, a multiple of 64 KiB)"""
    memory_check: str
    """how memory accesses are checked: bounds (in code) or guard (guard pages)"""
    toolchain: str | None
    """the C-to-wasm toolchain: auto, wasi-sdk, zig or system"""
    host_compiler: str
    """compiler of wasm2c's output: cc (the project's), zig, auto (zig if toolchain zig, CC gcc)"""
    max_call_depth: int
    """how deep wasm calls may nest (bounds checks; guard pages check the stack pointer)"""
    capabilities: Mapping[str, object] | None
    """Sandbox() defaults built into the module (a dict; CMake: a JSON object)"""
    time_limit: float | None
    """seconds a call into a sandbox may take, by default (Sandbox(time_limit=...) wins)"""
    wasm_cflags: Iterable[str]
    """extra flags for the wasm compiler (C sources)"""
    wasm_ldflags: Iterable[str]
    """extra flags for the wasm linker"""
    cxx_std: str | None
    """the C++ standard of the C++ sources, e.g. c++17"""
    wasm_cxxflags: Iterable[str]
    """extra flags for the wasm compiler (C++ sources)"""
    optimization: str
    """the wasm compile's optimization level"""
    hardening: Iterable[str]
    """checks in the library that trap on its bugs: stack, bounds, fortify, heap, all"""
    wasm2c_parts: int | None
    """how many C files wasm2c writes (compiled in parallel)"""
    py_limited_api: bool
    """build for CPython's stable ABI: one abi3 wheel for 3.11+ (CMake: a floor, USE_SABI 3.11)"""
    # setuptools.Extension's own, for the host compile of the generated C
    undef_macros: list[str]
    library_dirs: list[str]
    libraries: list[str]
    runtime_library_dirs: list[str]
    extra_objects: list[str]
    extra_compile_args: list[str]
    extra_link_args: list[str]
    export_symbols: list[str]
    swig_opts: list[str]
    depends: list[str]
    language: str
    optional: bool
