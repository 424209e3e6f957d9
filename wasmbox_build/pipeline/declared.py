"""Extensions declared in pyproject.toml: `[[tool.wasmbox.extension]]` tables.

An alternative to setup.py, as setuptools-rust offers. Each table's keys are the
options of options.py spelled with dashes (`memory-check`); an unknown key is an error
naming the valid ones, never silently ignored. The values are checked like setup.py's,
when the module is built, with messages that spell the options the way the table does.
The setuptools front end turns each table into a WasmBoxExtension; doctor reads them.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import BuildError
from . import options as model

_KEYS = {option.pyproject_key: option.name for option in model.OPTIONS}


@dataclass(frozen=True)
class Declared:
    where: str  # "[[tool.wasmbox.extension]] #1 in pyproject.toml"
    options: dict[str, Any]  # option name -> value as written (unchecked)


def read_pyproject(path: Path) -> dict[str, Any]:
    """pyproject.toml's data ({} if there is none)."""
    if not path.is_file():
        return {}
    try:
        data: dict[str, Any] = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise BuildError(f"{path} is not valid TOML: {error}") from None
    return data


def _table(table: Any, where: str) -> Declared:
    if not isinstance(table, dict):
        raise BuildError(f"{where} must be a table")
    unknown = [key for key in table if key not in _KEYS]
    if unknown:
        raise BuildError(f"{where}: " + model.unknown_name_error(
            unknown[0], model.Dialect.PYPROJECT, list(_KEYS)))
    for required in ("name", "sources"):
        if required not in table:
            raise BuildError(f"{where}: '{required}' is required")
    if not isinstance(table["name"], str):
        raise BuildError(f"{where}: 'name' must be a string, not {table['name']!r}")
    return Declared(where, {_KEYS[key]: value for key, value in table.items()})


def declared_extensions(project_dir: Path) -> list[Declared]:
    """The extensions project_dir/pyproject.toml declares (none if it declares none)."""
    path = project_dir / "pyproject.toml"
    data = read_pyproject(path)
    tool = data.get("tool", {}).get("wasmbox", {})
    unknown = sorted(set(tool) - {"extension"})
    if unknown:
        raise BuildError(f"{path}: unknown table [tool.wasmbox.{unknown[0]}]; "
                         "use [[tool.wasmbox.extension]]")
    tables = tool.get("extension", [])
    if not isinstance(tables, list):
        raise BuildError(f"{path}: write [[tool.wasmbox.extension]] (an array of tables)")
    return [_table(table, f"[[tool.wasmbox.extension]] #{i + 1} in {path.name}")
            for i, table in enumerate(tables)]
