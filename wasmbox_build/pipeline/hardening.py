"""hardening=[...]: checks compiled into the sandboxed library itself.

The sandbox confines the library to its linear memory; it does not see a bug that
stays inside it (a stack buffer overrun into the caller's frame, a heap block overrun
into its neighbour, a double free). Each mechanism here makes one kind of such bug
trap instead, as `M.CorruptionDetected`:

- "stack":   -fstack-protector-strong; the guard is the host's random value, per sandbox;
- "bounds":  -fsanitize=bounds, UBSan without a runtime: array indexes out of range
             (array subscripts: CorruptionDetected; other accesses through a pointer to
             an object of known size, which clang can only trap on: Unreachable);
- "fortify": checked memcpy/memmove/memset/strcpy/strcat/... (_FORTIFY_SOURCE, which
             wasi-libc does not have, through a force-included header);
- "heap":    a checking layer over the libc allocator (-Wl,--wrap=malloc, ...): keyed
             guard words around each block, double and invalid free, writes after free.

The run-time half (the guard, the handlers, the checked copies, the allocator layer)
is wasm C compiled into the module from wasmbox_build/guest/hardening/; it reports to the host
through the `wasmbox` import module (runtime/wasmbox_wasi.c).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .._resources import resource_dir

if TYPE_CHECKING:
    from pathlib import Path


@dataclass(frozen=True)
class Mechanism:
    name: str
    summary: str
    cflags: tuple[str, ...] = ()  # for the library's sources


# The allocator functions the heap layer wraps (all of them, so that no block from the
# real allocator is ever freed through the checking one, or the reverse).
HEAP_FUNCTIONS = ("malloc", "free", "calloc", "realloc", "reallocarray", "aligned_alloc",
                  "memalign", "posix_memalign", "valloc", "malloc_usable_size")

MECHANISMS: tuple[Mechanism, ...] = (
    Mechanism("stack", "stack protector with a per-sandbox random guard",
              ("-fstack-protector-strong",)),
    Mechanism("bounds", "array indexes out of range (-fsanitize=bounds, no runtime)",
              ("-fsanitize=bounds", "-fsanitize-minimal-runtime",
               "-fno-sanitize-recover=all")),
    Mechanism("fortify", "checked memcpy, memset, strcpy, strcat, ... (_FORTIFY_SOURCE)"),
    Mechanism("heap", "guard words around heap blocks; double, invalid free; use after free"),
)
NAMES = tuple(m.name for m in MECHANISMS)
ALL = "all"
# Part of a hardened wasm's cache key with the support files' digests: raise it when
# the way they are compiled or linked in changes.
RECIPE = 2


def normalize(names: tuple[str, ...]) -> tuple[str, ...] | str:
    """The mechanisms named (ALL: every one), in the canonical order; or the first
    unknown name, as a str."""
    for name in names:
        if name != ALL and name not in NAMES:
            return name
    wanted = set(NAMES) if ALL in names else set(names)
    return tuple(n for n in NAMES if n in wanted)


def support_dir() -> Path:
    return resource_dir("guest") / "hardening"


def support_source() -> Path:
    return support_dir() / "wasmbox_hardening.c"


def fortify_header() -> Path:
    return support_dir() / "wasmbox_fortify.h"


def support_files() -> tuple[Path, ...]:
    """What the hardened build is made from besides the library: in its cache key."""
    return (support_source(), fortify_header())


def library_cflags(hardening: tuple[str, ...]) -> list[str]:
    flags = [f for m in MECHANISMS if m.name in hardening for f in m.cflags]
    if "fortify" in hardening:
        flags += ["-include", str(fortify_header())]
    return flags


def support_cflags(hardening: tuple[str, ...]) -> list[str]:
    """The support file is built with none of the library's hardening flags (a stack
    protector there would check the guard while setting it); macros pick its parts."""
    return ["-fno-stack-protector", "-fno-sanitize=all",
            *(f"-DWASMBOX_HARDEN_{name.upper()}=1" for name in hardening)]


def ldflags(hardening: tuple[str, ...]) -> list[str]:
    if "heap" not in hardening:
        return []
    return [f"-Wl,--wrap={name}" for name in HEAP_FUNCTIONS]


def exports_allocator_itself(hardening: tuple[str, ...]) -> bool:
    """With the heap layer the module's malloc/free exports are its wrappers (marked
    export_name in the support file), not libc's: the host must use the same ones."""
    return "heap" in hardening
