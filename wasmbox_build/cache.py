"""The cache folder: what is in it, how big it is, and emptying it safely."""

from __future__ import annotations

import contextlib
import os
import shutil
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
    """Remove everything in the cache; return the bytes freed.

    Held under the same lock as toolchain installs, so a concurrent build does not
    see a half-deleted toolchain.
    """
    root = settings.cache_dir()
    if not root.is_dir():
        return 0
    freed = 0
    with FileLock(str(root / "clean.lock")):
        for child in root.iterdir():
            if child.name == "clean.lock":
                continue
            if child.is_dir() and not child.is_symlink():
                freed += _tree_size(child)
                shutil.rmtree(child, ignore_errors=True)
            else:
                freed += child.lstat().st_size
                child.unlink(missing_ok=True)
    return freed


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("B", "KiB", "MiB", "GiB"):
        if value < 1024 or unit == "GiB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{value:.1f} GiB"
