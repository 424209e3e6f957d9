"""HEADER and NATIVE_SOURCES in wasmbox_add_library(): typed wrappers, constants,
the stub and native methods, built by plain CMake."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from typing import TYPE_CHECKING

from cmake_testlib import TESTS, build, configure

if TYPE_CHECKING:
    from pathlib import Path

LIB = TESTS / "bindings" / "lib"


def test_header_and_native_sources(tmp_path: Path) -> None:
    source = tmp_path / "p"
    (source / "lib").mkdir(parents=True)
    for name in ("typed.c", "typed.h", "native_sum.c"):
        (source / "lib" / name).write_text((LIB / name).read_text())
    (source / "CMakeLists.txt").write_text(textwrap.dedent("""\
        cmake_minimum_required(VERSION 3.15...4.4)
        project(typed LANGUAGES C)
        find_package(WasmBox CONFIG REQUIRED)
        wasmbox_add_library(_typed SOURCES lib/typed.c INCLUDE_DIRS lib HEADER typed.h
                            NATIVE_SOURCES lib/native_sum.c MAX_MEMORY 4194304)
        """))
    configure(source, tmp_path / "b")
    build(tmp_path / "b")
    stub = (tmp_path / "b" / "wasmbox" / "_typed" / "glue" / "_typed.pyi").read_text()
    assert "def t_strlen(s: str | Buffer | int | None, /) -> int:" in stub
    script = textwrap.dedent("""\
        import _typed as m
        length = m.cell("ulen_t", 8)
        out = bytearray(8)
        assert m.t_out_len(out, length) == 0 and length.value == 5 and out[:5] == b"hello"
        assert m.t_strlen("typed") == 5 and m.TYPED_MAGIC == 42
        assert m.native_sum(b"\\x01\\x02") == 3
        assert "t_internal" not in m.__wasmbox__["exports"]
        print("ok")
        """)
    result = subprocess.run([sys.executable, "-c", script], cwd=tmp_path / "b",
                            capture_output=True, text=True, check=False)
    assert result.stdout.strip() == "ok", result.stderr


def test_imports(tmp_path: Path) -> None:
    source = tmp_path / "p"
    source.mkdir()
    (source / "lib.h").write_text("int helper(int x);\nint f(int x);\n")
    (source / "lib.c").write_text('#include "lib.h"\nint extra(int x);\n'
                                  "int f(int x) { return helper(x) * extra(x); }\n")
    (source / "CMakeLists.txt").write_text(textwrap.dedent("""\
        cmake_minimum_required(VERSION 3.15...4.4)
        project(imports LANGUAGES C)
        find_package(WasmBox CONFIG REQUIRED)
        wasmbox_add_library(_cmimports SOURCES lib.c HEADER lib.h IMPORTS extra)
        """))
    configure(source, tmp_path / "b")
    build(tmp_path / "b")
    script = textwrap.dedent("""\
        import _cmimports as m
        m.set_imports({"helper": lambda x: x + 1, "extra": lambda x: -x})
        print(m.f(4))
        """)
    result = subprocess.run([sys.executable, "-c", script], cwd=tmp_path / "b",
                            capture_output=True, text=True, check=False)
    assert result.stdout.strip() == "-20", result.stderr
