"""Helpers of the security suite: build the corpus, watch the host, check containment.

Every attack is judged the same way (`Containment.attack`):
  1. the call raises the documented exception (or returns the documented errno);
  2. the process is alive (the test goes on in the same process);
  3. the host canaries are unchanged: a bytearray and a ctypes buffer in this process,
     filled with a known pattern, and a file on disk with its sha256;
  4. another live sandbox of the same module (the witness) still has its state and its
     memory contents, and still answers;
  5. the attacked sandbox refuses calls (poisoned) after a trap, and works again after
     reset().
"""

from __future__ import annotations

import ctypes
import hashlib
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from projects import TESTS, import_built, write_project

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Mapping
    from types import ModuleType

SECURITY = TESTS / "security"
CORPUS = SECURITY / "corpus"


@dataclass(frozen=True)
class CorpusModule:
    """One corpus source built into one sandboxed module."""

    module: str
    sources: tuple[str, ...]
    options: Mapping[str, object] = field(default_factory=dict)
    source_dir: Path = CORPUS


# Every module of the escape corpus and how it is built.
CORPUS_MODULES: tuple[CorpusModule, ...] = (
    CorpusModule("_sec_oob", ("oob.c",)),
    CorpusModule("_sec_control", ("control.c",)),
    CorpusModule("_sec_stack", ("stack.c",), {"stack_size": 64 * 1024}),
    CorpusModule("_sec_heap", ("heap.c",), {"max_memory": 16 * 1024 * 1024}),
    CorpusModule("_sec_traps", ("traps.c",)),
    CorpusModule("_sec_liar", ("liar.c",)),
    CorpusModule("_sec_liar_alloc", ("liar_alloc.c",)),
    CorpusModule("_sec_wasi", ("wasi.c",)),
    CorpusModule("_sec_init_trap", ("init_trap.c",)),
)


def _build(root: Path, spec: CorpusModule, env: Mapping[str, str] | None = None) -> Path:
    sources = {name: (spec.source_dir / name).read_text() for name in spec.sources}
    sources["common.h"] = (CORPUS / "common.h").read_text()
    project = write_project(root / spec.module, spec.module, sources, **spec.options)
    result = subprocess.run([sys.executable, "setup.py", "build_ext", "--inplace"],
                            cwd=project, capture_output=True, text=True, check=False,
                            env=None if env is None else {**os.environ, **env})
    if result.returncode != 0:
        raise AssertionError(f"building {spec.module} failed:\n{result.stdout[-4000:]}\n"
                             f"{result.stderr[-4000:]}")
    return project


def build_all(root: Path, specs: Iterable[CorpusModule],
              env: Mapping[str, str] | None = None) -> dict[str, Path]:
    """Build every module (two at a time: zig and gcc each use one core); name -> folder."""
    specs = list(specs)
    with ThreadPoolExecutor(max_workers=2) as pool:
        folders = list(pool.map(lambda s: _build(root, s, env), specs))
    return {spec.module: folder for spec, folder in zip(specs, folders, strict=True)}


def load(folders: Mapping[str, Path], module: str) -> ModuleType:
    return import_built(folders[module], module)


# ---- the host canaries ------------------------------------------------------------------

CANARY_SIZE = 1 << 20


def _pattern(size: int, salt: int) -> bytes:
    block = hashlib.sha256(salt.to_bytes(4, "little")).digest()
    return (block * (size // len(block) + 1))[:size]


class HostCanary:
    """Memory and a file of this process that no sandbox may change."""

    def __init__(self, folder: Path) -> None:
        self.expected = _pattern(CANARY_SIZE, 1)
        self.heap = bytearray(self.expected)  # in the Python heap
        self.raw = ctypes.create_string_buffer(self.expected, CANARY_SIZE)  # malloc'd C memory
        self.raw_address = ctypes.addressof(self.raw)
        self.file = folder / "canary.bin"
        self.file.write_bytes(_pattern(CANARY_SIZE, 2))
        self.file_sha256 = hashlib.sha256(self.file.read_bytes()).hexdigest()

    def check(self) -> None:
        assert self.heap == self.expected, "the bytearray canary changed"
        assert ctypes.addressof(self.raw) == self.raw_address
        assert self.raw.raw[:CANARY_SIZE] == self.expected, "the ctypes canary changed"
        assert hashlib.sha256(self.file.read_bytes()).hexdigest() == self.file_sha256, \
            "the canary file changed"


class Witness:
    """A second live sandbox of the module under attack, with state to compare."""

    def __init__(self, m: ModuleType) -> None:
        self.sandbox = m.Sandbox()
        self.sandbox.state_set(0x5EC0DE)
        self.pattern = _pattern(16 * 1024, 3)
        self.pointer = self.sandbox.alloc(self.pattern)
        self.memory_size = self.sandbox.memory_size

    def check(self) -> None:
        sb = self.sandbox
        assert not sb.poisoned and not sb.closed
        assert sb.state_get() == 0x5EC0DE
        assert sb.read(self.pointer, len(self.pattern)) == self.pattern
        assert sb.memory_size == self.memory_size
        assert sb.ok(20) == 41


DATA_CANARY = bytes((0xA5 ^ (i * 7)) & 0xFF for i in range(256))


def data_canary_intact(sb: Any, address: int) -> bool:
    """The 256-byte pattern of corpus/common.h, read from the sandbox's .data (also
    from a poisoned sandbox: its memory stays readable until reset())."""
    return bool(sb.read(address, 256) == DATA_CANARY)


class Containment:
    """Runs attacks on one module and checks that they stayed inside the sandbox."""

    def __init__(self, m: ModuleType, canary: HostCanary) -> None:
        self.m = m
        self.canary = canary
        self.witness = Witness(m)

    def check_outside(self) -> None:
        self.canary.check()
        self.witness.check()

    def attack(self, attack: Callable[[Any], object], expected: type[BaseException],
               *, poisons: bool = True) -> BaseException:
        """Run attack(sb) on a fresh sandbox; it must raise `expected`. Returns it."""
        m = self.m
        sb = m.Sandbox()
        try:
            canary_address = sb.data_canary()
            with pytest.raises(expected) as raised:
                attack(sb)
            assert sb.poisoned is poisons
            assert data_canary_intact(sb, canary_address)
            if poisons:
                with pytest.raises(m.SandboxPoisoned):
                    sb.ok(1)
            self.check_outside()
            sb.reset()
            assert not sb.poisoned
            assert sb.ok(1) == 3
            assert sb.data_canary() == canary_address
            assert data_canary_intact(sb, canary_address)
        finally:
            sb.close()
        return raised.value
