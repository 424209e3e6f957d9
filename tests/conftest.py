"""Session-wide settings for every test: one wasmbox cache, so zig builds its libc once.

The cache is WASMBOX_TEST_CACHE, by default .test-cache/ in the checkout (run-tests sets
it; kept between runs, never in /tmp). Tests that need an empty cache (the toolchain
tests) override WASMBOX_CACHE_DIR per test but link zig's cache to the session's (see
tests/toolchain/conftest.py).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def _session_cache() -> Path:
    configured = os.environ.get("WASMBOX_TEST_CACHE")
    return Path(configured) if configured else REPO / ".test-cache"


SESSION_CACHE = _session_cache()
SESSION_CACHE.mkdir(parents=True, exist_ok=True)
os.environ["WASMBOX_CACHE_DIR"] = str(SESSION_CACHE)
os.environ.setdefault("WASMBOX_TEST_ZIG_CACHE", str(SESSION_CACHE / "zig"))
# Where zig's clang fails on wasm2c's output, host_compiler='auto' would quietly build it
# with gcc: in the tests that is a failure (a broken clang path hid behind it once).
os.environ["WASMBOX_HOST_FALLBACK"] = "0"
for _name in ("WASMBOX_TOOLCHAIN", "WASI_SDK_PATH", "WASMBOX_OFFLINE", "WASMBOX_WASI_SDK_URL",
              "WASMBOX_WASI_SDK_SHA256", "WASMBOX_WASM2C"):
    os.environ.pop(_name, None)


@pytest.fixture(scope="session")
def session_cache() -> Path:
    return SESSION_CACHE


@pytest.fixture(scope="session")
def wheelhouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding a wheel of this checkout, for `pip install --find-links`."""
    folder = tmp_path_factory.mktemp("wheelhouse")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps",
                    "--wheel-dir", str(folder), str(REPO)], check=True)
    return folder
