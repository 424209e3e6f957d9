"""Every build option of a sandboxed extension module, declared once.

Each option is a field of `ExtensionOptions`: its name is the `WasmBoxExtension`
keyword, its annotation the type of the checked value, its default the default, and
its metadata (`_option()`) the one-line help, how the other front ends spell it (the
pyproject key is the name with dashes, the CMake keyword the name in capitals unless
given) and its check. From these declarations come:

- the keywords `WasmBoxExtension` accepts (setuptools/extension.py; its typed keyword
  list, setuptools/keywords.py, is generated from here and tested to agree),
- the keys of `[[tool.wasmbox.extension]]` (setuptools/pyproject_config.py),
- the keywords of `wasmbox_add_library()`, which the CMake front end parses in Python
  (cli/cmake_steps.py), and the JSON spec its build step reads back (`to_json`),
- validation, once, where a front end hands its options to the pipeline (`validate`),
  with errors spelled the way that front end spells the option,
- the reference table of the docs and `python -m wasmbox_build options`.

To add an option: add a field here (with its check), use it in the pipeline, and run
`python -m wasmbox_build options --write` to refresh the generated keyword list and
the docs table (the tests fail until they agree).
"""

from __future__ import annotations

import dataclasses
import difflib
import enum
import os
import re
import typing
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import BuildError
from ..settings import TOOLCHAIN_CHOICES
from . import abi3, hardening
from . import host_compiler as host_cc
from .capabilities import capabilities_literal, normalize_capabilities, parse_capabilities_literal
from .compile import DEFAULT_STACK_SIZE, WasmBuild
from .header import find_header
from .memory_checks import DEFAULT_MEMORY_CHECK, MEMORY_CHECKS
from .wasm_info import WASM_PAGE_SIZE

# How deep sandboxed calls may nest (WASM_RT_MAX_CALL_STACK_DEPTH).
#
# wasm2c counts every wasm function frame against this limit, and the native stack
# must hold that many frames, or a deep recursion crashes the process instead of
# trapping. Measured with gcc 12 -O2 on x86-64 Linux (wasm from zig cc -O2):
#   - tests/lib/basic.c `depth`, a recursive function with a few locals: 48 bytes of
#     native stack per wasm frame (crashes at ~21,700 frames in a 1 MiB thread and
#     ~174,000 in the 8 MiB main thread with the limit lifted);
#   - zlib 1.3.1 (-fstack-usage on its wasm2c output, 43 functions): median 48 B,
#     p90 224 B, max 448 B per frame.
# The main thread has 8 MiB (ulimit -s 8192), and so do Python's threads:
# threading.stack_size() is 0, the pthread default, which glibc takes from the same
# rlimit (measured: the same ~174,000 frames in a default threading.Thread).
# 10,000 frames then allow ~830 B per frame on average: twice zlib's largest frame.
# 500 (wasm2c's default) is too low for real recursive code; Lua needs >= 2000.
# On top of this, the runtime shrinks each call's budget to the native stack left in
# the calling thread at 512 B per frame (wasmbox_boundary.c), so a thread with a
# small stack gets StackExhausted instead of a crash.
DEFAULT_MAX_CALL_DEPTH = 10000
MAX_WASM2C_PARTS = 64
# The longest time limit, in seconds (the runtime's WASMBOX_MAX_SECONDS: ~31 years).
MAX_TIME_LIMIT = 1e9


class Dialect(enum.Enum):
    """A front end, and how it spells an option in messages."""

    SETUPTOOLS = "setuptools"  # memory_check='fast'
    PYPROJECT = "pyproject"  # memory-check = 'fast'
    CMAKE = "cmake"  # MEMORY_CHECK 'fast'


