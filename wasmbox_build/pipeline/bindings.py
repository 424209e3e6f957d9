"""Typed bindings: from the header's declarations (header.py) to what the glue
templates need for each typed wrapper (templates/bindings.c.j2, bindings.pyi.j2).

How each C type is passed (wasm32 sizes; a pointer parameter also takes an int, the
raw sandbox address, and None for NULL):

| C type                              | Python in                    | Python out |
|-------------------------------------|------------------------------|------------|
| intN_t, uintN_t, char, short, int, long, long long, size_t, enums | int, range-checked | int |
| bool / _Bool                        | bool (or 0/1)                | bool       |
| float, double                       | float or int                 | float      |
| const T *  (T a scalar or void)     | any bytes-like, copied in    | -          |
| const char *                        | str (UTF-8) or bytes-like, NUL added | -  |
| T *        (T a scalar or void)     | writable buffer or Cell, copied in and out | - |
| function pointers with a prototype  | a callable, a Callback, an address or None | - |
| struct/union pointers, other function pointers | address (int) or None: opaque handles | - |
| any pointer result                  | -                            | int address |

Not bindable (a build error naming the function): structs or unions by value,
long double, variadic functions, functions without a prototype whose wasm
signature has parameters.
"""

from __future__ import annotations

import keyword
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from ..errors import BuildError
from ..incremental import write_if_changed
from .callbacks import Signature, signature_of

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from pathlib import Path

    from .callbacks import CallbacksContext
    from .header import CType, Function, HeaderInfo
    from .wasm_info import FuncType


@dataclass(frozen=True)
class Bindings:
    """What the glue generator is given besides the wasm: the parsed header (if any)
    and whether native_sources define methods."""

    header: HeaderInfo | None = None
    native: bool = False


# ---- C types -> wasm, C and Python -----------------------------------------------------------

_WASM_C_TYPES = {"i32": "uint32_t", "i64": "uint64_t", "f32": "float", "f64": "double"}
_CELL_KINDS = {"signed": "WASMBOX_CELL_SIGNED", "unsigned": "WASMBOX_CELL_UNSIGNED",
               "bool": "WASMBOX_CELL_BOOL", "float": "WASMBOX_CELL_FLOAT",
               "pointer": "WASMBOX_CELL_POINTER", "any": "WASMBOX_CELL_ANY"}
_PY_CELL = {"signed": "Cell[int]", "unsigned": "Cell[int]", "pointer": "Cell[int]",
            "bool": "Cell[bool]", "float": "Cell[float]"}
# Names the stub and the text signature must not use for parameters.
_RESERVED = {"self", "cls", "module"}


def _scalar(ctype: CType) -> bool:
    return ctype.kind in ("int", "bool", "float", "enum", "pointer")


def wasm_type(ctype: CType) -> str:
    """The wasm value type a C scalar is passed as (wasm32 C ABI)."""
    if ctype.kind == "float":
        return "f32" if ctype.size == 4 else "f64"
    return "i64" if ctype.size == 8 else "i32"


def cell_kind(ctype: CType) -> str:
    """What a cell standing for a `ctype` holds ("any" if no cell can)."""
    if ctype.kind in ("int", "enum"):
        return "signed" if ctype.signed else "unsigned"
    if ctype.kind in ("bool", "float", "pointer"):
        return ctype.kind
    return "any"


def _c_range(ctype: CType) -> tuple[str, str]:
    """The C expressions of a scalar's [min, max]."""
    if ctype.kind == "bool":
        return "0", "1"
    bits = ctype.size * 8
    if ctype.signed:
        return f"INT{bits}_MIN", f"INT{bits}_MAX"
    return "0", f"UINT{bits}_MAX"


def _unbindable(ctype: CType, parameter: bool) -> str | None:
    """Why a parameter or result of this type cannot be bound, or None."""
    if ctype.kind == "unsupported":
        return f"{ctype.spelling}: {ctype.why}"
    if ctype.kind == "record":
        return f"{ctype.spelling} is a struct or union passed by value"
    if ctype.kind == "function":
        return f"{ctype.spelling} is a function"
    if ctype.kind == "void" and parameter:
        return "a void parameter"
    return None


