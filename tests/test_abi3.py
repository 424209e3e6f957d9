"""The stable ABI (abi3): one switch gives one wheel for CPython 3.11 and every later one.

Each front end builds an abi3 wheel once (module-scoped); abi3audit checks it, and
the same wheel is installed into fresh virtualenvs of every CPython >= 3.11 on this
machine, and of Debian unstable's CPython 3.14 and 3.15 (in a chroot: debian_python.py),
and used there: calls, traps, sb.memory, typed bindings, cells, native methods. Too
low a floor is one line naming the fix, with either front end.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest
from debian_python import VERSIONS as DEBIAN_CPYTHONS
from debian_python import debian_unstable
from projects import REPO
from test_example import ROUND_TRIP

from wasmbox_build.cli.abi3_survey import report
from wasmbox_build.errors import BuildError
from wasmbox_build.pipeline import abi3

pytestmark = pytest.mark.slow  # whole projects built end to end (-m 'not slow' skips them)

# Every CPython from the floor up that the wheel must load in; each must be present.
CPYTHONS = ("3.11", "3.12", "3.13")
WHEEL_TAG = re.compile(r"-cp311-abi3-linux_(x86_64|aarch64)\.whl$")

DEMO_H = """\
#include <stddef.h>
#include <stdint.h>
int add(int a, int b);
int peek(uint32_t address);
size_t upper(const char *text, char *out, size_t size);
void scale(double *value, double factor);
"""
DEMO_C = """\
#include "demo.h"
int add(int a, int b) { return a + b; }
int peek(uint32_t address) { return *(volatile int *)(uintptr_t)address; }
size_t upper(const char *text, char *out, size_t size)
{
    size_t n = 0;
    for (; n < size && text[n]; n++)
        out[n] = text[n] >= 'a' && text[n] <= 'z' ? text[n] - 32 : text[n];
    return n;
}
void scale(double *value, double factor) { *value *= factor; }
"""
# A native method (wasmbox_native.h), built with Py_LIMITED_API like the rest.
NATIVE_C = """\
#include "wasmbox_native.h"
#include "wasmbox_instance.h"

static void run_add(void *instance, void *arg)
{
    int32_t *ab = arg;
    ab[0] = WASMBOX_EXPORT(add)(instance, ab[0], ab[1]);
}

static PyObject *twice(PyObject *self, PyObject *arg)
{
    long value = PyLong_AsLong(arg);
    if (value == -1 && PyErr_Occurred())
        return NULL;
    wasmbox_sandbox *sb = wasmbox_native_sandbox(self);
    if (sb == NULL)
        return NULL;
    PyObject *result = NULL;
    if (wasmbox_native_begin(sb)) {
        int32_t ab[2] = {(int32_t)value, (int32_t)value};
        if (wasmbox_native_call(sb, "twice", run_add, ab))
            result = PyLong_FromLong(ab[0]);
        wasmbox_native_end(sb);
    }
    Py_DECREF((PyObject *)sb);
    return result;
}

WASMBOX_NATIVE_METHODS = {
    {"twice", twice, METH_O, "twice(x) -> 2 * x, inside the sandbox"},
    {NULL, NULL, 0, NULL},
};
"""
SETUP_PY = """\
from setuptools import setup
from wasmbox_build import WasmBoxExtension

setup(
    name="abi3demo",
    version="1.0",
    packages=["abi3demo"],
    ext_modules=[WasmBoxExtension("abi3demo._lib", sources=["demo.c"], header="demo.h",
                                  native_sources=["native.c"], py_limited_api=True)],
)
"""
# What every interpreter runs against the one wheel.
CHECK = """\
import struct
import sys
import weakref
from abi3demo import _lib as m

