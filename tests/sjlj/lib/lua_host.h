/* lua_host.h - lua_glue.h, and a Lua function that calls the host: Lua's
 * setjmp-based errors around and inside an import (tests/sjlj/test_sjlj_callbacks.py). */
#ifndef LUA_HOST_H
#define LUA_HOST_H

#include "lua_glue.h"

/* The import: Python's answer to (n, text). A negative answer makes host() raise a
 * Lua error. */
int host_call(int n, const char *text);

/* Register host(n [, text]) as a global function of L: Python's answer. */
void lua_host_open(lua_State *L);

#endif