@dataclass(frozen=True)
class Check:
    """What a check knows: the option as its front end spells it, the folder relative
    paths start from, and the options checked before this one (declaration order)."""

    option: Option
    dialect: Dialect
    root: Path
    done: Mapping[str, Any]

    @property
    def plain(self) -> str:
        """The option's name: memory_check, memory-check, MEMORY_CHECK."""
        return self.option.spelled(self.dialect)

    def valued(self, value: object) -> str:
        """The option with a value: memory_check='fast', MEMORY_CHECK 'fast'."""
        separator = {Dialect.SETUPTOOLS: "=", Dialect.PYPROJECT: " = ", Dialect.CMAKE: " "}
        return f"{self.plain}{separator[self.dialect]}{value!r}"

    @property
    def usage(self) -> str:
        """How to write a list of it: sources=[...], sources = [...], SOURCES."""
        if self.dialect is Dialect.CMAKE:
            return self.plain
        return f"{self.plain}{'=' if self.dialect is Dialect.SETUPTOOLS else ' = '}[...]"

    def path(self, value: str | os.PathLike[str]) -> Path:
        candidate = Path(value)
        return candidate if candidate.is_absolute() else (self.root / candidate).resolve()


@dataclass(frozen=True)
class Option:
    """How one option is spelled, shown and checked (the field is its name and type)."""

    name: str
    help: str
    check: Callable[[Any, Check], Any] | None = None
    cmake: str | None = ""  # the CMake keyword; "" = the name in capitals; None = none
    required: bool = False
    shown_default: str = ""  # the default as the docs show it, if not the field's

    @property
    def pyproject_key(self) -> str:
        return self.name.replace("_", "-")

    @property
    def cmake_keyword(self) -> str | None:
        return self.name.upper() if self.cmake == "" else self.cmake

    def spelled(self, dialect: Dialect) -> str:
        if dialect is Dialect.PYPROJECT:
            return self.pyproject_key
        if dialect is Dialect.CMAKE:
            return self.cmake_keyword or self.name
        return self.name


def _option(default: Any, help: str, **spec: Any) -> Any:
    return field(default=default, metadata={"wasmbox": spec | {"help": help}})


def _required(help: str, **spec: Any) -> Any:
    return field(metadata={"wasmbox": spec | {"help": help, "required": True}})


# ---- the checks ----------------------------------------------------------------------------


def _check_name(value: str, c: Check) -> str:
    if not all(part.isidentifier() for part in value.split(".")):
        fix = ("pass MODULE_NAME pkg.name (or name the target like a Python module)"
               if c.dialect is Dialect.CMAKE else "name it like mypkg._lib")
        raise BuildError(f"module name {value!r} is not a dotted Python name; {fix}")
    return value


def _check_sources(value: tuple[str, ...], c: Check) -> tuple[Path, ...]:
    if not value:
        raise BuildError(f"no {c.plain} given; list the library's C and C++ files in {c.usage}")
    return _existing_files(value, c, "source")


def _existing_files(value: Sequence[str], c: Check, what: str) -> tuple[Path, ...]:
    paths = tuple(c.path(v) for v in value)
    for path in paths:
        if not path.is_file():
            raise BuildError(f"{what} {path} does not exist; fix the path in {c.usage}")
    return paths


def _check_native_sources(value: tuple[str, ...], c: Check) -> tuple[Path, ...]:
    return _existing_files(value, c, "native source")


def _check_dirs(value: tuple[str, ...], c: Check) -> tuple[Path, ...]:
    return tuple(c.path(v) for v in value)


_MACRO_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _check_macros(value: tuple[tuple[str, str | None], ...], c: Check,
                  ) -> tuple[tuple[str, str | None], ...]:
    for name, _ in value:
        if not _MACRO_NAME.fullmatch(name):
            shown = name if c.dialect is Dialect.CMAKE else (name, _)
            raise BuildError(f"{c.plain} entry {shown!r} is not NAME or NAME=VALUE")
    return value


def _check_header(value: str | None, c: Check) -> Path | None:
    if value is None:
        return None
    return find_header(value, c.root, c.done["include_dirs"], c.done["sources"])


def _check_imports(value: tuple[str, ...], c: Check) -> tuple[str, ...]:
    for name in value:
        if not _MACRO_NAME.fullmatch(name):
            raise BuildError(f"{c.plain} entry {name!r} is not a C function name")
    return tuple(dict.fromkeys(value))


def _check_keep_gil(value: tuple[str, ...], c: Check) -> tuple[str, ...]:
    """Export names (checked against the wasm's exports by the glue), or "*"."""
    for name in value:
        if name != "*" and not name.strip():
            raise BuildError(f"{c.plain} has an empty export name; name exports, or '*' for all")
    return tuple(dict.fromkeys(value))