assert m.__file__.endswith(".abi3.so"), m.__file__
assert m.__wasmbox__["abi3"] == "cp311"
with m.Sandbox() as sb:
    assert sb.add(2, 3) == 5 and sb.raw.add(-2, 1) == -1 and m.add(40, 2) == 42
    assert sb.twice(21) == 42 and m.twice(5) == 10
    try:
        sb.peek(0xFFFFFFF0)
    except m.OutOfBounds:
        pass
    else:
        raise AssertionError("no trap")
    assert sb.poisoned
    try:
        sb.add(1, 1)
    except m.SandboxPoisoned:
        pass
    else:
        raise AssertionError("a poisoned sandbox was entered")
    sb.reset()
    ptr = sb.alloc(b"hello")
    view = sb.memory
    assert bytes(view[ptr:ptr + 5]) == b"hello"
    view[ptr] = ord("j")
    assert sb.read(ptr, 5) == b"jello"
    try:
        sb.close()
    except BufferError:
        pass
    else:
        raise AssertionError("closed while a memoryview was alive")
    view.release()
    out = bytearray(5)
    assert sb.upper("hello", out, 5) == 5 and out == b"HELLO"
    cell = m.cell("double", 2.5)
    sb.scale(cell, 4.0)
    assert cell.value == 10.0 and bytes(memoryview(cell)) == struct.pack("<d", 10.0)
    try:
        sb.add("1", 2)
    except TypeError as error:
        assert "must be an int, not str" in str(error), error
    else:
        raise AssertionError("a str passed for an int")
    ref = weakref.ref(sb)
try:
    m.peek(0xFFFFFFF0)  # the module's default sandbox traps...
except m.OutOfBounds:
    pass
