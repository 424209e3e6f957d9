"""Helpers of the callback tests: the modules they build from lib/cbtest.c.

  _cb_bounds   header="cbtest.h": typed imports and function-pointer parameters
  _cb_guard    the same with memory_check="guard"
  _cb_raw      no header: its imports named by imports=[...], typed by the wasm only
  _cb_keep     like _cb_bounds, with the exports that take callbacks (and add) keeping
               the GIL (keep_gil) and the others releasing it: calls of both kinds nest
"""

from __future__ import annotations

import struct
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any

from projects import TESTS, build_inplace, import_built, write_project

if TYPE_CHECKING:
    from pathlib import Path
    from types import ModuleType

LIB = TESTS / "callbacks" / "lib"
SOURCES = {"cbtest.c": (LIB / "cbtest.c").read_text(), "cbtest.h": (LIB / "cbtest.h").read_text()}
IMPORTS = ["host_add", "host_log", "host_scale", "host_wide"]
MODULES: dict[str, dict[str, object]] = {
    "_cb_bounds": {"header": "cbtest.h"},
    "_cb_guard": {"header": "cbtest.h", "memory_check": "guard"},
    "_cb_raw": {"imports": IMPORTS},
    "_cb_keep": {"header": "cbtest.h",
                 "keep_gil": ["add", "apply", "loop", "recurse", "sum_steps", "count_until_zero",
                              "sort_ints", "call_host_add"]},
}


def build_modules(root: Path) -> dict[str, ModuleType]:
    folders = {name: write_project(root / name, name, SOURCES, **options)
               for name, options in MODULES.items()}
    with ThreadPoolExecutor(max_workers=2) as pool:
        list(pool.map(build_inplace, folders.values()))
    return {name: import_built(folder, name) for name, folder in folders.items()}


def read_int(sb: Any, address: int) -> int:
    value: int = struct.unpack("<i", sb.read(address, 4))[0]
    return value


def comparator(sb: Any) -> Any:
    """qsort's comparator over ints in sb, in Python."""
    def compare(a: int, b: int) -> int:
        x, y = read_int(sb, a), read_int(sb, b)
        return (x > y) - (x < y)
    return compare
