"""Incremental builds, one way for every step: content digests, atomic writes,
write-if-changed, and stamps that remember what an output was made from.

Outputs are written beside their final place and renamed in, so a killed build never
leaves a half-written file that a later build could take for a finished one; a file
whose content would not change keeps its timestamp, so build systems (setuptools,
Make, Ninja) see nothing new and recompile nothing.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def file_digest(path: Path) -> str:
    return digest(path.read_bytes())


@functools.cache
def code_digest(module_file: str) -> str:
    """The digest of a module's own source (pass its `__file__`): part of the key of what
    that code makes and caches, so changed code (an edit, a new release) is never served
    what the old code made. No version to remember to bump."""
    return file_digest(Path(module_file))


def key_of(*parts: object) -> str:
    """A digest of JSON-able parts (anything else by its str())."""
    return digest(json.dumps(parts, sort_keys=True, default=str).encode())


def write_atomically(path: Path, data: bytes | str) -> None:
    """Write `path` whole or not at all (a uniquely named temporary file renamed in)."""
    blob = data.encode("utf-8") if isinstance(data, str) else data
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(blob)
        Path(tmp).replace(path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_if_changed(path: Path, data: bytes | str) -> bool:
    """Write `path` atomically unless it already holds `data`; True if it was written."""
    blob = data.encode("utf-8") if isinstance(data, str) else data
    try:
        if path.read_bytes() == blob:
            return False
    except OSError:
        pass
    write_atomically(path, blob)
    return True


def digests(paths: Iterable[Path], known: Mapping[Path, str] | None = None) -> dict[str, str]:
    """path → sha256 of each existing file (`known` digests are taken as they are)."""
    known = known or {}
    return {str(p): known.get(p) or file_digest(p) for p in paths if p.is_file()}


def unchanged(recorded: Mapping[str, str]) -> bool:
    """Whether every file of a `digests()` result still has the digest it had."""
    return all(Path(p).is_file() and file_digest(Path(p)) == d for p, d in recorded.items())


def parse_depfile(text: str) -> list[Path]:
    """The files a Make-syntax depfile lists (its target left out), in order."""
    body = text.replace("\\\n", " ")
    _, _, deps = body.partition(": ")
    paths: list[Path] = []
    token = ""
    for part in deps.split(" "):
        if part.endswith("\\") and not part.endswith("\\\\"):
            token += part[:-1] + " "  # an escaped space inside a path
            continue
        token += part
        if token.strip():
            paths.append(Path(token.strip()))
        token = ""
    return paths


def write_depfile(path: Path, target: str, inputs: Iterable[Path]) -> None:
    """A Make-syntax depfile: `target` depends on `inputs` (spaces escaped)."""
    listed = " ".join(str(p).replace(" ", "\\ ") for p in inputs)
    write_atomically(path, f"{target}: {listed}\n")


class Stamp:
    """A file beside an output that holds the key (a digest of its inputs) the output
    was last made from; the output is fresh while the key matches."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def matches(self, key: str) -> bool:
        try:
            return self.path.read_text(encoding="utf-8") == key
        except OSError:
            return False

    def record(self, key: str) -> None:
        write_atomically(self.path, key)

    def clear(self) -> None:
        self.path.unlink(missing_ok=True)
