"""Read a library's public header as the sandbox sees it (wasm32: `long` and `size_t`
are 32-bit) with the wasm toolchain's own clang.

Two runs of the toolchain's compiler, with the library's include folders and macros:

- `-Xclang -ast-dump=json -fsyntax-only`: every declaration with its type. Only the
  declarations of the header itself and of the headers it includes from its own
  folder and the library's include folders are kept (not libc's).
- `-E -dD`: the header's object-like macros whose value is a plain integer or string
  literal (zlib's `Z_OK`, `ZLIB_VERSION`), exposed as module constants.

Clang prints parameter types as C spellings (`const Bytef *`), so this module has a
small parser for them that resolves typedef names through the typedefs' own type
trees. The result (`HeaderInfo`) is cached in the work folder, keyed by the toolchain,
the flags and every header the parse could have read.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .._version import __version__
from ..errors import BuildError
from ..incremental import code_digest, digests, key_of, write_atomically
from ..process import run_capture
from . import sjlj

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Mapping, Sequence

    from ..toolchain.model import Toolchain
    from .compile import WasmBuild

# ---- the C types of wasm32 (the ILP32 "BasicCABI" of clang's wasm32 target) ------------

# spelling (words sorted) -> (kind, size in bytes, signed)
_BUILTINS: Mapping[tuple[str, ...], tuple[str, int, bool]] = {
    ("char",): ("int", 1, True),  # char is signed on wasm32
    ("char", "signed"): ("int", 1, True),
    ("char", "unsigned"): ("int", 1, False),
    ("short",): ("int", 2, True),
    ("int", "short"): ("int", 2, True),
    ("short", "signed"): ("int", 2, True),
    ("int", "short", "signed"): ("int", 2, True),
    ("short", "unsigned"): ("int", 2, False),
    ("int", "short", "unsigned"): ("int", 2, False),
    ("int",): ("int", 4, True),
    ("signed",): ("int", 4, True),
    ("int", "signed"): ("int", 4, True),
    ("unsigned",): ("int", 4, False),
    ("int", "unsigned"): ("int", 4, False),
    ("long",): ("int", 4, True),
    ("int", "long"): ("int", 4, True),
    ("long", "signed"): ("int", 4, True),
    ("int", "long", "signed"): ("int", 4, True),
    ("long", "unsigned"): ("int", 4, False),
    ("int", "long", "unsigned"): ("int", 4, False),
    ("long", "long"): ("int", 8, True),
    ("int", "long", "long"): ("int", 8, True),
    ("long", "long", "signed"): ("int", 8, True),
    ("int", "long", "long", "signed"): ("int", 8, True),
    ("long", "long", "unsigned"): ("int", 8, False),
    ("int", "long", "long", "unsigned"): ("int", 8, False),
    ("_Bool",): ("bool", 1, False),
    ("bool",): ("bool", 1, False),
    ("float",): ("float", 4, True),
    ("double",): ("float", 8, True),
    ("void",): ("void", 0, False),
}
_UNSUPPORTED_BUILTINS = {
    "long double": "long double is 128-bit on wasm32, which Python floats cannot carry",
    "__int128": "128-bit integers cannot be passed to wasm functions one by one",
    "_Float16": "_Float16 has no Python equivalent",
    "__fp16": "__fp16 has no Python equivalent",
    "_Complex": "complex types are passed in memory on wasm32",
}
_BUILTIN_WORDS = {"char", "short", "int", "long", "signed", "unsigned", "_Bool", "bool",
                  "float", "double", "void", "__int128", "_Float16", "__fp16", "_Complex"}
_QUALIFIERS = {"const", "volatile", "restrict", "__restrict", "_Atomic", "_Nonnull",
               "_Nullable", "_Null_unspecified"}
_TAGS = {"struct", "union", "enum"}
POINTER_SIZE = 4


@dataclass(frozen=True)
class CType:
    """A C type as the wasm32 sandbox sees it.

    kind: "int" | "bool" | "float" | "void" | "enum" | "pointer" | "record" |
    "function" | "unsupported". `size` is sizeof() on wasm32 (0 if void, a function,
    or a record: records are only ever handled through pointers).
    """

    kind: str
    spelling: str  # as the header spells it (typedef names kept)
    size: int = 0
    signed: bool = False
    const: bool = False
    pointee: CType | None = None
    tag: str = ""  # records and enums: "struct foo", "enum bar"
    why: str = ""  # unsupported: the reason
    char: bool = False  # plain `char` (not signed/unsigned char): const char * is a string
    # functions with a prototype: the result and parameter types (None: no prototype)
    result: CType | None = None
    params: tuple[CType, ...] | None = None
    variadic: bool = False


def _pointer(pointee: CType, spelling: str) -> CType:
    return CType("pointer", spelling, POINTER_SIZE, False, pointee=pointee)


def _join_spelling(base: str, stars: str) -> str:
    return f"{base} {stars}".strip()


# ---- what the parse yields ---------------------------------------------------------------


@dataclass(frozen=True)
class Param:
    name: str  # "" if the prototype does not name it
    type: CType


@dataclass(frozen=True)
class Function:
    name: str
    result: CType
    params: tuple[Param, ...]
    prototype: str  # one line of C, e.g. "int compress2(Bytef *dest, ...)"
    where: str  # "zlib.h:1234"
    variadic: bool = False
    has_prototype: bool = True


@dataclass(frozen=True)
class HeaderInfo:
    header: Path
    functions: Mapping[str, Function]  # every non-static function the header declares
    typedefs: Mapping[str, CType]  # the header's own typedefs of scalars, pointers, functions
    constants: Mapping[str, int | str]  # enum constants and literal object-like macros
    files: tuple[Path, ...] = field(default=())  # the library headers the parse read


def find_header(name: str, root: Path, include_dirs: Sequence[Path],
                sources: Sequence[Path] = ()) -> Path:
    """header= as given: a path (relative to root), else a name found in the include
    folders or beside the sources, as `#include "name"` would find it."""
    given = Path(name)
    candidates = [given if given.is_absolute() else root / given]
    if not given.is_absolute():
        folders = dict.fromkeys([*include_dirs, *(s.parent for s in sources)])
        candidates += [folder / given for folder in folders]
    for candidate in candidates:
        if candidate.is_file():
            return candidate.resolve()
    raise BuildError(f"header {name!r} not found in {root} or the include folders; give its "
                     "path relative to the project (header='zlib/zlib.h')")


# ---- running clang -----------------------------------------------------------------------


def _flags(toolchain: Toolchain, build: WasmBuild) -> list[str]:
    flags = [*toolchain.cflags]
    for directory in build.include_dirs:
        flags.append(f"-I{directory}")
    for name, value in build.defines:
        flags.append(f"-D{name}" if value is None else f"-D{name}={value}")
    flags += sjlj.compile_flags(toolchain)  # a header may include <setjmp.h> (libpng's does)
    flags += build.extra_cflags
    return [*flags, "-Wno-unused-command-line-argument"]


def _errors(stderr: str) -> list[str]:
    lines = [line.strip() for line in stderr.splitlines() if re.search(r"\berror:", line)]
    # zig cc runs clang as if compiling to an object, and then cannot find the object a
    # dump-only run never writes: not a problem with the header.
    return [line for line in lines if "failed to rename" not in line]


def _run(toolchain: Toolchain, argv: Sequence[str], header: Path, what: str) -> str:
    result = run_capture([*toolchain.compiler, *argv], env=toolchain.env, timeout=600)
    errors = _errors(result.stderr)
    if errors or (result.returncode != 0 and not result.stdout.strip()):
        first = errors[0] if errors else (result.stderr.strip().splitlines() or ["no output"])[0]
        raise BuildError(
            f"cannot read header {header.name} ({what}): {first}; fix the header or the "
            "include_dirs/define_macros it needs, or leave header= out and list exports=[...]")
    return result.stdout


def _allowed_dirs(header: Path, build: WasmBuild) -> tuple[Path, ...]:
    return tuple(dict.fromkeys([header.parent, *(d.resolve() for d in build.include_dirs)]))


def _inside(path: Path, folders: Iterable[Path]) -> bool:
    return any(path == folder or folder in path.parents for folder in folders)


def _cache_key(toolchain: Toolchain, flags: Sequence[str], header: Path,
               folders: Sequence[Path]) -> str:
    headers = [path for folder in folders if folder.is_dir()
               for path in sorted(folder.glob("*.h"))]
    return key_of(code_digest(__file__), __version__, toolchain.identity, list(flags), str(header),
                  digests(headers))


def parse_header(toolchain: Toolchain, build: WasmBuild, header: Path,
                 work_dir: Path) -> HeaderInfo:
    """Parse `header` for wasm32 with the flags of `build` (cached in work_dir)."""
    header = header.resolve()
    if not header.is_file():
        raise BuildError(f"header {header} does not exist; fix the path in header=")
    flags = _flags(toolchain, build)
    folders = _allowed_dirs(header, build)
    key = _cache_key(toolchain, flags, header, folders)
    cache = work_dir / "header.json"
    raw: dict[str, Any] | None = None
    if cache.is_file():
        try:
            stored = json.loads(cache.read_text(encoding="utf-8"))
            if stored.get("key") == key:
                raw = stored
        except ValueError:
            raw = None
    if raw is None:
        ast_text = _run(toolchain, [*flags, "-Xclang", "-ast-dump=json", "-fsyntax-only",
                                    "-x", "c", str(header)], header, "clang AST")
        try:
            ast = json.loads(ast_text)
        except ValueError:
            raise BuildError(f"cannot read header {header.name}: the compiler's AST dump is "
                             "not JSON; use a clang-based toolchain (wasi-sdk, zig, "
                             "system clang)") from None
        macros_text = _run(toolchain, [*flags, "-E", "-dD", "-x", "c", str(header)], header,
                           "preprocessor")
        decls, files = _top_level_decls(ast, folders)
        raw = {"key": key, "decls": decls, "files": files,
               "macros": _macro_constants(macros_text, folders)}
        write_atomically(cache, json.dumps(raw))
    return _Model(header, raw["decls"]).info(raw["macros"], [Path(f) for f in raw["files"]])


# ---- the AST: top-level declarations and the file each comes from ----------------------

_LOC_KEYS = ("loc", "range")


class _FileTracker:
    """Clang's JSON dump names a location's file (and line) only when it differs from
    that of the location printed before it, so both are followed in document order."""

    def __init__(self) -> None:
        self.file = ""
        self.line = 0

    def location(self, loc: Any) -> None:
        if not isinstance(loc, dict):
            return
        if "spellingLoc" in loc or "expansionLoc" in loc:
            self.location(loc.get("spellingLoc"))
            self.location(loc.get("expansionLoc"))  # where the macro was used: last
        elif "begin" in loc or "end" in loc:
            self.location(loc.get("begin"))
            self.location(loc.get("end"))
        else:
            if "file" in loc:
                self.file = str(loc["file"])
            if "line" in loc:
                self.line = int(loc["line"])

    def walk(self, node: Any) -> None:
        if not isinstance(node, dict):
            return
        for key, value in node.items():
            if key in _LOC_KEYS:
                self.location(value)
            elif key == "inner" and isinstance(value, list):
                for child in value:
                    self.walk(child)


def _top_level_decls(ast: Any, folders: Sequence[Path]) -> tuple[list[dict[str, Any]],
                                                                  list[str]]:
    """The top-level declarations (and typedefs anywhere: libc's are needed to resolve
    uint8_t & co.), each with "file" and "line", and whether it is the library's own."""
    tracker = _FileTracker()
    out: list[dict[str, Any]] = []
    files: dict[str, None] = {}
    for node in ast.get("inner", []) if isinstance(ast, dict) else []:
        if not isinstance(node, dict):
            continue
        tracker.location(node.get("loc"))
        file, line = tracker.file, tracker.line
        tracker.location(node.get("range"))
        for child in node.get("inner", []) or []:
            tracker.walk(child)
        if node.get("isImplicit") or node.get("kind") not in (
                "FunctionDecl", "TypedefDecl", "EnumDecl", "RecordDecl"):
            continue
        path = Path(file).resolve() if file else None
        own = path is not None and _inside(path, folders)
        if own and path is not None:
            files[str(path)] = None
        slim = {k: v for k, v in node.items() if k not in ("loc", "range")}
        if node.get("kind") == "FunctionDecl":
            # parameters only: bodies of inline functions are not needed
            slim["inner"] = [c for c in node.get("inner", []) if c.get("kind") == "ParmVarDecl"]
        slim["own"] = own
        slim["where"] = f"{path.name if path else '?'}:{line}"
        out.append(slim)
    return out, list(files)


