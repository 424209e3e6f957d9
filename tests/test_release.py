"""A release can be published: `python -m build` makes an sdist and a wheel that
`twine check --strict` accepts, the wheel carries the package's data (runtime,
templates, CMake package), and the version is the one in _version.py everywhere."""

from __future__ import annotations

import re
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from wasmbox_build import __version__

REPO = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.slow


def test_build_makes_a_checked_sdist_and_wheel(tmp_path: Path) -> None:
    subprocess.run([sys.executable, "-m", "build", "--outdir", str(tmp_path), str(REPO)],
                   check=True, capture_output=True, text=True)
    [sdist] = tmp_path.glob("*.tar.gz")
    [wheel] = tmp_path.glob("*.whl")
    assert sdist.name == f"wasmbox_build-{__version__}.tar.gz"
    assert wheel.name == f"wasmbox_build-{__version__}-py3-none-any.whl"
    check = subprocess.run([sys.executable, "-m", "twine", "check", "--strict",
                            str(sdist), str(wheel)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr

    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in ("wasmbox_build/runtime/wasmbox.h", "wasmbox_build/runtime/wasmbox_boundary.c",
                   "wasmbox_build/templates/module.c.j2", "wasmbox_build/cmake/WasmBoxConfig.cmake",
                   "wasmbox_build/cmake/WasmBoxConfigVersion.cmake", "wasmbox_build/_version.py",
                   "wasmbox_build/py.typed"):
        assert needed in names, needed
    metadata = zipfile.ZipFile(wheel).read(
        f"wasmbox_build-{__version__}.dist-info/METADATA").decode()
    assert f"Version: {__version__}" in metadata
    assert "License-Expression: Apache-2.0" in metadata
    with tarfile.open(sdist) as archive:
        members = {Path(n).relative_to(Path(n).parts[0]).as_posix() for n in archive.getnames()
                   if len(Path(n).parts) > 1}
    assert {"LICENSE", "README.md", "CHANGELOG.md", "pyproject.toml"} <= members


def test_the_cmake_package_reads_the_one_version(tmp_path: Path) -> None:
    script = tmp_path / "version.cmake"
    script.write_text(f'include("{REPO}/wasmbox_build/cmake/WasmBoxConfigVersion.cmake")\n'
                      'message(STATUS "version=${PACKAGE_VERSION}")\n')
    result = subprocess.run(["cmake", "-P", str(script)], capture_output=True, text=True,
                            check=True)
    assert re.search(rf"version={re.escape(__version__)}\b", result.stdout + result.stderr)
