"""A C++ library of our own (lib/cxxlib.cc) behind a C API, built by every provider:
what C++ code does works in the sandbox, and every way it gives up is a Python exception."""

from __future__ import annotations

import array
import re
from types import ModuleType

import pytest

pytestmark = pytest.mark.slow


def _provider(m: ModuleType) -> str:
    return str(m.__wasmbox__["toolchain"]["provider"])


def test_static_constructors_run_when_a_sandbox_is_created(cxxlib: ModuleType) -> None:
    with cxxlib.Sandbox() as first, cxxlib.Sandbox() as second:
        # Two constructors, once per sandbox: each has its own globals.
        assert first.cxx_constructed() == 2 and second.cxx_constructed() == 2
        assert first.cxx_registry_put("four", 4) == 4
        assert second.cxx_registry_size() == 3


def test_containers_templates_and_virtual_calls(cxxlib: ModuleType) -> None:
    sb = cxxlib.Sandbox()
    assert [sb.cxx_registry_get(k) for k in ("one", "two", "three", "nine")] == [1, 2, 3, -1]
    assert sb.cxx_registry_put("nine", 9) == 4 and sb.cxx_registry_get("nine") == 9
    assert sb.cxx_shapes_area(3, 2) == pytest.approx(3 + 2 * 3.141592653589793)
    assert sb.cxx_sum_ints(array.array("i", [1, 2, 3, -10, 2**31 - 1]), 5) == 2**31 - 5
    assert sb.cxx_sum_doubles(array.array("d", [0.5, 0.25, 1e10]), 3) == 1e10 + 0.75
    out = bytearray(64)
    size = sb.cxx_reverse_words("the  quick brown fox", out, len(out))
    assert out[:size] == b"fox brown quick the"
    assert sb.cxx_reverse_words("too long for the buffer", bytearray(4), 4) == 0


def test_new_and_delete_under_the_memory_limit(cxxlib: ModuleType) -> None:
    sb = cxxlib.Sandbox(memory_limit=4 << 20)
    for _ in range(5):  # freed each time: the same memory is reused
        assert sb.cxx_allocate_blocks(20, 100_000) == 20
    assert sb.cxx_nothrow_allocate(1000) == 1
    assert sb.cxx_nothrow_allocate(16 << 20) == 0  # new (std::nothrow): NULL, no trap
    assert sb.cxx_registry_get("one") == 1
    with pytest.raises(cxxlib.CxxException) as caught:
        sb.cxx_allocate_blocks(100, 100_000)  # 10 MB of blocks kept at once: bad_alloc
    assert caught.value.type == "std::bad_alloc"
    assert caught.value.what == "std::bad_alloc"
    assert str(caught.value) == ("cxx_allocate_blocks() let a C++ exception escape: "
                                 "std::bad_alloc: std::bad_alloc")
    assert sb.poisoned
    with pytest.raises(cxxlib.SandboxPoisoned):
        sb.cxx_registry_get("one")
    sb.reset()
    assert sb.cxx_allocate_blocks(20, 100_000) == 20


@pytest.mark.parametrize(("kind", "cxx_type", "what"), [
    ("CXX_THROW_RUNTIME_ERROR", "std::runtime_error", "boom"),
    ("CXX_THROW_INT", "int", None),
    ("CXX_THROW_C_STRING", "const char*", "a C string"),
    # what() found through a std::exception base that is not the first base
    ("CXX_THROW_OWN", "cxxlib::parse_error", "unexpected token at 3:14"),
    ("CXX_THROW_STD_STRING", "std::string", "a std::string"),
])
def test_a_throw_escapes_as_cxx_exception(cxxlib: ModuleType, kind: str, cxx_type: str,
                                          what: str | None) -> None:
    sb = cxxlib.Sandbox()
    with pytest.raises(cxxlib.CxxException) as caught:
        sb.cxx_throw(getattr(cxxlib, kind))
    error = caught.value
    assert isinstance(error, cxxlib.Trap)
    assert (error.type, error.what) == (cxx_type, what)
    assert str(error) == (f"cxx_throw() let a C++ exception escape: {cxx_type}"
                          + (f": {what}" if what else ""))
    assert sb.poisoned
    sb.reset()
    assert sb.cxx_throw(99) == 99  # no throw: returns


def test_catch_blocks_never_run(cxxlib: ModuleType) -> None:
    """No provider's wasm32 C++ runtime has exceptions: a throw ends the call even
    inside a try block that would catch it."""
    with pytest.raises(cxxlib.CxxException, match=r"std::runtime_error: caught\?"):
        cxxlib.Sandbox().cxx_throw_and_catch()


def test_libcxx_throwing_for_the_library(cxxlib: ModuleType) -> None:
    sb = cxxlib.Sandbox()
    assert sb.cxx_vector_at(2) == 30
    with pytest.raises(cxxlib.CxxException) as caught:
        sb.cxx_vector_at(3)
    assert (caught.value.type, caught.value.what) == ("std::out_of_range", "vector")


def test_terminate_and_abort(cxxlib: ModuleType) -> None:
    with pytest.raises(cxxlib.Unreachable) as caught:
        cxxlib.Sandbox().cxx_terminate()
    assert str(caught.value) == "cxx_terminate() aborted: std::terminate() called"
    assert not isinstance(caught.value, cxxlib.CxxException)
    with pytest.raises(cxxlib.Unreachable, match=r"^cxx_abort\(\) trapped: "):
        cxxlib.Sandbox().cxx_abort()
    with pytest.raises(cxxlib.Unreachable) as caught:
        cxxlib.Sandbox().cxx_pure_virtual()
    if _provider(cxxlib) != "zig":
        assert str(caught.value) == "cxx_pure_virtual() aborted: pure virtual function called"
    else:
        # zig links libc++abi's own __cxa_pure_virtual first: an abort() without a note.
        assert re.match(r"cxx_pure_virtual\(\) (trapped|aborted): ", str(caught.value))


def test_module_functions_get_a_fresh_sandbox_after_an_exception(cxxlib: ModuleType) -> None:
    with pytest.raises(cxxlib.CxxException):
        cxxlib.cxx_throw(cxxlib.CXX_THROW_RUNTIME_ERROR)
    assert cxxlib.cxx_registry_get("three") == 3
    assert cxxlib.cxx_constructed() == 2


def test_the_header_gives_typed_bindings(cxxlib: ModuleType) -> None:
    assert cxxlib.__wasmbox__["cxx"] == {"std": None, "exceptions": False}
    # Every function the header declares, and nothing of C++'s (mangled) or the runtime's.
    assert set(cxxlib.__wasmbox__["exports"]) == {
        "cxx_constructed", "cxx_registry_get", "cxx_registry_put", "cxx_registry_size",
        "cxx_shapes_area", "cxx_sum_ints", "cxx_sum_doubles", "cxx_reverse_words",
        "cxx_allocate_blocks", "cxx_nothrow_allocate", "cxx_throw", "cxx_throw_and_catch",
        "cxx_vector_at", "cxx_terminate", "cxx_abort", "cxx_pure_virtual"}
    assert "int cxx_registry_get(const char *key)" in cxxlib.cxx_registry_get.__doc__
    assert cxxlib.CXX_THROW_OWN == 3
    with pytest.raises(TypeError):
        cxxlib.cxx_registry_get(3.5)
