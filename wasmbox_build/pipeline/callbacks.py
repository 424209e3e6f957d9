"""Python callables that the sandboxed library calls: what the glue needs for them.

- **Imports**: the functions of wasm module "env" that the library calls but does not
  define (compile.py links them as imports when the header declares them or
  `imports=[...]` names them). The glue defines wasm2c's function for each, which hands
  its arguments to the runtime (runtime/wasmbox_callbacks.c) with the import's C
  signature: the header's prototype, or, for a function it does not declare, the wasm
  signature read as signed integers and floats (like sb.raw).
- **Trampolines**: one per wasm function type of the module. A callback made with
  sb.callback() is a slot of the module's function table whose funcref points at the
  trampoline of its wasm type; call_indirect checks the type and passes the callback's
  entry as the module instance.
- **Signatures**: C function types the runtime converts values by: the imports', the
  function-pointer parameters' of typed bindings, and the header's function-pointer
  typedefs (sb.callback(fn, "XML_StartElementHandler")).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..errors import BuildError

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping, Sequence

    from .header import CType, Function, HeaderInfo
    from .wasm_info import FuncType, WasmInfo

ENV_MODULE = "env"
MAX_PARAMS = 32  # WASMBOX_MAX_CALLBACK_PARAMS in wasmbox_callbacks.h
_WASM_CHARS = {"i32": "i", "i64": "j", "f32": "f", "f64": "d"}
_WASM_C_TYPES = {"i32": "u32", "i64": "u64", "f32": "f32", "f64": "f64"}
_VALUE_FIELDS = {"i32": "i32", "i64": "i64", "f32": "f32", "f64": "f64"}
_KIND_C = {"void": "WASMBOX_C_VOID", "signed": "WASMBOX_C_SIGNED",
           "unsigned": "WASMBOX_C_UNSIGNED", "bool": "WASMBOX_C_BOOL",
           "float": "WASMBOX_C_FLOAT", "pointer": "WASMBOX_C_POINTER"}


@dataclass(frozen=True)
class Scalar:
    """A C scalar as a callback passes it: kind (void, signed, unsigned, bool, float,
    pointer) and sizeof on wasm32."""

    kind: str
    size: int

    @property
    def wasm(self) -> str:
        if self.kind == "float":
            return "f32" if self.size == 4 else "f64"
        return "i64" if self.size == 8 else "i32"

    @property
    def c(self) -> str:
        return f"{{{_KIND_C[self.kind]}, {self.size}}}"

    @property
    def py_type(self) -> str:
        return {"bool": "bool", "float": "float", "void": "object",
                "pointer": "int | None"}.get(self.kind, "int")


VOID = Scalar("void", 0)


@dataclass(frozen=True)
class Signature:
    """A C function type the runtime converts a callback's values by."""

    text: str  # as the header spells it
    result: Scalar
    params: tuple[Scalar, ...]

    @property
    def wasm(self) -> str:
        """The wasm type as the runtime spells it: "ii:i"."""
        results = "" if self.result.kind == "void" else _WASM_CHARS[self.result.wasm]
        return "".join(_WASM_CHARS[p.wasm] for p in self.params) + ":" + results

    @property
    def py_callable(self) -> str:
        """The stub's type of a Python callable with this signature."""
        args = ", ".join("int" if p.kind == "pointer" else p.py_type for p in self.params)
        return f"Callable[[{args}], {self.result.py_type}]"


def scalar_of(ctype: CType, result: bool = False) -> Scalar | None:
    """How a callback passes a value of `ctype` (None: it cannot)."""
    if ctype.kind in ("int", "enum"):
        return Scalar("signed" if ctype.signed else "unsigned", ctype.size)
    if ctype.kind in ("bool", "float", "pointer"):
        return Scalar(ctype.kind, ctype.size)
    if ctype.kind == "void" and result:
        return VOID
    return None


def signature_of(function: CType) -> Signature | str:
    """The signature of a C function type, or why a callback cannot have it."""
    if function.params is None or function.result is None:
        return "it has no prototype"
    return _signature(function.spelling, function.result, function.params, function.variadic)


def _signature(text: str, result_type: CType, param_types: Sequence[CType],
               variadic: bool) -> Signature | str:
    if variadic:
        return "it is variadic"
    if len(param_types) > MAX_PARAMS:
        return f"it has more than {MAX_PARAMS} parameters"
    result = scalar_of(result_type, result=True)
    if result is None:
        return f"its result {result_type.spelling} is not a scalar or pointer"
    params = []
    for param in param_types:
        scalar = scalar_of(param)
        if scalar is None:
            return f"its parameter {param.spelling} is not a scalar or pointer"
        params.append(scalar)
    return Signature(text, result, tuple(params))


def raw_signature(name: str, wasm: FuncType) -> Signature:
    """An import the header does not declare: its wasm types, integers signed."""
    def scalar(value_type: str) -> Scalar:
        size = 8 if value_type in ("i64", "f64") else 4
        return Scalar("float" if value_type[0] == "f" else "signed", size)

    result = scalar(wasm.results[0]) if wasm.results else VOID
    text = f"{wasm.results[0] if wasm.results else 'void'} {name}({', '.join(wasm.params)})"
    return Signature(text, result, tuple(scalar(p) for p in wasm.params))


# ---- what the glue templates see ------------------------------------------------------


