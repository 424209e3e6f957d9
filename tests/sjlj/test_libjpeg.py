"""Proof: libjpeg (libjpeg-turbo 2.1.5, Debian's source, unmodified) sandboxed with the
documented setjmp-based recovery (an error_exit that longjmps back; jpeg_glue.c): its
decodes equal Pillow's, and corrupt JPEGs each come back to Python as libjpeg's own
message — not exit(), not a trap — with the sandbox usable after every one."""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

import pytest
from jpeglib import (
    JpegError,
    build_jpeg,
    corrupted,
    decode,
    encoded_samples,
    jpeg_tree,
    message_patterns,
    pillow_decode,
)

if TYPE_CHECKING:
    from types import ModuleType

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def jpeg(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    return build_jpeg(tmp_path_factory.mktemp("libjpeg"), "_jpeg_proof",
                      max_memory=64 << 20)


@pytest.fixture(scope="module")
def samples() -> dict[str, bytes]:
    """libjpeg-turbo's own test images (Huffman, arithmetic, progressive) and Pillow's."""
    images = jpeg_tree() / "testimages"
    found = {name: (images / name).read_bytes()
             for name in ("testorig.jpg", "testimgari.jpg", "testimgint.jpg")}
    return {**found, **encoded_samples()}


def test_decodes_as_pillow_does(jpeg: ModuleType, samples: dict[str, bytes]) -> None:
    with jpeg.Sandbox() as sb:
        wrong = [name for name, data in samples.items()
                 if decode(sb, data) != pillow_decode(data)]
    assert wrong == []


def test_unsupported_input_is_an_error(jpeg: ModuleType) -> None:
    with jpeg.Sandbox() as sb:
        with pytest.raises(JpegError, match="Unsupported JPEG data precision 12"):
            decode(sb, (jpeg_tree() / "testimages" / "testorig12.jpg").read_bytes())
        with pytest.raises(JpegError, match="Not a JPEG file: starts with 0x89 0x50"):
            decode(sb, b"\x89PNG\r\n\x1a\n" + bytes(100))
        assert not sb.poisoned


def test_corrupt_jpegs_are_libjpeg_errors(jpeg: ModuleType, samples: dict[str, bytes]) -> None:
    patterns = message_patterns()
    rng = random.Random(20260817)
    inputs = list(samples.values())
    errors = 0
    with jpeg.Sandbox() as sb:
        for i in range(300):
            data = inputs[i % len(inputs)]
            bad = data[:rng.randrange(2, len(data) - 2)] if i < 100 else corrupted(data, rng)
            try:
                decode(sb, bad)
            except JpegError as error:
                errors += 1
                assert any(p.match(str(error)) for p in patterns), str(error)
            else:
                assert i >= 100, "a JPEG cut short decoded without an error"
        assert not sb.poisoned
        assert decode(sb, inputs[0]) == pillow_decode(inputs[0])
    assert errors >= 200  # every cut one, and most of the changed ones
