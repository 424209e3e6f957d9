"""The setuptools front end: WasmBoxExtension and the build_ext integration."""

from __future__ import annotations

from .extension import WasmBoxExtension

__all__ = ["WasmBoxExtension"]
