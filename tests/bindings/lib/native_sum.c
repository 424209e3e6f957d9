/* native_sum.c - a native method (native_sources=) for the typed test library:
 * copies bytes into the sandbox and calls t_sum_bytes there, in one crossing
 * from Python, through wasmbox_native.h. */
#include <string.h>

#include "wasmbox_native.h"
#include "wasmbox_instance.h"

typedef struct {
    uint32_t data, size; /* in */
    uint32_t sum;        /* out */
} sum_call;

static void run_sum(void *instance, void *arg)
{
    sum_call *call = arg;
    call->sum = WASMBOX_EXPORT(t_sum_bytes)(instance, call->data, call->size);
}

static PyObject *native_sum(PyObject *self, PyObject *arg)
{
    Py_buffer view;
    if (PyObject_GetBuffer(arg, &view, PyBUF_SIMPLE) < 0)
        return NULL;
    PyObject *result = NULL;
    wasmbox_sandbox *sb = wasmbox_native_sandbox(self);
    if (sb != NULL && view.len > UINT32_MAX)
        PyErr_SetString(PyExc_MemoryError, "too large for the sandbox");
    else if (sb != NULL && wasmbox_native_begin(sb)) {
        uint32_t addr;
        if (wasmbox_native_alloc(sb, (uint32_t)view.len, &addr)) {
            uint8_t *p = wasmbox_native_ptr(sb, addr, (uint64_t)view.len);
            sum_call call = {addr, (uint32_t)view.len, 0};
            if (p != NULL) {
                memcpy(p, view.buf, (size_t)view.len);
                if (wasmbox_native_call(sb, "native_sum", run_sum, &call))
                    result = PyLong_FromUnsignedLong(call.sum);
            }
            if (!wasmbox_native_free(sb, addr))
                Py_CLEAR(result);
        }
        wasmbox_native_end(sb);
    }
    Py_XDECREF(sb);
    PyBuffer_Release(&view);
    return result;
}

/* The address check: reading outside the sandbox memory is an IndexError. */
static PyObject *native_peek(PyObject *self, PyObject *arg)
{
    unsigned long long addr = PyLong_AsUnsignedLongLong(arg);
    if (addr == (unsigned long long)-1 && PyErr_Occurred())
        return NULL;
    wasmbox_sandbox *sb = wasmbox_native_sandbox(self);
    if (sb == NULL)
        return NULL;
    PyObject *result = NULL;
    if (wasmbox_native_begin(sb)) {
        const uint8_t *p = wasmbox_native_ptr(sb, addr, 1);
        if (p != NULL)
            result = PyLong_FromLong(*p);
        wasmbox_native_end(sb);
    }
    Py_DECREF(sb);
    return result;
}

static void run_trap(void *instance, void *arg)
{
    sum_call *call = arg;
    call->sum = (uint32_t)WASMBOX_EXPORT(t_trap)(instance, call->data, 3);
}

/* A trap inside a native method: the sandbox is poisoned, free() after it
 * fails quietly, and the trap is what Python sees. */
static PyObject *native_trap(PyObject *self, PyObject *unused)
{
    (void)unused;
    wasmbox_sandbox *sb = wasmbox_native_sandbox(self);
    if (sb == NULL)
        return NULL;
    PyObject *result = NULL;
    if (wasmbox_native_begin(sb)) {
        uint32_t addr;
        if (wasmbox_native_alloc(sb, 3, &addr)) {
            sum_call call = {addr, 3, 0};
            if (wasmbox_native_call(sb, "native_trap", run_trap, &call))
                result = PyLong_FromUnsignedLong(call.sum);
            if (!wasmbox_native_free(sb, addr))
                Py_CLEAR(result);
        }
        wasmbox_native_end(sb);
    }
    Py_DECREF(sb);
    return result;
}

WASMBOX_NATIVE_METHODS = {
    {"native_sum", native_sum, METH_O, "native_sum(data) -> int: t_sum_bytes in one crossing"},
    {"native_peek", native_peek, METH_O, "native_peek(addr) -> int: one byte of memory"},
    {"native_trap", native_trap, METH_NOARGS, "native_trap(): t_trap(data, 3), which traps"},
    {NULL, NULL, 0, NULL},
};
