"""A build cache shared by every build on the machine: the wasm and the wasm2c output.

Entries live under <WASMBOX_CACHE_DIR>/build-cache and are written beside their
final place and renamed in, so concurrent builds never read a partial entry and a
killed build leaves nothing that a later one would trust.

- A wasm is found by a key over the toolchain's identity, the flags and the
  library's sources, with paths relative to the library's folder; the entry's
  manifest lists every input the compiler read (headers included, from its
  depfiles) with a digest, those in the library's folder relative to it, and is used
  only if all of them still match. So the same library in another folder (pip's and
  `python -m build`'s copies of a project) finds its wasm.
- wasm2c output is found by the wasm's sha256, wasm2c's version and the split.
"""

from __future__ import annotations

import contextlib
import json
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path

from .. import settings
from ..incremental import digest, digests, unchanged, write_atomically


def _root(kind: str) -> Path:
    return settings.cache_dir() / "build-cache" / kind


def entry_counts() -> tuple[int, int]:
    """How many wasm modules and wasm2c outputs the cache holds (complete ones only)."""
    wasm_root, wasm2c_root = _root("wasm"), _root("wasm2c")
    wasm = sum(1 for p in wasm_root.glob("*.wasm") if not p.name.startswith(".")) \
        if wasm_root.is_dir() else 0
    wasm2c = sum(1 for p in wasm2c_root.iterdir() if (p / ".complete").is_file()) \
        if wasm2c_root.is_dir() else 0
    return wasm, wasm2c


_IN_ROOT = "<root>/"


def _relative(path: Path, root: Path) -> str:
    return _IN_ROOT + path.relative_to(root).as_posix() if path.is_relative_to(root) \
        else str(path)


def _absolute(name: str, root: Path) -> str:
    return str(root / name[len(_IN_ROOT):]) if name.startswith(_IN_ROOT) else name


def load_wasm(key: str, out: Path, root: Path) -> dict[str, object] | None:
    """Copy the cached wasm for `key` to `out` if every input it was built from is
    unchanged (inputs under `root`, the library's folder, are looked for under this
    `root`); return the entry's metadata (with "inputs"), or None on a miss."""
    manifest_path = _root("wasm") / f"{key}.json"
    try:
        manifest = json.loads(manifest_path.read_text())
        inputs = {_absolute(name, root): d for name, d in manifest["inputs"].items()}
        blob = _root("wasm") / f"{manifest['wasm_sha256']}.wasm"
        if not unchanged(inputs):
            return None
        data = blob.read_bytes()
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if digest(data) != manifest["wasm_sha256"]:
        return None  # a damaged entry is a miss, never a result
    # An up-to-date file keeps its timestamp, so that build systems see nothing new.
    if not (out.is_file() and out.read_bytes() == data):
        write_atomically(out, data)
    meta: dict[str, object] = {**manifest["meta"], "inputs": sorted(inputs)}
    return meta


def store_wasm(key: str, wasm: Path, inputs: Iterable[Path], meta: dict[str, object],
               root: Path) -> None:
    data = wasm.read_bytes()
    sha = digest(data)
    write_atomically(_root("wasm") / f"{sha}.wasm", data)
    recorded = {_relative(Path(p), root): d for p, d in digests(inputs).items()}
    manifest = {"inputs": recorded, "wasm_sha256": sha, "meta": meta}
    write_atomically(_root("wasm") / f"{key}.json", json.dumps(manifest).encode())


def load_folder(kind: str, key: str, dest: Path) -> bool:
    """Copy the cached folder `kind/key` into the empty folder `dest`; False on a miss."""
    entry = _root(kind) / key
    if not (entry / ".complete").is_file():
        return False
    for item in entry.iterdir():
        if item.name != ".complete":
            # A fresh mtime (not copy2's): a file that changes now must look newer than
            # the objects built from its previous content, or make/ninja skip it.
            shutil.copyfile(item, dest / item.name)
    return True


def store_folder(kind: str, key: str, source: Path) -> None:
    """Publish a copy of `source` as `kind/key`; the first complete writer wins."""
    final = _root(kind) / key
    if (final / ".complete").is_file():
        return
    final.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{key}.", dir=final.parent))
    try:
        for item in source.iterdir():
            shutil.copy2(item, staging / item.name)
        (staging / ".complete").write_text("")
        shutil.rmtree(final, ignore_errors=True)  # an incomplete leftover, never trusted
        with contextlib.suppress(OSError):  # another build published it first
            staging.rename(final)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
