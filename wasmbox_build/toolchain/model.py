"""What a resolved toolchain is: enough to invoke it, identify it, and explain it."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Mapping
    from pathlib import Path


@dataclass(frozen=True)
class Toolchain:
    """A C → wasm32-wasi compiler driver, ready to run.

    `compiler` is the argv prefix of the driver (clang, or `zig cc`);
    `cflags`/`ldflags` are what this provider always needs (target, sysroot).
    """

    provider: str
    compiler: tuple[str, ...]
    version: str
    location: Path
    target: str
    sysroot: Path | None = None
    cflags: tuple[str, ...] = ()
    ldflags: tuple[str, ...] = ()
    env: Mapping[str, str] = field(default_factory=dict)
    # zig is stack-first by default and rejects some wasm-ld options clang accepts.
    is_zig: bool = False
    # The C++ driver (clang++, `python -m ziglang c++`), which also links libc++ and
    # libc++abi; `cxx_problem` says why this install cannot build C++ (no libc++ for
    # wasm32), naming the fix, or is None when it can.
    cxx_compiler: tuple[str, ...] = ()
    cxx_problem: str | None = None

    @property
    def identity(self) -> str:
        """A short hash of what decides the code this toolchain emits: provider,
        version, target, flags. Not where it is installed (paths under `location` count
        relative to it), so the same release in another build environment or folder
        shares cached builds."""

        def portable(text: str) -> str:
            return text.replace(str(self.location), "<toolchain>")

        blob = json.dumps(
            [self.provider, self.version, self.target, portable(str(self.sysroot)),
             [portable(f) for f in self.cflags], [portable(f) for f in self.ldflags]],
            sort_keys=True,
        )
        return hashlib.sha256(blob.encode()).hexdigest()[:16]

    @property
    def install_identity(self) -> str:
        """identity, and where this copy is installed: what a probe of it vouches for."""
        blob = json.dumps([self.identity, str(self.location), list(self.compiler)])
        return hashlib.sha256(blob.encode()).hexdigest()[:16]

    def describe(self) -> str:
        return f"{self.provider} {self.version} ({self.location})"


@dataclass(frozen=True)
class Wasm2C:
    """wasm2c and the runtime sources that match it."""

    executable: Path
    runtime_dir: Path
    include_dir: Path
    version: str


@dataclass(frozen=True)
class Unavailable:
    """Why a provider cannot be used here, and what would make it usable."""

    provider: str
    reason: str
    fix: str = ""

    def __str__(self) -> str:
        return f"{self.provider}: {self.reason}" + (f" ({self.fix})" if self.fix else "")
