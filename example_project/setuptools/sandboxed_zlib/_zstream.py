"""z_streams that live inside sandboxes: the wasm32 layout, and the loop that drives one.

The standard library's zlib module keeps a `z_stream` in each compressor and
decompressor object and calls deflate()/inflate() on it again and again. Here the
z_stream, zlib's internal state and the stream's input and output windows all live in
a sandbox's linear memory: Python copies data in and out in windows of at most
IN_WINDOW / OUT_WINDOW bytes, and reads and writes the stream's fields.

`z_stream` on wasm32, where pointers, `uInt` and `uLong` are all 4 bytes (checked with
static asserts against zlib.h 1.3.1 compiled by clang -target wasm32-wasi;
sizeof(z_stream) == 56):

    offset  field      type                offset  field      type
       0    next_in    Bytef *               28    state      struct internal_state *
       4    avail_in   uInt                  32    zalloc     alloc_func (0: zlib's, malloc)
       8    total_in   uLong                 36    zfree      free_func  (0: zlib's, free)
      12    next_out   Bytef *               40    opaque     voidpf
      16    avail_out  uInt                  44    data_type  int
      20    total_out  uLong                 48    adler      uLong
      24    msg        const char *          52    reserved   uLong

Everything the sandbox hands back (avail_in, avail_out, msg) is checked before it is
used: the sandbox is the adversary.
"""

from __future__ import annotations

import operator
import struct
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import ClassVar

from . import _zlib

Buffer = bytes | bytearray | memoryview

# ---- the constants of zlib.h, as the standard library's zlib module exports them ---------
Z_NO_FLUSH, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH, Z_BLOCK, Z_TREES = range(7)
Z_OK, Z_STREAM_END, Z_NEED_DICT = 0, 1, 2
Z_ERRNO, Z_STREAM_ERROR, Z_DATA_ERROR, Z_MEM_ERROR, Z_BUF_ERROR, Z_VERSION_ERROR = range(-1, -7, -1)
DEFLATED = 8
MAX_WBITS = 15
DEF_MEM_LEVEL = 8
DEF_BUF_SIZE = 16 * 1024
Z_DEFAULT_COMPRESSION = -1
Z_DEFAULT_STRATEGY = 0

#: The zlib.h the sandboxed library was compiled from (the vendored zlib 1.3.1).
ZLIB_VERSION = "1.3.1"

# ---- the wasm32 z_stream -------------------------------------------------------------------
Z_STREAM_SIZE = 56
NEXT_IN, AVAIL_IN, NEXT_OUT, AVAIL_OUT, MSG = 0, 4, 12, 16, 24
_POINTER_AND_LENGTH = struct.Struct("<II")       # next_in + avail_in, or next_out + avail_out
_AVAILABLE = struct.Struct("<4xI8xI")            # avail_in and avail_out, read at offset 0
_U32 = struct.Struct("<I")
_ZEROS = bytes(Z_STREAM_SIZE)

# Input goes into the sandbox IN_WINDOW bytes at a time, output comes out of a window of
# at most OUT_WINDOW bytes. The output is cut into the same blocks as CPython's zlib
# module cuts it (32 KiB, 64 KiB, 256 KiB, 1 MiB, ...: pycore_blocks_output_buffer.h), so
# every avail_out zlib sees is the same as under the standard module until a block
# exceeds OUT_WINDOW; that keeps even level-0 (stored) output byte-identical for calls up
# to IN_WINDOW bytes in and 96 KiB out. Larger windows buy no speed (a window costs ~2 us
# of calls; 64 KiB takes 50-500 us to produce) but stay resident in every stream's sandbox.
IN_WINDOW = 64 * 1024
OUT_WINDOW = 64 * 1024
_KB, _MB = 1024, 1024 * 1024
_BLOCK_SIZES = (32 * _KB, 64 * _KB, 256 * _KB, 1 * _MB, 4 * _MB, 8 * _MB, 16 * _MB, 16 * _MB,
                32 * _MB, 32 * _MB, 32 * _MB, 32 * _MB, 64 * _MB, 64 * _MB, 128 * _MB, 128 * _MB,
                256 * _MB)
FIRST_BLOCK = _BLOCK_SIZES[0]
_INT_MAX, _INT_MIN, _UINT_MAX = 2**31 - 1, -(2**31), 2**32 - 1

#: Seconds one compress/decompress/flush call may keep zlib running (None: no limit),
#: across all the deflate()/inflate() calls it makes; sandboxed_zlib.set_time_limit().
#: A call past it raises `error` (its __cause__ the sandbox's Timeout), like a trap.
time_limit: float | None = None


