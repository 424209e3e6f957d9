"""setjmp/longjmp in sandboxed C (tests/sjlj/sjlj.c), with every toolchain provider and
both memory-check modes, with no flag from the user."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from collections.abc import Callable
    from types import ModuleType

MAX_CALL_DEPTH = 10_000  # the default of max_call_depth


def caught_total(n: int) -> int:
    """What catch_many(n, depth) returns: the sum of 1 + i % 7 over i < n."""
    return sum(1 + i % 7 for i in range(7)) * (n // 7) + sum(1 + i % 7 for i in range(n % 7))


def test_setjmp_returns_what_longjmp_passed(sjlj: ModuleType) -> None:
    with sjlj.Sandbox() as sb:
        assert sb.catch_at_depth(0, 9) == 9
        assert sb.catch_at_depth(50, 123) == 123
        assert sb.longjmp_zero() == 1  # longjmp(env, 0) makes setjmp return 1


def test_every_spelling(sjlj: ModuleType) -> None:
    with sjlj.Sandbox() as sb:
        assert sb.bsd_variant(4) == 4  # _setjmp/_longjmp
        assert sb.posix_variant(6, 0) == 6  # sigsetjmp/siglongjmp
        assert sb.posix_variant(7, 1) == 7  # savemask: no signal masks inside


def test_locals_and_nested_handlers(sjlj: ModuleType) -> None:
    with sjlj.Sandbox() as sb:
        assert sb.keeps_volatile_locals(5) == 15
        assert sb.through_inner_setjmp(7) == 42  # passes a frame with its own setjmp
        assert sb.nested_handlers(1000) == 1000


def test_a_million_caught_longjmps(sjlj: ModuleType) -> None:
    """Each caught longjmp unwinds six frames; wasm2c 1.0.42 would leak them all from
    the call-depth count (StackExhausted after ~1,700 of them) without the patch."""
    with sjlj.Sandbox() as sb:
        assert sb.catch_many(1_000_000, 5) == caught_total(1_000_000)
        assert sb.recurse(MAX_CALL_DEPTH - 100) == MAX_CALL_DEPTH - 100  # the budget is whole
        assert sb.catch_many(1000, 5) == caught_total(1000)


def test_longjmp_to_a_returned_frame_is_a_trap(sjlj: ModuleType) -> None:
    with sjlj.Sandbox() as sb:
        assert sb.set_and_return() == 1
        with pytest.raises(sjlj.UncaughtException, match=r"longjmp\(\).*returned"):
            sb.jump_to_returned_frame(500)
        assert sb.poisoned
        with pytest.raises(sjlj.SandboxPoisoned):
            sb.catch_at_depth(1, 1)
        sb.reset()
        # The 500 frames the exception left count nothing at the next call.
        assert sb.recurse(MAX_CALL_DEPTH - 100) == MAX_CALL_DEPTH - 100
        assert sb.catch_many(1000, 5) == caught_total(1000)


def test_an_uncaught_longjmp_passes_other_handlers(sjlj: ModuleType) -> None:
    with sjlj.Sandbox() as sb:
        sb.set_and_return()
        with pytest.raises(sjlj.UncaughtException):
            sb.jump_past_own_handler(20)  # its own setjmp does not match: rethrown
        sb.reset()
        assert sb.catch_at_depth(3, 2) == 2


def test_longjmp_to_a_buffer_never_set_is_a_trap(sjlj: ModuleType) -> None:
    # wasi-sdk's libsetjmp traps when a handler examines a buffer no setjmp touched;
    # wasmbox's runtime lets the exception go on to the boundary. Either way a Trap.
    provider = sjlj.__wasmbox__["toolchain"]["provider"]
    expected = sjlj.Unreachable if provider == "wasi-sdk" else sjlj.UncaughtException
    with sjlj.Sandbox() as sb:
        with pytest.raises(expected):
            sb.jump_to_unset_buffer()
        sb.reset()
        assert sb.catch_at_depth(3, 2) == 2


def test_a_trap_inside_a_handler_reaches_the_boundary(sjlj: ModuleType) -> None:
    with sjlj.Sandbox() as sb:
        assert isinstance(sb.fault_inside_handler(16), int)  # in linear memory: a read
        with pytest.raises(sjlj.OutOfBounds):
            sb.fault_inside_handler(0xFFFF_FFF0)
        sb.reset()
        # The trap left the handler's try block behind; the next call's uncaught
        # exception must land at its boundary, not in that abandoned block.
        sb.set_and_return()
        with pytest.raises(sjlj.UncaughtException):
            sb.jump_to_returned_frame(10)
        sb.reset()
        assert sb.catch_many(1000, 5) == caught_total(1000)


def test_uncaught_exception_is_a_trap_class(sjlj: ModuleType) -> None:
    assert issubclass(sjlj.UncaughtException, sjlj.Trap)
    assert sjlj.UncaughtException.__module__ == sjlj.__name__


def _in_thread(stack_size: int, body: Callable[[], None]) -> None:
    errors: list[BaseException] = []

    def run() -> None:
        try:
            body()
        except BaseException as e:  # handed to the test thread
            errors.append(e)

    old = threading.stack_size(stack_size)
    try:
        thread = threading.Thread(target=run)
        thread.start()
    finally:
        threading.stack_size(old)
    thread.join()
    if errors:
        raise errors[0]


def test_small_stack_thread(sjlj: ModuleType) -> None:
    def body() -> None:
        with sjlj.Sandbox() as sb:
            assert sb.catch_many(100_000, 5) == caught_total(100_000)
            with pytest.raises(sjlj.StackExhausted):
                # deeper than 256 KiB of native stack holds (guard pages: the stack
                # pointer's limit), and than max_call_depth (bounds checks: the count)
                sb.catch_at_depth(100_000, 1)
            sb.reset()
            sb.set_and_return()
            with pytest.raises(sjlj.UncaughtException):
                sb.jump_to_returned_frame(100)
            sb.reset()
            assert sb.catch_many(100_000, 5) == caught_total(100_000)

    _in_thread(256 * 1024, body)


def test_native_sources(sjlj: ModuleType) -> None:
    with sjlj.Sandbox() as sb:
        assert sb.native_catch_many(1_000_000, 5) == caught_total(1_000_000)
        with pytest.raises(sjlj.UncaughtException):
            sb.native_stale_jump()
        sb.reset()
        assert sb.native_catch_many(1000, 5) == caught_total(1000)
        assert sb.recurse(MAX_CALL_DEPTH - 100) == MAX_CALL_DEPTH - 100
