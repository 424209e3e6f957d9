"""Which functions a library defines, read from its wasm object files' symbol tables.

`exports=None` means "every function the library defines with external linkage":
the linker's `linking` custom section lists each object's symbols with their binding
and visibility, so this needs no extra tool (zig ships no llvm-nm).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .leb128 import Reader, WasmFormatError, sections

if TYPE_CHECKING:
    from collections.abc import Iterable
    from pathlib import Path

_CUSTOM_SECTION = 0
_SYMBOL_TABLE = 8
_KIND_FUNCTION, _KIND_DATA, _KIND_GLOBAL, _KIND_SECTION, _KIND_TAG, _KIND_TABLE = range(6)
_BINDING_LOCAL = 0x02
_VISIBILITY_HIDDEN = 0x04
_UNDEFINED = 0x10
_EXPLICIT_NAME = 0x40


def _function_symbols(table: Reader) -> Iterable[tuple[str, int]]:
    for _ in range(table.u32()):
        kind, flags = table.byte(), table.u32()
        if kind in (_KIND_FUNCTION, _KIND_GLOBAL, _KIND_TAG, _KIND_TABLE):
            table.u32()  # index
            if not flags & _UNDEFINED or flags & _EXPLICIT_NAME:
                name = table.name()
                if kind == _KIND_FUNCTION:
                    yield name, flags
        elif kind == _KIND_DATA:
            table.name()
            if not flags & _UNDEFINED:
                table.u32(), table.u32(), table.u32()  # segment, offset, size
        elif kind == _KIND_SECTION:
            table.u32()
        else:
            raise WasmFormatError(f"unknown symbol kind {kind} in linking section")


def defined_functions(object_file: Path) -> set[str]:
    """Names of the non-static, non-hidden functions that `object_file` defines."""
    data = object_file.read_bytes()
    names: set[str] = set()
    for section_id, payload in sections(data):
        if section_id != _CUSTOM_SECTION or payload.name() != "linking":
            continue
        payload.u32()  # metadata version
        while not payload.at_end():
            kind, sub = payload.byte(), payload.sub(payload.u32())
            if kind != _SYMBOL_TABLE:
                continue
            for name, flags in _function_symbols(sub):
                if not flags & (_UNDEFINED | _BINDING_LOCAL | _VISIBILITY_HIDDEN):
                    names.add(name)
    return names
