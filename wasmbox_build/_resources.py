"""Where the data folders shipped inside wasmbox_build are (C runtime, templates, CMake)."""

from __future__ import annotations

from pathlib import Path

from .errors import BuildError

_PACKAGE_ROOT = Path(__file__).resolve().parent


def resource_dir(name: str) -> Path:
    """The folder ``name`` ("runtime", "templates", "cmake") inside the package.

    They live beside the code in a source checkout, an editable install and a wheel
    alike (wasmbox_build is never imported from a zip: its C must reach a compiler).
    """
    folder = _PACKAGE_ROOT / name
    if not folder.is_dir():
        raise BuildError(
            f"wasmbox_build's {name}/ folder is missing from {_PACKAGE_ROOT}; "
            "reinstall wasmbox-build (pip install --force-reinstall wasmbox-build)"
        )
    return folder
