/* _native_callback: callback.c's loop() with a Python callable as its callback, the
 * way a native extension does it: a C function that calls the callable with
 * PyObject_Vectorcall (two ints in, an int out).
 *
 *   loop(fn, n)        holds the GIL throughout;
 *   loop_nogil(fn, n)  releases it while the C loop runs and takes it back for each
 *                      call of fn, as a sandbox does (other threads run meanwhile). */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <limits.h>

#include "callback.h"

static PyObject *current;     /* the callable of the running loop */
static int failed;            /* it raised: later calls return 0 at once */
static PyThreadState *saved;  /* loop_nogil: the thread state the GIL was released from */

static int call_python(int a, int b)
{
    if (failed)
        return 0;
    PyObject *args[2] = {PyLong_FromLong(a), PyLong_FromLong(b)};
    PyObject *result = NULL;
    if (args[0] != NULL && args[1] != NULL)
        result = PyObject_Vectorcall(current, args, 2, NULL);
    Py_XDECREF(args[0]);
    Py_XDECREF(args[1]);
    long value = result != NULL ? PyLong_AsLong(result) : -1;
    Py_XDECREF(result);
    if ((value == -1 && PyErr_Occurred()) || value < INT_MIN || value > INT_MAX) {
        if (!PyErr_Occurred())
            PyErr_SetString(PyExc_OverflowError, "the callback's result is not a C int");
        failed = 1;
        return 0;
    }
    return (int)value;
}

static int call_python_nogil(int a, int b)
{
    PyEval_RestoreThread(saved);
    int result = call_python(a, b);
    saved = PyEval_SaveThread();
    return result;
}

static PyObject *run(PyObject *const *args, Py_ssize_t nargs, int release)
{
    if (nargs != 2 || !PyCallable_Check(args[0])) {
        PyErr_SetString(PyExc_TypeError, "loop(callable, n)");
        return NULL;
    }
    long n = PyLong_AsLong(args[1]);
    if (n == -1 && PyErr_Occurred())
        return NULL;
    current = args[0];
    failed = 0;
    int s;
    if (release) {
        saved = PyEval_SaveThread();
        s = loop(call_python_nogil, (int)n);
        PyEval_RestoreThread(saved);
    } else {
        s = loop(call_python, (int)n);
    }
    current = NULL;
    if (failed)
        return NULL;
    return PyLong_FromLong(s);
}

static PyObject *n_loop(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    (void)self;
    return run(args, nargs, 0);
}

static PyObject *n_loop_nogil(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    (void)self;
    return run(args, nargs, 1);
}

static PyMethodDef methods[] = {
    {"loop", (PyCFunction)(void (*)(void))n_loop, METH_FASTCALL, NULL},
    {"loop_nogil", (PyCFunction)(void (*)(void))n_loop_nogil, METH_FASTCALL, NULL},
    {NULL, NULL, 0, NULL},
};

#define NATIVE_DEFAULT_NAME _native_callback
#include "native_module.h"
NATIVE_MODULE
