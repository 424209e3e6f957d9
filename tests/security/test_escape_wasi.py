"""Escape corpus, WASI: hostile arguments to every function of wasi_snapshot_preview1,
called straight from the library (corpus/wasi.c re-exports each import as x_<name>).

Pointers past the end of memory or wrapping around 2^32, iovec arrays whose byte size
overflows 32 bits, iovecs pointing outside memory or wrapping, totals over 4 GiB,
overlapping in/out ranges, descriptors that do not exist. Each call must return an errno
(never trap, never poison), leave the bottom of sandbox memory alone (where a 32-bit
wraparound would land), and leave the host canaries and the other sandbox unchanged."""

from __future__ import annotations

import struct
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pytest
from seclib import Containment, HostCanary, load

from wasmbox_build.pipeline.glue import WASI_FUNCTIONS

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

SUCCESS, BADF, FAULT, INVAL, NOTSOCK, NOTCAPABLE = 0, 8, 21, 28, 57, 76
ANY_ERROR = frozenset(range(1, 77))  # a WASI errno other than success
FAR = 0xFFFFFFF0
U32 = 0xFFFFFFFF
U64 = 2**64 - 1
LOW = (16, 4096)  # sandbox bytes a 32-bit wraparound of FAR + small offsets would hit


@pytest.fixture(scope="module")
def wasi(corpus: dict[str, Path], canary: HostCanary) -> Containment:
    return Containment(load(corpus, "_sec_wasi"), canary)


@dataclass
class Memory:
    """Addresses in a fresh sandbox: a good buffer, one iovec over it, the end."""

    sb: Any
    good: int
    iov: int
    end: int

    def iovecs(self, *pairs: tuple[int, int]) -> int:
        return int(self.sb.alloc(b"".join(struct.pack("<II", p, n) for p, n in pairs)))




@dataclass(frozen=True)
class Case:
    function: str
    what: str
    args: Callable[[Memory], tuple[int, ...]]
    expected: frozenset[int]


def case(function: str, what: str, args: Callable[[Memory], tuple[int, ...]],
         *expected: int) -> Case:
    return Case(function, what, args, frozenset(expected) if expected else ANY_ERROR)


