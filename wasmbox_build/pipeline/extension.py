"""The whole pipeline for one sandboxed extension, shared by the setuptools and CMake fronts.

C sources → wasm (compile.py) → C (translate.py) → glue (glue.py), producing the list
of C files, include folders, macros and flags that an ordinary host C compiler needs.
"""

from __future__ import annotations

import dataclasses
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from .._version import __version__
from ..errors import BuildError
from ..toolchain import Toolchain, Wasm2C, find_wasm2c, resolve_toolchain
from . import abi3, glue
from .bindings import Bindings, declared_functions, instance_header
from .compile import ALLOCATOR_EXPORTS, WasmBuild, build_wasm
from .header import parse_header
from .translate import module_name, translate
from .wasm_info import read_wasm_info

MEMORY_CHECKS = ("bounds", "guard")
DEFAULT_MEMORY_CHECK = "bounds"


@dataclass(frozen=True)
class SandboxedExtension:
    """Everything that decides one sandboxed extension module."""

    name: str
    build: WasmBuild
    memory_check: str = DEFAULT_MEMORY_CHECK
    toolchain: str | None = None
    max_call_depth: int | None = None
    # Sandbox() defaults, checked by capabilities.normalize_capabilities (None: deny all).
    capabilities: Mapping[str, object] | None = None
    # Typed bindings from this header (pipeline/header.py, bindings.py), and host C
    # compiled into the module that reaches the sandbox (runtime/wasmbox_native.h).
    header: Path | None = None
    native_sources: tuple[Path, ...] = ()
    # The stable ABI's floor, e.g. (3, 11): glue and runtime built with Py_LIMITED_API
    # for an abi3 module (pipeline/abi3.py); None builds for this CPython only.
    limited_api: tuple[int, int] | None = None


@dataclass(frozen=True)
class NativeParts:
    """What the host C compiler builds into the extension module."""

    sources: tuple[Path, ...]
    include_dirs: tuple[Path, ...]
    define_macros: tuple[tuple[str, str | None], ...]
    extra_compile_args: tuple[str, ...]
    stub: Path
    wasm: Path
    build_info: Mapping[str, object]


def check_memory_check(value: str) -> str:
    if value not in MEMORY_CHECKS:
        raise BuildError(f"memory_check={value!r}; use one of: {', '.join(MEMORY_CHECKS)}")
    if value == "guard" and not _guard_pages_supported():
        raise BuildError("memory_check='guard' needs a 64-bit POSIX host (signals, 8 GiB "
                         "of address space per sandbox); use memory_check='bounds'")
    return value


def _guard_pages_supported() -> bool:
    """Guard pages need POSIX signals and 8 GiB of address space per sandbox."""
    return os.name == "posix" and sys.maxsize > 2**32


@dataclass(frozen=True)
class Generated:
    """The C that the pipeline writes for one extension (wasm2c output and glue)."""

    translated: tuple[Path, ...]  # wasm2c's C files
    glue: Path
    stub: Path
    wasm: Path
    build_info: Mapping[str, object]
    inputs: tuple[Path, ...]  # every library source and header the wasm was compiled from
    compiled: tuple[Path, ...]  # the sources recompiled to wasm this time


@dataclass(frozen=True)
class HostBuild:
    """How the host compiler builds a module's C; known before the wasm exists."""

    runtime_sources: tuple[Path, ...]  # wasm2c's runtime and ours
    include_dirs: tuple[Path, ...]
    define_macros: tuple[tuple[str, str | None], ...]
    extra_compile_args: tuple[str, ...]


def call_depth(ext: SandboxedExtension) -> int:
    # `is None`, not `or`: max_call_depth=0 must reach the check that rejects it.
    return glue.DEFAULT_MAX_CALL_DEPTH if ext.max_call_depth is None else ext.max_call_depth


def glue_outputs(extension_name: str, work_dir: Path) -> tuple[Path, Path]:
    """Where generate() writes the glue C and the .pyi stub (known in advance, for CMake)."""
    short = extension_name.rsplit(".", 1)[-1]
    return work_dir / "glue" / f"{short}_glue.c", work_dir / "glue" / f"{short}.pyi"


