/* sjlj_native.c - native methods (native_sources=) of the setjmp/longjmp test
 * library: sandboxed code that longjmps, called through wasmbox_native_call. */
#include "wasmbox_native.h"
#include "wasmbox_instance.h"

typedef struct {
    int n, depth; /* in */
    int64_t total; /* out */
} many_call;

static void run_catch_many(void *instance, void *arg)
{
    many_call *call = arg;
    call->total = (int64_t)WASMBOX_EXPORT(catch_many)(instance, (uint32_t)call->n,
                                                       (uint32_t)call->depth);
}

/* catch_many(n, depth) in one native call. */
static PyObject *native_catch_many(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 2) {
        PyErr_SetString(PyExc_TypeError, "native_catch_many(n, depth)");
        return NULL;
    }
    many_call call = {(int)PyLong_AsLong(args[0]), (int)PyLong_AsLong(args[1]), 0};
    if (PyErr_Occurred())
        return NULL;
    wasmbox_sandbox *sb = wasmbox_native_sandbox(self);
    if (sb == NULL)
        return NULL;
    PyObject *result = NULL;
    if (wasmbox_native_begin(sb)) {
        if (wasmbox_native_call(sb, "native_catch_many", run_catch_many, &call))
            result = PyLong_FromLongLong(call.total);
        wasmbox_native_end(sb);
    }
    Py_DECREF((PyObject *)sb);
    return result;
}

static void run_stale_jump(void *instance, void *arg)
{
    (void)arg;
    WASMBOX_EXPORT(set_and_return)(instance);
    WASMBOX_EXPORT(jump_to_returned_frame)(instance, 50);
}

/* set_and_return(), then a longjmp to the frame it left, in one native call. */
static PyObject *native_stale_jump(PyObject *self, PyObject *unused)
{
    (void)unused;
    wasmbox_sandbox *sb = wasmbox_native_sandbox(self);
    if (sb == NULL)
        return NULL;
    PyObject *result = NULL;
    if (wasmbox_native_begin(sb)) {
        if (wasmbox_native_call(sb, "native_stale_jump", run_stale_jump, NULL))
            result = Py_NewRef(Py_None);
        wasmbox_native_end(sb);
    }
    Py_DECREF((PyObject *)sb);
    return result;
}

WASMBOX_NATIVE_METHODS = {
    {"native_catch_many", (PyCFunction)(void (*)(void))native_catch_many, METH_FASTCALL,
     "native_catch_many(n, depth) -> int: catch_many in one native call"},
    {"native_stale_jump", native_stale_jump, METH_NOARGS,
     "native_stale_jump(): a longjmp to a returned frame, in one native call"},
    {NULL, NULL, 0, NULL},
};
