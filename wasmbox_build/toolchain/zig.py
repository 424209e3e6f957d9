"""The zig provider: `python -m ziglang cc` from the `ziglang` package on PyPI."""

from __future__ import annotations

import importlib.metadata
import importlib.util
import sys
from pathlib import Path

from .. import settings
from .model import Toolchain, Unavailable


def find() -> Toolchain | Unavailable:
    spec = importlib.util.find_spec("ziglang")
    if spec is None or not spec.submodule_search_locations:
        return Unavailable("zig", "the ziglang package is not installed",
                           "pip install 'wasmbox-build[zig]'")
    location = Path(next(iter(spec.submodule_search_locations)))
    try:
        version = importlib.metadata.version("ziglang")
    except importlib.metadata.PackageNotFoundError:
        version = "unknown"
    # zig builds its wasi libc once and caches it; keep that cache with ours so that
    # every build (and every test) shares it instead of filling ~/.cache/zig.
    zig_cache = settings.cache_dir() / "zig"
    return Toolchain(
        provider="zig",
        compiler=(sys.executable, "-m", "ziglang", "cc"),
        version=version,
        location=location,
        target="wasm32-wasi",
        cflags=("-target", "wasm32-wasi"),
        # -s drops ~1 MB of DWARF that zig's libc carries (-g0 does not).
        ldflags=("-target", "wasm32-wasi", "-s"),
        env={"ZIG_GLOBAL_CACHE_DIR": str(zig_cache)},
        is_zig=True,
    )


def linker_line(verbose_output: str) -> list[str] | None:
    """The wasm-ld command `zig cc -v` printed for a link (its arguments, without the
    program name), or None. zig prints it before running it, so it is there even when
    that link fails.

    `zig cc` passes wasm-ld only the -Wl options it knows and silently drops others
    (--wrap among them); such a link is redone with zig's own wasm-ld
    (`python -m ziglang wasm-ld`), these arguments and the options zig dropped."""
    for line in verbose_output.splitlines():
        if line.startswith("wasm-ld "):
            return line.split(" ")[1:]
    return None


def wasm_ld(toolchain: Toolchain) -> tuple[str, ...]:
    """zig's wasm-ld: the `cc` of the toolchain's driver, replaced by `wasm-ld`."""
    return (*toolchain.compiler[:-1], "wasm-ld")
