"""The zig provider: `zig cc` from PyPI's `ziglang` wheel, installed or fetched into the cache.

Either way it is the same program, run directly: the `ziglang` package importable here (the
`[zig]` extra), or the pinned wheel that zig_cache.py fetches once per machine.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
from pathlib import Path

from .. import settings
from ..errors import ToolchainError
from . import pip_download, zig_cache
from .model import Toolchain, Unavailable

FETCH_HINT = "python -m wasmbox_build fetch --zig"


def toolchain_at(package: Path, version: str) -> Toolchain:
    """A Toolchain running `<package>/zig cc`."""
    # zig builds its wasi libc once and caches it; keep that cache with ours so that
    # every build (and every test) shares it instead of filling ~/.cache/zig.
    zig_cache_dir = settings.cache_dir() / "zig"
    return Toolchain(
        provider="zig",
        compiler=(str(package / zig_cache.executable_name()), "cc"),
        version=version,
        location=package,
        target="wasm32-wasi",
        cflags=("-target", "wasm32-wasi"),
        # -s drops ~1 MB of DWARF that zig's libc carries (-g0 does not).
        ldflags=("-target", "wasm32-wasi", "-s"),
        env={"ZIG_GLOBAL_CACHE_DIR": str(zig_cache_dir)},
        is_zig=True,
        # zig ships libc++ and libc++abi as sources and builds them on first use.
        cxx_compiler=(str(package / zig_cache.executable_name()), "c++"),
    )


def find_installed() -> Toolchain | Unavailable:
    """zig from the `ziglang` package importable here (`pip install 'wasmbox-build[zig]'`)."""
    spec = importlib.util.find_spec("ziglang")
    if spec is None or not spec.submodule_search_locations:
        return Unavailable("zig", "the ziglang package is not installed",
                           "pip install 'wasmbox-build[zig]'")
    location = Path(next(iter(spec.submodule_search_locations)))
    try:
        version = importlib.metadata.version("ziglang")
    except importlib.metadata.PackageNotFoundError:
        version = "unknown"
    return toolchain_at(location, version)


def _from_cache(root: Path) -> Toolchain:
    return toolchain_at(root / "ziglang", zig_cache.PINNED_VERSION)


def find_cached() -> Toolchain | Unavailable:
    """zig fetched earlier into the wasmbox cache."""
    host = zig_cache.host_key()
    if host is None:
        return Unavailable("zig", zig_cache.unpublished_reason())
    root = zig_cache.find_cached()
    if root is None:
        return Unavailable("zig", f"not in the cache ({zig_cache.cached_install(host)})",
                           FETCH_HINT)
    return _from_cache(root)


def fetch() -> Toolchain | Unavailable:
    """zig from the cache, fetched with pip first if needed.

    Unavailable when zig cannot be had this way here (no wheel for this platform, no pip,
    a package index without it); ToolchainError for a failure (offline, a wrong hash...).
    """
    try:
        return _from_cache(zig_cache.ensure_fetched())
    except pip_download.NotOnIndex as reason:
        return Unavailable("zig", f"cannot be fetched: {reason}")


def fetch_possible() -> str | None:
    """Why zig cannot be fetched here, or None if it can be tried (for `doctor`)."""
    if zig_cache.host_key() is None:
        return zig_cache.unpublished_reason()
    if pip_download.find_pip() is None:
        return "no pip to fetch it with"
    return None


def describe_fetch() -> str:
    host = zig_cache.host_key()
    if host is None:
        raise ToolchainError(zig_cache.unpublished_reason())
    return (f"fetch {zig_cache.REQUIREMENT} with pip (~100 MB, once) into "
            f"{zig_cache.cached_install(host)}")


def linker_line(verbose_output: str) -> list[str] | None:
    """The wasm-ld command `zig cc -v` printed for a link (its arguments, without the
    program name), or None. zig prints it before running it, so it is there even when
    that link fails.

    `zig cc` passes wasm-ld only the -Wl options it knows and silently drops others
    (--wrap among them); such a link is redone with zig's own wasm-ld
    (`zig wasm-ld`), these arguments and the options zig dropped."""
    for line in verbose_output.splitlines():
        if line.startswith("wasm-ld "):
            return line.split(" ")[1:]
    return None


def wasm_ld(toolchain: Toolchain) -> tuple[str, ...]:
    """zig's wasm-ld: the `cc` of the toolchain's driver, replaced by `wasm-ld`."""
    return (*toolchain.compiler[:-1], "wasm-ld")
