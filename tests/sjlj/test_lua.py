"""Proof: Lua 5.4.8 (the lupa sdist's third-party/lua54, unmodified), sandboxed and
embedded through lua_glue.c: Lua reports every error with longjmp back to the lua_pcall
that runs the chunk, and all of it works inside the sandbox as it does natively."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from lualib import LUA_ERRMEM, LUA_ERRRUN, LUA_ERRSYNTAX, LUA_OK, Lua, build_lua

if TYPE_CHECKING:
    from collections.abc import Iterator
    from types import ModuleType

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def lua_module(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    return build_lua(tmp_path_factory.mktemp("lua"), "_lua_proof", max_memory=256 << 20)


@pytest.fixture
def lua(lua_module: ModuleType) -> Iterator[Lua]:
    with lua_module.Sandbox() as sb:
        state = Lua(sb)
        yield state
        assert not sb.poisoned  # nothing above trapped
        state.close()


def test_chunks_run(lua: Lua) -> None:
    assert lua.run("return _VERSION") == (LUA_OK, "Lua 5.4")
    assert lua.run("local t = {} for i = 1, 100 do t[i] = i * i end "
                   "return table.concat(t, ',', 98)") == (LUA_OK, "9604,9801,10000")
    assert lua.run("return string.format('%5.2f|%q', math.pi, 'a\\nb')") == (
        LUA_OK, ' 3.14|"a\\\nb"')
    assert lua.run("x = 41") == (LUA_OK, "nil")
    assert lua.run("return x + 1") == (LUA_OK, "42")  # state kept between chunks


def test_errors_come_back_as_lua_values(lua: Lua) -> None:
    assert lua.run("error('boom')") == (LUA_ERRRUN, "chunk:1: boom")
    assert lua.run("error('plain', 0)") == (LUA_ERRRUN, "plain")
    assert lua.run("error({code = 7})") == (LUA_ERRRUN, "table")
    assert lua.run("local t = nil; return t.x") == (
        LUA_ERRRUN, "chunk:1: attempt to index a nil value (local 't')")
    assert lua.run("return 1 + {}") == (
        LUA_ERRRUN, "chunk:1: attempt to perform arithmetic on a table value")
    assert lua.run("return (") == (LUA_ERRSYNTAX, "chunk:1: unexpected symbol near <eof>")
    assert lua.run("return 'still here'") == (LUA_OK, "still here")


def test_pcall_and_xpcall_inside_lua(lua: Lua) -> None:
    assert lua.run("local ok, e = pcall(error, {code = 1}) "
                   "return tostring(ok) .. ' ' .. e.code") == (LUA_OK, "false 1")
    assert lua.run("return select(2, xpcall(function() error('x') end, "
                   "function(m) return 'handled: ' .. m end))") == (
        LUA_OK, "handled: chunk:1: x")
    assert lua.run("local ok, e = pcall(pcall) return tostring(ok) .. ' ' .. e") == (
        LUA_OK, "false bad argument #1 to 'pcall' (value expected)")


def test_coroutines_yield_across_pcall(lua: Lua) -> None:
    chunk = """
        local co = coroutine.wrap(function()
          local ok, err = pcall(function()
            coroutine.yield(1)
            coroutine.yield(2)
            error('inside', 0)
          end)
          coroutine.yield(tostring(ok) .. ':' .. err)
          return 'done'
        end)
        return table.concat({co(), co(), co(), co()}, ',')
    """
    assert lua.run(chunk) == (LUA_OK, "1,2,false:inside,done")


def test_deep_recursion_is_luas_own_stack_overflow(lua: Lua) -> None:
    status, message = lua.run("local function f(n) return 1 + f(n + 1) end return f(1)")
    assert status == LUA_ERRRUN and "stack overflow" in message, message
    assert lua.run(  # C calls nesting: Lua's own limit of 200 C levels, not the sandbox's
        "local d = 0 local function f() d = d + 1 local ok, e = pcall(f) error(e, 0) end "
        "local ok, e = pcall(f) return e .. ' at ' .. d") == (LUA_OK, "C stack overflow at 198")
    assert lua.run("return 'still here'") == (LUA_OK, "still here")


def test_memory_limit_is_luas_not_enough_memory(lua_module: ModuleType) -> None:
    with lua_module.Sandbox() as sb:
        lua = Lua(sb, memory_limit=4 << 20)
        assert lua.run("local t = {} for i = 1, 1e8 do t[i] = i end") == (
            LUA_ERRMEM, "not enough memory")
        assert lua.run("collectgarbage() return #string.rep('x', 1000)") == (LUA_OK, "1000")
        assert lua.memory() < 4 << 20
        assert lua.run("return select(2, pcall(string.rep, 'x', 1e7))") == (
            LUA_OK, "not enough memory")
        lua.close()
        assert not sb.poisoned


def test_many_caught_errors(lua: Lua) -> None:
    assert lua.run("local n = 0 for i = 1, 100000 do "
                   "if not pcall(error, i) then n = n + 1 end end return n") == (
        LUA_OK, "100000")
    for i in range(2000):  # each a longjmp to lua_pcall in the glue
        assert lua.run(f"error('e{i}', 0)") == (LUA_ERRRUN, f"e{i}")
    # The call-depth budget is whole after all of them.
    assert lua.run("local function f(n) if n == 0 then return 0 end "
                   "return 1 + select(2, pcall(f, n - 1)) end return f(150)") == (LUA_OK, "150")
