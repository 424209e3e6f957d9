"""compress, decompress, crc32, adler32: one call, one sandbox per thread.

One-shot calls on a thread share that thread's sandbox (a fresh z_stream each call,
freed at its end), so they cost no sandbox creation and never wait for each other
across threads. After a trap the thread's sandbox is thrown away and the next call
gets a fresh one.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from ._zstream import (
    DEF_BUF_SIZE,
    DEF_MEM_LEVEL,
    DEFLATED,
    GO,
    IN_WINDOW,
    MAX_WBITS,
    SANDBOX_FAILURES,
    Z_BUF_ERROR,
    Z_DEFAULT_COMPRESSION,
    Z_DEFAULT_STRATEGY,
    Z_FINISH,
    Z_MEM_ERROR,
    Z_NO_FLUSH,
    Z_OK,
    Z_STREAM_END,
    Z_STREAM_ERROR,
    Z_STREAM_SIZE,
    Box,
    Buffer,
    ZStream,
    byte_view,
    c_int,
    c_ssize,
    c_uint_mask,
    error,
    sandbox_error,
)

_local = threading.local()


def thread_box() -> Box:
    """This thread's sandbox for one-shot calls (a fresh one after a trap)."""
    box: Box | None = getattr(_local, "box", None)
    if box is None or box.trap is not None:
        box = _local.box = Box(streams=1)  # the thread holds it; streams come and go
    return box


def _borrow(box: Box, inflate: bool) -> ZStream:
    """A z_stream in `box` for one call: the one this thread keeps for such calls, unless
    that is in use (a signal handler compressing in the middle of a compress())."""
    name = "inflater" if inflate else "deflater"
    zs: ZStream | None = getattr(_local, name, None)
    if zs is None or zs.box is not box or zs.busy:
        zs = ZStream(box, inflate)
        if getattr(_local, name, None) is None or getattr(_local, name).box is not box:
            setattr(_local, name, zs)
    zs.busy = True
    return zs


def _give_back(zs: ZStream) -> None:
    """End the call's z_stream (if a failure left it initialised) and return it."""
    zs.busy = False
    if zs.box is None or zs.box.trap is not None or zs.box.sb.poisoned:
        return  # (a trap the caller is about to record: its cause, not SandboxPoisoned)
    if zs.initialised:
        zs.initialised = False
        zs.end(zs.ptr)
    if getattr(_local, "inflater", None) is not zs and getattr(_local, "deflater", None) is not zs:
        zs.release()


def _sandbox_failed(box: Box, failure: BaseException, what: str) -> error:
    """Drop this thread's poisoned sandbox; the zlib.error to raise (cause: the trap)."""
    if getattr(_local, "box", None) is box:
        _local.box = None
    return sandbox_error(box.poison(failure), what)


def compress(data: Buffer, /, level: int = Z_DEFAULT_COMPRESSION, wbits: int = MAX_WBITS) -> bytes:
    """Returns a bytes object containing compressed data.

    level: 0-9 or -1 (default, currently 6). wbits: the window size and container
    format (+9..+15 zlib, -9..-15 raw deflate, +25..+31 gzip).
    """
    view = byte_view(data)
    try:
        level, wbits = c_int(level), c_int(wbits)
        box = thread_box()
        what = "while compressing data"
        try:
            zs = _borrow(box, inflate=False)
            try:
                sb = box.sb
                err = sb.deflateInit2_(zs.ptr, level, DEFLATED, wbits, DEF_MEM_LEVEL,
                                       Z_DEFAULT_STRATEGY, box.version, Z_STREAM_SIZE)
                if err == Z_MEM_ERROR:
                    raise MemoryError("Out of memory while compressing data")
                if err == Z_STREAM_ERROR:
                    raise error("Bad compression level")
                if err != Z_OK:
                    exc = zs.error(err, what)
                    sb.deflateEnd(zs.ptr)
                    raise exc
                zs.initialised = True

                def on_status(err: int) -> int:
                    if err == Z_STREAM_ERROR:
                        raise zs.error(err, what)
                    return GO

                out, err, _ = zs.pump(sb.deflate, view, flush_mid=Z_NO_FLUSH, flush_last=Z_FINISH,
                                      on_status=on_status)
                zs.initialised = False
                err = sb.deflateEnd(zs.ptr)
                if err != Z_OK:
                    raise zs.error(err, "while finishing compression")
                return out
            finally:
                _give_back(zs)
        except SANDBOX_FAILURES as failure:
            raise _sandbox_failed(box, failure, what) from box.trap
    finally:
        view.release()