assert m.add(1, 2) == 3  # ...and is replaced
assert sb.closed and ref() is sb
print("ok", "%d.%d" % sys.version_info[:2])
"""


def _run(argv: list[str | Path], cwd: Path | None = None,
         env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([str(a) for a in argv], cwd=cwd, env=env, capture_output=True,
                            text=True, check=False, timeout=900)
    assert result.returncode == 0, f"{argv[:4]}:\n{result.stdout[-4000:]}\n{result.stderr[-4000:]}"
    return result


def _cpython(version: str) -> Path:
    """That CPython's interpreter: from pyenv, else on PATH. Missing is a failure: the
    point is that one wheel loads in each of them."""
    root = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv")) / "versions"
    candidates = sorted(root.glob(f"{version}.*/bin/python{version}"), reverse=True)
    found = shutil.which(f"python{version}")
    for path in [*candidates, *([Path(found)] if found else [])]:
        probe = subprocess.run([str(path), "-c", "import sys, venv; print('%d.%d' % "
                                "sys.version_info[:2])"], capture_output=True, text=True,
                               check=False)
        if probe.returncode == 0 and probe.stdout.strip() == version:
            return path
    pytest.fail(f"CPython {version} is not installed, and the abi3 wheel must be tried in it: "
                f"install it (pyenv install {version}) or put python{version} on PATH")


def _venv_with(wheel: Path, version: str, folder: Path) -> Path:
    """A fresh virtualenv of CPython `version` with `wheel` installed (by this pip)."""
    _run([_cpython(version), "-m", "venv", "--without-pip", folder])
    python = folder / "bin" / "python"
    _run([sys.executable, "-m", "pip", "--python", python, "install", "--quiet", "--no-deps",
          "--no-index", wheel])
    return python


def _audit(wheel: Path) -> str:
    result = subprocess.run([sys.executable, "-m", "abi3audit", "--strict", "--summary",
                             str(wheel)], capture_output=True, text=True, check=False)
    out = " ".join((result.stdout + result.stderr).split())
    assert result.returncode == 0, out
    assert "0 ABI version mismatches and 0 ABI violations found" in out, out
    return out


def _only_module(wheel: Path, package: str) -> str:
    with zipfile.ZipFile(wheel) as archive:
        modules = [n for n in archive.namelist() if n.endswith(".so")]
    assert len(modules) == 1 and modules[0].startswith(f"{package}/"), modules
    return modules[0]


# ---- setuptools: WasmBoxExtension(py_limited_api=True) ---------------------------------


@pytest.fixture(scope="module")
def setuptools_wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("abi3demo")
    (root / "abi3demo").mkdir()
    (root / "abi3demo" / "__init__.py").write_text("")
    (root / "demo.h").write_text(DEMO_H)
    (root / "demo.c").write_text(DEMO_C)
    (root / "native.c").write_text(NATIVE_C)
    (root / "setup.py").write_text(SETUP_PY)
    dist = root / "dist"
    _run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-build-isolation", "--no-deps",
          "--wheel-dir", dist, root])
    return next(dist.glob("*.whl"))


def test_one_switch_makes_a_cp311_abi3_wheel(setuptools_wheel: Path) -> None:
    assert WHEEL_TAG.search(setuptools_wheel.name), setuptools_wheel.name
    assert _only_module(setuptools_wheel, "abi3demo") == "abi3demo/_lib.abi3.so"


def test_setuptools_wheel_passes_abi3audit(setuptools_wheel: Path) -> None:
    _audit(setuptools_wheel)


@pytest.mark.parametrize("version", CPYTHONS)
def test_the_same_wheel_works_in_every_cpython(setuptools_wheel: Path, version: str,
                                               tmp_path: Path) -> None:
    python = _venv_with(setuptools_wheel, version, tmp_path / "venv")
    assert _run([python, "-c", CHECK], cwd=tmp_path).stdout.split() == ["ok", version]


@pytest.mark.parametrize("version", DEBIAN_CPYTHONS)
def test_the_same_wheel_works_in_cpython_3_14_and_3_15(setuptools_wheel: Path, version: str,
                                                       session_cache: Path,
                                                       tmp_path: Path) -> None:
    """Debian unstable's CPython (tests/debian_python.py): a fresh virtualenv, the wheel
    installed by its own pip, offline."""
    chroot = debian_unstable(session_cache)
    venv = tmp_path / "venv"
    python = venv / "bin" / "python"
    for argv in ([chroot.python(version), "-m", "venv", venv],
                 [python, "-m", "pip", "install", "--quiet", "--no-deps", "--no-index",
                  setuptools_wheel]):
        chroot.run([str(a) for a in argv], binds=[tmp_path, setuptools_wheel.parent],
                   env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path),
                        "PIP_DISABLE_PIP_VERSION_CHECK": "1"}, timeout=600)
    ran = chroot.run([str(python), "-c", CHECK], binds=[tmp_path], cwd=tmp_path,
                     env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}, timeout=600)
    assert ran.stdout.split() == ["ok", version]


def test_pyproject_py_limited_api_is_the_same_switch(tmp_path: Path) -> None:
    root = tmp_path / "declared"
    (root / "abi3demo").mkdir(parents=True)
    (root / "abi3demo" / "__init__.py").write_text("")
    (root / "demo.h").write_text(DEMO_H)
    (root / "demo.c").write_text(DEMO_C)
    (root / "pyproject.toml").write_text(textwrap.dedent("""\
        [project]
        name = "abi3demo"
        version = "1.0"

        [tool.setuptools]
        packages = ["abi3demo"]

        [[tool.wasmbox.extension]]
        name = "abi3demo._lib"
        sources = ["demo.c"]
        header = "demo.h"
        py-limited-api = true
        """))
    _run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-build-isolation", "--no-deps",
          "--wheel-dir", tmp_path / "dist", root])
    wheel = next((tmp_path / "dist").glob("*.whl"))
    assert WHEEL_TAG.search(wheel.name), wheel.name
    assert _only_module(wheel, "abi3demo") == "abi3demo/_lib.abi3.so"


# ---- the example: sandboxed zlib as one abi3 wheel -----------------------------------------


@pytest.fixture(scope="module")
def example_wheel(tmp_path_factory: pytest.TempPathFactory, wheelhouse: Path) -> Path:
    """example_project/setuptools with the one switch, built in an isolated environment
    (wasmbox-build from the wheelhouse, the newest setuptools) as a user's would be."""
    root = tmp_path_factory.mktemp("example-abi3")
    project = root / "example"
    shutil.copytree(REPO / "example_project" / "setuptools", project, symlinks=False,
                    ignore=shutil.ignore_patterns("build", "vendor", "*.egg-info", "*.so"))
    setup_py = project / "setup.py"
    text = setup_py.read_text()
    assert "max_memory=256 * 1024 * 1024," in text
    setup_py.write_text(text.replace("max_memory=256 * 1024 * 1024,",
                                     "max_memory=256 * 1024 * 1024, py_limited_api=True,"))
    _run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--find-links",
          wheelhouse, "--wheel-dir", root / "dist", project])
    return next((root / "dist").glob("*.whl"))


