"""The two steps through which cmake/WasmBoxConfig.cmake drives the pipeline.

`cmake-configure` runs once per `wasmbox_add_library()` at configure time: it checks
the options, resolves the toolchain and wasm2c (a missing one fails the configure, not
the build), fixes how many parts wasm2c writes (CMake must know every output before
the wasm exists), and writes a spec (JSON, for the build step) and a CMake file with
what the host compiler needs. `cmake-build` is the custom command: it runs the same
`pipeline.extension.generate()` as setuptools, then writes a depfile of every source
and header the wasm compile read, and touches a stamp. Generated files are rewritten
only when their content changes, so CMake recompiles only what really changed.
"""

from __future__ import annotations

import json
import re
import sysconfig
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import BuildError, WasmBoxError

if TYPE_CHECKING:
    import argparse

    from ..pipeline.extension import SandboxedExtension

# The pipeline is imported inside the steps, so that registering them keeps the
# rest of the CLI (doctor, fetch) light.

SPEC_FORMAT = 1
# wasm2c's split must be fixed before the wasm exists, so it is estimated from the C.
# Measured with zig cc -O2: zlib's 11 sources, 276 KB of C, make 57 KB of wasm (tiny
# libraries are dominated by libc: tests/lib/basic.c, 5 KB of C, makes 28 KB).
# translate.part_count() wants a part per 64 KiB of wasm, so at ~5 bytes of C per
# byte of wasm: a part per 320 KiB of C (zlib: one part, as setuptools builds it).
# A library whose .c files #include others should set WASM2C_PARTS itself.
_SOURCE_BYTES_PER_PART = 320 * 1024
_MAX_PARTS = 8
_CLANG_IDS = {"Clang", "AppleClang", "ARMClang", "IntelLLVM", "XLClang"}
_HEADER_SUFFIXES = {".h", ".hh", ".hpp", ".hxx", ".inc", ".inl", ".def"}


def in_cmake_terms(message: str) -> str:
    """Spell the pipeline's option names (setuptools keywords) as CMake keywords."""
    message = message.replace("sources=[...]", "SOURCES").replace("exports=[...]", "EXPORTS")
    message = message.replace("native_sources=", "NATIVE_SOURCES")
    return re.sub(r"\b(stack_size|max_memory|memory_check|max_call_depth|toolchain|header|"
                  r"cxx_std)=\s?",
                  lambda m: m.group(1).upper() + " ", message)


def _integer(value: str | None, keyword: str, example: int = 1048576) -> int | None:
    if value is None or value == "":
        return None
    try:
        return int(value, 0)
    except ValueError:
        raise BuildError(f"{keyword} {value!r} is not a whole number "
                         f"(write e.g. {keyword} {example})") from None


def _define(text: str) -> tuple[str, str | None]:
    name, sep, value = text.partition("=")
    if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
        raise BuildError(f"DEFINES entry {text!r} is not NAME or NAME=VALUE")
    return name, value if sep else None