def host_build(ext: SandboxedExtension, wasm2c: Wasm2C, work_dir: Path,
               compiler_type: str = "unix", compiler: str | None = None) -> HostBuild:
    memory_check = check_memory_check(ext.memory_check)
    defines = glue.compile_defines(memory_check, call_depth(ext))
    if ext.limited_api is not None:
        # For every file: wasm2c's C includes no Python header, so only ours see it.
        defines.append(abi3.limited_api_macro(ext.limited_api))
    return HostBuild(
        runtime_sources=(*glue.wasm2c_runtime_sources(wasm2c.runtime_dir),
                         *glue.runtime_sources()),
        include_dirs=(work_dir / "c", work_dir / "glue", wasm2c.runtime_dir,
                      *glue.runtime_include_dirs()),
        define_macros=tuple(defines),
        extra_compile_args=tuple(glue.compile_flags(compiler_type, compiler)),
    )


def generate(ext: SandboxedExtension, work_dir: Path, toolchain: Toolchain, wasm2c: Wasm2C,
             jobs: int | None = None, parts: int | None = None) -> Generated:
    """Compile to wasm, run wasm2c (in `parts` parts, default: by size), write the glue."""
    memory_check = check_memory_check(ext.memory_check)
    name = module_name(ext.name)
    build, header = ext.build, None
    if ext.header is not None:  # its functions are what exports=None means
        header = parse_header(toolchain, ext.build, ext.header, work_dir / "header")
        build = dataclasses.replace(build, declared=declared_functions(header))
    wasm = build_wasm(toolchain, build, work_dir / f"{name}.wasm", work_dir / "wasm", jobs)
    info = read_wasm_info(wasm.wasm)
    translated = translate(wasm2c, wasm.wasm, name, work_dir / "c", parts)
    build_info: dict[str, object] = {
        "wasmbox_build": __version__,
        "toolchain": {"provider": toolchain.provider, "version": toolchain.version},
        "wasm2c": wasm2c.version,
        "memory_check": memory_check,
        "exports": list(wasm.exports),
        "wasm_sha256": wasm.sha256,
        "stack_size": ext.build.stack_size,
        "max_memory": ext.build.max_memory,
        "max_call_depth": call_depth(ext),
        "abi3": abi3.tag(ext.limited_api) if ext.limited_api is not None else None,
        # C++: which standard (None: the compiler's default); exceptions never catch.
        "cxx": ({"std": ext.build.cxx_std, "exceptions": False}
                if ext.build.has_cxx else None),
    }
    # Expose what the module really exports: a function marked export_name("read") is
    # exported as `read`, not under its C name, and the allocator stays internal.
    internal = {*ALLOCATOR_EXPORTS, "_initialize"}
    exports = tuple(n for n in info.function_exports if n not in internal)
    build_info["exports"] = list(exports)
    build_info["capabilities"] = sorted(ext.capabilities or ())
    spec = glue.GlueSpec(extension_name=ext.name, wasm2c_name=name, exports=exports,
                         info=info, memory_check=memory_check, build_info=build_info,
                         capabilities=ext.capabilities,
                         bindings=Bindings(header, native=bool(ext.native_sources)))
    build_info["header"] = ext.header.name if ext.header is not None else None
    out = glue.generate_glue(spec, work_dir / "glue")
    instance_header(name, glue.wasm2c_mangle(name, module=True), work_dir / "glue")
    if (out.source, out.stub) != glue_outputs(ext.name, work_dir):
        raise BuildError(f"the glue generator wrote {out.source.name}, not the file "
                         "glue_outputs() promised; fix pipeline/extension.py")
    return Generated(
        translated=tuple(translated), glue=out.source, stub=out.stub, wasm=wasm.wasm,
        build_info=build_info,
        inputs=(*wasm.inputs, *(header.files if header is not None else ())),
        compiled=wasm.compiled,
    )


def prepare(ext: SandboxedExtension, work_dir: Path, compiler_type: str = "unix",
            jobs: int | None = None) -> NativeParts:
    """Run every pipeline step for `ext` inside `work_dir`; each step is incremental."""
    check_memory_check(ext.memory_check)
    toolchain = resolve_toolchain(ext.toolchain)
    wasm2c = find_wasm2c()
    generated = generate(ext, work_dir, toolchain, wasm2c, jobs)
    host = host_build(ext, wasm2c, work_dir, compiler_type)
    return NativeParts(
        sources=(*generated.translated, *host.runtime_sources, generated.glue,
                 *ext.native_sources),
        include_dirs=host.include_dirs,
        define_macros=host.define_macros,
        extra_compile_args=host.extra_compile_args,
        stub=generated.stub,
        wasm=generated.wasm,
        build_info=generated.build_info,
    )
