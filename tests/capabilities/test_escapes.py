"""Escape attempts against a preopened directory: "..", absolute paths, symlinks out
(to files and to directories, relative and absolute), and a directory swapped for a
symlink while the sandbox resolves paths through it. Every one fails; the host files
beside the preopen are never read, written, created, renamed or removed.

Each test runs against both ways the runtime resolves paths (openat2, and its own
component-by-component walk), through `resolver_probe`.
"""

from __future__ import annotations

import ctypes
import os
import sys
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from capslib import ELOOP, ENOTCAPABLE, HostState, Probe

if TYPE_CHECKING:
    from collections.abc import Callable
    from types import ModuleType


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """root/ (preopened as /data) full of links that lead out, beside the secrets."""
    root, outside = tmp_path / "root", tmp_path / "outside"
    (root / "sub").mkdir(parents=True)
    outside.mkdir()
    (tmp_path / "secret.txt").write_bytes(b"SECRET beside root\n")
    (outside / "secret.txt").write_bytes(b"SECRET in outside\n")
    (root / "inside.txt").write_bytes(b"INSIDE\n")
    (root / "sub" / "inner.txt").write_bytes(b"inner\n")
    links = {
        "link_file_rel": "../secret.txt",
        "link_file_abs": str(tmp_path / "secret.txt"),
        "link_dir_rel": "..",
        "link_dir_abs": str(outside),
        "link_dir_up": "../outside",
        "link_chain": "link_chain2",
        "link_chain2": "sub/../../secret.txt",
        "link_dangling_out": "../created_outside.txt",
        "link_proc": "/proc/self/cwd",
        "link_loop": "link_loop",
        "link_ok": "inside.txt",
        "sub/link_up_ok": "../inside.txt",
        "sub/link_up_out": "../../secret.txt",
    }
    for name, target in links.items():
        (root / name).symlink_to(target)
    return tmp_path


def data(tree: Path, mode: str = "ro") -> dict[str, object]:
    root = str(tree / "root")
    return {"/data": (root, mode) if mode == "rw" else root}


def test_dot_dot_and_absolute_paths_are_refused(resolver_probe: ModuleType, tree: Path) -> None:
    before = HostState.capture(tree)
    with Probe(resolver_probe, preopens=data(tree)) as p:
        for path in ("/data/../secret.txt", "/data/sub/../../secret.txt",
                     "/data/./sub/../.././secret.txt", "/data/sub/../../outside/secret.txt",
                     "/data/..//secret.txt", str(tree / "secret.txt")):
            assert p.read_file(path) == -ENOTCAPABLE, path
        assert p.listdir("/data/..") == -ENOTCAPABLE
        assert p.stat("/data/../secret.txt") == -ENOTCAPABLE
        # openat() relative to an opened subdirectory: resolved beneath that directory.
        assert p.read_at("/data/sub", "../../secret.txt") == -ENOTCAPABLE
        assert p.read_at("/data/sub", str(tree / "secret.txt")) == -ENOTCAPABLE
        # ".." that stays inside is fine.
        assert p.read_file("/data/sub/../inside.txt") == b"INSIDE\n"
        assert p.read_at("/data/sub", "inner.txt") == b"inner\n"
    assert HostState.capture(tree) == before


def test_symlinks_pointing_out_are_refused(resolver_probe: ModuleType, tree: Path) -> None:
    before = HostState.capture(tree)
    with Probe(resolver_probe, preopens=data(tree)) as p:
        for path in ("/data/link_file_rel", "/data/link_file_abs", "/data/link_chain",
                     "/data/link_dir_rel/secret.txt", "/data/link_dir_abs/secret.txt",
                     "/data/link_dir_up/secret.txt", "/data/sub/link_up_out",
                     "/data/link_proc/secret.txt", "/data/link_dir_rel/root/inside.txt"):
            assert p.read_file(path) == -ENOTCAPABLE, path
            assert p.stat(path) == -ENOTCAPABLE, path
        for path in ("/data/link_dir_rel", "/data/link_dir_abs", "/data/link_dir_up"):
            assert p.listdir(path) == -ENOTCAPABLE, path
        assert p.read_file("/data/link_loop") == -ELOOP
        # The links themselves may be looked at; they are inside.
        assert p.lstat("/data/link_file_abs") == (len(str(tree / "secret.txt")), 3)
        # Links that stay beneath the preopen work.
        assert p.read_file("/data/link_ok") == b"INSIDE\n"
        assert p.read_file("/data/sub/link_up_ok") == b"INSIDE\n"
    assert HostState.capture(tree) == before