class _WasmFunction:
    """What the templates need of a C function with a wasm function type."""

    type: FuncType

    @property
    def c_params(self) -> list[str]:
        return [_WASM_C_TYPES[p] for p in self.type.params]

    @property
    def c_result(self) -> str:
        return _WASM_C_TYPES[self.type.results[0]] if self.type.results else "void"

    @property
    def fields(self) -> list[str]:
        """The wasmbox_value member each parameter is stored in."""
        return [_VALUE_FIELDS[p] for p in self.type.params]

    @property
    def result_field(self) -> str:
        return _VALUE_FIELDS[self.type.results[0]] if self.type.results else ""


@dataclass(frozen=True)
class Trampoline(_WasmFunction):
    """The glue's function for one wasm function type."""

    index: int
    type: FuncType

    @property
    def wasm(self) -> str:
        return ("".join(_WASM_CHARS[p] for p in self.type.params) + ":"
                + "".join(_WASM_CHARS[r] for r in self.type.results))

    @property
    def ident(self) -> str:
        return f"trampoline_{self.index}"

    @property
    def rt_types(self) -> list[str]:
        """wasm2c's wasm_rt_type_t of the parameters, then the results."""
        names = {"i32": "WASM_RT_I32", "i64": "WASM_RT_I64", "f32": "WASM_RT_F32",
                 "f64": "WASM_RT_F64"}
        return [names[t] for t in (*self.type.params, *self.type.results)]


@dataclass(frozen=True)
class ImportBinding(_WasmFunction):
    """One import of module "env", defined by the glue."""

    index: int
    name: str
    function: str  # wasm2c's name for it: w2c_env_<name>
    type: FuncType
    signature: Signature
    typed: bool  # the header declares it (else raw wasm types)
    sig_ident: str = ""


@dataclass
class CallbacksContext:
    """The `callbacks` object of the glue templates."""

    trampolines: list[Trampoline] = field(default_factory=list)
    imports: list[ImportBinding] = field(default_factory=list)
    named: list[tuple[str, str]] = field(default_factory=list)  # typedef -> signature ident
    signatures: dict[Signature, str] = field(default_factory=dict)  # -> its C identifier
    table_fn: str | None = None  # wasm2c's accessor of the exported function table

    def ident(self, signature: Signature) -> str:
        """The C identifier of a signature's static description (made on first use)."""
        if signature not in self.signatures:
            self.signatures[signature] = f"signature_{len(self.signatures)}"
        return self.signatures[signature]

    @property
    def signature_list(self) -> list[tuple[str, Signature]]:
        return [(ident, sig) for sig, ident in self.signatures.items()]

    @property
    def import_names(self) -> list[str]:
        return [i.name for i in self.imports]


def _supported(wasm: FuncType) -> bool:
    return (all(t in _WASM_CHARS for t in (*wasm.params, *wasm.results))
            and len(wasm.results) <= 1 and len(wasm.params) <= MAX_PARAMS)


def env_imports(info: WasmInfo) -> list[tuple[str, FuncType]]:
    """The functions the wasm imports from "env", in import order."""
    out = []
    for imp in info.imports:
        if imp.module == ENV_MODULE and imp.kind == "func" and imp.type is not None:
            out.append((imp.name, imp.type))
    return out


def _import_signature(function: Function, wasm: FuncType) -> Signature:
    """An import the header declares: its prototype, which must match the wasm."""
    def fail(why: str) -> BuildError:
        return BuildError(f"{function.where}: the library imports {function.prototype}, but "
                          f"{why}; define it in the library's sources instead")

    if not function.has_prototype and wasm.params:
        raise fail("it is declared without a prototype")
    if function.variadic:
        raise fail("a variadic function cannot be provided by Python")
    signature = _signature(function.prototype, function.result,
                           [p.type for p in function.params], function.variadic)
    if isinstance(signature, str):
        raise fail(signature)
    expected = (tuple(p.wasm for p in signature.params),
                () if signature.result.kind == "void" else (signature.result.wasm,))
    if expected != (wasm.params, wasm.results):
        raise fail(f"the header's types are wasm ({', '.join(expected[0])}) -> "
                   f"({', '.join(expected[1])}) and the library calls it as {wasm} (check "
                   "define_macros)")
    return signature


def context(info: WasmInfo, header: HeaderInfo | None, table_fn: str | None,
            mangle: Callable[[str, bool], str]) -> CallbacksContext:
    """Trampolines for every wasm function type, the imports with their signatures,
    and the header's function-pointer typedefs."""
    out = CallbacksContext(table_fn=table_fn)
    seen: set[tuple[tuple[str, ...], tuple[str, ...]]] = set()
    for wasm in info.types:
        key = (wasm.params, wasm.results)
        if _supported(wasm) and key not in seen:
            seen.add(key)
            out.trampolines.append(Trampoline(len(out.trampolines), wasm))
    declared: Mapping[str, Function] = header.functions if header is not None else {}
    for index, (name, wasm) in enumerate(env_imports(info)):
        if not _supported(wasm):
            raise BuildError(f"the library imports {name} with wasm type {wasm}, which Python "
                             "cannot provide (only i32, i64, f32, f64 and one result)")
        function = declared.get(name)
        signature = _import_signature(function, wasm) if function is not None \
            else raw_signature(name, wasm)
        out.imports.append(ImportBinding(
            index, name, f"w2c_{mangle(ENV_MODULE, True)}_{mangle(name, False)}", wasm,
            signature, function is not None, out.ident(signature)))
    for name, ctype in sorted((header.typedefs if header is not None else {}).items()):
        target = ctype.pointee if ctype.kind == "pointer" else ctype
        if target is not None and target.kind == "function":
            typedef = signature_of(target)
            if isinstance(typedef, Signature):
                out.named.append((name, out.ident(typedef)))
    return out
