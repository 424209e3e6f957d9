"""Put a toolchain into the cache atomically: a lock per entry, a temporary folder, a rename.

Each cache entry (a wasi-sdk release, a zig wheel) is built in a `.tmp-<name>-*` folder
beside its final place, marked complete, and renamed into place. The lock serialises
installs of one entry across processes: the first installs, the others wait and reuse
its result. A killed process leaves only `.tmp-*` folders (or an unmarked final folder),
which the next install removes while holding the lock, so nothing half-written is trusted.
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from filelock import FileLock

if TYPE_CHECKING:
    from collections.abc import Iterator

COMPLETE_MARKER = ".wasmbox-complete"


def is_marked(final: Path) -> bool:
    return (final / COMPLETE_MARKER).is_file()


def lock_for(final: Path) -> FileLock:
    """The lock guarding `final`: a sibling `<name>.lock`, which `cache clean` also takes."""
    final.parent.mkdir(parents=True, exist_ok=True)
    return FileLock(str(final.parent / f"{final.name}.lock"))


def remove_leftovers(final: Path) -> None:
    """Delete what a killed install of `final` left. Call it holding `lock_for(final)`,
    so that no leftover belongs to a live install."""
    for leftover in final.parent.glob(f".tmp-{final.name}-*"):
        shutil.rmtree(leftover, ignore_errors=True)
    if final.exists() and not is_marked(final):
        shutil.rmtree(final, ignore_errors=True)


@contextlib.contextmanager
def staging_folder(final: Path) -> Iterator[Path]:
    """A fresh temporary folder beside `final`, removed on exit whatever happens."""
    tmp = Path(tempfile.mkdtemp(prefix=f".tmp-{final.name}-", dir=final.parent))
    try:
        yield tmp
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def publish(tree: Path, final: Path) -> Path:
    """Mark `tree` complete and rename it to `final` (same file system: atomic)."""
    (tree / COMPLETE_MARKER).write_text("complete\n")
    tree.rename(final)
    return final
