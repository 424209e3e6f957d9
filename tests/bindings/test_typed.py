"""Typed bindings from a header (issue 8), on tests/bindings/lib/typed.h: every
supported type, buffers in and out, cells, NULL, handles, traps, native methods."""

from __future__ import annotations

import array
import inspect
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from bindingslib import TYPED_MAX_MEMORY

if TYPE_CHECKING:
    from types import ModuleType

# (function, C type, min, max)
INTEGERS = [
    ("t_i8", "int8_t", -(2**7), 2**7 - 1),
    ("t_u8", "uint8_t", 0, 2**8 - 1),
    ("t_i16", "int16_t", -(2**15), 2**15 - 1),
    ("t_u16", "uint16_t", 0, 2**16 - 1),
    ("t_i32", "int32_t", -(2**31), 2**31 - 1),
    ("t_u32", "uint32_t", 0, 2**32 - 1),
    ("t_i64", "int64_t", -(2**63), 2**63 - 1),
    ("t_u64", "uint64_t", 0, 2**64 - 1),
    ("t_size", "size_t", 0, 2**32 - 1),  # wasm32: size_t and long are 32-bit
    ("t_long", "long", -(2**31), 2**31 - 1),
    ("t_ulong", "unsigned long", 0, 2**32 - 1),
    ("t_char", "char", -128, 127),  # char is signed on wasm32
    ("t_level", "enum level", -(2**31), 2**31 - 1),
]


@pytest.fixture
def sb(typed: ModuleType) -> Any:
    with typed.Sandbox() as sandbox:
        yield sandbox


@pytest.mark.parametrize(("name", "ctype", "low", "high"), INTEGERS)
def test_integers_round_trip_and_are_range_checked(sb: Any, name: str, ctype: str, low: int,
                                                   high: int) -> None:
    function = getattr(sb, name)
    assert function(low) == low and function(high) == high and function(0) == 0
    for bad in (low - 1, high + 1):
        with pytest.raises(OverflowError, match=rf"{name}\(\) argument 1 '\w+' \({ctype}\)"):
            function(bad)
    with pytest.raises(TypeError, match="must be an int, not float"):
        function(1.0)
    assert function(high) == high  # an argument error does not poison


def test_bool_float_enum_void_mixed(typed: ModuleType, sb: Any) -> None:
    assert sb.t_bool(True) is True and sb.t_bool(0) is False
    with pytest.raises(OverflowError):
        sb.t_bool(2)
    assert sb.t_float(1.5) == 1.5 and sb.t_float(3) == 3.0
    with pytest.raises(OverflowError, match="out of range for a float"):
        sb.t_float(1e39)
    assert sb.t_double(1e300) == 1e300
    with pytest.raises(TypeError):
        sb.t_double("1.0")
    assert sb.t_shape(typed.SHAPE_ODD) == -3 == typed.SHAPE_ODD
    assert sb.t_void() is None
    assert sb.t_mixed(-1, 65535, -3, 2**40, 0.5, 0.25) == -1 + 65535 - 3 + 2**40 + 0.75


def test_constants_from_enums_and_macros(typed: ModuleType) -> None:
    assert (typed.SHAPE_CIRCLE, typed.SHAPE_SQUARE, typed.LEVEL_HIGH) == (1, 2, 10)
    assert (typed.TYPED_VERSION, typed.TYPED_MAGIC, typed.TYPED_NEG) == ("1.0", 42, -7)


def test_const_pointers_take_any_bytes_like(sb: Any) -> None:
    data = bytes(range(1, 11))
    for buffer in (data, bytearray(data), memoryview(data), array.array("B", data)):
        assert sb.t_sum_bytes(buffer, 10) == 55
    assert sb.t_sum_bytes(memoryview(data)[8:], 2) == 19
    assert sb.t_sum_bytes(b"", 0) == 0 and sb.t_sum_bytes(None, 0) == 0
    assert sb.t_copy(bytearray(3), b"abc", 3) == 3


