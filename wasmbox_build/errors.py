"""One exception family for every failure a user can hit.

Each message is a single line that names the fix (which file, flag or variable);
the CLI and the setuptools front end print it without a traceback.
"""

from __future__ import annotations


class WasmBoxError(Exception):
    """An expected failure with a one-line explanation that names the fix."""


class ToolchainError(WasmBoxError):
    """No usable C→wasm toolchain or wasm2c, or a broken one."""


class DownloadError(ToolchainError):
    """Fetching or verifying a toolchain archive failed."""


class BuildError(WasmBoxError):
    """A pipeline step (compile, link, wasm2c, glue) failed."""
