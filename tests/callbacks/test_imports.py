"""Imports: functions the library declares (or imports=[...] names) and Python provides."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from types import ModuleType


def test_imports_are_typed_by_the_header(M: ModuleType) -> None:
    seen: list[Any] = []

    def log(level: int, message: int) -> None:
        seen.append((level, sb.read_cstring(message)))

    def wide(a: int, b: int, c: int) -> int:
        seen.append((a, b, c))
        return 2**64 - 1

    sb = M.Sandbox(imports={"host_add": lambda a, b: a * b, "host_log": log,
                            "host_scale": lambda x, f: x * f, "host_wide": wide})
    assert sb.call_host_add(6, 7) == 43
    assert sb.call_host_add(-3, 5) == -14
    sb.log_message(4, "hello")
    assert sb.scale(1.5, 0.5) == 1.5
    assert sb.wide_import(-2**63, 255, -32768) == 2**64 - 1  # uint64_t: unsigned
    assert seen == [(4, b"hello"), (5, b"hello"), (-2**63, 255, -32768)]
    sb.close()


def test_an_import_result_out_of_range_is_raised_after_the_call(M: ModuleType) -> None:
    with M.Sandbox(imports={"host_add": lambda a, b: 2**40}) as sb:
        with pytest.raises(OverflowError, match="out of range"):
            sb.call_host_add(1, 2)
        assert not sb.poisoned
        sb.close()


def test_imports_named_without_a_header_have_wasm_types(raw: ModuleType) -> None:
    got: list[Any] = []

    def wide(a: int, b: int, c: int) -> int:
        got.append((a, b, c))
        return -1

    with raw.Sandbox(imports={"host_add": lambda a, b: a - b, "host_wide": wide,
                              "host_scale": lambda x, f: math.copysign(x, f)}) as sb:
        assert sb.call_host_add(2, 5) == -2
        # i32/i64 arrive as signed integers, the uint64_t result goes back as i64.
        assert sb.wide_import(-1, 255, -2) == -1
        assert got == [(-1, 255, -2)]
        assert sb.scale(3.0, -1.0) == -6.0


def test_an_unbound_import_raises_missing_import(M: ModuleType) -> None:
    sb = M.Sandbox(imports={"host_add": None})
    with pytest.raises(M.MissingImport) as raised:
        sb.call_host_add(1, 2)
    assert raised.value.name == "host_add"
    assert isinstance(raised.value, M.Trap)
    assert "Sandbox(imports={'host_add'" in str(raised.value)
    assert sb.poisoned
    with pytest.raises(M.SandboxPoisoned):
        sb.add(1, 2)
    sb.reset()  # imports survive reset()
    with pytest.raises(M.MissingImport):
        sb.call_host_add(1, 2)
    sb.close()


def test_sandbox_imports_are_checked(M: ModuleType) -> None:
    with pytest.raises(ValueError, match=r"no import 'nope'.*host_add"):
        M.Sandbox(imports={"nope": print})
    with pytest.raises(TypeError, match="callable"):
        M.Sandbox(imports={"host_add": 3})
    with pytest.raises(TypeError, match="dict"):
        M.Sandbox(imports=[("host_add", print)])
    M.Sandbox(imports=None).close()


def test_set_imports_for_the_default_sandbox_and_its_replacements(M: ModuleType) -> None:
    M.set_imports({"host_add": lambda a, b: a + b})
    try:
        assert M.call_host_add(1, 2) == 4
        with pytest.raises(M.IndirectCallMismatch):
            M.call_step_at(123456, 0)  # traps: the default sandbox is replaced
        assert M.call_host_add(10, 20) == 31
        M.set_imports({"host_add": lambda a, b: a * b})  # applies to the current one too
        assert M.call_host_add(10, 20) == 201
        M.set_imports({})
        with pytest.raises(M.MissingImport):
            M.call_host_add(1, 2)
        with pytest.raises(ValueError, match="no import"):
            M.set_imports({"nope": print})
    finally:
        M.set_imports({})
    # Sandboxes made explicitly do not take the module's imports.
    M.set_imports({"host_add": lambda a, b: 0})
    try:
        with M.Sandbox() as sb, pytest.raises(M.MissingImport):
            sb.call_host_add(1, 2)
    finally:
        M.set_imports({})


def test_an_import_can_call_back_into_its_sandbox(M: ModuleType) -> None:
    def add(a: int, b: int) -> int:
        return int(sb.add(a, b)) * 2

    with M.Sandbox(imports={"host_add": add}) as sb:
        assert sb.call_host_add(2, 3) == 11


def test_the_stub_types_imports_and_callbacks(M: ModuleType) -> None:
    from pathlib import Path

    stub = (Path(M.__file__).parent / f"{M.__name__}.pyi").read_text()
    assert '_ImportName: TypeAlias = Literal["host_add", "host_log", "host_scale", ' \
           '"host_wide"]' in stub
    assert "def set_imports(" in stub and "class MissingImport(Trap):" in stub
    assert "f: Callable[[int, int], int] | Callback | int | None" in stub
    assert "compare: Callable[[int, int], int] | Callback | int | None" in stub
    assert "f: Callable[[int, float, float, int, bool], int] | Callback | int | None" in stub
    assert "f: Callable[[], object] | Callback | int | None" in stub
