/* lua_glue.h - a Lua 5.4 embedding in one small API: a state with a memory limit,
 * chunks run under lua_pcall, errors back as values. Used by the Lua proof
 * (tests/sjlj/test_lua.py) inside the sandbox and by benchmark B9 both inside
 * the sandbox and natively. */
#ifndef LUA_GLUE_H
#define LUA_GLUE_H

#include <stddef.h>

typedef struct lua_State lua_State;

/* A new state with the base, coroutine, table, string, math, utf8 and debug
 * libraries, whose allocations stop at memory_limit bytes (0: no limit).
 * NULL if there is not even memory for that. */
lua_State *lua_glue_new(size_t memory_limit);

/* Compile and run `chunk` (size bytes of Lua source) under lua_pcall. Its
 * first result, or the error value, is written to `out` as text (NUL-ended,
 * cut to out_size - 1 bytes). Returns Lua's status: 0 (LUA_OK), 2 (LUA_ERRRUN),
 * 3 (LUA_ERRSYNTAX), 4 (LUA_ERRMEM), 5 (LUA_ERRERR). */
int lua_glue_run(lua_State *L, const char *chunk, size_t size, char *out, size_t out_size);

/* Bytes the state has allocated now. */
size_t lua_glue_memory(lua_State *L);

void lua_glue_close(lua_State *L);

#endif
