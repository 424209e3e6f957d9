"""Escape corpus, memory: out-of-bounds accesses (corpus/oob.c), a library lying to the
host about pointers and lengths (corpus/liar.c), a lying or trapping allocator
(corpus/liar_alloc.c), and overlapping ranges through the host API.

Each attack: the documented exception, the process alive, the host canaries unchanged,
a second live sandbox unaffected, and the attacked sandbox usable after reset()."""

from __future__ import annotations

import struct
from typing import TYPE_CHECKING, Any

import pytest
from seclib import Containment, HostCanary, load

if TYPE_CHECKING:
    from pathlib import Path

MASK = 0xFFFFFFFF


@pytest.fixture(scope="module")
def oob(corpus: dict[str, Path], canary: HostCanary) -> Containment:
    return Containment(load(corpus, "_sec_oob"), canary)


@pytest.fixture(scope="module")
def liar(corpus: dict[str, Path], canary: HostCanary) -> Containment:
    return Containment(load(corpus, "_sec_liar"), canary)


@pytest.fixture(scope="module")
def liar_alloc(corpus: dict[str, Path], canary: HostCanary) -> Containment:
    return Containment(load(corpus, "_sec_liar_alloc"), canary)


# ---- out-of-bounds loads and stores (corpus/oob.c) ---------------------------------------

OOB_ATTACKS = [
    ("read_straddling_end", ()),
    ("read_just_past_end", ()),
    ("write_just_past_end", ()),
    ("write_straddling_end", ()),
    ("read_far", (0xFFFFFFF0,)),
    ("read_far", (0x80000000,)),
    ("write_far", (0xFFFFFFFC, 0x41414141)),
    ("wrap_read", (0xFFFFFFF0,)),
    ("wrap_write", (0xFFFFFFF0, 0x41414141)),
    ("memcpy_huge", (0x7FFFFFFF,)),
    ("memcpy_huge", (MASK,)),
    ("memset_huge", (MASK,)),
    ("memset_huge", (0x200000,)),
    ("memcpy_from_end", (64,)),
    ("memmove_overlap_end", (64,)),
    ("grow_then_past_end", (3,)),
]


@pytest.mark.parametrize(("export", "args"), OOB_ATTACKS,
                         ids=[f"{n}{a}" for n, a in OOB_ATTACKS])
def test_out_of_bounds_access_traps(oob: Containment, export: str, args: tuple[int, ...]) -> None:
    oob.attack(lambda sb: getattr(sb, export)(*args), oob.m.OutOfBounds)


def test_wraparound_never_lands_at_the_bottom_of_memory(oob: Containment) -> None:
    """base + offset is computed in 64 bits: 0xFFFFFFF0 + 32 is past the end, not 16."""
    sb = oob.m.Sandbox()
    sb.write(0, bytes(64))
    with pytest.raises(oob.m.OutOfBounds):
        sb.wrap_write(0xFFFFFFF0, 0x41414141)
    assert sb.read(0, 64) == bytes(64)  # a poisoned sandbox's memory stays readable
    oob.check_outside()
    sb.close()


def test_pointer_arithmetic_wraps_inside_the_sandbox(oob: Containment) -> None:
    """wasm32 pointers are 32-bit: table[-1] reads the sandbox's own memory below the
    array (no trap: nothing outside is reachable that way), and an index that wraps to
    the top of the 4 GiB space is past the end."""
    with oob.m.Sandbox() as sb:
        table = sb.table_address()
        below = struct.unpack("<i", sb.read(table - 4, 4))[0]
        assert sb.indexed_read(-1) == below
        assert sb.indexed_read(-(2**30)) == sb.indexed_read(0)  # -2^32 bytes: wraps back
    top = (0xFFFFFFF0 - table) // 4
    oob.attack(lambda sb: sb.indexed_read(top), oob.m.OutOfBounds)


def test_heap_overflow_inside_memory_is_contained(oob: Containment) -> None:
    """Overrunning a malloc'd block by 4 KiB stays inside linear memory: the sandbox does
    not detect it (it confines, it does not check the library's own bounds), and nothing
    outside the sandbox changes."""
    with oob.m.Sandbox() as sb:
        buf = sb.heap_overflow_inside(4096)
        assert sb.read(buf, 16 + 4096) == b"\x5a" * (16 + 4096)
        oob.check_outside()


# ---- lying to the host (corpus/liar.c) ------------------------------------------------------


def _refused(call: Any) -> BaseException:
    with pytest.raises((IndexError, ValueError)) as raised:
        call()
    return raised.value


def test_pointers_outside_memory_are_refused(liar: Containment) -> None:
    with liar.m.Sandbox() as sb:
        end = sb.memory_size
        assert sb.ptr_at_end() == end
        assert sb.read(end, 0) == b""  # an empty range at the very end is inside
        lies = [sb.ptr_at_end(), sb.ptr_past_end(), sb.ptr_far() & MASK, sb.ptr_far(), 2**32,
                2**64, -1]
        for ptr in lies:
            _refused(lambda p=ptr: sb.read(p, 1))
            _refused(lambda p=ptr: sb.write(p, b"x"))
            _refused(lambda p=ptr: sb.read_cstring(p))
        near = sb.ptr_near_end()
        before = sb.read(near, 8)
        _refused(lambda: sb.read(near, 9))
        _refused(lambda: sb.write(near, b"y" * 9))
        assert sb.read(near, 8) == before  # nothing partly written
        assert not sb.poisoned
        liar.check_outside()


