"""zlib 1.3.1 in a WebAssembly sandbox: a drop-in for the standard library's `zlib` module.

    import sandboxed_zlib as zlib

gives the standard module's API -- compress, decompress, crc32, adler32, compressobj,
decompressobj (with copy, unused_data, unconsumed_tail, eof), error and the constants
-- with every line of zlib running inside a sandbox: a memory-safety bug in zlib,
triggered by a hostile input, raises `error` (its `__cause__` the sandbox's trap, e.g.
`_zlib.OutOfBounds`) instead of corrupting this process. Output is byte-identical to
the standard module's. Each compressor or decompressor object keeps its z_stream in a
sandbox of its own, so a trap in one stream leaves every other stream working; see
example_project/README.md for the model, its costs and the few differences.
"""

from __future__ import annotations

from . import _zlib, _zstream
from ._objects import Compress, Decompress, compressobj, decompressobj
from ._oneshot import adler32, compress, crc32, decompress, runtime_version
from ._zstream import (
    DEF_BUF_SIZE,
    DEF_MEM_LEVEL,
    DEFLATED,
    MAX_WBITS,
    Z_BLOCK,
    Z_DEFAULT_COMPRESSION,
    Z_DEFAULT_STRATEGY,
    Z_FINISH,
    Z_FULL_FLUSH,
    Z_NO_FLUSH,
    Z_PARTIAL_FLUSH,
    Z_SYNC_FLUSH,
    Z_TREES,
    ZLIB_VERSION,
    error,
)

__all__ = [
    "DEFLATED", "DEF_BUF_SIZE", "DEF_MEM_LEVEL", "MAX_WBITS", "ZLIB_RUNTIME_VERSION",
    "ZLIB_VERSION", "Z_BEST_COMPRESSION", "Z_BEST_SPEED", "Z_BLOCK", "Z_DEFAULT_COMPRESSION",
    "Z_DEFAULT_STRATEGY", "Z_FILTERED", "Z_FINISH", "Z_FIXED", "Z_FULL_FLUSH", "Z_HUFFMAN_ONLY",
    "Z_NO_COMPRESSION", "Z_NO_FLUSH", "Z_PARTIAL_FLUSH", "Z_RLE", "Z_SYNC_FLUSH", "Z_TREES",
    "Compress", "Decompress", "Trap", "ZlibError", "adler32", "compress", "compressobj", "crc32",
    "decompress", "decompressobj", "error", "set_time_limit", "zlib_version",
]

Z_NO_COMPRESSION, Z_BEST_SPEED, Z_BEST_COMPRESSION = 0, 1, 9
Z_FILTERED, Z_HUFFMAN_ONLY, Z_RLE, Z_FIXED = 1, 2, 3, 4

#: zlibVersion() of the library actually running in the sandbox.
ZLIB_RUNTIME_VERSION: str = runtime_version()

#: The sandbox's trap (base class); a trap reaches callers as `error` with it as cause.
Trap = _zlib.Trap
#: The name this package used for `error` before it became a drop-in.
ZlibError = error


def set_time_limit(seconds: float | None) -> None:
    """Limit how long one call (compress, decompress, and the objects' methods) may keep
    zlib running, in seconds (None: no limit, the default). A call past it raises `error`
    from the sandbox's Timeout, and that stream (or this thread's one-shot sandbox) is
    not used again: a decompression bomb is stopped by time as well as by memory."""
    if seconds is not None and not seconds > 0:
        raise ValueError(f"set_time_limit({seconds!r}): use seconds > 0, or None")
    _zstream.time_limit = seconds


def zlib_version() -> str:
    """zlibVersion() of the sandboxed library (read afresh; ZLIB_RUNTIME_VERSION is cached)."""
    return runtime_version()
