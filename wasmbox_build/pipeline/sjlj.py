"""setjmp/longjmp inside the sandbox, with every toolchain and no flag from the user.

LLVM lowers setjmp/longjmp onto wasm exception handling (`-mllvm -wasm-enable-sjlj`):
a function that calls setjmp gets a try/catch of the `__c_longjmp` tag, a longjmp
throws it, and wasm2c turns both into C. What each toolchain lacks is supplied here:

- a `setjmp.h` that maps `_setjmp`, `sigsetjmp` and their longjmps onto the two
  names LLVM lowers (and declares everything where the libc has no setjmp.h:
  Debian's wasi-libc) — `guest/setjmp/include`, searched after the library's own
  include folders;
- the functions the lowering calls (`__wasm_setjmp`, `__wasm_setjmp_test`,
  `__wasm_longjmp`) and, for LLVM 22, the tag: wasi-sdk (27 and later) ships them
  as `libsetjmp`; zig's libc has them only when linked with exception handling
  (which rebuilds its libc) and even then lacks the tag; Debian's wasi-libc has
  none. Every other toolchain links `guest/setjmp/setjmp_runtime.c`.

The lowering is on for every translation unit. It costs nothing where it is not
used: zlib 1.3.1's eleven objects compile to byte-identical code with and without
it, with zig (clang 22) and Debian's clang 19 alike (only the `target_features`
section differs), so finding the units that need it would only add compiles. The
runtime is linked only into a module whose objects refer to it, so a module
without setjmp has no exception tag and keeps the cheaper call boundary.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..guest import SETJMP_DIR
from .guest_files import staged
from .wasm_info import read_wasm_info

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ..toolchain.model import Toolchain

# What code compiled with the lowering imports when it uses setjmp or longjmp.
RUNTIME_SYMBOLS = frozenset({"__wasm_setjmp", "__wasm_setjmp_test", "__wasm_longjmp",
                             "__c_longjmp"})


def _support_dir() -> Path:
    """guest/setjmp/, at a stable path in the wasmbox cache (guest_files.py)."""
    return staged(SETJMP_DIR, "guest-setjmp")


def include_dir() -> Path:
    return _support_dir() / "include"


def runtime_source() -> Path:
    """The C of the functions (and tag) the lowering calls, for toolchains without them."""
    return _support_dir() / "setjmp_runtime.c"


def compile_flags(toolchain: Toolchain) -> list[str]:
    """Flags for every wasm compile (and header parse): the lowering and our setjmp.h."""
    flags = ["-mllvm", "-wasm-enable-sjlj", f"-I{include_dir()}"]
    if toolchain.is_zig:
        # clang's driver turns the exception-handling feature on for -wasm-enable-sjlj;
        # zig cc sets the target features itself and needs it asked for.
        flags.insert(0, "-mexception-handling")
    return flags


def toolchain_library(toolchain: Toolchain) -> tuple[str, ...]:
    """Link flags of the toolchain's own setjmp runtime, or () if it has none."""
    if toolchain.provider != "wasi-sdk" or toolchain.sysroot is None:
        return ()
    library = toolchain.sysroot / "lib" / toolchain.target / "libsetjmp.a"
    return ("-lsetjmp",) if library.is_file() else ()


def needs_runtime(objects: Iterable[Path]) -> bool:
    """Whether any of these wasm objects calls setjmp or longjmp (as lowered)."""
    return any(imp.module == "env" and imp.name in RUNTIME_SYMBOLS
               for obj in objects for imp in read_wasm_info(obj).imports)
