"""Time limits: Sandbox(time_limit=, cpu_limit=) and sb.deadline() stop a runaway call
with Timeout, whatever it is doing (computing, recursing, calling WASI, Python, growing
memory, sleeping); the sandbox is poisoned and reset() makes it usable; calls within
their limits, other sandboxes and other threads are untouched. Bounds are generous:
these tests check that a call is stopped, not how promptly (benchmarks/ B11 does)."""

from __future__ import annotations

import faulthandler
import threading
import time
from typing import TYPE_CHECKING, Any

import pytest
from spinlib import SLACK, work_for

if TYPE_CHECKING:
    from collections.abc import Callable
    from types import ModuleType

LIMIT = 0.05


def stopped(M: ModuleType, call: Callable[[], object], limit: float = LIMIT,
            clock: str = "wall") -> float:
    """Run call(), which must end with Timeout within SLACK of `limit`; the time it took."""
    start = time.monotonic()
    with pytest.raises(M.Timeout) as raised:
        call()
    took = time.monotonic() - start
    assert took < limit + SLACK, f"stopped only after {took:.3f} s"
    assert raised.value.clock == clock
    assert isinstance(raised.value, M.Trap)
    return took


def never_negative(n: int) -> int:
    return 0


# name -> (Sandbox() keywords, the call)
RUNAWAYS: dict[str, tuple[dict[str, Any], Callable[[Any], object]]] = {
    "loop": ({}, lambda sb: sb.spin()),
    "recursion": ({}, lambda sb: sb.recurse(60)),  # 2**60 calls, 60 deep
    "wasi-call-loop": ({"stdout": "discard"}, lambda sb: sb.write_forever()),
    "memory-grow-loop": ({}, lambda sb: sb.grow_forever()),
    "python-import-loop": ({"imports": {"host_tick": never_negative}},
                           lambda sb: sb.tick_until_negative()),
    "sleep": ({"clock": True}, lambda sb: sb.sleep_ms(3_600_000)),
    "deep-loop": ({}, lambda sb: sb.spin_at_depth(5000)),
    "longjmp-loop": ({}, lambda sb: sb.longjmp_forever()),
}


@pytest.mark.parametrize("shape", list(RUNAWAYS))
def test_a_runaway_call_is_stopped(M: ModuleType, shape: str) -> None:
    policy, call = RUNAWAYS[shape]
    with M.Sandbox(time_limit=LIMIT, **policy) as sb:
        took = stopped(M, lambda: call(sb))
        assert took >= LIMIT * 0.9  # never before its time
        assert sb.poisoned
        with pytest.raises(M.SandboxPoisoned):
            sb.count_to(10)
        sb.reset()
        with sb.deadline(None):  # (no limit: a loaded machine may pause any call)
            assert sb.count_to(10) == 10 and not sb.poisoned
        stopped(M, lambda: call(sb))  # and again, after reset()


def test_calls_within_their_limit_return(M: ModuleType) -> None:
    """time_limit is per call: many calls that together take longer than it all return."""
    steps = work_for(M, 0.02)
    with M.Sandbox(time_limit=2.0) as sb:
        start = time.monotonic()
        while time.monotonic() - start < 3:
            assert sb.count_to(steps) == steps
        assert not sb.poisoned


def test_the_message_names_the_limit(M: ModuleType) -> None:
    with M.Sandbox(time_limit=LIMIT) as sb, pytest.raises(M.Timeout, match=r"spin\(\) ran past "
                                                          r"its deadline \(time_limit"):
        sb.spin()


@pytest.mark.parametrize("value", [0, -1, float("nan"), float("inf"), "1", True, 1e10])
def test_a_bad_time_limit_is_refused(M: ModuleType, value: object) -> None:
    for keyword in ("time_limit", "cpu_limit"):
        with pytest.raises(ValueError, match=rf"Sandbox\({keyword}=.*use a number of seconds"):
            M.Sandbox(**{keyword: value})


def test_none_is_no_limit(M: ModuleType) -> None:
    steps = work_for(M, 0.2)
    with M.Sandbox(time_limit=None, cpu_limit=None) as sb:
        assert sb.count_to(steps) == steps