def test_example_abi3_wheel_passes_abi3audit(example_wheel: Path) -> None:
    assert WHEEL_TAG.search(example_wheel.name), example_wheel.name
    assert _only_module(example_wheel, "sandboxed_zlib") == "sandboxed_zlib/_zlib.abi3.so"
    _audit(example_wheel)


@pytest.mark.parametrize("version", [CPYTHONS[0], CPYTHONS[-1]])
def test_example_abi3_wheel_round_trips_every_level(example_wheel: Path, version: str,
                                                     tmp_path: Path) -> None:
    python = _venv_with(example_wheel, version, tmp_path / "venv")
    assert _run([python, "-c", ROUND_TRIP], cwd=tmp_path).stdout.startswith("ok 1.3.1")


# ---- CMake: scikit-build-core's wheel.py-api, and USE_SABI ------------------------------------

CALC_C = ("int calc_add(int a, int b) { return a + b; }\n"
          "int calc_div(int a, int b) { return a / b; }\n")
CMAKELISTS = """\
cmake_minimum_required(VERSION 3.15...4.4)
project(calc LANGUAGES C)
find_package(WasmBox CONFIG REQUIRED)
wasmbox_add_library(_calc MODULE_NAME calc._calc SOURCES calc.c EXPORTS calc_add calc_div{extra})
install(TARGETS _calc DESTINATION calc)
"""
SKBUILD_PYPROJECT = """\
[build-system]
requires = ["scikit-build-core>=0.10", "wasmbox-build[zig]"]
build-backend = "scikit_build_core.build"

[project]
name = "calc"
version = "1.0"

[tool.scikit-build]
wheel.py-api = "{py_api}"
wheel.packages = ["calc"]
"""


def _cmake_project(root: Path, py_api: str = "cp311", extra: str = "") -> Path:
    (root / "calc").mkdir(parents=True)
    (root / "calc" / "__init__.py").write_text("")
    (root / "calc.c").write_text(CALC_C)
    (root / "CMakeLists.txt").write_text(CMAKELISTS.format(extra=extra))
    (root / "pyproject.toml").write_text(SKBUILD_PYPROJECT.format(py_api=py_api))
    return root


def _pip_wheel(project: Path, wheelhouse: Path, out: Path,
               ) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    return subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--find-links",
                           str(wheelhouse), "--wheel-dir", str(out), str(project)],
                          capture_output=True, text=True, check=False, env=env, timeout=900)


@pytest.fixture(scope="module")
def cmake_wheel(tmp_path_factory: pytest.TempPathFactory, wheelhouse: Path) -> Path:
    root = tmp_path_factory.mktemp("skbuild-abi3")
    built = _pip_wheel(_cmake_project(root / "calc"), wheelhouse, root / "dist")
    assert built.returncode == 0, built.stdout[-4000:] + built.stderr[-4000:]
    return next((root / "dist").glob("*.whl"))


def test_scikit_build_core_py_api_makes_an_abi3_wheel(cmake_wheel: Path, tmp_path: Path) -> None:
    assert WHEEL_TAG.search(cmake_wheel.name), cmake_wheel.name
    assert _only_module(cmake_wheel, "calc") == "calc/_calc.abi3.so"
    _audit(cmake_wheel)
    python = _venv_with(cmake_wheel, CPYTHONS[-1], tmp_path / "venv")
    code = ("from calc import _calc as c\n"
            "assert c.__wasmbox__['abi3'] == 'cp311' and c.calc_add(2, 3) == 5\n"
            "try:\n    c.calc_div(1, 0)\nexcept c.DivideByZero:\n    print('ok')\n")
    assert _run([python, "-c", code], cwd=tmp_path).stdout.strip() == "ok"


