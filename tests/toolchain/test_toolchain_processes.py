"""`python -m wasmbox_build fetch` as real processes: killed midway, run twice at once, progress."""

from __future__ import annotations

import fcntl
import os
import pty
import select
import signal
import struct
import subprocess
import termios
import time
from pathlib import Path
from typing import TYPE_CHECKING

from toolchain_testlib import FakeSdk, Mirror, child_env, cli_argv, run_cli, wait_for

if TYPE_CHECKING:
    import pytest

MARKER = ".wasmbox-complete"


def _start_fetch() -> subprocess.Popen[str]:
    return subprocess.Popen(cli_argv("fetch"), env=child_env(), text=True,
                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)


def _kill(process: subprocess.Popen[str]) -> None:
    os.kill(process.pid, signal.SIGKILL)
    process.communicate(timeout=30)
    assert process.returncode == -signal.SIGKILL


def _assert_complete(root: Path, stem: str) -> None:
    assert (root / MARKER).is_file()
    assert (root / "bin" / "clang").is_file()
    assert (root / "share" / "wasi-sysroot" / "lib" / "wasm32-wasi" / "libc.a").is_file()
    assert root.name == stem
    assert list(root.parent.glob(".tmp-*")) == []
    assert list(root.parent.rglob("*.part")) == []


def test_killed_mid_extraction_is_redone(mirror: Mirror, padded_sdk: FakeSdk, cache_dir: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    mirror.serve(padded_sdk.payload, padded_sdk.asset)
    monkeypatch.setenv("WASMBOX_WASI_SDK_SHA256", padded_sdk.sha256)
    sdk_root = cache_dir / "wasi-sdk"
    final = sdk_root / padded_sdk.stem

    def extracting() -> bool:
        return any((tmp / padded_sdk.stem).exists() for tmp in sdk_root.glob(".tmp-*"))

    first = _start_fetch()
    try:
        assert wait_for(extracting, timeout=60), "extraction never started"
    finally:
        _kill(first)
    # What a killed process leaves: a half-filled temporary folder, no final folder.
    assert list(sdk_root.glob(".tmp-*"))
    assert not final.exists()

    second = run_cli("fetch")
    assert second.returncode == 0, second.stderr
    assert Path(second.stdout.strip()) == final
    assert mirror.requests == 2
    _assert_complete(final, padded_sdk.stem)
    assert len(list((final / "share" / "padding").rglob("*.txt"))) == 12000


def test_killed_mid_download_is_redone(mirror: Mirror, fake_sdk: FakeSdk, cache_dir: Path) -> None:
    mirror.serve(fake_sdk.payload, fake_sdk.asset, delay=0.1, chunk=32 * 1024)
    downloads = cache_dir / "wasi-sdk" / "downloads"

    def downloading() -> bool:
        return any(part.stat().st_size > 0 for part in downloads.glob("*.part"))

    first = _start_fetch()
    try:
        assert wait_for(downloading, timeout=60), "download never started"
    finally:
        _kill(first)
    assert list(downloads.glob("*.part"))  # the killed process's partial file
    assert not (cache_dir / "wasi-sdk" / fake_sdk.stem).exists()

    mirror.serve(fake_sdk.payload, fake_sdk.asset)
    second = run_cli("fetch")
    assert second.returncode == 0, second.stderr
    _assert_complete(cache_dir / "wasi-sdk" / fake_sdk.stem, fake_sdk.stem)
    assert list(downloads.iterdir()) == []  # the dead process's .part was cleaned up too


def test_two_fetches_at_once_download_once(mirror: Mirror, fake_sdk: FakeSdk,
                                           cache_dir: Path) -> None:
    mirror.serve(fake_sdk.payload, fake_sdk.asset, delay=0.08)
    processes = [_start_fetch() for _ in range(2)]
    outputs = [process.communicate(timeout=120) for process in processes]
    for process, (_, err) in zip(processes, outputs, strict=True):
        assert process.returncode == 0, err
    final = cache_dir / "wasi-sdk" / fake_sdk.stem
    assert [Path(out.strip()) for out, _ in outputs] == [final, final]
    assert mirror.requests == 1
    _assert_complete(final, fake_sdk.stem)
    # One of them downloaded (and said so); the other waited and reused it.
    assert sum("downloading" in err for _, err in outputs) == 1


def test_plain_progress_when_stderr_is_not_a_terminal(mirror: Mirror, fake_sdk: FakeSdk) -> None:
    result = run_cli("fetch")
    assert result.returncode == 0, result.stderr
    lines = result.stderr.splitlines()
    size = f"{len(fake_sdk.payload) / 1e6:.1f} MB"
    assert f"wasmbox-build: downloading {fake_sdk.asset} ({size})" in lines
    assert f"wasmbox-build: {fake_sdk.asset}: 50%" in lines
    assert f"wasmbox-build: downloaded {fake_sdk.asset} ({size})" in lines
    assert "\r" not in result.stderr and "\x1b" not in result.stderr


def _run_in_pty(argv: list[str], timeout: float) -> tuple[int, str]:
    """Run with stderr on a pseudo-terminal; return the exit code and what the terminal showed."""
    controller, terminal = pty.openpty()
    # A new pty is 0x0; give it a real terminal's size so the bar has room to draw.
    fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
    process = subprocess.Popen(argv, env=child_env(), stdin=subprocess.DEVNULL,
                               stdout=subprocess.PIPE, stderr=terminal)
    os.close(terminal)
    shown = bytearray()
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([controller], [], [], 0.1)
            if ready:
                try:
                    chunk = os.read(controller, 4096)
                except OSError:  # EIO: the child closed the terminal
                    break
                if not chunk:
                    break
                shown += chunk
            elif process.poll() is not None:
                break
        process.communicate(timeout=max(1.0, deadline - time.monotonic()))
    finally:
        os.close(controller)
        if process.poll() is None:
            process.kill()
            process.wait()
    return process.returncode, shown.decode(errors="replace")


def test_progress_bar_on_a_terminal(mirror: Mirror, fake_sdk: FakeSdk) -> None:
    mirror.serve(fake_sdk.payload, fake_sdk.asset, delay=0.05)
    code, shown = _run_in_pty(cli_argv("fetch"), timeout=120)
    assert code == 0, shown
    # tqdm redraws one line: carriage returns, a percentage and a bar, a byte rate.
    assert f"{fake_sdk.asset}:" in shown
    assert "\r" in shown
    assert "%|" in shown
    assert "B/s" in shown
    assert "wasmbox-build: downloading" not in shown
