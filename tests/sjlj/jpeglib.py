"""The libjpeg proof's helpers: libjpeg-turbo 2.1.5 (Debian's source, without SIMD, its
configured headers written here as its CMake build would) with tests/sjlj/lib/jpeg_glue.c,
sandboxed; its decoder from Python; Pillow's reading of the same files; corruptions."""

from __future__ import annotations

import io
import random
import re
import shutil
import struct
from typing import TYPE_CHECKING

from PIL import Image
from projects import TESTS, build_inplace, import_built, write_project
from upstream import LIBJPEG_TURBO, unpacked

if TYPE_CHECKING:
    from pathlib import Path
    from types import ModuleType

LIB = TESTS / "sjlj" / "lib"
# CMakeLists.txt's JPEG_SOURCES, with arithmetic coding and the portable SIMD stubs.
JPEG_SOURCES = (
    "jcapimin.c", "jcapistd.c", "jccoefct.c", "jccolor.c", "jcdctmgr.c", "jchuff.c", "jcicc.c",
    "jcinit.c", "jcmainct.c", "jcmarker.c", "jcmaster.c", "jcomapi.c", "jcparam.c", "jcphuff.c",
    "jcprepct.c", "jcsample.c", "jctrans.c", "jdapimin.c", "jdapistd.c", "jdatadst.c",
    "jdatasrc.c", "jdcoefct.c", "jdcolor.c", "jddctmgr.c", "jdhuff.c", "jdicc.c", "jdinput.c",
    "jdmainct.c", "jdmarker.c", "jdmaster.c", "jdmerge.c", "jdphuff.c", "jdpostct.c",
    "jdsample.c", "jdtrans.c", "jerror.c", "jfdctflt.c", "jfdctfst.c", "jfdctint.c",
    "jidctflt.c", "jidctfst.c", "jidctint.c", "jidctred.c", "jquant1.c", "jquant2.c",
    "jutils.c", "jmemmgr.c", "jmemnobs.c", "jaricom.c", "jcarith.c", "jdarith.c",
    "jsimd_none.c")
# What libjpeg-turbo's CMake build substitutes into its three .h.in files, for wasm32.
CONFIGURE = {
    "JPEG_LIB_VERSION": "62", "VERSION": "2.1.5", "LIBJPEG_TURBO_VERSION_NUMBER": "2001005",
    "BITS_IN_JSAMPLE": "8", "BUILD": "wasmbox",
    "INLINE": "__inline__ __attribute__((always_inline))", "THREAD_LOCAL": "",
    "CMAKE_PROJECT_NAME": "libjpeg-turbo", "SIZE_T": "4", "COPYRIGHT_YEAR": "1991-2023",
}
ENABLED = {"C_ARITH_CODING_SUPPORTED", "D_ARITH_CODING_SUPPORTED", "MEM_SRCDST_SUPPORTED",
           "HAVE_BUILTIN_CTZL"}


def jpeg_tree() -> Path:
    return unpacked(LIBJPEG_TURBO)


def configured(template: str) -> str:
    def define(match: re.Match[str]) -> str:
        name, value = match.group(1), match.group(2) or ""
        return f"#define {name}{value}" if name in ENABLED else f"/* #undef {name} */"

    text = re.sub(r"^#cmakedefine (\w+)(.*)$", define, template, flags=re.MULTILINE)
    return re.sub(r"@(\w+)@", lambda m: CONFIGURE[m.group(1)], text)


def write_jpeg_project(root: Path, module: str, **options: object) -> Path:
    tree = jpeg_tree()
    jpeg_dir = root / "libjpeg"
    jpeg_dir.mkdir(parents=True)
    for item in tree.iterdir():
        if item.suffix in (".c", ".h"):
            shutil.copy(item, jpeg_dir / item.name)
    for name in ("jconfig.h", "jconfigint.h", "jversion.h"):
        (jpeg_dir / name).write_text(configured((tree / f"{name}.in").read_text()))
    write_project(root, module, {"jpeg_glue.c": (LIB / "jpeg_glue.c").read_text(),
                                 "jpeg_glue.h": (LIB / "jpeg_glue.h").read_text()},
                  library_sources=[f"libjpeg/{name}" for name in JPEG_SOURCES],
                  header="jpeg_glue.h", include_dirs=["libjpeg"], **options)
    return root


