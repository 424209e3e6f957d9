"""Declarative extensions: `[[tool.wasmbox.extension]]` tables in pyproject.toml.

An alternative to setup.py, as setuptools-rust offers: each table becomes a
WasmBoxExtension. Keys are the WasmBoxExtension keywords spelled with dashes;
an unknown key is an error naming the valid ones, never silently ignored.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from ..errors import BuildError
from .extension import WasmBoxExtension

# TOML key → (WasmBoxExtension keyword, the type the value must have)
_KEYS: dict[str, tuple[str, type | tuple[type, ...]]] = {
    "name": ("name", str),
    "sources": ("sources", list),
    "include-dirs": ("include_dirs", list),
    "define-macros": ("define_macros", list),
    "exports": ("exports", list),
    "stack-size": ("stack_size", int),
    "max-memory": ("max_memory", int),
    "memory-check": ("memory_check", str),
    "toolchain": ("toolchain", str),
    "wasm-cflags": ("wasm_cflags", list),
    "wasm-ldflags": ("wasm_ldflags", list),
    "optimization": ("optimization", str),
    "max-call-depth": ("max_call_depth", int),
    "py-limited-api": ("py_limited_api", bool),
    "capabilities": ("capabilities", dict),  # Sandbox() defaults (an inline table)
    "header": ("header", str),
    "native-sources": ("native_sources", list),
    "cxx-std": ("cxx_std", str),
    "wasm-cxxflags": ("wasm_cxxflags", list),
}


def _macro(value: Any, where: str) -> tuple[str, str | None]:
    if isinstance(value, str):
        name, _, definition = value.partition("=")
        return name, definition or None
    if isinstance(value, list) and len(value) == 2 and isinstance(value[0], str):
        return value[0], None if value[1] is None else str(value[1])
    raise BuildError(f"{where}: define-macros entries are \"NAME\", \"NAME=VALUE\" or "
                     f"[\"NAME\", \"VALUE\"], not {value!r}")


def _extension(table: Any, where: str) -> WasmBoxExtension:
    if not isinstance(table, dict):
        raise BuildError(f"{where} must be a table")
    unknown = sorted(set(table) - set(_KEYS))
    if unknown:
        raise BuildError(f"{where}: unknown key {unknown[0]!r}; valid keys: {', '.join(_KEYS)}")
    for required in ("name", "sources"):
        if required not in table:
            raise BuildError(f"{where}: '{required}' is required")
    kwargs: dict[str, Any] = {}
    for key, value in table.items():
        keyword, expected = _KEYS[key]
        if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
            kind = expected.__name__ if isinstance(expected, type) else "value"
            raise BuildError(f"{where}: '{key}' must be a {kind}, not {value!r}")
        kwargs[keyword] = value
    if "define_macros" in kwargs:
        kwargs["define_macros"] = [_macro(v, where) for v in kwargs["define_macros"]]
    name = kwargs.pop("name")
    sources = kwargs.pop("sources")
    return WasmBoxExtension(name, sources, **kwargs)


def extensions_from_pyproject(project_dir: Path) -> list[WasmBoxExtension]:
    """The extensions declared in project_dir/pyproject.toml (none if it declares none)."""
    path = project_dir / "pyproject.toml"
    if not path.is_file():
        return []
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise BuildError(f"{path} is not valid TOML: {error}") from None
    tool = data.get("tool", {}).get("wasmbox", {})
    unknown = sorted(set(tool) - {"extension"})
    if unknown:
        raise BuildError(f"{path}: unknown table [tool.wasmbox.{unknown[0]}]; "
                         "use [[tool.wasmbox.extension]]")
    tables = tool.get("extension", [])
    if not isinstance(tables, list):
        raise BuildError(f"{path}: write [[tool.wasmbox.extension]] (an array of tables)")
    return [_extension(table, f"[[tool.wasmbox.extension]] #{i + 1} in {path.name}")
            for i, table in enumerate(tables)]
