"""The stable-ABI switch on the setuptools side: `WasmBoxExtension(py_limited_api=True)`.

setuptools names the module `.abi3.so` when an Extension has py_limited_api=True, and
bdist_wheel tags the wheel `cp3XY-abi3` when its own `py_limited_api = cp3XY` option
is set. One switch should be enough, so when an extension asks for the stable ABI and
bdist_wheel's option is unset, it defaults to the floor (cp311). The option then also
says which Py_LIMITED_API the glue and runtime are compiled with.
"""

from __future__ import annotations

from typing import Any

from ..pipeline import abi3
from .extension import WasmBoxExtension

_SOURCE = "wasmbox-build (an extension has py_limited_api=True)"


def wants_stable_abi(ext: Any) -> bool:
    return isinstance(ext, WasmBoxExtension) and bool(getattr(ext, "py_limited_api", False))


def default_wheel_tag(dist: Any) -> None:
    """From the finalize hook, before setup.cfg and the command line are read: either
    of them still overrides this default."""
    if any(wants_stable_abi(ext) for ext in getattr(dist, "ext_modules", None) or []):
        dist.get_option_dict("bdist_wheel").setdefault("py_limited_api",
                                                       (_SOURCE, abi3.FLOOR_TAG))


def floor(dist: Any, ext: Any) -> tuple[int, int] | None:
    """The floor `ext` is built for (checked), or None for a version-specific module."""
    if not wants_stable_abi(ext):
        return None
    source, value = dist.get_option_dict("bdist_wheel").get("py_limited_api",
                                                            (_SOURCE, abi3.FLOOR_TAG))
    written = f"bdist_wheel py_limited_api = {value}"
    if source not in (_SOURCE, "command line"):
        written += f" (in {source})"
    return abi3.check_floor(str(value), written)
