"""Each capability granted alone: exactly that one thing works, the rest stays denied."""

from __future__ import annotations

import os
import time
from typing import TYPE_CHECKING

import pytest
from capslib import EBADF, ENOENT, ENOTCAPABLE, ENOTSUP, HostState, Probe

if TYPE_CHECKING:
    from pathlib import Path
    from types import ModuleType


def still_denied(p: Probe, skip: tuple[str, ...] = ()) -> None:
    """Spot checks that the other capabilities stay denied."""
    checks = {
        "files": lambda: p.read_file("/etc/hostname") == -ENOTCAPABLE,
        "env": lambda: p.sb.p_environ_count() == 0,
        "clock": lambda: p.sb.p_clock(1) == -ENOTCAPABLE,
        "random": lambda: p.entropy(4) == -ENOTCAPABLE,
        "stdin": lambda: p.read_stdin() == b"",
        "args": lambda: p.argv() == ["_caps_probe"],
    }
    for name, check in checks.items():
        if name not in skip:
            assert check(), f"{name} should still be denied"


# ---- stdio -------------------------------------------------------------------------------


def test_stdout_inherit_writes_to_the_process(probe: ModuleType,
                                              capfd: pytest.CaptureFixture[str]) -> None:
    with Probe(probe, stdout="inherit") as p:
        assert p.printf("hello host\n") == len("hello host\n")
        assert p.sb.p_fputs_stderr(p.cstr("still hidden\n")) == 0
        still_denied(p)
    out, err = capfd.readouterr()
    assert out == "hello host\n" and "hidden" not in err


def test_stderr_inherit_writes_to_the_process(probe: ModuleType,
                                              capfd: pytest.CaptureFixture[str]) -> None:
    with Probe(probe, stderr="inherit") as p:
        assert p.sb.p_fputs_stderr(p.cstr("to the real stderr\n")) == 0
        p.printf("hidden\n")
    out, err = capfd.readouterr()
    assert err == "to the real stderr\n" and "hidden" not in out


def test_capture_keeps_output_across_calls_and_close(probe: ModuleType) -> None:
    p = Probe(probe, stdout="capture", stderr="capture")
    p.printf("one ")
    p.printf("two\n")
    p.sb.p_fputs_stderr(p.cstr("err\n"))
    assert p.sb.stdout == b"one two\n" and p.sb.stderr == b"err\n"
    with pytest.raises(probe.SandboxExit):
        p.sb.p_exit(1)
    p.sb.reset()
    p.printf("after reset\n")
    p.sb.close()
    assert p.sb.stdout == b"one two\nafter reset\n"  # still there after close()
    assert not p.sb.stdout_truncated and not p.sb.stderr_truncated


def test_deny_makes_writes_fail(probe: ModuleType) -> None:
    with Probe(probe, stdout="deny", stderr="capture") as p:
        # The host answers ENOTCAPABLE; wasi-libc's write() reports that as EBADF.
        assert p.write_fd(1, b"nope") == -EBADF
        assert p.printf("nope\n") < 0  # printf's own write fails (stdout is line-buffered)
        assert p.write_fd(2, b"yes") == 3
        assert p.sb.stderr == b"yes"


def test_stdin_bytes_are_read_then_end_of_file(probe: ModuleType) -> None:
    data = bytes(range(256)) * 40
    with Probe(probe, stdin=data) as p:
        assert p.read_stdin() == data
        assert p.read_stdin() == b""
        p.sb.reset()  # a fresh instance reads stdin from the start
        assert p.read_stdin() == data
        still_denied(p, skip=("stdin",))
    with Probe(probe, stdin=bytearray(b"copy")) as p:
        assert p.read_stdin() == b"copy"


# ---- environment and arguments -----------------------------------------------------------


