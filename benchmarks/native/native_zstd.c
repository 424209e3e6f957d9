/* _native_zstd: zstd 1.5.7 (the zstandard sdist's single-file zstd.c, built
 * without ZSTD_MULTITHREAD as in the sandbox) as a plain extension with the
 * sandbox's raw API (rawapi.h). Library calls release the GIL. */
#include "rawapi.h"
#include "zstd.h"

static PyObject *n_compressBound(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    (void)self;
    RAWAPI_NARGS("ZSTD_compressBound", 1);
    uint64_t n;
    if (!rawapi_u64(args[0], &n))
        return NULL;
    return PyLong_FromSize_t(ZSTD_compressBound((size_t)n));
}

static PyObject *n_compress(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    (void)self;
    RAWAPI_NARGS("ZSTD_compress", 5);
    uint64_t dst, cap, src, n;
    int64_t level;
    if (!rawapi_u64(args[0], &dst) || !rawapi_u64(args[1], &cap) || !rawapi_u64(args[2], &src)
        || !rawapi_u64(args[3], &n) || !rawapi_i64(args[4], &level))
        return NULL;
    size_t rc;
    Py_BEGIN_ALLOW_THREADS
    rc = ZSTD_compress((void *)(uintptr_t)dst, (size_t)cap, (const void *)(uintptr_t)src,
                       (size_t)n, (int)level);
    Py_END_ALLOW_THREADS
    return PyLong_FromSize_t(rc);
}

static PyObject *n_decompress(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    (void)self;
    RAWAPI_NARGS("ZSTD_decompress", 4);
    uint64_t dst, cap, src, n;
    if (!rawapi_u64(args[0], &dst) || !rawapi_u64(args[1], &cap) || !rawapi_u64(args[2], &src)
        || !rawapi_u64(args[3], &n))
        return NULL;
    size_t rc;
    Py_BEGIN_ALLOW_THREADS
    rc = ZSTD_decompress((void *)(uintptr_t)dst, (size_t)cap, (const void *)(uintptr_t)src,
                         (size_t)n);
    Py_END_ALLOW_THREADS
    return PyLong_FromSize_t(rc);
}

static PyObject *n_isError(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    (void)self;
    RAWAPI_NARGS("ZSTD_isError", 1);
    uint64_t code;
    if (!rawapi_u64(args[0], &code))
        return NULL;
    return PyLong_FromUnsignedLong(ZSTD_isError((size_t)code));
}

static PyMethodDef methods[] = {
    RAWAPI_METHODS,
    {"ZSTD_compressBound", (PyCFunction)(void (*)(void))n_compressBound, METH_FASTCALL, NULL},
    {"ZSTD_compress", (PyCFunction)(void (*)(void))n_compress, METH_FASTCALL, NULL},
    {"ZSTD_decompress", (PyCFunction)(void (*)(void))n_decompress, METH_FASTCALL, NULL},
    {"ZSTD_isError", (PyCFunction)(void (*)(void))n_isError, METH_FASTCALL, NULL},
    {NULL, NULL, 0, NULL},
};

#define NATIVE_DEFAULT_NAME _native_zstd
#include "native_module.h"
NATIVE_MODULE
