"""Write, configure and build small CMake projects that use wasmbox_add_library()."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

TESTS = Path(__file__).resolve().parent.parent
REPO = TESTS.parent
# Extra CMake executables to run the plain-CMake tests with as well, separated by
# os.pathsep (e.g. a pip-installed cmake 3.15 and 3.20 in scratch virtualenvs).
EXTRA_CMAKES = [p for p in os.environ.get("WASMBOX_TEST_CMAKES", "").split(os.pathsep) if p]

CALC_H = """\
#ifndef CALC_H
#define CALC_H
#define CALC_OFFSET 100
int calc_add(int a, int b);
int calc_scaled(int a);
#endif
"""
ADD_C = '#include "calc.h"\nint calc_add(int a, int b) { return a + b; }\n'
SCALE_C = '#include "calc.h"\nint calc_scaled(int a) { return calc_add(a * SCALE, CALC_OFFSET); }\n'


def child_env(**extra: str) -> dict[str, str]:
    """The environment for cmake: the repository first on PYTHONPATH, so the Python that
    runs the pipeline imports this checkout even when it is not installed."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    env.update(extra)
    return env


def cmake_dir() -> str:
    result = subprocess.run([sys.executable, "-m", "wasmbox_build", "cmake-dir"],
                            capture_output=True, text=True, check=True, env=child_env())
    return result.stdout.strip()


def write_calc_project(root: Path, library_call: str | None = None,
                       languages: str = "C") -> Path:
    """Two C files and a header, sandboxed as the module `_calc`."""
    (root / "src").mkdir(parents=True, exist_ok=True)
    (root / "src" / "calc.h").write_text(CALC_H)
    (root / "src" / "add.c").write_text(ADD_C)
    (root / "src" / "scale.c").write_text(SCALE_C)
    call = library_call or ("_calc SOURCES src/add.c src/scale.c INCLUDE_DIRS src "
                            "DEFINES SCALE=3 EXPORTS calc_add calc_scaled")
    (root / "CMakeLists.txt").write_text(textwrap.dedent(f"""\
        cmake_minimum_required(VERSION 3.15...4.4)
        project(calc LANGUAGES {languages})
        find_package(WasmBox 0.1 CONFIG REQUIRED)
        wasmbox_add_library({call})
        """))
    return root


def configure(source: Path, build: Path, generator: str = "Ninja", cmake: str = "cmake",
              python: str = sys.executable, env: dict[str, str] | None = None,
              check: bool = True) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [cmake, "-S", str(source), "-B", str(build), "-G", generator,
         f"-DWasmBox_DIR={cmake_dir()}", f"-DPython_EXECUTABLE={python}"],
        capture_output=True, text=True, env=env or child_env(), check=False, timeout=600)
    if check and result.returncode != 0:
        raise AssertionError(f"configure failed:\n{result.stdout}\n{result.stderr}")
    return result


def build(build_dir: Path, cmake: str = "cmake", env: dict[str, str] | None = None) -> str:
    """Build; return the output (Ninja's or Make's lines say what ran)."""
    result = subprocess.run([cmake, "--build", str(build_dir)], capture_output=True, text=True,
                            env=env or child_env(), check=False, timeout=600)
    if result.returncode != 0:
        raise AssertionError(f"build failed:\n{result.stdout}\n{result.stderr}")
    return result.stdout + result.stderr


def compiled_objects(output: str) -> set[str]:
    """The C files CMake compiled, by name, from 'Building C object ….c.o' lines."""
    return {Path(m).name.removesuffix(".o")
            for m in re.findall(r"Building C object (\S+\.o)", output)}


def wasm_compiled(output: str) -> str | None:
    """What the pipeline step compiled to wasm ('nothing', 'add.c, scale.c'), or None
    when the step did not run."""
    match = re.search(r"compiled to wasm: ([^\n]*)", output)
    return match.group(1).strip() if match else None


def call_module(build_dir: Path, expression: str) -> str:
    """Import the built _calc in a fresh interpreter and evaluate `expression`."""
    result = subprocess.run([sys.executable, "-c", f"import _calc; print(({expression}))"],
                            cwd=build_dir, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise AssertionError(f"importing _calc failed:\n{result.stderr}")
    return result.stdout.strip()


def cmakes() -> list[str]:
    found = shutil.which("cmake")
    if found is None:
        raise AssertionError("cmake is not installed; ./run-tests installs it (apt: cmake)")
    return [found, *EXTRA_CMAKES]


def private_cache_env(folder: Path, session_cache: Path) -> dict[str, str]:
    """child_env() with a wasmbox cache of the test's own (zig's libc shared with the
    session's), so that what the test builds is not found in the machine-wide build cache
    under another build folder (it is keyed by content)."""
    folder.mkdir(parents=True, exist_ok=True)
    zig = session_cache / "zig"
    zig.mkdir(parents=True, exist_ok=True)
    if not (folder / "zig").exists():
        (folder / "zig").symlink_to(zig, target_is_directory=True)
    return child_env(WASMBOX_CACHE_DIR=str(folder))