def estimated_parts(sources: list[Path]) -> int:
    size = sum(s.stat().st_size for s in sources if s.is_file())
    return max(1, min(_MAX_PARTS, -(-size // _SOURCE_BYTES_PER_PART)))


def _limited_api(args: argparse.Namespace) -> tuple[int, int] | None:
    """USE_SABI, or scikit-build-core's wheel.py-api: the stable ABI's floor, checked."""
    from ..pipeline import abi3

    if not args.limited_api:
        return None
    return abi3.check_floor(args.limited_api, args.limited_api_setting or
                            f"USE_SABI {args.limited_api}")


def _extension(args: argparse.Namespace) -> SandboxedExtension:
    from ..pipeline.capabilities import normalize_capabilities
    from ..pipeline.compile import DEFAULT_STACK_SIZE, WasmBuild
    from ..pipeline.extension import DEFAULT_MEMORY_CHECK, SandboxedExtension
    from ..pipeline.header import find_header

    sources = tuple(Path(s).absolute() for s in args.source)
    build = WasmBuild(
        sources=sources,
        include_dirs=tuple(Path(d).absolute() for d in args.include_dir),
        defines=tuple(_define(d) for d in args.define),
        extra_cflags=tuple(args.wasm_cflag),
        extra_ldflags=tuple(args.wasm_ldflag),
        exports=tuple(args.export) if args.export else None,
        stack_size=_integer(args.stack_size, "STACK_SIZE") or DEFAULT_STACK_SIZE,
        max_memory=_integer(args.max_memory, "MAX_MEMORY"),
        optimization=args.optimization or "-O2",
        cxx_std=args.cxx_std or None,
        extra_cxxflags=tuple(args.wasm_cxxflag),
    )
    header = None
    if args.header:
        header = find_header(args.header, Path.cwd(), build.include_dirs, build.sources)
    return SandboxedExtension(name=args.name, build=build,
                              memory_check=args.memory_check or DEFAULT_MEMORY_CHECK,
                              toolchain=args.toolchain or None,
                              max_call_depth=_integer(args.max_call_depth, "MAX_CALL_DEPTH", 10000),
                              header=header,
                              native_sources=tuple(Path(s).absolute() for s in args.native_source),
                              capabilities=normalize_capabilities(args.capabilities,
                                                                  build.max_memory),
                              limited_api=_limited_api(args))


def _check(ext: SandboxedExtension, compiler_id: str) -> None:
    from ..pipeline.compile import check_build
    from ..pipeline.extension import check_memory_check

    short = ext.name.rsplit(".", 1)[-1]
    if not short.isidentifier() or not all(p.isidentifier() for p in ext.name.split(".")):
        raise BuildError(f"module name {ext.name!r} is not a dotted Python name; "
                         "pass MODULE_NAME pkg.name (or name the target like a Python module)")
    if compiler_id == "MSVC":
        raise BuildError("the C compiler is MSVC, which sandboxed modules do not support yet; "
                         "configure with gcc or clang (-DCMAKE_C_COMPILER=clang)")
    check_memory_check(ext.memory_check)
    check_build(ext.build)
    for native in ext.native_sources:
        if not native.is_file():
            raise BuildError(f"native source {native} does not exist; fix the path in "
                             "NATIVE_SOURCES")
    if ext.max_call_depth is not None and not 1 <= ext.max_call_depth <= 1 << 30:
        raise BuildError(f"max_call_depth={ext.max_call_depth}; use a value from 1 to 2**30")


def _cmake_list(name: str, values: list[str]) -> str:
    for value in values:
        if ";" in value or "]==]" in value:
            raise BuildError(f"path {value!r} contains ';', which CMake lists cannot hold; "
                             "move the project to a path without it")
    items = "".join(f"\n  [==[{v}]==]" for v in values)
    return f"set({name}{items})\n"


def _write_if_changed(path: Path, text: str) -> None:
    if path.is_file() and path.read_text(encoding="utf-8") == text:
        return  # keeps the timestamp, so an unchanged spec does not rerun the build step
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)


def _fallback_depends(ext: SandboxedExtension) -> list[str]:
    """Headers beside the sources and in the include folders (not recursive): what the
    build step depends on where the generator cannot read its depfile."""
    folders = dict.fromkeys([*(s.parent for s in ext.build.sources), *ext.build.include_dirs])
    found = {p for d in folders if d.is_dir() for p in d.iterdir()
             if p.suffix.lower() in _HEADER_SUFFIXES and p.is_file()}
    if ext.header is not None:
        found.add(ext.header)
    return sorted(map(str, found))


def configure(args: argparse.Namespace) -> int:
    from ..pipeline.extension import glue_outputs, host_build
    from ..pipeline.translate import module_name, output_headers, output_sources
    from ..toolchain import find_wasm2c, resolve_toolchain
    from ..toolchain.probe import verify_cxx

    ext = _extension(args)
    _check(ext, args.c_compiler_id)
    toolchain = resolve_toolchain(ext.toolchain)
    if ext.build.has_cxx:
        verify_cxx(toolchain)  # no libc++ for wasm32 here: configure fails, naming the fix
    wasm2c = find_wasm2c()
    work = Path(args.work_dir).absolute()
    parts = _integer(args.parts, "WASM2C_PARTS", 2) or estimated_parts(list(ext.build.sources))
    if not 1 <= parts <= 64:
        raise BuildError(f"WASM2C_PARTS {parts}; use a number from 1 to 64")
    name = module_name(ext.name)
    generated = output_sources(work / "c", name, parts)
    glue_c, stub = glue_outputs(ext.name, work)
    compiler = "clang" if args.c_compiler_id in _CLANG_IDS else "gcc"
    host = host_build(ext, wasm2c, work, "unix", compiler)

    spec: dict[str, Any] = {
        "format": SPEC_FORMAT,
        "name": ext.name,
        # auto's pick is pinned, like CMAKE_C_COMPILER: the build uses what configure found.
        "toolchain": toolchain.provider,
        "toolchain_identity": toolchain.identity,
        "memory_check": ext.memory_check,
        "max_call_depth": ext.max_call_depth,
        "parts": parts,
        "work_dir": str(work),
        "header": None if ext.header is None else str(ext.header),
        "native_sources": list(map(str, ext.native_sources)),
        # As given (a JSON object's text): file contents may be bytes once normalised.
        "capabilities": args.capabilities,
        "limited_api": ext.limited_api,
        "build": {**asdict(ext.build),
                  "sources": list(map(str, ext.build.sources)),
                  "include_dirs": list(map(str, ext.build.include_dirs))},
        "outputs": [*map(str, generated), str(glue_c)],
    }
    spec_path = work / "wasmbox-spec.json"
    _write_if_changed(spec_path, json.dumps(spec, indent=1) + "\n")
    # Python_add_library(USE_SABI) defines Py_LIMITED_API itself (spelt its own way).
    defines = [n if v is None else f"{n}={v}" for n, v in host.define_macros
               if n != "Py_LIMITED_API"]
    sabi = "" if ext.limited_api is None else "{}.{}".format(*ext.limited_api)
    cmake = "".join([
        "# Written by `python -m wasmbox_build cmake-configure`; do not edit.\n",
        _cmake_list("_wasmbox_spec", [str(spec_path)]),
        _cmake_list("_wasmbox_generated_sources", [*map(str, generated), str(glue_c)]),
        _cmake_list("_wasmbox_generated_headers",
                    [*map(str, output_headers(work / "c", name, parts)),
                     str(work / "glue" / "wasmbox_instance.h")]),
        _cmake_list("_wasmbox_stub", [str(stub)]),
        _cmake_list("_wasmbox_wasm", [str(work / f"{name}.wasm")]),
        _cmake_list("_wasmbox_runtime_sources", list(map(str, host.runtime_sources))),
        _cmake_list("_wasmbox_include_dirs", list(map(str, host.include_dirs))),
        _cmake_list("_wasmbox_compile_definitions", defines),
        _cmake_list("_wasmbox_compile_options", list(host.extra_compile_args)),
        _cmake_list("_wasmbox_fallback_depends", _fallback_depends(ext)),
        _cmake_list("_wasmbox_ext_suffix", [str(sysconfig.get_config_var("EXT_SUFFIX") or "")]),
        _cmake_list("_wasmbox_sabi", [sabi]),
        _cmake_list("_wasmbox_summary", [
            f"{toolchain.describe()}, wasm2c {wasm2c.version}, {ext.memory_check} checks, "
            f"{parts} wasm2c part{'s' if parts > 1 else ''}"
            + (f", stable ABI (abi3) for CPython {sabi}+" if sabi else "")]),
    ])
    _write_if_changed(Path(args.output), cmake)
    return 0


def _load_spec(path: Path) -> tuple[SandboxedExtension, dict[str, Any]]:
    from ..pipeline.capabilities import normalize_capabilities
    from ..pipeline.compile import WasmBuild
    from ..pipeline.extension import SandboxedExtension

    try:
        spec = json.loads(path.read_text(encoding="utf-8"))
        if spec.get("format") != SPEC_FORMAT:
            raise ValueError("format")
        raw = spec["build"]
        build = WasmBuild(
            sources=tuple(map(Path, raw["sources"])),
            include_dirs=tuple(map(Path, raw["include_dirs"])),
            defines=tuple((n, v) for n, v in raw["defines"]),
            extra_cflags=tuple(raw["extra_cflags"]),
            extra_ldflags=tuple(raw["extra_ldflags"]),
            exports=None if raw["exports"] is None else tuple(raw["exports"]),
            stack_size=raw["stack_size"],
            max_memory=raw["max_memory"],
            optimization=raw["optimization"],
            cxx_std=raw.get("cxx_std"),
            extra_cxxflags=tuple(raw.get("extra_cxxflags", ())),
        )
        ext = SandboxedExtension(name=spec["name"], build=build,
                                 memory_check=spec["memory_check"],
                                 toolchain=spec["toolchain"],
                                 max_call_depth=spec["max_call_depth"],
                                 header=None if spec["header"] is None else Path(spec["header"]),
                                 native_sources=tuple(map(Path, spec["native_sources"])),
                                 capabilities=normalize_capabilities(spec.get("capabilities"),
                                                                     build.max_memory),
                                 limited_api=_version(spec.get("limited_api")))
    except (OSError, ValueError, KeyError, TypeError):
        raise BuildError(f"{path} is missing or from another wasmbox-build version; "
                         "re-run cmake to configure the build again") from None
    return ext, spec


def _version(value: Any) -> tuple[int, int] | None:
    if value is None:
        return None
    major, minor = value  # a JSON [3, 11]
    return int(major), int(minor)


def _depfile_path(path: Path) -> str:
    # Make syntax, which Ninja and CMake's depfile reader share.
    return str(path).replace("\\", "/").replace(" ", "\\ ").replace("#", "\\#").replace(
        "$", "$$")


def build(args: argparse.Namespace) -> int:
    from .._resources import resource_dir
    from ..pipeline.extension import generate
    from ..toolchain import find_wasm2c, resolve_toolchain

    spec_path = Path(args.spec)
    ext, spec = _load_spec(spec_path)
    toolchain = resolve_toolchain(ext.toolchain)
    wasm2c = find_wasm2c()
    work = Path(spec["work_dir"])
    jobs = int(args.jobs) if args.jobs else None
    generated = generate(ext, work, toolchain, wasm2c, jobs=jobs, parts=spec["parts"])
    written = [*map(str, generated.translated), str(generated.glue)]
    if written != spec["outputs"]:
        raise BuildError(f"the pipeline wrote {written}, not what configure promised; "
                         "re-run cmake to configure the build again")
    compiled = ", ".join(s.name for s in generated.compiled) or "nothing"
    print(f"wasmbox-build: {ext.name}: compiled to wasm: {compiled}")
    if args.depfile:
        inputs = [*generated.inputs, spec_path, *sorted(resource_dir("templates").glob("*.j2"))]
        lines = " \\\n  ".join(_depfile_path(p) for p in inputs)
        _write_if_changed(Path(args.depfile), f"{_depfile_path(Path(args.depfile_target))}: "
                                              f"\\\n  {lines}\n")
    stamp = Path(args.stamp)
    stamp.parent.mkdir(parents=True, exist_ok=True)
    stamp.touch()  # the custom command's one OUTPUT: always newer than its inputs now
    return 0


def register(commands: Any) -> None:
    """Add `cmake-configure` and `cmake-build` to the CLI (`commands`: argparse subparsers)."""
    cfg = commands.add_parser(
        "cmake-configure", help="(used by WasmBoxConfig.cmake) check options, find the tools")
    for flag in ("source", "include-dir", "define", "export", "wasm-cflag", "wasm-ldflag",
                 "wasm-cxxflag", "native-source"):
        cfg.add_argument(f"--{flag}", action="append", default=[])
    for flag in ("stack-size", "max-memory", "memory-check", "toolchain", "max-call-depth",
                 "optimization", "parts", "header", "capabilities", "limited-api",
                 "limited-api-setting", "cxx-std"):
        cfg.add_argument(f"--{flag}")
    cfg.add_argument("--name", required=True, help="the module's dotted name")
    cfg.add_argument("--c-compiler-id", default="GNU", help="CMAKE_C_COMPILER_ID")
    cfg.add_argument("--work-dir", required=True)
    cfg.add_argument("--output", required=True, help="the CMake file to write")
    cfg.set_defaults(run=_cmake_errors(configure))
    bld = commands.add_parser(
        "cmake-build", help="(used by WasmBoxConfig.cmake) run the pipeline for one module")
    bld.add_argument("--spec", required=True)
    bld.add_argument("--stamp", required=True)
    bld.add_argument("--depfile")
    bld.add_argument("--depfile-target", help="the output as the generator spells it")
    bld.add_argument("--jobs", help="parallel wasm compiles (default: one per CPU)")
    bld.set_defaults(run=_cmake_errors(build))


def _cmake_errors(step: Any) -> Any:
    def run(args: argparse.Namespace) -> int:
        try:
            return int(step(args))
        except WasmBoxError as error:
            raise type(error)(in_cmake_terms(str(error))) from None

    return run
