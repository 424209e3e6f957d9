"""The run-time contract of a built module (README, "The run-time API"), on tests/lib/basic.c."""

from __future__ import annotations

import array
import ast
import math
import threading
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from projects import TESTS, build_inplace, import_built, write_project

from wasmbox_build.pipeline import glue
from wasmbox_build.pipeline.wasm_info import read_wasm_info

if TYPE_CHECKING:
    from collections.abc import Callable
    from types import ModuleType


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = write_project(tmp_path_factory.mktemp("basic"), "_basic_rt",
                         {"basic.c": (TESTS / "lib" / "basic.c").read_text()})
    build_inplace(root)
    return root


@pytest.fixture(scope="module")
def m(built: Path) -> ModuleType:
    return import_built(built, "_basic_rt")


def test_scalars_of_every_wasm_type(m: ModuleType) -> None:
    with m.Sandbox() as sb:
        assert sb.add(2, 3) == 5
        assert sb.add(2**31 - 1, 1) == -(2**31)  # i32 wraps, results are signed
        assert sb.add_u32(0xFFFFFFFF, 0) == -1  # unsigned arguments accepted, result signed
        assert sb.add_u32(0xFFFFFFFF, 0) & 0xFFFFFFFF == 0xFFFFFFFF
        assert sb.mul_i64(2**40, 3) == 3 * 2**40
        assert sb.mul_i64(2**63 - 1, 2) == -2
        assert sb.add_f32(1.5, 2.25) == 3.75
        assert sb.mul_f64(1e300, 1e10) == math.inf
        assert sb.mixed(1, 2**40, 0.5, 0.25) == 1 + 2**40 + 0.75
        assert sb.set_counter(7) is None
        assert sb.get_counter() == 7


def test_argument_errors(m: ModuleType) -> None:
    with m.Sandbox() as sb:
        with pytest.raises(TypeError):
            sb.add(1)
        with pytest.raises(TypeError):
            sb.add(1, 2, 3)
        with pytest.raises(TypeError):
            sb.add("1", 2)
        with pytest.raises(OverflowError):
            sb.add(2**32, 0)
        with pytest.raises(OverflowError):
            sb.add(-(2**31) - 1, 0)
        with pytest.raises(OverflowError):
            sb.mul_i64(2**64, 1)
        assert sb.add(1, 2) == 3  # an argument error does not poison


def test_sandboxes_are_isolated(m: ModuleType) -> None:
    with m.Sandbox() as a, m.Sandbox() as b:
        a.set_counter(1)
        b.set_counter(2)
        assert (a.bump(), b.bump()) == (2, 3)


def test_buffers_in_and_out(m: ModuleType) -> None:
    with m.Sandbox() as sb:
        data = bytes(range(256)) * 4
        ptr = sb.alloc(data)
        assert sb.read(ptr, len(data)) == data
        assert sb.sum_bytes(ptr, len(data)) == sum(data)
        sb.reverse(ptr, len(data))
        assert sb.read(ptr, len(data)) == data[::-1]
        sb.write(ptr, b"abc")
        assert sb.read(ptr, 3) == b"abc"
        sb.free(ptr)
        empty = sb.alloc(16)
        assert sb.read(empty, 0) == b""
        sb.free(empty)
        assert sb.read_cstring(sb.greeting()) == b"hello from the sandbox"


def test_read_into_fills_the_callers_buffer(m: ModuleType) -> None:
    data = bytes(range(256)) * 4
    with m.Sandbox() as sb:
        ptr = sb.alloc(data)
        out = bytearray(len(data))
        assert sb.read_into(ptr, out) == len(data) and out == data
        words = array.array("I", [0] * 4)  # any writable contiguous buffer, its bytes
        assert sb.read_into(ptr, words) == 16 and words.tobytes() == data[:16]
        window = memoryview(out)[10:20]
        assert sb.read_into(ptr + 500, window) == 10 and out[10:20] == data[500:510]
        assert sb.read_into(ptr, bytearray()) == 0
        view = sb.memory  # a view of the very memory: overlapping copies are exact
        assert sb.read_into(ptr, view[ptr + 1:ptr + 101]) == 100
        assert sb.read(ptr + 1, 100) == data[:100]
        del view
        untouched = bytearray(b"\xee" * 8)
        with pytest.raises(IndexError):
            sb.read_into(sb.memory_size - 4, untouched)
        assert untouched == b"\xee" * 8  # nothing copied when the range is refused
        with pytest.raises(BufferError):
            sb.read_into(ptr, b"read-only")
        with pytest.raises(BufferError):
            sb.read_into(ptr, memoryview(bytearray(8))[::2])  # not contiguous
        with pytest.raises(ValueError):
            sb.read_into(-1, out)
        sb.free(ptr)
        assert sb.add(1, 1) == 2
    with pytest.raises(ValueError):
        sb.read_into(0, bytearray(1))  # closed
    ptr = m.alloc(b"module-level")
    out = bytearray(12)
    assert m.read_into(ptr, out) == 12 and out == b"module-level"
    m.free(ptr)


