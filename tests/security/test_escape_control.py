"""Escape corpus, control flow and traps: wild function pointers and indirect calls of
the wrong type (corpus/control.c); integer traps, abort(), __builtin_trap(), exit(),
proc_raise, a loop stopped by its time limit (corpus/traps.c); a library whose
initialisation traps (corpus/init_trap.c).

Each attack: the documented exception, the process alive, the host canaries unchanged,
a second live sandbox unaffected, and the attacked sandbox usable after reset()."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

import pytest
from seclib import Containment, HostCanary, load

if TYPE_CHECKING:
    from pathlib import Path


@pytest.fixture(scope="module")
def control(corpus: dict[str, Path], canary: HostCanary) -> Containment:
    return Containment(load(corpus, "_sec_control"), canary)


@pytest.fixture(scope="module")
def traps(corpus: dict[str, Path], canary: HostCanary) -> Containment:
    return Containment(load(corpus, "_sec_traps"), canary)


# ---- wild function pointers (corpus/control.c) -------------------------------------------

INDIRECT_ATTACKS = [
    ("call_null", ()),
    ("call_wild", (0x12345678,)),
    ("call_wild", (0xFFFFFFFF,)),
    ("call_data_pointer", ()),
    ("call_fewer_params", ()),
    ("call_wrong_types", ()),
    ("call_float_as_double", ()),
    ("call_more_params", ()),
]


@pytest.mark.parametrize(("export", "args"), INDIRECT_ATTACKS,
                         ids=[f"{n}{a}" for n, a in INDIRECT_ATTACKS])
def test_wild_indirect_calls_trap(control: Containment, export: str,
                                  args: tuple[int, ...]) -> None:
    control.attack(lambda sb: getattr(sb, export)(*args), control.m.IndirectCallMismatch)


def test_every_small_function_pointer_value_traps_or_calls_a_function(
        control: Containment) -> None:
    """Table indices 0..4095 as function pointers: each call either reaches an
    int(int, int) function of the library (and returns) or traps; nothing else."""
    m = control.m
    outcomes = {"returned": 0, "trapped": 0}
    with m.Sandbox() as sb:
        for index in range(4096):
            try:
                sb.call_wild(index)
                outcomes["returned"] += 1
            except m.IndirectCallMismatch:
                outcomes["trapped"] += 1
                sb.reset()
        assert sb.call_right(2, 3) == 5
    assert outcomes["trapped"] > 4000
    assert outcomes["returned"] >= 1  # add2, whose address call_right takes
    control.check_outside()


# ---- traps (corpus/traps.c) ------------------------------------------------------------------

TRAP_ATTACKS = [
    ("div_s32", (1, 0), "DivideByZero"),
    ("rem_s32", (1, 0), "DivideByZero"),
    ("div_u32", (1, 0), "DivideByZero"),
    ("rem_u64", (5, 0), "DivideByZero"),
    ("div_s32", (-(2**31), -1), "IntegerOverflow"),
    ("div_s64", (-(2**63), -1), "IntegerOverflow"),
    ("trunc_f32_s32", (math.nan,), "InvalidConversion"),
    ("trunc_f64_u32", (-1.0,), "IntegerOverflow"),
    ("trunc_f64_s64", (1e300,), "IntegerOverflow"),
    ("trunc_f64_s64", (math.inf,), "IntegerOverflow"),
    ("call_abort", (), "Unreachable"),
    ("builtin_trap", (), "Unreachable"),
    ("trap_deep", (2000,), "DivideByZero"),
    ("raise_signal", (11,), "Trap"),
]


@pytest.mark.parametrize(("export", "args", "kind"), TRAP_ATTACKS,
                         ids=[f"{n}{a}" for n, a, _ in TRAP_ATTACKS])
def test_traps_raise_their_documented_exception(traps: Containment, export: str,
                                                args: tuple[Any, ...], kind: str) -> None:
    error = traps.attack(lambda sb: getattr(sb, export)(*args), getattr(traps.m, kind))
    assert isinstance(error, traps.m.Trap)
    assert export in str(error)


def test_a_runaway_loop_is_stopped_by_its_deadline(traps: Containment) -> None:
    def loop(sb: Any) -> None:
        with sb.deadline(0.05):
            sb.loop_forever()

    error = traps.attack(loop, traps.m.Timeout)
    assert isinstance(error, traps.m.Trap) and "loop_forever" in str(error)


def test_int_min_remainder_minus_one_is_not_a_trap(traps: Containment) -> None:
    with traps.m.Sandbox() as sb:
        assert sb.rem_s32(-(2**31), -1) == 0  # wasm defines it; C leaves it undefined


@pytest.mark.parametrize(("export", "code", "expected"), [
    ("call_exit", 0, 0), ("call_exit", 3, 3), ("call_exit", -1, -1), ("call__Exit", 255, 255),
    ("exit_in_atexit", None, 99),
])
def test_exit_raises_sandbox_exit(traps: Containment, export: str, code: int | None,
                                  expected: int) -> None:
    args = () if code is None else (code,)
    error = traps.attack(lambda sb: getattr(sb, export)(*args), traps.m.SandboxExit)
    assert error.code == expected  # type: ignore[attr-defined]


def test_module_functions_replace_their_sandbox_after_a_trap(traps: Containment) -> None:
    m = traps.m
    m.state_set(7)
    with pytest.raises(m.DivideByZero):
        m.div_s32(1, 0)
    assert m.state_get() == 0  # a fresh default sandbox
    assert m.ok(4) == 9
    traps.check_outside()


# ---- a library whose initialisation traps (corpus/init_trap.c) -----------------------------


def test_a_trap_during_initialisation(corpus: dict[str, Path], canary: HostCanary) -> None:
    m = load(corpus, "_sec_init_trap")
    for _ in range(100):
        with pytest.raises(m.DivideByZero, match="_initialize"):
            m.Sandbox()
    with pytest.raises(m.DivideByZero):
        m.ok(1)
    with pytest.raises(m.DivideByZero):
        m.ok(1)  # the default sandbox is tried afresh, and traps again
    canary.check()