# ---- too low a floor: one line that names the fix ------------------------------------------

FLOOR_ERROR = ("abi3 wasmbox modules need CPython 3.11 (cp311) or later: the buffer protocol "
               "joined the stable ABI in 3.11; ask for cp311 or later")


def _error_lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if FLOOR_ERROR in line]


def _unwrapped(text: str) -> str:
    """CMake's messages with its line wrapping undone."""
    return re.sub(r"\s+", " ", text)


@pytest.mark.parametrize("where", ["setup.cfg", "command line"])
def test_setuptools_floor_below_cp311_is_one_line(tmp_path: Path, where: str) -> None:
    root = tmp_path / "p"
    root.mkdir()
    (root / "demo.c").write_text(DEMO_C)
    (root / "demo.h").write_text(DEMO_H)
    (root / "setup.py").write_text(SETUP_PY.replace('packages=["abi3demo"],', "")
                                   .replace(', native_sources=["native.c"]', ""))
    argv = [sys.executable, "setup.py", "bdist_wheel"]
    if where == "setup.cfg":
        (root / "setup.cfg").write_text("[bdist_wheel]\npy_limited_api = cp310\n")
    else:
        argv.append("--py-limited-api=cp39")
    result = subprocess.run(argv, cwd=root, capture_output=True, text=True, check=False)
    assert result.returncode != 0
    lines = _error_lines(result.stderr)
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    expected = ("error: building abi3demo._lib: bdist_wheel py_limited_api = cp310 "
                "(in setup.cfg): " if where == "setup.cfg"
                else "error: building abi3demo._lib: bdist_wheel py_limited_api = cp39: ")
    assert lines == [expected + FLOOR_ERROR], result.stderr[-3000:]


def test_cmake_floor_below_3_11_is_one_configure_error(tmp_path: Path) -> None:
    project = _cmake_project(tmp_path / "calc", extra=" USE_SABI 3.10")
    cmake_dir = _run([sys.executable, "-m", "wasmbox_build", "cmake-dir"]).stdout.strip()
    result = subprocess.run(
        ["cmake", "-S", str(project), "-B", str(tmp_path / "build"), "-G", "Ninja",
         f"-DWasmBox_DIR={cmake_dir}", f"-DPython_EXECUTABLE={sys.executable}"],
        capture_output=True, text=True, check=False, timeout=600,
        env={**os.environ, "PYTHONPATH": str(REPO)})
    assert result.returncode != 0
    message = _unwrapped(result.stderr)
    assert message.count("CMake Error") == 1, result.stderr
    assert f"wasmbox_add_library(_calc): USE_SABI 3.10: {FLOOR_ERROR}" in message, message


def test_scikit_build_core_floor_below_cp311_is_one_line(tmp_path: Path,
                                                         wheelhouse: Path) -> None:
    result = _pip_wheel(_cmake_project(tmp_path / "calc", py_api="cp310"), wheelhouse,
                        tmp_path / "dist")
    assert result.returncode != 0
    message = _unwrapped(result.stdout + result.stderr)
    expected = ('wasmbox_add_library(_calc): wheel.py-api = "cp310" (pyproject.toml): '
                f"{FLOOR_ERROR}")
    assert message.count(expected) == 1, message[-4000:]


def test_floor_needs_a_python_at_least_that_new() -> None:
    assert abi3.check_floor("cp311", "x", python=(3, 13)) == (3, 11)
    assert abi3.limited_api_macro((3, 11)) == ("Py_LIMITED_API", "0x030B0000")
    with pytest.raises(BuildError, match=r"^USE_SABI 3\.12: an abi3 module for CPython 3\.12\+ "
                       r"must be built with CPython 3\.12 or later, not 3\.11; "):
        abi3.check_floor("3.12", "USE_SABI 3.12", python=(3, 11))
    with pytest.raises(BuildError, match="is not a CPython version"):
        abi3.check_floor("py3", "USE_SABI py3")


