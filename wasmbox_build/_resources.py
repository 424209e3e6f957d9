"""Where the data folders shipped with wasmbox_build are (C runtime, templates)."""

from __future__ import annotations

import importlib.resources
from pathlib import Path

from .errors import BuildError

_PACKAGE_ROOT = Path(__file__).resolve().parent


def resource_dir(name: str) -> Path:
    """The folder ``name`` ("runtime", "templates", "cmake") as a real path.

    Installed, each lives in the package (the wheel maps the repository's
    top-level ``templates/`` to ``wasmbox_build/templates``); in a source checkout
    or an editable install, the top-level folder of the repository is used.
    """
    candidates: list[Path] = []
    for anchor, sub in ((f"wasmbox_build.{name}", ""), ("wasmbox_build", name)):
        try:
            found = importlib.resources.files(anchor)
        except (ModuleNotFoundError, TypeError):
            continue
        folder = found / sub if sub else found
        if isinstance(folder, Path):  # a plain folder on disk (not inside a zip)
            candidates.append(folder)
    candidates += [_PACKAGE_ROOT / name, _PACKAGE_ROOT.parent / name]
    for folder in candidates:
        if folder.is_dir():
            return folder
    raise BuildError(
        f"wasmbox_build's {name}/ folder is missing from {_PACKAGE_ROOT}; "
        "reinstall wasmbox-build (pip install --force-reinstall wasmbox-build)"
    )
