"""host_compiler=: wasm2c's output compiled by zig's clang, linked with gcc's glue and runtime.

The default (`auto`) picks zig's clang here (the wasm toolchain is zig, CC is gcc), so
every other test of a zig build runs such a module too; these tests check that it is
really so, object by object, that the module works across the two compilers' code
(traps in both memory-check modes, the guard pages' fault handler, a native stack
overflow, an import called back into Python, setjmp/longjmp), and that the object cache
never hands one compiler's object to the other.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from projects import build_inplace, import_built, write_project

from wasmbox_build.errors import ToolchainError
from wasmbox_build.pipeline import host_compiler
from wasmbox_build.toolchain import resolve_toolchain

if TYPE_CHECKING:
    from types import ModuleType

LIB_H = """\
#include <stdint.h>
int32_t host_add(int32_t a, int32_t b); /* an import: Python provides it */
int32_t twice_host_add(int32_t a, int32_t b);
int32_t load(uint32_t address);
int32_t depth(int32_t n);
int32_t catch_longjmp(int32_t value, int32_t levels);
int32_t divide(int32_t a, int32_t b);
"""

LIB_C = """\
#include <setjmp.h>
#include "lib.h"

int32_t twice_host_add(int32_t a, int32_t b) { return 2 * host_add(a, b); }

int32_t load(uint32_t address) { return *(volatile int32_t *)(uintptr_t)address; }

/* Non-tail recursion on the native stack only (nothing on the wasm shadow stack). */
int32_t depth(int32_t n) {
    if (n <= 0) return 0;
    int32_t r = depth(n - 1);
    return r + (n ^ (r >> 1)) % 7 + 1;
}

static jmp_buf where;

static void thrower(int32_t value, int32_t levels) {
    if (levels > 0) thrower(value, levels - 1);
    longjmp(where, value);
}

int32_t catch_longjmp(int32_t value, int32_t levels) {
    int got = setjmp(where);
    if (got) return got;
    thrower(value, levels);
    return -1;
}

