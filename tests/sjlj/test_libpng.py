"""Proof: libpng 1.6.39, unmodified with its default pnglibconf.h (setjmp on), sandboxed
with typed bindings from png.h. Every image of PngSuite and contrib/testpngs decodes
through the simplified API (png_image_*, driven from Python) and the classic API (a
setjmp error handler in tests/sjlj/lib/png_glue.c) as Pillow reads it; every crasher
and hundreds of fuzzed files come back as libpng's own error message — png_error →
longjmp → an error return — with the sandbox still usable."""

from __future__ import annotations

import random
import re
from typing import TYPE_CHECKING

import pytest
from pnglib import (
    PngError,
    build_png,
    classic_decode,
    classic_matches,
    fuzzed,
    libpng_tree,
    pillow_reference,
    simplified_decode,
    simplified_mismatches,
)
from upstream import zlib_copy

if TYPE_CHECKING:
    from pathlib import Path
    from types import ModuleType

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def png(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    return build_png(tmp_path_factory.mktemp("libpng"), "_png_proof")


@pytest.fixture(scope="module")
def images() -> list[Path]:
    contrib = libpng_tree() / "contrib"
    found = [*sorted((contrib / "pngsuite").glob("*.png")),
             *sorted((contrib / "pngsuite" / "interlaced").glob("*.png")),
             *sorted((contrib / "testpngs").glob("*.png"))]
    assert len(found) == 164
    return found


@pytest.fixture(scope="module")
def library_messages(tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    """Every string literal of libpng's and zlib's C: where an error message must come from."""
    zlib = zlib_copy(tmp_path_factory.mktemp("zlib"))
    sources = [*libpng_tree().glob("*.c"), *zlib.glob("*.c")]
    return {m for s in sources
            for m in re.findall(r'"((?:[^"\\]|\\.)*)"', s.read_text(errors="replace"))}


def _is_libpng_message(message: str, library_messages: set[str]) -> bool:
    # png_chunk_error() puts the chunk's name first: "IDAT: incorrect data check".
    return re.sub(r"^[A-Za-z]{4}: ", "", message) in library_messages


def test_png_h_gives_typed_bindings(png: ModuleType) -> None:
    assert png.png_access_version_number() == 10639
    assert png.PNG_LIBPNG_VER_STRING == "1.6.39"
    assert "png_image_begin_read_from_memory(png_imagep image" in (
        png.png_image_begin_read_from_memory.__doc__)
    assert png.__wasmbox__["header"] == "png_glue.h"


def test_simplified_api_decodes_every_image_as_pillow_does(png: ModuleType,
                                                          images: list[Path]) -> None:
    with png.Sandbox() as sb:
        wrong = {image.name: simplified_mismatches(pillow_reference(data), decoded)
                 for image in images
                 for data in [image.read_bytes()]
                 for decoded in [simplified_decode(sb, data)]}
    assert {name: count for name, count in wrong.items() if count} == {}


def test_classic_api_decodes_every_image_as_pillow_does(png: ModuleType,
                                                       images: list[Path]) -> None:
    with png.Sandbox() as sb:
        wrong = [image.name for image in images
                 if not classic_matches(pillow_reference(image.read_bytes()),
                                        classic_decode(sb, image.read_bytes()))]
    assert wrong == []


def test_every_crasher_is_libpng_error(png: ModuleType, images: list[Path],
                                       library_messages: set[str]) -> None:
    crashers = sorted((libpng_tree() / "contrib" / "testpngs" / "crashers").glob("*.png"))
    assert len(crashers) == 23
    reference = images[0].read_bytes()
    with png.Sandbox() as sb:
        for crasher in crashers:
            data = crasher.read_bytes()
            # Strict: benign errors (a huge ancillary chunk) and any bad CRC are errors.
            with pytest.raises(PngError) as raised:
                classic_decode(sb, data, strict=True)
            assert _is_libpng_message(str(raised.value), library_messages), crasher.name
            try:  # the simplified API's defaults let empty ancillary chunks pass
                simplified_decode(sb, data)
            except PngError as error:
                assert _is_libpng_message(str(error), library_messages), crasher.name
        assert not sb.poisoned
        assert classic_decode(sb, reference) == classic_decode(sb, reference)
        assert classic_matches(pillow_reference(reference), classic_decode(sb, reference))


def test_fuzzed_pngs_are_libpng_errors(png: ModuleType, images: list[Path],
                                       library_messages: set[str]) -> None:
    rng = random.Random(20260817)
    errors = decoded = 0
    with png.Sandbox() as sb:
        for i in range(400):
            fix_crc = i % 2 == 1
            data = fuzzed(rng.choice(images).read_bytes(), rng, fix_crc)
            for decode in (classic_decode, simplified_decode):
                try:
                    decode(sb, data)
                    decoded += 1
                    assert fix_crc  # a bad CRC on a critical chunk always stops libpng
                except PngError as error:
                    errors += 1
                    assert _is_libpng_message(str(error), library_messages), str(error)
        assert not sb.poisoned
        reference = images[0].read_bytes()
        assert classic_matches(pillow_reference(reference), classic_decode(sb, reference))
        assert simplified_mismatches(pillow_reference(reference),
                                     simplified_decode(sb, reference)) == 0
    assert errors >= 600 and decoded > 0  # 400 of them with bad CRCs, most of the rest
