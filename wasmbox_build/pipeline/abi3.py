"""The stable ABI (abi3): one module for every CPython from a floor version on.

A module built against the limited API (Py_LIMITED_API) loads in any later CPython,
so one wheel tagged cp311-abi3 serves 3.11, 3.12, 3.13... The floor cannot go below
3.11: the runtime exports and takes buffers (sb.memory with its export count,
bytes-like arguments, cells), and Py_buffer, PyObject_GetBuffer and the Py_bf_* type
slots joined the limited API in CPython 3.11.
"""

from __future__ import annotations

import re
import sys
import sysconfig

from ..errors import BuildError

FLOOR = (3, 11)
FLOOR_TAG = "cp311"

_TAG = re.compile(r"cp3(\d{1,2})")
_DOTTED = re.compile(r"3\.(\d{1,2})")


def parse_version(value: str) -> tuple[int, int] | None:
    """(3, minor) from a wheel tag ("cp311") or a version ("3.11"); None if neither."""
    text = value.strip()
    match = _TAG.fullmatch(text) or _DOTTED.fullmatch(text)
    return (3, int(match.group(1))) if match else None


def tag(version: tuple[int, int]) -> str:
    return f"cp{version[0]}{version[1]}"


def check_floor(value: str, written: str,
                python: tuple[int, int] = (sys.version_info[0], sys.version_info[1]),
                ) -> tuple[int, int]:
    """The floor asked for by ``value``, checked against 3.11 and against the Python that
    builds the module; ``written`` is the setting as the user wrote it, for the message."""
    version = parse_version(value)
    if version is None:
        raise BuildError(f"{written}: {value!r} is not a CPython version; ask for "
                         f"{FLOOR_TAG} (3.11) or later")
    if version < FLOOR:
        raise BuildError(
            f"{written}: abi3 wasmbox modules need CPython 3.11 ({FLOOR_TAG}) or later: the "
            f"buffer protocol joined the stable ABI in 3.11; ask for {FLOOR_TAG} or later")
    if python < version:
        raise BuildError(
            f"{written}: an abi3 module for CPython {version[0]}.{version[1]}+ must be built "
            f"with CPython {version[0]}.{version[1]} or later, not {python[0]}.{python[1]}; "
            f"build with a newer Python, or leave the stable ABI off for a version-specific "
            f"wheel")
    if sysconfig.get_config_var("Py_GIL_DISABLED"):
        raise BuildError(f"{written}: a free-threaded CPython cannot build abi3 modules (abi3 "
                         "assumes the GIL, and wasmbox modules cannot target 3.15's abi3t "
                         "yet); build with a regular CPython, or leave the stable ABI off for "
                         "a version-specific wheel, which runs without the GIL")
    return version


def limited_api_macro(version: tuple[int, int]) -> tuple[str, str]:
    """Py_LIMITED_API for a floor: its PY_VERSION_HEX (0x030B0000 for 3.11)."""
    return "Py_LIMITED_API", f"0x{version[0]:02X}{version[1]:02X}0000"