@dataclass(frozen=True)
class TypedParam:
    index: int
    c_name: str  # as the header names it ("" if unnamed)
    py_name: str
    c_type: str  # as the header spells it
    kind: str  # signed | unsigned | bool | float | in | cstring | inout | handle | callback
    wasm: str
    c_min: str = "0"
    c_max: str = "0"
    elem_size: int = 0
    elem_kind: str = "any"
    buffer: int | None = None  # its index among the wrapper's buffers
    signature: Signature | None = None  # callback: the function type it points to
    sig_ident: str = ""  # callback: the C name of the signature's description

    @property
    def field(self) -> str:
        return f"p{self.index}"

    @property
    def field_type(self) -> str:
        return _WASM_C_TYPES[self.wasm]

    @property
    def kind_c(self) -> str:
        return f"WASMBOX_ARG_{self.kind.upper()}"

    @property
    def elem_kind_c(self) -> str:
        return _CELL_KINDS[self.elem_kind]

    @property
    def convert(self) -> str:
        """The C expression converting args[index] into the frame."""
        where = f"fn, {self.index}, args[{self.index}]"
        if self.kind == "callback":
            return (f"wasmbox_callback_argument(sb, fn->name, {self.index + 1}, "
                    f"fn->params[{self.index}].name, &{self.sig_ident}, args[{self.index}], "
                    f"&f.{self.field})")
        if self.buffer is not None:
            return f"wasmbox_typed_pointer({where}, &buffers[{self.buffer}], &f.{self.field})"
        if self.kind == "handle":
            return f"wasmbox_typed_pointer({where}, NULL, &f.{self.field})"
        return f"wasmbox_typed_{self.wasm}({where}, &f.{self.field})"

    @property
    def py_type(self) -> str:
        if self.kind in ("signed", "unsigned"):
            return "int"
        if self.kind == "bool":
            return "bool"
        if self.kind == "float":
            return "float"
        if self.kind == "in":
            return "Buffer | int | None"
        if self.kind == "cstring":
            return "str | Buffer | int | None"
        if self.kind == "inout":
            cell = _PY_CELL.get(self.elem_kind)
            return f"{cell} | Buffer | int | None" if cell else "Buffer | int | None"
        if self.kind == "callback" and self.signature is not None:
            return f"{self.signature.py_callable} | Callback | int | None"
        return "int | None"

    @property
    def note(self) -> str:
        """One docstring line for a pointer parameter ("" for scalars)."""
        notes = {
            "in": "bytes-like, copied in",
            "cstring": "str (UTF-8) or bytes-like, copied in with a NUL",
            "inout": "writable buffer or Cell, copied in and back out",
            "handle": "an address in the sandbox (opaque handle)",
            "callback": "a callable (the sandbox keeps it until closed) or a Callback",
        }
        if self.kind not in notes:
            return ""
        return f"{self.py_name}: {notes[self.kind]}; or an address, or None"


@dataclass(frozen=True)
class TypedFunction:
    name: str
    prototype: str
    where: str
    params: tuple[TypedParam, ...]
    result: CType
    export: object = field(compare=False, default=None)  # glue._Export, set by context()

    @property
    def ident(self) -> str:
        return str(getattr(self.export, "ident", self.name))

    @property
    def comment(self) -> str:
        """The prototype, safe inside a C comment."""
        text = "".join(c if c.isascii() and c.isprintable() and c not in "?\\" else "_"
                       for c in self.prototype)
        return text.replace("*/", "* /").replace("/*", "/ *")

    @property
    def function(self) -> str:
        return str(getattr(self.export, "function", ""))

    @property
    def n_buffers(self) -> int:
        return sum(1 for p in self.params if p.buffer is not None)

    @property
    def result_wasm(self) -> str | None:
        return None if self.result.kind == "void" else wasm_type(self.result)

    @property
    def result_field_type(self) -> str:
        return _WASM_C_TYPES[self.result_wasm] if self.result_wasm else "void"

    @property
    def result_expr(self) -> str:
        """The C expression that makes the Python result from f.result."""
        r = self.result
        if r.kind == "void":
            return ""  # the template returns None
        if r.kind == "bool":
            return "PyBool_FromLong(f.result != 0)"
        if r.kind == "float":
            return "PyFloat_FromDouble(f.result)"
        if r.kind == "pointer":
            return "PyLong_FromUnsignedLong(f.result)"
        bits = r.size * 8
        if r.signed:
            if bits == 64:
                return "PyLong_FromLongLong((int64_t)f.result)"
            return f"PyLong_FromLong((int{bits}_t)f.result)"
        if bits == 64:
            return "PyLong_FromUnsignedLongLong(f.result)"
        return f"PyLong_FromUnsignedLong((uint{bits}_t)f.result)"

    @property
    def py_params(self) -> str:
        return ", ".join(f"{p.py_name}: {p.py_type}" for p in self.params)

    @property
    def py_result(self) -> str:
        r = self.result
        return {"void": "None", "bool": "bool", "float": "float"}.get(r.kind, "int")

    def doc(self, first: str) -> str:
        """The docstring: a text signature for inspect, the C prototype, the pointers."""
        names = [first, *(p.py_name for p in self.params)]
        lines = [f"{self.name}({', '.join(names)}, /)", "--", "", self.prototype]
        notes = [p.note for p in self.params if p.note]
        if self.result.kind == "pointer":
            notes.append("returns an address in the sandbox (read it with sb.read or "
                         "sb.read_cstring)")
        if notes:
            lines += ["", *notes]
        return "\n".join(lines)


