"""The fault handler (wasmbox_faults.c) is safe inside a Python process.

Guard-page mode (memory_check="guard") turns out-of-bounds faults into traps, and both
modes turn a native stack overflow in wasm code into StackExhausted. Traps raise the
same exceptions in both modes; every fault that is not a sandbox's is passed on, so a
genuine crash is still a crash that faulthandler reports (enabled before or after the
import, and under pytest, which enables it); a failed 8 GiB reservation is a
MemoryError; guard and bounds modules live side by side in one process.
Crashes are provoked in child processes.
"""

from __future__ import annotations

import faulthandler
import math
import os
import signal
import subprocess
import sys
import textwrap
import threading
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from projects import TESTS, build_inplace, import_built, write_project

if TYPE_CHECKING:
    from types import ModuleType

BASIC = (TESTS / "lib" / "basic.c").read_text()


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One folder holding four builds of tests/lib/basic.c:
    _basic_guard (guard pages), _basic_bounds (bounds checks), and _basic_deep and
    _basic_bounds_deep (guard pages / bounds checks, with the call-depth limit and the
    native-stack budget both lifted, so that deep recursion really overflows the native
    stack)."""
    root = tmp_path_factory.mktemp("guard")
    for module, options in (
        ("_basic_guard", {"memory_check": "guard"}),
        ("_basic_bounds", {"memory_check": "bounds"}),
        ("_basic_deep", {"memory_check": "guard", "max_call_depth": 1 << 30,
                         "extra_compile_args": ["-DWASMBOX_NATIVE_FRAME_BYTES=1"]}),
        ("_basic_bounds_deep", {"memory_check": "bounds", "max_call_depth": 1 << 30,
                                "extra_compile_args": ["-DWASMBOX_NATIVE_FRAME_BYTES=1"]}),
    ):
        project = write_project(root / module, module, {"basic.c": BASIC}, **options)
        build_inplace(project)
        for built_module in project.glob(f"{module}.*.so"):
            built_module.replace(root / built_module.name)
    return root


@pytest.fixture(scope="module")
def g(built: Path) -> ModuleType:
    return import_built(built, "_basic_guard")


@pytest.fixture(scope="module")
def b(built: Path) -> ModuleType:
    return import_built(built, "_basic_bounds")


def run_child(built: Path, *parts: str) -> subprocess.CompletedProcess[str]:
    """Run a Python script (made of `parts`, each indented as it likes) in a child
    process that can import the built modules."""
    script = "\n".join(textwrap.dedent(part) for part in parts)
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(built), env.get("PYTHONPATH")]))
    env.pop("PYTHONFAULTHANDLER", None)
    return subprocess.run([sys.executable, "-u", "-c", script], cwd=built, env=env,
                          capture_output=True, text=True, timeout=120, check=False)


# ---- traps are the same exceptions as in bounds mode ------------------------------------


def test_build_info_says_guard(g: ModuleType) -> None:
    assert g.__wasmbox__["memory_check"] == "guard"


@pytest.mark.parametrize(("call", "args", "kind"), [
    ("oob_write", (), "OutOfBounds"),
    ("store_at", (0xFFFFFFFC, 1), "OutOfBounds"),
    ("recurse_forever", (1,), "StackExhausted"),
    ("call_abort", (), "Unreachable"),
    ("unreachable", (), "Unreachable"),
    ("bad_indirect_call", (), "IndirectCallMismatch"),
    ("divide", (1, 0), "DivideByZero"),
    ("divide", (-(2**31), -1), "IntegerOverflow"),
    ("trunc_f32", (math.nan,), "InvalidConversion"),
])
@pytest.mark.parametrize("mode", ["guard", "bounds"])
def test_traps_raise_the_same_exception_in_both_modes(g: ModuleType, b: ModuleType, mode: str,
                                                      call: str, args: tuple[object, ...],
                                                      kind: str) -> None:
    m = g if mode == "guard" else b
    sb = m.Sandbox()
    with pytest.raises(getattr(m, kind)):
        getattr(sb, call)(*args)
    with pytest.raises(m.SandboxPoisoned):
        sb.add(1, 2)
    sb.reset()
    assert sb.add(1, 2) == 3
    sb.close()


def test_memory_edge_and_growth(g: ModuleType) -> None:
    with g.Sandbox() as sb:
        size = sb.memory_size
        sb.store_at(size - 4, 7)  # the last word is memory
        with pytest.raises(g.OutOfBounds):
            sb.store_at(size, 7)  # the first byte past it is a guard page
        sb.reset()
        assert sb.grow(1) == size // 65536
        sb.store_at(size, 7)  # grown into: now it is memory
        assert sb.read(size, 4) == b"\x07\x00\x00\x00"


def test_signal_mask_restored_after_a_trap(g: ModuleType) -> None:
    sb = g.Sandbox()
    for _ in range(3):  # each trap leaves the handler; the next fault must trap again
        with pytest.raises(g.OutOfBounds):
            sb.oob_write()
        sb.reset()
    blocked = signal.pthread_sigmask(signal.SIG_BLOCK, [])
    assert signal.SIGSEGV not in blocked and signal.SIGBUS not in blocked
    sb.close()


def test_under_pytest_faulthandler_stays_enabled(g: ModuleType) -> None:
    # pytest enabled faulthandler before the module was imported; it still is, and
    # traps (tested above) never reached it.
    assert faulthandler.is_enabled()
    faulthandler.disable()
    faulthandler.enable()
    with g.Sandbox() as sb, pytest.raises(g.OutOfBounds):
        sb.oob_write()


def test_traps_on_many_threads(g: ModuleType, b: ModuleType) -> None:
    errors: list[BaseException] = []

    def work(m: ModuleType) -> None:
        try:
            with m.Sandbox() as sb:
                for i in range(200):
                    assert sb.add(i, 1) == i + 1
                    if i % 20 == 0:
                        with pytest.raises(m.OutOfBounds):
                            sb.oob_write()
                        sb.reset()
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=work, args=(m,)) for m in (g, b, g, b)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not any(t.is_alive() for t in threads) and not errors, errors


# ---- native stack overflow -------------------------------------------------------------


def _on_thread(stack_size: int, fn: object) -> object:
    result: list[object] = []

    def run() -> None:
        try:
            result.append(fn())  # type: ignore[operator]
        except BaseException as error:
            result.append(error)

    old = threading.stack_size(stack_size)
    try:
        t = threading.Thread(target=run)
        t.start()
        t.join(60)
    finally:
        threading.stack_size(old)
    return result[0]


def test_deep_recursion_on_a_small_worker_thread_is_stack_exhausted(g: ModuleType) -> None:
    # The call-depth budget follows the thread's stack: a trap, not a crash.
    sb = g.Sandbox()
    outcome = _on_thread(256 * 1024, lambda: sb.depth(1_000_000))
    assert isinstance(outcome, g.StackExhausted)
    sb.reset()
    assert _on_thread(256 * 1024, lambda: sb.depth(200)) == sb.depth(200)
    sb.close()


@pytest.mark.parametrize("module", ["_basic_deep", "_basic_bounds_deep"])
def test_native_stack_overflow_is_stack_exhausted(built: Path, module: str) -> None:
    # With the depth limits lifted, recursion runs the thread's native stack into its
    # guard page; the handler runs on the alternate stack and reports exhaustion.
    result = run_child(built, f"""
        import threading
        import {module} as m

        def overflow(results):
            sb = m.Sandbox()
            for _ in range(2):  # twice: the signal mask must be restored after the first
                try:
                    sb.depth(2**31 - 1)
                except m.StackExhausted:
                    results.append("exhausted")
                sb.reset()
            results.append(sb.depth(100))

        for size in (256 * 1024, 1024 * 1024):
            threading.stack_size(size)
            results = []
            t = threading.Thread(target=overflow, args=(results,))
            t.start()
            t.join()
            print(size, results)
        results = []
        overflow(results)  # the main thread
        print("main", results)
    """)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 3, result.stdout
    for line in lines:
        assert line.endswith("['exhausted', 'exhausted', 201]"), result.stdout


# ---- genuine crashes stay crashes --------------------------------------------------------

CRASH = """
    import ctypes
    ctypes.string_at(0)  # a genuine segfault, outside any sandbox call
