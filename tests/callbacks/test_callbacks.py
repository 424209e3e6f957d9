"""Function pointers: Python callables the library calls through a pointer."""

from __future__ import annotations

import array
import gc
import random
from typing import TYPE_CHECKING, Any

import pytest
from cblib import comparator

if TYPE_CHECKING:
    from types import ModuleType


def test_a_callback_is_a_function_pointer(M: ModuleType) -> None:
    with M.Sandbox() as sb:
        cb = sb.callback(lambda a, b: a - b, "int (int, int)")
        assert isinstance(cb, M.Callback)
        assert int(cb) == cb.address > 0
        assert cb.ctype == "int (int, int)" and not cb.closed
        assert sb.apply(cb, 10, 3) == 7
        assert sb.call_step_at(int(sb.callback(lambda n: n * 3, "step_fn")), 5) == 15
        assert sb.raw.apply(cb, 1, 2) == -1  # an address wherever ints go (__index__)


def test_qsort_with_a_python_comparator(M: ModuleType) -> None:
    rng = random.Random(16)
    values = array.array("i", [rng.randrange(-1000, 1000) for _ in range(500)])
    with M.Sandbox() as sb:
        compare = sb.callback(comparator(sb), "int (const void *, const void *)")
        sb.sort_ints(values, len(values), compare)
        assert list(values) == sorted(values)
        rng.shuffle(values)
        sb.sort_ints(values, len(values), comparator(sb))  # a callable directly
        assert list(values) == sorted(values)


def test_values_are_converted_by_their_c_types(M: ModuleType) -> None:
    got: list[Any] = []

    def wide(a: int, b: float, c: float, d: int, e: bool) -> int:
        got.append((a, b, c, d, e))
        return -2**63

    with M.Sandbox() as sb:
        assert sb.apply_wide(wide, 2**63 - 1, 0.1, 0.25, 255, True) == -2**63
        assert got == [(2**63 - 1, 0.1, 0.25, 255, True)]
        assert type(got[0][4]) is bool
        notified: list[int] = []
        sb.notify(lambda: notified.append(1))  # void (void): the result is ignored
        assert notified == [1]


def test_callables_passed_to_typed_bindings_are_kept_and_reused(M: ModuleType) -> None:
    class Handler:
        def step(self, n: int) -> int:
            return n + 100

    with M.Sandbox() as sb:
        handler = Handler()
        sb.set_handler(handler.step)  # a fresh bound method: kept by the sandbox
        gc.collect()
        assert sb.run_handler(1) == 101
        before = int(sb.callback(abs, "int (int)"))
        for _ in range(5000):
            sb.set_handler(handler.step)  # equal bound methods share one pointer
            sb.apply(max, 1, 2)
        after = int(sb.callback(abs, "int (int)"))
        assert after - before < 16  # no slot per call
        assert sb.run_handler(2) == 102


def test_thousands_of_callbacks_and_slots_reused(M: ModuleType) -> None:
    with M.Sandbox() as sb:
        first = [sb.callback(lambda n, i=i: n + i, "step_fn") for i in range(3000)]
        assert len({int(cb) for cb in first}) == 3000
        assert all(sb.call_step_at(int(cb), 1) == i + 1 for i, cb in enumerate(first))
        highest = max(int(cb) for cb in first)
        addresses = [int(cb) for cb in first]
        for cb in first:
            cb.close()
        again = [sb.callback(lambda n, i=i: n - i, "step_fn") for i in range(3000)]
        assert max(int(cb) for cb in again) == highest  # the same slots, reused
        assert sb.call_step_at(addresses[10], 50) in {50 - i for i in range(3000)}