def test_env_is_exactly_what_was_given(probe: ModuleType) -> None:
    before = dict(os.environ)
    with Probe(probe, env={"GREETING": "héllo", "EMPTY": ""}) as p:
        assert p.getenv("GREETING") == "héllo"
        assert p.getenv("EMPTY") == ""
        assert p.getenv("PATH") is None and p.getenv("HOME") is None
        assert p.sb.p_environ_count() == 2
        still_denied(p, skip=("env",))
    with Probe(probe, env=os.environ) as p:  # only when passed in, and then all of it
        assert p.getenv("PATH") == os.environ["PATH"]
    assert dict(os.environ) == before


def test_args_follow_the_module_name(probe: ModuleType) -> None:
    with Probe(probe, args=["-v", "input file.txt", ""]) as p:
        assert p.argv() == ["_caps_probe", "-v", "input file.txt", ""]
        still_denied(p, skip=("args",))


# ---- clocks ------------------------------------------------------------------------------


def test_clock_true_grants_real_time_and_monotonic(probe: ModuleType) -> None:
    with Probe(probe, clock=True) as p:
        now = p.sb.p_clock(0)
        assert abs(now / 1e9 - time.time()) < 5
        assert abs(p.sb.p_time() - time.time()) < 5
        first = p.sb.p_clock(1)
        assert p.sb.p_sleep_ms(20) == 0
        assert p.sb.p_clock(1) - first >= 19_000_000
        assert p.sb.p_clock(2) == -ENOTCAPABLE  # CPU time is never granted
        still_denied(p, skip=("clock",))


def test_clock_monotonic_grants_durations_only(probe: ModuleType) -> None:
    with Probe(probe, clock="monotonic") as p:
        assert p.sb.p_clock(1) > 0
        assert p.sb.p_clock(0) == -ENOTCAPABLE
        assert p.sb.p_time() == 0
        assert p.sb.p_sleep_ms(1) == -ENOTSUP  # nanosleep sleeps on the real-time clock


# ---- randomness --------------------------------------------------------------------------


def test_random_true_is_the_host_csprng(probe: ModuleType) -> None:
    with Probe(probe, random=True) as p:
        a, b = p.entropy(32), p.entropy(32)
        assert isinstance(a, bytes) and isinstance(b, bytes) and a != b
        still_denied(p, skip=("random",))


def xoshiro256ss(seed: int, n: int) -> bytes:
    """The documented generator for random=<seed>: xoshiro256** seeded by splitmix64."""
    mask = (1 << 64) - 1
    x = seed & mask
    state = []
    for _ in range(4):
        x = (x + 0x9E3779B97F4A7C15) & mask
        z = x
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & mask
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & mask
        state.append(z ^ (z >> 31))

    def rotl(v: int, k: int) -> int:
        return ((v << k) | (v >> (64 - k))) & mask

    out = b""
    while len(out) < n:
        s0, s1, s2, s3 = state
        out += (rotl(s1 * 5 & mask, 7) * 9 & mask).to_bytes(8, "little")
        t = s1 << 17 & mask
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = rotl(s3, 45)
        state = [s0, s1, s2, s3]
    return out[:n]


def test_seeded_random_is_reproducible(probe: ModuleType) -> None:
    with Probe(probe, random=42) as a, Probe(probe, random=42) as b, \
            Probe(probe, random=-1) as c:
        first = a.entropy(24)
        assert first == b.entropy(24) == xoshiro256ss(42, 24)
        assert a.entropy(16) == xoshiro256ss(42, 24 + 16)[24:]  # whole 8-byte words per call
        assert c.entropy(8) == xoshiro256ss(2**64 - 1, 8)
        a.sb.reset()
        assert a.entropy(24) == first  # each instance replays the sequence


# ---- files -------------------------------------------------------------------------------


