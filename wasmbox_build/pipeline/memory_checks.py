"""The two ways sandboxed memory accesses are checked, and what each one needs.

- "bounds": every load and store compares its address with the memory's size. No
  signal handler is involved in memory checks; a sandbox reserves only its maximum
  memory of address space.
- "guard": accesses are not checked in code; each sandbox reserves 8 GiB, so that any
  32-bit address plus a 32-bit offset lands inside the reservation, and an access
  outside linear memory faults in an unmapped page, which the runtime's fault handler
  turns into a trap (runtime/wasmbox_faults.c).
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass


@dataclass(frozen=True)
class MemoryCheck:
    name: str
    # Macros for every C file of a module (wasm2c's output and runtime must agree).
    defines: tuple[tuple[str, str], ...]
    # Address space one instance's memory reserves; None: the memory's maximum size.
    reservation: int | None

    def unsupported_here(self) -> str | None:
        """Why this host cannot use the mode, or None."""
        if self.name == "guard" and not (os.name == "posix" and sys.maxsize > 2**32):
            return ("needs a 64-bit POSIX host (signals, 8 GiB of address space per "
                    "sandbox); use memory_check='bounds'")
        return None


MEMORY_CHECKS: dict[str, MemoryCheck] = {
    "bounds": MemoryCheck(
        "bounds",
        defines=(
            ("WASM_RT_MEMCHECK_BOUNDS_CHECK", "1"),
            # Reserve the whole memory once and grow it in place: it never moves, so
            # memoryviews stay valid, and wasm2c caches its base in locals.
            ("WASM_RT_USE_MMAP", "1"),
        ),
        reservation=None,
    ),
    "guard": MemoryCheck(
        "guard",
        defines=(
            ("WASM_RT_MEMCHECK_GUARD_PAGES", "1"),
            ("WASM_RT_USE_MMAP", "1"),
            # wasm2c's own SIGSEGV handler takes every segfault in the process for a
            # trap; the runtime installs a careful one instead.
            ("WASM_RT_SKIP_SIGNAL_RECOVERY", "1"),
        ),
        reservation=8 << 30,
    ),
}
DEFAULT_MEMORY_CHECK = "bounds"