def _check_stack_size(value: int, c: Check) -> int:
    if value < 4096 or value % 16:
        raise BuildError(f"{c.valued(value)} must be a multiple of 16, at least 4096")
    return value


def _check_max_memory(value: int | None, c: Check) -> int | None:
    if value is not None and (value <= 0 or value % WASM_PAGE_SIZE or value > 1 << 32):
        raise BuildError(f"{c.valued(value)} must be a multiple of 64 KiB (65536) up to 4 GiB")
    return value


def _check_memory_check(value: str, c: Check) -> str:
    mode = MEMORY_CHECKS.get(value)
    if mode is None:
        raise BuildError(f"{c.valued(value)}; use one of: {', '.join(MEMORY_CHECKS)}")
    why = mode.unsupported_here()
    if why is not None:
        raise BuildError(f"{c.valued(value)} {why}")
    return value


def _check_toolchain(value: str | None, c: Check) -> str | None:
    if value is not None and value.strip().lower() not in TOOLCHAIN_CHOICES:
        equals = "=" if c.dialect is Dialect.SETUPTOOLS else ""
        raise BuildError(f"{c.plain}{equals} is {value!r}; use one of: "
                     f"{', '.join(TOOLCHAIN_CHOICES)}")
    return None if value is None else value.strip().lower()


def _check_host_compiler(value: str, c: Check) -> str:
    chosen = value.strip().lower()
    if chosen not in host_cc.CHOICES:
        raise BuildError(f"{c.valued(value)}; use one of: {', '.join(host_cc.CHOICES)}")
    return chosen


def _check_call_depth(value: int, c: Check) -> int:
    if not 1 <= value <= 1 << 30:
        raise BuildError(f"{c.valued(value)}; use a value from 1 to 2**30")
    return value


def _check_capabilities(value: Mapping[str, object] | str | None, c: Check,
                        ) -> Mapping[str, object] | None:
    return normalize_capabilities(value, c.done["max_memory"])


def _check_time_limit(value: float | None, c: Check) -> float | None:
    if value is not None and not 0 < value <= MAX_TIME_LIMIT:  # NaN fails too
        raise BuildError(f"{c.valued(value)}; use a number of seconds > 0 (at most 1e9), or "
                         "none for no time limit")
    return value


def _check_optimization(value: str, c: Check) -> str:
    if not re.fullmatch(r"-O([0-3sz]|fast)?", value):
        raise BuildError(f"{c.valued(value)} is not an optimization level; use -O0, -O1, -O2, -O3, "
                     "-Os or -Oz")
    return value


_CXX_STD = re.compile(r"(c|gnu)\+\+(98|03|11|14|17|20|23|26|0x|1y|1z|2a|2b|2c)")


def _check_cxx_std(value: str | None, c: Check) -> str | None:
    if value is not None and not _CXX_STD.fullmatch(value):
        raise BuildError(f"{c.valued(value)} is not a C++ standard; write e.g. "
                         f"{c.valued('c++17')} (or {c.valued('gnu++20')})")
    return value


def _check_hardening(value: tuple[str, ...], c: Check) -> tuple[str, ...]:
    chosen = hardening.normalize(value)
    if isinstance(chosen, str):
        raise BuildError(f"{c.plain} names {chosen!r}; use any of: "
                         f"{', '.join(hardening.NAMES)}, or {hardening.ALL!r}")
    return chosen


def _check_parts(value: int | None, c: Check) -> int | None:
    if value is not None and not 1 <= value <= MAX_WASM2C_PARTS:
        raise BuildError(f"{c.plain} {value}; use a number from 1 to {MAX_WASM2C_PARTS}")
    return value


def _check_limited_api(value: bool | str | None, c: Check) -> tuple[int, int] | None:
    """True (setuptools, pyproject): the floor, cp311, until bdist_wheel's option is
    known (setuptools/stable_abi.py); a version (CMake's USE_SABI 3.11): that floor."""
    if value is None or value is False:
        return None
    if value is True:
        return abi3.FLOOR
    return abi3.check_floor(str(value), c.valued(value).replace("'", ""))


