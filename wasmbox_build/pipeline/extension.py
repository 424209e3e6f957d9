"""The whole pipeline for one sandboxed extension, shared by the setuptools and CMake fronts.

C sources → wasm (compile.py) → C (translate.py) → glue (glue.py), producing the list
of C files, include folders, macros and flags that an ordinary host C compiler needs.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from .. import __version__
from ..errors import BuildError
from ..toolchain import find_wasm2c, resolve_toolchain
from . import glue
from .compile import WasmBuild, build_wasm
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
    if value == "guard":
        raise BuildError("memory_check='guard' is not available yet in this release; "
                         "use memory_check='bounds'")
    return value


def prepare(ext: SandboxedExtension, work_dir: Path, compiler_type: str = "unix",
            jobs: int | None = None) -> NativeParts:
    """Run every pipeline step for `ext` inside `work_dir`; each step is incremental."""
    memory_check = check_memory_check(ext.memory_check)
    toolchain = resolve_toolchain(ext.toolchain)
    wasm2c = find_wasm2c()
    name = module_name(ext.name)
    wasm = build_wasm(toolchain, ext.build, work_dir / f"{name}.wasm", work_dir / "wasm", jobs)
    info = read_wasm_info(wasm.wasm)
    generated = translate(wasm2c, wasm.wasm, name, work_dir / "c")
    call_depth = ext.max_call_depth or glue.DEFAULT_MAX_CALL_DEPTH
    build_info: dict[str, object] = {
        "wasmbox_build": __version__,
        "toolchain": {"provider": toolchain.provider, "version": toolchain.version},
        "wasm2c": wasm2c.version,
        "memory_check": memory_check,
        "exports": list(wasm.exports),
        "wasm_sha256": wasm.sha256,
        "stack_size": ext.build.stack_size,
        "max_memory": ext.build.max_memory,
        "max_call_depth": call_depth,
    }
    spec = glue.GlueSpec(extension_name=ext.name, wasm2c_name=name, exports=wasm.exports,
                         info=info, memory_check=memory_check, build_info=build_info)
    out = glue.generate_glue(spec, work_dir / "glue")
    return NativeParts(
        sources=(*generated, *glue.wasm2c_runtime_sources(wasm2c.runtime_dir),
                 *glue.runtime_sources(), out.source),
        include_dirs=(work_dir / "c", wasm2c.runtime_dir, *glue.runtime_include_dirs()),
        define_macros=tuple(glue.compile_defines(memory_check, call_depth)),
        extra_compile_args=tuple(glue.compile_flags(compiler_type)),
        stub=out.stub,
        wasm=wasm.wasm,
        build_info=build_info,
    )
