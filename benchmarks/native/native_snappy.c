/* _native_snappy: snappy 1.1.9, the same C++ sources the sandbox compiles, built
 * natively, behind its C API (snappy-c.h) with the sandbox's raw API (rawapi.h).
 * Library calls release the GIL, as the sandbox's do. */
#include "rawapi.h"
#include "snappy-c.h"

static PyObject *n_max_compressed_length(PyObject *self, PyObject *const *args,
                                         Py_ssize_t nargs)
{
    (void)self;
    RAWAPI_NARGS("snappy_max_compressed_length", 1);
    uint64_t n;
    if (!rawapi_u64(args[0], &n))
        return NULL;
    return PyLong_FromSize_t(snappy_max_compressed_length((size_t)n));
}

typedef snappy_status (*snappy_fn)(const char *, size_t, char *, size_t *);

/* snappy_compress and snappy_uncompress: (input, length, output, length_ptr) -> status */
static PyObject *call_snappy(snappy_fn fn, PyObject *const *args)
{
    uint64_t src, srclen, dst, dstlen;
    if (!rawapi_u64(args[0], &src) || !rawapi_u64(args[1], &srclen)
        || !rawapi_u64(args[2], &dst) || !rawapi_u64(args[3], &dstlen))
        return NULL;
    snappy_status rc;
    Py_BEGIN_ALLOW_THREADS
    rc = fn((const char *)(uintptr_t)src, (size_t)srclen, (char *)(uintptr_t)dst,
            (size_t *)(uintptr_t)dstlen);
    Py_END_ALLOW_THREADS
    return PyLong_FromLong(rc);
}

static PyObject *n_compress(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    (void)self;
    RAWAPI_NARGS("snappy_compress", 4);
    return call_snappy(snappy_compress, args);
}

static PyObject *n_uncompress(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    (void)self;
    RAWAPI_NARGS("snappy_uncompress", 4);
    return call_snappy(snappy_uncompress, args);
}

static PyMethodDef methods[] = {
    RAWAPI_METHODS,
    {"snappy_max_compressed_length", (PyCFunction)(void (*)(void))n_max_compressed_length,
     METH_FASTCALL, NULL},
    {"snappy_compress", (PyCFunction)(void (*)(void))n_compress, METH_FASTCALL, NULL},
    {"snappy_uncompress", (PyCFunction)(void (*)(void))n_uncompress, METH_FASTCALL, NULL},
    {NULL, NULL, 0, NULL},
};

#define NATIVE_DEFAULT_NAME _native_snappy
#include "native_module.h"
NATIVE_MODULE