CASES = [
    # fd_write: every way an iovec array can lie.
    case("fd_write", "iovs past the end", lambda m: (1, FAR, 1, m.good), FAULT),
    case("fd_write", "iovs straddle the end", lambda m: (1, m.end - 4, 1, m.good), FAULT),
    case("fd_write", "iovs byte size wraps 32 bits", lambda m: (1, m.iov, 0x20000000, m.good),
         FAULT, INVAL),
    case("fd_write", "iovec buffer past the end",
         lambda m: (1, m.iovecs((FAR, 16)), 1, m.good), FAULT),
    case("fd_write", "iovec buffer wraps 2^32",
         lambda m: (1, m.iovecs((m.good, 8), (0xFFFFFFF0, 0x20)), 2, m.good), FAULT),
    case("fd_write", "iovec buffer straddles the end",
         lambda m: (1, m.iovecs((m.end - 8, 16)), 1, m.good), FAULT),
    case("fd_write", "iovec length 4 GiB - 1", lambda m: (1, m.iovecs((m.good, U32)), 1, m.good),
         FAULT),
    case("fd_write", "nwritten past the end", lambda m: (1, m.iov, 1, FAR), FAULT),
    case("fd_write", "nwritten straddles the end", lambda m: (1, m.iov, 1, m.end - 2), FAULT),
    case("fd_write", "descriptor that does not exist", lambda m: (1000, m.iov, 1, m.good), BADF),
    case("fd_write", "descriptor 2^32 - 1", lambda m: (U32, m.iov, 1, m.good), BADF),
    case("fd_write", "nwritten overlaps the iovec array", lambda m: (1, m.iov, 1, m.iov),
         SUCCESS),
    case("fd_pwrite", "iovs and nwritten past the end", lambda m: (1, FAR, 1, U64, FAR)),
    # fd_read
    case("fd_read", "iovs past the end", lambda m: (0, FAR, 1, m.good), FAULT),
    case("fd_read", "iovec buffer wraps 2^32",
         lambda m: (0, m.iovecs((0xFFFFFFF8, 0x10)), 1, m.good), FAULT),
    case("fd_read", "nread past the end", lambda m: (0, m.iov, 1, FAR), FAULT),
    case("fd_read", "overlapping iovecs, nread inside one",
         lambda m: (0, m.iovecs((m.good, 64), (m.good + 8, 64)), 2, m.good + 16), SUCCESS),
    case("fd_pread", "iovs and nread past the end", lambda m: (0, FAR, 1, U64, FAR)),
    # arguments and environment
    case("args_sizes_get", "argc past the end", lambda m: (FAR, m.good), FAULT),
    case("args_sizes_get", "size straddles the end", lambda m: (m.good, m.end - 2), FAULT),
    case("args_get", "argv past the end", lambda m: (FAR, m.good), FAULT),
    case("args_get", "buffer at the last byte", lambda m: (m.good, m.end - 1), FAULT),
    case("args_get", "buffer wraps 2^32", lambda m: (m.good, U32), FAULT),
    case("args_get", "argv and buffer overlap", lambda m: (m.good, m.good), SUCCESS),
    case("environ_sizes_get", "count past the end", lambda m: (FAR, m.good), FAULT),
    # Nothing to write with an empty environment: success or EFAULT, never a write.
    case("environ_get", "both past the end", lambda m: (FAR, FAR), SUCCESS, FAULT),
    # clocks and randomness (denied by default: refused before any pointer is used)
    case("clock_res_get", "result past the end", lambda m: (0, FAR), NOTCAPABLE),
    case("clock_time_get", "result past the end", lambda m: (1, 0, FAR), NOTCAPABLE),
    case("clock_time_get", "unknown clock", lambda m: (U32, U64, FAR), INVAL, NOTCAPABLE),
    case("random_get", "4 GiB past the end", lambda m: (FAR, U32), NOTCAPABLE),
    # descriptor state
    case("fd_fdstat_get", "result past the end", lambda m: (1, FAR), FAULT),
    case("fd_fdstat_get", "result straddles the end", lambda m: (1, m.end - 8), FAULT),
    case("fd_filestat_get", "result past the end", lambda m: (1, FAR), FAULT),
    case("fd_fdstat_set_flags", "no such descriptor", lambda m: (1000, U32), BADF),
    case("fd_fdstat_set_rights", "no such descriptor", lambda m: (1000, U64, U64), BADF),
    case("fd_filestat_set_size", "no such descriptor", lambda m: (1000, U64), BADF),
    case("fd_filestat_set_times", "no such descriptor", lambda m: (1000, U64, U64, U32), BADF),
    case("fd_advise", "huge range", lambda m: (1, U64, U64, U32)),
    case("fd_allocate", "huge range", lambda m: (1, U64, U64)),
    case("fd_close", "descriptor 2^32 - 1", lambda m: (U32,), BADF),
    case("fd_close", "descriptor that does not exist", lambda m: (1000,), BADF),
    case("fd_datasync", "no such descriptor", lambda m: (1000,), BADF),
    case("fd_sync", "no such descriptor", lambda m: (1000,), BADF),
    case("fd_renumber", "onto 2^32 - 1", lambda m: (1, U32)),
    case("fd_renumber", "from a descriptor that does not exist", lambda m: (1000, 1), BADF),
    case("fd_seek", "result past the end", lambda m: (1, U64, 0, FAR)),
    case("fd_tell", "result past the end", lambda m: (1, FAR)),
    case("fd_prestat_get", "result past the end", lambda m: (3, FAR)),
    case("fd_prestat_dir_name", "name past the end, 4 GiB long", lambda m: (3, FAR, U32)),
    case("fd_readdir", "buffer and result past the end", lambda m: (3, FAR, U32, U64, FAR)),
    # paths, below the only directory the sandbox may have (fd 3) and a missing one
    case("path_open", "path past the end, 4 GiB long",
         lambda m: (3, 0, FAR, U32, 0, U64, U64, 0, FAR)),
    case("path_open", "result past the end", lambda m: (3, 1, m.good, 4, 0xF, U64, U64, U32, FAR)),
    case("path_open", "no such directory", lambda m: (1000, 0, m.good, 4, 0, 0, 0, 0, m.good)),
    case("path_create_directory", "path wraps 2^32", lambda m: (3, FAR, 0x20)),
    case("path_remove_directory", "path past the end", lambda m: (3, FAR, U32)),
    case("path_unlink_file", "path past the end", lambda m: (3, FAR, U32)),
    case("path_filestat_get", "path and result past the end", lambda m: (3, 1, FAR, U32, FAR)),
    case("path_filestat_set_times", "path past the end",
         lambda m: (3, 1, FAR, U32, U64, U64, U32)),
    case("path_link", "both paths past the end", lambda m: (3, 1, FAR, U32, 3, FAR, U32)),
    case("path_rename", "both paths past the end", lambda m: (3, FAR, U32, 3, FAR, U32)),
    case("path_symlink", "both paths past the end", lambda m: (FAR, U32, 3, FAR, U32)),
    case("path_readlink", "everything past the end", lambda m: (3, FAR, U32, FAR, U32, FAR)),
    # polling
    case("poll_oneoff", "subscriptions past the end", lambda m: (FAR, m.good, 1, m.good), FAULT),
    case("poll_oneoff", "events past the end", lambda m: (m.good, FAR, 1, m.good), FAULT),
    case("poll_oneoff", "count whose byte size wraps 32 bits",
         lambda m: (m.good, m.good, 0x10000000, m.good), FAULT, INVAL),
    case("poll_oneoff", "nevents past the end", lambda m: (m.good, m.good + 64, 1, FAR), FAULT),
    case("poll_oneoff", "no subscriptions", lambda m: (m.good, m.good, 0, m.good), INVAL),
    case("poll_oneoff", "events overlap subscriptions (clock, fd 1, fd 1000)",
         lambda m: (subs := _subscriptions(m), subs, 3, m.good), SUCCESS),
    # sockets: never granted
    case("sock_accept", "result past the end", lambda m: (3, U32, FAR)),
    case("sock_recv", "everything past the end", lambda m: (1, FAR, U32, U32, FAR, FAR)),
    case("sock_send", "everything past the end", lambda m: (1, FAR, U32, U32, FAR)),
    case("sock_shutdown", "no such descriptor", lambda m: (1000, U32)),
    case("sched_yield", "no arguments", lambda m: (), SUCCESS),
]


