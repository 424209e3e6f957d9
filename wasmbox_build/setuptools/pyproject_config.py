"""`[[tool.wasmbox.extension]]` tables (pipeline/declared.py) as WasmBoxExtensions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..pipeline import options as model
from ..pipeline.declared import declared_extensions
from .extension import WasmBoxExtension

if TYPE_CHECKING:
    from pathlib import Path


def extensions_from_pyproject(project_dir: Path) -> list[WasmBoxExtension]:
    """The extensions declared in project_dir/pyproject.toml (none if it declares none)."""
    extensions = []
    for declared in declared_extensions(project_dir):
        keywords = dict(declared.options)
        name, sources = keywords.pop("name"), keywords.pop("sources")
        extension = WasmBoxExtension(name, sources, **keywords)
        extension.wasmbox_dialect = model.Dialect.PYPROJECT  # errors say `max-memory = ...`
        extensions.append(extension)
    return extensions
