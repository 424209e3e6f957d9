"""What the sandboxed expat says about itself, read once at import from a sandbox of
its own: its version, its features, and its error messages (pyexpat reads the same
from the expat it is linked with)."""

from __future__ import annotations

import struct

from . import _expat

# XML_Feature on wasm32: enum feature, const XML_LChar *name, long value.
_FEATURE = struct.Struct("<iIi")
_MAX_FEATURES = 64

# Every XML_ERROR_* code expat.h declares, by name (the header's enum constants).
ERROR_NAMES: dict[str, int] = {
    name: value for name, value in vars(_expat).items()
    if name.startswith("XML_ERROR_") and name != "XML_ERROR_NONE" and isinstance(value, int)
}


def _read_facts() -> tuple[str, list[tuple[str, int]], dict[int, str]]:
    with _expat.Sandbox() as sb:
        version = sb.read_cstring(sb.XML_ExpatVersion()).decode()
        features: list[tuple[str, int]] = []
        address = sb.XML_GetFeatureList() & 0xFFFFFFFF
        for _ in range(_MAX_FEATURES):
            kind, name, value = _FEATURE.unpack(sb.read(address, _FEATURE.size))
            if kind == 0:  # XML_FEATURE_END
                break
            features.append((sb.read_cstring(name).decode(), value))
            address += _FEATURE.size
        messages: dict[int, str] = {}
        for code in range(max(ERROR_NAMES.values()) + 1):
            text = sb.XML_ErrorString(code) & 0xFFFFFFFF
            if text:
                messages[code] = sb.read_cstring(text).decode()
    return version, features, messages


EXPAT_VERSION, FEATURES, MESSAGES = _read_facts()
VERSION_INFO = tuple(int(part) for part in EXPAT_VERSION.split("_", 1)[1].split("."))
