"""Helpers of the capability tests: the probe modules and a typed face for them.

probe.c is built three times (once per session, in parallel):
  _caps_probe     the default build: paths beneath preopens resolved by openat2 here
  _caps_walk      the same, with the runtime compiled to resolve paths by its own
                  component-by-component walk (as where openat2 is missing)
  _caps_defaults  with build-time capabilities (WasmBoxExtension(capabilities=...))
"""

from __future__ import annotations

import hashlib
import os
import struct
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from projects import TESTS, build_inplace, import_built, write_project

if TYPE_CHECKING:
    from types import ModuleType

PROBE_SOURCE = (TESTS / "capabilities" / "probe.c").read_text()
MAX_MEMORY = 64 << 20  # the probe's build-time max_memory

# errno values as wasi-libc (and WASI) number them
ENOTCAPABLE = 76
ENOENT = 44
EBADF = 8
EIO = 29
ELOOP = 32
ENOTDIR = 54
EEXIST = 20
EINVAL = 28
ENOTSUP = 58
ENOTSOCK = 57

BUILD_DEFAULTS: dict[str, object] = {
    "env": {"GREETING": "hello", "LANG": "C"},
    "args": ["--built-in"],
    "files": {"/etc/motd": b"built in\n", "/data/words.txt": "caf\u00e9\n"},
    "stdout": "capture",
    "clock": "monotonic",
    "random": 1234,
    "on_denied": "trap",
}


def build_probes(root: Path) -> dict[str, ModuleType]:
    """Build the three probe modules side by side and import them."""
    projects = {
        "_caps_probe": {"max_memory": MAX_MEMORY},
        "_caps_walk": {"max_memory": MAX_MEMORY,
                       "extra_compile_args": ["-DWASMBOX_RESOLVE_WITHOUT_OPENAT2=1"]},
        "_caps_defaults": {"max_memory": MAX_MEMORY, "capabilities": BUILD_DEFAULTS},
    }
    folders = {
        name: write_project(root / name, name, {"probe.c": PROBE_SOURCE}, **options)
        for name, options in projects.items()
    }
    with ThreadPoolExecutor(max_workers=len(folders)) as pool:
        list(pool.map(build_inplace, folders.values()))
    return {name: import_built(folder, name) for name, folder in folders.items()}


class Probe:
    """One sandbox of a probe module, with Python-friendly calls."""

    def __init__(self, module: ModuleType, **policy: Any) -> None:
        self.module = module
        self.sb: Any = module.Sandbox(**policy)

    def __enter__(self) -> Probe:
        return self

    def __exit__(self, *exc: object) -> None:
        self.sb.close()

    def cstr(self, text: str | bytes) -> int:
        data = text.encode() if isinstance(text, str) else text
        ptr: int = self.sb.alloc(data + b"\0")
        return ptr

    def out(self, n: int) -> bytes:
        data: bytes = self.sb.read(self.sb.p_out(), n)
        return data

    def read_file(self, path: str) -> bytes | int:
        """The file's bytes, or -errno."""
        n: int = self.sb.p_read_file(self.cstr(path))
        return n if n < 0 else self.out(n)

    def read_at(self, directory: str, name: str) -> bytes | int:
        n: int = self.sb.p_read_at(self.cstr(directory), self.cstr(name))
        return n if n < 0 else self.out(n)

    def write_file(self, path: str, data: bytes, mode: int = 0) -> int:
        """0 "w", 1 "a", 2 "r+": bytes written, or -errno."""
        n: int = self.sb.p_write_file(self.cstr(path), self.cstr(data), len(data), mode)
        return n

    def open(self, path: str, how: int) -> int:
        n: int = self.sb.p_open(self.cstr(path), how)
        return n

    def stat(self, path: str) -> tuple[int, int] | int:
        """(size, type: 1 file, 2 dir, 3 link), or -errno."""
        n: int = self.sb.p_stat(self.cstr(path))
        return n if n < 0 else (n, self.out(1)[0])

    def lstat(self, path: str) -> tuple[int, int] | int:
        n: int = self.sb.p_lstat(self.cstr(path))
        return n if n < 0 else (n, self.out(1)[0])

    def mtime(self) -> int:
        """The st_mtim seconds of the last stat()."""
        return int.from_bytes(self.out(16)[8:16], "little", signed=True)

    def listdir(self, path: str) -> list[str] | int:
        n: int = self.sb.p_listdir(self.cstr(path))
        if n < 0:
            return n
        return sorted(self.out(n).decode().split("\n")[:-1])

    def call(self, name: str, *paths: str) -> int:
        """p_unlink, p_rename, p_mkdir, p_rmdir, p_symlink, p_link on paths."""
        result: int = getattr(self.sb, name)(*(self.cstr(p) for p in paths))
        return result

    def getenv(self, name: str) -> str | None:
        n: int = self.sb.p_getenv(self.cstr(name))
        return None if n < 0 else self.out(n).decode()

    def argv(self) -> list[str]:
        argc: int = self.sb.p_argv()
        return [a.decode() for a in self.out(4096).split(b"\0")[:argc]]

    def entropy(self, n: int) -> bytes | int:
        r: int = self.sb.p_getentropy(n)
        return r if r < 0 else self.out(n)

    def printf(self, text: str | bytes) -> int:
        n: int = self.sb.p_printf(self.cstr(text))
        return n

    def write_fd(self, fd: int, data: bytes) -> int:
        n: int = self.sb.p_write_fd(fd, self.cstr(data), len(data))
        return n

    def race_counts(self) -> dict[int, int]:
        """How the attempts of the last p_race_* loop ended: {errno (0: success): count}."""
        raw = self.sb.read(self.sb.p_race_hist(), 128 * 4)
        return {e: c for e, c in enumerate(struct.unpack("<128i", raw)) if c}

    def sockets(self, fd: int) -> dict[str, int]:
        """shutdown, recv, send and sock_accept on fd: -errno each (0: success)."""
        assert self.sb.p_sockets(fd) == 0
        names = ("shutdown", "recv", "send", "accept")
        return dict(zip(names, struct.unpack("<4i", self.out(16)), strict=True))

    def read_stdin(self) -> bytes:
        n: int = self.sb.p_read_stdin()
        assert n >= 0, n
        return self.out(n)


@dataclass
class HostState:
    """What the host looks like: every file beneath a folder (with content hashes,
    link targets), and the process environment. Compared before and after."""

    files: dict[str, str]
    environ: dict[str, str]

    @classmethod
    def capture(cls, *folders: Path) -> HostState:
        files: dict[str, str] = {}
        for folder in folders:
            for dirpath, dirnames, filenames in os.walk(folder):
                for name in [*dirnames, *filenames]:
                    path = Path(dirpath) / name
                    if path.is_symlink():
                        files[str(path)] = "link:" + str(path.readlink())
                    elif path.is_dir():
                        files[str(path)] = "dir"
                    else:
                        files[str(path)] = hashlib.sha256(path.read_bytes()).hexdigest()
        return cls(files, dict(os.environ))