class error(Exception):  # the standard module's name
    """zlib reported an error, or the sandbox running it trapped (then `__cause__`)."""


error.__module__ = __package__ or "sandboxed_zlib"


class SandboxMisbehaved(Exception):
    """The sandbox handed back a z_stream no correct zlib would leave: it is compromised."""


# A call into the sandbox can fail in these ways; each means the instance is gone.
SANDBOX_FAILURES: tuple[type[BaseException], ...] = (
    _zlib.Trap, _zlib.SandboxPoisoned, SandboxMisbehaved)


def sandbox_error(failure: BaseException, what: str) -> error:
    """The zlib.error raised when the sandbox running a stream failed (a trap)."""
    exc = error(f"Error {what}: the sandbox running zlib failed ({type(failure).__name__}: "
                f"{failure}); the stream cannot be used again")
    exc.__cause__ = failure
    return exc


# ---- argument conversion, as CPython's Argument Clinic converters do it ---------------------

def c_int(value: object) -> int:
    """An `int` argument: anything with __index__ that fits a C int."""
    number = operator.index(value)  # type: ignore[arg-type]
    if not _INT_MIN <= number <= _INT_MAX:
        raise OverflowError("Python int too large to convert to C int")
    return number


def c_ssize(value: object) -> int:
    """A `Py_ssize_t` argument."""
    number = operator.index(value)  # type: ignore[arg-type]
    if not -sys.maxsize - 1 <= number <= sys.maxsize:
        raise OverflowError("Python int too large to convert to C ssize_t")
    return number


def c_uint_mask(value: object) -> int:
    """An `unsigned int(bitwise=True)` argument: any integer, reduced modulo 2**32."""
    return operator.index(value) & _UINT_MAX  # type: ignore[arg-type]


def byte_view(data: object) -> memoryview:
    """A flat unsigned-byte view of a bytes-like object (a `Py_buffer` argument).

    The caller releases it (`release()`), so a bytearray can be resized afterwards."""
    try:
        view = memoryview(data)  # type: ignore[arg-type]
    except TypeError:
        raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'") from None
    if view.format == "B" and view.ndim == 1:
        return view
    try:
        if not view.c_contiguous:
            raise TypeError(f"argument must be a contiguous buffer, not '{type(data).__name__}'")
        return view.cast("B")
    finally:
        view.release()


# ---- a sandbox shared by a stream and its copies --------------------------------------------

