"""Read what the glue generator needs straight from a ``.wasm`` binary.

Pure Python, no dependencies. Only the sections that describe the module's
interface are decoded: types, imports, functions, memories and exports. Code,
data and custom sections are skipped by length. Anything malformed raises
:class:`WasmFormatError` with the byte offset where reading failed.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

# One exception class for every malformed-wasm error in the pipeline.
from .leb128 import Reader, WasmFormatError

__all__ = [
    "WASM_PAGE_SIZE",
    "Export",
    "FuncType",
    "Import",
    "MemoryType",
    "TableType",
    "WasmFormatError",
    "WasmInfo",
    "function_exports",
    "parse_wasm",
    "read_wasm_info",
]

WASM_MAGIC = b"\0asm"
WASM_VERSION = b"\x01\0\0\0"
WASM_PAGE_SIZE = 65536

# Value types as they appear in the binary format.
_VALUE_TYPES = {
    0x7F: "i32",
    0x7E: "i64",
    0x7D: "f32",
    0x7C: "f64",
    0x7B: "v128",
    0x70: "funcref",
    0x6F: "externref",
    0x69: "exnref",
}
_REF_TYPES = {0x70: "funcref", 0x6F: "externref", 0x69: "exnref"}

# Section ids (https://webassembly.github.io/spec/core/binary/modules.html).
_SEC_CUSTOM = 0
_SEC_TYPE = 1
_SEC_IMPORT = 2
_SEC_FUNCTION = 3
_SEC_TABLE = 4
_SEC_MEMORY = 5
_SEC_EXPORT = 7
_SEC_TAG = 13
_KNOWN_SECTION_IDS = set(range(0, 14))

_EXTERNAL_KINDS = {0: "func", 1: "table", 2: "memory", 3: "global", 4: "tag"}


@dataclass(frozen=True)
class FuncType:
    """A function signature: parameter and result value types ("i32", ...)."""

    params: tuple[str, ...]
    results: tuple[str, ...]

    def __str__(self) -> str:
        return f"({', '.join(self.params)}) -> ({', '.join(self.results)})"


@dataclass(frozen=True)
class MemoryType:
    """Limits of a linear memory, in pages of ``page_size`` bytes."""

    min_pages: int
    max_pages: int | None
    shared: bool = False
    is64: bool = False
    page_size: int = WASM_PAGE_SIZE


@dataclass(frozen=True)
class TableType:
    """A table: its element type and limits, in elements."""

    element: str  # "funcref" | "externref" | "exnref"
    min_size: int
    max_size: int | None


@dataclass(frozen=True)
class Import:
    """One import. ``type`` is set for functions, ``memory`` for memories."""

    module: str
    name: str
    kind: str  # "func" | "table" | "memory" | "global" | "tag"
    type: FuncType | None = None
    memory: MemoryType | None = None


@dataclass(frozen=True)
class Export:
    name: str
    kind: str  # "func" | "table" | "memory" | "global" | "tag"
    index: int


@dataclass(frozen=True)
class WasmInfo:
    """The interface of a module, as far as the glue generator needs it."""

    types: tuple[FuncType, ...]
    imports: tuple[Import, ...]
    functions: tuple[int, ...]  # type index of each function the module defines
    memories: tuple[MemoryType, ...]  # memories the module defines
    exports: tuple[Export, ...]
    has_tags: bool = False  # defines or imports exception tags (it may throw)
    tables: tuple[TableType, ...] = ()  # tables the module defines

    @property
    def imported_functions(self) -> tuple[Import, ...]:
        return tuple(i for i in self.imports if i.kind == "func")

    def function_type(self, func_index: int) -> FuncType:
        """The signature of a function in the function index space
        (imported functions first, then defined ones)."""
        imported = self.imported_functions
        if func_index < len(imported):
            sig = imported[func_index].type
            assert sig is not None
            return sig
        local = func_index - len(imported)
        if not 0 <= local < len(self.functions):
            raise WasmFormatError(f"function index {func_index} out of range")
        return self.types[self.functions[local]]

    @property
    def function_exports(self) -> dict[str, FuncType]:
        """Exported functions by export name, in export order."""
        return {
            e.name: self.function_type(e.index) for e in self.exports if e.kind == "func"
        }

    def export(self, name: str) -> Export | None:
        for e in self.exports:
            if e.name == name:
                return e
        return None

    @property
    def memory(self) -> MemoryType | None:
        """Memory 0 (imported or defined), or None if the module has none."""
        for i in self.imports:
            if i.kind == "memory":
                return i.memory
        return self.memories[0] if self.memories else None

    @property
    def memory_is_imported(self) -> bool:
        return any(i.kind == "memory" for i in self.imports)

    @property
    def function_table(self) -> TableType | None:
        """Table 0 if the module defines it as a funcref table (function pointers)."""
        if any(i.kind == "table" for i in self.imports) or not self.tables:
            return None
        return self.tables[0] if self.tables[0].element == "funcref" else None

    @property
    def exported_table(self) -> str | None:
        """The export name of table 0, if it is exported."""
        for e in self.exports:
            if e.kind == "table" and e.index == 0:
                return e.name
        return None

    @property
    def exported_memory(self) -> str | None:
        """The export name of memory 0, if it is exported."""
        for e in self.exports:
            if e.kind == "memory" and e.index == 0:
                return e.name
        return None


def function_exports(info: WasmInfo) -> dict[str, FuncType]:
    """Which exports are functions, with their signatures."""
    return info.function_exports


def read_wasm_info(path: str | os.PathLike[str]) -> WasmInfo:
    """Parse the interface of the wasm module stored at ``path``."""
    with open(path, "rb") as f:
        data = f.read()
    try:
        return parse_wasm(data)
    except WasmFormatError as e:
        raise WasmFormatError(f"{os.fspath(path)}: {e}") from None


def parse_wasm(data: bytes) -> WasmInfo:
    """Parse the interface of a wasm module held in memory."""
    return _Parser(bytes(data)).module()


class _Reader(Reader):
    """The cursor, with the module section's own encodings."""

    def value_type(self) -> str:
        code = self.byte()
        try:
            return _VALUE_TYPES[code]
        except KeyError:
            self.pos -= 1
            raise self.error(f"unknown value type 0x{code:02x}") from None

    def ref_type(self) -> str:
        code = self.byte()
        try:
            return _REF_TYPES[code]
        except KeyError:
            self.pos -= 1
            raise self.error(f"unknown reference type 0x{code:02x}") from None

    def limits(self, memory: bool) -> MemoryType:
        flags = self.byte()
        allowed = 0x0F if memory else 0x05
        if flags & ~allowed:
            self.pos -= 1
            raise self.error(f"unknown limits flags 0x{flags:02x}")
        is64 = bool(flags & 0x04)
        bits = 64 if is64 else 32
        minimum = self.uleb(bits)
        maximum = self.uleb(bits) if flags & 0x01 else None
        page_size = WASM_PAGE_SIZE
        if flags & 0x08:  # custom-page-sizes proposal: log2 of the page size
            log2 = self.uleb()
            if log2 > 16:
                raise self.error(f"page size 2**{log2} is too large")
            page_size = 1 << log2
        if maximum is not None and maximum < minimum:
            raise self.error(f"limits maximum {maximum} is below minimum {minimum}")
        return MemoryType(minimum, maximum, bool(flags & 0x02), is64, page_size)