# ---- the options ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ExtensionOptions:
    """Everything that decides one sandboxed extension module, checked.

    Fields are in the order they are checked: a check may use the fields above it.
    """

    name: str = _required("the module's dotted name, e.g. mypkg._zlib", check=_check_name,
                          cmake="MODULE_NAME")
    sources: tuple[Path, ...] = _required(
        "the library's C and C++ (.cc .cpp .cxx .C) files, compiled to wasm32-wasi (not for "
        "the host)",
        check=_check_sources)
    include_dirs: tuple[Path, ...] = _option(
        (), "include folders for the library's wasm compile", check=_check_dirs)
    define_macros: tuple[tuple[str, str | None], ...] = _option(
        (), "macros for the library's wasm compile: (NAME, VALUE) or NAME=VALUE",
        check=_check_macros, cmake="DEFINES")
    header: Path | None = _option(
        None, "the library's API header: typed wrappers, constants and .pyi signatures",
        check=_check_header)
    exports: tuple[str, ...] | None = _option(
        None, "functions to expose; default: every one the header declares (or the library "
        "defines)", shown_default="all")
    imports: tuple[str, ...] = _option(
        (), "undefined functions Python provides (Sandbox(imports=...)), besides the header's",
        check=_check_imports)
    native_sources: tuple[Path, ...] = _option(
        (), "host C compiled into the module, reaching the sandbox through wasmbox_native.h",
        check=_check_native_sources)
    keep_gil: tuple[str, ...] = _option(
        (), "exports that keep the GIL while they run: short calls, ~30 ns less each; '*': all",
        check=_check_keep_gil, shown_default="none")
    stack_size: int = _option(DEFAULT_STACK_SIZE, "bytes of the library's shadow stack",
                              check=_check_stack_size)
    max_memory: int | None = _option(
        None, "the most linear memory a sandbox may grow to (bytes, a multiple of 64 KiB)",
        check=_check_max_memory, shown_default="4 GiB")
    memory_check: str = _option(
        DEFAULT_MEMORY_CHECK, "how memory accesses are checked: bounds (in code) or guard "
        "(guard pages)", check=_check_memory_check)
    toolchain: str | None = _option(
        None, "the C-to-wasm toolchain: auto, wasi-sdk, zig or system",
        check=_check_toolchain, shown_default="auto (WASMBOX_TOOLCHAIN)")
    host_compiler: str = _option(
        host_cc.DEFAULT, "compiler of wasm2c's output: cc (the project's), zig, auto (zig if "
        "toolchain zig, CC gcc)",
        check=_check_host_compiler)
    max_call_depth: int = _option(
        DEFAULT_MAX_CALL_DEPTH,
        "how deep wasm calls may nest (bounds checks; guard pages check the stack pointer)",
        check=_check_call_depth)
    capabilities: Mapping[str, object] | None = _option(
        None, "Sandbox() defaults built into the module (a dict; CMake: a JSON object)",
        check=_check_capabilities, shown_default="deny all")
    time_limit: float | None = _option(
        None, "seconds a call into a sandbox may take, by default (Sandbox(time_limit=...) "
        "wins)", check=_check_time_limit)
    wasm_cflags: tuple[str, ...] = _option((), "extra flags for the wasm compiler (C sources)")
    wasm_ldflags: tuple[str, ...] = _option((), "extra flags for the wasm linker")
    cxx_std: str | None = _option(
        None, "the C++ standard of the C++ sources, e.g. c++17", check=_check_cxx_std,
        shown_default="the compiler's")
    wasm_cxxflags: tuple[str, ...] = _option(
        (), "extra flags for the wasm compiler (C++ sources)")
    optimization: str = _option("-O2", "the wasm compile's optimization level",
                                check=_check_optimization)
    hardening: tuple[str, ...] = _option(
        (), "checks in the library that trap on its bugs: stack, bounds, fortify, heap, all",
        check=_check_hardening)
    wasm2c_parts: int | None = _option(
        None, "how many C files wasm2c writes (compiled in parallel)", check=_check_parts,
        shown_default="by size")
    py_limited_api: tuple[int, int] | None = _option(
        None, "build for CPython's stable ABI: one abi3 wheel for 3.11+ (CMake: a floor, "
        "USE_SABI 3.11)", check=_check_limited_api, cmake="USE_SABI", shown_default="off")

    def wasm_build(self, declared: tuple[str, ...] | None = None) -> WasmBuild:
        """What the compile step needs; `declared`: the header's functions."""
        return WasmBuild(
            sources=self.sources, include_dirs=self.include_dirs, defines=self.define_macros,
            extra_cflags=self.wasm_cflags, extra_ldflags=self.wasm_ldflags,
            exports=self.exports, declared=declared, imports=self.imports,
            stack_size=self.stack_size, max_memory=self.max_memory,
            optimization=self.optimization, cxx_std=self.cxx_std,
            extra_cxxflags=self.wasm_cxxflags, hardening=self.hardening)

    @property
    def short_name(self) -> str:
        return self.name.rsplit(".", 1)[-1]


