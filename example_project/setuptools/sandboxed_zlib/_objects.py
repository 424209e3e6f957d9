"""Compress and Decompress: the standard module's stream objects, each with its sandbox.

Each object made by compressobj()/decompressobj() owns a z_stream in a sandbox of its
own; copy() places the copy beside the original, in the same sandbox. Methods follow
Modules/zlibmodule.c step by step (the same zlib calls, statuses and messages), and a
lock per object lets several threads share one, one call at a time, as the standard
module allows.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, ClassVar, NoReturn, TypeVar

from ._zstream import (
    AGAIN,
    DEF_BUF_SIZE,
    DEF_MEM_LEVEL,
    DEFLATED,
    GO,
    MAX_WBITS,
    SANDBOX_FAILURES,
    STOP,
    Z_BUF_ERROR,
    Z_DEFAULT_COMPRESSION,
    Z_DEFAULT_STRATEGY,
    Z_FINISH,
    Z_MEM_ERROR,
    Z_NEED_DICT,
    Z_NO_FLUSH,
    Z_OK,
    Z_STREAM_END,
    Z_STREAM_ERROR,
    Z_STREAM_SIZE,
    Z_SYNC_FLUSH,
    Box,
    Buffer,
    ZStream,
    byte_view,
    c_int,
    c_ssize,
    error,
    sandbox_error,
)

_UINT_MAX = 2**32 - 1
_S = TypeVar("_S", bound="_Stream")


class _Stream:
    """What Compress and Decompress share: the z_stream, the lock, failure after a trap."""

    __slots__ = ("_failure", "_lock", "_zs")
    _failure: BaseException | None
    _lock: threading.Lock
    _zs: ZStream | None
    _inflate: ClassVar[bool] = False

    def __new__(cls, *args: object, **kwargs: object) -> _Stream:
        # Like the standard module's types: made by compressobj()/decompressobj() only.
        raise TypeError(f"cannot create '{cls.__module__}.{cls.__qualname__}' instances")

    def __init_subclass__(cls, **kwargs: Any) -> None:
        if cls.__module__ != __name__:
            base = cls.__mro__[1]
            raise TypeError(f"type '{base.__module__}.{base.__qualname__}' "
                            "is not an acceptable base type")
        super().__init_subclass__(**kwargs)

    @classmethod
    def _create(cls: type[_S], box: Box) -> _S:
        self = object.__new__(cls)
        self._setup(box)
        return self

    def _setup(self, box: Box) -> None:
        self._lock = threading.Lock()
        self._failure = None
        self._zs = None
        self._zs = ZStream(box, inflate=self._inflate)

    def __reduce_ex__(self, protocol: object) -> NoReturn:
        raise TypeError(f"cannot pickle '{type(self).__module__}.{type(self).__qualname__}' "
                        "object")

    def _live(self) -> ZStream:
        """The z_stream, or the zlib.error of a stream whose sandbox failed."""
        if self._zs is None:
            failure = self._failure
            exc = error("the stream cannot be used: the sandbox running zlib failed "
                        f"({type(failure).__name__}: {failure})")
            raise exc from failure
        return self._zs

    def _failed(self, failure: BaseException, what: str) -> error:
        """Fail this stream after its sandbox failed; the zlib.error to raise."""
        zs, self._zs = self._zs, None
        if zs is not None and zs.box is not None:
            failure = zs.box.poison(failure)
            zs.release()  # the sandbox goes as soon as no stream needs it
        self._failure = failure
        return sandbox_error(failure, what)

    def _copy(self: _S, copier: str, what: str, kind: str) -> _S:
        with self._lock:
            zs = self._live()
            try:
                box = zs.box
                assert box is not None
                new = type(self)._create(box)
                assert new._zs is not None
                err = getattr(box.sb, copier)(new._zs.ptr, zs.ptr)
                if err == Z_STREAM_ERROR:
                    raise ValueError("Inconsistent stream state")
                if err == Z_MEM_ERROR:
                    raise MemoryError(f"Can't allocate memory for {kind} object")
                if err != Z_OK:
                    raise zs.error(err, what)
                new._zs.initialised = True
                new._copy_state(self)
                return new
            except SANDBOX_FAILURES as failure:
                raise self._failed(failure, what) from self._failure

    def _copy_state(self, other: Any) -> None:
        pass

    def copy(self: _S) -> _S:
        raise NotImplementedError

    def __copy__(self: _S) -> _S:
        return self.copy()

    def __deepcopy__(self: _S, memo: object, /) -> _S:
        return self.copy()


def _raise_on_stream_error(zs: ZStream, what: str) -> Callable[[int], int]:
    def on_status(err: int) -> int:
        if err == Z_STREAM_ERROR:
            raise zs.error(err, what)
        return GO
    return on_status


class Compress(_Stream):
    """A compressor: compress() data piece by piece, then flush()."""

    __slots__ = ()

    def compress(self, data: Buffer, /) -> bytes:
        """Returns a bytes object containing compressed data.

        After calling this function, some of the input data may still be stored in
        internal buffers for later processing. Call the flush() method to clear them.
        """
        view = byte_view(data)
        try:
            with self._lock:
                zs = self._live()
                what = "while compressing data"
                try:
                    out, _, _ = zs.pump(zs.sandbox.deflate, view, flush_mid=Z_NO_FLUSH,
                                        flush_last=Z_NO_FLUSH,
                                        on_status=_raise_on_stream_error(zs, what))
                    return out
                except SANDBOX_FAILURES as failure:
                    raise self._failed(failure, what) from self._failure
        finally:
            view.release()

    def flush(self, mode: int = Z_FINISH, /) -> bytes:
        """Return a bytes object containing any remaining compressed data.

        mode: Z_SYNC_FLUSH, Z_FULL_FLUSH or Z_FINISH (the default; the compressor can
        not be used any more after it).
        """
        mode = c_int(mode)
        if mode == Z_NO_FLUSH:
            return b""
        with self._lock:
            zs = self._live()
            what = "while flushing"
            try:
                out, err, _ = zs.pump(zs.sandbox.deflate, b"", flush_mid=mode, flush_last=mode,
                                      on_status=_raise_on_stream_error(zs, what))
                if err == Z_STREAM_END and mode == Z_FINISH:
                    err = zs.sandbox.deflateEnd(zs.ptr)
                    if err != Z_OK:
                        raise zs.error(err, "while finishing compression")
                    zs.initialised = False
                elif err not in (Z_OK, Z_BUF_ERROR):
                    raise zs.error(err, what)
                return out
            except SANDBOX_FAILURES as failure:
                raise self._failed(failure, what) from self._failure

    def copy(self) -> Compress:
        """Return a copy of the compression object (in the same sandbox)."""
        return self._copy("deflateCopy", "while copying compression object", "compression")


class Decompress(_Stream):
    """A decompressor: decompress() data piece by piece, then flush()."""

    __slots__ = ("_eof", "_unconsumed_tail", "_unused_data", "_zdict")
    _eof: bool
    _unconsumed_tail: bytes
    _unused_data: bytes
    _zdict: object
    _inflate = True

    def _setup(self, box: Box) -> None:
        super()._setup(box)
        self._eof = False
        self._unused_data = b""
        self._unconsumed_tail = b""
        self._zdict = None

    def _copy_state(self, other: Any) -> None:
        self._eof = other._eof
        self._unused_data = other._unused_data
        self._unconsumed_tail = other._unconsumed_tail
        self._zdict = other._zdict

    @property
    def unused_data(self) -> bytes:
        """Data found after the end of the compressed stream."""
        return self._unused_data

    @property
    def unconsumed_tail(self) -> bytes:
        """Input that a max_length limit left for the next decompress() call."""
        return self._unconsumed_tail

    @property
    def eof(self) -> bool:
        """True once the end of the compressed stream has been reached."""
        return self._eof

    def _set_zdict(self, zs: ZStream) -> None:
        """inflateSetDictionary with the zdict given to decompressobj()."""
        view = byte_view(self._zdict)
        try:
            if len(view) > _UINT_MAX:
                raise OverflowError("zdict length does not fit in an unsigned int")
            err = zs.sandbox.inflateSetDictionary(zs.ptr, view, len(view))  # copied in
            if err != Z_OK:
                raise zs.error(err, "while setting zdict")
        finally:
            view.release()

    def _save_unconsumed_input(self, data: Buffer, consumed: int, err: int) -> None:
        """CPython's save_unconsumed_input(), quirk included: when the stream ends while
        unconsumed_tail is not empty, the leftover goes to unused_data AND stays in
        unconsumed_tail (CPython clears avail_in but not next_in)."""
        avail_in = len(data) - consumed
        if err == Z_STREAM_END and avail_in > 0:
            self._unused_data += bytes(data[consumed:])
            avail_in = 0
        if avail_in > 0 or self._unconsumed_tail:
            self._unconsumed_tail = bytes(data[consumed:])

    def _on_status(self, zs: ZStream) -> Callable[[int], int]:
        def on_status(err: int) -> int:
            if err in (Z_OK, Z_BUF_ERROR, Z_STREAM_END):
                return GO
            if err == Z_NEED_DICT and self._zdict is not None:
                self._set_zdict(zs)
                return AGAIN
            return STOP
        return on_status

    def decompress(self, data: Buffer, /, max_length: int = 0) -> bytes:
        """Return a bytes object containing the decompressed version of the data.

        At most max_length bytes come out (0: no limit); input not consumed then is
        kept in the unconsumed_tail attribute. Call flush() at the end.
        """
        view = byte_view(data)
        try:
            max_length = c_ssize(max_length)
            if max_length < 0:
                raise ValueError("max_length must be non-negative")
            with self._lock:
                zs = self._live()
                what = "while decompressing data"
                try:
                    out, err, consumed = zs.pump(
                        zs.sandbox.inflate, view, flush_mid=Z_SYNC_FLUSH, flush_last=Z_SYNC_FLUSH,
                        max_length=max_length or -1, on_status=self._on_status(zs))
                    self._save_unconsumed_input(view, consumed, err)
                    if err == Z_STREAM_END:
                        self._eof = True
                    elif err not in (Z_OK, Z_BUF_ERROR):
                        raise zs.error(err, what)
                    return out
                except SANDBOX_FAILURES as failure:
                    raise self._failed(failure, what) from self._failure
        finally:
            view.release()

    def flush(self, length: int = DEF_BUF_SIZE, /) -> bytes:
        """Return a bytes object containing any remaining decompressed data.

        length: the initial size of the output buffer.
        """
        length = c_ssize(length)
        if length <= 0:
            raise ValueError("length must be greater than zero")
        with self._lock:
            zs = self._live()
            what = "while flushing"
            data = self._unconsumed_tail
            try:
                # Unlike decompress(), a status other than OK/BUF_ERROR/STREAM_END only
                # stops flush(): what was decompressed so far is returned, as by CPython.
                out, err, consumed = zs.pump(
                    zs.sandbox.inflate, memoryview(data), flush_mid=Z_NO_FLUSH,
                    flush_last=Z_FINISH, first_block=length, on_status=self._on_status(zs))
                self._save_unconsumed_input(data, consumed, err)
                if err == Z_STREAM_END:
                    self._eof = True
                    zs.initialised = False
                    err = zs.sandbox.inflateEnd(zs.ptr)
                    if err != Z_OK:
                        raise zs.error(err, "while finishing decompression")
                return out
            except SANDBOX_FAILURES as failure:
                raise self._failed(failure, what) from self._failure

    def copy(self) -> Decompress:
        """Return a copy of the decompression object (in the same sandbox)."""
        return self._copy("inflateCopy", "while copying decompression object", "decompression")


for _type in (Compress, Decompress):
    _type.__module__ = __package__ or "sandboxed_zlib"


def compressobj(level: int = Z_DEFAULT_COMPRESSION, method: int = DEFLATED,
                wbits: int = MAX_WBITS, memLevel: int = DEF_MEM_LEVEL,
                strategy: int = Z_DEFAULT_STRATEGY, zdict: Buffer | None = None) -> Compress:
    """Return a compressor object, whose z_stream lives in a sandbox of its own.

    level: 0-9 or -1 (default, currently 6). method: DEFLATED. wbits: +9 to +15 for a
    zlib container, -9 to -15 for a raw stream, +25 to +31 for a gzip container.
    memLevel: 1-9. strategy: Z_DEFAULT_STRATEGY, Z_FILTERED, Z_HUFFMAN_ONLY, Z_RLE,
    Z_FIXED. zdict: a predefined compression dictionary.
    """
    level, method, wbits = c_int(level), c_int(method), c_int(wbits)
    memLevel, strategy = c_int(memLevel), c_int(strategy)
    view = None if zdict is None else byte_view(zdict)
    try:
        if view is not None and len(view) > _UINT_MAX:
            raise OverflowError("zdict length does not fit in an unsigned int")
        self: Compress = Compress._create(Box.for_stream())
        zs = self._zs
        assert zs is not None
        sb = zs.sandbox
        what = "while creating compression object"
        try:
            err = sb.deflateInit2_(zs.ptr, level, method, wbits, memLevel, strategy,
                                   zs.box.version if zs.box else 0, Z_STREAM_SIZE)
            if err == Z_MEM_ERROR:
                raise MemoryError("Can't allocate memory for compression object")
            if err == Z_STREAM_ERROR:
                raise ValueError("Invalid initialization option")
            if err != Z_OK:
                raise zs.error(err, what)
            zs.initialised = True
            if view is not None:
                err = sb.deflateSetDictionary(zs.ptr, view, len(view))  # copied in
                if err == Z_STREAM_ERROR:
                    raise ValueError("Invalid dictionary")
                if err != Z_OK:
                    raise ValueError("deflateSetDictionary()")
            return self
        except SANDBOX_FAILURES as failure:
            raise sandbox_error(failure, what) from failure
    finally:
        if view is not None:
            view.release()


class _NoZdict:
    """decompressobj()'s default: no dictionary (shown as CPython shows it)."""

    def __repr__(self) -> str:
        return "b''"


