"""host_compiler=: which compiler builds wasm2c's output for the host.

The generated C is one large function per wasm function, each memory access a bounds
check or a guard-page address (wasm2c). gcc compiles it markedly slower than clang:
with the memory's base and size held in registers for the checks, gcc runs out of
registers in hot loops and spills (zlib's inflate_fast: 165 stack-slot accesses from
gcc, 71 from clang; benchmarks/README.md). zig ships a clang, and builds with the
default toolchain already have zig: so `auto` compiles wasm2c's output with
`zig cc -target <this Python's triple>` where that is the same ABI as the project's
gcc (x86-64 and AArch64 Linux with glibc, headers of this machine's glibc version),
and leaves everything else — wasm2c's runtime, our runtime, the glue, the user's
native_sources, anything that includes Python.h — to the project's compiler.

The flags are the project compiler's own for that file (setuptools' CFLAGS, CMake's
build type), with what only gcc or only a gcc link understands taken out, and:
- `-fomit-frame-pointer` first (gcc's default at -O1 and up; zig keeps frame pointers:
  a register less), so that a project asking for frame pointers still gets them;
- `-fno-sanitize=all` last: zig's Debug mode (-O0, or no -O) traps on undefined
  behaviour, and wasm2c's output is compiled like the rest of the module.
zig keeps its scratch files in the wasmbox cache (ZIG_GLOBAL_CACHE_DIR), which it locks
itself, so builds running at once share it safely.
"""

from __future__ import annotations

import os
import platform
import struct
import sys
import sysconfig
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .. import settings
from ..errors import ToolchainError

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ..toolchain.model import Toolchain

CHOICES = ("auto", "cc", "zig")
# In the host-object cache key of every object zig's clang builds: raise it when the way
# a command is rewritten (arguments()) or run changes.
RECIPE = "zig-host-2"
DEFAULT = "auto"

# zig cc understands these only as a gcc would, or not at all; none decides the ABI.
# LTO objects of one compiler are unreadable to the other's linker plugin.
_DROPPED_PREFIXES = ("-flto", "-ffat-lto-objects", "-fno-fat-lto-objects",
                     "-fuse-linker-plugin", "-fsignaling-nans", "-specs=")
_FIRST_FLAGS = ("-fomit-frame-pointer",)
_LAST_FLAGS = ("-fno-sanitize=all",)
_ZIG_ARCHES = {"x86_64": "x86_64", "aarch64": "aarch64", "arm64": "aarch64"}


@dataclass(frozen=True)
class HostCompiler:
    """zig's clang as the compiler of wasm2c's output: the command that replaces the
    project's compiler (`env ZIG_GLOBAL_CACHE_DIR=... zig cc -target ...`)."""

    command: tuple[str, ...]
    target: str
    # Chosen by `auto`: a file zig's clang fails to compile (a gcc-only flag in CFLAGS)
    # is compiled by the project's compiler instead, with a warning (unless
    # WASMBOX_HOST_FALLBACK=0). Asked for: an error.
    fallback: bool = False

    def arguments(self, project_arguments: Sequence[str]) -> list[str]:
        """The full command for a compile the project's compiler would run with
        `project_arguments` (everything after the compiler's own words)."""
        kept = [a for a in project_arguments if not a.startswith(_DROPPED_PREFIXES)]
        return [*self.command, *_FIRST_FLAGS, *kept, *_LAST_FLAGS]

    def describe(self) -> str:
        return f"zig cc -target {self.target}"

    def to_json(self) -> dict[str, object]:
        return {"command": list(self.command), "target": self.target,
                "fallback": self.fallback}

    @staticmethod
    def from_json(data: dict[str, object]) -> HostCompiler:
        command = data["command"]
        if not isinstance(command, list) or not isinstance(data["target"], str):
            raise ValueError("host compiler spec")
        return HostCompiler(tuple(str(word) for word in command), data["target"],
                            data.get("fallback") is True)


