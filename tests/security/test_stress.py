"""Stress: many threads on many sandboxes with traps mixed in; memory over 100,000
sandbox lifetimes. Bounded in time: a deadlock fails the test instead of hanging it."""

from __future__ import annotations

import random
import subprocess
import sys
import textwrap
import threading
from typing import TYPE_CHECKING

import pytest
from seclib import Containment, HostCanary, load

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

THREADS, SANDBOXES, CALLS = 4, 4, 2000
DEADLINE = 120.0  # seconds for any one group of threads


@pytest.fixture(scope="module")
def traps(corpus: dict[str, Path], canary: HostCanary) -> Containment:
    return Containment(load(corpus, "_sec_traps"), canary)


def _run_threads(work: Callable[[int], None], count: int) -> None:
    errors: list[BaseException] = []

    def guarded(n: int) -> None:
        try:
            work(n)
        except BaseException as error:  # reported below, with the thread's number
            errors.append(error)

    threads = [threading.Thread(target=guarded, args=(n,), daemon=True) for n in range(count)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(DEADLINE)
    assert not any(t.is_alive() for t in threads), "deadlock: threads still running"
    assert not errors, errors[:3]


def test_threads_times_sandboxes_times_calls_with_traps(traps: Containment) -> None:
    """Each thread drives its own sandboxes: every result right, every trap the right
    exception, each sandbox usable after reset() -- 4 x 4 x 2000 calls."""
    m = traps.m

    def work(n: int) -> None:
        rng = random.Random(n)
        boxes = [m.Sandbox() for _ in range(SANDBOXES)]
        for i, sb in enumerate(boxes):
            sb.state_set(n * 100 + i)
        for call in range(CALLS):
            i = rng.randrange(SANDBOXES)
            sb = boxes[i]
            roll = rng.random()
            if roll < 0.02:
                with pytest.raises(m.DivideByZero):
                    sb.div_s32(call, 0)
                with pytest.raises(m.SandboxPoisoned):
                    sb.ok(1)
                sb.reset()
                sb.state_set(n * 100 + i)
            elif roll < 0.03:
                with pytest.raises(m.SandboxExit):
                    sb.call_exit(call & 0xFF)
                sb.reset()
                sb.state_set(n * 100 + i)
            else:
                a, b = rng.randrange(-(2**31), 2**31), rng.randrange(1, 2**31)
                assert sb.div_s32(a, b) == int(a / b)
                assert sb.state_get() == n * 100 + i
        for sb in boxes:
            sb.close()

    _run_threads(work, THREADS)
    traps.check_outside()


def test_threads_sharing_sandboxes_that_trap(traps: Containment) -> None:
    """Four threads share two sandboxes; each call may trap, another thread may reset
    meanwhile. Allowed outcomes: the right result, the trap, SandboxPoisoned. Never a
    wrong result, a crash or a hang."""
    m = traps.m
    shared = [m.Sandbox(), m.Sandbox()]
    counts = {"ok": 0, "trap": 0, "poisoned": 0}
    lock = threading.Lock()

    def work(n: int) -> None:
        rng = random.Random(1000 + n)
        for call in range(CALLS):
            sb = shared[rng.randrange(2)]
            outcome = "ok"
            try:
                if rng.random() < 0.05:
                    sb.div_s32(1, 0)
                    raise AssertionError("no trap")
                x = rng.randrange(2**20)
                assert sb.ok(x) == 2 * x + 1
            except m.DivideByZero:
                outcome = "trap"
                sb.reset()
            except m.SandboxPoisoned:
                outcome = "poisoned"
                if rng.random() < 0.5:
                    sb.reset()
            with lock:
                counts[outcome] += 1
            del call

    _run_threads(work, THREADS)
    for sb in shared:
        if sb.poisoned:
            sb.reset()
        assert sb.ok(3) == 7
        sb.close()
    assert sum(counts.values()) == THREADS * CALLS
    assert counts["ok"] > 0 and counts["trap"] > 0
    traps.check_outside()


LIFETIMES = """
    import os, sys
    sys.path.insert(0, {folder!r})
    import {module} as m

    def rss():
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")

    def cycle(i):
        sb = m.Sandbox()
        assert sb.ok(i & 0xFFFF) == 2 * (i & 0xFFFF) + 1
        if i % 100 == 0:  # a trap, a reset, a buffer
            try:
                sb.div_s32(1, 0)
            except m.DivideByZero:
                sb.reset()
            ptr = sb.alloc(b"x" * 1000)
            sb.free(ptr)
        sb.close()

    for i in range(5000):  # warm up: allocator pools, caches
        cycle(i)
    before = rss()
    for i in range({cycles}):
        cycle(i)
    after = rss()
    print(before, after)
"""


def _child_output(script: str) -> list[str]:
    """Run `script` in a fresh Python process (so that its growth and limits are its
    own); the words it printed. It must exit cleanly."""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=300, check=False)
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout.split()


