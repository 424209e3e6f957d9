"""Constants used to interpret content model information."""

from __future__ import annotations

from ._expat import (
    XML_CQUANT_NONE,
    XML_CQUANT_OPT,
    XML_CQUANT_PLUS,
    XML_CQUANT_REP,
    XML_CTYPE_ANY,
    XML_CTYPE_CHOICE,
    XML_CTYPE_EMPTY,
    XML_CTYPE_MIXED,
    XML_CTYPE_NAME,
    XML_CTYPE_SEQ,
)

__all__ = ["XML_CQUANT_NONE", "XML_CQUANT_OPT", "XML_CQUANT_PLUS", "XML_CQUANT_REP",
           "XML_CTYPE_ANY", "XML_CTYPE_CHOICE", "XML_CTYPE_EMPTY", "XML_CTYPE_MIXED",
           "XML_CTYPE_NAME", "XML_CTYPE_SEQ"]