def fallback_warning(source: str, cc_option: str) -> str:
    """What a build prints where zig's clang failed on `source` and the project's
    compiler builds it instead: the generated code runs slower (benchmarks/README.md)."""
    return (f"warning: zig's clang could not compile {Path(source).name} (its error is "
            f"above); the project's compiler does, and the sandboxed code may run slower. "
            f"{cc_option} makes that the choice; WASMBOX_HOST_FALLBACK=0 makes this an "
            f"error\n")


def compiler_words(argv: Sequence[str]) -> tuple[list[str], list[str]]:
    """A compiler command split into the program's words (`ccache gcc`) and its flags."""
    for index, word in enumerate(argv):
        if word.startswith("-"):
            return list(argv[:index]), list(argv[index:])
    return list(argv), []


def zig_target() -> str | None:
    """The zig target of the running Python (`x86_64-linux-gnu.2.36`), or None where zig's
    clang would not build the same ABI as the project's compiler."""
    if not sys.platform.startswith("linux") or os.environ.get("_PYTHON_HOST_PLATFORM"):
        return None  # another OS, or a cross build (crossenv, cibuildwheel's emulation)
    machine = sysconfig.get_platform().rsplit("-", 1)[-1]
    arch = _ZIG_ARCHES.get(machine)
    if arch is None or arch != _ZIG_ARCHES.get(platform.machine()) \
            or struct.calcsize("P") != 8:
        return None
    try:
        libc, version = os.confstr("CS_GNU_LIBC_VERSION").split()  # type: ignore[union-attr]
    except (ValueError, OSError, AttributeError):
        return None  # musl: no such setting, and zig's musl headers are not the system's
    return f"{arch}-linux-gnu.{version}" if libc == "glibc" else None


def project_compiler() -> list[str]:
    """The compiler setuptools uses when nobody says: $CC, else Python's own."""
    return (os.environ.get("CC") or str(sysconfig.get_config_var("CC") or "cc")).split()


def is_clang(argv: Sequence[str]) -> bool:
    program, _ = compiler_words(argv)
    return any("clang" in Path(word).name for word in program)


def _zig_command(toolchain: Toolchain, target: str, fallback: bool = False) -> HostCompiler:
    zig, *_ = toolchain.compiler  # `<zig> cc`
    cache = Path(toolchain.env.get("ZIG_GLOBAL_CACHE_DIR") or settings.cache_dir() / "zig")
    return HostCompiler(("env", f"ZIG_GLOBAL_CACHE_DIR={cache}", zig, "cc", "-target", target),
                        target, fallback)


def _any_zig() -> Toolchain:
    from ..toolchain.model import Unavailable
    from ..toolchain.resolve import zig_any_way

    try:
        found = zig_any_way()
    except ToolchainError as error:  # offline, or a failed fetch: it names its own fix
        raise ToolchainError(f"host_compiler='zig' needs zig: {error}; or set "
                             "host_compiler='cc'") from None
    if isinstance(found, Unavailable):
        raise ToolchainError(f"host_compiler='zig' needs zig, which is not usable here "
                             f"({found.reason}); "
                             "pip install 'wasmbox-build[zig]', run 'python -m wasmbox_build "
                             "fetch --zig', or set host_compiler='cc'")
    return found


def choose(choice: str, toolchain: Toolchain, project_compiler: Sequence[str],
           cross: bool = False) -> HostCompiler | None:
    """The compiler of wasm2c's output: None for the project's own.

    `auto`: zig's clang when the wasm toolchain is zig (so zig is here already), the
    project's compiler is not a clang, and zig can target this Python with its ABI."""
    if choice == "cc":
        return None
    target = None if cross else zig_target()
    if choice == "zig":
        if target is None:
            raise ToolchainError(
                f"host_compiler='zig' builds for x86-64 and AArch64 Linux with glibc only, "
                f"same as the running Python; this is {sysconfig.get_platform()} "
                f"({'cross-compiling' if cross else 'no zig target with the same ABI'})"
                "; set host_compiler='cc'")
        return _zig_command(toolchain if toolchain.is_zig else _any_zig(), target)
    if target is None or not toolchain.is_zig or is_clang(project_compiler):
        return None
    return _zig_command(toolchain, target, fallback=settings.host_fallback())