int32_t divide(int32_t a, int32_t b) { return a / b; }
"""


def _producer(obj: Path) -> str:
    """Which compiler wrote `obj`, from its .comment section."""
    result = subprocess.run(["readelf", "-p", ".comment", str(obj)], capture_output=True,
                            text=True, check=True)
    return "clang" if "clang version" in result.stdout else \
        "gcc" if "GCC:" in result.stdout else result.stdout


def _objects(root: Path, module: str, folder: str) -> list[Path]:
    return sorted(root.glob(f"build/temp.*/**/wasmbox/{module}/{folder}/*.o"))


def _build(root: Path, module: str, **options: object) -> ModuleType:
    write_project(root, module, {"lib.c": LIB_C, "lib.h": LIB_H}, header="lib.h", **options)
    build_inplace(root)
    return import_built(root, module)


@pytest.fixture(scope="module", params=["bounds", "guard"])
def mixed(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory,
          ) -> tuple[ModuleType, Path]:
    mode = request.param
    root = tmp_path_factory.mktemp(f"mixed_{mode}")
    return _build(root, f"_mixed_{mode}", memory_check=mode), root


def test_auto_compiles_wasm2c_output_with_zigs_clang_and_the_rest_with_gcc(
        mixed: tuple[ModuleType, Path]) -> None:
    m, root = mixed
    assert m.__wasmbox__["host_compiler"] == "zig"
    [generated] = _objects(root, m.__name__, "c")
    assert _producer(generated) == "clang"
    glue_and_runtime = [*_objects(root, m.__name__, "glue"), *_objects(root, m.__name__, "runtime")]
    assert len(glue_and_runtime) > 10
    assert {_producer(o) for o in glue_and_runtime} == {"gcc"}


def test_a_mixed_module_runs_traps_and_calls_back(mixed: tuple[ModuleType, Path]) -> None:
    m, _ = mixed
    with m.Sandbox(imports={"host_add": lambda a, b: a + b + 100}) as sb:
        assert sb.twice_host_add(1, 2) == 206  # the import, from clang's code into gcc's
        assert sb.catch_longjmp(7, 50) == 7  # setjmp/longjmp across 50 frames
        assert sb.depth(1000) > 1000
        # Past the end of memory: a bounds check, or the guard pages' fault handler.
        with pytest.raises(m.OutOfBounds):
            sb.load(0xFFFFFFF0)
        sb.reset()
        with pytest.raises(m.StackExhausted):
            sb.depth(2**31 - 1)
        sb.reset()
        with pytest.raises(m.DivideByZero):
            sb.divide(1, 0)
        sb.reset()
        assert sb.catch_longjmp(3, 0) == 3


def test_guard_pages_with_gcc_for_the_generated_c(tmp_path: Path) -> None:
    """host_compiler='cc' in guard mode: gcc finds the stack pointer another way than
    clang (wasm2c_fixes.py, WASMBOX_SP), and inlines the recursion into itself; the
    stack check must still stop a runaway recursion, and only that."""
    m = _build(tmp_path, "_gcc_guard", memory_check="guard", host_compiler="cc")
    [generated] = _objects(tmp_path, "_gcc_guard", "c")
    assert _producer(generated) == "gcc"
    with m.Sandbox(imports={"host_add": lambda a, b: a + b}) as sb:
        assert sb.depth(5000) == sb.depth(5000) > 5000
        with pytest.raises(m.StackExhausted):
            sb.depth(2**31 - 1)
        sb.reset()
        assert sb.catch_longjmp(9, 200) == 9
        assert sb.depth(5000) > 5000
    sys.modules.pop("_gcc_guard")


def test_the_object_cache_keeps_gcc_and_clang_objects_apart(tmp_path: Path) -> None:
    """The same library built with host_compiler='cc' right after the zig build of
    the same C (one machine-wide object cache): gcc compiles it, not a cache hit of
    zig's object; and back to zig, served from the cache as clang's object."""
    for index, (choice, wanted) in enumerate((("zig", "clang"), ("cc", "gcc"),
                                              ("zig", "clang"))):
        root = tmp_path / f"build{index}"
        m = _build(root, "_cached_choice", host_compiler=choice)
        assert m.__wasmbox__["host_compiler"] == choice
        [generated] = _objects(root, "_cached_choice", "c")
        assert _producer(generated) == wanted, choice
        with m.Sandbox(imports={"host_add": lambda a, b: a * b}) as sb:
            assert sb.twice_host_add(3, 4) == 24
        sys.modules.pop("_cached_choice")


def test_host_compiler_zig_for_a_cross_build_names_the_fix() -> None:
    toolchain = resolve_toolchain("zig")
    with pytest.raises(ToolchainError, match=r"cross-compiling.*set host_compiler='cc'"):
        host_compiler.choose("zig", toolchain, ["gcc"], cross=True)
    assert host_compiler.choose("auto", toolchain, ["gcc"], cross=True) is None
    assert host_compiler.choose("auto", toolchain, ["clang"]) is None  # CC is a clang already
    assert host_compiler.choose("cc", toolchain, ["gcc"]) is None


def test_host_compiler_zig_without_zig_names_the_fix(tmp_path: Path) -> None:
    """No ziglang package, an empty cache, offline: the error says how to get zig."""
    script = (
        "import sys; sys.modules['ziglang'] = None\n"
        "from wasmbox_build.errors import WasmBoxError\n"
        "from wasmbox_build.pipeline import host_compiler\n"
        "from wasmbox_build.toolchain import resolve_toolchain\n"
        "try:\n"
        "    host_compiler.choose('zig', resolve_toolchain('system'), ['gcc'])\n"
        "except WasmBoxError as error:\n"
        "    print(error)\n")
    env = {"PATH": "/usr/bin:/bin", "WASMBOX_CACHE_DIR": str(tmp_path / "cache"),
           "WASMBOX_OFFLINE": "1"}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            env=env, check=True, timeout=300)
    line = result.stdout.strip()
    assert line.startswith("host_compiler='zig' needs zig"), result.stdout + result.stderr
    assert "fetch --zig" in line and "host_compiler='cc'" in line


def test_auto_falls_back_to_gcc_where_zigs_clang_fails(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """A gcc-only flag in CFLAGS (-fharden-compares, gcc 12): auto compiles wasm2c's
    output with gcc instead, warning; WASMBOX_HOST_FALLBACK=0 (the suite's setting) and
    host_compiler='zig' fail the build."""
    monkeypatch.setenv("CFLAGS", "-fharden-compares")
    strict = tmp_path / "strict"
    write_project(strict, "_fallback", {"lib.c": LIB_C, "lib.h": LIB_H}, header="lib.h")
    failed = build_inplace(strict, check=False)
    assert failed.returncode != 0 and "-fharden-compares" in failed.stderr
    assert "could not compile" not in failed.stderr

    monkeypatch.setenv("WASMBOX_HOST_FALLBACK", "1")
    root = tmp_path / "auto"
    write_project(root, "_fallback", {"lib.c": LIB_C, "lib.h": LIB_H}, header="lib.h")
    result = build_inplace(root)
    assert "warning: zig's clang could not compile fallback.c" in result.stderr
    assert "WASMBOX_HOST_FALLBACK=0" in result.stderr
    [generated] = _objects(root, "_fallback", "c")
    assert _producer(generated) == "gcc"
    m = import_built(root, "_fallback")
    with m.Sandbox(imports={"host_add": lambda a, b: a - b}) as sb:
        assert sb.twice_host_add(5, 2) == 6
    sys.modules.pop("_fallback")

    explicit = tmp_path / "explicit"
    write_project(explicit, "_fallback", {"lib.c": LIB_C, "lib.h": LIB_H}, header="lib.h",
                  host_compiler="zig")
    failed = build_inplace(explicit, check=False)
    assert failed.returncode != 0 and "-fharden-compares" in failed.stderr
    assert "could not compile" not in failed.stderr