_NO_ZDICT: Any = _NoZdict()


def decompressobj(wbits: int = MAX_WBITS, zdict: Buffer = _NO_ZDICT) -> Decompress:
    """Return a decompressor object, whose z_stream lives in a sandbox of its own.

    wbits: the window size and container format (as for decompress()). zdict: the
    predefined dictionary the compressor used.
    """
    wbits = c_int(wbits)
    if zdict is not _NO_ZDICT:
        try:
            memoryview(zdict).release()
        except TypeError:
            raise TypeError("zdict argument must support the buffer protocol") from None
    self: Decompress = Decompress._create(Box.for_stream())
    self._zdict = None if zdict is _NO_ZDICT else zdict
    zs = self._zs
    assert zs is not None and zs.box is not None
    what = "while creating decompression object"
    try:
        err = zs.sandbox.inflateInit2_(zs.ptr, wbits, zs.box.version, Z_STREAM_SIZE)
        if err == Z_OK:
            zs.initialised = True
            if self._zdict is not None and wbits < 0:
                self._set_zdict(zs)
            return self
        if err == Z_STREAM_ERROR:
            raise ValueError("Invalid initialization option")
        if err == Z_MEM_ERROR:
            raise MemoryError("Can't allocate memory for decompression object")
        raise zs.error(err, what)
    except SANDBOX_FAILURES as failure:
        raise sandbox_error(failure, what) from failure
