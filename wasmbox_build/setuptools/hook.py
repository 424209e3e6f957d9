"""The setuptools entry point: no `cmdclass` needed in the user's setup.py.

setuptools calls `finalize_distribution_options` for every distribution; when one
declares a WasmBoxExtension, its build_ext (the stock one or the project's own) is
wrapped with the wasmbox mixin. Projects without one are left untouched.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..errors import WasmBoxError
from .extension import WasmBoxExtension


def _declared_in_pyproject() -> list[WasmBoxExtension]:
    from .pyproject_config import extensions_from_pyproject

    try:
        return extensions_from_pyproject(Path.cwd())
    except WasmBoxError as error:
        # One line naming the fix, not a traceback from inside setuptools.
        raise SystemExit(f"error: {error}") from None


def _wrapped(base: type) -> type:
    from .build_ext import WasmBoxBuildExtMixin

    if issubclass(base, WasmBoxBuildExtMixin):
        return base
    return type("build_ext", (WasmBoxBuildExtMixin, base), {})


def finalize_distribution_options(dist: Any) -> None:
    present = {ext.name for ext in getattr(dist, "ext_modules", None) or []}
    declared = [ext for ext in _declared_in_pyproject() if ext.name not in present]
    if declared:
        dist.ext_modules = [*(getattr(dist, "ext_modules", None) or []), *declared]
    extensions = getattr(dist, "ext_modules", None) or []
    if not any(isinstance(ext, WasmBoxExtension) for ext in extensions):
        return
    from setuptools.command.build_ext import build_ext

    from .stable_abi import default_wheel_tag

    base = dist.cmdclass.get("build_ext", build_ext)
    dist.cmdclass["build_ext"] = _wrapped(base)
    default_wheel_tag(dist)  # py_limited_api=True alone makes an abi3 wheel
