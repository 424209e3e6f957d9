"""`while true do end` in sandboxed Lua (Lua 5.4.8, whose errors are longjmps) is
stopped by a time limit, and so is a loop of errors caught by pcall; the reset sandbox
runs Lua as before."""

from __future__ import annotations

import sys
import time
from typing import TYPE_CHECKING

import pytest
from projects import TESTS
from spinlib import SLACK

if TYPE_CHECKING:
    from types import ModuleType

sys.path.insert(0, str(TESTS / "sjlj"))
from lualib import LUA_OK, Lua, build_lua

LIMIT = 0.2


@pytest.fixture(scope="module")
def L(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    return build_lua(tmp_path_factory.mktemp("lua"), "_lua_deadline", max_memory=256 << 20)


@pytest.mark.slow
@pytest.mark.parametrize("chunk", ["while true do end",
                                   "while true do pcall(error, 'again') end",
                                   "local function f() return f() end f()",
                                   "local t = {} while true do t[#t % 1000 + 1] = {} end"])
def test_a_runaway_script_is_stopped(L: ModuleType, chunk: str) -> None:
    with L.Sandbox(time_limit=LIMIT) as sb:
        lua = Lua(sb)
        start = time.monotonic()
        with pytest.raises(L.Timeout):
            lua.run(chunk)
        assert time.monotonic() - start < LIMIT + SLACK
        assert sb.poisoned
        sb.reset()
        with sb.deadline(None):  # no limit: a loaded machine may take its time
            lua = Lua(sb)
            assert lua.run("return 6 * 7") == (LUA_OK, "42")
            assert lua.run("local n = 0 for i = 1, 20000 do if not pcall(error) then n = n + 1 "
                           "end end return n") == (LUA_OK, "20000")
            assert lua.run("local function depth(n) if n == 0 then return 0 end "
                           "return 1 + depth(n - 1) end return depth(150000)") == (LUA_OK,
                                                                                 "150000")
