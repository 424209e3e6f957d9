"""End to end: the sandboxed zlib example installed with pip into a fresh virtualenv."""

from __future__ import annotations

import shutil
import subprocess
import venv
from typing import TYPE_CHECKING

import pytest
from projects import REPO

pytestmark = pytest.mark.slow  # whole projects built end to end (-m 'not slow' skips them)

if TYPE_CHECKING:
    from pathlib import Path

ROUND_TRIP = """\
import random, zlib
import sandboxed_zlib as sz
rng = random.Random(7)
data = b"".join(rng.choice([b"alpha ", b"beta ", b"gamma "]) for _ in range(40000))
data += rng.randbytes(50000) + bytes(range(256)) * 200
for level in range(1, 10):
    packed = sz.compress(data, level)
    assert packed == zlib.compress(data, level), level
    assert sz.decompress(packed) == data
    assert zlib.decompress(packed) == data
assert sz.decompress(zlib.compress(data, 9)) == data
assert sz.crc32(data) == zlib.crc32(data)
assert sz.adler32(data) == zlib.adler32(data)
try:
    sz.decompress(b"x\\x9c" + bytes(50))
except sz.ZlibError:
    pass
else:
    raise AssertionError("corrupt input accepted")
print("ok", sz.zlib_version())
"""


def _copy_example(dest: Path) -> Path:
    # pip builds a local folder in place, so build a copy, never the checkout.
    shutil.copytree(REPO / "example_project" / "setuptools", dest, symlinks=False,
                    ignore=shutil.ignore_patterns("build", "vendor", "*.egg-info", "*.so"))
    return dest


def _fresh_venv(path: Path) -> Path:
    venv.EnvBuilder(with_pip=True).create(path)
    return path / "bin" / "python"


def _run(*argv: str | Path, cwd: Path) -> str:
    result = subprocess.run([str(a) for a in argv], cwd=cwd, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return result.stdout


def test_example_installs_and_matches_the_standard_library(tmp_path: Path,
                                                            wheelhouse: Path) -> None:
    python = _fresh_venv(tmp_path / "venv")
    project = _copy_example(tmp_path / "example")
    # An isolated build: pip installs wasmbox-build[zig] from the wheelhouse into the
    # build environment, as a user's `pip install .` would from PyPI.
    _run(python, "-m", "pip", "install", "--quiet", "--find-links", wheelhouse, project,
         cwd=tmp_path)
    # The built module needs nothing from wasmbox-build at run time.
    _run(python, "-c", "import importlib.util as u; assert u.find_spec('wasmbox_build') is None",
         cwd=tmp_path)
    assert _run(python, "-c", ROUND_TRIP, cwd=tmp_path).startswith("ok 1.3.1")
    demo = _run(python, "-m", "sandboxed_zlib", cwd=tmp_path)
    assert "byte-identical to the standard library's zlib at levels 1-9: True" in demo
    assert "corrupt input -> sandboxed_zlib.error" in demo and "the process carries on" in demo


def test_editable_install_rebuilds_after_a_source_change(tmp_path: Path, wheelhouse: Path) -> None:
    python = _fresh_venv(tmp_path / "venv")
    project = _copy_example(tmp_path / "example")
    install = (python, "-m", "pip", "install", "--quiet", "--find-links", wheelhouse, "-e", project)
    _run(*install, cwd=tmp_path)
    version = (python, "-c", "import sandboxed_zlib as sz; print(sz.zlib_version())")
    assert _run(*version, cwd=tmp_path).strip() == "1.3.1"
    zutil = project / "vendor" / "zlib-1.3.1" / "zutil.c"
    text = zutil.read_text()
    assert "return ZLIB_VERSION;" in text
    zutil.write_text(text.replace("return ZLIB_VERSION;", 'return "1.3.1-patched";'))
    _run(*install, cwd=tmp_path)
    assert _run(*version, cwd=tmp_path).strip() == "1.3.1-patched"
