"""Step 1: C and C++ sources → a reactor wasm module, with any provider.

Objects are compiled in parallel and rebuilt only when a source, a header it
includes (from the compiler's depfile) or the flags change. The link always makes a
reactor module that is stack-first and exports what was asked plus the allocator, and
its function table (growable, so the host can add callbacks: callbacks.py).

Functions the library calls but does not define become imports of module "env" (which
Python provides) when the header declares them or `imports=[...]` names them; any other
undefined function stays a link error naming it. clang's wasm-ld is told exactly those
names (--allow-undefined-file); zig's linker has no such flag, so it imports every
undefined function (--import-symbols) and the wasm's imports are checked afterwards.

C++ sources (.cc .cpp .cxx .C) are compiled with the provider's clang++, and then
the link is driven by clang++ too (it adds libc++ and libc++abi) and takes in
guest/wasmbox_cxx.cc, which turns a `throw` (no provider's wasm32 libc++ has
exceptions) and libc++'s own aborts into a trap with a note saying why, and
guest/wasmbox_cxx_fstream.cc with the <fstream> overlay in guest/include.
"""

from __future__ import annotations

import dataclasses
import difflib
import hashlib
import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import BuildError
from ..guest import CXX_ABORT_NOTE, CXX_INCLUDE_DIR, CXX_SUPPORT_FILES, CXX_SUPPORT_SOURCES
from ..incremental import (
    Stamp,
    code_digest,
    digests,
    file_digest,
    key_of,
    parse_depfile,
    unchanged,
    write_atomically,
    write_if_changed,
)
from ..process import run_capture
from ..progress import Steps
from . import content_cache, diagnostics, hardening, prefetch, sjlj
from .wasm_info import WasmFormatError, read_wasm_info
from .wasm_objects import defined_functions

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ..toolchain.model import Toolchain

ALLOCATOR_EXPORTS = ("malloc", "free")
DEFAULT_STACK_SIZE = 1 << 20  # 1 MiB of shadow stack; wasm-ld's 64 KiB is too small for real code
# Case matters: x.C is C++, x.c is C (as for gcc and clang).
CXX_SUFFIXES = (".cc", ".cpp", ".cxx", ".C")


@dataclass(frozen=True)
class WasmBuild:
    """What to compile and how: everything that decides the bytes of the module."""

    sources: tuple[Path, ...]
    include_dirs: tuple[Path, ...] = ()
    defines: tuple[tuple[str, str | None], ...] = ()
    extra_cflags: tuple[str, ...] = ()
    extra_ldflags: tuple[str, ...] = ()
    exports: tuple[str, ...] | None = None  # None: every function the library defines
    declared: tuple[str, ...] | None = None  # with exports=None: only these (a header's)
    imports: tuple[str, ...] = ()  # functions Python provides (besides undefined declared ones)
    stack_size: int = DEFAULT_STACK_SIZE
    max_memory: int | None = None
    optimization: str = "-O2"
    # C++ sources only: the standard (-std=), and flags beside extra_cflags, which
    # go to C sources only (as CFLAGS and CXXFLAGS do).
    cxx_std: str | None = None
    extra_cxxflags: tuple[str, ...] = ()
    hardening: tuple[str, ...] = ()  # mechanisms of hardening.py, canonical order

    @property
    def has_cxx(self) -> bool:
        return any(is_cxx(source) for source in self.sources)


def is_cxx(source: Path) -> bool:
    return source.suffix in CXX_SUFFIXES


@dataclass(frozen=True)
class WasmResult:
    wasm: Path
    exports: tuple[str, ...]  # the library's exports (the allocator not included)
    sha256: str
    compiled: tuple[Path, ...] = field(default=())  # sources recompiled this time
    inputs: tuple[Path, ...] = field(default=())  # every source and header it was built from
    from_cache: bool = False  # taken whole from the machine-wide build cache


def source_root(build: WasmBuild) -> Path:
    """The folder the library lives in: the deepest one holding its sources and include
    folders. Paths under it are written relative to it, in the code (__FILE__, so
    assert messages) and in the build cache's keys, so that the same library in another
    folder (pip's and `python -m build`'s copies of a project) builds the same wasm and
    finds it cached."""
    folders = [str(s.parent) for s in build.sources] + [str(d) for d in build.include_dirs]
    return Path(os.path.commonpath(folders)) if folders else Path("/")


