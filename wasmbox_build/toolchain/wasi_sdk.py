"""The wasi-sdk provider: an extracted release, from WASI_SDK_PATH, the cache, or a download."""

from __future__ import annotations

import platform
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import settings
from ..errors import ToolchainError
from .model import Toolchain

if TYPE_CHECKING:
    from pathlib import Path

PINNED_VERSION = "27.0"
RELEASE_URL = "https://github.com/WebAssembly/wasi-sdk/releases/download/wasi-sdk-{major}/{asset}"

# sha256 of each wasi-sdk 27.0 release archive, checked before anything is extracted.
PINNED_SHA256 = {
    ("27.0", "x86_64", "linux"): "b7d4d944c88503e4f21d84af07ac293e3440b1b6210bfd7fe78e0afd92c23bc2",
    ("27.0", "arm64", "linux"): "4cf4c553c4640e63e780442146f87d83fdff5737f988c06a6e3b2f0228e37665",
    ("27.0", "x86_64", "macos"): "163dfd47f989b1a682744c1ae1f0e09a83ff5c4bbac9dcd8546909ab54cda5a1",
    ("27.0", "arm64", "macos"): "055c3dc2766772c38e71a05d353e35c322c7b2c6458a36a26a836f9808a550f8",
    ("27.0", "x86_64", "windows"):
        "4a576c13125c91996d8cc3b70b7ea0612c2044598d2795c9be100d15f874adf6",
    ("27.0", "arm64", "windows"):
        "2eed3c05909e090b4bc04ed6bd3ff476d4a383d1d79c844dff1b047db5974ff2",
}

_MACHINES = {"x86_64": "x86_64", "amd64": "x86_64", "aarch64": "arm64", "arm64": "arm64"}
_SYSTEMS = {"linux": "linux", "darwin": "macos", "win32": "windows"}


@dataclass(frozen=True)
class Release:
    """One wasi-sdk release archive for one OS/arch."""

    version: str
    arch: str
    os: str

    @property
    def stem(self) -> str:
        return f"wasi-sdk-{self.version}-{self.arch}-{self.os}"

    @property
    def asset(self) -> str:
        return f"{self.stem}.tar.gz"

    @property
    def url(self) -> str:
        mirror = settings.wasi_sdk_url()
        if mirror:
            if mirror.endswith((".tar.gz", ".tgz")):
                return mirror
            return f"{mirror.rstrip('/')}/{self.asset}"
        return RELEASE_URL.format(major=self.version.split(".")[0], asset=self.asset)

    @property
    def sha256(self) -> str:
        custom = settings.wasi_sdk_sha256()
        if custom:
            return custom
        pinned = PINNED_SHA256.get((self.version, self.arch, self.os))
        if pinned is None:
            raise ToolchainError(
                f"no pinned sha256 for wasi-sdk {self.version} on {self.arch}-{self.os}; "
                f"set WASMBOX_WASI_SDK_SHA256 to the archive's checksum"
            )
        return pinned


def host_release(version: str = PINNED_VERSION) -> Release:
    """The release for the running OS and CPU, or an error if wasi-sdk ships none."""
    machine = platform.machine().lower()
    arch = _MACHINES.get(machine)
    system = _SYSTEMS.get(sys.platform)
    if arch is None or system is None:
        raise ToolchainError(
            f"wasi-sdk publishes no release for {machine}-{sys.platform}; install the zig extra "
            f"(pip install 'wasmbox-build[zig]') or set WASI_SDK_PATH to a wasi-sdk you built"
        )
    release = Release(version, arch, system)
    if not settings.wasi_sdk_sha256() and (version, arch, system) not in PINNED_SHA256:
        raise ToolchainError(
            f"wasi-sdk {version} has no pinned archive for {arch}-{system} (pinned: "
            f"{PINNED_VERSION}); use --version {PINNED_VERSION} or set WASMBOX_WASI_SDK_SHA256"
        )
    return release


def cache_root() -> Path:
    return settings.cache_dir() / "wasi-sdk"


