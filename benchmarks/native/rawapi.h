/* rawapi.h - the raw API of a sandboxed module, for a NATIVE extension.
 *
 * The benchmarks drive every contender through the same calls: alloc() a
 * buffer, write() data into it, call the library with pointers and sizes as
 * plain integers, read() the result back. A sandbox does exactly this across
 * its boundary; this header gives a native extension the same methods over
 * host memory, so the Python driver code is identical and only the library's
 * home differs. (Pointers are host addresses here: no safety, by design.)
 *
 * A module includes this, defines its library functions, and lists
 * RAWAPI_METHODS in its method table.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static inline int rawapi_u64(PyObject *o, uint64_t *out)
{
    unsigned long long v = PyLong_AsUnsignedLongLongMask(o);
    if (v == (unsigned long long)-1 && PyErr_Occurred())
        return 0;
    *out = v;
    return 1;
}

static inline int rawapi_i64(PyObject *o, int64_t *out)
{
    long long v = PyLong_AsLongLong(o);
    if (v == -1 && PyErr_Occurred())
        return 0;
    *out = v;
    return 1;
}

#define RAWAPI_NARGS(name, n)                                                        \
    if (nargs != (n)) {                                                              \
        PyErr_Format(PyExc_TypeError, name "() takes %d arguments", (int)(n));       \
        return NULL;                                                                 \
    }

/* alloc(size | bytes-like) -> pointer */
static PyObject *rawapi_alloc(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    (void)self;
    RAWAPI_NARGS("alloc", 1);
    if (PyLong_Check(args[0])) {
        Py_ssize_t n = PyLong_AsSsize_t(args[0]);
        if (n < 0)
            return PyErr_Occurred() ? NULL : PyErr_Format(PyExc_ValueError, "negative size");
        void *p = malloc(n ? (size_t)n : 1);
        return p ? PyLong_FromVoidPtr(p) : PyErr_NoMemory();
    }
    Py_buffer view;
    if (PyObject_GetBuffer(args[0], &view, PyBUF_SIMPLE) < 0)
        return NULL;
    void *p = malloc(view.len ? (size_t)view.len : 1);
    if (p)
        memcpy(p, view.buf, (size_t)view.len);
    PyBuffer_Release(&view);
    return p ? PyLong_FromVoidPtr(p) : PyErr_NoMemory();
}

static PyObject *rawapi_free(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    (void)self;
    RAWAPI_NARGS("free", 1);
    uint64_t p;
    if (!rawapi_u64(args[0], &p))
        return NULL;
    free((void *)(uintptr_t)p);
    Py_RETURN_NONE;
}

/* read(ptr, n) -> bytes */
static PyObject *rawapi_read(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    (void)self;
    RAWAPI_NARGS("read", 2);
    uint64_t p, n;
    if (!rawapi_u64(args[0], &p) || !rawapi_u64(args[1], &n))
        return NULL;
    return PyBytes_FromStringAndSize((const char *)(uintptr_t)p, (Py_ssize_t)n);
}

/* write(ptr, data) */
static PyObject *rawapi_write(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    (void)self;
    RAWAPI_NARGS("write", 2);
    uint64_t p;
    Py_buffer view;
    if (!rawapi_u64(args[0], &p) || PyObject_GetBuffer(args[1], &view, PyBUF_SIMPLE) < 0)
        return NULL;
    memcpy((void *)(uintptr_t)p, view.buf, (size_t)view.len);
    PyBuffer_Release(&view);
    Py_RETURN_NONE;
}

#define RAWAPI_METHODS                                                               \
    {"alloc", (PyCFunction)(void (*)(void))rawapi_alloc, METH_FASTCALL, NULL},       \
    {"free", (PyCFunction)(void (*)(void))rawapi_free, METH_FASTCALL, NULL},         \
    {"read", (PyCFunction)(void (*)(void))rawapi_read, METH_FASTCALL, NULL},         \
    {"write", (PyCFunction)(void (*)(void))rawapi_write, METH_FASTCALL, NULL}