def _common_flags(toolchain: Toolchain, build: WasmBuild) -> list[str]:
    # wasm compilers hide every symbol by default; with default visibility the symbol
    # table says which functions the library itself chose to keep internal.
    flags = [*toolchain.cflags, build.optimization, "-fvisibility=default",
             f"-ffile-prefix-map={source_root(build)}=."]
    for directory in build.include_dirs:
        flags.append(f"-I{directory}")
    for name, value in build.defines:
        flags.append(f"-D{name}" if value is None else f"-D{name}={value}")
    flags += sjlj.compile_flags(toolchain)  # after the library's folders: its own headers win
    flags += prefetch.compile_flags()
    flags += hardening.library_cflags(build.hardening)
    return flags


def _cflags(toolchain: Toolchain, build: WasmBuild) -> list[str]:
    return [*_common_flags(toolchain, build), *build.extra_cflags]


def _cxxflags(toolchain: Toolchain, build: WasmBuild) -> list[str]:
    # Exceptions stay on in the language (the compiler's default), so a library that
    # throws compiles; without wasm exception handling its catch blocks never run,
    # and a throw reaches guest/wasmbox_cxx.cc's __cxa_throw, which traps. After the
    # library's own include folders: the <fstream> overlay.
    std = [f"-std={build.cxx_std}"] if build.cxx_std else []
    return [*_common_flags(toolchain, build), f"-I{CXX_INCLUDE_DIR}", *std,
            *build.extra_cxxflags]


def _support_flags(toolchain: Toolchain) -> list[str]:
    """guest/'s sources are ours: the same flags whatever the library asks for."""
    return [*toolchain.cflags, "-O2", f"-I{CXX_INCLUDE_DIR}"]


def _hardening_cflags(toolchain: Toolchain, build: WasmBuild) -> list[str]:
    """Flags for the hardening support file (hardening.py): the library's optimization,
    none of its own flags."""
    return [*toolchain.cflags, build.optimization, *hardening.support_cflags(build.hardening)]


def _object_path(obj_dir: Path, source: Path) -> Path:
    tag = hashlib.sha256(str(source.resolve()).encode()).hexdigest()[:10]
    return obj_dir / f"{source.stem}-{tag}.o"


class _ObjectStamp:
    """Remembers the flags and input digests an object was built from."""

    def __init__(self, obj: Path) -> None:
        self.path = obj.with_suffix(".stamp")

    def is_fresh(self, obj: Path, flags_key: str) -> bool:
        if not obj.is_file() or not self.path.is_file():
            return False
        try:
            recorded = json.loads(self.path.read_text())
            return bool(recorded["flags"] == flags_key and unchanged(recorded["inputs"]))
        except (ValueError, KeyError, TypeError, OSError):
            return False

    def record(self, flags_key: str, inputs: Sequence[Path],
               known: dict[Path, str] | None = None) -> None:
        write_atomically(self.path, json.dumps({"flags": flags_key,
                                                "inputs": digests(inputs, known)}))


def _compile_one(toolchain: Toolchain, source: Path, obj: Path, flags: list[str]) -> bool:
    """Compile `source` unless its object is fresh; return whether it compiled."""
    cxx = is_cxx(source)
    driver = toolchain.cxx_compiler if cxx else toolchain.compiler
    flags_key = key_of(toolchain.identity, cxx, flags)
    stamp = _ObjectStamp(obj)
    if stamp.is_fresh(obj, flags_key):
        return False
    # Digest the source before compiling: an edit made during the compile must leave
    # the object stale, not stamped fresh against text it was not built from.
    source_digest = file_digest(source)
    depfile = obj.with_suffix(".d")
    tmp_obj = obj.with_suffix(".o.tmp")
    argv = [*driver, *flags, "-MD", "-MF", str(depfile), "-c", str(source),
            "-o", str(tmp_obj)]
    result = run_capture(argv, env=toolchain.env, timeout=1800)
    if result.stderr:
        sys.stderr.write(result.stderr)
    if result.returncode != 0:
        tmp_obj.unlink(missing_ok=True)
        raise BuildError(diagnostics.compile_failure(source, result.stderr, toolchain))
    tmp_obj.replace(obj)
    inputs = parse_depfile(depfile.read_text()) if depfile.is_file() else [source]
    stamp.record(flags_key, inputs, {source: source_digest})
    return True