# ---- the model: typedefs, enums, functions -------------------------------------------------

_ANONYMOUS = re.compile(r"\((?:unnamed|anonymous)(?: (?:struct|union|enum))? at [^)]*\)")
_TOKENS = re.compile(r"\s*(\.\.\.|<anonymous>|[A-Za-z_][A-Za-z0-9_]*|\d+|[*()\[\],])")


def _tokens(text: str) -> list[str]:
    text = _ANONYMOUS.sub("<anonymous>", text).strip()
    out: list[str] = []
    pos = 0
    while pos < len(text):
        match = _TOKENS.match(text, pos)
        if match is None:
            if text[pos:].strip() == "":
                break
            raise ValueError(f"unexpected {text[pos:]!r}")
        out.append(match.group(1))
        pos = match.end()
    return out


def _matching(tokens: Sequence[str], start: int) -> int:
    """The index of the bracket closing tokens[start]."""
    depth = 0
    pairs = {"(": ")", "[": "]"}
    for i in range(start, len(tokens)):
        if tokens[i] in pairs:
            depth += 1
        elif tokens[i] in pairs.values():
            depth -= 1
            if depth == 0:
                return i
    raise ValueError("unbalanced brackets")


def _group_start(tokens: Sequence[str]) -> int | None:
    """Where the bracketed group that ends `tokens` opens, or None if they do not end
    with a complete one."""
    if not tokens or tokens[-1] != ")":
        return None
    depth = 0
    for i in range(len(tokens) - 1, -1, -1):
        depth += {")": 1, "(": -1}.get(tokens[i], 0)
        if depth == 0:
            return i
    return None

