"""Step 2: wasm → C with wasm2c, split into parts so a large library compiles in parallel.

The output folder is rewritten only when the result would differ, and a file whose
content is unchanged keeps its timestamp, so a no-change rebuild compiles nothing.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import BuildError
from ..incremental import Stamp, code_digest, file_digest, key_of
from ..process import run_capture
from ..progress import say
from . import content_cache, wasm2c_fixes

if TYPE_CHECKING:
    from ..toolchain.model import Wasm2C

# wasm2c emits roughly 12 bytes of C per byte of wasm; 64 KiB of wasm (~0.8 MB of C)
# takes gcc about 2 s at -O2, a part size that keeps two cores busy without much overhead.
_WASM_BYTES_PER_PART = 64 * 1024
_MAX_PARTS = 8


def module_name(extension_name: str) -> str:
    """A wasm2c module name for an extension: letters and digits only.

    wasm2c doubles underscores when it mangles module names, so keeping them out
    makes the generated identifiers (w2c_NAME_...) predictable.
    """
    short = extension_name.rsplit(".", 1)[-1]
    name = re.sub(r"[^A-Za-z0-9]", "", short) or "lib"
    return name if not name[0].isdigit() else f"m{name}"


def part_count(wasm: Path) -> int:
    size = wasm.stat().st_size
    return max(1, min(_MAX_PARTS, -(-size // _WASM_BYTES_PER_PART)))


def _sync_folder(fresh: Path, out_dir: Path) -> None:
    """Make out_dir hold exactly fresh's files, touching only files that changed."""
    out_dir.mkdir(parents=True, exist_ok=True)
    wanted = {p.name for p in fresh.iterdir()}
    for stale in out_dir.iterdir():
        if stale.name not in wanted and stale.is_file():
            stale.unlink()
    for new in fresh.iterdir():
        old = out_dir / new.name
        if old.is_file() and old.read_bytes() == new.read_bytes():
            continue
        shutil.move(str(new), str(old))


def output_sources(out_dir: Path, name: str, parts: int) -> list[Path]:
    """The C files wasm2c writes for `parts` parts (known before it runs, for CMake)."""
    if parts == 1:
        return [out_dir / f"{name}.c"]
    return [out_dir / f"{name}_{i}.c" for i in range(parts)]


def output_headers(out_dir: Path, name: str, parts: int) -> list[Path]:
    """The headers wasm2c writes beside the C files."""
    return [out_dir / f"{name}.h", *([out_dir / f"{name}-impl.h"] if parts > 1 else [])]


def _run_wasm2c(wasm2c: Wasm2C, wasm: Path, name: str, out_dir: Path, parts: int) -> None:
    argv = [str(wasm2c.executable), "-n", name, str(wasm), "-o", str(out_dir / f"{name}.c")]
    if parts > 1:
        argv.insert(1, f"--num-outputs={parts}")
    result = run_capture(argv, timeout=1800)
    if result.returncode != 0:
        raise BuildError(f"wasm2c failed on {wasm.name}: "
                         f"{(result.stderr or result.stdout).strip().splitlines()[0]}")
    wasm2c_fixes.apply(out_dir, name)


def translate(wasm2c: Wasm2C, wasm: Path, name: str, out_dir: Path,
              parts: int | None = None) -> list[Path]:
    """Run wasm2c on `wasm`; return the C files to compile (the header sits beside them).

    `parts` fixes the split (CMake must know its outputs before the wasm exists);
    by default it follows the wasm's size.
    """
    if parts is None:
        parts = part_count(wasm)
    elif not 1 <= parts <= 64:
        raise BuildError(f"wasm2c parts={parts}; use a number from 1 to 64")
    # wasm2c by its version, not its path: the same release in another build environment
    # agrees. The fixes by their own source: an edit to them (a developer's, or a new
    # release's) is never served output that the old ones patched.
    fixes = code_digest(wasm2c_fixes.__file__)
    key = key_of(file_digest(wasm), wasm2c.version, name, parts, fixes)
    stamp = Stamp(out_dir / ".wasm2c-stamp")
    sources = output_sources(out_dir, name, parts)
    if stamp.matches(key) and all(s.is_file() for s in sources):
        return sources
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".wasm2c-", dir=out_dir.parent) as tmp:
        fresh = Path(tmp)
        cache_key = key_of("wasm2c", key)
        if not content_cache.load_folder("wasm2c", cache_key, fresh):
            say(f"wasm2c: {wasm.name} -> {parts} C file{'s' if parts > 1 else ''}")
            _run_wasm2c(wasm2c, wasm, name, fresh, parts)
            content_cache.store_folder("wasm2c", cache_key, fresh)
        stamp.clear()
        _sync_folder(fresh, out_dir)
    stamp.record(key)
    missing = [s for s in sources if not s.is_file()]
    if missing:
        raise BuildError(f"wasm2c did not write {missing[0].name}; the wabt install is broken")
    return sources