def test_const_char_takes_str_and_bytes(sb: Any) -> None:
    assert sb.t_strlen("héllo") == 6  # UTF-8
    assert sb.t_strlen(b"abc") == 3 and sb.t_strlen(bytearray(b"ab")) == 2 and sb.t_strlen("") == 0
    assert sb.t_is_null(None) == 1 and sb.t_is_null("") == 0 and sb.t_is_null(b"") == 0
    with pytest.raises(ValueError, match="embedded null character"):
        sb.t_strlen("a\0b")


def test_writable_buffers_are_copied_back(sb: Any) -> None:
    out = bytearray(4)
    assert sb.t_fill(out, 4, 7) is None and out == b"\x07" * 4
    text = bytearray(b"abcdef")
    sb.t_reverse(text, 6)
    assert text == b"fedcba"
    view = memoryview(bytearray(b"xyz"))
    sb.t_reverse(view, 3)
    assert view.tobytes() == b"zyx"
    values = array.array("d", [1.0, 2.5])
    sb.t_scale(values, 2, 2.0)
    assert values.tolist() == [2.0, 5.0]
    empty = bytearray()
    sb.t_fill(empty, 0, 1)  # zero-length buffers get a real address
    assert empty == b""


def test_cells_are_out_parameters(typed: ModuleType, sb: Any) -> None:
    quotient, remainder = typed.cell("int"), typed.Cell("int", 99)
    assert sb.t_divmod(17, 5, quotient, remainder) == 0
    assert (quotient.value, remainder.value) == (3, 2)
    assert repr(quotient) == "Cell('int', 3)" and quotient.size == 4 and quotient.ctype == "int"
    # zlib's pattern: a capacity goes in, the length produced comes back
    out, length = bytearray(8), typed.cell("ulen_t", 8)
    assert sb.t_out_len(out, length) == 0 and length.value == 5 and out[:5] == b"hello"
    short, length = bytearray(3), typed.cell("ulen_t", 3)
    assert sb.t_out_len(short, length) == -5 and length.value == 3 and short == b"hel"
    assert typed.cell("double", 0.5).value == 0.5 and typed.cell("bool", True).value is True
    assert typed.cell("void *", 0xFFFFFFFF).size == 4
    with pytest.raises(OverflowError):
        typed.cell("uint8_t", 256)
    with pytest.raises(OverflowError):
        typed.cell("ulen_t", 2**32)  # 32-bit in the sandbox
    with pytest.raises(ValueError, match="unknown C type"):
        typed.cell("nosuchtype")


def test_wrong_buffer_types(typed: ModuleType, sb: Any) -> None:
    with pytest.raises(TypeError, match=r"argument 1 'data' \(const uint8_t \*\) takes a "
                                        "bytes-like object"):
        sb.t_sum_bytes("text", 4)
    with pytest.raises(TypeError, match="takes a writable buffer"):
        sb.t_fill(b"read-only", 9, 0)
    with pytest.raises(TypeError, match="takes a writable buffer"):
        sb.t_fill(memoryview(b"ro"), 2, 0)
    with pytest.raises(TypeError, match=r"\(counter \*\) takes a sandbox address"):
        sb.t_counter_next(b"\0\0\0\0")
    with pytest.raises(TypeError, match=r"a Cell of int64_t .* cannot stand for it"):
        sb.t_divmod(1, 1, typed.cell("int64_t"), typed.cell("int"))
    with pytest.raises(TypeError, match="a Cell of double"):
        sb.t_divmod(1, 1, typed.cell("double"), typed.cell("int"))
    with pytest.raises(TypeError, match=r"8-byte items, but the array\.array passed has 4-byte"):
        sb.t_scale(array.array("f", [1.0]), 1, 2.0)
    with pytest.raises(OverflowError, match="not a sandbox address"):
        sb.t_sum_bytes(-1, 0)
    assert sb.t_sum_bytes(b"\x05", 1) == 5  # none of these poisoned the sandbox


def test_buffers_beyond_the_memory_limit(sb: Any) -> None:
    with pytest.raises(MemoryError, match=r"t_sum_bytes\(\): the buffers passed need "
                                          r"\d+ bytes, more than the sandbox's memory"):
        sb.t_sum_bytes(bytes(TYPED_MAX_MEMORY + 1), 1)
    with pytest.raises(MemoryError, match="has no room for"):  # fits the limit, not the heap
        sb.t_sum_bytes(bytes(TYPED_MAX_MEMORY - 4096), 1)
    assert sb.t_sum_bytes(bytes(1 << 20) + b"\x09", (1 << 20) + 1) == 9
    assert not sb.poisoned


