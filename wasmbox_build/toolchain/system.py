"""The system provider: a distro clang that can target wasm32-wasi plus a wasi-libc.

Debian ships the pieces as clang-N, lld-N, wasi-libc and libclang-rt-N-dev-wasm32.
`--sysroot=/usr` would silently add the host's glibc headers, so a clean sysroot of
two links is built in the cache instead.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from .. import settings
from ..process import first_line, run_capture
from .model import Toolchain, Unavailable

_WASI_LIBC_INCLUDE = Path("/usr/include/wasm32-wasi")
_WASI_LIBC_LIB = Path("/usr/lib/wasm32-wasi")
_INSTALL_HINT = ("apt-get install clang-19 lld-19 wasi-libc libclang-rt-19-dev-wasm32, "
                 "or set WASMBOX_CLANG to a clang that targets wasm32-wasi")


def _candidates() -> list[str]:
    configured = os.environ.get("WASMBOX_CLANG")
    if configured:
        return [configured]
    names = ["clang"] + [f"clang-{major}" for major in range(25, 14, -1)]
    return [path for name in names if (path := shutil.which(name))]


def _clean_sysroot() -> Path:
    """A sysroot holding only the wasi-libc headers and libraries, as links."""
    root = settings.cache_dir() / "system-sysroot"
    for kind, target in (("include", _WASI_LIBC_INCLUDE), ("lib", _WASI_LIBC_LIB)):
        link = root / kind / "wasm32-wasi"
        if link.is_symlink() and link.readlink() == target:
            continue
        link.parent.mkdir(parents=True, exist_ok=True)
        # Build the link beside its place and rename it in, so readers never see half of it.
        staging = link.with_name(f".wasm32-wasi.{os.getpid()}")
        if staging.is_symlink():
            staging.unlink()
        staging.symlink_to(target)
        staging.replace(link)
    return root


def _targets_wasm(clang: str) -> bool:
    result = run_capture([clang, "--print-targets"], timeout=30)
    return result.returncode == 0 and "wasm32" in result.stdout


def find() -> Toolchain | Unavailable:
    candidates = _candidates()
    if not candidates:
        return Unavailable("system", "no clang on PATH", _INSTALL_HINT)
    clang = next((c for c in candidates if _targets_wasm(c)), None)
    if clang is None:
        return Unavailable("system", f"{candidates[0]} cannot target wasm32", _INSTALL_HINT)
    if not (_WASI_LIBC_INCLUDE / "stdio.h").is_file() or not (_WASI_LIBC_LIB / "libc.a").is_file():
        return Unavailable("system", f"{clang} found but no wasi-libc in {_WASI_LIBC_LIB}",
                           "apt-get install wasi-libc")
    version = first_line(run_capture([clang, "--version"], timeout=30).stdout)
    sysroot = _clean_sysroot()
    flags = ("--target=wasm32-wasi", f"--sysroot={sysroot}")
    return Toolchain(
        provider="system",
        compiler=(clang,),
        version=version or "unknown",
        location=Path(clang).resolve(),
        target="wasm32-wasi",
        sysroot=sysroot,
        cflags=flags,
        ldflags=flags,
    )
