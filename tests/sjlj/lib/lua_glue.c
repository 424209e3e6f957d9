/* lua_glue.c - see lua_glue.h. Every call into Lua is protected: Lua reports
 * errors with longjmp (LUAI_THROW) back to the lua_pcall that is running. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "lauxlib.h"
#include "lua.h"
#include "lualib.h"

#include "lua_glue.h"

struct budget {
    size_t used, limit;
};

/* lua_Alloc with a ceiling: a NULL result makes Lua raise "not enough memory". */
static void *limited_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
    struct budget *budget = ud;
    size_t old = ptr != NULL ? osize : 0;
    if (nsize == 0) {
        free(ptr);
        budget->used -= old;
        return NULL;
    }
    if (nsize > old && nsize - old > budget->limit - budget->used)
        return NULL;
    void *grown = realloc(ptr, nsize);
    if (grown != NULL)
        budget->used = budget->used - old + nsize;
    return grown;
}

static int open_libraries(lua_State *L)
{
    static const luaL_Reg libraries[] = {
        {LUA_GNAME, luaopen_base},          {LUA_COLIBNAME, luaopen_coroutine},
        {LUA_TABLIBNAME, luaopen_table},    {LUA_STRLIBNAME, luaopen_string},
        {LUA_MATHLIBNAME, luaopen_math},    {LUA_UTF8LIBNAME, luaopen_utf8},
        {LUA_DBLIBNAME, luaopen_debug},     {NULL, NULL},
    };
    for (const luaL_Reg *lib = libraries; lib->func != NULL; lib++) {
        luaL_requiref(L, lib->name, lib->func, 1);
        lua_pop(L, 1);
    }
    return 0;
}

lua_State *lua_glue_new(size_t memory_limit)
{
    struct budget *budget = malloc(sizeof *budget);
    if (budget == NULL)
        return NULL;
    budget->used = 0;
    budget->limit = memory_limit != 0 ? memory_limit : SIZE_MAX;
    lua_State *L = lua_newstate(limited_alloc, budget);
    if (L == NULL) {
        free(budget);
        return NULL;
    }
    lua_pushcfunction(L, open_libraries);
    if (lua_pcall(L, 0, 0, 0) != LUA_OK) {
        lua_glue_close(L);
        return NULL;
    }
    return L;
}

int lua_glue_run(lua_State *L, const char *chunk, size_t size, char *out, size_t out_size)
{
    int status = luaL_loadbufferx(L, chunk, size, "=chunk", "t");
    if (status == LUA_OK)
        status = lua_pcall(L, 0, 1, 0);
    /* lua_tolstring, not luaL_tolstring: no metamethod may run (and fail) here,
     * outside any protected call. */
    size_t length = 0;
    const char *text = lua_type(L, -1) == LUA_TSTRING || lua_type(L, -1) == LUA_TNUMBER
                           ? lua_tolstring(L, -1, &length)
                           : lua_typename(L, lua_type(L, -1));
    if (text != NULL && length == 0)
        length = strlen(text);
    if (out_size > 0) {
        if (length > out_size - 1)
            length = out_size - 1;
        memcpy(out, text, length);
        out[length] = '\0';
    }
    lua_settop(L, 0);
    return status;
}

size_t lua_glue_memory(lua_State *L)
{
    void *ud;
    lua_getallocf(L, &ud);
    return ((struct budget *)ud)->used;
}

void lua_glue_close(lua_State *L)
{
    void *ud;
    lua_getallocf(L, &ud);
    lua_close(L);
    free(ud);
}