def test_memory_is_stable_over_100_000_sandbox_lifetimes(corpus: dict[str, Path]) -> None:
    script = textwrap.dedent(LIFETIMES.format(folder=str(corpus["_sec_traps"]),
                                              module="_sec_traps", cycles=100_000))
    words = _child_output(script)
    before, after = map(int, words)
    # A leak of even 100 bytes per lifetime would show as 10 MB.
    assert after - before < 4 << 20, f"RSS grew by {(after - before) >> 10} KiB"


FAILED_CREATIONS = """
    import os, sys
    sys.path.insert(0, {folder!r})
    import _sec_init_trap as m

    def rss():
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")

    def attempt():
        try:
            m.Sandbox()
        except m.DivideByZero:
            return
        raise AssertionError("no trap")

    for _ in range(2000):
        attempt()
    before = rss()
    for _ in range(20000):
        attempt()
    print(before, rss())
"""


def test_memory_is_stable_over_failed_creations(corpus: dict[str, Path]) -> None:
    """Sandbox() of a library whose initialisation traps, 20,000 times."""
    script = textwrap.dedent(FAILED_CREATIONS.format(folder=str(corpus["_sec_init_trap"])))
    words = _child_output(script)
    before, after = map(int, words)
    assert after - before < 4 << 20, f"RSS grew by {(after - before) >> 10} KiB"


OUT_OF_MAPPINGS = """
    import mmap, sys
    sys.path.insert(0, {folder!r})
    import _sec_heap as m

    # Use up the process's memory mappings (vm.max_map_count) but a few hundred: each
    # shared anonymous mmap is a mapping of its own (they never merge).
    with open("/proc/sys/vm/max_map_count") as f:
        limit = int(f.read())
    hogs = []
    try:
        while len(hogs) < limit:
            hogs.append(mmap.mmap(-1, 4096))
    except OSError:
        pass
    del hogs[-300:]
    boxes = []
    try:
        while True:
            boxes.append(m.Sandbox())
    except MemoryError as error:
        print("MemoryError", "vm.max_map_count" in str(error))
    ok = all(sb.grow_by(1) != -1 for sb in boxes)  # the ones made still work
    for sb in boxes[:20]:
        sb.close()
    again = [m.Sandbox() for _ in range(5)]  # and after closing some, new ones do
    print(len(boxes) > 50, ok, all(sb.grow_by(1) != -1 for sb in again))
"""


def test_running_out_of_memory_mappings_is_memory_error(corpus: dict[str, Path]) -> None:
    """Every sandbox takes two memory mappings; a process at vm.max_map_count gets
    MemoryError from Sandbox() (wasm2c's own allocator would abort the process), the
    sandboxes it has keep working, and closing some makes room again."""
    script = textwrap.dedent(OUT_OF_MAPPINGS.format(folder=str(corpus["_sec_heap"])))
    words = _child_output(script)
    assert words == ["MemoryError", "True", "True", "True", "True"]
