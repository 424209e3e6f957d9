"""The Python half of the CMake front end: the two steps wasmbox_add_library() runs.

`cmake-configure` runs once per `wasmbox_add_library()` at configure time. It parses
the function's arguments by the options model (pipeline/options.py: the keywords,
which take one value and which a list, and every check), resolves the toolchain and
wasm2c (a missing one fails the configure, not the build), fixes how many parts wasm2c
writes (CMake must know every output before the wasm exists), and writes a spec (the
options as JSON, for the build step) and a CMake file with what the host compiler
needs. `cmake-build` is the custom command: it runs the same
`pipeline.extension.generate()` as setuptools, then writes a depfile of every source
and header the wasm compile read, and touches a stamp. Generated files are rewritten
only when their content changes, so CMake recompiles only what really changed.
"""

from __future__ import annotations

import dataclasses
import json
import re
import sysconfig
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import BuildError, WasmBoxError
from ..incremental import write_if_changed
from ..pipeline import options as model

if TYPE_CHECKING:
    import argparse
    from collections.abc import Sequence

# The rest of the pipeline is imported inside the steps, so that registering them
# keeps the rest of the CLI (doctor, fetch) light.

SPEC_FORMAT = 2
# wasm2c's split must be fixed before the wasm exists, so it is estimated from the C.
# Measured with zig cc -O2: zlib's 11 sources, 276 KB of C, make 57 KB of wasm (tiny
# libraries are dominated by libc: tests/lib/basic.c, 5 KB of C, makes 28 KB).
# translate.part_count() wants a part per 64 KiB of wasm, so at ~5 bytes of C per
# byte of wasm: a part per 320 KiB of C (zlib: one part, as setuptools builds it).
# A library whose .c files #include others should set WASM2C_PARTS itself.
_SOURCE_BYTES_PER_PART = 320 * 1024
_MAX_ESTIMATED_PARTS = 8
_CMAKE_TRUE = {"1", "ON", "YES", "TRUE", "Y"}
_CLANG_IDS = {"Clang", "AppleClang", "ARMClang", "IntelLLVM", "XLClang"}
_HEADER_SUFFIXES = {".h", ".hh", ".hpp", ".hxx", ".inc", ".inl", ".def"}
_KEYWORDS = {o.cmake_keyword: o for o in model.OPTIONS if o.cmake_keyword}
_PATH_LISTS = {k for k, o in _KEYWORDS.items() if model.kind_of(o) is model.Kind.PATHS}


def _misspellings() -> set[str]:
    """Each keyword with its plural wrong (EXPORT, SOURCE, MAX_MEMORYS)."""
    return {k[:-1] if k.endswith("S") else f"{k}S" for k in _KEYWORDS}


def _unknown(token: str) -> BuildError:
    return BuildError(f"unknown argument {token!r}; the keywords are: {' '.join(_KEYWORDS)}")


def parse_arguments(tokens: Sequence[str], source_dir: Path) -> dict[str, object]:
    """wasmbox_add_library()'s arguments after the target, as option name → value as
    given (a list of strings for list options, else one string)."""
    misspelt = _misspellings()
    values: dict[str, list[str]] = {}
    current: str | None = None
    for token in tokens:
        if token in _KEYWORDS:
            if token in values and not model.is_list(_KEYWORDS[token]):
                raise BuildError(f"{token} is given twice; give it once")
            current = token
            values.setdefault(token, [])
            continue
        # A misspelt keyword after a list keyword would land in that list: catch a
        # keyword with its plural wrong anywhere, and an upper-case word that names no
        # file among the path lists (EXPORTS and DEFINES may be upper case).
        stray = current is None or token in misspelt or (
            current in _PATH_LISTS and re.fullmatch(r"[A-Z][A-Z0-9_]*", token) is not None
            and not (source_dir / token).exists())
        if stray or (not model.is_list(_KEYWORDS[current]) and values[current]):  # type: ignore[index]
            raise _unknown(token)
        values[current].append(token)  # type: ignore[index]
    for keyword, given in values.items():
        if not given:
            fix = ("list the functions to export, or leave EXPORTS out to export every one"
                   if keyword == "EXPORTS" else "give it a value or leave it out")
            raise BuildError(f"{keyword} has no value; {fix}")
    return {_KEYWORDS[k].name: (v if model.is_list(_KEYWORDS[k]) else v[0])
            for k, v in values.items()}


