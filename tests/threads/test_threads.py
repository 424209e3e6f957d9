"""Threads against one module: what the GIL used to make safe, and what free-threaded
CPython (3.13t and later, tests/test_freethreaded.py) runs without it.

Every test here passes on a GIL build too (they run in the ordinary suite); under a
free-threaded interpreter they are the stress tests of the runtime's own locking: the
per-sandbox lock, the default sandbox and its replacement after a trap, imports swapped by
M.set_imports(), callbacks made and released while calls run, captured output, memoryview
export counts against close() and reset().
"""

from __future__ import annotations

import itertools
import sys
import sysconfig
import threading
import time
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from collections.abc import Callable
    from types import ModuleType

THREADS = 4
FREE_THREADED = bool(sysconfig.get_config_var("Py_GIL_DISABLED"))


def run_threads(work: Callable[[int], None], count: int = THREADS, timeout: float = 120) -> None:
    """Run work(0) .. work(count - 1) on threads started together; fail on any error, or
    if a thread is still running after `timeout` seconds (a deadlock)."""
    errors: list[BaseException] = []
    start = threading.Barrier(count)

    def guarded(n: int) -> None:
        try:
            start.wait(30)
            work(n)
        except BaseException as error:  # reported below
            errors.append(error)

    threads = [threading.Thread(target=guarded, args=(n,), daemon=True) for n in range(count)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout)
    assert not [t for t in threads if t.is_alive()], "threads still running: a deadlock"
    if errors:
        raise errors[0]


def xorshift(seed: int, rounds: int) -> int:
    """work.c's spin(), in Python."""
    x = seed | 1
    for _ in range(rounds):
        x ^= (x << 13) & 0xFFFFFFFF
        x ^= x >> 17
        x ^= (x << 5) & 0xFFFFFFFF
    return x


def test_importing_the_module_leaves_the_gil_as_the_build_has_it(M: ModuleType) -> None:
    # A free-threaded interpreter turns the GIL back on when it imports a module that
    # does not declare Py_mod_gil = Py_MOD_GIL_NOT_USED; ours declares it.
    gil_enabled = getattr(sys, "_is_gil_enabled", lambda: True)()
    assert gil_enabled is not FREE_THREADED


def test_threads_on_their_own_sandboxes(M: ModuleType) -> None:
    def work(n: int) -> None:
        with M.Sandbox() as sb:
            buffer = sb.alloc(4096)
            filled = 0  # what the buffer holds
            for i in range(3000):
                assert sb.add(n * 100_000, i) == n * 100_000 + i
                assert sb.bump() == i % 1000 + 1
                if i % 97 == 0:
                    assert sb.spin(n + i, 1000) == xorshift(n + i, 1000)
                    assert sb.fill(buffer, 4096, n) == 4096 * filled
                    assert sb.read(buffer, 4096) == bytes([n]) * 4096
                    filled = n
                if i % 1000 == 999:  # a trap, then a fresh instance
                    with pytest.raises(M.DivideByZero):
                        sb.divide(1, 0)
                    assert sb.poisoned
                    with pytest.raises(M.SandboxPoisoned):
                        sb.add(1, 2)
                    sb.reset()
                    buffer = sb.alloc(4096)
                    filled = 0

    run_threads(work)


