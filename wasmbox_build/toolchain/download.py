"""Download one file, verify its sha256, and report progress — with a timeout and one retry."""

from __future__ import annotations

import contextlib
import hashlib
import http.client
import os
import socket
import sys
import time
import urllib.error
import urllib.request
from typing import IO, TYPE_CHECKING, Protocol

from ..errors import DownloadError

if TYPE_CHECKING:
    from pathlib import Path

_CHUNK = 1 << 16
_RETRIES = 1  # one retry after the first failure, as users expect of a build tool


class _Progress(Protocol):
    def update(self, n: int) -> None: ...
    def close(self) -> None: ...


class _PlainProgress:
    """A line every quarter of the way, for logs and CI where a bar would be noise."""

    def __init__(self, label: str, total: int | None, stream: IO[str]) -> None:
        self._label, self._total, self._stream = label, total, stream
        self._done = 0
        self._next_quarter = 1
        size = f" ({total / 1e6:.1f} MB)" if total else ""
        print(f"wasmbox-build: downloading {label}{size}", file=stream, flush=True)

    def update(self, n: int) -> None:
        self._done += n
        if not self._total:
            return
        while self._next_quarter < 4 and self._done * 4 >= self._next_quarter * self._total:
            print(f"wasmbox-build: {self._label}: {self._next_quarter * 25}%",
                  file=self._stream, flush=True)
            self._next_quarter += 1

    def close(self) -> None:
        print(f"wasmbox-build: downloaded {self._label} ({self._done / 1e6:.1f} MB)",
              file=self._stream, flush=True)


def _progress(label: str, total: int | None) -> _Progress:
    stream = sys.stderr
    if stream.isatty():
        from tqdm import tqdm  # type: ignore[import-untyped, unused-ignore]

        bar: _Progress = tqdm(total=total, unit="B", unit_scale=True, unit_divisor=1024,
                              desc=label, file=stream, leave=False)
        return bar
    return _PlainProgress(label, total, stream)


def _is_permanent(error: BaseException) -> bool:
    # A 404 or 403 will not change on retry; a 5xx, a reset or a stall might.
    return isinstance(error, urllib.error.HTTPError) and 400 <= error.code < 500


def _describe(error: BaseException) -> str:
    if isinstance(error, urllib.error.HTTPError):
        return f"HTTP {error.code} {error.reason}"
    if isinstance(error, urllib.error.URLError):
        reason = error.reason
        if isinstance(reason, (socket.timeout, TimeoutError)):
            return "the server stopped sending (timed out)"
        return f"cannot connect ({reason})"
    if isinstance(error, (socket.timeout, TimeoutError)):
        return "the server stopped sending (timed out)"
    if isinstance(error, http.client.IncompleteRead):
        return "the connection closed before the whole file arrived"
    if isinstance(error, ConnectionError):
        return f"the connection was cut mid-download ({error.strerror or type(error).__name__})"
    return str(error) or type(error).__name__


def _fetch_once(url: str, dest: Path, label: str, timeout: float) -> str:
    """Stream `url` into `dest`; return the sha256 of what arrived."""
    digest = hashlib.sha256()
    request = urllib.request.Request(url, headers={"User-Agent": "wasmbox-build"})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        length = response.headers.get("Content-Length")
        total = int(length) if length and length.isdigit() else None
        progress = _progress(label, total)
        received = 0
        try:
            with dest.open("wb") as out:
                while True:
                    chunk = response.read(_CHUNK)
                    if not chunk:
                        break
                    out.write(chunk)
                    digest.update(chunk)
                    received += len(chunk)
                    progress.update(len(chunk))
        finally:
            progress.close()
    if total is not None and received != total:
        raise http.client.IncompleteRead(b"", total - received)
    return digest.hexdigest()


def download_verified(url: str, dest: Path, sha256: str, label: str, timeout: float) -> None:
    """Download `url` to `dest` (written only if the checksum matches), retrying once.

    A partial or unverified file is never left at `dest`: the body goes to a sibling
    `.part` file that is removed on any failure.
    """
    dest.parent.mkdir(parents=True, exist_ok=True)
    part = dest.with_name(f"{dest.name}.{os.getpid()}.part")
    last_error: BaseException | None = None
    try:
        for attempt in range(_RETRIES + 1):
            if attempt:
                time.sleep(0.5)
            try:
                actual = _fetch_once(url, part, label, timeout)
            except (urllib.error.URLError, http.client.HTTPException, OSError) as error:
                last_error = error
                if _is_permanent(error):
                    break
                continue
            if actual != sha256:
                raise DownloadError(
                    f"checksum mismatch for {url}: expected sha256 {sha256}, got {actual}; "
                    f"the file was discarded (check WASMBOX_WASI_SDK_URL or the mirror's copy)"
                )
            part.replace(dest)
            return
    finally:
        with contextlib.suppress(FileNotFoundError):
            part.unlink()
    assert last_error is not None
    tries = "" if _is_permanent(last_error) else f" after {_RETRIES + 1} attempts"
    raise DownloadError(
        f"downloading {url} failed{tries}: {_describe(last_error)}; check the network or set "
        f"WASMBOX_WASI_SDK_URL to a mirror (or WASI_SDK_PATH to a local wasi-sdk)"
    ) from None
