"""Session-wide settings for every test: one wasmbox cache, so zig builds its libc once.

Tests that need an empty cache (the toolchain tests) override WASMBOX_CACHE_DIR per
test but link zig's cache to the session's (see tests/toolchain/conftest.py).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest


def _session_cache() -> Path:
    configured = os.environ.get("WASMBOX_TEST_CACHE")
    if configured:
        return Path(configured)
    return Path(os.environ.get("TMPDIR", "/tmp")) / f"wasmbox-test-cache-{os.getuid()}"


SESSION_CACHE = _session_cache()
SESSION_CACHE.mkdir(parents=True, exist_ok=True)
os.environ["WASMBOX_CACHE_DIR"] = str(SESSION_CACHE)
os.environ.setdefault("WASMBOX_TEST_ZIG_CACHE", str(SESSION_CACHE / "zig"))
for _name in ("WASMBOX_TOOLCHAIN", "WASI_SDK_PATH", "WASMBOX_OFFLINE", "WASMBOX_WASI_SDK_URL",
              "WASMBOX_WASI_SDK_SHA256", "WASMBOX_WASM2C"):
    os.environ.pop(_name, None)


@pytest.fixture(scope="session")
def session_cache() -> Path:
    return SESSION_CACHE