def object_inputs(build: WasmBuild, work_dir: Path) -> list[Path]:
    """Every file the objects of `build` were last compiled from: its sources and the
    headers they included (from the compiler's depfiles), for a build system's depfile."""
    found = dict.fromkeys(build.sources)
    for source in build.sources:
        depfile = _object_path(work_dir / "obj", source).with_suffix(".d")
        if depfile.is_file():
            found.update(dict.fromkeys(p.absolute() for p in parse_depfile(depfile.read_text())))
    return [p for p in found if p.is_file()]


def _resolve_exports(build: WasmBuild, objects: Sequence[Path]) -> tuple[str, ...]:
    """What to export; `objects` are the library's own (not the C++ support)."""
    defined: set[str] = set()
    for obj in objects:
        defined |= defined_functions(obj)
    if build.exports is None:
        candidates = defined if build.declared is None else defined & set(build.declared)
        if build.has_cxx:
            # Only extern "C" functions: C++ names are mangled (Itanium: _Z...).
            candidates = {name for name in candidates if not name.startswith("_Z")}
        exports = sorted(candidates - set(ALLOCATOR_EXPORTS))
        if not exports and build.declared is not None:
            raise BuildError("the library's sources define none of the functions its header "
                             "declares; check header= and sources=[...]")
        if not exports:
            raise BuildError("the library defines no non-static functions to export; "
                             "list them in exports=[...]")
        return tuple(exports)
    for name in build.exports:
        # The allocator is always exported (the host places data with it), whether the
        # library defines it or libc does: listing it is harmless.
        if name not in defined and name not in ALLOCATOR_EXPORTS:
            close = difflib.get_close_matches(name, sorted(defined), n=3, cutoff=0.5)
            hint = f"closest: {', '.join(close)}" if close else "check the spelling and sources"
            raise BuildError(f"export {name!r} is not defined by the library's sources; {hint}")
    return tuple(n for n in dict.fromkeys(build.exports) if n not in ALLOCATOR_EXPORTS)


def allowed_imports(build: WasmBuild) -> tuple[str, ...]:
    """The functions that may be imports: the header's and `imports=[...]`."""
    return tuple(dict.fromkeys([*build.imports, *(build.declared or ())]))


def _import_flags(toolchain: Toolchain, build: WasmBuild, work_dir: Path) -> list[str]:
    allowed = allowed_imports(build)
    if not allowed:
        return []
    if toolchain.is_zig:
        return ["-Wl,--import-symbols"]
    listing = work_dir / "imports.txt"
    write_if_changed(listing, "".join(f"{name}\n" for name in allowed))
    return [f"-Wl,--allow-undefined-file={listing}"]


def _check_linked_imports(wasm: Path, build: WasmBuild, toolchain: Toolchain) -> None:
    """Every function imported from "env" must be one Python may provide (zig imports
    all undefined functions)."""
    try:
        info = read_wasm_info(wasm)
    except WasmFormatError as error:
        raise BuildError(f"the linker wrote a wasm module that cannot be read: {error}") from None
    allowed = set(allowed_imports(build))
    imported = [i.name for i in info.imports if i.module == "env" and i.kind == "func"]
    for name in imported:
        if name not in allowed:
            raise BuildError(diagnostics.link_failure(f"error: undefined symbol: {name}",
                                                      toolchain))


def _ldflags(toolchain: Toolchain, build: WasmBuild, exports: Sequence[str]) -> list[str]:
    flags = [*toolchain.ldflags, build.optimization, "-mexec-model=reactor",
             f"-Wl,-z,stack-size={build.stack_size}",
             # The function table exported and growable: sb.callback() adds slots to it.
             "-Wl,--export-table", "-Wl,--growable-table"]
    if not toolchain.is_zig:
        # Without it a shadow-stack overflow silently overwrites .data; zig is stack-first
        # by default and rejects the flag.
        flags.append("-Wl,--stack-first")
    if build.max_memory is not None:
        flags.append(f"-Wl,--max-memory={build.max_memory}")
    allocator = () if hardening.exports_allocator_itself(build.hardening) else ALLOCATOR_EXPORTS
    for name in (*exports, *allocator):
        flags.append(f"-Wl,--export={name}")
    if build.has_cxx:
        flags.append(f"-Wl,--export={CXX_ABORT_NOTE}")  # read by the runtime after a trap
    flags += hardening.ldflags(build.hardening)
    flags += build.extra_ldflags
    return flags