def estimated_parts(sources: Sequence[Path]) -> int:
    size = sum(s.stat().st_size for s in sources if s.is_file())
    return max(1, min(_MAX_ESTIMATED_PARTS, -(-size // _SOURCE_BYTES_PER_PART)))


def _options(args: argparse.Namespace) -> model.ExtensionOptions:
    from ..pipeline import abi3

    source_dir = Path(args.source_dir).absolute()
    given = parse_arguments(args.arguments, source_dir)
    given.setdefault("name", args.target)
    options = model.validate(given, model.Dialect.CMAKE, source_dir)
    if options.py_limited_api is None and args.skbuild_sabi:
        # scikit-build-core's wheel.py-api = "cp3XY", which it passes as 3.XY.
        py_api = "cp" + args.skbuild_sabi.replace(".", "")
        floor = abi3.check_floor(args.skbuild_sabi,
                                 f'wheel.py-api = "{py_api}" (pyproject.toml)')
        options = model.with_limited_api(options, floor)
    return options


def _cmake_list(name: str, values: Sequence[str]) -> str:
    for value in values:
        if ";" in value or "]==]" in value:
            raise BuildError(f"path {value!r} contains ';', which CMake lists cannot hold; "
                             "move the project to a path without it")
    items = "".join(f"\n  [==[{v}]==]" for v in values)
    return f"set({name}{items})\n"


def _fallback_depends(ext: model.ExtensionOptions) -> list[str]:
    """Headers beside the sources and in the include folders (not recursive): what the
    build step depends on where the generator cannot read its depfile."""
    folders = dict.fromkeys([*(s.parent for s in ext.sources), *ext.include_dirs])
    found = {p for d in folders if d.is_dir() for p in d.iterdir()
             if p.suffix.lower() in _HEADER_SUFFIXES and p.is_file()}
    if ext.header is not None:
        found.add(ext.header)
    return sorted(map(str, found))


def configure(args: argparse.Namespace) -> int:
    from ..pipeline.extension import glue_outputs, host_build, pin_host_compiler
    from ..pipeline.translate import module_name, output_headers, output_sources
    from ..toolchain import find_wasm2c, resolve_toolchain
    from ..toolchain.probe import verify_cxx

    if args.c_compiler_id == "MSVC":
        raise BuildError("the C compiler is MSVC, which sandboxed modules do not support yet; "
                         "configure with gcc or clang (-DCMAKE_C_COMPILER=clang)")
    ext = _options(args)
    toolchain = resolve_toolchain(ext.toolchain)
    if ext.wasm_build().has_cxx:
        verify_cxx(toolchain)  # no libc++ for wasm32 here: configure fails, naming the fix
    wasm2c = find_wasm2c()
    work = Path(args.work_dir).absolute()
    # auto's pick is pinned, like CMAKE_C_COMPILER: the build uses what configure found;
    # and so is the split, so that CMake knows every file wasm2c will write.
    ext = dataclasses.replace(ext, toolchain=toolchain.provider,
                              wasm2c_parts=ext.wasm2c_parts or estimated_parts(ext.sources))
    parts = ext.wasm2c_parts or 1
    name = module_name(ext.name)
    generated = output_sources(work / "c", name, parts)
    glue_c, stub = glue_outputs(ext.name, work)
    compiler = "clang" if args.c_compiler_id in _CLANG_IDS else "gcc"
    host = host_build(ext, wasm2c, work, "unix", compiler)
    # The compiler of wasm2c's output, pinned too; the launcher reads the file
    # (pipeline/cached_compile.py).
    ext, chosen = pin_host_compiler(ext, toolchain, [compiler],
                                    cross=args.cross_compiling.upper() in _CMAKE_TRUE)
    host_compiler_file = work / "host-compiler.json"
    if chosen is not None:
        write_if_changed(host_compiler_file, json.dumps(
            {**chosen.to_json(), "sources": list(map(str, generated))}, indent=1) + "\n")

    spec = {
        "format": SPEC_FORMAT,
        "options": model.to_json(ext),
        "toolchain_identity": toolchain.identity,
        "work_dir": str(work),
        "outputs": [*map(str, generated), str(glue_c)],
    }
    spec_path = work / "wasmbox-spec.json"
    write_if_changed(spec_path, json.dumps(spec, indent=1) + "\n")
    package = ext.name.split(".")[:-1]
    typed_marker = work / "py.typed"  # PEP 561, installed beside a module in a package
    if package:
        write_if_changed(typed_marker, "")
    # Python_add_library(USE_SABI) defines Py_LIMITED_API itself (spelt its own way).
    defines = [n if v is None else f"{n}={v}" for n, v in host.define_macros
               if n != "Py_LIMITED_API"]
    sabi = "" if ext.py_limited_api is None else "{}.{}".format(*ext.py_limited_api)
    cmake = "".join([
        "# Written by `python -m wasmbox_build cmake-configure`; do not edit.\n",
        _cmake_list("_wasmbox_module_name", [ext.name]),
        _cmake_list("_wasmbox_library_sources", [str(s) for s in ext.sources]),
        _cmake_list("_wasmbox_header", [str(ext.header)] if ext.header else []),
        _cmake_list("_wasmbox_native_sources", [str(s) for s in ext.native_sources]),
        _cmake_list("_wasmbox_spec", [str(spec_path)]),
        _cmake_list("_wasmbox_generated_sources", [*map(str, generated), str(glue_c)]),
        _cmake_list("_wasmbox_generated_headers",
                    [*map(str, output_headers(work / "c", name, parts)),
                     str(work / "glue" / "wasmbox_instance.h")]),
        _cmake_list("_wasmbox_stub", [str(stub)]),
        _cmake_list("_wasmbox_package_dir", ["/".join(package) or "."]),
        _cmake_list("_wasmbox_typed_marker", [str(typed_marker)] if package else []),
        _cmake_list("_wasmbox_wasm", [str(work / f"{name}.wasm")]),
        _cmake_list("_wasmbox_runtime_sources", list(map(str, host.runtime_sources))),
        _cmake_list("_wasmbox_wasm2c_sources",
                    [*map(str, generated), *map(str, host.wasm2c_runtime_sources)]),
        _cmake_list("_wasmbox_include_dirs", list(map(str, host.include_dirs))),
        _cmake_list("_wasmbox_compile_definitions", defines),
        _cmake_list("_wasmbox_compile_options", list(host.extra_compile_args)),
        _cmake_list("_wasmbox_fallback_depends", _fallback_depends(ext)),
        _cmake_list("_wasmbox_ext_suffix", [str(sysconfig.get_config_var("EXT_SUFFIX") or "")]),
        _cmake_list("_wasmbox_sabi", [sabi]),
        _cmake_list("_wasmbox_host_compiler",
                    [str(host_compiler_file)] if chosen is not None else []),
        _cmake_list("_wasmbox_summary", [
            f"{toolchain.describe()}, wasm2c {wasm2c.version}, {ext.memory_check} checks, "
            f"{parts} wasm2c part{'s' if parts > 1 else ''}"
            + (f", stable ABI (abi3) for CPython {sabi}+" if sabi else "")
            + (f", wasm2c's output compiled by {chosen.describe()}" if chosen else "")]),
    ])
    write_if_changed(Path(args.output), cmake)
    return 0


def _load_spec(path: Path) -> tuple[model.ExtensionOptions, dict[str, Any]]:
    try:
        spec = json.loads(path.read_text(encoding="utf-8"))
        if spec.get("format") != SPEC_FORMAT:
            raise ValueError("format")
        return model.from_json(spec["options"]), spec
    except (OSError, ValueError, KeyError, TypeError, SyntaxError):
        raise BuildError(f"{path} is missing or from another wasmbox-build version; "
                         "re-run cmake to configure the build again") from None


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
    generated = generate(ext, work, toolchain, wasm2c, jobs=jobs)
    written = [*map(str, generated.translated), str(generated.glue)]
    if written != spec["outputs"]:
        raise BuildError(f"the pipeline wrote {written}, not what configure promised; "
                         "re-run cmake to configure the build again")
    compiled = ", ".join(s.name for s in generated.compiled) or "nothing"
    print(f"wasmbox-build: {ext.name}: compiled to wasm: {compiled}")
    if args.depfile:
        inputs = [*generated.inputs, spec_path, *sorted(resource_dir("templates").glob("*.j2"))]
        lines = " \\\n  ".join(_depfile_path(p) for p in inputs)
        write_if_changed(Path(args.depfile), f"{_depfile_path(Path(args.depfile_target))}: "
                                             f"\\\n  {lines}\n")
    stamp = Path(args.stamp)
    stamp.parent.mkdir(parents=True, exist_ok=True)
    stamp.touch()  # the custom command's one OUTPUT: always newer than its inputs now
    return 0


def register(commands: Any) -> None:
    """Add `cmake-configure` and `cmake-build` to the CLI (`commands`: argparse subparsers)."""
    cfg = commands.add_parser(
        "cmake-configure", help="(used by WasmBoxConfig.cmake) check options, find the tools")
    cfg.add_argument("--target", required=True, help="the CMake target (default MODULE_NAME)")
    cfg.add_argument("--source-dir", required=True, help="CMAKE_CURRENT_SOURCE_DIR")
    cfg.add_argument("--c-compiler-id", default="GNU", help="CMAKE_C_COMPILER_ID")
    cfg.add_argument("--work-dir", required=True)
    cfg.add_argument("--output", required=True, help="the CMake file to write")
    cfg.add_argument("--skbuild-sabi", help="SKBUILD_SABI_VERSION (wheel.py-api)")
    cfg.add_argument("--cross-compiling", default="", help="CMAKE_CROSSCOMPILING")
    cfg.add_argument("arguments", nargs="*", help="wasmbox_add_library()'s, after --")
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
            raise type(error)(model.spell_for(model.Dialect.CMAKE, str(error))) from None

    return run
