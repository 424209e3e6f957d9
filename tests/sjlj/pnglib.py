"""The libpng proof's helpers: the sandboxed libpng 1.6.39 project (typed bindings from
png.h through tests/sjlj/lib/png_glue.h), its two decoders, Pillow's reading of the same
files, and a seeded PNG fuzzer."""

from __future__ import annotations

import io
import random
import shutil
import struct
import zlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PIL import Image
from projects import TESTS, build_inplace, import_built, write_project
from upstream import LIBPNG, unpacked, zlib_copy

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path
    from types import ModuleType

LIB = TESTS / "sjlj" / "lib"
PNG_SOURCES = ("png.c", "pngerror.c", "pngget.c", "pngmem.c", "pngpread.c", "pngread.c",
               "pngrio.c", "pngrtran.c", "pngrutil.c", "pngset.c", "pngtrans.c", "pngwio.c",
               "pngwrite.c", "pngwtran.c", "pngwutil.c")
MAX_MEMORY = 256 << 20


def libpng_tree() -> Path:
    return unpacked(LIBPNG)


def write_png_project(root: Path, module: str, **options: object) -> Path:
    """libpng (its default pnglibconf.h: the prebuilt one) + zlib 1.3.1 + png_glue.c,
    with typed bindings from png_glue.h, which includes png.h."""
    tree = libpng_tree()
    png_dir = root / "libpng"
    png_dir.mkdir(parents=True)
    for name in (*PNG_SOURCES, "png.h", "pngconf.h", "pngpriv.h", "pngstruct.h", "pnginfo.h",
                 "pngdebug.h"):
        shutil.copy(tree / name, png_dir / name)
    shutil.copy(tree / "scripts" / "pnglibconf.h.prebuilt", png_dir / "pnglibconf.h")
    zlib_dir = zlib_copy(root)
    zlib_c = sorted(p.name for p in zlib_dir.glob("*.c"))
    sources = {"png_glue.c": (LIB / "png_glue.c").read_text(),
               "png_glue.h": (LIB / "png_glue.h").read_text()}
    library = [f"libpng/{n}" for n in PNG_SOURCES] + [f"{zlib_dir.name}/{n}" for n in zlib_c]
    write_project(root, module, sources, library_sources=library, header="png_glue.h",
                  include_dirs=["libpng", zlib_dir.name], max_memory=MAX_MEMORY, **options)
    return root


def build_png(root: Path, module: str, **options: object) -> ModuleType:
    write_png_project(root, module, **options)
    build_inplace(root)
    return import_built(root, module)


class PngError(Exception):
    """A decode that libpng refused: the message is libpng's."""


# ---- the simplified API (png_image_*), driven from Python through the typed bindings ----

PNG_FORMAT_RGBA = 3  # PNG_FORMAT_FLAG_COLOR | PNG_FORMAT_FLAG_ALPHA
_IMAGE = struct.Struct("<IIIIIIII64s")  # png_image on wasm32: opaque, version, ..., message


@dataclass(frozen=True)
class Decoded:
    width: int
    height: int
    rgba: bytes