def _subscriptions(m: Memory) -> int:
    """A clock subscription (denied: nothing sleeps), fd 1 writable, fd 1000 missing."""
    clock = struct.pack("<QB7xIIQQH6x", 1, 0, 1, 0, 10**9, 0, 0)
    write = struct.pack("<QB7xI28x", 2, 2, 1)
    missing = struct.pack("<QB7xI28x", 3, 1, 1000)
    return int(m.sb.alloc(clock + write + missing + bytes(48)))


def _ids(cases: list[Case]) -> list[str]:
    return [f"{c.function}: {c.what}" for c in cases]


@pytest.mark.parametrize("attack", CASES, ids=_ids(CASES))
def test_hostile_wasi_arguments_get_an_errno(wasi: Containment, attack: Case) -> None:
    m = wasi.m
    with m.Sandbox() as sb:
        good = sb.alloc(256)
        memory = Memory(sb, good, sb.alloc(struct.pack("<II", good, 8)), sb.memory_size)
        args = attack.args(memory)
        low = sb.read(*LOW)
        result = getattr(sb, f"x_{attack.function}")(*args)
        assert result in attack.expected, f"errno {result}, expected one of {attack.expected}"
        assert not sb.poisoned
        assert sb.read(*LOW) == low, "the host wrote where a 32-bit wraparound lands"
        assert sb.ok(1) == 3
        wasi.check_outside()
        sb.reset()
        assert sb.ok(2) == 5


def test_iovec_totals_over_4_gib_are_refused(wasi: Containment) -> None:
    """1024 iovecs of 8 MiB each: every one inside memory, 8 GiB in total."""
    with wasi.m.Sandbox() as sb:
        assert sb.grow_by(128) > 0
        size = sb.memory_size
        assert size > 8 << 20
        iovs = sb.alloc(struct.pack("<II", 0, 8 << 20) * 1024)
        nwritten = sb.alloc(4)
        sb.write(nwritten, b"\xaa" * 4)
        assert sb.x_fd_write(1, iovs, 1024, nwritten) == INVAL
        assert sb.read(nwritten, 4) == b"\xaa" * 4
        assert sb.x_fd_write(1, iovs, 1, nwritten) == SUCCESS  # one of them alone is fine
        assert struct.unpack("<I", sb.read(nwritten, 4))[0] == 8 << 20
        wasi.check_outside()


@pytest.mark.parametrize(("code", "expected"), [(0, 0), (3, 3), (U32, -1)])
def test_proc_exit_with_any_code(wasi: Containment, code: int, expected: int) -> None:
    error = wasi.attack(lambda sb: sb.x_proc_exit(code), wasi.m.SandboxExit)
    assert error.code == expected  # type: ignore[attr-defined]


@pytest.mark.parametrize("signal", [0, 6, 11, U32])
def test_proc_raise_with_any_signal(wasi: Containment, signal: int) -> None:
    wasi.attack(lambda sb: sb.x_proc_raise(signal), wasi.m.Trap)


@pytest.mark.parametrize("on_denied", ["errno", "trap"])
def test_sock_calls_on_open_descriptors_are_enotsock(wasi: Containment, on_denied: str) -> None:
    """No descriptor of a sandbox is a socket: ENOTSOCK, never a policy refusal
    (so no CapabilityDenied either), whatever the other arguments; EBADF when closed."""
    with wasi.m.Sandbox(on_denied=on_denied) as sb:
        for fd in (0, 1, 2, 3):
            assert sb.x_sock_accept(fd, 0, FAR) == NOTSOCK
            assert sb.x_sock_recv(fd, FAR, U32, U32, FAR, FAR) == NOTSOCK
            assert sb.x_sock_send(fd, FAR, U32, U32, FAR) == NOTSOCK
            assert sb.x_sock_shutdown(fd, 3) == NOTSOCK
        assert sb.x_sock_shutdown(1000, 3) == BADF
        assert not sb.poisoned
    wasi.check_outside()


def test_every_wasi_function_is_attacked() -> None:
    attacked = {c.function for c in CASES} | {"proc_exit", "proc_raise"}
    assert attacked == set(WASI_FUNCTIONS)
