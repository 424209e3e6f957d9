"""The build side of imports and callbacks: what links, what does not, what the header
says about function types."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from typing import TYPE_CHECKING

import pytest
from cblib import LIB
from projects import build_inplace, write_project

from wasmbox_build.pipeline.callbacks import Scalar, Signature, signature_of
from wasmbox_build.pipeline.compile import WasmBuild
from wasmbox_build.pipeline.header import parse_header
from wasmbox_build.toolchain import resolve_toolchain

if TYPE_CHECKING:
    from pathlib import Path

LIB_H = "int helper(int x);\nint f(int x);\n"
LIB_C = '#include "lib.h"\nint extra(int x);\nint f(int x) { return helper(x) * extra(x); }\n'
UNDEFINED_C = "int nowhere(void);\nint g(void) { return nowhere(); }\n"


@pytest.mark.parametrize("toolchain", ["zig", "system"])
def test_imports_link_and_anything_else_undefined_is_an_error(tmp_path: Path,
                                                              toolchain: str) -> None:
    bad = write_project(tmp_path / "bad", "_undef", {"u.c": UNDEFINED_C}, toolchain=toolchain,
                        imports=["something_else"])
    result = build_inplace(bad, check=False)
    assert result.returncode != 0
    [line] = [x for x in result.stderr.splitlines() if x.startswith("error: building _undef")]
    assert "undefined symbol: nowhere" in line and "imports=[...]" in line

    good = write_project(tmp_path / "good", "_impdemo", {"lib.c": LIB_C, "lib.h": LIB_H},
                         toolchain=toolchain, header="lib.h", imports=["extra"])
    built = build_inplace(good)
    assert "note: the sources define no helper, which the header declares" in built.stderr
    script = textwrap.dedent("""\
        import _impdemo as m
        sb = m.Sandbox(imports={"helper": lambda x: x + 1, "extra": lambda x: -x})
        print(sb.f(4))
        try:
            m.Sandbox(imports={"helper": abs}).f(1)
        except m.MissingImport as e:
            print(e.name)
        """)
    out = subprocess.run([sys.executable, "-c", script], cwd=good, capture_output=True,
                         text=True, check=False)
    assert out.stdout.split() == ["-20", "extra"], out.stderr


def test_the_header_gives_function_pointer_types(tmp_path: Path) -> None:
    info = parse_header(resolve_toolchain("zig"), WasmBuild(sources=(LIB / "cbtest.c",)),
                        LIB / "cbtest.h", tmp_path)
    wide = info.typedefs["wide_fn"]
    assert wide.kind == "pointer" and wide.pointee is not None
    assert signature_of(wide.pointee) == Signature(
        "int64_t (int64_t, double, float, unsigned char, _Bool)", Scalar("signed", 8),
        (Scalar("signed", 8), Scalar("float", 8), Scalar("float", 4), Scalar("unsigned", 1),
         Scalar("bool", 1)))
    [compare] = [p for p in info.functions["sort_ints"].params if p.name == "compare"]
    assert compare.type.pointee is not None
    signature = signature_of(compare.type.pointee)
    assert isinstance(signature, Signature) and signature.wasm == "ii:i"
    assert signature_of(info.typedefs["notify_fn"].pointee).wasm == ":"  # type: ignore[arg-type]