def test_lengths_that_wrap_or_overflow_are_refused(liar: Containment) -> None:
    with liar.m.Sandbox() as sb:
        good = sb.alloc(16)
        for length in (sb.len_wrapping() & MASK, sb.len_huge(), 2**32, 2**63 - 1, 2**64):
            _refused(lambda n=length: sb.read(good, n))
        assert isinstance(_refused(lambda: sb.read(good, sb.len_wrapping())), ValueError)
        assert isinstance(_refused(lambda: sb.read(good, -(2**63))), ValueError)
        assert sb.read(good, 16) is not None
        liar.check_outside()


@pytest.mark.parametrize("kind", [1, 2, 3, 4])
def test_result_records_that_lie_are_refused(liar: Containment, kind: int) -> None:
    """The {ptr, len} record glue code reads back from the library."""
    with liar.m.Sandbox() as sb:
        ptr, length = struct.unpack("<II", sb.read(sb.result_record(0), 8))
        assert sb.read(ptr, length).startswith(b"sixty-four honest bytes")
        ptr, length = struct.unpack("<II", sb.read(sb.result_record(kind), 8))
        _refused(lambda: sb.read(ptr, length))
        _refused(lambda: sb.write(ptr, bytes(length)))
        assert not sb.poisoned
        liar.check_outside()


def test_strings_without_a_terminator_are_refused(liar: Containment) -> None:
    with liar.m.Sandbox() as sb:
        start = sb.unterminated(100)
        assert isinstance(_refused(lambda: sb.read_cstring(start)), IndexError)
        assert isinstance(_refused(lambda: sb.read_cstring(start, max=50)), ValueError)
        assert isinstance(_refused(lambda: sb.read_cstring(start, max=2**62)), IndexError)
        assert sb.read_cstring(sb.terminated_at_end()) == b"end"
        liar.check_outside()


def test_bounds_follow_memory_grow(liar: Containment) -> None:
    with liar.m.Sandbox() as sb:
        before = sb.memory_size
        view = sb.memory  # taken before the growth: keeps its length, stays valid
        ptr = sb.grow_and_point(2)
        assert sb.memory_size == before + 2 * 65536
        assert sb.read_cstring(ptr) == b"fresh page"
        _refused(lambda: sb.read(sb.memory_size, 1))
        assert len(view) == before
        view.release()
        liar.check_outside()


def test_free_of_a_wild_pointer(liar: Containment) -> None:
    """sb.free() of a pointer outside memory is refused by the host; one inside memory
    that malloc never returned is the library's problem: at worst a trap."""
    sb = liar.m.Sandbox()
    _refused(lambda: sb.free(sb.ptr_far() & MASK))
    _refused(lambda: sb.free(-1))
    assert not sb.poisoned
    try:
        sb.free(sb.interior_pointer())
    except liar.m.Trap:
        assert sb.poisoned
    liar.check_outside()
    sb.reset()
    assert sb.ok(5) == 11
    sb.close()


def test_overlapping_ranges_through_the_host_api(liar: Containment) -> None:
    """write() from a view of the same memory copies as memmove does; a write that would
    run off the end writes nothing; views of one sandbox written into another."""
    with liar.m.Sandbox() as sb, liar.m.Sandbox() as other:
        data = bytes(range(200))
        p = sb.alloc(data)
        with sb.memory as view:
            sb.write(p + 1, view[p:p + 100])
            assert sb.read(p, 101) == data[:1] + data[:100]
            sb.write(p, view[p + 50:p + 150])
            assert sb.read(p, 100) == (data[:1] + data[:100] + data[101:])[50:150]
            end = sb.memory_size
            before = sb.read(end - 10, 10)
            _refused(lambda: sb.write(end - 10, view[end - 20:end]))
            assert sb.read(end - 10, 10) == before
            q = other.alloc(300)
            other.write(q, view[p:p + 200])
            assert other.read(q, 200) == sb.read(p, 200)
        with other.memory as other_view:
            sb.write(p, other_view[q:q + 10])
        liar.check_outside()


# ---- an allocator that lies or traps (corpus/liar_alloc.c) -----------------------------------

HONEST, NEAR_END, FAR, AT_END, TRAP, EXIT, RECURSE, RETURN_NULL, FREE_TRAPS = range(9)


@pytest.mark.parametrize("mode", [NEAR_END, FAR, AT_END])
def test_a_lying_malloc_poisons_and_nothing_is_copied(liar_alloc: Containment,
                                                      mode: int) -> None:
    m = liar_alloc.m

    def attack(sb: Any) -> None:
        sb.set_mode(mode)
        sb.alloc(b"\xee" * 64)

    error = liar_alloc.attack(attack, m.Trap)
    assert "outside its memory" in str(error)


@pytest.mark.parametrize(("mode", "kind"), [(TRAP, "Unreachable"), (EXIT, "SandboxExit"),
                                            (RECURSE, "StackExhausted")])
def test_a_trap_inside_malloc(liar_alloc: Containment, mode: int, kind: str) -> None:
    def attack(sb: Any) -> None:
        sb.set_mode(mode)
        sb.alloc(16)

    error = liar_alloc.attack(attack, getattr(liar_alloc.m, kind))
    if kind == "SandboxExit":
        assert error.code == 7  # type: ignore[attr-defined]


def test_a_trap_inside_free(liar_alloc: Containment) -> None:
    def attack(sb: Any) -> None:
        ptr = sb.alloc(16)
        sb.set_mode(FREE_TRAPS)
        sb.free(ptr)

    liar_alloc.attack(attack, liar_alloc.m.Unreachable)


def test_malloc_returning_null_is_memory_error(liar_alloc: Containment) -> None:
    def attack(sb: Any) -> None:
        sb.set_mode(RETURN_NULL)
        sb.alloc(16)

    liar_alloc.attack(attack, MemoryError, poisons=False)