def cached_install(release: Release) -> Path:
    """Where a downloaded release lives once complete (renamed into place atomically)."""
    return cache_root() / release.stem


def _exe(name: str) -> str:
    return f"{name}.exe" if sys.platform == "win32" else name


def missing_parts(root: Path) -> list[str]:
    """The parts of a wasi-sdk layout that `root` lacks (empty when it looks complete)."""
    wanted = [f"bin/{_exe('clang')}", f"bin/{_exe('wasm-ld')}", "share/wasi-sysroot/include",
              "share/wasi-sysroot/lib"]
    return [part for part in wanted if not (root / part).exists()]


def _sysroot_triple(sysroot: Path) -> str:
    # wasi-sdk ≥ 22 names the preview-1 libc wasm32-wasip1; older ones wasm32-wasi.
    for triple in ("wasm32-wasip1", "wasm32-wasi"):
        if (sysroot / "lib" / triple / "libc.a").exists():
            return triple
    raise ToolchainError(
        f"{sysroot} has no wasm32-wasip1 or wasm32-wasi libc.a; the wasi-sdk install is "
        f"incomplete: extract the release archive again"
    )


def read_version(root: Path) -> str:
    for candidate in (root / "VERSION", root / "share" / "wasi-sysroot" / "VERSION"):
        if candidate.is_file():
            text = candidate.read_text(errors="replace").strip()
            if text:
                return text.splitlines()[0].strip()
    name = root.resolve().name
    if name.startswith("wasi-sdk-"):
        return name[len("wasi-sdk-"):].split("-")[0]
    return "unknown"


def _cxx_problem(sysroot: Path, triple: str) -> str | None:
    """Why this wasi-sdk cannot build C++ (its sysroot lacks libc++), or None."""
    libs = sysroot / "lib" / triple
    headers = [sysroot / "include" / triple / "c++" / "v1", sysroot / "include" / "c++" / "v1"]
    if ((libs / "libc++.a").is_file() and (libs / "libc++abi.a").is_file()
            and any((folder / "string").is_file() for folder in headers)):
        return None
    return (f"{sysroot} has no libc++ for {triple}: use a complete wasi-sdk release "
            "(they all ship libc++), or WASMBOX_TOOLCHAIN=zig")


def toolchain_from(root: Path, origin: str) -> Toolchain:
    """A Toolchain for an extracted wasi-sdk at `root`; `origin` names where it came from."""
    root = root.expanduser()
    if not root.is_dir():
        raise ToolchainError(f"{origin}={root} does not exist; point it at an extracted wasi-sdk")
    missing = missing_parts(root)
    if missing:
        raise ToolchainError(
            f"{origin}={root} is not a wasi-sdk: missing {', '.join(missing)} "
            f"(expected an extracted release such as {host_release_stem_hint()})"
        )
    sysroot = (root / "share" / "wasi-sysroot").resolve()
    triple = _sysroot_triple(sysroot)
    clang = root / "bin" / _exe("clang")
    if not clang.resolve().exists():
        raise ToolchainError(
            f"{origin}={root}: bin/clang is a broken link; extract the release again")
    # wasi-sdk's clang finds its own wasm-ld and compiler-rt beside it.
    flags = (f"--target={triple}", f"--sysroot={sysroot}")
    clangxx = root / "bin" / _exe("clang++")
    cxx = (str(clangxx),) if clangxx.exists() else (str(clang), "--driver-mode=g++")
    return Toolchain(
        provider="wasi-sdk",
        compiler=(str(clang),),
        version=read_version(root),
        location=root.resolve(),
        target=triple,
        sysroot=sysroot,
        cflags=flags,
        ldflags=flags,
        cxx_compiler=cxx,
        cxx_problem=_cxx_problem(sysroot, triple),
    )


def host_release_stem_hint() -> str:
    try:
        return host_release().stem
    except ToolchainError:
        return f"wasi-sdk-{PINNED_VERSION}-<arch>-<os>"
