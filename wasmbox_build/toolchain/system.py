"""The system provider: a distro clang that can target wasm32-wasi plus a wasi-libc.

Debian ships the pieces as clang-N, lld-N, wasi-libc and libclang-rt-N-dev-wasm32
(and, for C++, libc++-N-dev-wasm32 and libc++abi-N-dev-wasm32, which install into
the same folders). `--sysroot=/usr` would silently add the host's glibc headers, so
a clean sysroot of two links is built in the cache instead.
"""

from __future__ import annotations

import os
import re
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


def _cxx_problem(version: str) -> str | None:
    """Why this clang cannot build C++ for wasm32 here (no libc++), with the fix."""
    wanted = (_WASI_LIBC_LIB / "libc++.a", _WASI_LIBC_LIB / "libc++abi.a",
              _WASI_LIBC_INCLUDE / "c++" / "v1" / "string")
    if all(path.is_file() for path in wanted):
        return None
    major = re.search(r"version (\d+)", version)
    n = major.group(1) if major else "N"
    return (f"no libc++ for wasm32 in {_WASI_LIBC_LIB}: apt-get install "
            f"libc++-{n}-dev-wasm32 libc++abi-{n}-dev-wasm32, or use WASMBOX_TOOLCHAIN=zig")


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
        # Any clang is clang++ in g++ driver mode (Debian names clang++ differently).
        cxx_compiler=(clang, "--driver-mode=g++"),
        cxx_problem=_cxx_problem(version),
    )
