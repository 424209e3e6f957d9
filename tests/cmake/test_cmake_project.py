"""A plain CMake project (no scikit-build-core) using wasmbox_add_library(), with Ninja
and Make: it builds, imports, and rebuilds exactly what an edit requires."""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

import pytest
from cmake_testlib import (
    build,
    call_module,
    cmakes,
    compiled_objects,
    configure,
    private_cache_env,
    wasm_compiled,
    write_calc_project,
)

GENERATORS = ("Ninja", "Unix Makefiles")


def _touch(path: Path) -> None:
    """A new mtime with the same content; a short pause keeps it clearly newer than
    the outputs of the build that just finished."""
    time.sleep(0.05)
    os.utime(path)


def _edit(path: Path, old: str, new: str) -> None:
    time.sleep(0.05)
    path.write_text(path.read_text().replace(old, new))


@pytest.mark.parametrize("cmake", cmakes())
@pytest.mark.parametrize("generator", GENERATORS)
def test_build_import_and_incremental_rebuilds(tmp_path: Path, generator: str,
                                               cmake: str, session_cache: Path) -> None:
    project = write_calc_project(tmp_path / "calc")
    out = tmp_path / "build"
    env = private_cache_env(tmp_path / "cache", session_cache)
    configure(project, out, generator, cmake, env=env)

    first = build(out, cmake, env)
    assert wasm_compiled(first) == "add.c, scale.c"
    assert {"calc.c", "_calc_glue.c", "wasm-rt-impl.c", "wasmbox_sandbox.c"} <= \
        compiled_objects(first)
    assert call_module(out, "_calc.calc_scaled(5), _calc.calc_add(2, 3)") == "(115, 5)"

    # Nothing changed: nothing runs.
    again = build(out, cmake, env)
    assert wasm_compiled(again) is None and not compiled_objects(again)
    assert "Linking" not in again

    # A source touched but not changed: the pipeline step reruns (its inputs are newer),
    # finds by content that nothing needs compiling, and rewrites no generated C.
    _touch(project / "src" / "add.c")
    touched = build(out, cmake, env)
    assert wasm_compiled(touched) == "nothing"
    assert not compiled_objects(touched) and "Linking" not in touched

    # A real edit of one source: only it goes to wasm again; CMake recompiles the
    # wasm2c output and the glue (which records the wasm's hash), not the runtime.
    _edit(project / "src" / "scale.c", "a * SCALE", "a * SCALE + 1")
    edited = build(out, cmake, env)
    assert wasm_compiled(edited) == "scale.c"
    assert compiled_objects(edited) == {"calc.c", "_calc_glue.c"}
    assert call_module(out, "_calc.calc_scaled(5)") == "116"

    # The header both sources include: touching it reruns the step (read from the
    # depfile, or from the headers listed where the generator has no depfiles) ...
    _touch(project / "src" / "calc.h")
    assert wasm_compiled(build(out, cmake, env)) == "nothing"
    # ... and changing it recompiles both sources.
    _edit(project / "src" / "calc.h", "CALC_OFFSET 100", "CALC_OFFSET 200")
    header_edit = build(out, cmake, env)
    assert wasm_compiled(header_edit) == "add.c, scale.c"
    assert compiled_objects(header_edit) == {"calc.c", "_calc_glue.c"}
    assert call_module(out, "_calc.calc_scaled(5)") == "216"

    final = build(out, cmake, env)
    assert wasm_compiled(final) is None and not compiled_objects(final)


