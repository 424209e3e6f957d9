"""Guest support files (wasmbox_build/guest/) at a stable path in the wasmbox cache.

The compiler sees them there, not inside the installed package: every isolated pip
build installs wasmbox-build somewhere new, and their path is part of the flags that
key the build cache (and of the depfiles whose headers it checks). Each folder is
copied under a digest of its files, so a release that changes them gets a new one.
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from pathlib import Path

from .. import settings
from ..errors import BuildError
from ..incremental import digest


def staged(shipped: Path, name: str) -> Path:
    """`shipped` (a folder of guest/) copied to `<cache>/<name>/<digest of its files>`."""
    files = sorted(p for p in shipped.rglob("*") if p.is_file() and p.suffix in (".c", ".h"))
    if not files:  # never stage an empty folder: the compile would fail far from here
        raise BuildError(f"wasmbox-build's guest files are missing from {shipped}; "
                         f"reinstall wasmbox-build (pip install --force-reinstall "
                         f"wasmbox-build)")
    tag = digest("".join(f"{p.relative_to(shipped).as_posix()}\0{digest(p.read_bytes())}\0"
                         for p in files).encode())[:16]
    target = settings.cache_dir() / name / tag
    if target.is_dir():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{tag}.", dir=target.parent))
    try:
        for path in files:
            (tmp / path.relative_to(shipped)).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, tmp / path.relative_to(shipped))
        with contextlib.suppress(OSError):  # another build staged it first: the same files
            tmp.rename(target)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return target