def _declare() -> tuple[Option, ...]:
    return tuple(Option(name=f.name, **f.metadata["wasmbox"])
                 for f in dataclasses.fields(ExtensionOptions))


OPTIONS: tuple[Option, ...] = _declare()
BY_NAME: Mapping[str, Option] = {o.name: o for o in OPTIONS}
_TYPES: Mapping[str, Any] = typing.get_type_hints(ExtensionOptions)
_DEFAULTS: Mapping[str, Any] = {f.name: f.default for f in dataclasses.fields(ExtensionOptions)
                                if f.default is not dataclasses.MISSING}


# ---- kinds: what a value looks like in each front end ----------------------------------------

class Kind(enum.Enum):
    TEXT = "str"
    TEXT_OR_NONE = "str | None"
    NUMBER = "int"
    NUMBER_OR_NONE = "int | None"
    SECONDS_OR_NONE = "float | None"
    PATHS = "list of paths"
    PATH_OR_NONE = "path | None"
    NAMES = "list of str"
    NAMES_OR_NONE = "list of str | None"
    MACROS = "list of (name, value)"
    MAPPING = "dict | None"
    STABLE_ABI = "bool"


_KIND_OF_TYPE: list[tuple[Any, Kind]] = [
    (str, Kind.TEXT), (str | None, Kind.TEXT_OR_NONE), (int, Kind.NUMBER),
    (int | None, Kind.NUMBER_OR_NONE), (float | None, Kind.SECONDS_OR_NONE),
    (tuple[Path, ...], Kind.PATHS),
    (Path | None, Kind.PATH_OR_NONE), (tuple[str, ...], Kind.NAMES),
    (tuple[str, ...] | None, Kind.NAMES_OR_NONE),
    (tuple[tuple[str, str | None], ...], Kind.MACROS),
    (Mapping[str, object] | None, Kind.MAPPING), (tuple[int, int] | None, Kind.STABLE_ABI),
]


def kind_of(option: Option) -> Kind:
    annotation = _TYPES[option.name]
    for declared, kind in _KIND_OF_TYPE:
        if annotation == declared:
            return kind
    raise TypeError(f"option {option.name}: no kind for {annotation}")  # a bug here


def is_list(option: Option) -> bool:
    """Whether the option holds several values (a CMake multi-value keyword)."""
    return kind_of(option) in (Kind.PATHS, Kind.NAMES, Kind.NAMES_OR_NONE, Kind.MACROS)


# ---- from what a front end was given, to checked options -------------------------------------


def _type_error(c: Check, value: object, wanted: str) -> BuildError:
    return BuildError(f"{c.plain} must be {wanted}, not {value!r}")


def _strings(value: object, c: Check) -> tuple[str, ...]:
    if isinstance(value, (str, bytes, Mapping)) or not isinstance(value, typing.Iterable):
        raise _type_error(c, value, "a list of strings")
    items = [os.fspath(item) if isinstance(item, os.PathLike) else item for item in value]
    if not all(isinstance(item, str) for item in items):
        raise _type_error(c, value, "a list of strings")
    return tuple(items)


def _macro(item: object, c: Check) -> tuple[str, str | None]:
    if isinstance(item, str):
        name, equals, definition = item.partition("=")
        return name, definition if equals else None
    if (isinstance(item, (list, tuple)) and len(item) == 2 and isinstance(item[0], str)
            and (item[1] is None or isinstance(item[1], (str, int)))):
        return item[0], None if item[1] is None else str(item[1])
    raise BuildError(f"{c.plain} entries are \"NAME\", \"NAME=VALUE\" or (NAME, VALUE), "
                 f"not {item!r}")


