/* wasmbox_convert.c - the slow paths of wasmbox_convert.h: objects that are
 * not an exact int or float, and the error messages. */
#include "wasmbox.h"

bool wasmbox_bad_nargs(const char *fn, Py_ssize_t nargs, Py_ssize_t expected)
{
    PyErr_Format(PyExc_TypeError, "%s() takes %zd argument%s (%zd given)", fn, expected,
                 expected == 1 ? "" : "s", nargs);
    return false;
}

PyObject *wasmbox_type_name(PyObject *obj)
{
#ifndef Py_LIMITED_API
    return PyUnicode_FromString(Py_TYPE(obj)->tp_name);
#else
    /* tp_name is out of reach in the stable ABI; __module__.__qualname__
     * spells it the same way, except for classes defined in Python (whose
     * tp_name has no module). */
    PyTypeObject *type = Py_TYPE(obj);
    PyObject *qualname = PyType_GetQualName(type);
    if (qualname == NULL)
        return NULL;
    PyObject *module = PyObject_GetAttrString((PyObject *)type, "__module__");
    if (module == NULL || !PyUnicode_Check(module)
        || PyUnicode_CompareWithASCIIString(module, "builtins") == 0) {
        PyErr_Clear();
        Py_XDECREF(module);
        return qualname;
    }
    PyObject *name = PyUnicode_FromFormat("%U.%U", module, qualname);
    Py_DECREF(module);
    Py_DECREF(qualname);
    return name;
#endif
}

static bool type_error(PyObject *arg, const char *fn, int pos, const char *expected)
{
    PyObject *type = wasmbox_type_name(arg);
    if (type == NULL)
        return false;
    PyErr_Format(PyExc_TypeError, "%s() argument %d must be %s, not %.100U", fn, pos, expected,
                 type);
    Py_DECREF(type);
    return false;
}

static bool out_of_range(const char *fn, int pos, int bits)
{
    PyErr_Format(PyExc_OverflowError,
                 "%s() argument %d does not fit in i%d: it must be in [-2**%d, 2**%d)", fn, pos,
                 bits, bits - 1, bits);
    return false;
}

/* Both the signed and the unsigned range: [-2**(bits-1), 2**bits). */
static bool int_in_range(PyObject *value, const char *fn, int pos, int bits, uint64_t *out)
{
    int overflow;
    long long v = PyLong_AsLongLongAndOverflow(value, &overflow);
    if (v == -1 && PyErr_Occurred())
        return false;
    if (overflow > 0 && bits == 64) {
        unsigned long long u = PyLong_AsUnsignedLongLong(value);
        if (u == (unsigned long long)-1 && PyErr_Occurred()) {
            PyErr_Clear();
            return out_of_range(fn, pos, bits);
        }
        *out = u;
        return true;
    }
    if (overflow || (bits == 32 && (v < INT32_MIN || v > (long long)UINT32_MAX)))
        return out_of_range(fn, pos, bits);
    *out = (uint64_t)v;
    return true;
}

bool wasmbox_arg_int_slow(PyObject *arg, const char *fn, int pos, int bits, uint64_t *out)
{
    if (PyLong_Check(arg))
        return int_in_range(arg, fn, pos, bits, out);
    if (PyFloat_Check(arg) || !PyIndex_Check(arg))
        return type_error(arg, fn, pos, "int");
    PyObject *index = PyNumber_Index(arg);
    if (index == NULL)
        return false;
    bool ok = int_in_range(index, fn, pos, bits, out);
    Py_DECREF(index);
    return ok;
}

bool wasmbox_arg_float_slow(PyObject *arg, const char *fn, int pos, double *out)
{
    if (!PyFloat_Check(arg) && !PyLong_Check(arg) && !PyIndex_Check(arg))
        return type_error(arg, fn, pos, "float or int");
    double d = PyFloat_AsDouble(arg); /* OverflowError for an int too large */
    if (d == -1.0 && PyErr_Occurred())
        return false;
    *out = d;
    return true;
}

PyObject *wasmbox_tuple(Py_ssize_t n, PyObject **items)
{
    PyObject *tuple = NULL;
    for (Py_ssize_t i = 0; i < n; i++) {
        if (items[i] == NULL)
            goto done;
    }
    tuple = PyTuple_New(n);
    if (tuple == NULL)
        goto done;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *item = items[i];
        items[i] = NULL;
        if (PyTuple_SetItem(tuple, i, item) < 0) { /* steals the reference; never fails here */
            Py_CLEAR(tuple);
            goto done;
        }
    }
done:
    for (Py_ssize_t i = 0; i < n; i++)
        Py_XDECREF(items[i]);
    return tuple;
}