class _Model:
    def __init__(self, header: Path, decls: list[dict[str, Any]]) -> None:
        self.header = header
        self.decls = decls
        self.typedef_nodes: dict[str, dict[str, Any]] = {}
        self.enums: dict[str, dict[str, Any]] = {}  # by id and by tag name
        for decl in decls:
            kind = decl.get("kind")
            if kind == "TypedefDecl" and decl.get("name"):
                self.typedef_nodes.setdefault(decl["name"], decl)
            elif kind == "EnumDecl":
                self.enums[str(decl.get("id"))] = decl
                if decl.get("name"):
                    self.enums["enum " + decl["name"]] = decl
        self.typedefs: dict[str, CType] = {}

    # -- types ----------------------------------------------------------------------------

    def typedef(self, name: str) -> CType | None:
        if name in self.typedefs:
            return self.typedefs[name]
        node = self.typedef_nodes.get(name)
        if node is None:
            return None
        self.typedefs[name] = CType("unsupported", name, why="a typedef that refers to itself")
        inner = node.get("inner") or []
        resolved = self.tree(inner[0]) if inner else self.parse(node["type"]["qualType"])
        resolved = replace(resolved, spelling=name)
        self.typedefs[name] = resolved
        return resolved

    def enum(self, node: dict[str, Any] | None, spelling: str) -> CType:
        """An enum: int unless its constants need unsigned int (or a fixed type says)."""
        fixed = (node or {}).get("fixedUnderlyingType")
        if isinstance(fixed, dict):
            base = self.parse(str(fixed.get("desugaredQualType") or fixed.get("qualType", "int")))
            if base.kind == "int":
                return CType("enum", spelling, base.size, base.signed)
        values = [v for _, v in self.enum_constants(node or {})]
        signed = not values or min(values) < 0 or max(values) <= 0x7FFFFFFF
        return CType("enum", spelling, 4, signed)

    def enum_constants(self, node: dict[str, Any]) -> Iterator[tuple[str, int]]:
        value = -1
        for constant in node.get("inner", []):
            if constant.get("kind") != "EnumConstantDecl":
                continue
            value += 1
            for expr in constant.get("inner", []):
                if "value" in expr:
                    value = int(expr["value"])
                    break
            yield constant["name"], value

    def tree(self, node: dict[str, Any]) -> CType:
        """A type from one of the AST's type trees (typedefs carry them)."""
        kind = node.get("kind", "")
        spelling = node.get("type", {}).get("qualType", "")
        inner = node.get("inner") or []
        if kind == "BuiltinType":
            return self.parse(spelling)
        if kind == "PointerType" and inner:
            return _pointer(self.tree(inner[0]), spelling)
        if kind == "QualType" and inner:
            base = self.tree(inner[0])
            return replace(base, const=base.const or "const" in node.get("qualifiers", ""))
        if kind == "TypedefType":
            name = node.get("decl", {}).get("name", "")
            found = self.typedef(name) if name else None
            if found is not None:
                return found
            return self.tree(inner[0]) if inner else CType("unsupported", spelling,
                                                           why=f"unknown typedef {name}")
        if kind == "EnumType":
            decl = self.enums.get(str(node.get("decl", {}).get("id")))
            return self.enum(decl, spelling)
        if kind == "RecordType":
            return CType("record", spelling, tag=spelling)
        if kind == "FunctionProtoType" and inner:
            return CType("function", spelling, result=self.tree(inner[0]),
                         params=tuple(self.tree(p) for p in inner[1:]),
                         variadic=bool(node.get("variadic")))
        if kind in ("FunctionProtoType", "FunctionNoProtoType"):
            return CType("function", spelling)
        if kind in ("ConstantArrayType", "IncompleteArrayType", "VariableArrayType") and inner:
            # only reachable as a parameter, where arrays decay to pointers
            return _pointer(self.tree(inner[0]), spelling)
        if inner:  # ElaboratedType, ParenType, AttributedType, MacroQualifiedType, ...
            return self.tree(inner[0])
        return CType("unsupported", spelling, why=f"clang type {kind}")

    def parse(self, text: str) -> CType:
        """A type from its C spelling as clang prints it (abstract declarator)."""
        try:
            return self._parse(_tokens(text), text)
        except ValueError as error:
            return CType("unsupported", text, why=f"cannot parse the type ({error})")

    def _parse(self, tokens: list[str], text: str) -> CType:
        i, const, words, base = 0, False, [], None
        while i < len(tokens) and tokens[i] not in ("*", "(", "["):
            word = tokens[i]
            if word in _QUALIFIERS:
                const = const or word == "const"
            elif word in _TAGS:
                name = tokens[i + 1] if i + 1 < len(tokens) else ""
                tag = f"{word} {name}"
                i += 1
                if word == "enum":
                    base = self.enum(self.enums.get(tag), tag)
                else:
                    base = CType("record", tag, tag=tag)
            elif word in _BUILTIN_WORDS:
                words.append(word)
            elif word == "__attribute__":
                raise ValueError("attributes in a type")
            elif base is None:
                base = self.typedef(word) or CType("unsupported", word,
                                                   why=f"unknown type name {word}")
            else:
                raise ValueError(f"unexpected {word!r}")
            i += 1
        if words:
            key = tuple(sorted(words))
            spelled = " ".join(words)
            if key in _BUILTINS:
                kind, size, signed = _BUILTINS[key]
                base = CType(kind, spelled, size, signed, char=key == ("char",))
            else:
                why = next((w for s, w in _UNSUPPORTED_BUILTINS.items() if s in spelled),
                           f"the type {spelled}")
                base = CType("unsupported", spelled, why=why)
        if base is None:
            raise ValueError("no type")
        base = replace(base, const=base.const or const)
        base_text = " ".join(tokens[:i])
        stars = ""
        while i < len(tokens):
            token = tokens[i]
            if token == "*":
                stars += "*"
                base = _pointer(base, _join_spelling(base_text, stars))
                i += 1
                while i < len(tokens) and tokens[i] in _QUALIFIERS:
                    if tokens[i] == "const":
                        base = replace(base, const=True)
                    i += 1
            elif token == "(":
                close = _matching(tokens, i)
                inside = tokens[i + 1:close]
                after = tokens[close + 1:close + 2]
                if not inside or inside[0] != "*" or after not in (["("], ["["]):
                    raise ValueError("unexpected parenthesis")
                if after == ["("]:
                    end = _matching(tokens, close + 1)
                    if end != len(tokens) - 1:
                        raise ValueError("a function returning a function pointer")
                    target = self._function(base, tokens[close + 2:end], text)
                else:
                    target = CType("unsupported", text, why="a pointer to an array")
                base = target
                for token_inside in inside:
                    if token_inside == "*":
                        base = _pointer(base, text)
                return replace(base, spelling=text)
            elif token == "[":
                close = _matching(tokens, i)
                base = _pointer(base, text)
                i = close + 1
            else:
                raise ValueError(f"unexpected {token!r}")
        return replace(base, spelling=text.strip()) if stars else base

    def _function(self, result: CType, tokens: list[str], text: str) -> CType:
        """A function type from its result and the tokens of its parameter list."""
        groups: list[list[str]] = [[]]
        depth = 0
        for token in tokens:
            if token == "," and depth == 0:
                groups.append([])
                continue
            depth += {"(": 1, "[": 1, ")": -1, "]": -1}.get(token, 0)
            groups[-1].append(token)
        variadic = groups[-1] == ["..."]
        if variadic:
            groups.pop()
        if groups == [["void"]] or groups == [[]]:
            groups = []
        params = tuple(self._parse(group, " ".join(group)) for group in groups)
        return CType("function", text, result=result, params=params, variadic=variadic)

    # -- functions ----------------------------------------------------------------------------

    def function(self, decl: dict[str, Any]) -> Function:
        type_info = decl.get("type", {})
        text = type_info.get("desugaredQualType") or type_info.get("qualType", "")
        sugared = type_info.get("qualType", text)
        result = self._result(sugared) if sugared.endswith(")") else self._result(text)
        params = []
        for node in decl.get("inner", []):
            if node.get("kind") != "ParmVarDecl":
                continue
            spelled = node.get("type", {}).get("qualType", "")
            ctype = self.parse(spelled)
            if ctype.kind == "unsupported" and "desugaredQualType" in node.get("type", {}):
                desugared = self.parse(node["type"]["desugaredQualType"])
                if desugared.kind != "unsupported":
                    ctype = desugared
            params.append(Param(str(node.get("name", "")), replace(ctype, spelling=spelled)))
        name = decl["name"]
        has_prototype = not text.endswith("()")
        prototype = self._prototype(name, result, params, bool(decl.get("variadic")))
        return Function(name=name, result=result, params=tuple(params), prototype=prototype,
                        where=decl.get("where", "?"), variadic=bool(decl.get("variadic")),
                        has_prototype=has_prototype)

    def _result(self, function_type: str) -> CType:
        """The result type of a function type "RESULT (PARAMS)"."""
        try:
            tokens = _tokens(function_type)
        except ValueError as error:
            return CType("unsupported", function_type, why=str(error))
        while True:  # the function type's own attributes: libpng's PNG_NORETURN
            start = _group_start(tokens)
            if start is None or start == 0 or tokens[start - 1] != "__attribute__":
                break
            tokens = tokens[:start - 1]
        start = _group_start(tokens)
        if start is None:
            return CType("unsupported", function_type, why="not a function type")
        head = tokens[:start]
        if head and head[-1] == ")":  # a function returning a function pointer
            return _pointer(CType("function", function_type), function_type)
        return self.parse(" ".join(head))

    @staticmethod
    def _prototype(name: str, result: CType, params: Sequence[Param], variadic: bool) -> str:
        def declare(spelling: str, ident: str) -> str:
            if not ident:
                return spelling
            return f"{spelling}{ident}" if spelling.endswith("*") else f"{spelling} {ident}"

        parts = [declare(p.type.spelling, p.name) for p in params]
        if variadic:
            parts.append("...")
        head = declare(result.spelling, name)
        return f"{head}({', '.join(parts) or 'void'})"

    def info(self, macros: Mapping[str, int | str], files: Sequence[Path]) -> HeaderInfo:
        functions: dict[str, Function] = {}
        typedefs: dict[str, CType] = {}
        constants: dict[str, int | str] = {}
        for decl in self.decls:
            if not decl.get("own"):
                continue
            kind = decl.get("kind")
            if kind == "FunctionDecl" and decl.get("storageClass") != "static":
                functions.setdefault(decl["name"], self.function(decl))
            elif kind == "TypedefDecl" and decl.get("name"):
                resolved = self.typedef(decl["name"])
                if resolved is not None and resolved.kind in ("int", "bool", "float", "enum",
                                                              "pointer", "function"):
                    typedefs[decl["name"]] = resolved
            elif kind == "EnumDecl":
                for name, number in self.enum_constants(decl):
                    constants.setdefault(name, number)
        for name, value in macros.items():
            constants.setdefault(name, value)
        return HeaderInfo(self.header, functions, typedefs, constants, tuple(files))


