"""Escape corpus, stacks and heap: recursion without end, frames and arrays larger than
the shadow stack, alloca (corpus/stack.c, built with a 64 KiB shadow stack); heap
exhaustion, memory.grow without end, heap corruption (corpus/heap.c, max_memory 16 MiB).

The native stack is the one that could take the process down: recursion that the
runtime does not stop in time overflows it, and that is a segfault of the whole process.
Those attacks run in a subprocess, so that a failure is reported, not a dead test run."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from typing import TYPE_CHECKING

import pytest
from seclib import Containment, HostCanary, load

if TYPE_CHECKING:
    from pathlib import Path

MIB = 1 << 20


@pytest.fixture(scope="module")
def stack(corpus: dict[str, Path], canary: HostCanary) -> Containment:
    return Containment(load(corpus, "_sec_stack"), canary)


@pytest.fixture(scope="module")
def heap(corpus: dict[str, Path], canary: HostCanary) -> Containment:
    return Containment(load(corpus, "_sec_heap"), canary)


# ---- the shadow stack and the call depth (corpus/stack.c) ----------------------------------

STACK_ATTACKS = [
    ("recurse_forever", (1,), "StackExhausted"),
    ("mutual", (10**6,), "StackExhausted"),
    ("fat_shadow_frames", (100,), "OutOfBounds"),  # 100 x 4 KiB frames, 64 KiB stack
    ("huge_stack_array", (12345,), "OutOfBounds"),  # 1 MiB array, 64 KiB stack
    ("alloca_huge", (MIB,), "OutOfBounds"),
    ("alloca_loop", (4096,), "OutOfBounds"),
]


@pytest.mark.parametrize(("export", "args", "kind"), STACK_ATTACKS,
                         ids=[f"{n}{a}" for n, a, _ in STACK_ATTACKS])
def test_stack_exhaustion_traps(stack: Containment, export: str, args: tuple[int, ...],
                                kind: str) -> None:
    """The shadow stack is first in memory: overflowing it runs below address 0 and
    traps, it never overwrites .data (Containment checks the .data canary, read from the
    poisoned sandbox before reset)."""
    stack.attack(lambda sb: getattr(sb, export)(*args), getattr(stack.m, kind))


def test_deep_recursion_within_the_limits_works(stack: Containment) -> None:
    with stack.m.Sandbox() as sb:
        assert sb.depth(9000) > 9000
        assert sb.mutual(5000) == 5000
        assert sb.fat_shadow_frames(10) > 0  # 10 x 4 KiB fits in 64 KiB
        assert sb.fat_native_frames(100) != 0


def test_alloca_that_wraps_stays_inside_the_sandbox(stack: Containment) -> None:
    """alloca(0xFFFFFFF0) moves the stack pointer UP by 16 (32-bit arithmetic): the
    library scribbles on its own stack, nothing outside is reached."""
    with stack.m.Sandbox() as sb:
        assert sb.alloca_huge(0xFFFFFFF0) == 3
    stack.check_outside()


def _run(corpus: dict[str, Path], module: str, code: str, timeout: float = 120) -> \
        subprocess.CompletedProcess[str]:
    script = f"import sys\nsys.path.insert(0, {str(corpus[module])!r})\n" + textwrap.dedent(code)
    return subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=timeout, check=False)


# Each frame of fat_native_frames takes ~1.6 KB of native stack (192 values live across
# the recursive call); 9999 of them (under the call-depth limit of 10,000) need ~16 MB,
# twice the main thread's 8 MiB. huge_native_frames takes ~6 KB a frame, more than the
# guard page below a thread's stack; fat_native_frames_writing calls write() in every
# frame, so the stack runs out in a WASI import (here one calling Python).
LARGE_FRAMES = """
    import _sec_stack as m
    import threading
    written = []
    def attempt():
        sb = m.Sandbox({policy})
        try:
            sb.{export}(9999)
            print("RETURNED")
        except m.StackExhausted:
            print("StackExhausted", sb.poisoned)
            sb.reset()
            print("reset", sb.ok(1))
    if {thread_stack}:
        threading.stack_size({thread_stack})
        t = threading.Thread(target=attempt)
        t.start()
        t.join()
    else:
        attempt()
    if {writes}:
        print("writes", len(written) > 10, set(written) == {{b"."}})
