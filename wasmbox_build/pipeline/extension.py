"""The whole pipeline for one sandboxed extension, shared by the setuptools and CMake fronts.

C sources → wasm (compile.py) → C (translate.py) → glue (glue.py), producing the list
of C files, include folders, macros and flags that an ordinary host C compiler needs.
"""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from .._version import __version__
from ..errors import BuildError
from ..toolchain import Toolchain, Wasm2C, find_wasm2c, resolve_toolchain
from . import abi3, glue
from .bindings import Bindings, declared_functions, instance_header
from .callbacks import env_imports
from .compile import ALLOCATOR_EXPORTS, build_wasm
from .header import parse_header
from .host_compiler import HostCompiler, choose, project_compiler
from .options import ExtensionOptions
from .translate import module_name, translate
from .wasm_info import read_wasm_info


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
    wasm2c_sources: tuple[Path, ...]  # wasm2c's output and runtime: compiled without warnings
    translated: tuple[Path, ...]  # wasm2c's output alone
    host_compiler: HostCompiler | None  # what compiles `translated`; None: the project's


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
    """How the host compiler builds a module's C; known before the wasm exists.
    (Making it stages the runtime's C into the work folder.)"""

    runtime_sources: tuple[Path, ...]  # wasm2c's runtime and ours
    wasm2c_runtime_sources: tuple[Path, ...]  # wasm2c's part of them
    include_dirs: tuple[Path, ...]
    define_macros: tuple[tuple[str, str | None], ...]
    extra_compile_args: tuple[str, ...]


def glue_outputs(extension_name: str, work_dir: Path) -> tuple[Path, Path]:
    """Where generate() writes the glue C and the .pyi stub (known in advance, for CMake)."""
    short = extension_name.rsplit(".", 1)[-1]
    return work_dir / "glue" / f"{short}_glue.c", work_dir / "glue" / f"{short}.pyi"


def host_build(ext: ExtensionOptions, wasm2c: Wasm2C, work_dir: Path,
               compiler_type: str = "unix", compiler: str | None = None) -> HostBuild:
    defines = glue.compile_defines(ext.memory_check, ext.max_call_depth)
    if ext.py_limited_api is not None:
        # For every file: wasm2c's C includes no Python header, so only ours see it.
        defines.append(abi3.limited_api_macro(ext.py_limited_api))
    runtime = work_dir / "runtime"
    staged = glue.stage_runtime(wasm2c.runtime_dir, runtime)
    return HostBuild(
        runtime_sources=tuple(staged),
        wasm2c_runtime_sources=tuple(s for s in staged if s.name.startswith("wasm-rt")),
        include_dirs=(work_dir / "c", work_dir / "glue", runtime),
        define_macros=tuple(defines),
        extra_compile_args=tuple(glue.compile_flags(compiler_type, compiler)),
    )