def test_addresses_and_pointer_results(sb: Any) -> None:
    assert sb.read_cstring(sb.t_greeting()) == b"hello from typed"
    copy = sb.t_dup("copied")
    assert isinstance(copy, int) and sb.read_cstring(copy) == b"copied"
    assert sb.t_strlen(copy) == 6  # a raw sandbox address is still accepted
    out = sb.alloc(4)
    sb.t_fill(out, 4, 1)
    assert sb.read(out, 4) == b"\x01" * 4
    sb.t_free(copy)
    sb.free(out)


def test_struct_pointers_are_opaque_handles(sb: Any) -> None:
    counter = sb.t_counter_new(5)
    assert [sb.t_counter_next(counter) for _ in range(3)] == [5, 6, 7]
    sb.t_counter_free(counter)
    point = sb.alloc((3).to_bytes(4, "little") + (4).to_bytes(4, "little"))
    assert sb.t_point_sum(point) == 7


def test_traps_poison_and_the_module_recovers(typed: ModuleType, sb: Any) -> None:
    with pytest.raises(typed.Unreachable, match=r"t_trap\(\) trapped"):
        sb.t_trap(b"abc", 3)
    with pytest.raises(typed.SandboxPoisoned):
        sb.t_trap(b"a", 1)
    sb.reset()
    assert sb.t_trap(b"\x07", 1) == 7
    with pytest.raises(typed.IndirectCallMismatch):
        sb.t_apply(None, 1)  # NULL function pointer
    with pytest.raises(typed.Unreachable):
        typed.t_trap(b"abc", 3)
    assert typed.t_trap(b"\x04", 1) == 4  # a fresh default sandbox


def test_where_typed_and_raw_live(typed: ModuleType, sb: Any) -> None:
    assert sb.t_u32(2**32 - 1) == 2**32 - 1 == sb.exports.t_u32(2**32 - 1)
    assert typed.t_u32(2**32 - 1) == 2**32 - 1
    assert sb.raw.t_u32(-1) == -1  # wasm signature: signed i32 out
    text = sb.alloc(b"raw\0")
    assert sb.raw.t_strlen(text) == 3
    info = typed.__wasmbox__
    assert info["header"] == "typed.h"
    assert "t_sum_bytes" in info["exports"] and "t_internal" not in info["exports"]


def test_docstrings_carry_the_prototype(typed: ModuleType, sb: Any) -> None:
    doc = typed.t_out_len.__doc__
    assert doc.startswith("int t_out_len(uint8_t *out, ulen_t *len)")
    assert "writable buffer or Cell" in doc
    assert str(inspect.signature(sb.t_out_len)) == "(out, len, /)"
    assert "wasm (i32, i32) -> (i32)" in sb.raw.t_out_len.__doc__


def test_stub_and_py_typed_beside_the_module(typed: ModuleType) -> None:
    folder = Path(inspect.getfile(typed)).parent
    stub = (folder / "_typed.pyi").read_text()
    assert "def t_out_len(self, out: Cell[int] | Buffer | int | None, len: Cell[int] | " \
           "Buffer | int | None, /) -> int:" in stub
    assert "def t_strlen(s: str | Buffer | int | None, /) -> int:" in stub
    assert "TYPED_VERSION: Final[str]" in stub and "def raw(self) -> _Raw:" in stub
    assert (folder / "py.typed").read_text() == ""


def test_native_methods(typed: ModuleType, sb: Any) -> None:
    assert sb.native_sum(b"\x01\x02\x03") == 6
    assert typed.native_sum(bytes(range(10))) == 45  # on the module's default sandbox
    with pytest.raises(IndexError, match="outside the sandbox memory"):
        sb.native_peek(2**40)
    assert sb.native_peek(sb.alloc(b"\x2a")) == 42
    with pytest.raises(typed.Unreachable, match=r"native_trap\(\) trapped"):
        sb.native_trap()
    assert sb.poisoned