# ---- CPU time ----------------------------------------------------------------------------------


def test_cpu_limit_counts_cpu_time_not_waiting(M: ModuleType) -> None:
    with M.Sandbox(cpu_limit=LIMIT, clock=True) as sb:
        start = time.monotonic()
        assert sb.sleep_ms(300) == 0  # sleeping uses no CPU time
        assert time.monotonic() - start >= 0.29
        stopped(M, sb.spin, clock="cpu")
        assert sb.poisoned


def test_the_first_limit_reached_ends_the_call(M: ModuleType) -> None:
    with M.Sandbox(time_limit=LIMIT, cpu_limit=60, clock=True) as sb:
        stopped(M, lambda: sb.sleep_ms(3_600_000))
        sb.reset()
        stopped(M, sb.spin)
    with M.Sandbox(time_limit=60, cpu_limit=LIMIT) as sb:
        stopped(M, sb.spin, clock="cpu")


# ---- sb.deadline() ------------------------------------------------------------------------------


def test_a_deadline_covers_the_calls_of_its_block(M: ModuleType) -> None:
    """The block's calls share one deadline: each returns until the time is up, then
    the one running is stopped."""
    steps = work_for(M, 0.005)
    returned = 0
    with M.Sandbox() as sb:
        start = time.monotonic()
        with sb.deadline(0.3), pytest.raises(M.Timeout):
            while time.monotonic() - start < 0.3 + SLACK:
                sb.count_to(steps)
                returned += 1
        assert 0.27 <= time.monotonic() - start < 0.3 + SLACK
        assert returned >= 1 and sb.poisoned
        sb.reset()
        assert sb.count_to(steps) == steps  # outside the block: no limit


def test_a_deadline_replaces_time_limit(M: ModuleType) -> None:
    steps = work_for(M, 0.3)
    with M.Sandbox(time_limit=LIMIT) as sb:
        with sb.deadline(None):
            assert sb.count_to(steps) == steps  # longer than time_limit
        with sb.deadline(60):
            assert sb.count_to(steps) == steps
        stopped(M, sb.spin)  # time_limit again


def test_an_inner_deadline_cannot_end_later(M: ModuleType) -> None:
    with M.Sandbox() as sb, sb.deadline(LIMIT):
        with sb.deadline(3600):
            stopped(M, sb.spin)
        sb.reset()
        with sb.deadline(None):
            stopped(M, sb.spin)


def test_a_passed_deadline_stops_the_next_call(M: ModuleType) -> None:
    with M.Sandbox() as sb:
        with sb.deadline(0):
            stopped(M, lambda: sb.count_to(1), limit=0)
        sb.reset()
        with sb.deadline(-5):
            stopped(M, lambda: sb.count_to(1), limit=0)


def test_a_deadline_is_for_its_sandbox_and_thread(M: ModuleType) -> None:
    steps = work_for(M, 0.3)
    other = M.Sandbox()
    sb = M.Sandbox()
    results: list[int] = []
    with sb.deadline(LIMIT):
        assert other.count_to(steps) == steps  # another sandbox: no limit
        thread = threading.Thread(target=lambda: results.append(sb.count_to(steps)))
        thread.start()  # another thread, same sandbox: no limit
        thread.join()
        stopped(M, sb.spin)
    assert results == [steps]


def test_deadline_misuse(M: ModuleType) -> None:
    sb = M.Sandbox()
    block = sb.deadline(1)
    with block, pytest.raises(RuntimeError, match="in use by a with-block already"), block:
        pass
    for bad in ("1", True, float("nan"), 1e10):
        with pytest.raises(ValueError, match="use a number of seconds"):
            sb.deadline(bad)
    assert repr(sb.deadline(None)).startswith("<deadline: no time limit")
    with sb.deadline(0.5) as entered:
        assert entered is None


# ---- nesting, threads and other sandboxes -----------------------------------------------------


