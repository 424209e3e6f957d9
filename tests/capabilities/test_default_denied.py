"""Under the default policy every attempt to reach the outside is denied, and the
host is exactly as it was afterwards: files on disk, the environment, the terminal."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

import pytest
from capslib import EBADF, ENOTCAPABLE, ENOTSOCK, ENOTSUP, HostState, Probe

if TYPE_CHECKING:
    from pathlib import Path
    from types import ModuleType


@pytest.fixture
def host_files(tmp_path: Path) -> Path:
    """A folder of host files the sandbox knows the paths of."""
    (tmp_path / "secret.txt").write_bytes(b"SECRET\n")
    (tmp_path / "dir").mkdir()
    (tmp_path / "dir" / "inner.txt").write_bytes(b"inner\n")
    return tmp_path


def try_everything(p: Probe, folder: Path) -> dict[str, object]:
    """Every probe, against real host paths; what each returned."""
    secret, new = str(folder / "secret.txt"), str(folder / "new.txt")
    return {
        "read": p.read_file(secret),
        "read relative": p.read_file("secret.txt"),
        "read /etc/passwd": p.read_file("/etc/passwd"),
        "create": p.write_file(new, b"x"),
        "overwrite": p.write_file(secret, b"x"),
        "append": p.write_file(secret, b"x", mode=1),
        "open rdwr": p.open(secret, 2),
        "stat": p.stat(secret),
        "lstat": p.lstat(secret),
        "listdir": p.listdir(str(folder)),
        "listdir /": p.listdir("/"),
        "unlink": p.call("p_unlink", secret),
        "rename": p.call("p_rename", secret, new),
        "mkdir": p.call("p_mkdir", str(folder / "made")),
        "rmdir": p.call("p_rmdir", str(folder / "dir")),
        "symlink": p.call("p_symlink", secret, str(folder / "link")),
        "link": p.call("p_link", secret, str(folder / "hard")),
        "clock realtime": p.sb.p_clock(0),
        "clock monotonic": p.sb.p_clock(1),
        "clock cputime": p.sb.p_clock(2),
        "getentropy": p.entropy(16),
    }


def test_every_attempt_is_denied_and_the_host_is_unchanged(
    probe: ModuleType, host_files: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    os.environ["WASMBOX_CAPS_CANARY"] = "must not be seen"
    try:
        before = HostState.capture(host_files)
        with Probe(probe) as p:
            results = try_everything(p, host_files)
            assert results == {name: -ENOTCAPABLE for name in results}
            # Reads and writes that are not capabilities but ways out:
            assert p.getenv("PATH") is None and p.getenv("WASMBOX_CAPS_CANARY") is None
            assert p.sb.p_environ_count() == 0
            assert p.argv() == ["_caps_probe"]
            assert p.sb.p_time() == 0  # wasi-libc's time() reports 0 when the clock fails
            assert p.sb.p_sleep_ms(1) == -ENOTSUP  # nanosleep's answer when poll_oneoff refuses
            assert p.printf("to stdout\n") == len("to stdout\n")  # accepted, discarded
            assert p.sb.p_fputs_stderr(p.cstr("to stderr\n")) == 0
            assert p.write_fd(1, b"raw stdout\n") == len(b"raw stdout\n")
            assert p.read_stdin() == b""  # end of file
            assert p.sb.stdout == b"" and p.sb.stderr == b""  # nothing captured either
            with pytest.raises(probe.SandboxExit) as exited:
                p.sb.p_exit(7)
            assert exited.value.code == 7
        assert HostState.capture(host_files) == before
        out, err = capfd.readouterr()
        assert "stdout" not in out and "stderr" not in err
    finally:
        del os.environ["WASMBOX_CAPS_CANARY"]


def test_module_functions_run_under_the_same_default(probe: ModuleType) -> None:
    assert probe.p_environ_count() == 0
    assert probe.p_clock(0) == -ENOTCAPABLE
    assert probe.p_clock(1) == -ENOTCAPABLE
    assert probe.p_getentropy(8) == -ENOTCAPABLE
    assert probe.p_sleep_ms(1) == -ENOTSUP


def test_build_info_says_how_paths_are_resolved(probes: dict[str, ModuleType]) -> None:
    assert probes["_caps_probe"].__wasmbox__["path_resolution"] in ("openat2", "walk")
    assert probes["_caps_walk"].__wasmbox__["path_resolution"] == "walk"
    assert probes["_caps_probe"].__wasmbox__["capabilities"] == []


@pytest.mark.parametrize("on_denied", ["errno", "trap"])
def test_socket_calls_on_a_descriptor_that_is_no_socket_answer_enotsock(
    probe: ModuleType, on_denied: str
) -> None:
    """A sandbox never holds a socket, so shutdown/recv/send/accept on an open fd
    fail as on any file: ENOTSOCK, as WASI and wasi-libc expect. No capability is
    involved, so on_denied="trap" raises nothing; a closed fd stays EBADF."""
    with Probe(probe, on_denied=on_denied) as p:
        for fd in (0, 1, 2, 3):  # stdio, and "/" (the deny mount)
            assert p.sockets(fd) == dict.fromkeys(["shutdown", "recv", "send", "accept"],
                                                  -ENOTSOCK), fd
        assert p.sockets(99) == dict.fromkeys(["shutdown", "recv", "send", "accept"], -EBADF)
        assert not p.sb.poisoned