def simplified_decode(sb: object, data: bytes) -> Decoded:
    """png_image_begin_read_from_memory + png_image_finish_read to 8-bit RGBA."""
    image = sb.alloc(_IMAGE.size)  # type: ignore[attr-defined]
    memory = sb.alloc(data)  # type: ignore[attr-defined]  # it must outlive begin_read
    try:
        sb.write(image, _IMAGE.pack(0, 1, 0, 0, 0, 0, 0, 0, b""))  # type: ignore[attr-defined]
        if not sb.png_image_begin_read_from_memory(image, memory, len(data)):  # type: ignore[attr-defined]
            raise PngError(_image_message(sb, image))
        fields = list(_IMAGE.unpack(sb.read(image, _IMAGE.size)))  # type: ignore[attr-defined]
        width, height = fields[2], fields[3]
        fields[4] = PNG_FORMAT_RGBA
        sb.write(image, _IMAGE.pack(*fields))  # type: ignore[attr-defined]
        size = width * height * 4
        if size > MAX_MEMORY // 4:
            sb.png_image_free(image)  # type: ignore[attr-defined]
            raise PngError(f"{width}x{height} is too large for the test")
        buffer = sb.alloc(size)  # type: ignore[attr-defined]
        try:
            if not sb.png_image_finish_read(image, None, buffer, 0, None):  # type: ignore[attr-defined]
                raise PngError(_image_message(sb, image))
            return Decoded(width, height, sb.read(buffer, size))  # type: ignore[attr-defined]
        finally:
            sb.free(buffer)  # type: ignore[attr-defined]
    finally:
        sb.free(memory)  # type: ignore[attr-defined]
        sb.free(image)  # type: ignore[attr-defined]


def _image_message(sb: object, image: int) -> str:
    message = _IMAGE.unpack(sb.read(image, _IMAGE.size))[8]  # type: ignore[attr-defined]
    return bytes(message).split(b"\0", 1)[0].decode("latin-1")


# ---- the classic API, through png_glue.c ------------------------------------------------


def classic_decode(sb: object, data: bytes, strict: bool = False) -> Decoded:
    width, height = struct.unpack(">II", data[16:24]) if len(data) >= 24 else (0, 0)
    capacity = width * height * 4 if 0 < width * height * 4 <= MAX_MEMORY // 4 else 4
    out = bytearray(capacity)
    size = bytearray(8)
    message = bytearray(256)
    if sb.png_glue_classic_decode(data, len(data), int(strict), out, len(out), size,  # type: ignore[attr-defined]
                                  message, len(message)) != 0:
        raise PngError(bytes(message).split(b"\0", 1)[0].decode("latin-1"))
    width, height = struct.unpack("<II", size)
    return Decoded(width, height, bytes(out[:width * height * 4]))


# ---- Pillow's reading, as the reference ---------------------------------------------------


@dataclass(frozen=True)
class Reference:
    """Pillow's decode of a PNG, and what the file says about its samples."""

    width: int
    height: int
    rgba: bytes  # 8-bit RGBA; 16-bit samples cut to their high byte, as Pillow does
    gray16: tuple[int, ...] | None  # all 16 bits of a 16-bit gray image (Pillow keeps them)
    depth: int  # bits per sample
    gamma: float | None  # gAMA, if any
    srgb: bool  # an sRGB chunk


def pillow_reference(data: bytes) -> Reference:
    depth, gamma, srgb = data[24], None, False
    for offset, kind, _ in chunks(data):
        if kind == "gAMA":
            gamma = struct.unpack(">I", data[offset:offset + 4])[0] / 100000
        srgb = srgb or kind == "sRGB"
    with Image.open(io.BytesIO(data)) as im:
        im.load()
        trns = im.info.get("transparency")
        gray16 = None
        if im.mode.startswith("I;16"):
            order = ">" if im.mode.endswith("B") else "<"
            gray16 = tuple(v for (v,) in struct.iter_unpack(order + "H", im.tobytes()))
            samples = [(v >> 8, 0 if v == trns else 255) for v in gray16]
        elif im.mode == "L" and depth < 8 and isinstance(trns, int):
            # Pillow scales 2- and 4-bit gray to 8 bits but not its tRNS value.
            scaled = trns * 255 // ((1 << depth) - 1)
            samples = [(v, 0 if v == scaled else 255) for v in im.tobytes()]
        else:
            return Reference(im.width, im.height, im.convert("RGBA").tobytes(), None, depth,
                             gamma, srgb)
        rgba = b"".join(bytes((g, g, g, a)) for g, a in samples)
        return Reference(im.width, im.height, rgba, gray16, depth, gamma, srgb)