def generate(ext: ExtensionOptions, work_dir: Path, toolchain: Toolchain, wasm2c: Wasm2C,
             jobs: int | None = None) -> Generated:
    """Compile to wasm, run wasm2c (in ext.wasm2c_parts parts, default: by size), write
    the glue."""
    memory_check = ext.memory_check
    name = module_name(ext.name)
    build, header = ext.wasm_build(), None
    if ext.header is not None:  # its functions are what exports=None means
        header = parse_header(toolchain, build, ext.header, work_dir / "header")
        build = ext.wasm_build(declared=declared_functions(header))
    wasm = build_wasm(toolchain, build, work_dir / f"{name}.wasm", work_dir / "wasm", jobs)
    info = read_wasm_info(wasm.wasm)
    imports = [name for name, _ in env_imports(info)]
    implicit = [name for name in imports if name not in build.imports]
    if implicit:  # the header declares them, no source defines them
        sys.stderr.write(f"note: the sources define no {', '.join(implicit)}, which the header "
                         f"declares: Python provides {'it' if len(implicit) == 1 else 'them'} "
                         "(Sandbox(imports={...}))\n")
    translated = translate(wasm2c, wasm.wasm, name, work_dir / "c", ext.wasm2c_parts)
    build_info: dict[str, object] = {
        "wasmbox_build": __version__,
        "toolchain": {"provider": toolchain.provider, "version": toolchain.version},
        "wasm2c": wasm2c.version,
        "memory_check": memory_check,
        "host_compiler": ext.host_compiler,  # pinned by the front end: cc or zig
        "exports": list(wasm.exports),
        "imports": imports,
        "wasm_sha256": wasm.sha256,
        "stack_size": ext.stack_size,
        "max_memory": ext.max_memory,
        "max_call_depth": ext.max_call_depth,
        "keep_gil": list(ext.keep_gil),
        "hardening": list(ext.hardening),
        "abi3": abi3.tag(ext.py_limited_api) if ext.py_limited_api is not None else None,
        # C++: which standard (None: the compiler's default); exceptions never catch.
        "cxx": {"std": ext.cxx_std, "exceptions": False} if build.has_cxx else None,
    }
    # Expose what the module really exports: a function marked export_name("read") is
    # exported as `read`, not under its C name, and the allocator stays internal.
    internal = {*ALLOCATOR_EXPORTS, "_initialize"}
    exports = tuple(n for n in info.function_exports if n not in internal)
    build_info["exports"] = list(exports)
    build_info["capabilities"] = sorted(ext.capabilities or ())
    build_info["time_limit"] = ext.time_limit
    # time_limit= is a Sandbox() default like the capabilities: the runtime reads both
    # from one literal.
    defaults = {**(ext.capabilities or {}),
                **({"time_limit": ext.time_limit} if ext.time_limit is not None else {})}
    spec = glue.GlueSpec(extension_name=ext.name, wasm2c_name=name, exports=exports,
                         info=info, memory_check=memory_check, build_info=build_info,
                         capabilities=defaults or None,
                         bindings=Bindings(header, native=bool(ext.native_sources)),
                         keep_gil=ext.keep_gil)
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


def pin_host_compiler(ext: ExtensionOptions, toolchain: Toolchain,
                      project_compiler: Sequence[str], cross: bool = False,
                      ) -> tuple[ExtensionOptions, HostCompiler | None]:
    """The compiler of wasm2c's output (host_compiler.py), and `ext` with `auto`
    replaced by what it chose (cc or zig), as the module's build_info records it."""
    chosen = choose(ext.host_compiler, toolchain, project_compiler, cross)
    return dataclasses.replace(ext, host_compiler="zig" if chosen else "cc"), chosen


def prepare(ext: ExtensionOptions, work_dir: Path, compiler_type: str = "unix",
            jobs: int | None = None, compiler: Sequence[str] | None = None) -> NativeParts:
    """Run every pipeline step for `ext` inside `work_dir`; each step is incremental.
    `compiler`: the project's C compiler command (setuptools' compiler_so)."""
    toolchain = resolve_toolchain(ext.toolchain)
    wasm2c = find_wasm2c()
    ext, chosen = pin_host_compiler(ext, toolchain, compiler or project_compiler())
    generated = generate(ext, work_dir, toolchain, wasm2c, jobs)
    host = host_build(ext, wasm2c, work_dir, compiler_type,
                      " ".join(compiler) if compiler else None)
    return NativeParts(
        sources=(*generated.translated, *host.runtime_sources, generated.glue,
                 *ext.native_sources),
        include_dirs=host.include_dirs,
        define_macros=host.define_macros,
        extra_compile_args=host.extra_compile_args,
        stub=generated.stub,
        wasm=generated.wasm,
        build_info=generated.build_info,
        wasm2c_sources=(*generated.translated, *host.wasm2c_runtime_sources),
        translated=generated.translated,
        host_compiler=chosen,
    )