def build_jpeg(root: Path, module: str, **options: object) -> ModuleType:
    write_jpeg_project(root, module, **options)
    build_inplace(root)
    return import_built(root, module)


class JpegError(Exception):
    """A decode that libjpeg refused: the message is libjpeg's."""


def decode(sb: object, data: bytes, strict: bool = True) -> tuple[int, int, bytes]:
    """(width, height, RGB bytes) as the sandboxed libjpeg decodes `data`."""
    result = bytearray(12)
    message = bytearray(200)
    if sb.jpeg_glue_decode(data, len(data), int(strict), result, message,  # type: ignore[attr-defined]
                           len(message)) != 0:
        raise JpegError(bytes(message).split(b"\0", 1)[0].decode("latin-1"))
    pixels, width, height = struct.unpack("<III", result)
    try:
        return width, height, sb.read(pixels, width * height * 3)  # type: ignore[attr-defined]
    finally:
        sb.free(pixels)  # type: ignore[attr-defined]


def pillow_decode(data: bytes) -> tuple[int, int, bytes]:
    with Image.open(io.BytesIO(data)) as im:
        return im.width, im.height, im.convert("RGB").tobytes()


def encoded_samples() -> dict[str, bytes]:
    """JPEGs Pillow writes from a test pattern: baseline, progressive, gray,
    4:4:4 and 4:2:0, low and high quality, optimized Huffman tables, restart markers."""
    rng = random.Random(7)
    pattern = Image.new("RGB", (97, 61))
    pattern.putdata([((x * 7 + y) % 256, (y * 11) % 256, rng.randrange(256))
                     for y in range(61) for x in range(97)])
    settings = {
        "baseline-q75": {"quality": 75},
        "baseline-q95-444": {"quality": 95, "subsampling": 0},
        "progressive-q50": {"quality": 50, "progressive": True},
        "optimized-q30-420": {"quality": 30, "optimize": True, "subsampling": 2},
        "restarts": {"quality": 80, "restart_marker_rows": 1},
    }
    samples = {}
    for name, kwargs in settings.items():
        out = io.BytesIO()
        pattern.save(out, "JPEG", **kwargs)
        samples[name] = out.getvalue()
    out = io.BytesIO()
    pattern.convert("L").save(out, "JPEG", quality=85)
    samples["gray-q85"] = out.getvalue()
    return samples


def corrupted(data: bytes, rng: random.Random) -> bytes:
    """`data` cut short, or with a few bytes changed: in its headers (markers, tables,
    frame and scan headers) or in its entropy-coded data."""
    kind = rng.randrange(3)
    if kind == 0:
        return data[:rng.randrange(2, len(data) - 2)]
    out = bytearray(data)
    scan = data.find(b"\xff\xda")
    lo, hi = (2, scan + 4) if kind == 1 else (scan + 4, len(data) - 2)
    for _ in range(rng.randint(1, 6)):
        out[rng.randrange(lo, hi)] = rng.randrange(256)
    return bytes(out)


def message_patterns() -> list[re.Pattern[str]]:
    """libjpeg's message table (jerror.h's JMESSAGE strings) as patterns, printf
    conversions matching anything."""
    table = (jpeg_tree() / "jerror.h").read_text()
    patterns = []
    for template in re.findall(r'JMESSAGE\(\w+,\s*"((?:[^"\\]|\\.)*)"\)', table):
        parts = re.split(r"%[-0-9.]*[a-z]", template)
        patterns.append(re.compile(".*".join(re.escape(p) for p in parts) + r"\Z"))
    return patterns
