"""A built wheel becomes a portable manylinux wheel once auditwheel repairs it (cibuildwheel)."""

from __future__ import annotations

import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from projects import write_project

pytestmark = pytest.mark.slow  # whole projects built end to end (-m 'not slow' skips them)

LIB_C = "int triple(int x) { return 3 * x; }\n"


def test_auditwheel_repairs_to_a_manylinux_tag(tmp_path: Path) -> None:
    root = write_project(tmp_path / "p", "wheeled._lib", {"lib.c": LIB_C}, exports=["triple"])
    (root / "wheeled").mkdir()
    (root / "wheeled" / "__init__.py").write_text("")
    text = (root / "setup.py").read_text().replace('version="0.0.1",',
                                                   'version="0.0.1", packages=["wheeled"],')
    (root / "setup.py").write_text(text)
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-build-isolation",
                            "--no-deps", "-w", str(tmp_path / "dist"), str(root)],
                           capture_output=True, text=True, check=False)
    assert built.returncode == 0, built.stderr[-2000:]
    wheel = next((tmp_path / "dist").glob("*.whl"))
    assert re.search(r"-linux_x86_64\.whl$|-linux_aarch64\.whl$", wheel.name)

    repaired = subprocess.run([sys.executable, "-m", "auditwheel", "repair", "-w",
                               str(tmp_path / "wheelhouse"), str(wheel)],
                              capture_output=True, text=True, check=False)
    assert repaired.returncode == 0, repaired.stdout + repaired.stderr
    fixed = next((tmp_path / "wheelhouse").glob("*.whl"))
    # The tag follows the glibc the wheel was linked against (2.34+ here, for
    # pthread_getattr_np's symbol version); cibuildwheel's manylinux_2_28 image gives 2_28.
    assert re.search(r"-manylinux_2_\d+_(x86_64|aarch64)\.whl$", fixed.name), fixed.name
    with zipfile.ZipFile(fixed) as archive:
        names = archive.namelist()
    assert any(n.startswith("wheeled/_lib.") and n.endswith(".so") for n in names)
    assert "wheeled/_lib.pyi" in names
    assert not any(".libs/" in n for n in names)  # no shared library had to be vendored
