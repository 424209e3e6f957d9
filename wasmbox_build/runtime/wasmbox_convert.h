/* wasmbox_convert.h - Python values <-> wasm values, for the export wrappers.
 *
 * The fast paths (an exact int or float in range) are inline; conversions of
 * other objects and all errors are in wasmbox_convert.c.
 *
 * Integers in: an i32 parameter accepts any int in [-2**31, 2**32), so both
 * the signed and the unsigned reading of a C int work; an i64 parameter any
 * int in [-2**63, 2**64). Anything else is OverflowError; a non-integer is
 * TypeError. Objects with __index__ are accepted.
 * Floats in: float or int (or __index__); f32 rounds to nearest.
 * Integers out: always the SIGNED reading (wasm does not say which one the C
 * code meant). Mask with `& 0xFFFFFFFF` / `& 0xFFFFFFFFFFFFFFFF` for unsigned.
 */
#ifndef WASMBOX_CONVERT_H_
#define WASMBOX_CONVERT_H_

#ifndef WASMBOX_H_
#error "include wasmbox.h instead"
#endif

WASMBOX_INTERNAL bool wasmbox_bad_nargs(const char *fn, Py_ssize_t nargs, Py_ssize_t expected);
WASMBOX_INTERNAL bool wasmbox_arg_int_slow(PyObject *arg, const char *fn, int pos, int bits,
                                           uint64_t *out);
WASMBOX_INTERNAL bool wasmbox_arg_float_slow(PyObject *arg, const char *fn, int pos,
                                             double *out);
/* A tuple of n new references (any may be NULL: then NULL, all released). */
WASMBOX_INTERNAL PyObject *wasmbox_tuple(Py_ssize_t n, PyObject **items);
/* The name of obj's type for an error message ("int", "numpy.ndarray"): a new
 * reference, or NULL with an exception set. */
WASMBOX_INTERNAL PyObject *wasmbox_type_name(PyObject *obj);

static inline bool wasmbox_check_nargs(const char *fn, Py_ssize_t nargs, Py_ssize_t expected)
{
    return LIKELY(nargs == expected) || wasmbox_bad_nargs(fn, nargs, expected);
}

/* An exact int of at most one digit (|v| < 2**30 or 2**15): its value
 * without a call into the interpreter. Most arguments are such ints. The
 * stable ABI keeps PyLongObject opaque: there every int takes the
 * PyLong_AsLongLongAndOverflow() path below. */
#ifdef Py_LIMITED_API
#define WASMBOX_SMALL_INT(arg, value) ((void)(arg), (value) = 0, false)
#elif PY_VERSION_HEX >= 0x030C0000
#define WASMBOX_SMALL_INT(arg, value)                                                   \
    (PyLong_CheckExact(arg) && PyUnstable_Long_IsCompact((PyLongObject *)(arg))          \
     && ((value) = PyUnstable_Long_CompactValue((PyLongObject *)(arg)), 1))
#else
#if PY_VERSION_HEX < 0x030B0000
#include <longintrepr.h>
#endif
#define WASMBOX_SMALL_INT(arg, value)                                                   \
    (PyLong_CheckExact(arg) && Py_SIZE(arg) >= -1 && Py_SIZE(arg) <= 1                   \
     && ((value) = Py_SIZE(arg) * (Py_ssize_t)((PyLongObject *)(arg))->ob_digit[0], 1))
#endif

static inline bool wasmbox_arg_i32(PyObject *arg, const char *fn, int pos, uint32_t *out)
{
    Py_ssize_t small;
    if (LIKELY(WASMBOX_SMALL_INT(arg, small))) {
        *out = (uint32_t)small;
        return true;
    }
    if (LIKELY(PyLong_CheckExact(arg))) {
        int overflow;
        long long v = PyLong_AsLongLongAndOverflow(arg, &overflow);
        if (LIKELY(!overflow && v >= INT32_MIN && v <= (long long)UINT32_MAX)) {
            *out = (uint32_t)v;
            return true;
        }
    }
    uint64_t v;
    if (!wasmbox_arg_int_slow(arg, fn, pos, 32, &v))
        return false;
    *out = (uint32_t)v;
    return true;
}

static inline bool wasmbox_arg_i64(PyObject *arg, const char *fn, int pos, uint64_t *out)
{
    Py_ssize_t small;
    if (LIKELY(WASMBOX_SMALL_INT(arg, small))) {
        *out = (uint64_t)(int64_t)small;
        return true;
    }
    if (LIKELY(PyLong_CheckExact(arg))) {
        int overflow;
        long long v = PyLong_AsLongLongAndOverflow(arg, &overflow);
        if (LIKELY(!overflow)) {
            *out = (uint64_t)v;
            return true;
        }
    }
    return wasmbox_arg_int_slow(arg, fn, pos, 64, out);
}

/* An exact float's value: read in place, or (stable ABI, PyFloatObject is
 * opaque) with a call. */
#ifdef Py_LIMITED_API
#define WASMBOX_FLOAT_VALUE(arg) PyFloat_AsDouble(arg)
#else
#define WASMBOX_FLOAT_VALUE(arg) PyFloat_AS_DOUBLE(arg)
#endif

static inline bool wasmbox_arg_f64(PyObject *arg, const char *fn, int pos, double *out)
{
    if (LIKELY(PyFloat_CheckExact(arg))) {
        *out = WASMBOX_FLOAT_VALUE(arg);
        return true;
    }
    return wasmbox_arg_float_slow(arg, fn, pos, out);
}

static inline bool wasmbox_arg_f32(PyObject *arg, const char *fn, int pos, float *out)
{
    double d;
    if (!wasmbox_arg_f64(arg, fn, pos, &d))
        return false;
    *out = (float)d;
    return true;
}

static inline PyObject *wasmbox_i32_result(uint32_t v)
{
    return PyLong_FromLong((long)(int32_t)v);
}

static inline PyObject *wasmbox_i64_result(uint64_t v)
{
    return PyLong_FromLongLong((long long)(int64_t)v);
}

static inline PyObject *wasmbox_f32_result(float v)
{
    return PyFloat_FromDouble((double)v);
}

static inline PyObject *wasmbox_f64_result(double v)
{
    return PyFloat_FromDouble(v);
}

#endif /* WASMBOX_CONVERT_H_ */
