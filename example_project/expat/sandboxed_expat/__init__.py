"""The standard library's pyexpat, with expat 2.5.0 running inside a WebAssembly sandbox.

    import sandboxed_expat as expat          # in place of xml.parsers.expat / pyexpat
    sandboxed_expat.install()                # or: xml.*, ElementTree, SAX and minidom use it

Everything pyexpat offers (CPython 3.11), except expat_CAPI (the C API capsule that
_elementtree, the C accelerator of ElementTree, links against: ElementTree then uses
its pure-Python parser). See the example's README for the differences.
"""

from __future__ import annotations

import sys
from typing import Any

from . import errors, model
from ._expat import (
    XML_PARAM_ENTITY_PARSING_ALWAYS,
    XML_PARAM_ENTITY_PARSING_NEVER,
    XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE,
)
from ._library import EXPAT_VERSION, FEATURES, MESSAGES, VERSION_INFO
from ._parser import ExpatError, ParserCreate, xmlparser

error = ExpatError
XMLParserType = xmlparser
native_encoding = "UTF-8"
version_info = VERSION_INFO
features = list(FEATURES)

# What `from pyexpat import *` (xml.parsers.expat does it) takes: pyexpat's names.
__all__ = [
    "EXPAT_VERSION",
    "XML_PARAM_ENTITY_PARSING_ALWAYS",
    "XML_PARAM_ENTITY_PARSING_NEVER",
    "XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE",
    "ErrorString",
    "ExpatError",
    "ParserCreate",
    "XMLParserType",
    "error",
    "errors",
    "features",
    "model",
    "native_encoding",
    "version_info",
]


def ErrorString(code: Any, /) -> str | None:
    """Returns string error for given number."""
    import operator

    number = operator.index(code)
    if not -2**63 <= number < 2**63:
        raise OverflowError("Python int too large to convert to C long")
    # pyexpat passes it to XML_ErrorString as an enum (an int).
    return MESSAGES.get(((number + 2**31) & 0xFFFFFFFF) - 2**31)


def set_memory_limit(limit: int | None) -> None:
    """The memory each new parser's sandbox may use, in bytes (None: 256 MiB, the
    build's maximum). Past it, expat's allocations fail: Parse() raises ExpatError
    "out of memory" and the process carries on."""
    from . import _parser

    _parser.memory_limit = limit


def install() -> None:
    """Make this module the standard library's pyexpat and xml.parsers.expat, so that
    ElementTree, SAX (expatreader), minidom and pulldom parse in the sandbox.

    Call it before anything imports them (they bind the module at import)."""
    module = sys.modules[__name__]
    for name in ("pyexpat", "xml.parsers.expat"):
        sys.modules[name] = module
        sys.modules[f"{name}.errors"] = errors
        sys.modules[f"{name}.model"] = model
    import xml.parsers

    xml.parsers.expat = module
