"""Every mistake wasmbox_add_library() can see stops the configure with one message
that names the fix."""

from __future__ import annotations

import re
import subprocess
import sys
from typing import TYPE_CHECKING

import pytest
from cmake_testlib import REPO, child_env, configure, write_calc_project

if TYPE_CHECKING:
    from pathlib import Path

GOOD = "SOURCES src/add.c src/scale.c INCLUDE_DIRS src DEFINES SCALE=3"

# (library call, extra environment, what the error must say)
CASES = {
    "unknown keyword": ("BOGUS 1 " + GOOD, {}, "unknown argument 'BOGUS'; the keywords are"),
    "misspelt keyword": (GOOD + " EXPORT calc_add", {}, "unknown argument 'EXPORT'"),
    "no sources": ("EXPORTS calc_add", {}, "no SOURCES given; list the library's C and C++ files"),
    "missing source": ("SOURCES src/nothere.c", {}, "src/nothere.c does not exist; fix the "
                       "path in SOURCES"),
    "stray word": ("SOURCES src/add.c NOTAFILE", {}, "unknown argument 'NOTAFILE'"),
    "empty exports": (GOOD + " EXPORTS", {}, "EXPORTS has no value; list the functions"),
    "header": (GOOD + " HEADER src/nothere.h", {}, "header 'src/nothere.h' not found"),
    "native source": (GOOD + " NATIVE_SOURCES src/nothere.c", {},
                      "native source /"),
    "memory check": (GOOD + " MEMORY_CHECK fast", {},
                     "MEMORY_CHECK 'fast'; use one of: bounds, guard"),
    "stack size": (GOOD + " STACK_SIZE 1000", {}, "STACK_SIZE 1000 must be a multiple of 16"),
    "max memory": (GOOD + " MAX_MEMORY lots", {}, "MAX_MEMORY 'lots' is not a whole number"),
    "define": ("SOURCES src/add.c DEFINES -DX", {},
               "DEFINES entry '-DX' is not NAME or NAME=VALUE"),
    "capabilities value": (GOOD + ' CAPABILITIES [[{"clock": "sometimes"}]]', {},
                           "capabilities['clock'] = 'sometimes': use False, True or "
                           "'monotonic'"),
    "capabilities json": (GOOD + " CAPABILITIES [[{not json]]", {},
                          "capabilities are not valid JSON"),
    "toolchain name": (GOOD + " TOOLCHAIN gcc", {},
                       "TOOLCHAIN is 'gcc'; use one of: auto, wasi-sdk, zig, system"),
    "missing toolchain": (GOOD + " TOOLCHAIN wasi-sdk", {"WASI_SDK_PATH": "/nonexistent/sdk"},
                          "WASI_SDK_PATH"),
    "toolchain variable": (GOOD, {"WASMBOX_TOOLCHAIN": "zag"}, "WASMBOX_TOOLCHAIN is 'zag'"),
}


def _message(result: subprocess.CompletedProcess[str]) -> str:
    """CMake's error text with its line wrapping undone."""
    return re.sub(r"\s+", " ", result.stderr)


@pytest.mark.parametrize("case", CASES)
def test_configure_error(tmp_path: Path, case: str) -> None:
    call, extra_env, expected = CASES[case]
    project = write_calc_project(tmp_path / "p", "_calc " + call)
    result = configure(project, tmp_path / "b", env=child_env(**extra_env), check=False)
    assert result.returncode != 0
    message = _message(result)
    assert "wasmbox_add_library(_calc): " in message and expected in message, result.stderr
    assert "Traceback" not in result.stderr


def test_c_language_not_enabled(tmp_path: Path) -> None:
    project = write_calc_project(tmp_path / "p", languages="NONE")
    result = configure(project, tmp_path / "b", check=False)
    assert result.returncode != 0
    assert "the C language is not enabled; add it to the project: " \
           "project(<name> LANGUAGES C)" in _message(result)


def test_missing_python(tmp_path: Path) -> None:
    project = write_calc_project(tmp_path / "p")
    result = configure(project, tmp_path / "b", python="/nonexistent/bin/python3", check=False)
    assert result.returncode != 0
    message = _message(result)
    assert "WasmBox needs a Python >= 3.11 interpreter and its development headers" in message
    assert "-DPython_EXECUTABLE=/path/to/python" in message


def test_python_without_wasmbox_build(tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = str(venv / "bin" / "python")
    env = child_env()
    env.pop("PYTHONPATH")  # so that this Python really lacks wasmbox_build
    project = write_calc_project(tmp_path / "p")
    result = configure(project, tmp_path / "b", python=python, env=env, check=False)
    assert result.returncode != 0
    assert f"cannot import wasmbox_build and its dependencies; install it there ({python} " \
           "-m pip install wasmbox-build)" in _message(result)


def test_version_check(tmp_path: Path) -> None:
    project = write_calc_project(tmp_path / "p")
    cmakelists = project / "CMakeLists.txt"
    cmakelists.write_text(cmakelists.read_text().replace("WasmBox 0.1 ", "WasmBox 1.0 "))
    result = configure(project, tmp_path / "b", check=False)
    assert result.returncode != 0
    assert "0.1.0" in result.stderr and str(REPO / "wasmbox_build" / "cmake") in _message(result)
