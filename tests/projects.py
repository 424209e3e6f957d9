"""Make, build and import small real projects that use WasmBoxExtension."""

from __future__ import annotations

import importlib
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence
    from types import ModuleType

TESTS = Path(__file__).resolve().parent
REPO = TESTS.parent
# What write_project() lists in sources=[...]: C and C++ (x.C is C++, x.c is C).
SOURCE_SUFFIXES = (".c", ".cc", ".cpp", ".cxx", ".C")


def write_project(root: Path, module: str, sources: dict[str, str], *,
                  library_sources: Sequence[str] = (), **options: object) -> Path:
    """A setuptools project building `module` from `sources` (name → C or C++ text) and
    `library_sources`, files already in `root` (a fetched library's), listed after them.

    With WASMBOX_TEST_ABI3=1 every such module is an abi3 build (py_limited_api=True),
    so the run-time tests can be run against the stable-ABI runtime as well."""
    if os.environ.get("WASMBOX_TEST_ABI3") == "1":
        options.setdefault("py_limited_api", True)
    root.mkdir(parents=True, exist_ok=True)
    for name, text in sources.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    listed = [*sorted(n for n in sources if n.endswith(SOURCE_SUFFIXES)), *library_sources]
    arguments = "".join(f",\n            {key}={value!r}" for key, value in options.items())
    (root / "setup.py").write_text(textwrap.dedent(f"""\
        from setuptools import setup
        from wasmbox_build import WasmBoxExtension

        setup(
            name="testproject",
            version="0.0.1",
            ext_modules=[WasmBoxExtension(
                {module!r},
                sources={listed!r}{arguments},
            )],
        )
        """))
    return root


def build_inplace(root: Path, *extra: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([sys.executable, "setup.py", "build_ext", "--inplace", *extra],
                            cwd=root, capture_output=True, text=True, check=False)
    if check and result.returncode != 0:
        raise AssertionError(f"build failed:\n{result.stdout}\n{result.stderr}")
    return result


def import_built(root: Path, module: str) -> ModuleType:
    sys.path.insert(0, str(root))
    try:
        return importlib.import_module(module)
    finally:
        sys.path.remove(str(root))


def build_example(name: str, folder: Path) -> Path:
    """example_project/<name>, copied into `folder` and built in place: pip and setuptools
    write build/ and vendor/ beside the sources, so never in the checkout."""
    root = folder / "example"
    shutil.copytree(REPO / "example_project" / name, root, symlinks=False,
                    ignore=shutil.ignore_patterns("build", "vendor", "*.egg-info", "*.so",
                                                  "__pycache__"))
    build_inplace(root)
    return root


def run_with_example(argv: list[str], example: Path,
                     timeout: float) -> subprocess.CompletedProcess[str]:
    """Run argv beside a built example, its package importable."""
    env = {**os.environ, "PYTHONPATH": str(example)}
    return subprocess.run(argv, cwd=example.parent, env=env, capture_output=True, text=True,
                          timeout=timeout, check=False)


def python_with_example(example: Path, code: str, timeout: float) -> str:
    """Run Python code beside a built example; its output (it must succeed)."""
    result = run_with_example([sys.executable, "-c", textwrap.dedent(code)], example, timeout)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return result.stdout
