"""The library lies: forged, released and mistyped pointers, addresses past the end of
memory, endless recursion, callbacks that raise. The process survives each one with
the documented exception."""

from __future__ import annotations

import array
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from types import ModuleType


@pytest.mark.parametrize("address", [0, 1, 2, 99999, 2**32 - 1])
def test_a_forged_pointer_traps(M: ModuleType, address: int) -> None:
    with M.Sandbox() as sb:
        with pytest.raises(M.IndirectCallMismatch):
            sb.call_step_at(address, 1)
        assert sb.poisoned


def test_a_released_callback_traps_when_called(M: ModuleType) -> None:
    with M.Sandbox() as sb:
        cb = sb.callback(lambda n: n, "step_fn")
        address = int(cb)
        sb.set_handler(cb)  # the library keeps the pointer
        assert sb.run_handler(3) == 3
        cb.close()
        with pytest.raises(M.IndirectCallMismatch):
            sb.run_handler(3)
        sb.reset()  # the slot stays empty in the fresh instance
        with pytest.raises(M.IndirectCallMismatch):
            sb.call_step_at(address, 1)


def test_a_call_through_a_pointer_of_the_wrong_type_runs_no_python(M: ModuleType) -> None:
    ran: list[int] = []
    with M.Sandbox() as sb:
        cb = sb.callback(lambda n: ran.append(n) or n, "step_fn")
        with pytest.raises(M.IndirectCallMismatch):
            sb.call_as_wide(int(cb))  # calls it as int64_t (int64_t, double, ...)
        sb.reset()
        with pytest.raises(M.IndirectCallMismatch):
            sb.call_notify_at(int(cb))  # as void (void)
    assert ran == []


def test_addresses_past_the_end_of_memory_given_to_a_callback(M: ModuleType) -> None:
    with M.Sandbox() as sb:
        size = sb.memory_size
        got: list[bytes] = []
        sb.hand_bytes(lambda p, n: got.append(sb.read(p, n)), 16, 8)
        assert len(got) == 1 and len(got[0]) == 8
        for offset, length in ((size - 4, 8), (size, 1), (2**32 - 1, 2**32 - 1), (0, size + 1)):
            with pytest.raises(IndexError, match="outside the sandbox memory"):
                sb.hand_bytes(lambda p, n: sb.read(p, n), offset, length)
            assert not sb.poisoned
        with pytest.raises(IndexError):
            sb.hand_bytes(lambda p, n: sb.read_cstring(p), size, 0)


def test_a_raising_callback_in_a_library_that_keeps_going(M: ModuleType) -> None:
    with M.Sandbox() as sb:
        values = array.array("i", range(100, 0, -1))

        def compare(a: int, b: int) -> int:
            raise ZeroDivisionError("compare")

        with pytest.raises(ZeroDivisionError, match="compare"):
            sb.sort_ints(values, len(values), compare)  # qsort runs to its end
        assert not sb.poisoned
        assert sb.add(2, 2) == 4


def test_an_unbound_import_is_a_missing_import(M: ModuleType) -> None:
    with M.Sandbox() as sb:
        with pytest.raises(M.MissingImport, match="host_log"):
            sb.log_message(1, "x")
        assert sb.poisoned