def decompress(data: Buffer, /, wbits: int = MAX_WBITS, bufsize: int = DEF_BUF_SIZE) -> bytes:
    """Returns a bytes object containing the uncompressed data.

    wbits: the window size and container format (as given to the compressor; 0 reads
    it from a zlib header, +32 detects zlib or gzip). bufsize: the initial output
    buffer size.
    """
    view = byte_view(data)
    try:
        wbits, bufsize = c_int(wbits), c_ssize(bufsize)
        if bufsize < 0:
            raise ValueError("bufsize must be non-negative")
        box = thread_box()
        what = "while decompressing data"
        try:
            zs = _borrow(box, inflate=True)
            try:
                sb = box.sb
                err = sb.inflateInit2_(zs.ptr, wbits, box.version, Z_STREAM_SIZE)
                if err == Z_MEM_ERROR:
                    raise MemoryError("Out of memory while decompressing data")
                if err != Z_OK:
                    exc = zs.error(err, "while preparing to decompress data")
                    sb.inflateEnd(zs.ptr)
                    raise exc
                zs.initialised = True

                def on_status(err: int) -> int:
                    if err in (Z_OK, Z_BUF_ERROR, Z_STREAM_END):
                        return GO
                    if err == Z_MEM_ERROR:
                        raise MemoryError("Out of memory while decompressing data")
                    raise zs.error(err, what)

                out, err, _ = zs.pump(sb.inflate, view, flush_mid=Z_NO_FLUSH, flush_last=Z_FINISH,
                                      first_block=max(bufsize, 1), on_status=on_status)
                if err != Z_STREAM_END:
                    raise zs.error(err, what)
                zs.initialised = False
                err = sb.inflateEnd(zs.ptr)
                if err != Z_OK:
                    raise zs.error(err, "while finishing decompression")
                return out
            finally:
                _give_back(zs)
        except SANDBOX_FAILURES as failure:
            raise _sandbox_failed(box, failure, what) from box.trap
    finally:
        view.release()


def _checksum(name: str, data: Buffer, value: int) -> int:
    view = byte_view(data)
    try:
        value = c_uint_mask(value)
        box = thread_box()
        try:
            sb = box.sb
            checksum: Callable[[int, memoryview, int], int] = getattr(sb, name)
            start = 0
            while True:  # at least once: zlib's answer for no data is not always `value`
                chunk = view[start:start + IN_WINDOW]
                value = checksum(value, chunk, len(chunk))  # typed: chunk copied in
                start += len(chunk)
                if start >= len(view):
                    return value
        except SANDBOX_FAILURES as failure:
            raise _sandbox_failed(box, failure, f"while computing {name}") from box.trap
    finally:
        view.release()


def crc32(data: Buffer, value: int = 0, /) -> int:
    """Compute a CRC-32 checksum of data, starting from value (a running checksum)."""
    return _checksum("crc32", data, value)


def adler32(data: Buffer, value: int = 1, /) -> int:
    """Compute an Adler-32 checksum of data, starting from value (a running checksum)."""
    return _checksum("adler32", data, value)


def runtime_version() -> str:
    """zlibVersion() of the library in the sandbox."""
    box = thread_box()
    return box.sb.read_cstring(box.sb.zlibVersion() & 0xFFFFFFFF, 64).decode("ascii", "replace")