def classic_matches(reference: Reference, decoded: Decoded) -> bool:
    """The classic decoder's transforms (no gamma, 16 bits cut) are Pillow's exactly."""
    return (decoded.width, decoded.height, decoded.rgba) == (
        reference.width, reference.height, reference.rgba)


def _display(reference: Reference) -> Callable[[float], float]:
    """How the simplified API maps a sample (0..1) to its 8-bit sRGB output: through the
    file's gamma to a display gamma of 2.2, or unchanged where the file is sRGB."""
    if reference.srgb or (reference.gamma is None and reference.depth <= 8):
        return lambda x: 255 * x  # sRGB already (8-bit data without gAMA is taken as sRGB)
    gamma = reference.gamma or 1.0  # 16-bit data without gAMA is taken as linear
    if abs(gamma * 2.2 - 1) < 0.05:  # libpng's threshold for "no gamma change"
        return lambda x: 255 * x
    return lambda x: 255 * x ** (1 / (2.2 * gamma))


def simplified_mismatches(reference: Reference, decoded: Decoded) -> int:
    """How many samples of the simplified API's 8-bit sRGB output leave what Pillow's
    decode allows. 8-bit data: exactly its samples through the gamma change. 16-bit
    data: Pillow keeps only the high byte of color samples, so the output must lie in
    the range the lost low byte allows (within 2 levels; 8 below level 24, where
    libpng's 16-bit gamma tables are coarse), and colours are checked where opaque."""
    if (decoded.width, decoded.height) != (reference.width, reference.height):
        return -1
    display, bad = _display(reference), 0
    out, ref = decoded.rgba, reference.rgba
    for i in range(0, len(ref), 4):
        if reference.depth <= 8:
            want = [round(display(v / 255)) for v in ref[i:i + 3]]
            bad += sum(w != o for w, o in zip(want, out[i:i + 3], strict=True))
            bad += ref[i + 3] != out[i + 3]
            continue
        alpha = ref[i + 3] * 256  # and up to 255 more, in the byte Pillow dropped
        bad += not alpha * 255 // 65535 <= out[i + 3] <= -(-(alpha + 255) * 255 // 65535)
        if out[i + 3] != 255:
            continue
        for c in range(3):
            if reference.gray16 is not None:
                lo = hi = display(reference.gray16[i // 4] / 65535)
            else:
                high_byte = ref[i + c] * 256
                lo, hi = display(high_byte / 65535), display((high_byte + 255) / 65535)
            slack = 8 if hi < 24 else 2
            bad += not lo - slack <= out[i + c] <= hi + slack
    return bad


# ---- a seeded fuzzer --------------------------------------------------------------------


def chunks(data: bytes) -> list[tuple[int, str, int]]:
    """(offset of the chunk's data, its type, its length) of each chunk."""
    found, pos = [], 8
    while pos + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        found.append((pos + 8, kind.decode("latin-1"), length))
        pos += 12 + length
    return found


def fuzzed(data: bytes, rng: random.Random, fix_crc: bool) -> bytes:
    """`data` with a few bytes of one critical chunk changed: IHDR, PLTE or IDAT with its
    CRC left wrong (libpng stops at the CRC), or PLTE or IDAT with the CRC recomputed
    (the damage reaches the palette and zlib stream parsers; not IHDR, whose damage
    mostly asks for images too large to test)."""
    out = bytearray(data)
    kinds = ("PLTE", "IDAT") if fix_crc else ("IHDR", "PLTE", "IDAT")
    targets = [c for c in chunks(data) if c[1] in kinds and c[2] > 0]
    offset, _, length = rng.choice(targets)
    for _ in range(rng.randint(1, 4)):
        out[offset + rng.randrange(length)] = rng.randrange(256)
    if fix_crc:
        crc = zlib.crc32(bytes(out[offset - 4:offset + length]))
        out[offset + length:offset + length + 4] = struct.pack(">I", crc)
    return bytes(out)