"""

LARGE_FRAME_CASES = [
    ("fat_native_frames", ""),
    ("huge_native_frames", ""),
    ("fat_native_frames_writing", "stdout=written.append"),
]


@pytest.mark.parametrize("thread_stack", [0, 4 * MIB, 256 * 1024],
                         ids=["main-thread", "4MiB-thread", "256KiB-thread"])
@pytest.mark.parametrize(("export", "policy"), LARGE_FRAME_CASES,
                         ids=[e for e, _ in LARGE_FRAME_CASES])
def test_recursion_with_large_native_frames_is_stack_exhausted(
        corpus: dict[str, Path], export: str, policy: str, thread_stack: int) -> None:
    """The runtime budgets 512 bytes of native stack per wasm frame, but wasm2c frames
    can be larger, so these recursions, well inside the call-depth limit, reach the
    bottom of the native stack before the budget runs out: in wasm code, where the
    guard page faults and the fault handler (wasmbox_faults.c, in bounds mode too)
    makes that StackExhausted; through frames larger than the guard page, which
    -fstack-clash-protection probes page by page; or on entry to a WASI import, which
    refuses to start with less than the runtime's reserve left. The process lives
    and the sandbox is usable again after reset()."""
    code = LARGE_FRAMES.format(export=export, policy=policy, thread_stack=thread_stack,
                               writes=bool(policy))
    result = _run(corpus, "_sec_stack", code)
    assert result.returncode == 0, (
        f"the process died (returncode {result.returncode}): recursion with large "
        f"native frames overflowed the native stack\n{result.stderr[-2000:]}")
    expected = ["StackExhausted", "True", "reset", "3"]
    if policy:
        expected += ["writes", "True", "True"]
    assert result.stdout.split() == expected


SMALL_THREAD = """
    import _sec_stack as m
    import threading
    out = []
    def attempt():
        with m.Sandbox() as sb:
            try:
                sb.recurse_forever(1)
            except m.StackExhausted:
                out.append("StackExhausted")
            except RecursionError:
                out.append("RecursionError")
    threading.stack_size(256 * 1024)
    t = threading.Thread(target=attempt)
    t.start()
    t.join()
    print(*out)
"""


def test_unbounded_recursion_in_a_small_thread(corpus: dict[str, Path]) -> None:
    """A thread with a 256 KiB native stack: the call-depth budget shrinks to what the
    stack holds, so the recursion ends in StackExhausted, not a segfault."""
    result = _run(corpus, "_sec_stack", SMALL_THREAD)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.split() == ["StackExhausted"]


# ---- the heap and memory.grow (corpus/heap.c, max_memory = 16 MiB) --------------------------


def test_heap_exhaustion_is_the_library_s_business(heap: Containment) -> None:
    """malloc until NULL, memory.grow until -1: no trap, memory ends at its maximum, the
    host's bounds follow it, and the other sandbox keeps its own memory."""
    with heap.m.Sandbox() as sb:
        assert sb.malloc_until_null(4096) > 1000
        assert sb.grow_until_fail() == 256  # 16 MiB in 64 KiB pages
        assert sb.memory_size == 16 * MIB
        for pages in (1, 65536, 0xFFFFFFFF):
            assert sb.grow_by(pages) == -1
        assert sb.malloc_huge(0xFFFFFFF0) == 0
        assert sb.malloc_huge(0x7FFFFFFF) == 0
        assert sb.calloc_overflow() == 0
        assert sb.realloc_huge(0xFFFFFFF0) == 0
        assert sb.read(16 * MIB - 1, 1) is not None
        with pytest.raises(IndexError):
            sb.read(16 * MIB, 1)
        with pytest.raises(MemoryError):
            sb.alloc(1 * MIB)
        assert not sb.poisoned
        heap.check_outside()
    with heap.m.Sandbox() as fresh:  # a new instance starts small again
        assert fresh.memory_size < 2 * MIB


def test_repeated_exhaustion_across_many_sandboxes(heap: Containment) -> None:
    for _ in range(20):
        with heap.m.Sandbox() as sb:
            assert sb.grow_until_fail() == 256
    heap.check_outside()


@pytest.mark.parametrize(("export", "args"), [
    ("double_free", ()), ("free_wild", (12345,)), ("smash_header", ()),
])
def test_heap_corruption_stays_inside(heap: Containment, export: str,
                                      args: tuple[int, ...]) -> None:
    """What the allocator does with a corrupted heap (carry on, or abort) is the
    library's business; it reaches nothing outside linear memory."""
    m = heap.m
    sb = m.Sandbox()
    try:
        getattr(sb, export)(*args)
        assert not sb.poisoned
    except m.Trap:
        assert sb.poisoned
    heap.check_outside()
    sb.reset()
    assert sb.ok(1) == 3
    sb.close()


def test_free_of_a_pointer_outside_memory_traps(heap: Containment) -> None:
    heap.attack(lambda sb: sb.free_wild(0xFFFFFFF0), heap.m.OutOfBounds)


