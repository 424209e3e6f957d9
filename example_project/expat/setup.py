"""The sandboxed expat, built by setuptools: expat 2.5.0 and a thin packing layer
(csrc/sbexpat.c) in one WasmBoxExtension; sandboxed_expat is pyexpat on top, in Python."""

import sys
from pathlib import Path

from setuptools import setup

from wasmbox_build import WasmBoxExtension
from wasmbox_build.settings import cache_dir

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from fetch_expat import SOURCES, VERSION, fetch  # noqa: E402

expat_dir = fetch(HERE / "vendor" / f"expat-{VERSION}",
                  cache=cache_dir() / "sources" / f"expat-{VERSION}")
relative = expat_dir.relative_to(HERE)

setup(
    ext_modules=[
        WasmBoxExtension(
            "sandboxed_expat._expat",
            sources=[*(str(relative / name) for name in SOURCES), "csrc/sbexpat.c"],
            include_dirs=["csrc", str(relative)],
            # 64-bit line, column and byte positions, as in a native 64-bit build.
            define_macros=[("HAVE_EXPAT_CONFIG_H", "1"), ("XML_LARGE_SIZE", "1")],
            # Typed wrappers for the layer and the expat calls the Python side makes.
            header="csrc/sbexpat.h",
            exports=["sbx_create", "sbx_create_child", "sbx_free", "sbx_expat",
                     "sbx_set_handler", "sbx_set_unknown_encoding", "sbx_input_context",
                     "XML_GetBuffer", "XML_ParseBuffer", "XML_Parse", "XML_StopParser",
                     "XML_ResumeParser", "XML_GetErrorCode", "XML_GetCurrentLineNumber",
                     "XML_GetCurrentColumnNumber", "XML_GetCurrentByteIndex", "XML_SetBase",
                     "XML_GetBase", "XML_SetEncoding", "XML_SetParamEntityParsing",
                     "XML_UseForeignDTD", "XML_SetReturnNSTriplet", "XML_ErrorString",
                     "XML_ExpatVersion", "XML_GetFeatureList"],
            # A parser's memory: the document's buffer (1 MiB a Parse() call at most)
            # and its DTD, names and entities.
            max_memory=256 * 1024 * 1024,
            # Guard pages instead of a bounds check at every load and store: expat is
            # all loads (B8, benchmarks/README.md).
            memory_check="guard",
        )
    ],
)
