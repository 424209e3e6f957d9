"""The sandboxed zlib, built by setuptools: one WasmBoxExtension is all it takes."""

import sys
from pathlib import Path

from setuptools import setup

from wasmbox_build import WasmBoxExtension
from wasmbox_build.settings import cache_dir

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from fetch_zlib import SOURCES, VERSION, fetch  # noqa: E402

zlib_dir = fetch(HERE / "vendor" / f"zlib-{VERSION}",
                 cache=cache_dir() / "sources" / f"zlib-{VERSION}")
relative = zlib_dir.relative_to(HERE)

setup(
    ext_modules=[
        WasmBoxExtension(
            "sandboxed_zlib._zlib",
            sources=[str(relative / name) for name in SOURCES],
            include_dirs=[str(relative)],
            # Typed wrappers from zlib.h: bytes in, writable buffers and cells out.
            header="zlib.h",
            # The one-shot API, and the z_stream API that the drop-in for the standard
            # library's zlib module drives (keep in sync with ../cmake/CMakeLists.txt).
            exports=["compress2", "compressBound", "uncompress", "crc32", "adler32",
                     "zlibVersion", "deflateInit2_", "deflate", "deflateEnd", "deflateCopy",
                     "deflateSetDictionary", "inflateInit2_", "inflate", "inflateEnd",
                     "inflateCopy", "inflateSetDictionary"],
            max_memory=256 * 1024 * 1024,
        )
    ],
)
