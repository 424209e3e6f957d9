"""The scikit-build-core variant of the example (example_project/cmake), installed with
pip into a fresh virtualenv as a user would: same API and results as the setuptools one."""

from __future__ import annotations

import importlib
import os
import shutil
import subprocess
import sys
import textwrap
from typing import TYPE_CHECKING

import pytest
from cmake_testlib import REPO

pytestmark = pytest.mark.slow  # whole projects built end to end (./run-tests -m 'not slow' skips)

if TYPE_CHECKING:
    from pathlib import Path

_JUNK = shutil.ignore_patterns(".git", ".venv*", ".*cache", ".test-tmp", "build", "dist",
                               "*.egg-info", "__pycache__", "vendor", "*.so", ".wheelhouse",
                               "benchmarks")

ROUND_TRIP = textwrap.dedent("""\
    import zlib
    from pathlib import Path
    import sandboxed_zlib as sz
    from sandboxed_zlib import _zlib

    data = b"".join(b"record %d: %s\\n" % (i, b"abc" * (i % 7)) for i in range(20000))
    data += bytes(range(256)) * 64
    for level in range(1, 10):
        packed = sz.compress(data, level)
        assert packed == zlib.compress(data, level), level
        assert sz.decompress(packed) == data, level
    assert sz.crc32(data) == zlib.crc32(data) and sz.adler32(data) == zlib.adler32(data)
    # The z_stream API is exported too (CMakeLists.txt's EXPORTS match setup.py's).
    twin = sz.compressobj(9, wbits=31).copy()
    assert twin.compress(data) + twin.flush() == zlib.compress(data, 9, wbits=31)
    do = sz.decompressobj()
    assert do.decompress(zlib.compress(data), 1000) + do.flush() == data and do.eof
    assert _zlib.__name__ == "sandboxed_zlib._zlib"
    assert _zlib.__wasmbox__["memory_check"] == "bounds"
    assert (Path(_zlib.__file__).parent / "_zlib.pyi").is_file()
    assert (Path(_zlib.__file__).parent / "py.typed").is_file()  # installed by wasmbox_add_library
    print("ok", sz.zlib_version())
    """)


def _run(argv: list[str], cwd: Path | None = None,
         env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(argv, capture_output=True, text=True, check=False, cwd=cwd,
                            env=env, timeout=900)
    if result.returncode != 0:
        raise AssertionError(f"{argv[:4]} failed:\n{result.stdout[-6000:]}\n{result.stderr}")
    return result


@pytest.fixture(scope="module")
def wheelhouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A wheel of this checkout (pip builds in place, so from a copy of it)."""
    root = tmp_path_factory.mktemp("wasmbox-wheel")
    shutil.copytree(REPO, root / "src", symlinks=True, ignore=_JUNK)
    _run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps",
          "--wheel-dir", str(root / "wheels"), str(root / "src")])
    return root / "wheels"


@pytest.mark.slow
def test_scikit_build_core_example(tmp_path: Path, wheelhouse: Path, session_cache: Path) -> None:
    # The whole example folder: the CMake variant shares the Python package and the
    # zlib fetcher with the setuptools variant beside it.
    example = tmp_path / "example_project"
    shutil.copytree(REPO / "example_project", example, symlinks=True, ignore=_JUNK)

    # A verified zlib in the shared wasmbox cache, as after any earlier build: the
    # build's configure-time fetch then copies it instead of downloading (this keeps
    # the test fast and off the network; fetch_zlib.py's download is not under test).
    sys.path.insert(0, str(REPO / "example_project"))
    try:
        fetch_zlib = importlib.import_module("fetch_zlib")
    finally:
        sys.path.remove(str(REPO / "example_project"))
    fetch_zlib.fetch(session_cache / "sources" / f"zlib-{fetch_zlib.VERSION}")

    venv = tmp_path / "venv"
    _run([sys.executable, "-m", "venv", str(venv)])
    python = str(venv / "bin" / "python")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    # search.site-packages=false: WasmBox must be found through wasmbox-build's
    # `cmake.root` entry point alone, not by CMake searching site-packages.
    install = _run([python, "-m", "pip", "install", "--verbose", "--find-links",
                    str(wheelhouse), "--config-settings=search.site-packages=false",
                    str(example / "cmake")], env=env)
    log = install.stdout + install.stderr
    assert "scikit-build-core" in log and "Sandboxing sandboxed_zlib._zlib" in log

    checked = _run([python, "-c", ROUND_TRIP], cwd=tmp_path, env=env)
    assert checked.stdout.strip() == "ok 1.3.1"
    demo = _run([python, "-m", "sandboxed_zlib"], cwd=tmp_path, env=env)
    assert "byte-identical to the standard library's zlib at levels 1-9: True" in demo.stdout
    assert "the process carries on" in demo.stdout