def test_options_reach_the_module(tmp_path: Path) -> None:
    """MODULE_NAME, MAX_MEMORY, STACK_SIZE, MAX_CALL_DEPTH and CAPABILITIES end up in
    __wasmbox__, the .pyi stub is exposed as a target property, and every export is used
    without EXPORTS."""
    project = write_calc_project(
        tmp_path / "calc",
        "_calc MODULE_NAME pkg._calc SOURCES src/add.c src/scale.c INCLUDE_DIRS src "
        "DEFINES SCALE=2 MAX_MEMORY 1048576 STACK_SIZE 65536 MAX_CALL_DEPTH 777 "
        "WASM2C_PARTS 2 CAPABILITIES [[{\"env\": {\"K\": \"v\"}}]])\n"
        'get_target_property(stub _calc WASMBOX_STUB)\n'
        'file(GENERATE OUTPUT stub.txt CONTENT "${stub}"',
    )
    out = tmp_path / "build"
    configure(project, out)
    output = build(out)
    assert compiled_objects(output) >= {"calc_0.c", "calc_1.c"}  # the two wasm2c parts
    info = call_module(out, "sorted(_calc.__wasmbox__.items()), _calc.__name__, "
                            "_calc.calc_scaled(5)")
    assert "('exports', ['calc_add', 'calc_scaled'])" in info
    assert "('max_memory', 1048576)" in info and "('stack_size', 65536)" in info
    assert "('max_call_depth', 777)" in info
    assert "('capabilities', ['env'])" in info  # CAPABILITIES: the Sandbox() defaults
    assert info.endswith("'pkg._calc', 110)")
    stub = (out / "stub.txt").read_text()
    assert stub.endswith("_calc.pyi") and "def calc_scaled" in Path(stub).read_text()


@pytest.mark.parametrize("generator", GENERATORS)
def test_a_fresh_build_folder_takes_the_host_objects_from_the_cache(
        tmp_path: Path, generator: str, session_cache: Path) -> None:
    """scikit-build-core empties CMake's folder for every isolated `pip install .`: the
    host objects then come from the machine-wide cache (cached_compile.py), depfiles
    included, so the build tool still knows what each object depends on."""
    project = write_calc_project(tmp_path / "calc")
    compiles = tmp_path / "compiles.log"
    cc = tmp_path / "cc"  # gcc, writing down each compile it is asked for
    cc.write_text(f'#!/bin/sh\ncase " $* " in *" -c "*) echo "$*" >> {compiles};; esac\n'
                  'exec gcc "$@"\n')
    cc.chmod(0o755)
    env = {**private_cache_env(tmp_path / "cache", session_cache), "CC": str(cc)}
    configure(project, tmp_path / "first", generator, env=env)
    build(tmp_path / "first", env=env)
    assert len(compiles.read_text().splitlines()) >= 20  # the runtime, glue, wasm2c's C

    compiles.unlink()
    out = tmp_path / "second"
    configure(project, out, generator, env=env)
    compiles.unlink(missing_ok=True)  # the configure step's own compiler checks
    second = build(out, env=env)
    assert not compiles.exists(), compiles.read_text()
    assert {"calc.c", "wasm-rt-impl.c"} <= compiled_objects(second)  # from the cache
    assert call_module(out, "_calc.calc_scaled(5), _calc.calc_add(2, 3)") == "(115, 5)"
    again = build(out, env=env)
    assert not compiled_objects(again) and "Linking" not in again

    # An edit is compiled, not served: the wasm2c output and glue of a changed library
    # (the glue by the project's gcc; wasm2c's output by zig's clang, host_compiler=auto).
    _edit(project / "src" / "scale.c", "a * SCALE", "a * SCALE + 1")
    edited = build(out, env=env)
    assert compiled_objects(edited) == {"calc.c", "_calc_glue.c"}
    [glue] = compiles.read_text().splitlines()
    assert "_calc_glue.c" in glue
    assert call_module(out, "_calc.calc_scaled(5)") == "116"