def test_prefetches_reach_the_host_and_stay_hints(m: ModuleType, built: Path) -> None:
    data = bytes(range(256)) * 64
    with m.Sandbox() as sb:
        ptr = sb.alloc(data)
        assert sb.prefetched_sum(ptr, len(data)) == sum(data)
        # Past the end of memory: nothing happens (the host checks the address).
        assert sb.prefetched_sum(sb.memory_size - 1, 1) == sb.read(sb.memory_size - 1, 1)[0]
    [wasm] = built.rglob("basicrt.wasm")  # wasm2c's name for the module
    assert ("wasmbox", "prefetch") in {(i.module, i.name) for i in read_wasm_info(wasm).imports}
    generated = "".join(c.read_text() for c in wasm.parent.glob("c/*.c"))
    assert "WASMBOX_PREFETCH(" in generated  # issued inline, not through the import call
    assert "w2c_wasmbox_prefetch(instance->" not in generated


def test_bad_pointers_and_lengths_raise(m: ModuleType) -> None:
    with m.Sandbox() as sb:
        size = sb.memory_size
        for bad in ((size - 4, 8), (size, 1), (2**32 - 1, 2), (0, size + 1)):
            with pytest.raises((ValueError, IndexError, m.OutOfBounds)):
                sb.read(*bad)
        with pytest.raises((ValueError, IndexError, m.OutOfBounds)):
            sb.write(size - 2, b"1234")
        with pytest.raises(ValueError):
            sb.read(0, -1)
        with pytest.raises((ValueError, OverflowError)):
            sb.read(-5, 1)
        with pytest.raises((ValueError, OverflowError, MemoryError)):
            sb.alloc(-1)
        with pytest.raises((MemoryError, OverflowError, ValueError)):
            sb.alloc(2**33)
        last = sb.memory_size - 1
        sb.write(last, b"\x01")
        with pytest.raises((ValueError, IndexError, m.OutOfBounds)):
            sb.read_cstring(last)  # no NUL before the end of memory
        assert sb.add(1, 1) == 2  # none of this poisoned the sandbox


def test_memory_view_blocks_close(m: ModuleType) -> None:
    sb = m.Sandbox()
    ptr = sb.alloc(b"xyz")
    view = sb.memory
    assert bytes(view[ptr:ptr + 3]) == b"xyz"
    view[ptr] = ord("X")
    assert sb.read(ptr, 1) == b"X"
    with pytest.raises(BufferError):
        sb.close()
    with pytest.raises(BufferError):
        sb.reset()
    view.release()
    sb.close()
    sb.close()  # idempotent


@pytest.mark.parametrize(("call", "kind"), [
    ("oob_write", "OutOfBounds"),
    ("recurse_forever", "StackExhausted"),
    ("call_abort", "Unreachable"),
    ("unreachable", "Unreachable"),
    ("bad_indirect_call", "IndirectCallMismatch"),
])
def test_traps_raise_their_kind_and_poison(m: ModuleType, call: str, kind: str) -> None:
    sb = m.Sandbox()
    args = (1,) if call == "recurse_forever" else ()
    with pytest.raises(getattr(m, kind)) as raised:
        getattr(sb, call)(*args)
    assert isinstance(raised.value, m.Trap)
    with pytest.raises(m.SandboxPoisoned):
        sb.add(1, 2)
    sb.reset()
    assert sb.add(1, 2) == 3
    assert sb.good_indirect_call() == 3
    sb.close()


def test_integer_traps(m: ModuleType) -> None:
    with m.Sandbox() as sb:
        with pytest.raises(m.DivideByZero):
            sb.divide(1, 0)
        sb.reset()
        with pytest.raises(m.IntegerOverflow):
            sb.divide(-(2**31), -1)
        sb.reset()
        with pytest.raises(m.InvalidConversion):
            sb.trunc_f32(math.nan)
        sb.reset()
        with pytest.raises(m.IntegerOverflow):
            sb.trunc_f32(1e20)


def test_exit_raises_sandbox_exit_with_code(m: ModuleType) -> None:
    with m.Sandbox() as sb:
        with pytest.raises(m.SandboxExit) as raised:
            sb.call_exit(3)
        assert raised.value.code == 3
        with pytest.raises(m.SandboxPoisoned):
            sb.add(1, 2)


def test_deep_recursion_within_the_limit_works(m: ModuleType) -> None:
    with m.Sandbox() as sb:
        assert sb.depth(5000) > 0


def test_default_sandbox_replaces_itself_after_a_trap(m: ModuleType) -> None:
    m.set_counter(41)
    assert m.bump() == 42
    with pytest.raises(m.OutOfBounds):
        m.oob_write()
    assert m.add(2, 2) == 4  # a fresh default sandbox
    assert m.get_counter() == 0