# ---- doctor ---------------------------------------------------------------------------


def test_doctor_says_whether_a_build_here_is_abi3(tmp_path: Path) -> None:
    plain = tmp_path / "plain"
    plain.mkdir()
    (plain / "setup.py").write_text(SETUP_PY.replace(", py_limited_api=True", ""))
    assert report(plain, (3, 11)) == [
        "this Python (3.11) can build abi3 wasmbox modules (CPython >= 3.11 with the GIL)",
        "abi3 here: no, a version-specific build (cp311-cp311): nothing in pyproject.toml, "
        "setup.cfg or setup.py asks for py_limited_api or wheel.py-api"]

    declared = tmp_path / "declared"
    declared.mkdir()
    (declared / "pyproject.toml").write_text(textwrap.dedent("""\
        [[tool.wasmbox.extension]]
        name = "m._lib"
        sources = ["lib.c"]
        py-limited-api = true
        """))
    assert report(declared, (3, 10)) == [
        "this Python (3.10) cannot build abi3 wasmbox modules (CPython >= 3.11 with the GIL; "
        "build version-specific wheels with it)",
        "abi3 here: asked for, but the build would stop: py-limited-api = true in "
        "pyproject.toml [[tool.wasmbox.extension]]; floor cp311, the default: an abi3 module "
        "for CPython 3.11+ must be built with CPython 3.11 or later, not 3.10; build with a "
        "newer Python, or leave the stable ABI off for a version-specific wheel"]
    (declared / "setup.cfg").write_text("[bdist_wheel]\npy_limited_api = cp312\n")
    assert report(declared, (3, 13))[1] == (
        "abi3 here: yes, one cp312-abi3 wheel for CPython 3.12+ (py-limited-api = true in "
        "pyproject.toml [[tool.wasmbox.extension]]; py_limited_api = cp312 in setup.cfg "
        "[bdist_wheel])")

    # A switch that depends on the Python building the wheel.
    conditional = tmp_path / "conditional"
    conditional.mkdir()
    (conditional / "setup.py").write_text(SETUP_PY.replace(
        "py_limited_api=True", "py_limited_api=sys.version_info >= (3, 11)"))
    assert report(conditional, (3, 10))[1] == (
        "abi3 here: no, a version-specific build (cp310-cp310): "
        "py_limited_api=sys.version_info >= (3, 11) in setup.py is false on 3.10")
    assert report(conditional, (3, 12))[1].startswith(
        "abi3 here: yes, one cp311-abi3 wheel for CPython 3.11+ ")

    skbuild = _cmake_project(tmp_path / "skbuild", py_api="cp310")
    assert report(skbuild, (3, 9))[1] == (
        "abi3 here: no, a version-specific build (cp39-cp39): wheel.py-api = \"cp310\" in "
        "pyproject.toml [tool.scikit-build] applies from CPython 3.10 on")
    assert report(skbuild, (3, 12))[1] == (
        'abi3 here: asked for, but the build would stop: wheel.py-api = "cp310" in '
        f"pyproject.toml [tool.scikit-build]: {FLOOR_ERROR}")

    # The command itself, in a project folder.
    project = tmp_path / "project"
    project.mkdir()
    (project / "setup.py").write_text(SETUP_PY)
    doctor = _run([sys.executable, "-m", "wasmbox_build", "doctor"], cwd=project,
                  env={**os.environ, "PYTHONPATH": str(REPO)})
    here = "{}.{}".format(*sys.version_info[:2])
    assert (f"this Python ({here}) can build abi3 wasmbox modules (CPython >= 3.11 with the "
            "GIL)") in doctor.stdout
    assert ("abi3 here: yes, one cp311-abi3 wheel for CPython 3.11+ (py_limited_api=True in "
            "setup.py; floor cp311, the default)") in doctor.stdout