@pytest.mark.parametrize("host_compiler", ["cc", "auto"])
def test_a_launcher_of_the_projects_own_is_kept(tmp_path: Path, session_cache: Path,
                                                host_compiler: str) -> None:
    """CMAKE_C_COMPILER_LAUNCHER from the environment (as ccache is set up) stays the
    launcher: every compile the project's compiler runs goes through it, none through
    the object cache. With zig's clang for wasm2c's output (auto, here), that one
    compile is ours: zig's, cached."""
    project = write_calc_project(
        tmp_path / "calc", "_calc SOURCES src/add.c src/scale.c INCLUDE_DIRS src DEFINES "
        f"SCALE=3 EXPORTS calc_add calc_scaled HOST_COMPILER {host_compiler}")
    launches = tmp_path / "launches.log"
    launcher = tmp_path / "launcher"
    launcher.write_text(f'#!/bin/sh\necho "$*" >> {launches}\nexec "$@"\n')
    launcher.chmod(0o755)
    env = {**private_cache_env(tmp_path / "cache", session_cache),
           "CMAKE_C_COMPILER_LAUNCHER": str(launcher)}
    configure(project, tmp_path / "out", env=env)
    build(tmp_path / "out", env=env)
    launched = launches.read_text().splitlines()
    assert len(launched) >= 20
    cached = tmp_path / "cache" / "build-cache" / "objects"
    if host_compiler == "cc":
        assert any("/c/calc.c" in line for line in launched)
        assert not cached.exists()
    else:
        assert not any("/c/calc.c" in line for line in launched)
        assert len(list(cached.glob("*.o"))) == 1
    assert call_module(tmp_path / "out", "_calc.calc_scaled(5)") == "115"


def _producer(obj: Path) -> str:
    result = subprocess.run(["readelf", "-p", ".comment", str(obj)], capture_output=True,
                            text=True, check=True)
    return "clang" if "clang version" in result.stdout else "gcc"


def test_host_compiler_picks_who_compiles_wasm2c_output(tmp_path: Path,
                                                        session_cache: Path) -> None:
    """HOST_COMPILER: zig's clang (auto, here) or the project's gcc compiles wasm2c's
    output, as in setuptools builds; the glue is gcc's either way; one machine-wide
    object cache serves both without mixing them up."""
    env = private_cache_env(tmp_path / "cache", session_cache)
    for index, (choice, wanted) in enumerate((("auto", "clang"), ("cc", "gcc"),
                                              ("zig", "clang"))):
        project = write_calc_project(
            tmp_path / f"calc{index}", "_calc SOURCES src/add.c src/scale.c INCLUDE_DIRS src "
            f"DEFINES SCALE=3 EXPORTS calc_add calc_scaled HOST_COMPILER {choice}")
        out = tmp_path / f"out{index}"
        configured = configure(project, out, env=env)
        assert ("compiled by zig cc -target" in configured.stdout) == (wanted == "clang")
        build(out, env=env)
        [generated] = out.glob("**/wasmbox/_calc/c/calc.c.o")
        [glue] = out.glob("**/_calc_glue.c.o")
        assert (_producer(generated), _producer(glue)) == (wanted, "gcc"), choice
        assert call_module(out, "_calc.__wasmbox__['host_compiler'], _calc.calc_scaled(5)") \
            == f"('{'cc' if wanted == 'gcc' else 'zig'}', 115)"


def test_auto_falls_back_to_the_projects_compiler_where_zigs_clang_fails(
        tmp_path: Path, session_cache: Path) -> None:
    """A gcc-only flag in CFLAGS (-fharden-compares): the launcher compiles wasm2c's
    output with gcc after zig's clang refused it, and warns (the suite's
    WASMBOX_HOST_FALLBACK=0 is lifted here)."""
    env = {**private_cache_env(tmp_path / "cache", session_cache), "CFLAGS": "-fharden-compares",
           "WASMBOX_HOST_FALLBACK": "1"}
    project = write_calc_project(tmp_path / "calc")
    out = tmp_path / "out"
    configure(project, out, env=env)
    built = build(out, env=env)
    assert "warning: zig's clang could not compile calc.c" in built
    [generated] = out.glob("**/wasmbox/_calc/c/calc.c.o")
    assert _producer(generated) == "gcc"
    assert call_module(out, "_calc.calc_scaled(5)") == "115"