def _setjmp_runtime(toolchain: Toolchain, objects: Sequence[Path],
                    obj_dir: Path) -> tuple[list[str], bool]:
    """The link arguments that give the objects setjmp/longjmp, if they use it: the
    toolchain's own library, or our runtime compiled like a source (and whether it
    was compiled now)."""
    if not sjlj.needs_runtime(objects):
        return [], False
    library = sjlj.toolchain_library(toolchain)
    if library:
        return list(library), False
    source = sjlj.runtime_source()
    obj = _object_path(obj_dir, source)
    flags = [*toolchain.cflags, "-O2", *sjlj.compile_flags(toolchain)]
    compiled = _compile_one(toolchain, source, obj, flags)
    return [str(obj)], compiled


def _link(toolchain: Toolchain, build: WasmBuild, argv: list[str],
          ) -> subprocess.CompletedProcess[str]:
    wraps = hardening.ldflags(build.hardening)
    if not (toolchain.is_zig and wraps):
        return run_capture(argv, env=toolchain.env, timeout=1800)
    # zig cc drops -Wl,--wrap: take the wasm-ld command it runs and run it again with
    # zig's own wasm-ld and the wraps (zig.linker_line).
    from ..toolchain import zig  # imported when used: options.py imports this module

    printed = run_capture([*argv, "-v"], env=toolchain.env, timeout=1800)
    line = zig.linker_line(printed.stderr)
    if line is None:
        return printed
    if any(" " in str(part) for part in (*build.sources, argv[-1])):
        raise BuildError("hardening=['heap'] with zig needs a build folder and sources "
                         "without spaces in their paths (zig prints its link unquoted); "
                         "move them, or use toolchain='system'")
    wasm_ld_wraps = [flag.removeprefix("-Wl,") for flag in wraps]
    return run_capture([*zig.wasm_ld(toolchain), *line, *wasm_ld_wraps], env=toolchain.env,
                       timeout=1800)


def _compile_hardening(toolchain: Toolchain, build: WasmBuild, obj_dir: Path,
                     ) -> tuple[list[Path], bool]:
    """The hardening support object if the build is hardened (else none), and whether
    it was compiled this time."""
    if not build.hardening:
        return [], False
    source = hardening.support_source()
    obj = _object_path(obj_dir, source)
    try:
        compiled = _compile_one(toolchain, source, obj, _hardening_cflags(toolchain, build))
    except BuildError as error:
        raise BuildError(diagnostics.hardening_unsupported(str(error), toolchain,
                                                           build.hardening)) from None
    return [obj], compiled


def build_wasm(toolchain: Toolchain, build: WasmBuild, out: Path, work_dir: Path,
               jobs: int | None = None) -> WasmResult:
    """Compile and link `build` into the reactor module `out` (written atomically).

    `build` comes from checked options (options.py): nothing is checked again here."""
    root = source_root(build)
    sandbox = str(hardening.support_dir())

    def portable(text: str) -> str:
        return text.replace(str(root), "<root>").replace(sandbox, "<wasmbox>")

    support: list[str] = []
    if build.has_cxx:
        from ..toolchain.probe import verify_cxx  # see zig's import above

        verify_cxx(toolchain)  # no libc++ here: one line naming the fix, before any compile
        support = [file_digest(path) for path in CXX_SUPPORT_FILES]
    if build.hardening:
        support += [f"hardening {hardening.RECIPE}",
                    *(file_digest(f) for f in hardening.support_files())]
    cache_key = key_of(
        # This module's own source stands for what every link gives a module (_ldflags).
        "wasm", code_digest(__file__), toolchain.identity,
        [portable(f) for f in _cflags(toolchain, build)],
        portable(repr(build)), [(portable(str(s)), file_digest(s)) for s in build.sources],
        support, file_digest(sjlj.runtime_source()))
    cached = content_cache.load_wasm(cache_key, out, root)
    if cached is not None:
        exports = tuple(str(name) for name in cached["exports"])  # type: ignore[attr-defined]
        inputs = tuple(Path(str(p)) for p in cached["inputs"])  # type: ignore[attr-defined]
        return WasmResult(out, exports, file_digest(out), (), inputs, from_cache=True)
    result = _build_wasm(toolchain, build, out, work_dir, jobs)
    inputs = tuple(object_inputs(build, work_dir))
    content_cache.store_wasm(cache_key, out, inputs, {"exports": list(result.exports)}, root)
    return dataclasses.replace(result, inputs=inputs)


