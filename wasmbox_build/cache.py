"""The cache folder: what is in it, how big it is, and emptying it safely."""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path

from filelock import FileLock

from . import settings


@dataclass(frozen=True)
class CacheEntry:
    name: str
    size: int


def _tree_size(path: Path) -> int:
    total = 0
    for folder, _, files in os.walk(path):
        for name in files:
            with contextlib.suppress(OSError):
                total += (Path(folder) / name).lstat().st_size
    return total


def entries() -> list[CacheEntry]:
    root = settings.cache_dir()
    if not root.is_dir():
        return []
    return [CacheEntry(child.name, _tree_size(child) if child.is_dir() else child.stat().st_size)
            for child in sorted(root.iterdir()) if not child.name.endswith(".lock")]


def clean() -> int:
    """Remove everything in the cache but its lock files; return the bytes freed.

    Holds every toolchain install lock while deleting, so a concurrent build either
    finishes its install first or starts after the cache is empty — it never sees a
    half-deleted toolchain.
    """
    root = settings.cache_dir()
    if not root.is_dir():
        return 0
    freed = 0
    with contextlib.ExitStack() as held:
        for lock in sorted(root.glob("*/*.lock")):
            held.enter_context(FileLock(str(lock)))
        # Bottom-up and without following links: a linked folder is removed as a link.
        for folder, dirs, files in os.walk(root, topdown=False):
            here = Path(folder)
            for name in files + [d for d in dirs if (here / d).is_symlink()]:
                path = here / name
                if path.suffix != ".lock":
                    freed += path.lstat().st_size
                    path.unlink(missing_ok=True)
            if here != root and not any(here.iterdir()):
                here.rmdir()
    return freed


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("B", "KiB", "MiB", "GiB"):
        if value < 1024 or unit == "GiB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{value:.1f} GiB"