def _py_names(params: Sequence[str]) -> list[str]:
    out: list[str] = []
    for i, name in enumerate(params):
        candidate = name if name.isidentifier() and not keyword.iskeyword(name) else ""
        if candidate in _RESERVED:
            candidate += "_"
        if not candidate or candidate in out:
            candidate = f"arg{i + 1}"
        out.append(candidate)
    return out


def _param(index: int, name: str, py_name: str, ctype: CType, buffer: int | None,
           callbacks: CallbacksContext | None) -> TypedParam:
    def make(kind: str, c_min: str = "0", c_max: str = "0", elem: CType | None = None,
             slot: int | None = None) -> TypedParam:
        return TypedParam(index=index, c_name=name, py_name=py_name, c_type=ctype.spelling,
                          kind=kind, wasm=wasm_type(ctype), c_min=c_min, c_max=c_max,
                          elem_size=elem.size if elem is not None and _scalar(elem) else 0,
                          elem_kind=cell_kind(elem) if elem is not None else "any",
                          buffer=slot)

    if ctype.kind in ("int", "enum", "bool"):
        low, high = _c_range(ctype)
        kind = "bool" if ctype.kind == "bool" else "signed" if ctype.signed else "unsigned"
        return make(kind, low, high)
    if ctype.kind == "float":
        return make("float")
    pointee = ctype.pointee
    if pointee is not None and pointee.kind == "function" and callbacks is not None:
        signature = signature_of(pointee)
        if isinstance(signature, Signature):
            return replace(make("callback"), signature=signature,
                           sig_ident=callbacks.ident(signature))
    if pointee is None or pointee.kind in ("record", "function"):
        return make("handle")
    if pointee.const:
        return make("cstring" if pointee.char else "in", elem=pointee, slot=buffer)
    return make("inout", elem=pointee, slot=buffer)


def bind_function(function: Function, exported: FuncType | None,
                  callbacks: CallbacksContext | None = None) -> TypedFunction:
    """A typed wrapper for `function`; BuildError if it cannot have one."""

    def fail(why: str) -> BuildError:
        return BuildError(
            f"{function.where}: cannot bind {function.prototype}: {why}; leave it out "
            "(list the other functions in exports=[...]) or wrap it in C (native_sources=)")

    if function.variadic:
        raise fail("variadic functions cannot be called from Python")
    problem = _unbindable(function.result, parameter=False)
    if problem:
        raise fail(f"its result {problem}")
    for i, param in enumerate(function.params):
        problem = _unbindable(param.type, parameter=True)
        if problem:
            raise fail(f"parameter {param.name or i + 1}: {problem}")
    names = _py_names([p.name for p in function.params])
    params: list[TypedParam] = []
    for i, (param, py_name) in enumerate(zip(function.params, names, strict=True)):
        buffers = sum(1 for p in params if p.buffer is not None)
        params.append(_param(i, param.name, py_name, param.type, buffers, callbacks))
    expected_params = tuple(p.wasm for p in params)
    expected_results = () if function.result.kind == "void" else (wasm_type(function.result),)
    if exported is not None:
        if not function.has_prototype and not exported.params:
            pass  # f() declared without a prototype takes no arguments here
        elif not function.has_prototype:
            raise fail("it is declared without a prototype; declare its parameters")
        if (expected_params, expected_results) != (exported.params, exported.results):
            raise BuildError(
                f"{function.where}: the header declares {function.prototype}, wasm "
                f"({', '.join(expected_params)}) -> ({', '.join(expected_results)}), but the "
                f"library defines {function.name} as {exported}; the header does not match "
                "the sources (check define_macros), or leave it out of exports=[...]")
    return TypedFunction(name=function.name, prototype=function.prototype,
                         where=function.where, params=tuple(params), result=function.result)