def test_in_memory_files_are_readable_and_read_only(probe: ModuleType) -> None:
    files = {"/data/words.txt": b"apple\nbanana\n", "/data/sub/deep.bin": bytes(300),
             "/top.txt": b"top"}
    with Probe(probe, files=files) as p:
        assert p.read_file("/data/words.txt") == b"apple\nbanana\n"
        assert p.read_file("/data/sub/deep.bin") == bytes(300)
        assert p.read_file("top.txt") == b"top"  # relative to the working directory, "/"
        assert p.stat("/data/words.txt") == (13, 1)
        assert p.stat("/data/sub") == (0, 2)
        assert p.listdir("/data") == [".", "..", "sub", "words.txt"]
        assert p.listdir("/") == [".", "..", "data", "top.txt"]
        assert p.read_file("/data/missing") == -ENOENT
        assert p.read_file("/etc/passwd") == -ENOENT  # only the given files exist
        for attempt in (p.write_file("/data/words.txt", b"x"), p.write_file("/new", b"x"),
                        p.write_file("/data/words.txt", b"x", mode=1),
                        p.call("p_unlink", "/data/words.txt"),
                        p.call("p_rename", "/data/words.txt", "/data/w"),
                        p.call("p_mkdir", "/data/new"), p.call("p_rmdir", "/data/sub"),
                        p.open("/data/words.txt", 2)):
            assert attempt == -ENOTCAPABLE
        assert p.read_file("/data/../../etc/passwd") == -ENOTCAPABLE
        assert p.read_file("/data/words.txt") == b"apple\nbanana\n"
        still_denied(p, skip=("files",))


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """root/ (to be preopened) with files, and a secret beside it."""
    root = tmp_path / "root"
    (root / "sub").mkdir(parents=True)
    (root / "hello.txt").write_bytes(b"hello\n")
    (root / "sub" / "inner.txt").write_bytes(b"inner\n")
    (tmp_path / "secret.txt").write_bytes(b"SECRET\n")
    return tmp_path


def test_read_only_preopen(probe: ModuleType, tree: Path) -> None:
    before = HostState.capture(tree)
    with Probe(probe, preopens={"/data": str(tree / "root")}) as p:
        assert p.read_file("/data/hello.txt") == b"hello\n"
        assert p.read_file("/data/sub/inner.txt") == b"inner\n"
        assert p.stat("/data/hello.txt") == (6, 1)
        assert p.mtime() == 0  # time stamps hidden without clock=True
        assert p.listdir("/data") == [".", "..", "hello.txt", "sub"]
        for attempt in (p.write_file("/data/hello.txt", b"x"),
                        p.write_file("/data/new.txt", b"x"),
                        p.write_file("/data/hello.txt", b"x", mode=1),
                        p.write_file("/data/hello.txt", b"x", mode=2),
                        p.open("/data/hello.txt", 1), p.open("/data/new", 4),
                        p.call("p_unlink", "/data/hello.txt"),
                        p.call("p_rename", "/data/hello.txt", "/data/moved"),
                        p.call("p_mkdir", "/data/made"), p.call("p_rmdir", "/data/sub")):
            assert attempt == -ENOTCAPABLE
        assert p.read_file("/elsewhere") == -ENOTCAPABLE  # outside every preopen
        still_denied(p, skip=("files",))
    with Probe(probe, preopens={"/data": tree / "root"}, clock=True) as p:  # a PathLike too
        assert isinstance(p.stat("/data/hello.txt"), tuple)
        assert abs(p.mtime() - (tree / "root" / "hello.txt").stat().st_mtime) < 2
    assert HostState.capture(tree) == before


def test_read_write_preopen(probe: ModuleType, tree: Path) -> None:
    root = tree / "root"
    with Probe(probe, preopens={"/data": (str(root), "rw")}) as p:
        assert p.write_file("/data/new.txt", b"made here") == 9
        assert p.write_file("/data/new.txt", b"+more", mode=1) == 5
        assert (root / "new.txt").read_bytes() == b"made here+more"
        assert p.call("p_mkdir", "/data/made") == 0 and (root / "made").is_dir()
        assert p.call("p_rename", "/data/new.txt", "/data/made/moved.txt") == 0
        assert (root / "made" / "moved.txt").read_bytes() == b"made here+more"
        assert p.call("p_unlink", "/data/made/moved.txt") == 0
        assert p.call("p_rmdir", "/data/made") == 0
        assert p.call("p_rmdir", "/data/sub") < 0  # not empty: the host says no
        assert p.open("/data/hello.txt", 4 | 8) == -20  # O_CREAT|O_EXCL on an existing file
        # Links are never created, even where writing is allowed:
        assert p.call("p_symlink", "hello.txt", "/data/link") == -ENOTCAPABLE
        assert p.call("p_link", "/data/hello.txt", "/data/hard") == -ENOTCAPABLE
    assert sorted(path.name for path in root.iterdir()) == ["hello.txt", "sub"]
    assert (tree / "secret.txt").read_bytes() == b"SECRET\n"


