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
    # What identifies the compiler's own bits wherever it is installed (the sha256 its
    # wheel records for it), or "" to identify it by where it is.
    fingerprint: str = ""

    @property
    def identity(self) -> str:
        """A short hash of everything that changes the code this toolchain emits.

        With a fingerprint, the place is left out: the same zig wheel installed in every
        isolated build environment, or fetched into the cache, is one toolchain, so its
        probe and the wasm it built are reused."""
        parts: list[object] = [self.provider, self.version, str(self.location), self.target,
                               str(self.sysroot), self.cflags, self.ldflags, list(self.compiler)]
        if self.fingerprint:
            parts = [self.provider, self.version, self.fingerprint, self.target,
                     str(self.sysroot), self.cflags, self.ldflags]
        blob = json.dumps(parts, sort_keys=True)
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