def test_callback_types_as_c_spells_them(M: ModuleType) -> None:
    with M.Sandbox() as sb:
        for ctype in ("int (*)(int)", "int (*step)(int n)", "int(int)", "signed (const int)",
                      "long (enum mode m)", "int32_t (int32_t)"):
            assert sb.call_step_at(int(sb.callback(lambda n: n + 1, ctype)), 1) == 2, ctype
        for ctype in ("int (const char *, size_t)", "int (struct s *p, unsigned long n)",
                      "int (void *, int x[])", "int (int (*f)(int), unsigned)",
                      "int (binop_fn, uint32_t)"):
            assert sb.apply(sb.callback(lambda p, n: 7, ctype), 0, 0) == 7, ctype
        assert sb.callback(print, "void (void)").ctype == "void (void)"
        assert sb.callback(print, "notify_fn").ctype == "notify_fn"
        bad = {"int (struct s)": "by value", "int (int, ...)": "variadic",
               "long double (int)": "long double", "frob (int)": "unknown type name",
               "int": r"expected '\('", "int (int": r"expected '\)'", "int (int) x": "after",
               "int (void x)": "void", "short long (int)": "conflicting"}
        for ctype, why in bad.items():
            with pytest.raises(ValueError, match=why):
                sb.callback(print, ctype)
        with pytest.raises(TypeError, match="no function of type"):
            sb.callback(print, "double (double, double, double, double, double)")
        with pytest.raises(TypeError, match="callable"):
            sb.callback(3, "int (int)")


def test_error_result_is_what_the_library_sees(M: ModuleType) -> None:
    def fail(n: int) -> int:
        raise ValueError(n)

    with M.Sandbox() as sb:
        cb = sb.callback(fail, "step_fn", error_result=-7)
        with pytest.raises(ValueError):
            sb.recurse(cb, 1)
        assert sb.last_result() == -7
        with pytest.raises(ValueError):
            sb.recurse(fail, 1)  # passed directly: the default error result
        assert sb.last_result() == 0
        with pytest.raises(OverflowError):
            sb.callback(fail, "step_fn", error_result=2**40)


def test_a_returned_value_the_c_type_cannot_hold_is_an_exception(M: ModuleType) -> None:
    with M.Sandbox() as sb:
        with pytest.raises(TypeError, match="returned str"):
            sb.apply(lambda a, b: "3", 1, 2)
        with pytest.raises(OverflowError, match="out of range"):
            sb.apply(lambda a, b: 2**31, 1, 2)
        assert not sb.poisoned


def test_callback_lifetime(M: ModuleType) -> None:
    with M.Sandbox() as sb:
        cb = sb.callback(lambda n: n, "step_fn")
        address = int(cb)
        assert sb.call_step_at(address, 4) == 4
        with cb:
            pass
        assert cb.closed and cb.function is None
        with pytest.raises(ValueError, match="closed"):
            int(cb)
        with pytest.raises(M.IndirectCallMismatch):
            sb.call_step_at(address, 4)
        sb.reset()
        dropped = int(sb.callback(lambda n: n, "step_fn"))  # no reference kept: released
        gc.collect()
        with pytest.raises(M.IndirectCallMismatch):
            sb.call_step_at(dropped, 4)


def test_reset_keeps_callbacks_and_close_releases_them(M: ModuleType) -> None:
    sb = M.Sandbox()
    cb = sb.callback(lambda n: n * 2, "step_fn")
    sb.set_handler(lambda n: n * 3)
    sb.reset()
    assert sb.call_step_at(int(cb), 4) == 8  # the same address in the fresh instance
    sb.set_handler(cb)
    assert sb.run_handler(5) == 10
    sb.close()
    assert cb.closed
    with pytest.raises(ValueError, match="closed"):
        sb.callback(print, "step_fn")


def test_typed_bindings_check_the_callback_given(M: ModuleType) -> None:
    with M.Sandbox() as sb, M.Sandbox() as other:
        with pytest.raises(TypeError, match="points to"):
            sb.apply(sb.callback(abs, "step_fn"), 1, 2)
        with pytest.raises(ValueError, match="another sandbox"):
            sb.apply(other.callback(max, "binop_fn"), 1, 2)
        with pytest.raises(TypeError, match="takes a callable"):
            sb.apply("max", 1, 2)
        assert sb.apply(sb.callback(max, "binop_fn"), 1, 2) == 2