# ---- what the templates see --------------------------------------------------------------------


@dataclass(frozen=True)
class CellType:
    name: str
    size: int
    kind: str

    @property
    def kind_c(self) -> str:
        return _CELL_KINDS[self.kind]


@dataclass(frozen=True)
class Constant:
    name: str
    value: int | str

    @property
    def py_type(self) -> str:
        return "int" if isinstance(self.value, int) else "str"


# The C types every module's cells know (wasmbox_bindings.c), by Python kind.
BUILTIN_CELL_TYPES: Mapping[str, tuple[str, ...]] = {
    "int": ("char", "signed char", "unsigned char", "short", "unsigned short", "int",
            "unsigned", "unsigned int", "long", "unsigned long", "long long",
            "unsigned long long", "int8_t", "uint8_t", "int16_t", "uint16_t", "int32_t",
            "uint32_t", "int64_t", "uint64_t", "size_t", "ssize_t", "ptrdiff_t", "intptr_t",
            "uintptr_t", "void *", "char *"),
    "float": ("float", "double"),
    "bool": ("bool", "_Bool"),
}


@dataclass
class BindingsContext:
    """The `bindings` object of the glue templates."""

    header_name: str | None = None
    functions: list[TypedFunction] = field(default_factory=list)
    cell_types: list[CellType] = field(default_factory=list)
    constants: list[Constant] = field(default_factory=list)
    native: bool = False

    @property
    def by_name(self) -> dict[str, TypedFunction]:
        return {f.name: f for f in self.functions}

    def cell_names(self, kind: str) -> list[str]:
        """Cell type names for the stub's Literal[...] of one Python kind."""
        own = [c.name for c in self.cell_types
               if ("float" if c.kind == "float" else "bool" if c.kind == "bool" else "int")
               == kind]
        return list(dict.fromkeys([*BUILTIN_CELL_TYPES[kind], *own]))


def context(bindings: Bindings | None, exports: Sequence[object],
            wasm_functions: Mapping[str, FuncType], taken: set[str],
            callbacks: CallbacksContext | None = None) -> BindingsContext:
    """Pair the header's functions with the exports the glue wraps.

    `exports` are glue._Export objects; `taken` the module-level names (exports and
    the module's API) that constants must not shadow.
    """
    if bindings is None:
        return BindingsContext()
    out = BindingsContext(native=bindings.native)
    info = bindings.header
    if info is None:
        return out
    out.header_name = info.header.name
    for export in exports:
        name = str(getattr(export, "name", ""))
        declared = info.functions.get(name)
        if declared is None:
            continue  # listed in exports= but not in the header: stays untyped
        typed = bind_function(declared, wasm_functions.get(name), callbacks)
        out.functions.append(replace(typed, export=export))
    for name, ctype in sorted(info.typedefs.items()):
        if " " not in name:
            kind = cell_kind(ctype)
            if kind != "any":
                out.cell_types.append(CellType(name, ctype.size, kind))
    for name, value in info.constants.items():
        if name.isidentifier() and not keyword.iskeyword(name) and name not in taken \
                and not name.startswith("_"):
            out.constants.append(Constant(name, value))
    return out


def declared_functions(info: HeaderInfo) -> tuple[str, ...]:
    """What `exports=None` means with a header: the functions it declares."""
    return tuple(info.functions)


def instance_header(wasm2c_name: str, prefix: str, out_dir: Path) -> Path:
    """Write wasmbox_instance.h: this module's wasm2c API for native_sources."""
    text = (
        "/* wasmbox_instance.h - generated by wasmbox-build; do not edit.\n"
        " *\n"
        " * The wasm2c API of this module, for native_sources (see wasmbox_native.h):\n"
        " * WASMBOX_EXPORT(compress2)(instance, ...) calls the export compress2 on the\n"
        " * instance from wasmbox_native_instance(). Arguments and results are wasm\n"
        " * values: pointers are uint32_t sandbox addresses.\n"
        " */\n"
        "#ifndef WASMBOX_INSTANCE_H_\n"
        "#define WASMBOX_INSTANCE_H_\n\n"
        f'#include "{wasm2c_name}.h"\n\n'
        f"typedef w2c_{prefix} wasmbox_instance_t;\n"
        f"#define WASMBOX_EXPORT(name) w2c_{prefix}_##name\n\n"
        "#endif /* WASMBOX_INSTANCE_H_ */\n"
    )
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / "wasmbox_instance.h"
    write_if_changed(path, text)
    return path