# ---- macros ------------------------------------------------------------------------------------

_LINE_MARKER = re.compile(r'^# \d+ "((?:[^"\\]|\\.)*)"')
_DEFINE = re.compile(r"^#define ([A-Za-z][A-Za-z0-9_]*)(?!\()\s+(.+?)\s*$")
_UNDEF = re.compile(r"^#undef ([A-Za-z_][A-Za-z0-9_]*)")
_INTEGER = re.compile(r"^(-?)\s*(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)[uUlL]{0,3}$")
_STRING = re.compile(r'^"([ !#-\[\]-~]*)"$')  # printable ASCII, no quote or backslash


def _literal(value: str) -> int | str | None:
    value = value.strip()
    while value.startswith("(") and value.endswith(")"):
        value = value[1:-1].strip()
    match = _INTEGER.match(value)
    if match:
        sign, digits = match.groups()
        number = int(digits, 16) if digits[:2].lower() == "0x" else int(digits, 8) if (
            len(digits) > 1 and digits[0] == "0") else int(digits)
        if number >= 1 << 64:
            return None
        return -number if sign else number
    match = _STRING.match(value)
    return match.group(1) if match else None


def _macro_constants(text: str, folders: Sequence[Path]) -> dict[str, int | str]:
    """Object-like macros of the library's headers whose value is a literal."""
    constants: dict[str, int | str] = {}
    own = False
    own_files: dict[str, bool] = {}
    for line in text.splitlines():
        marker = _LINE_MARKER.match(line)
        if marker:
            file = marker.group(1)
            if file not in own_files:
                own_files[file] = not file.startswith("<") and _inside(Path(file).resolve(),
                                                                       folders)
            own = own_files[file]
            continue
        undef = _UNDEF.match(line)
        if undef:
            constants.pop(undef.group(1), None)
            continue
        define = _DEFINE.match(line)
        if define and own:
            value = _literal(define.group(2))
            if value is not None:
                constants[define.group(1)] = value
            else:
                constants.pop(define.group(1), None)
    return constants