def _whole_number(value: object, c: Check) -> int:
    if isinstance(value, str) and c.dialect is Dialect.CMAKE:
        try:
            return int(value, 0)
        except ValueError:
            raise BuildError(f"{c.valued(value)} is not a whole number (write e.g. "
                         f"{c.plain} {_DEFAULTS.get(c.option.name) or 1048576})") from None
    if isinstance(value, bool) or not isinstance(value, int):
        raise _type_error(c, value, "a whole number")
    return value


def _seconds(value: object, c: Check) -> float:
    if isinstance(value, str) and c.dialect is Dialect.CMAKE:
        try:
            return float(value)
        except ValueError:
            raise BuildError(f"{c.valued(value)} is not a number of seconds (write e.g. "
                             f"{c.plain} 2.5)") from None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise _type_error(c, value, "a number of seconds")
    return float(value)


def _coerce(value: object, c: Check) -> object:
    """A value as given (Python, TOML, or CMake's strings) in the option's Python shape."""
    kind = kind_of(c.option)
    if value is None and kind in (Kind.TEXT_OR_NONE, Kind.NUMBER_OR_NONE, Kind.SECONDS_OR_NONE,
                                  Kind.PATH_OR_NONE, Kind.NAMES_OR_NONE, Kind.MAPPING,
                                  Kind.STABLE_ABI):
        return None
    if kind in (Kind.TEXT, Kind.TEXT_OR_NONE, Kind.PATH_OR_NONE):
        if isinstance(value, os.PathLike) and kind is Kind.PATH_OR_NONE:
            value = os.fspath(value)
        if not isinstance(value, str):
            raise _type_error(c, value, "a string")
        return value
    if kind in (Kind.NUMBER, Kind.NUMBER_OR_NONE):
        return _whole_number(value, c)
    if kind is Kind.SECONDS_OR_NONE:
        return _seconds(value, c)
    if kind in (Kind.PATHS, Kind.NAMES, Kind.NAMES_OR_NONE):
        return _strings(value, c)
    if kind is Kind.MACROS:
        if not isinstance(value, (list, tuple)):
            raise _type_error(c, value, "a list")
        return tuple(_macro(item, c) for item in value)
    if kind is Kind.MAPPING:
        if c.dialect is Dialect.CMAKE or isinstance(value, Mapping):
            return value
        raise _type_error(c, value, "a dict")
    # Kind.STABLE_ABI: a switch in Python and TOML, a floor version in CMake.
    if c.dialect is Dialect.CMAKE:
        return str(value)
    if not isinstance(value, bool):
        raise _type_error(c, value, "True or False")
    return value


def unknown_name_error(name: str, dialect: Dialect, known: Sequence[str]) -> str:
    """'unknown keyword headers=; did you mean header=?' in the front end's words."""
    close = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
    if dialect is Dialect.SETUPTOOLS:
        hint = f"did you mean {close[0]}=? " if close else ""
        return f"unknown keyword {name}=; {hint}the keywords are: {', '.join(known)}"
    hint = f"did you mean {close[0]!r}? " if close else ""
    return f"unknown key {name!r}; {hint}valid keys: {', '.join(known)}"


def validate(given: Mapping[str, object], dialect: Dialect, root: Path) -> ExtensionOptions:
    """Check what a front end was given (option name → value as given) and return the
    options the pipeline builds from; BuildError names the first problem and its fix."""
    unknown = [name for name in given if name not in BY_NAME]
    if unknown:
        raise BuildError(unknown_name_error(unknown[0], dialect, [o.name for o in OPTIONS]))
    try:
        return _validate(given, dialect, root)
    except BuildError as error:  # messages of the steps a check calls, in this front end's words
        raise BuildError(spell_for(dialect, str(error))) from None


def _validate(given: Mapping[str, object], dialect: Dialect, root: Path) -> ExtensionOptions:
    done: dict[str, Any] = {}
    for option in OPTIONS:
        c = Check(option, dialect, root, done)
        if option.name in given:
            value = _coerce(given[option.name], c)
        elif option.required and is_list(option):
            value = ()  # its check says what to give
        elif option.required:
            raise BuildError(f"{c.plain} is required")
        else:
            value = _DEFAULTS[option.name]
        done[option.name] = option.check(value, c) if option.check else value
    return ExtensionOptions(**done)


def with_limited_api(options: ExtensionOptions, floor: tuple[int, int] | None,
                     ) -> ExtensionOptions:
    return dataclasses.replace(options, py_limited_api=floor)


