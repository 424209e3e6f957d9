"""wasmbox-build: CPython extension modules whose C library runs in a WebAssembly sandbox.

The C library is compiled to wasm32-wasi, translated back to C by wasm2c and linked
with generated glue into an ordinary extension module (docs/architecture.md).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._version import __version__
from .errors import BuildError, DownloadError, ToolchainError, WasmBoxError

__all__ = [
    "BuildError",
    "DownloadError",
    "ToolchainError",
    "WasmBoxError",
    "WasmBoxExtension",
    "__version__",
]

if TYPE_CHECKING:
    from .setuptools.extension import WasmBoxExtension


def __getattr__(name: str) -> Any:
    # Imported lazily so that `python -m wasmbox_build doctor` and the CMake steps
    # do not pay for importing setuptools.
    if name == "WasmBoxExtension":
        from .setuptools.extension import WasmBoxExtension

        return WasmBoxExtension
    raise AttributeError(f"module 'wasmbox_build' has no attribute {name!r}")
