"""Prefetch hints of the sandboxed library reach the host CPU.

clang drops `__builtin_prefetch` for wasm32 (wasm has no prefetch instruction), so
code that prefetches to hide cache misses stalls on each of them in the sandbox: zstd
level 9 compressed at 1.9x native time, 1.2x with its prefetches back. Every library
compile force-includes guest/prefetch/wasmbox_prefetch.h, which makes the builtin a
call to the import `wasmbox.prefetch`; wasm2c_fixes.py turns those calls into the
host's prefetch, inline and bounds-checked. A library that never prefetches imports
nothing.
"""

from __future__ import annotations

from ..guest import PREFETCH_DIR
from .guest_files import staged

IMPORT = "prefetch"  # of the "wasmbox" import module


def compile_flags() -> list[str]:
    """For every C and C++ compile of a library."""
    return ["-include", str(staged(PREFETCH_DIR, "guest-prefetch") / "wasmbox_prefetch.h")]
