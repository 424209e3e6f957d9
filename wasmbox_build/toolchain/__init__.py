"""Find or fetch a C → wasm32-wasi toolchain and wasm2c."""

from __future__ import annotations

from .model import Toolchain, Unavailable, Wasm2C
from .resolve import resolve_toolchain, survey
from .wasm2c import find_wasm2c

__all__ = ["Toolchain", "Unavailable", "Wasm2C", "find_wasm2c", "resolve_toolchain", "survey"]
