"""snappy 1.1.9 (Debian's source package, C++), sandboxed through its C API snappy-c.h
with the setuptools front end, by zig and by Debian's clang: round trips, interchange
with an independent snappy (cramjam, PyPI), and corrupt input rejected, never a crash."""

from __future__ import annotations

import random
import textwrap
from pathlib import Path
from types import ModuleType

import cramjam
import pytest
from cxxtestlib import built, provider_env
from debian_sources import SNAPPY_SOURCES, snappy_tree
from projects import import_built

pytestmark = pytest.mark.slow

MAX_MEMORY = 64 << 20


def write_snappy_project(root: Path, tree: Path, module: str, provider: str) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    sources = [str(tree / name) for name in SNAPPY_SOURCES]
    (root / "setup.py").write_text(textwrap.dedent(f"""\
        from setuptools import setup
        from wasmbox_build import WasmBoxExtension

        setup(name={module!r}, version="0", ext_modules=[WasmBoxExtension(
            {module!r}, sources={sources!r}, include_dirs=[{str(tree)!r}],
            header="snappy-c.h", max_memory={MAX_MEMORY}, toolchain={provider!r})])
        """))
    return root


@pytest.fixture(scope="module", params=["zig", "system"])
def snappy(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory,
           session_cache: Path) -> ModuleType:
    provider = str(request.param)
    module = f"snappy_{provider}"
    root = write_snappy_project(tmp_path_factory.mktemp(module),
                                snappy_tree(session_cache / "sources"), module, provider)
    built(root, provider_env(provider))
    return import_built(root, module)


def compress(m: ModuleType, sb: object, data: bytes) -> bytes:
    out = bytearray(sb.snappy_max_compressed_length(len(data)))  # type: ignore[attr-defined]
    size = m.cell("size_t", len(out))
    assert sb.snappy_compress(data, len(data), out, size) == m.SNAPPY_OK  # type: ignore[attr-defined]
    return bytes(out[:size.value])


def uncompress(m: ModuleType, sb: object, packed: bytes) -> tuple[int, bytes | None]:
    """(status, data): snappy's own verdict on `packed`, through the sandbox."""
    length = m.cell("size_t", 0)
    status = sb.snappy_uncompressed_length(packed, len(packed), length)  # type: ignore[attr-defined]
    if status != m.SNAPPY_OK:
        return status, None
    if length.value > MAX_MEMORY // 2:
        return m.SNAPPY_INVALID_INPUT, None  # a header claiming more than we would lend it
    out = bytearray(max(length.value, 1))
    size = m.cell("size_t", length.value)
    status = sb.snappy_uncompress(packed, len(packed), out, size)  # type: ignore[attr-defined]
    return status, bytes(out[:size.value]) if status == m.SNAPPY_OK else None


def _samples() -> list[bytes]:
    rng = random.Random(1109)
    words = [bytes(rng.choices(b"abcdefghij klmnop", k=rng.randint(1, 9))) for _ in range(300)]
    text = b" ".join(rng.choice(words) for _ in range(200_000))
    return [b"", b"x", b"\x00" * 100_000, bytes(range(256)) * 40, rng.randbytes(70_000),
            text, text[:65_537], b"snappy " * 10_000]


SAMPLES = _samples()


def test_round_trips(snappy: ModuleType) -> None:
    sb = snappy.Sandbox()
    for data in SAMPLES:
        packed = compress(snappy, sb, data)
        assert sb.snappy_validate_compressed_buffer(packed, len(packed)) == snappy.SNAPPY_OK
        assert uncompress(snappy, sb, packed) == (snappy.SNAPPY_OK, data)
    assert len(compress(snappy, sb, SAMPLES[5])) < len(SAMPLES[5]) // 2


def test_interchange_with_an_independent_snappy(snappy: ModuleType) -> None:
    sb = snappy.Sandbox()
    for data in SAMPLES:
        ours = compress(snappy, sb, data)
        assert bytes(cramjam.snappy.decompress_raw(ours)) == data
        theirs = bytes(cramjam.snappy.compress_raw(data))
        assert uncompress(snappy, sb, theirs) == (snappy.SNAPPY_OK, data)


def _corruptions(packed: bytes, rng: random.Random) -> list[bytes]:
    out = [packed[:n] for n in sorted({0, 1, 2, len(packed) // 2, len(packed) - 1})]
    for _ in range(60):
        flipped = bytearray(packed)
        for _ in range(rng.randint(1, 4)):
            flipped[rng.randrange(len(flipped))] ^= 1 << rng.randrange(8)
        out.append(bytes(flipped))
    out += [rng.randbytes(rng.randint(1, 3000)) for _ in range(60)]
    # A length header of ~4 GiB, and a copy reaching back before the output's start.
    out += [b"\xff\xff\xff\xff\x0f" + packed[5:], b"\x08\x0a\x00\x00\x00\x00"]
    return out


def test_corrupt_input_is_an_error_status_never_a_crash(snappy: ModuleType) -> None:
    rng = random.Random(9)
    sb = snappy.Sandbox()
    rejected = 0
    for data in (SAMPLES[3], SAMPLES[5][:20_000], SAMPLES[7]):
        for bad in _corruptions(compress(snappy, sb, data), rng):
            valid = sb.snappy_validate_compressed_buffer(bad, len(bad)) == snappy.SNAPPY_OK
            status, result = uncompress(snappy, sb, bad)
            assert status in (snappy.SNAPPY_OK, snappy.SNAPPY_INVALID_INPUT)
            assert (status == snappy.SNAPPY_OK) == valid
            rejected += not valid
            # The independent implementation agrees on what the bytes mean.
            try:
                reference: bytes | None = bytes(cramjam.snappy.decompress_raw(bad))
            except cramjam.DecompressionError:
                reference = None
            if valid:
                assert result == reference
            assert not sb.poisoned
    assert rejected > 100