"""


def _assert_crashed(result: subprocess.CompletedProcess[str], reported: bool) -> None:
    assert result.returncode == -signal.SIGSEGV, (result.returncode, result.stderr)
    assert ("Fatal Python error: Segmentation fault" in result.stderr) == reported, result.stderr
    if reported:
        assert "in string_at" in result.stderr  # faulthandler's traceback of the crash
        assert result.stderr.count("Fatal Python error") == 1, result.stderr


# A trap that the fault handler raises, per mode: an access outside memory in guard
# mode; a native stack overflow (depth limits lifted) in either.
FAULT_TRAPS = {
    "_basic_guard": ("sb.oob_write()", "OutOfBounds"),
    "_basic_bounds_deep": ("sb.depth(2**31 - 1)", "StackExhausted"),
}


@pytest.mark.parametrize("module", FAULT_TRAPS)
@pytest.mark.parametrize("when", ["before", "after", "never"])
def test_segfault_outside_a_call_still_crashes(built: Path, when: str, module: str) -> None:
    trap, kind = FAULT_TRAPS[module]
    result = run_child(built, f"""
        import faulthandler
        if {when == "before"}:
            faulthandler.enable()
        import {module} as m
        if {when == "after"}:
            faulthandler.enable()
        sb = m.Sandbox()
        try:
            {trap}  # a trap first: the handler has run and returned to Python
        except m.{kind}:
            print("trapped")
        sb.reset()
        assert sb.add(1, 2) == 3
    """, CRASH)
    assert result.stdout == "trapped\n"
    _assert_crashed(result, reported=when != "never")


@pytest.mark.parametrize("module", FAULT_TRAPS)
def test_segfault_with_faulthandler_enabled_then_disabled(built: Path, module: str) -> None:
    trap, kind = FAULT_TRAPS[module]
    result = run_child(built, f"""
        import faulthandler
        import {module} as m
        faulthandler.enable()
        faulthandler.disable()
        with m.Sandbox() as sb:
            try:
                {trap}
            except m.{kind}:
                print("trapped")
    """, CRASH)
    assert result.stdout == "trapped\n"
    _assert_crashed(result, reported=False)


@pytest.mark.parametrize("module", FAULT_TRAPS)
def test_trap_with_faulthandler_enabled_after_import_is_not_reported(built: Path,
                                                                     module: str) -> None:
    trap, kind = FAULT_TRAPS[module]
    result = run_child(built, f"""
        import faulthandler
        import {module} as m
        sb = m.Sandbox()
        faulthandler.enable()
        for _ in range(3):
            try:
                {trap}
            except m.{kind}:
                print("trapped")
            sb.reset()
    """)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "trapped\n" * 3
    assert "Fatal Python error" not in result.stderr


@pytest.mark.parametrize("module", ["_basic_guard", "_basic_bounds"])
def test_segfault_on_another_thread_during_calls_still_crashes(built: Path,
                                                               module: str) -> None:
    result = run_child(built, f"""
        import faulthandler, threading, time
        faulthandler.enable()
        import {module} as m

        def busy():
            with m.Sandbox() as sb:
                while True:
                    sb.depth(5000)

        threading.Thread(target=busy, daemon=True).start()
        time.sleep(0.2)
    """, CRASH)
    _assert_crashed(result, reported=True)


def test_guard_and_bounds_modules_in_one_process(built: Path) -> None:
    result = run_child(built, """
        import faulthandler
        import _basic_bounds as b
        faulthandler.enable()
        import _basic_guard as g
        import _basic_deep as d
        for m in (g, b, d, g, b, d):
            with m.Sandbox() as sb:
                try:
                    sb.oob_write()
                except m.OutOfBounds:
                    print(m.__name__, m.__wasmbox__["memory_check"])
                sb.reset()
                assert sb.add(2, 3) == 5
    """, CRASH)
    assert result.stdout.split() == ["_basic_guard", "guard", "_basic_bounds", "bounds",
                                     "_basic_deep", "guard"] * 2
    _assert_crashed(result, reported=True)


# ---- address space -----------------------------------------------------------------------


def test_address_space_limit_is_memory_error(built: Path) -> None:
    # 6 GiB of address space: room for a bounds-mode sandbox (4 GiB for a memory with
    # no maximum), none for a guard-mode one (8 GiB).
    result = run_child(built, """
        import resource
        limit = 6 << 30
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        import _basic_bounds as b, _basic_guard as g
        for attempt in range(2):
            try:
                g.Sandbox()
            except MemoryError as error:
                print("MemoryError:", error)
        try:
            g.add(1, 2)
        except MemoryError:
            print("module function: MemoryError")
        with b.Sandbox() as sb:
            print("bounds", sb.add(1, 2))
    """)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == lines[1] == (
        "MemoryError: cannot map the 8192 MiB memory reservation of a new sandbox: out of "
        "address space, or of memory mappings (vm.max_map_count); close some sandboxes")
    assert lines[2:] == ["module function: MemoryError", "bounds 3"]


def test_threads_give_back_their_alternate_stacks(g: ModuleType) -> None:
    def mappings() -> int:
        return len(Path("/proc/self/maps").read_text().splitlines())

    def call() -> None:
        with g.Sandbox() as sb:
            sb.add(1, 2)

    if not Path("/proc/self/maps").exists():
        pytest.skip("needs /proc")
    for _ in range(5):
        threading.Thread(target=call).start()  # warm up: thread stacks get cached
    before = mappings()
    for _ in range(50):
        t = threading.Thread(target=call)
        t.start()
        t.join()
    assert mappings() <= before + 10


# ---- reused memory reservations (wasmbox_mempool.c) ----------------------------------


@pytest.mark.parametrize("mode", ["guard", "bounds"])
def test_a_new_sandbox_never_sees_an_old_ones_memory(g: ModuleType, b: ModuleType,
                                                     mode: str) -> None:
    # A closed sandbox's reservation is kept for the next one: it must come back
    # zeroed, and no larger than the new memory.
    m = g if mode == "guard" else b
    old = m.Sandbox()
    size = old.memory_size
    old.write(size - 8192, b"\xaa" * 8192)  # the top of its memory, unused by the library
    old.grow(2)  # it grew: two pages more became accessible
    old.store_at(size + 65536, 0x55555555)
    old.close()
    for _ in range(3):
        new = m.Sandbox()
        assert new.memory_size == size
        assert new.read(size - 8192, 8192) == bytes(8192)
        with pytest.raises(m.OutOfBounds):
            new.store_at(size + 65536, 1)  # no longer accessible
        new.reset()
        assert new.grow(2) == size // 65536
        assert new.read(size, 2 * 65536) == bytes(2 * 65536)  # grown again: zeros
        new.close()
