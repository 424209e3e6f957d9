/* lua_host.c - see lua_host.h. */
#include "lauxlib.h"
#include "lua.h"

#include "lua_host.h"

static int host(lua_State *L)
{
    /* A wrong argument is a Lua error: a longjmp out of here, before the import. */
    int n = (int)luaL_checkinteger(L, 1);
    const char *text = luaL_optstring(L, 2, "");
    int answer = host_call(n, text);
    if (answer < 0)
        return luaL_error(L, "the host refused %d", n); /* a longjmp, after the import */
    lua_pushinteger(L, answer);
    return 1;
}

void lua_host_open(lua_State *L)
{
    lua_register(L, "host", host);
}
