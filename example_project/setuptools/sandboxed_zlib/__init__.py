"""zlib 1.3.1, sandboxed: compress, decompress and crc32 over the raw sandbox API.

Every call runs the real zlib inside a WebAssembly sandbox; a memory-safety bug in
zlib, triggered by a hostile input, raises `_zlib.Trap` instead of corrupting this
process. Output is byte-identical to the standard library's `zlib` at every level.
"""

from __future__ import annotations

import contextlib
import struct
import threading
from typing import TYPE_CHECKING

from . import _zlib

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["Trap", "ZlibError", "adler32", "compress", "crc32", "decompress", "zlib_version"]

Trap = _zlib.Trap

Z_OK, Z_BUF_ERROR, Z_MEM_ERROR, Z_DATA_ERROR = 0, -5, -4, -3
_MESSAGES = {Z_BUF_ERROR: "incomplete or truncated stream", Z_MEM_ERROR: "out of memory",
             Z_DATA_ERROR: "invalid or corrupt data"}


class ZlibError(Exception):
    """zlib reported an error (as the standard library's zlib.error)."""


_local = threading.local()


@contextlib.contextmanager
def _sandbox() -> Iterator[_zlib.Sandbox]:
    """One sandbox per thread, so calls never wait on each other; after a trap the
    thread's sandbox is dropped and the next call gets a fresh instance."""
    sandbox = getattr(_local, "sandbox", None)
    if sandbox is None:
        sandbox = _local.sandbox = _zlib.Sandbox()
    try:
        yield sandbox
    except _zlib.Trap:
        _local.sandbox = None
        sandbox.close()
        raise


def _check(status: int, what: str) -> None:
    if status != Z_OK:
        raise ZlibError(f"Error {status} while {what}: {_MESSAGES.get(status, 'zlib error')}")


def _uncompress_into(sb: _zlib.Sandbox, src: int, src_len: int, capacity: int) -> tuple[int, bytes]:
    dst = sb.alloc(capacity)
    size_cell = sb.alloc(struct.pack("<I", capacity))
    try:
        status = sb.uncompress(dst, size_cell, src, src_len)
        if status != Z_OK:
            return status, b""
        (produced,) = struct.unpack("<I", sb.read(size_cell, 4))
        return status, sb.read(dst, produced)
    finally:
        sb.free(dst)
        sb.free(size_cell)


def compress(data: bytes, level: int = 6) -> bytes:
    """Compress `data` into the zlib format, as zlib.compress(data, level)."""
    if not -1 <= level <= 9:
        raise ZlibError(f"Bad compression level {level}")
    with _sandbox() as sb:
        bound = sb.compressBound(len(data))
        src = sb.alloc(bytes(data) or 1)
        dst = sb.alloc(bound)
        size_cell = sb.alloc(struct.pack("<I", bound))
        try:
            _check(sb.compress2(dst, size_cell, src, len(data), level), "compressing data")
            (produced,) = struct.unpack("<I", sb.read(size_cell, 4))
            return sb.read(dst, produced)
        finally:
            for ptr in (src, dst, size_cell):
                sb.free(ptr)


def decompress(data: bytes, max_length: int = 1 << 30) -> bytes:
    """Decompress a complete zlib stream, as zlib.decompress(data)."""
    with _sandbox() as sb:
        src = sb.alloc(bytes(data) or 1)
        try:
            capacity = max(1024, len(data) * 4)
            while True:
                status, out = _uncompress_into(sb, src, len(data), capacity)
                if status == Z_OK:
                    return out
                # zlib 1.3 reports a truncated stream as Z_DATA_ERROR, so Z_BUF_ERROR
                # means only that the output did not fit.
                if status == Z_BUF_ERROR and capacity < max_length:
                    capacity = min(capacity * 4, max_length)
                    continue
                _check(status, "decompressing data")
        finally:
            sb.free(src)


def _checksum(function: str, data: bytes, value: int) -> int:
    with _sandbox() as sb:
        ptr = sb.alloc(bytes(data)) if data else 0
        try:
            return int(getattr(sb, function)(value & 0xFFFFFFFF, ptr, len(data))) & 0xFFFFFFFF
        finally:
            if ptr:
                sb.free(ptr)


def crc32(data: bytes, value: int = 0) -> int:
    """CRC-32 of `data`, continuing from `value`, as zlib.crc32."""
    return _checksum("crc32", data, value)


def adler32(data: bytes, value: int = 1) -> int:
    """Adler-32 of `data`, continuing from `value`, as zlib.adler32."""
    return _checksum("adler32", data, value)


def zlib_version() -> str:
    with _sandbox() as sb:
        return sb.read_cstring(sb.zlibVersion() & 0xFFFFFFFF).decode()