def _build_wasm(toolchain: Toolchain, build: WasmBuild, out: Path, work_dir: Path,
                jobs: int | None) -> WasmResult:
    obj_dir = work_dir / "obj"
    obj_dir.mkdir(parents=True, exist_ok=True)
    for leftover in obj_dir.glob("*.tmp*"):  # a killed compile's half-written output
        leftover.unlink(missing_ok=True)
    cflags, cxxflags = _cflags(toolchain, build), _cxxflags(toolchain, build)
    objects = [_object_path(obj_dir, s) for s in build.sources]
    jobs_list = [(s, o, cxxflags if is_cxx(s) else cflags)
                 for s, o in zip(build.sources, objects, strict=True)]
    support: list[Path] = []
    if build.has_cxx:
        for source in CXX_SUPPORT_SOURCES:
            support.append(obj_dir / f"wasmbox-support-{source.stem}.o")
            jobs_list.append((source, support[-1], _support_flags(toolchain)))
    workers = max(1, min(jobs or os.cpu_count() or 1, len(jobs_list)))
    with Steps("wasm compile", len(jobs_list)) as steps:

        def one(job: tuple[Path, Path, list[str]]) -> bool:
            source, obj, flags = job
            compiled = _compile_one(toolchain, source, obj, flags)
            steps.done(source.name if compiled else f"{source.name} (up to date)")
            return compiled

        with ThreadPoolExecutor(max_workers=workers) as pool:
            compiled_flags = list(pool.map(one, jobs_list))
    exports = _resolve_exports(build, objects)
    setjmp_args, setjmp_compiled = _setjmp_runtime(toolchain, objects, obj_dir)
    hardening_objects, hardening_compiled = _compile_hardening(toolchain, build, obj_dir)
    # clang++ (zig c++) as the link driver adds libc++ and libc++abi. The hardening
    # object goes first: wasm-ld takes archive members lazily whatever their place, so
    # a libc whose member also defines __stack_chk_guard (zig's, wasi-sdk's: with a
    # constructor of its own that asks WASI for randomness) is never pulled in once our
    # definitions are seen first.
    driver = toolchain.cxx_compiler if build.has_cxx else toolchain.compiler
    link_argv = [*driver, *_ldflags(toolchain, build, exports),
                 *_import_flags(toolchain, build, work_dir),
                 *map(str, [*hardening_objects, *objects, *support]), *setjmp_args, "-o"]
    link_key = key_of([link_argv, allowed_imports(build)])
    link_stamp = Stamp(out.with_name(out.name + ".link"))
    if (not any(compiled_flags) and not setjmp_compiled and not hardening_compiled
            and out.is_file()
            and link_stamp.matches(link_key)):
        return WasmResult(out, exports, file_digest(out), ())
    tmp = out.with_name(out.name + ".tmp")
    out.parent.mkdir(parents=True, exist_ok=True)
    result = _link(toolchain, build, [*link_argv, str(tmp)])
    if result.stderr:
        sys.stderr.write(result.stderr)
    if result.returncode != 0:
        tmp.unlink(missing_ok=True)
        raise BuildError(diagnostics.link_failure(result.stderr, toolchain))
    try:
        _check_linked_imports(tmp, build, toolchain)
    except BuildError:
        tmp.unlink(missing_ok=True)
        raise
    tmp.replace(out)
    link_stamp.record(link_key)
    compiled = tuple(s for s, did in zip(build.sources, compiled_flags[:len(build.sources)],
                                         strict=True) if did)
    return WasmResult(out, exports, file_digest(out), compiled)
