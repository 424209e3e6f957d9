"""Settings read from the environment, in one place so they are documented once.

WASMBOX_TOOLCHAIN     auto | wasi-sdk | zig | system   (default: auto)
WASI_SDK_PATH         an extracted wasi-sdk to use as is
WASMBOX_CACHE_DIR     where toolchains, probes and build caches live
WASMBOX_OFFLINE=1     never download anything
WASMBOX_WASI_SDK_URL  a mirror: a folder URL holding the release assets, or one archive's URL
WASMBOX_WASI_SDK_SHA256  the checksum of a custom archive (only with a custom URL)
WASMBOX_WASM2C        another wabt install (its bin/wasm2c and runtime sources)
WASMBOX_DOWNLOAD_TIMEOUT  seconds without progress before a download is abandoned
WASMBOX_HOST_FALLBACK=0   host_compiler='auto' fails the build where zig's clang cannot
                      compile wasm2c's output, instead of falling back to the project's
                      compiler with a warning (the test suite sets it: a fallback there
                      would hide a broken clang path)
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

TOOLCHAIN_CHOICES = ("auto", "wasi-sdk", "zig", "system")


def cache_dir() -> Path:
    configured = os.environ.get("WASMBOX_CACHE_DIR")
    if configured:
        return Path(configured).expanduser().resolve()
    return Path(platformdirs.user_cache_dir("wasmbox-build", appauthor=False))


def offline() -> bool:
    return os.environ.get("WASMBOX_OFFLINE", "").strip().lower() in {"1", "true", "yes", "on"}


def host_fallback() -> bool:
    value = os.environ.get("WASMBOX_HOST_FALLBACK", "").strip().lower()
    return value not in {"0", "false", "no", "off"}


def toolchain_choice(explicit: str | None = None) -> str:
    from .errors import ToolchainError

    choice = (explicit or os.environ.get("WASMBOX_TOOLCHAIN") or "auto").strip().lower()
    if choice not in TOOLCHAIN_CHOICES:
        source = "toolchain=" if explicit else "WASMBOX_TOOLCHAIN"
        raise ToolchainError(
            f"{source} is {choice!r}; use one of: {', '.join(TOOLCHAIN_CHOICES)}"
        )
    return choice


def wasi_sdk_path() -> Path | None:
    value = os.environ.get("WASI_SDK_PATH")
    return Path(value).expanduser() if value else None


def wasi_sdk_url() -> str | None:
    return os.environ.get("WASMBOX_WASI_SDK_URL") or None


def wasi_sdk_sha256() -> str | None:
    value = os.environ.get("WASMBOX_WASI_SDK_SHA256")
    return value.strip().lower() if value else None


def wasm2c_override() -> Path | None:
    value = os.environ.get("WASMBOX_WASM2C")
    return Path(value).expanduser() if value else None


def download_timeout() -> float:
    value = os.environ.get("WASMBOX_DOWNLOAD_TIMEOUT")
    if not value:
        return 30.0
    try:
        seconds = float(value)
    except ValueError:
        seconds = -1.0
    if seconds <= 0:
        from .errors import ToolchainError

        raise ToolchainError(
            f"WASMBOX_DOWNLOAD_TIMEOUT={value!r} is not a positive number of seconds"
        )
    return seconds