# ---- the CMake build step's spec: one serializer, both ways ---------------------------------


def to_json(options: ExtensionOptions) -> dict[str, object]:
    out: dict[str, object] = {}
    for option in OPTIONS:
        value = getattr(options, option.name)
        kind = kind_of(option)
        if value is None:
            out[option.name] = None
        elif kind in (Kind.PATHS,):
            out[option.name] = [str(p) for p in value]
        elif kind is Kind.PATH_OR_NONE:
            out[option.name] = str(value)
        elif kind is Kind.MACROS:
            out[option.name] = [list(pair) for pair in value]
        elif kind in (Kind.NAMES, Kind.NAMES_OR_NONE, Kind.STABLE_ABI):
            out[option.name] = list(value)
        elif kind is Kind.MAPPING:
            out[option.name] = capabilities_literal(value)  # may hold bytes
        else:
            out[option.name] = value
    return out


def from_json(data: Mapping[str, Any]) -> ExtensionOptions:
    """The inverse of to_json (KeyError/TypeError/ValueError on a spec of another form)."""
    values: dict[str, Any] = {}
    for option in OPTIONS:
        value = data[option.name]
        kind = kind_of(option)
        if value is None:
            values[option.name] = None
        elif kind is Kind.PATHS:
            values[option.name] = tuple(Path(p) for p in value)
        elif kind is Kind.PATH_OR_NONE:
            values[option.name] = Path(value)
        elif kind is Kind.MACROS:
            values[option.name] = tuple((str(n), None if v is None else str(v)) for n, v in value)
        elif kind in (Kind.NAMES, Kind.NAMES_OR_NONE):
            values[option.name] = tuple(str(v) for v in value)
        elif kind is Kind.STABLE_ABI:
            major, minor = value
            values[option.name] = (int(major), int(minor))
        elif kind is Kind.MAPPING:
            values[option.name] = parse_capabilities_literal(value)
        else:
            values[option.name] = value
    return ExtensionOptions(**values)


def spell_for(dialect: Dialect, message: str) -> str:
    """A message's option names, written the setuptools way (`sources=[...]`,
    `max_memory=1000`), in the words of another front end (`SOURCES`, `MAX_MEMORY 1000`)."""
    if dialect is Dialect.SETUPTOOLS:
        return message
    for option in OPTIONS:
        spelled = option.spelled(dialect)

        def respell(match: re.Match[str], spelled: str = spelled) -> str:
            if match.group(1):  # a list: "in sources=[...]"
                return spelled if dialect is Dialect.CMAKE else f"{spelled} = [...]"
            return f"{spelled} " if dialect is Dialect.CMAKE else f"{spelled} = "

        message = re.sub(rf"\b{option.name}=(\[\.\.\.\])?(?(1)| ?)", respell, message)
    return message


# ---- the reference table ---------------------------------------------------------------------


def describe(options: ExtensionOptions) -> str:
    """The options that differ from their defaults, as setup.py would write them."""
    parts = [f"{len(options.sources)} source{'s' if len(options.sources) != 1 else ''}"]
    for option in OPTIONS:
        if option.name in ("name", "sources"):
            continue
        value = getattr(options, option.name)
        if value != _DEFAULTS.get(option.name):
            shown = [str(v) for v in value] if isinstance(value, tuple) and option.name != \
                "py_limited_api" else value
            parts.append(f"{option.name}={shown!r}")
    return ", ".join(parts)


def shown_default(option: Option) -> str:
    if option.required:
        return "required"
    if option.shown_default:
        return option.shown_default
    value = _DEFAULTS[option.name]
    if value is None or value == ():
        return "none"
    return f"`{value}`"


def reference_table() -> str:
    """The options as a Markdown table (docs/options.md carries it; a test compares)."""
    rows = ["| `WasmBoxExtension` | pyproject key | CMake keyword | default | |",
            "|---|---|---|---|---|"]
    for option in OPTIONS:
        cmake = f"`{option.cmake_keyword}`" if option.cmake_keyword else "—"
        rows.append(f"| `{option.name}` | `{option.pyproject_key}` | {cmake} | "
                    f"{shown_default(option)} | {option.help} |")
    return "\n".join(rows) + "\n"
