"""zlib 1.3.1's real zlib.h, bound with header="zlib.h" (no exports list), used from
Python with bytes in, bytearray out and a Cell for destLen; and mypy checking code
against the generated stub."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import zlib
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from pathlib import Path
    from types import ModuleType

DATA = b"".join(b"line %d of some fairly repetitive text\n" % i for i in range(5000))


def test_every_declared_and_defined_function_is_exported(zlib_module: ModuleType) -> None:
    exports = set(zlib_module.__wasmbox__["exports"])
    assert {"compress2", "uncompress", "crc32", "deflateInit_", "inflate"} <= exports
    assert not any(name.startswith("gz") for name in exports)  # declared, not compiled
    assert zlib_module.compress2.__doc__.startswith(
        "int compress2(Bytef *dest, uLongf *destLen, const Bytef *source, uLong sourceLen, "
        "int level)")


@pytest.mark.parametrize("level", [1, 6, 9])
def test_compress2_and_uncompress(zlib_module: ModuleType, level: int) -> None:
    z = zlib_module
    bound = z.compressBound(len(DATA))
    dest, dest_len = bytearray(bound), z.cell("uLongf", bound)
    assert z.compress2(dest, dest_len, DATA, len(DATA), level) == z.Z_OK
    compressed = bytes(dest[:dest_len.value])
    assert compressed == zlib.compress(DATA, level)  # byte-identical to native zlib
    out, out_len = bytearray(len(DATA)), z.cell("uLongf", len(DATA))
    assert z.uncompress(out, out_len, compressed, len(compressed)) == z.Z_OK
    assert out_len.value == len(DATA) and out == DATA


def test_errors_come_back_as_zlib_status(zlib_module: ModuleType) -> None:
    z = zlib_module
    compressed = zlib.compress(DATA)
    small, small_len = bytearray(100), z.cell("uLongf", 100)
    assert z.uncompress(small, small_len, compressed, len(compressed)) == z.Z_BUF_ERROR
    out, out_len = bytearray(len(DATA)), z.cell("uLongf", len(DATA))
    corrupt = compressed[:20] + b"\xff" * 20 + compressed[40:]
    assert z.uncompress(out, out_len, corrupt, len(corrupt)) == z.Z_DATA_ERROR
    empty, empty_len = bytearray(), z.cell("uLongf", 0)
    assert z.compress2(empty, empty_len, b"", 0, 6) == z.Z_BUF_ERROR  # zero-length buffers


def test_checksums_version_and_handles(zlib_module: ModuleType) -> None:
    z = zlib_module
    assert z.crc32(0, DATA, len(DATA)) == zlib.crc32(DATA)  # uLong: unsigned, no masking
    assert z.adler32(1, DATA, len(DATA)) == zlib.adler32(DATA)
    assert z.crc32(0, None, 0) == 0
    with z.Sandbox() as sb:
        assert sb.read_cstring(sb.zlibVersion()).decode() == z.ZLIB_VERSION == "1.3.1"
        stream = sb.alloc(bytes(56))  # sizeof(z_stream) on wasm32: a struct pointer is a handle
        assert sb.deflateInit_(stream, 6, z.ZLIB_VERSION, 56) == z.Z_OK
        assert sb.deflateEnd(stream) == z.Z_OK
        with pytest.raises(TypeError, match="takes a sandbox address"):
            sb.deflateEnd(bytearray(56))


CORRECT = """\
from zpkg import _zlib as z

def compress(data: bytes, level: int = 6) -> bytes:
    bound: int = z.compressBound(len(data))
    dest, dest_len = bytearray(bound), z.cell("uLongf", bound)
    status: int = z.compress2(dest, dest_len, data, len(data), level)
    if status != z.Z_OK:
        raise ValueError(status)
    return bytes(dest[: dest_len.value])

with z.Sandbox() as sb:
    version: bytes = sb.read_cstring(sb.zlibVersion())
    checksum: int = sb.raw.crc32(0, 0, 0)
"""

WRONG = """\
from zpkg import _zlib as z

dest, dest_len = bytearray(10), z.cell("uLongf", 10)
z.compress2(dest, dest_len, "text is not bytes", 17, 6)
"""


def _mypy(folder: Path, name: str, script: str) -> subprocess.CompletedProcess[str]:
    (folder / name).write_text(textwrap.dedent(script))
    env = {**os.environ, "MYPYPATH": str(folder)}
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary",
         "--cache-dir", str(folder / ".mypy_cache"), name],
        cwd=folder, capture_output=True, text=True, env=env, check=False, timeout=600)


def test_mypy_checks_code_against_the_stub(zlib_project: Path) -> None:
    good = _mypy(zlib_project, "good_use.py", CORRECT)
    assert good.returncode == 0, good.stdout + good.stderr
    bad = _mypy(zlib_project, "bad_use.py", WRONG)
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert 'Argument 3 to "compress2" has incompatible type "str"' in bad.stdout, bad.stdout