def test_preopens_and_files_together(probe: ModuleType, tree: Path) -> None:
    with Probe(probe, preopens={"/data": str(tree / "root")},
               files={"/etc/app.conf": b"conf"}) as p:
        assert p.read_file("/data/hello.txt") == b"hello\n"
        assert p.read_file("/etc/app.conf") == b"conf"
        assert p.read_file(str(tree / "secret.txt")) == -ENOENT  # only in the memory tree


def test_closed_descriptors_stay_closed(probe: ModuleType) -> None:
    with Probe(probe, stdout="capture") as p:
        assert p.write_fd(5, b"x") == -EBADF
        assert p.write_fd(1, b"ok") == 2


# ---- memory ------------------------------------------------------------------------------


def test_memory_limit_makes_malloc_fail_inside(probe: ModuleType) -> None:
    chunk = 64 << 10
    with Probe(probe) as unlimited:
        start = unlimited.sb.memory_size
        big = unlimited.sb.p_malloc_until_null(chunk, 200)
        assert big == 200  # 12.5 MiB fits the build's 64 MiB
    limit = start + (1 << 20)
    with Probe(probe, memory_limit=limit) as p:
        n = p.sb.p_malloc_until_null(chunk, 200)
        assert 0 < n < 17  # about 1 MiB more, not 12.5
        assert p.sb.memory_size <= limit
        p.sb.reset()  # the limit holds for each fresh instance
        assert p.sb.p_malloc_until_null(chunk, 200) == n
        assert p.sb.memory_size <= limit
    with pytest.raises(ValueError, match="starts with"):
        probe.Sandbox(memory_limit=65536)  # below the library's initial memory


# ---- on_denied="trap" --------------------------------------------------------------------


@pytest.mark.parametrize(("attempt", "call", "detail"), [
    (lambda p: p.read_file("/etc/passwd"), "path_open", "'/etc/passwd'"),
    (lambda p: p.sb.p_clock(0), "clock_time_get", "real-time clock"),
    (lambda p: p.entropy(8), "random_get", "random bytes"),
    (lambda p: p.write_fd(1, b"x"), "fd_write", "stdout"),
    (lambda p: p.listdir("/"), "path_open", "'/':"),
    (lambda p: p.call("p_unlink", "/tmp/x"), "path_unlink_file", "'/tmp/x'"),
])
def test_trap_names_the_call_and_what_was_asked(probe: ModuleType, attempt: object, call: str,
                                                detail: str) -> None:
    with Probe(probe, on_denied="trap", stdout="deny") as p:
        with pytest.raises(probe.CapabilityDenied) as denied:
            attempt(p)  # type: ignore[operator]
        assert isinstance(denied.value, probe.Trap)
        assert denied.value.call == call and detail in denied.value.detail
        assert call in str(denied.value) and detail in str(denied.value)
        with pytest.raises(probe.SandboxPoisoned):
            p.sb.p_environ_count()
        p.sb.reset()
        assert p.sb.p_environ_count() == 0


def test_trap_on_a_read_only_preopen(probe: ModuleType, tree: Path) -> None:
    with Probe(probe, preopens={"/data": str(tree / "root")}, on_denied="trap") as p:
        assert p.read_file("/data/hello.txt") == b"hello\n"  # granted: no trap
        with pytest.raises(probe.CapabilityDenied, match="read-only preopen") as denied:
            p.write_file("/data/hello.txt", b"x")
        assert "'/data/hello.txt'" in denied.value.detail
    assert (tree / "root" / "hello.txt").read_bytes() == b"hello\n"
