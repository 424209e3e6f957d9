"""Helpers of the C++ tests: build a setuptools project with a given toolchain provider."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from projects import REPO, TESTS

LIB = TESTS / "cxx" / "lib"
PROVIDERS = ("zig", "system", "wasi-sdk")


def provider_env(provider: str, sdk: Path | None = None) -> dict[str, str]:
    """The environment of a build with `provider` (WASI_SDK_PATH for wasi-sdk)."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    env["WASMBOX_TOOLCHAIN"] = provider
    env.pop("WASI_SDK_PATH", None)
    if provider == "wasi-sdk":
        assert sdk is not None
        env["WASI_SDK_PATH"] = str(sdk)
    return env


def build(root: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """`setup.py build_ext --inplace` in root; the result, whether it worked or not."""
    return subprocess.run([sys.executable, "setup.py", "build_ext", "--inplace"], cwd=root,
                          env=env, capture_output=True, text=True, check=False, timeout=1800)


def built(root: Path, env: dict[str, str]) -> None:
    result = build(root, env)
    if result.returncode != 0:
        raise AssertionError(f"build failed:\n{result.stdout[-4000:]}\n{result.stderr[-4000:]}")


def error_lines(output: str) -> list[str]:
    return [line for line in output.splitlines() if line.startswith("error: ")
            or "wasmbox-build: error:" in line]
