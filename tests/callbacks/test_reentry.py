"""Calls nested inside callbacks, exceptions, and threads."""

from __future__ import annotations

import sys
import threading
import time
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from collections.abc import Iterator
    from types import ModuleType


def test_a_callback_may_call_into_its_own_sandbox(M: ModuleType) -> None:
    with M.Sandbox() as sb:
        def add_inside(a: int, b: int) -> int:
            ptr = sb.alloc(b"abc\0")  # a nested malloc
            text = sb.read_cstring(ptr)
            sb.write(ptr, b"x")
            sb.free(ptr)
            return int(sb.add(a, b)) * 10 + len(text) + sb.apply(lambda x, y: x * y, a, b)

        assert sb.apply(add_inside, 2, 3) == 50 + 3 + 6
        assert sb.loop(lambda i, s: sb.add(i, s), 100) == sum(range(100))


def test_an_exception_reaches_the_caller_and_a_checking_library_stops(M: ModuleType) -> None:
    calls: list[int] = []

    def step(i: int) -> int:
        calls.append(i)
        if i == 3:
            raise KeyError("step 3")
        return 1

    with M.Sandbox() as sb:
        with pytest.raises(KeyError, match="step 3"):
            sb.count_until_zero(step, 10)  # saw 0 at step 3 and returned
        assert calls == [0, 1, 2, 3]
        calls.clear()
        with pytest.raises(KeyError, match="step 3"):
            sb.sum_steps(step, 10)  # ignores errors: steps 4-9 run in C, not in Python
        assert calls == [0, 1, 2, 3]
        assert not sb.poisoned
        assert sb.sum_steps(lambda i: i, 10) == 45  # the exception was not left behind


def test_a_trap_in_a_nested_call_is_raised_by_the_outermost_call(M: ModuleType) -> None:
    with M.Sandbox() as sb:
        seen: list[str] = []

        def passes_it_on(n: int) -> int:
            return int(sb.call_step_at(99999, n))  # a forged pointer: traps

        with pytest.raises(M.IndirectCallMismatch, match="call_step_at"):
            sb.recurse(passes_it_on, 1)
        assert sb.poisoned
        sb.reset()

        def swallows_it(n: int) -> int:
            try:
                sb.call_step_at(99999, n)
            except M.Trap as trap:
                seen.append(type(trap).__name__)
            with pytest.raises(M.SandboxPoisoned):
                sb.add(1, 2)
            return 5

        with pytest.raises(M.IndirectCallMismatch, match="call_step_at"):
            sb.recurse(swallows_it, 1)  # the wasm below the callback never runs again
        assert seen == ["IndirectCallMismatch"]
        sb.reset()
        assert sb.add(1, 2) == 3


def test_a_callback_cannot_close_or_reset_its_sandbox(M: ModuleType) -> None:
    refused: list[str] = []

    def step(n: int) -> int:
        for action in (sb.close, sb.reset):
            try:
                action()
            except RuntimeError as error:
                refused.append(str(error))
        return n

    with M.Sandbox() as sb:
        assert sb.recurse(step, 4) == 5
        assert len(refused) == 2 and all("from inside a call" in r for r in refused)
        own: list[Any] = []

        def closes_itself(n: int) -> int:
            own[0].close()
            return n

        own.append(sb.callback(closes_itself, "step_fn"))
        address = int(own[0])
        assert sb.call_step_at(address, 3) == 3  # it finishes ...
        with pytest.raises(M.IndirectCallMismatch):
            sb.call_step_at(address, 3)  # ... and is released
    assert sb.closed


@pytest.fixture
def recursion_limit() -> Iterator[None]:
    saved = sys.getrecursionlimit()
    sys.setrecursionlimit(1_000_000)
    yield
    sys.setrecursionlimit(saved)


def endless(sb: Any) -> Any:
    def step(n: int) -> int:
        return int(sb.recurse(step, n + 1))
    return step


def test_endless_recursion_through_a_callback_hits_pythons_limit(M: ModuleType) -> None:
    with M.Sandbox() as sb:
        with pytest.raises(RecursionError):
            sb.recurse(endless(sb), 0)
        assert not sb.poisoned  # nothing trapped: Python's limit came first
        assert sb.add(1, 2) == 3


# CPython 3.12 and 3.13 count C recursion levels up to a fixed limit (10,000 in 3.13),
# which the 8 MiB main thread reaches before its native stack runs out; 3.11 counts none,
# and 3.14 measures the stack itself.
C_LEVELS_COUNTED = (3, 12) <= sys.version_info[:2] < (3, 14)


def test_endless_recursion_through_a_callback_exhausts_the_stack(
        M: ModuleType, recursion_limit: None) -> None:
    with M.Sandbox() as sb:
        if C_LEVELS_COUNTED:
            with pytest.raises(RecursionError):
                sb.recurse(endless(sb), 0)
            assert not sb.poisoned  # Python's own limit came first
        else:
            with pytest.raises(M.StackExhausted):
                sb.recurse(endless(sb), 0)
            assert sb.poisoned
            sb.reset()
        errors: list[BaseException] = []

        def in_thread() -> None:
            try:
                sb.recurse(endless(sb), 0)
            except BaseException as error:
                errors.append(error)

        # A small stack: fewer levels fit (in 3.12/3.13, fewer than Python's count allows).
        saved = threading.stack_size((512 << 10) if C_LEVELS_COUNTED else (2 << 20))
        try:
            thread = threading.Thread(target=in_thread)
            thread.start()
            thread.join()
        finally:
            threading.stack_size(saved)
        assert len(errors) == 1 and isinstance(errors[0], M.StackExhausted)


def test_four_threads_each_with_its_own_sandbox_and_callbacks(M: ModuleType) -> None:
    results: dict[int, int] = {}
    errors: list[BaseException] = []

    def work(k: int) -> None:
        try:
            with M.Sandbox() as sb:
                callbacks = [sb.callback(lambda a, b, j=j: a + b + k + j, "binop_fn")
                             for j in range(100)]
                total = 0
                for i in range(300):
                    total += sb.apply(callbacks[i % 100], i, 1)
                    total += sb.loop(lambda x, s: sb.add(x, s), 10)
                results[k] = total
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    expected = {k: sum(i + 1 + k + i % 100 + 45 for i in range(300)) for k in range(4)}
    assert results == expected


def test_threads_sharing_a_sandbox_take_turns(M: ModuleType) -> None:
    inside = [0]
    overlaps = [0]
    errors: list[BaseException] = []

    def nested(a: int, b: int) -> int:
        inside[0] += 1
        if inside[0] > 1:
            overlaps[0] += 1
        time.sleep(0)  # lets other threads run Python meanwhile
        result = int(sb.add(a, b))
        inside[0] -= 1
        return result

    def work(k: int) -> None:
        try:
            for i in range(300):
                assert sb.apply(nested, i, k) == i + k
        except BaseException as error:
            errors.append(error)

    with M.Sandbox() as sb:
        threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert not errors and overlaps == [0]


def test_another_thread_waits_for_the_outermost_call(M: ModuleType) -> None:
    order: list[str] = []
    in_callback = threading.Event()

    def slow(n: int) -> int:
        in_callback.set()
        time.sleep(0.2)  # GIL released: the other thread runs, and must wait
        order.append("callback done")
        return n

    def other() -> None:
        in_callback.wait()
        sb.add(1, 2)
        order.append("other call")

    with M.Sandbox() as sb:
        thread = threading.Thread(target=other)
        thread.start()
        sb.recurse(slow, 1)
        order.append("outer call")
        thread.join()
    assert order.index("other call") > order.index("callback done")