def test_writes_never_reach_outside(resolver_probe: ModuleType, tree: Path) -> None:
    outside_before = HostState.capture(tree / "outside")
    secret = (tree / "secret.txt").read_bytes()
    with Probe(resolver_probe, preopens=data(tree, "rw")) as p:
        for path in ("/data/link_file_rel", "/data/link_file_abs", "/data/link_dangling_out",
                     "/data/link_dir_abs/new.txt", "/data/link_dir_up/secret.txt",
                     "/data/../secret.txt", "/data/../new.txt", "/data/sub/link_up_out"):
            assert p.write_file(path, b"PWNED") == -ENOTCAPABLE, path
            assert p.write_file(path, b"PWNED", mode=1) == -ENOTCAPABLE, path
        for name, args in (("p_unlink", ("/data/link_dir_rel/secret.txt",)),
                           ("p_unlink", ("/data/../secret.txt",)),
                           ("p_rename", ("/data/link_dir_up/secret.txt", "/data/stolen")),
                           ("p_rename", ("/data/inside.txt", "/data/../dropped.txt")),
                           ("p_rename", ("/data/inside.txt", "/data/link_dir_abs/x")),
                           ("p_mkdir", ("/data/link_dir_abs/made",)),
                           ("p_mkdir", ("/data/../made",)),
                           ("p_rmdir", ("/data/link_dir_up",)),
                           ("p_rmdir", ("/data/../outside",))):
            result = p.call(name, *args)
            assert result < 0, (name, args)
        # Removing a link removes the link, never its target.
        assert p.call("p_unlink", "/data/link_file_abs") == 0
        assert p.call("p_rename", "/data/link_dir_abs", "/data/renamed_link") == 0
    assert (tree / "secret.txt").read_bytes() == secret
    assert not (tree / "created_outside.txt").exists()
    assert not (tree / "dropped.txt").exists() and not (tree / "made").exists()
    assert HostState.capture(tree / "outside") == outside_before
    assert (tree / "root" / "renamed_link").is_symlink()


def test_special_files_cannot_hang_the_sandbox(resolver_probe: ModuleType, tree: Path) -> None:
    os.mkfifo(tree / "root" / "fifo")
    with Probe(resolver_probe, preopens=data(tree)) as p:
        assert p.read_file("/data/fifo") == b""  # no writer: end of file, not a hang


def test_the_preopen_is_the_directory_opened_at_creation(resolver_probe: ModuleType,
                                                         tree: Path) -> None:
    with Probe(resolver_probe, preopens=data(tree)) as p:
        (tree / "root").rename(tree / "moved")
        (tree / "root").mkdir()
        (tree / "root" / "inside.txt").write_bytes(b"impostor\n")
        assert p.read_file("/data/inside.txt") == b"INSIDE\n"


def exchange_function() -> Callable[[Path, Path], None]:
    """Atomically swap two names (Linux renameat2 RENAME_EXCHANGE), so that root/d is
    at every instant either the directory or a link out; else three plain renames."""
    libc = ctypes.CDLL(None, use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)

    def exchange(a: Path, b: Path) -> None:
        if renameat2(-100, bytes(a), -100, bytes(b), 2) != 0:  # AT_FDCWD, RENAME_EXCHANGE
            error = ctypes.get_errno()
            raise OSError(error, os.strerror(error))

    def three_renames(a: Path, b: Path) -> None:
        a.rename(a.with_name("swap"))
        b.rename(a)
        a.with_name("swap").rename(b)

    return exchange if renameat2 is not None and sys.platform == "linux" else three_renames


class Swapper(threading.Thread):
    """Swaps root/d between a real directory and symlinks leading out, as fast as it
    can, until stopped (or 30 s pass)."""

    def __init__(self, root: Path, targets: list[str]) -> None:
        super().__init__(daemon=True)
        self.root = root
        self.links = [root / f"d_link{i}" for i in range(len(targets))]
        for link, target in zip(self.links, targets, strict=True):
            link.symlink_to(target)
        self.exchange = exchange_function()
        self.stop = threading.Event()
        self.swaps = 0

    def run(self) -> None:
        d = self.root / "d"
        deadline = time.monotonic() + 30
        while not self.stop.is_set() and time.monotonic() < deadline:
            link = self.links[self.swaps % len(self.links)]
            self.exchange(d, link)  # d is now a link out...
            self.exchange(d, link)  # ...and the directory again
            self.swaps += 1


def test_directory_swapped_for_a_symlink_while_resolving(resolver_probe: ModuleType,
                                                         tree: Path) -> None:
    root = tree / "root"
    (root / "d").mkdir()
    (root / "d" / "f").write_bytes(b"INSIDE d\n")
    (tree / "outside" / "f").write_bytes(b"SECRET f\n")
    (tree / "inside.txt").write_bytes(b"SECRET beside root\n")  # what d/.. would reach
    outside_before = HostState.capture(tree / "outside")
    swapper = Swapper(root, ["../outside", str(tree / "outside"), ".."])
    with Probe(resolver_probe, preopens=data(tree, "rw")) as p:
        swapper.start()
        try:
            sb = p.sb
            paths = [p.cstr(path) for path in ("/data/d/f", "/data/d/../inside.txt",
                                                "/data/d/../d/f")]
            secret, target, pwned = p.cstr("SECRET"), p.cstr("/data/d/new.txt"), p.cstr("PWNED")
            leaks = reads = denials = 0
            deadline = time.monotonic() + 20
            # Rounds until the race has visibly gone both ways many times: reads that
            # found the directory, and reads refused because a link out stood there.
            while (reads < 3000 or denials < 3000 or swapper.swaps < 5000) \
                    and time.monotonic() < deadline:
                for path in paths:
                    leaks += sb.p_race_read(path, 200, secret)
                    counts = p.race_counts()
                    reads += counts.get(0, 0)
                    denials += counts.get(ENOTCAPABLE, 0)
                assert sb.p_race_write(target, 200, pwned) >= 0
        finally:
            swapper.stop.set()
            swapper.join()
    assert leaks == 0
    assert reads >= 3000 and denials >= 3000 and swapper.swaps >= 5000, (reads, denials,
                                                                       swapper.swaps)
    assert HostState.capture(tree / "outside") == outside_before
    assert not (tree / "new.txt").exists()
