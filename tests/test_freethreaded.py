"""Free-threaded CPython: our modules keep the GIL off and pass the threading tests there.

The interpreter is CPython 3.13t built from Debian's python3.13 source package with
--disable-gil (tests/freethreaded.py: the only CPython source package the registry here
serves; 3.14's and 3.15's files are not). It is built once into the Debian chroot of the
3.14/3.15 tests and kept in the test cache; `python tests/freethreaded.py` builds it ahead.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from debian_python import REPO, Chroot, suite_venv
from freethreaded import SOURCE, freethreaded_python
from projects import TESTS, write_project
from test_newer_cpython import SUBSET, run_suite_part

pytestmark = pytest.mark.slow  # a CPython built from source the first time, in the chroot

THREADS = ("tests/threads/test_threads.py",)


@pytest.fixture(scope="session")
def free_threaded(session_cache: Path) -> tuple[Chroot, Path]:
    """The chroot and a virtualenv's python of the free-threaded CPython in it."""
    chroot, python = freethreaded_python(session_cache)
    return chroot, suite_venv(chroot, f"{SOURCE.version}t", python)


@pytest.mark.timeout(3000)
def test_runtime_callbacks_bindings_and_threads_pass_without_the_gil(
        free_threaded: tuple[Chroot, Path], session_cache: Path, tmp_path: Path) -> None:
    chroot, python = free_threaded
    # The threading tests last: their first test checks that the GIL is still off after
    # every module of the files before them was imported.
    output = run_suite_part(chroot, python, (*SUBSET, *THREADS), session_cache, tmp_path)
    assert re.search(rf"^platform linux -- Python {re.escape(SOURCE.version)}\.\d+,", output,
                     re.MULTILINE), output[:2000]
    assert "RuntimeWarning" not in output  # "The global interpreter lock (GIL) has been enabled"


def test_doctor_says_modules_keep_the_gil_off(free_threaded: tuple[Chroot, Path],
                                              session_cache: Path, tmp_path: Path) -> None:
    chroot, python = free_threaded
    doctor = chroot.run([str(python), "-m", "wasmbox_build", "doctor"],
                        binds=[REPO, session_cache, tmp_path], cwd=tmp_path,
                        env={"PATH": f"{python.parent}:/usr/bin:/bin", "HOME": str(tmp_path),
                             "WASMBOX_CACHE_DIR": str(session_cache)}, timeout=900)
    version = SOURCE.version
    tag = "cp" + version.replace(".", "")
    assert re.search(rf"^Python: CPython {re.escape(version)}\.\d+, free-threaded "
                     rf"\({re.escape(version)}t\), the GIL off \(", doctor.stdout,
                     re.MULTILINE), doctor.stdout
    assert f"wheel tag {tag}-{tag}t-linux_x86_64" in doctor.stdout, doctor.stdout
    assert (f"without the GIL: yes: modules built here declare Py_mod_gil = "
            f"Py_MOD_GIL_NOT_USED, so {version}t keeps the GIL off") in doctor.stdout


def test_an_abi3_build_is_refused_in_one_line(free_threaded: tuple[Chroot, Path],
                                              session_cache: Path, tmp_path: Path) -> None:
    chroot, python = free_threaded
    root = write_project(tmp_path / "abi3", "_ft_abi3",
                         {"basic.c": (TESTS / "lib" / "basic.c").read_text()},
                         py_limited_api=True)
    build = chroot.run([str(python), "setup.py", "build_ext", "--inplace"],
                       binds=[REPO, session_cache, tmp_path], cwd=root,
                       env={"PATH": f"{python.parent}:/usr/bin:/bin", "HOME": str(tmp_path),
                            "WASMBOX_CACHE_DIR": str(session_cache)}, timeout=900, check=False)
    assert build.returncode != 0
    assert "Traceback" not in build.stderr, build.stderr[-3000:]
    assert ("a free-threaded CPython cannot build abi3 modules" in build.stderr
            and "version-specific wheel" in build.stderr), build.stderr[-3000:]
    assert not list(root.glob("*.so"))