def test_the_module_reads_what_its_functions_return(m: ModuleType) -> None:
    """M.greeting() returns an address in the default sandbox: M.read_cstring & co.
    read it there, and M.default_sandbox() is that sandbox, until a trap replaces it."""
    assert m.read_cstring(m.greeting()) == b"hello from the sandbox"
    data = b"\x01\x02\x03\xff"
    ptr = m.alloc(data)
    assert m.sum_bytes(ptr, len(data)) == 0x105
    m.reverse(ptr, len(data))
    assert m.read(ptr, len(data)) == data[::-1]
    m.write(ptr, b"\x07")
    assert m.default_sandbox().read(ptr, 1) == b"\x07"
    m.free(ptr)
    with pytest.raises(IndexError):
        m.read(m.default_sandbox().memory_size - 1, 2)
    assert m.default_sandbox().exports.read(1) == 1001  # the export the API name hides
    before = m.default_sandbox()
    assert m.default_sandbox() is before
    with pytest.raises(m.OutOfBounds):
        m.oob_write()
    after = m.default_sandbox()
    assert after is not before and before.poisoned and not after.poisoned
    assert m.read_cstring(m.greeting()) == b"hello from the sandbox"
    assert m.read_cstring.__module__ == m.__name__


def test_stdio_discarded_and_capabilities_denied(m: ModuleType,
                                                 capfd: pytest.CaptureFixture[str]) -> None:
    with m.Sandbox() as sb:
        assert sb.say_hello(5) == len("hello 5\n")
        assert sb.env_is_empty() == 1
        assert sb.open_fails() == 1
        assert sb.clock_denied() == 1
        assert sb.read_stdin() == 0
    out, err = capfd.readouterr()
    assert "hello" not in out and "to stderr" not in err


def test_exports_namespace_reaches_colliding_names(m: ModuleType) -> None:
    with m.Sandbox() as sb:
        assert sb.exports.read(1) == 1001
        assert sb.exports.close() == 42
        assert sb.exports.add(1, 2) == 3
        assert isinstance(sb.read(0, 1), bytes)  # the API method, not the export


def test_build_info(m: ModuleType) -> None:
    info = m.__wasmbox__
    assert info["memory_check"] == "bounds"
    assert info["toolchain"]["provider"] in {"zig", "wasi-sdk", "system"}
    assert info["wasm2c"] == "1.0.42"
    assert "add" in info["exports"] and "read" in info["exports"]
    assert len(info["wasm_sha256"]) == 64


def _run_in_threads(work: Callable[[int], None], count: int = 4) -> None:
    """Run work(0..count-1) on threads; fail on any error, deadlock or hang."""
    errors: list[BaseException] = []

    def guarded(n: int) -> None:
        try:
            work(n)
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=guarded, args=(n,)) for n in range(count)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not any(t.is_alive() for t in threads)
    assert not errors, errors


def test_threads_each_with_its_own_sandbox(m: ModuleType) -> None:
    def work(n: int) -> None:
        seed = n * 1000
        with m.Sandbox() as sb:
            for i in range(2000):
                assert sb.add(seed, i) == seed + i
                if i % 500 == 0:
                    with pytest.raises(m.DivideByZero):
                        sb.divide(1, 0)
                    sb.reset()

    _run_in_threads(work)


def test_threads_sharing_one_sandbox(m: ModuleType) -> None:
    sb = m.Sandbox()
    sb.set_counter(0)

    def work(_: int) -> None:
        for _ in range(5000):
            sb.bump()

    _run_in_threads(work)
    assert sb.get_counter() == 20000  # one call at a time: no lost update
    sb.close()


def test_stub_installed_beside_the_module(m: ModuleType) -> None:
    stub = Path(m.__file__).parent / "_basic_rt.pyi"
    text = stub.read_text()
    assert "class Sandbox" in text and "def add(" in text


def _defined(body: list[ast.stmt]) -> set[str]:
    """The public names a stub's module or class body defines (not what it imports)."""
    names: set[str] = set()
    for node in body:
        if isinstance(node, (ast.ClassDef, ast.FunctionDef)):
            names.add(node.name)
        elif isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
    return {n for n in names if not n.startswith("_")}


def test_the_api_names_agree_in_the_runtime_the_glue_and_the_stub(m: ModuleType) -> None:
    """The names of the Sandbox and module API are kept in three places: the runtime's C
    tables (what dir() shows), glue.SANDBOX_API / MODULE_API (which decide where an
    export may go) and the stub template. Exports named like the API (this library's
    read and close) are left off the Sandbox and the module, so what remains is the API."""
    exports = set(m.__wasmbox__["exports"])
    assert {"read", "close"} <= exports
    on_sandbox = exports - glue.SANDBOX_API
    on_module = exports - glue.MODULE_API
    assert {n for n in dir(m.Sandbox) if not n.startswith("_")} - on_sandbox == glue.SANDBOX_API
    assert {n for n in dir(m) if not n.startswith("_")} - on_module == glue.MODULE_API
    stub = ast.parse((Path(m.__file__).parent / "_basic_rt.pyi").read_text())
    sandbox = next(c for c in stub.body if isinstance(c, ast.ClassDef) and c.name == "Sandbox")
    assert _defined(sandbox.body) - on_sandbox == glue.SANDBOX_API
    assert _defined(stub.body) - on_module == glue.MODULE_API
