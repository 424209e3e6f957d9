"""setjmp/longjmp and callbacks together: calls nested inside an import that setjmp
and longjmp themselves, throw what nothing catches, or longjmp to a buffer of the call
around them (lib/sjlj_nest.c); and Lua, whose every error is a longjmp, calling a Python
import (lib/lua_host.c)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from lualib import LUA_ERRRUN, LUA_OK, Lua, build_lua
from projects import build_inplace, import_built, write_project

if TYPE_CHECKING:
    from collections.abc import Callable
    from types import ModuleType

LIB = Path(__file__).resolve().parent / "lib"
MAX_CALL_DEPTH = 10_000  # the default of max_call_depth

# name -> (toolchain provider, memory_check)
BUILDS = {"zig-bounds": ("zig", "bounds"), "system-guard": ("system", "guard")}


@pytest.fixture(scope="module", params=list(BUILDS))
def M(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    provider, memory_check = BUILDS[str(request.param)]
    module = "_sjlj_nest_" + str(request.param).replace("-", "_")
    root: Path = tmp_path_factory.mktemp(str(request.param))
    write_project(root, module, {name: (LIB / name).read_text()
                                 for name in ("sjlj_nest.c", "sjlj_nest.h")},
                  header="sjlj_nest.h", toolchain=provider, memory_check=memory_check)
    build_inplace(root)
    built: ModuleType = import_built(root, module)
    return built


def sandbox(M: ModuleType, host: Callable[[int], int]) -> Any:
    return M.Sandbox(imports={"host_call": host})


def test_nested_calls_longjmp_within_themselves(M: ModuleType) -> None:
    """nest() calls the host, which calls nest() one level down, 40 levels; each level
    longjmps to its own setjmp once its nested call has returned. The call-depth budget
    is whole afterwards."""
    def host(level: int) -> int:
        return int(sb.nest(level - 1)) if level > 0 else int(sb.catch_at_depth(30, 5))

    with sandbox(M, host) as sb:
        for _ in range(50):
            assert sb.nest(40) == 5 + sum(level + 1 for level in range(41))
        assert sb.recurse(MAX_CALL_DEPTH - 100) == MAX_CALL_DEPTH - 100
        assert not sb.poisoned


@pytest.mark.parametrize("swallow", [False, True], ids=["let-through", "swallowed"])
def test_an_uncaught_exception_unwinds_only_the_nested_call(M: ModuleType,
                                                           swallow: bool) -> None:
    """A longjmp to a returned frame, in a call nested in a callback: the nested call
    raises UncaughtException; the call around it ends with it too (its wasm frames are
    never run again), whether the callback lets it through or swallows it."""
    seen: list[BaseException] = []

    def host(n: int) -> int:
        try:
            return int(sb.jump_to_returned_frame(3))
        except M.UncaughtException as error:
            seen.append(error)
            if swallow:
                return 0
            raise

    with sandbox(M, host) as sb:
        assert sb.set_and_return() == 1
        with pytest.raises(M.UncaughtException, match=r"jump_to_returned_frame\(\)"):
            sb.call_host_under_setjmp(1)
        assert len(seen) == 1 and sb.poisoned


def test_a_longjmp_does_not_cross_a_callback(M: ModuleType) -> None:
    """From a nested call to the jmp_buf of the call around it (live, but a callback
    away): a trap at the nested boundary, not a jump over the host's frames into the
    enclosing wasm frames (which would make call_host_under_setjmp return -9)."""
    seen: list[BaseException] = []

    def host(n: int) -> int:
        try:
            return int(sb.jump_to_outer(9))
        except M.UncaughtException as error:
            seen.append(error)
            raise

    with sandbox(M, host) as sb:
        with pytest.raises(M.UncaughtException):
            sb.call_host_under_setjmp(1)
        assert len(seen) == 1 and sb.poisoned
    with sandbox(M, lambda n: 7) as sb:  # the process and the module carry on
        assert sb.call_host_under_setjmp(1) == 7
        assert sb.jump_to_outer(2) == -1  # no call_host_under_setjmp running


def test_another_sandbox_has_its_own_state(M: ModuleType) -> None:
    """sb's callback calls into other (its own nest, caught longjmps, then an uncaught
    exception that poisons only other) while sb's frames wait; sb's setjmp, its
    call-depth budget and its exceptions are untouched."""
    def other_host(level: int) -> int:
        return int(other.nest(level - 1)) if level > 0 else 0

    def host(n: int) -> int:
        answer = int(other.nest(n))
        with pytest.raises(M.UncaughtException):
            other.jump_to_returned_frame(1)
        return answer

    with sandbox(M, host) as sb, sandbox(M, other_host) as other:
        assert other.set_and_return() == 1
        assert sb.nest(10) == sum(level + 1 for level in range(11)) + 11
        assert other.poisoned and not sb.poisoned
        assert sb.recurse(MAX_CALL_DEPTH - 100) == MAX_CALL_DEPTH - 100


def test_a_trap_in_another_sandbox_leaves_this_calls_exception_alone(M: ModuleType) -> None:
    """other traps (Unreachable) inside sb's callback; then sb's own call longjmps to a
    returned frame: that is UncaughtException, not the other sandbox's trap."""
    def host(n: int) -> int:
        with pytest.raises(M.Unreachable):
            other.trap_now()
        return 0

    with sandbox(M, host) as sb, sandbox(M, lambda n: 0) as other:
        assert sb.set_and_return() == 1
        with pytest.raises(M.UncaughtException):
            sb.host_then_jump(1, 5)
        assert other.poisoned and sb.poisoned