def _sandbox_limit() -> int:
    """How many streams get a sandbox of their own before new ones start sharing.

    Every sandbox takes two memory mappings, and Linux allows a process
    vm.max_map_count of them (65530 by default); past that, a new sandbox fails with
    MemoryError (measured: at ~32,700 live sandboxes). A quarter of the budget keeps
    well clear of it, whatever else the process maps."""
    try:
        return max(64, int(Path("/proc/sys/vm/max_map_count").read_text()) // 4)
    except (OSError, ValueError):
        return 16384


SANDBOX_LIMIT = _sandbox_limit()
SHARED_STREAMS = 64  # streams per shared sandbox, once SANDBOX_LIMIT is reached


class Box:
    """One sandbox and the z_streams living in it.

    A stream made by compressobj()/decompressobj() gets a sandbox of its own
    (for_stream()); copy() puts the copy in the same sandbox (deflateCopy/inflateCopy
    work inside one linear memory). The sandbox is closed, and its memory returned, when
    its last stream goes. A trap poisons the sandbox, so it fails every stream in it: a
    stream and its copies. Only past SANDBOX_LIMIT live sandboxes do unrelated streams
    share one, SHARED_STREAMS at a time, rather than fail with MemoryError.
    """

    __slots__ = ("_lock", "counted", "sb", "streams", "trap",
                 "version")

    owned: ClassVar[int] = 0             # live boxes made by for_stream() with their own sandbox
    _shared: ClassVar[list[Box]] = []    # boxes taking unrelated streams, past the limit
    # Re-entrant: a stream freed by the garbage collector may detach while we hold it.
    _pool_lock: ClassVar[threading.RLock] = threading.RLock()

    def __init__(self, streams: int = 0, counted: bool = False) -> None:
        self.counted = False
        self.sb = _zlib.Sandbox()
        self.version = self.sb.alloc(ZLIB_VERSION.encode() + b"\0")
        self.streams = streams
        self.trap: BaseException | None = None
        self._lock = threading.Lock()
        self.counted = counted

    @classmethod
    def for_stream(cls) -> Box:
        """The box for a new stream: a sandbox of its own while there are fewer than
        SANDBOX_LIMIT, else a place in a shared one."""
        with cls._pool_lock:
            own = cls.owned < SANDBOX_LIMIT
            if own:
                cls.owned += 1
        if own:
            try:
                return cls(counted=True)
            except MemoryError:  # no address space left for another sandbox
                with cls._pool_lock:
                    cls.owned -= 1
        with cls._pool_lock:
            for box in [box for box in cls._shared if box.trap is not None]:
                cls._shared.remove(box)
                box.detach()
            for box in cls._shared:
                if box.streams <= SHARED_STREAMS:  # the pool holds one share itself
                    return box
            box = cls(streams=1)
            cls._shared.append(box)
            return box

    def attach(self) -> None:
        with self._lock:
            self.streams += 1

    def shared(self) -> bool:
        """Whether other streams still live here (and the sandbox can still be entered)."""
        return self.streams > 1 and self.trap is None

    def detach(self) -> None:
        with self._lock:
            self.streams -= 1
            last = self.streams == 0
        if last:
            self.sb.close()
            if self.counted:
                with Box._pool_lock:
                    Box.owned -= 1

    def poison(self, failure: BaseException) -> BaseException:
        """Record a failure of the sandbox; return the one that poisoned it first."""
        if self.trap is None:
            self.trap = failure
        return self.trap


# ---- one z_stream ---------------------------------------------------------------------------

# What a status handler tells pump(): go on as zlib's loop says, call again, stop now.
GO, AGAIN, STOP = 0, 1, 2


class ZStream:
    """A z_stream inside a box's sandbox, with its input and output windows there."""

    __slots__ = ("box", "busy", "end", "in_cap", "in_ptr", "initialised", "out_cap", "out_ptr",
                 "ptr")

    # Bound here, not looked up as globals: __del__ may run while the interpreter exits.
    _RELEASE_FAILURES: ClassVar[tuple[type[BaseException], ...]] = (*SANDBOX_FAILURES, ValueError)

    def __init__(self, box: Box, inflate: bool) -> None:
        self.box: Box | None = None
        self.in_ptr = self.out_ptr = self.ptr = 0
        self.in_cap = self.out_cap = 0
        self.initialised = False  # between a successful *Init2_ and *End, as CPython tracks it
        self.busy = False  # lent to a one-shot call
        self.end = box.sb.inflateEnd if inflate else box.sb.deflateEnd
        box.attach()
        self.box = box
        self.ptr = box.sb.alloc(_ZEROS)  # zalloc = zfree = opaque = 0: zlib uses malloc

    # -- life cycle

    def release(self) -> None:
        """Free the stream and its windows, unless the whole sandbox goes with it."""
        box, self.box = self.box, None
        if box is None:
            return
        try:
            if box.shared():
                if self.initialised:
                    self.end(self.ptr)
                for ptr in (self.ptr, self.in_ptr, self.out_ptr):
                    if ptr:
                        box.sb.free(ptr)
        except self._RELEASE_FAILURES as failure:
            box.poison(failure)
        finally:
            box.detach()

    def __del__(self) -> None:
        self.release()

    @property
    def sandbox(self) -> _zlib.Sandbox:
        assert self.box is not None, "a released z_stream"
        return self.box.sb

    # -- fields and windows

    def set_input(self, ptr: int, size: int) -> None:
        self.sandbox.write(self.ptr + NEXT_IN, _POINTER_AND_LENGTH.pack(ptr, size))

    def window(self, size: int, output: bool) -> int:
        """The input or output window, with room for at least `size` bytes.

        Made IN_WINDOW / OUT_WINDOW bytes large at once (never regrown): the sandbox's
        pages become resident only when written, and a window that grew in steps would
        leave its smaller predecessors' pages resident too."""
        size = max(size, IN_WINDOW if not output else OUT_WINDOW)
        sb = self.sandbox
        if output:
            if self.out_cap < size:
                if self.out_ptr:
                    sb.free(self.out_ptr)
                    self.out_ptr = self.out_cap = 0
                self.out_ptr, self.out_cap = sb.alloc(size), size
            return self.out_ptr
        if self.in_cap < size:
            if self.in_ptr:
                sb.free(self.in_ptr)
                self.in_ptr = self.in_cap = 0
            self.in_ptr, self.in_cap = sb.alloc(size), size
        return self.in_ptr

    def message(self) -> str | None:
        """zlib's `msg` for the last error, read from the sandbox (None when NULL)."""
        sb = self.sandbox
        (ptr,) = _U32.unpack(sb.read(self.ptr + MSG, 4))
        if ptr == 0:
            return None
        try:
            raw = sb.read_cstring(ptr, 200)
        except ValueError:  # no NUL within 200 bytes: CPython prints at most 200 anyway
            raw = sb.read(ptr, 200)
        except IndexError:
            raw = b""
        return raw.decode("utf-8", "replace")

    def error(self, err: int, what: str) -> error:
        """The exception CPython's zlib_error() raises for this stream and status."""
        zmsg = "library version mismatch" if err == Z_VERSION_ERROR else self.message()
        if zmsg is None:
            zmsg = {Z_BUF_ERROR: "incomplete or truncated stream",
                    Z_STREAM_ERROR: "inconsistent stream state",
                    Z_DATA_ERROR: "invalid input data"}.get(err)
        return error(f"Error {err} {what}" if zmsg is None else f"Error {err} {what}: {zmsg}")

    # -- the loop

    def pump(self, step: Callable[[int, int], int], data: Buffer, *, flush_mid: int,
             flush_last: int, on_status: Callable[[int], int], max_length: int = -1,
             first_block: int = FIRST_BLOCK) -> tuple[bytes, int, int]:
        """_pump(), within `time_limit`: a decompression bomb is stopped by time too."""
        if time_limit is None:
            return self._pump(step, data, flush_mid=flush_mid, flush_last=flush_last,
                              on_status=on_status, max_length=max_length,
                              first_block=first_block)
        with self.sandbox.deadline(time_limit):
            return self._pump(step, data, flush_mid=flush_mid, flush_last=flush_last,
                              on_status=on_status, max_length=max_length,
                              first_block=first_block)

    def _pump(self, step: Callable[[int, int], int], data: Buffer, *, flush_mid: int,
              flush_last: int, on_status: Callable[[int], int], max_length: int,
              first_block: int) -> tuple[bytes, int, int]:
        """Run deflate or inflate (`step`) over `data` as CPython's zlib module does.

        The same two loops as Modules/zlibmodule.c: for each input window, call `step`
        while the output window fills up (or `on_status` asks to call again), then go on
        while there is input and the stream has not ended. `on_status(err)` sees every
        status and says GO, AGAIN or STOP (it may raise). Output stops at `max_length`
        bytes (-1: no limit). The output is cut into CPython's blocks, the first one
        `first_block` bytes. Returns (output, last status, bytes of `data` consumed).
        """
        sb = self.sandbox
        zs = self.ptr
        total = len(data)
        given = 0        # bytes of data handed to zlib so far
        parts: list[bytes] = []
        produced = 0
        block = 0        # CPython's output blocks so far
        block_left = 0   # room left in the current one
        cursor = room = 0  # where zlib writes next in our output window, and how much room
        err = Z_OK
        while True:
            size = min(total - given, IN_WINDOW)
            ptr = self.in_ptr if self.in_cap >= size and self.in_ptr else self.window(size, False)
            if size:
                sb.write(ptr, data[given:given + size] if size != total else data)
            sb.write(zs + NEXT_IN, _POINTER_AND_LENGTH.pack(ptr, size))
            given += size
            avail_in = size
            flush = flush_last if given == total else flush_mid
            while True:
                if room == 0:
                    if block_left == 0:
                        if produced == max_length:
                            return b"".join(parts), err, given - avail_in
                        block_left = (first_block if block == 0 else
                                      _BLOCK_SIZES[min(block, len(_BLOCK_SIZES) - 1)])
                        block += 1
                        if max_length >= 0:
                            block_left = min(block_left, max_length - produced)
                    room = min(block_left, OUT_WINDOW)
                    cursor = self.out_ptr if self.out_cap >= room else self.window(room, True)
                    sb.write(zs + NEXT_OUT, _POINTER_AND_LENGTH.pack(cursor, room))
                err = step(zs, flush)
                avail_in, avail_out = _AVAILABLE.unpack(sb.read(zs, 20))
                if avail_in > size or avail_out > room:
                    raise SandboxMisbehaved(f"avail_in {avail_in} of {size}, "
                                            f"avail_out {avail_out} of {room}")
                if avail_out != room:
                    wrote = room - avail_out
                    parts.append(sb.read(cursor, wrote))
                    produced += wrote
                    block_left -= wrote
                    cursor += wrote
                    room = avail_out
                action = on_status(err)
                if action == STOP:
                    return b"".join(parts), err, given - avail_in
                if room != 0 and action != AGAIN:
                    break
            if err == Z_STREAM_END or given == total:
                return b"".join(parts), err, given - avail_in
