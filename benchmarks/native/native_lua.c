/* _native_lua: Lua 5.4.8 with lua_glue.c (tests/sjlj/lib), the same sources the
 * sandbox compiles, as a plain extension with the sandbox's raw API (rawapi.h).
 * The glue's calls release the GIL, as the sandbox's do. */
#include "rawapi.h"
#include "lua_glue.h"

static PyObject *n_lua_glue_new(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    (void)self;
    RAWAPI_NARGS("lua_glue_new", 1);
    uint64_t limit;
    if (!rawapi_u64(args[0], &limit))
        return NULL;
    lua_State *L;
    Py_BEGIN_ALLOW_THREADS
    L = lua_glue_new((size_t)limit);
    Py_END_ALLOW_THREADS
    return PyLong_FromVoidPtr(L);
}

static PyObject *n_lua_glue_run(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    (void)self;
    RAWAPI_NARGS("lua_glue_run", 5);
    uint64_t L, chunk, size, out, out_size;
    if (!rawapi_u64(args[0], &L) || !rawapi_u64(args[1], &chunk) || !rawapi_u64(args[2], &size)
        || !rawapi_u64(args[3], &out) || !rawapi_u64(args[4], &out_size))
        return NULL;
    int status;
    Py_BEGIN_ALLOW_THREADS
    status = lua_glue_run((lua_State *)(uintptr_t)L, (const char *)(uintptr_t)chunk,
                          (size_t)size, (char *)(uintptr_t)out, (size_t)out_size);
    Py_END_ALLOW_THREADS
    return PyLong_FromLong(status);
}

static PyObject *n_lua_glue_close(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    (void)self;
    RAWAPI_NARGS("lua_glue_close", 1);
    uint64_t L;
    if (!rawapi_u64(args[0], &L))
        return NULL;
    lua_glue_close((lua_State *)(uintptr_t)L);
    Py_RETURN_NONE;
}

static PyMethodDef methods[] = {
    RAWAPI_METHODS,
    {"lua_glue_new", (PyCFunction)(void (*)(void))n_lua_glue_new, METH_FASTCALL, NULL},
    {"lua_glue_run", (PyCFunction)(void (*)(void))n_lua_glue_run, METH_FASTCALL, NULL},
    {"lua_glue_close", (PyCFunction)(void (*)(void))n_lua_glue_close, METH_FASTCALL, NULL},
    {NULL, NULL, 0, NULL},
};

#define NATIVE_DEFAULT_NAME _native_lua
#include "native_module.h"
NATIVE_MODULE