def test_endless_recursion_through_a_callback_with_setjmp(M: ModuleType) -> None:
    """Each level has a setjmp (a try block in wasm2c's C): the nest still ends in
    Python's RecursionError or StackExhausted, never a crash."""
    def host(level: int) -> int:
        return int(sb.nest(level + 1))

    with sandbox(M, host) as sb, pytest.raises((RecursionError, M.StackExhausted)):
        sb.nest(0)


# ---- Lua calling Python ---------------------------------------------------------------


@pytest.fixture(scope="module")
def lua_host(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    return build_lua(tmp_path_factory.mktemp("lua-host"), "_lua_host", header="lua_host.h",
                     extra=("lua_host.h", "lua_host.c"), max_memory=256 << 20)


@pytest.mark.slow
def test_lua_calls_an_import(lua_host: ModuleType) -> None:
    """host(n, text) is a Lua C function calling the import: Lua errors (longjmps)
    before it, after it (the import's answer refused), and in a loop, all caught by
    pcall; and the import's Python runs Lua again, in a second state of the same
    sandbox, with errors of its own caught there."""
    inner: list[Lua] = []

    def host(n: int, text: int) -> int:
        if n == 100:  # Lua inside: a nested call into the same instance
            assert inner[0].run("return select(2, pcall(error, 'inner'))") == (LUA_OK, "inner")
            status, message = inner[0].run("error('boom')")
            assert status == LUA_ERRRUN and message.endswith("boom")
            return int(inner[0].run("return 6 * 7")[1])
        return -1 if n < 0 else n + len(sb.read_cstring(text))

    with lua_host.Sandbox(imports={"host_call": host}) as sb:
        outer = Lua(sb)
        inner.append(Lua(sb))
        sb.lua_host_open(outer.state)
        assert outer.run("return host(40, 'ab')") == (LUA_OK, "42")
        assert outer.run("return select(2, pcall(host, -1))") == (LUA_OK, "the host refused -1")
        assert outer.run("return select(2, pcall(host, {}))")[1].startswith("bad argument #1")
        assert outer.run("local n = 0 for i = 1, 2000 do "
                         "if not pcall(host, -i) then n = n + 1 end end return n") == (
            LUA_OK, "2000")
        assert outer.run("local a = host(100) local ok, e = pcall(error, 'after') "
                         "return a .. ' ' .. tostring(ok) .. ' ' .. e") == (
            LUA_OK, "42 false after")
        assert outer.run("return host(-5)") == (LUA_ERRRUN, "chunk:1: the host refused -5")
        assert not sb.poisoned
        inner[0].close()
        outer.close()
