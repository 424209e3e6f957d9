"""Reading headers for wasm32 with the toolchains' own clang, and the one-line build
errors for headers and declarations that cannot be bound."""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING

import pytest
from bindingslib import LIB
from projects import build_inplace, write_project

from wasmbox_build.errors import BuildError
from wasmbox_build.pipeline.compile import WasmBuild
from wasmbox_build.pipeline.header import find_header, parse_header
from wasmbox_build.setuptools.pyproject_config import extensions_from_pyproject
from wasmbox_build.toolchain import resolve_toolchain

if TYPE_CHECKING:
    from pathlib import Path


@pytest.mark.parametrize("provider", ["zig", "system"])
def test_header_as_wasm32_sees_it(tmp_path: Path, provider: str) -> None:
    header = LIB / "typed.h"
    info = parse_header(resolve_toolchain(provider), WasmBuild(sources=(LIB / "typed.c",)),
                        header, tmp_path)
    functions = info.functions
    assert "t_internal" not in functions and "memcpy" not in functions  # not libc's
    size = functions["t_size"].params[0].type
    assert (size.kind, size.size, size.signed, size.spelling) == ("int", 4, False, "size_t")
    out_len = functions["t_out_len"].params[1].type
    assert out_len.spelling == "ulen_t *" and out_len.pointee is not None
    assert (out_len.pointee.size, out_len.pointee.const) == (4, False)
    assert functions["t_strlen"].params[0].type.pointee.char  # type: ignore[union-attr]
    assert functions["t_counter_new"].result.pointee.kind == "record"  # type: ignore[union-attr]
    assert functions["t_out_len"].prototype == "int t_out_len(uint8_t *out, ulen_t *len)"
    assert info.constants["TYPED_VERSION"] == "1.0" and info.constants["SHAPE_ODD"] == -3
    assert info.typedefs["ulen_t"].size == 4
    again = parse_header(resolve_toolchain(provider), WasmBuild(sources=(LIB / "typed.c",)),
                         header, tmp_path)  # from the cache
    assert again == info


def test_find_header(tmp_path: Path) -> None:
    (tmp_path / "inc").mkdir()
    (tmp_path / "inc" / "lib.h").write_text("")
    assert find_header("inc/lib.h", tmp_path, ()) == tmp_path / "inc" / "lib.h"
    assert find_header("lib.h", tmp_path, (tmp_path / "inc",)) == tmp_path / "inc" / "lib.h"
    with pytest.raises(BuildError, match=r"header 'nope\.h' not found"):
        find_header("nope.h", tmp_path, (tmp_path / "inc",))


def test_pyproject_keys(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(textwrap.dedent("""\
        [[tool.wasmbox.extension]]
        name = "m._lib"
        sources = ["lib.c"]
        header = "lib.h"
        native-sources = ["glue/extra.c"]
        """))
    [ext] = extensions_from_pyproject(tmp_path)
    assert ext.wasmbox_options["header"] == "lib.h"
    assert ext.wasmbox_options["native_sources"] == ["glue/extra.c"]


BAD_H = """\
struct point { int x, y; };
int fine(int a);
int total(struct point p);
int say(const char *format, ...);
"""
BAD_C = """\
#include "bad.h"
int fine(int a) { return a; }
int total(struct point p) { return p.x + p.y; }
int say(const char *format, ...) { return 0; }
"""

BY_VALUE_H = BAD_H.replace("int say(const char *format, ...);\n", "")
ERRORS = {
    # (header text, exports, the one line expected)
    "by value": (BY_VALUE_H, None,
                 "bad.h:3: cannot bind int total(struct point p): parameter p: struct point "
                 "is a struct or union passed by value; leave it out (list the other "
                 "functions in exports=[...])"),
    "variadic": (BAD_H, ["fine", "say"], "bad.h:4: cannot bind int say(const char *format, "
                                         "...): variadic functions cannot be called"),
    "unreadable": ("int broken(int x;\n", None, "cannot read header bad.h (clang AST): "),
}


@pytest.mark.parametrize("case", ERRORS)
def test_build_errors_name_the_declaration(tmp_path: Path, case: str) -> None:
    header, exports, expected = ERRORS[case]
    options: dict[str, object] = {"header": "bad.h"}
    if exports is not None:
        options["exports"] = exports
    root = write_project(tmp_path / case, "_bad", {"bad.c": BAD_C, "bad.h": header}, **options)
    result = build_inplace(root, check=False)
    assert result.returncode != 0
    lines = [line for line in result.stderr.splitlines() if line.startswith("error: building")]
    assert len(lines) == 1 and expected in lines[0], result.stderr
    assert "Traceback" not in result.stderr
