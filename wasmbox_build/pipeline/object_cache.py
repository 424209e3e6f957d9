"""Host objects of a module's C, cached by content across builds and build folders.

setuptools compiles what the pipeline writes (wasm2c's output, the glue, the staged
runtime) with the host compiler. In a fresh build folder — a wheel built from an sdist,
`python -m build`, CI — all of it would be compiled again although nothing changed.
Here each object is found by the compiler, its arguments (with the build folder's path
written relative to it) and the source's content; the entry keeps every header the
compile read with its digest (from the compiler's depfile), as ccache's direct mode
does, and is used only while they all match. A hit copies the object into place;
anything else compiles as usual. Objects built elsewhere keep that folder's paths in
their debug line tables; nothing else in them depends on the folder.
"""

from __future__ import annotations

import contextlib
import json
from pathlib import Path
from typing import TYPE_CHECKING

from .. import settings
from ..incremental import (
    digest,
    file_digest,
    key_of,
    parse_depfile,
    write_atomically,
    write_depfile,
)
from ..process import first_line, run_capture

if TYPE_CHECKING:
    from collections.abc import Sequence

_WORK = "<work>"


def _root() -> Path:
    return settings.cache_dir() / "build-cache" / "objects"


def compiler_identity(argv: Sequence[str]) -> str:
    """The compiler command and what it says its version is (`env NAME=VALUE zig cc`:
    zig's)."""
    words = list(argv)
    if words and Path(words[0]).name == "env":
        words = [w for w in words[1:] if "=" not in w] or words
    result = run_capture([words[0], "--version"], timeout=60)
    return key_of(list(argv), first_line(result.stdout) or result.stderr.strip())


class ObjectCache:
    """Objects of the sources under `work_dir`, for one compiler (see the module text)."""

    def __init__(self, compiler: Sequence[str], work_dir: Path, recipe: str = "") -> None:
        """`recipe`: how a command is made from what the key holds, where that is not
        the compiler's own (host_compiler.RECIPE: the rewrite for zig's clang)."""
        self.compiler = key_of(compiler_identity(compiler), recipe) if recipe else \
            compiler_identity(compiler)
        self.work_dir = str(work_dir)
        self._digests: dict[tuple[str, int, int], str] = {}

    def _portable(self, text: str) -> str:
        return text.replace(self.work_dir, _WORK)

    def key(self, source: Path, arguments: Sequence[str]) -> str:
        return key_of(self.compiler, [self._portable(a) for a in arguments],
                      self._portable(str(source)), file_digest(source))

    def _header_digest(self, path: Path) -> str | None:
        """A header's digest, hashed once per build however many sources include it."""
        try:
            stat = path.stat()
        except OSError:
            return None
        memo = (str(path), stat.st_mtime_ns, stat.st_size)
        if memo not in self._digests:
            self._digests[memo] = file_digest(path)
        return self._digests[memo]

    def fetch(self, key: str, obj: Path,
              depfile: tuple[Path, str, Path] | None = None) -> bool:
        """Put the cached object for `key` at `obj`; False on a miss. With `depfile`
        (its path, its target, the source), also write the depfile the compile would
        have written, for build tools that read one (Ninja)."""
        try:
            manifest = json.loads((_root() / f"{key}.json").read_text())
            headers: list[Path] = []
            for name, wanted in manifest["headers"].items():
                header = Path(name.replace(_WORK, self.work_dir, 1))
                if self._header_digest(header) != wanted:
                    return False
                headers.append(header)
            data = (_root() / f"{manifest['object']}.o").read_bytes()
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return False
        if digest(data) != manifest["object"]:
            return False  # a damaged entry is a miss, never a result
        write_atomically(obj, data)
        if depfile is not None:
            path, target, source = depfile
            write_depfile(path, target, [source, *headers])
        return True

    def store(self, key: str, obj: Path, depfile: Path) -> None:
        """Remember `obj`, compiled from the headers its depfile lists."""
        try:
            headers = parse_depfile(depfile.read_text())[1:]  # the source comes first
        except OSError:
            return  # no depfile, no entry: the next build compiles again
        recorded: dict[str, str] = {}
        for header in headers:
            found = self._header_digest(header)
            if found is None:
                return
            recorded[self._portable(str(header))] = found
        data = obj.read_bytes()
        sha = digest(data)
        with contextlib.suppress(OSError):  # a cache that cannot be written is no cache
            write_atomically(_root() / f"{sha}.o", data)
            write_atomically(_root() / f"{key}.json",
                             json.dumps({"headers": recorded, "object": sha}))