def test_a_nested_call_counts_against_the_outermost_call(M: ModuleType) -> None:
    """A callback calls into its own sandbox, which loops: the outermost call's deadline
    ends the whole nest, with Timeout."""
    def tick(n: int) -> int:
        return int(sb.tick_once(1)) if n == 0 else int(sb.spin())

    with M.Sandbox(time_limit=LIMIT, imports={"host_tick": tick}) as sb:
        stopped(M, lambda: sb.tick_once(0))
        assert sb.poisoned


def test_a_deadline_passing_in_python_waits_for_it(M: ModuleType) -> None:
    """Python code a call runs is never interrupted by the call's deadline: the call ends
    when control goes back into the sandbox."""
    finished: list[bool] = []

    def tick(n: int) -> int:
        time.sleep(0.3)
        finished.append(True)
        return 0

    with M.Sandbox(time_limit=LIMIT, imports={"host_tick": tick}) as sb:
        took = stopped(M, lambda: sb.tick_until_negative())
        assert finished == [True] and took >= 0.3


def test_a_nested_sandbox_has_its_own_limit(M: ModuleType) -> None:
    """A callback of an unlimited call uses another sandbox with a time limit: that call
    is stopped, the callback goes on, the outer call returns."""
    inner = M.Sandbox(time_limit=LIMIT)

    def tick(n: int) -> int:
        stopped(M, inner.spin)
        return 7

    with M.Sandbox(imports={"host_tick": tick}) as outer:
        assert outer.tick_once(0) == 7
        assert inner.poisoned and not outer.poisoned


def test_an_outer_deadline_waits_for_an_inner_call(M: ModuleType) -> None:
    steps = work_for(M, 0.3)
    inner = M.Sandbox()

    def tick(n: int) -> int:
        return int(inner.count_to(steps))

    with M.Sandbox(time_limit=LIMIT, imports={"host_tick": tick}) as outer:
        took = stopped(M, lambda: outer.tick_once(0))
        assert took >= LIMIT
        assert outer.poisoned and not inner.poisoned  # its work was done


def test_other_threads_are_untouched(M: ModuleType) -> None:
    steps = work_for(M, 0.2)
    done: list[int] = []

    def worker() -> None:
        with M.Sandbox() as sb:
            done.extend(sb.count_to(steps) for _ in range(3))

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for thread in threads:
        thread.start()
    with M.Sandbox(time_limit=LIMIT) as sb:
        for _ in range(5):
            stopped(M, sb.spin)
            sb.reset()
    for thread in threads:
        thread.join()
    assert done == [steps] * 6


def test_every_thread_can_be_stopped(M: ModuleType) -> None:
    took: list[float] = []

    def worker() -> None:
        with M.Sandbox(time_limit=LIMIT) as sb:
            took.append(stopped(M, sb.spin))

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(took) == 4


def test_faults_and_deadlines_mix(M: ModuleType) -> None:
    """Traps (in guard mode a fault, handled by the fault handler's signal) and deadlines
    (another signal) in the same sandbox and thread, in turns, with faulthandler enabled
    (pytest enables it): each ends its call as it should, none leaves a signal blocked."""
    assert faulthandler.is_enabled()
    with M.Sandbox(time_limit=LIMIT) as sb:
        for _ in range(10):
            with pytest.raises(M.OutOfBounds):
                sb.peek(0xFFFFFFF0)
            sb.reset()
            stopped(M, sb.spin)
            sb.reset()


@pytest.mark.parametrize("shape", ["deep-loop", "longjmp-loop"])
def test_a_timeout_leaves_no_call_depth_behind(M: ModuleType, shape: str) -> None:
    """Calls stopped deep in a recursion, or between a setjmp and its longjmp, many
    times, in one thread: later calls (on the reset sandbox, on one never stopped) still
    get the whole depth limit, and longjmp as before."""
    depth = M.__wasmbox__["max_call_depth"] - 200
    _, call = RUNAWAYS[shape]
    with M.Sandbox(time_limit=0.01) as sb:
        for _ in range(20):
            stopped(M, lambda: call(sb), limit=0.01)
            sb.reset()
        assert sb.longjmp_then_recurse(2000, depth) == 2000
    assert M.Sandbox().longjmp_then_recurse(2000, depth) == 2000