class _Parser:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.types: tuple[FuncType, ...] = ()
        self.imports: tuple[Import, ...] = ()
        self.functions: tuple[int, ...] = ()
        self.memories: tuple[MemoryType, ...] = ()
        self.exports: tuple[Export, ...] = ()
        self.tables: tuple[TableType, ...] = ()

    def module(self) -> WasmInfo:
        data = self.data
        if len(data) < 8 or data[:4] != WASM_MAGIC:
            raise WasmFormatError("not a WebAssembly binary (bad magic number)")
        if data[4:8] != WASM_VERSION:
            raise WasmFormatError(
                f"unsupported WebAssembly version {data[4:8].hex()} "
                "(only version 1 core modules are supported, not components)"
            )
        r = _Reader(data, 8, len(data))
        seen = set()
        while not r.at_end():
            section_id = r.byte()
            if section_id not in _KNOWN_SECTION_IDS:
                r.pos -= 1
                raise r.error(f"unknown section id {section_id}")
            size = r.uleb()
            if size > r.end - r.pos:
                raise r.error(f"section {section_id} is larger than the file")
            body = _Reader(data, r.pos, r.pos + size)
            r.pos += size
            if section_id != _SEC_CUSTOM:
                if section_id in seen:
                    raise body.error(f"duplicate section id {section_id}")
                seen.add(section_id)
            self.section(section_id, body)
        self.check_indices()
        has_tags = _SEC_TAG in seen or any(i.kind == "tag" for i in self.imports)
        return WasmInfo(self.types, self.imports, self.functions, self.memories, self.exports,
                        has_tags, self.tables)

    def section(self, section_id: int, r: _Reader) -> None:
        if section_id == _SEC_TYPE:
            self.types = tuple(self.func_type(r) for _ in range(r.uleb()))
        elif section_id == _SEC_IMPORT:
            self.imports = tuple(self.import_(r) for _ in range(r.uleb()))
        elif section_id == _SEC_FUNCTION:
            self.functions = tuple(r.uleb() for _ in range(r.uleb()))
        elif section_id == _SEC_TABLE:
            self.tables = tuple(self.table(r) for _ in range(r.uleb()))
        elif section_id == _SEC_MEMORY:
            self.memories = tuple(r.limits(memory=True) for _ in range(r.uleb()))
        elif section_id == _SEC_EXPORT:
            self.exports = tuple(self.export(r) for _ in range(r.uleb()))
        else:
            return  # not needed: skipped by length
        if not r.at_end():
            raise r.error(f"{r.end - r.pos} unexpected bytes at the end of section {section_id}")

    @staticmethod
    def func_type(r: _Reader) -> FuncType:
        form = r.byte()
        if form != 0x60:
            r.pos -= 1
            raise r.error(f"unsupported type form 0x{form:02x} (only function types)")
        params = tuple(r.value_type() for _ in range(r.uleb()))
        results = tuple(r.value_type() for _ in range(r.uleb()))
        return FuncType(params, results)

    def import_(self, r: _Reader) -> Import:
        module = r.name()
        name = r.name()
        kind_code = r.byte()
        kind = _EXTERNAL_KINDS.get(kind_code)
        if kind == "func":
            index = r.uleb()
            if index >= len(self.types):
                raise r.error(f"import {module}.{name} uses unknown type {index}")
            return Import(module, name, kind, type=self.types[index])
        if kind == "table":
            r.ref_type()
            r.limits(memory=False)
        elif kind == "memory":
            return Import(module, name, kind, memory=r.limits(memory=True))
        elif kind == "global":
            r.value_type()
            mutability = r.byte()
            if mutability > 1:
                raise r.error(f"bad global mutability {mutability}")
        elif kind == "tag":
            if r.byte() != 0:
                raise r.error("bad tag attribute")
            r.uleb()
        else:
            r.pos -= 1
            raise r.error(f"unknown import kind 0x{kind_code:02x}")
        return Import(module, name, kind)

    @staticmethod
    def table(r: _Reader) -> TableType:
        element = r.ref_type()
        limits = r.limits(memory=False)
        if limits.is64:
            raise r.error("64-bit tables are not supported")
        return TableType(element, limits.min_pages, limits.max_pages)

    @staticmethod
    def export(r: _Reader) -> Export:
        name = r.name()
        kind_code = r.byte()
        kind = _EXTERNAL_KINDS.get(kind_code)
        if kind is None:
            r.pos -= 1
            raise r.error(f"unknown export kind 0x{kind_code:02x}")
        return Export(name, kind, r.uleb())

    def check_indices(self) -> None:
        for i, type_index in enumerate(self.functions):
            if type_index >= len(self.types):
                raise WasmFormatError(f"function {i} uses unknown type {type_index}")
        n_funcs = sum(1 for i in self.imports if i.kind == "func") + len(self.functions)
        n_mems = sum(1 for i in self.imports if i.kind == "memory") + len(self.memories)
        names = set()
        for e in self.exports:
            if e.name in names:
                raise WasmFormatError(f"duplicate export name {e.name!r}")
            names.add(e.name)
            if e.kind == "func" and e.index >= n_funcs:
                raise WasmFormatError(f"export {e.name!r} refers to unknown function {e.index}")
            if e.kind == "memory" and e.index >= n_mems:
                raise WasmFormatError(f"export {e.name!r} refers to unknown memory {e.index}")
