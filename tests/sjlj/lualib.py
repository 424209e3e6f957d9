"""The Lua proof's helpers: Lua 5.4.8 (the lupa sdist's third-party/lua54, unmodified)
with tests/sjlj/lib/lua_glue.c, sandboxed; and a Python face for a Lua state in it."""

from __future__ import annotations

import shutil
from typing import TYPE_CHECKING

from projects import TESTS, build_inplace, import_built, write_project
from upstream import LUA, unpacked

if TYPE_CHECKING:
    from pathlib import Path
    from types import ModuleType

LIB = TESTS / "sjlj" / "lib"
# Lua's core and the libraries lua_glue opens. Not the interpreters (lua.c, luac.c), the
# one-file build (onelua.c), the test library (ltests.c), linit.c (lua_glue opens its own
# set), nor io, os and package: files, processes, clocks and dynamic loading, which a
# sandbox denies anyway (and loslib wants wasi-libc's emulated process clocks).
LUA_SOURCES = ("lapi.c", "lcode.c", "lctype.c", "ldebug.c", "ldo.c", "ldump.c", "lfunc.c",
               "lgc.c", "llex.c", "lmem.c", "lobject.c", "lopcodes.c", "lparser.c", "lstate.c",
               "lstring.c", "ltable.c", "ltm.c", "lundump.c", "lvm.c", "lzio.c", "lauxlib.c",
               "lbaselib.c", "lcorolib.c", "ldblib.c", "lmathlib.c", "lstrlib.c", "ltablib.c",
               "lutf8lib.c")
LUA_OK, LUA_ERRRUN, LUA_ERRSYNTAX, LUA_ERRMEM = 0, 2, 3, 4


def lua_tree() -> Path:
    return unpacked(LUA)


def write_lua_project(root: Path, module: str, header: str = "lua_glue.h",
                      extra: tuple[str, ...] = (), **options: object) -> Path:
    """Lua + lua_glue.c (and the `extra` files of lib/), with typed bindings for
    `header`'s functions."""
    tree = lua_tree()
    lua_dir = root / "lua54"
    lua_dir.mkdir(parents=True)
    for item in tree.iterdir():
        if item.suffix in (".c", ".h"):
            shutil.copy(item, lua_dir / item.name)
    files = {name: (LIB / name).read_text() for name in ("lua_glue.c", "lua_glue.h", *extra)}
    write_project(root, module, files,
                  library_sources=[f"lua54/{name}" for name in LUA_SOURCES],
                  header=header, include_dirs=["lua54"],
                  # lstate.h takes sig_atomic_t from <signal.h>, which wasi-libc declares
                  # only on request; Lua calls no signal function (only lua.c does).
                  define_macros=[("_WASI_EMULATED_SIGNAL", None)], **options)
    return root


def build_lua(root: Path, module: str, header: str = "lua_glue.h", extra: tuple[str, ...] = (),
              **options: object) -> ModuleType:
    write_lua_project(root, module, header, extra, **options)
    build_inplace(root)
    return import_built(root, module)


class Lua:
    """One Lua state inside a sandbox `sb`."""

    def __init__(self, sb: object, memory_limit: int = 0) -> None:
        self.sb = sb
        self.state = sb.lua_glue_new(memory_limit)  # type: ignore[attr-defined]
        assert self.state != 0, "no memory for a Lua state"
        self.out = bytearray(4096)

    def run(self, chunk: str) -> tuple[int, str]:
        """(Lua's status, the chunk's first result or its error, as text)."""
        source = chunk.encode()
        status = self.sb.lua_glue_run(  # type: ignore[attr-defined]
            self.state, source, len(source), self.out, len(self.out))
        return status, bytes(self.out).split(b"\0", 1)[0].decode()

    def memory(self) -> int:
        return int(self.sb.lua_glue_memory(self.state))  # type: ignore[attr-defined]

    def close(self) -> None:
        self.sb.lua_glue_close(self.state)  # type: ignore[attr-defined]
