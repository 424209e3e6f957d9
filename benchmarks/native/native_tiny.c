/* _native_tiny: tiny.c's add() as a hand-written native extension, the way a
 * careful person writes one: METH_FASTCALL, PyLong_AsLong with a range check,
 * PyLong_FromLong. add() keeps the GIL; add_nogil() releases it around the
 * call, as every sandboxed export does (the fair comparison). */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <limits.h>

int add(int a, int b);

static int get_int(PyObject *o, int *out)
{
    long v = PyLong_AsLong(o);
    if (v == -1 && PyErr_Occurred())
        return 0;
    if (v < INT_MIN || v > (long)UINT_MAX) {
        PyErr_SetString(PyExc_OverflowError, "out of range for a C int");
        return 0;
    }
    *out = (int)v;
    return 1;
}

static PyObject *n_add(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    (void)self;
    int a, b;
    if (nargs != 2) {
        PyErr_SetString(PyExc_TypeError, "add() takes 2 arguments");
        return NULL;
    }
    if (!get_int(args[0], &a) || !get_int(args[1], &b))
        return NULL;
    return PyLong_FromLong(add(a, b));
}

static PyObject *n_add_nogil(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    (void)self;
    int a, b, r;
    if (nargs != 2) {
        PyErr_SetString(PyExc_TypeError, "add_nogil() takes 2 arguments");
        return NULL;
    }
    if (!get_int(args[0], &a) || !get_int(args[1], &b))
        return NULL;
    Py_BEGIN_ALLOW_THREADS
    r = add(a, b);
    Py_END_ALLOW_THREADS
    return PyLong_FromLong(r);
}

static PyMethodDef methods[] = {
    {"add", (PyCFunction)(void (*)(void))n_add, METH_FASTCALL, NULL},
    {"add_nogil", (PyCFunction)(void (*)(void))n_add_nogil, METH_FASTCALL, NULL},
    {NULL, NULL, 0, NULL},
};

#define NATIVE_DEFAULT_NAME _native_tiny
#include "native_module.h"
NATIVE_MODULE
