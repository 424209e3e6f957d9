"""Install a wasi-sdk release into the cache: locked, verified, and atomic.

Concurrent builds take one file lock per release, so only the first downloads and
the others wait and reuse its result. The archive is extracted into a temporary
folder beside the final one and renamed into place only when complete, so a killed
process leaves at most a `.tmp-*` folder, which the next install removes.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tarfile
from typing import TYPE_CHECKING

from .. import settings
from ..errors import DownloadError, ToolchainError
from . import staging, wasi_sdk
from .download import download_verified

if TYPE_CHECKING:
    from pathlib import Path

    from .wasi_sdk import Release


def is_complete(root: Path) -> bool:
    return staging.is_marked(root) and not wasi_sdk.missing_parts(root)


def find_cached(release: Release) -> Path | None:
    root = wasi_sdk.cached_install(release)
    return root if is_complete(root) else None


def ensure_installed(release: Release) -> Path:
    """Return the cached install of `release`, downloading it first if needed."""
    cached = find_cached(release)
    if cached is not None:
        return cached
    if settings.offline():
        raise ToolchainError(
            f"wasi-sdk {release.version} is not in the cache ({wasi_sdk.cache_root()}) and "
            f"WASMBOX_OFFLINE=1 forbids downloading it; unset WASMBOX_OFFLINE or run "
            f"'python -m wasmbox_build fetch' while online"
        )
    root = wasi_sdk.cache_root()
    final = wasi_sdk.cached_install(release)
    with staging.lock_for(final):
        # Another process may have finished while we waited for the lock.
        cached = find_cached(release)
        if cached is not None:
            return cached
        _remove_leftovers(root, release)
        archive = root / "downloads" / release.asset
        download_verified(release.url, archive, release.sha256, release.asset,
                          settings.download_timeout())
        try:
            return _extract_into_place(archive, final)
        finally:
            with contextlib.suppress(FileNotFoundError):
                archive.unlink()


def _remove_leftovers(root: Path, release: Release) -> None:
    """Delete what a killed install left: temporary folders, partial downloads, an incomplete
    final folder. Called under the release's lock, so none of them belongs to a live install."""
    final = wasi_sdk.cached_install(release)
    staging.remove_leftovers(final)
    for partial in (root / "downloads").glob(f"{release.asset}.*.part"):
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
    if final.exists() and not is_complete(final):  # marked, yet parts of it were deleted
        shutil.rmtree(final, ignore_errors=True)


def _safe_members(archive: tarfile.TarFile, dest: Path) -> list[tarfile.TarInfo]:
    """Refuse absolute paths, `..` and links that leave the extraction folder."""
    dest = dest.resolve()
    members = archive.getmembers()
    for member in members:
        target = (dest / member.name).resolve()
        # Tar names are strings in POSIX form, whatever the host: check them as such.
        if os.path.isabs(member.name) or not target.is_relative_to(dest):  # noqa: PTH117
            raise DownloadError(f"archive member {member.name!r} would extract outside the cache")
        if member.issym() or member.islnk():
            base = target.parent if member.issym() else dest
            link = (base / member.linkname).resolve()
            if os.path.isabs(member.linkname) or not link.is_relative_to(dest):  # noqa: PTH117
                raise DownloadError(f"archive link {member.name!r} points outside the archive")
        if not (member.isfile() or member.isdir() or member.issym() or member.islnk()):
            raise DownloadError(f"archive member {member.name!r} is not a file, folder or link")
    return members


def _extract_into_place(archive_path: Path, final: Path) -> Path:
    with staging.staging_folder(final) as tmp:
        try:
            with tarfile.open(archive_path, "r:*") as archive:
                members = _safe_members(archive, tmp)
                archive.extractall(tmp, members=members)  # members checked above
        except (tarfile.TarError, EOFError, OSError) as error:
            raise DownloadError(
                f"{archive_path.name} could not be extracted ({error}); it matched its checksum, "
                f"so the archive itself is damaged: fix the mirror's copy"
            ) from None
        top = _single_top_folder(tmp)
        missing = wasi_sdk.missing_parts(top)
        if missing:
            raise DownloadError(
                f"{archive_path.name} is not a wasi-sdk release: missing {', '.join(missing)}"
            )
        return staging.publish(top, final)


def _single_top_folder(folder: Path) -> Path:
    entries = [entry for entry in folder.iterdir() if not entry.name.startswith(".")]
    if len(entries) == 1 and entries[0].is_dir():
        return entries[0]
    return folder