def test_threads_sharing_one_sandbox_are_serialized(M: ModuleType) -> None:
    sb = M.Sandbox(stdout="capture")
    calls = 2000

    def work(n: int) -> None:
        for i in range(calls):
            sb.bump()
            if i % 200 == 0:
                assert sb.print_lines(3) == 3
                assert b"line 2\n" in sb.stdout  # read under the lock while others call
                with sb.memory as view:
                    assert len(view) >= 65536
                assert sb.get_counter() >= i

    run_threads(work)
    assert sb.get_counter() == THREADS * calls  # one call at a time: no lost update
    assert sb.stdout.count(b"line 0\n") == THREADS * (calls // 200)
    sb.close()


def test_memoryviews_against_close_and_reset(M: ModuleType) -> None:
    sb = M.Sandbox()
    done = threading.Event()
    refused = [0]

    def viewer() -> None:
        while not done.is_set():
            try:
                with sb.memory as view:
                    view[16] = 7  # the memory it shows is live while the view is
                    assert view[16] == 7
            except BufferError as error:  # caught between reset()'s two instances
                assert "being replaced" in str(error)
            except ValueError:  # closed at the end
                return

    def resetter() -> None:
        for _ in range(300):
            try:
                sb.reset()
            except BufferError:  # a view is exported: refused, the instance untouched
                refused[0] += 1
            assert sb.add(2, 3) == 5

    def work(n: int) -> None:
        if n == 0:
            try:
                resetter()
            finally:
                done.set()
        else:
            viewer()

    run_threads(work, count=3)
    sb.close()
    assert sb.closed
    with pytest.raises(ValueError, match="closed"):
        sb.memory  # noqa: B018 - the getter raises


def test_calls_while_another_thread_closes_the_sandbox(M: ModuleType) -> None:
    for _ in range(20):
        sb = M.Sandbox()
        ran = [0, 0]

        def work(n: int, sb: object = sb, ran: list[int] = ran) -> None:
            if n == 0:
                while ran[1] < 50:
                    pass  # let the callers get going
                sb.close()  # type: ignore[attr-defined]
                return
            while True:
                try:
                    assert sb.spin(n, 2000) != 0  # type: ignore[attr-defined]
                except ValueError as error:
                    assert "closed" in str(error)
                    return
                ran[1] += 1

        run_threads(work, count=3)
        assert sb.closed


def test_callbacks_from_several_threads(M: ModuleType) -> None:
    shared = M.Sandbox()
    shared_square = shared.callback(lambda i: i * i, "step_fn")

    def work(n: int) -> None:
        own = M.Sandbox(imports={"host_step": lambda i: i + n})
        for i in range(200):
            # A callable passed to a typed binding: its pointer made once, then reused.
            assert own.sum_through(lambda i: 2 * i, 10) == 90
            # The import of this thread's own sandbox.
            assert own.sum_imported(10) == 45 + 10 * n
            # One Callback called from every thread, one call at a time.
            assert shared.sum_through(shared_square, 10) == 285
            # Callbacks made and released in the shared sandbox while others run.
            cb = shared.callback(lambda i, n=n: n, "step_fn")
            assert shared.sum_through(cb, 5) == 5 * n
            cb.close()
            # A pointer to a released callback, called from wasm: a trap.
            released = own.callback(lambda i: i, "step_fn")
            address = int(released)
            released.close()
            with pytest.raises(M.IndirectCallMismatch):
                own.sum_through(address, 1)
            own.reset()
        own.close()

    run_threads(work)
    shared_square.close()
    shared.close()


def test_module_functions_replace_the_default_sandbox_while_others_call(M: ModuleType) -> None:
    def work(n: int) -> None:
        for i in range(400):
            if n % 2:
                # A trap poisons the default sandbox; every caller still gets its own
                # result: a call that waited behind the trapping one runs on the
                # replacement, never raising SandboxPoisoned for someone else's trap.
                with pytest.raises(M.DivideByZero):
                    M.divide(i, 0)
            else:
                assert M.add(i, n) == i + n
                assert M.spin(i, 100) == xorshift(i, 100)

    run_threads(work)
    assert M.add(1, 1) == 2


def test_set_imports_while_module_calls_run(M: ModuleType) -> None:
    one, two = (lambda i: 1), (lambda i: 2)
    M.set_imports({"host_step": one})

    def work(n: int) -> None:
        for i in range(300):
            if n == 0:
                M.set_imports({"host_step": two if i % 2 else one})
            else:
                # Each import call finds the mapping of the moment: 20 steps of 1 or 2.
                assert 20 <= M.sum_imported(20) <= 40

    try:
        run_threads(work)
    finally:
        M.set_imports({})


def test_a_call_that_keeps_the_gil_holds_other_threads_off(
        modules: dict[str, ModuleType]) -> None:
    # keep_gil: while spin() runs, no other Python thread runs (with the GIL), or other
    # threads run on (free-threaded: the call keeps only its thread state attached).
    # A thread that releases it lets the ticker run throughout.
    def longest_pause(module: ModuleType) -> float:
        sb = module.Sandbox()
        stamps: list[float] = []
        stop = threading.Event()
        started = threading.Event()

        def ticker() -> None:
            started.set()
            while not stop.is_set():
                stamps.append(time.monotonic())

        rounds = 1 << 20
        while True:  # one call of >= 200 ms, whatever the CPU
            begin = time.monotonic()
            sb.spin(7, rounds)
            if time.monotonic() - begin >= 0.2:
                break
            rounds *= 2
        thread = threading.Thread(target=ticker)
        thread.start()
        started.wait()
        time.sleep(0.02)
        sb.spin(7, rounds)
        time.sleep(0.02)
        stop.set()
        thread.join()
        sb.close()
        return max(b - a for a, b in itertools.pairwise(stamps))

    kept = longest_pause(modules["_thr_keep"])
    released = longest_pause(modules["_thr_bounds"])
    assert released < 0.1
    if FREE_THREADED:
        assert kept < 0.1
    else:
        assert kept >= 0.1
