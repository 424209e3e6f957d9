/* _native_zlib: zlib 1.3.1, the same sources the sandbox compiles, as a plain
 * extension with the sandbox's raw API (rawapi.h). Library calls release the
 * GIL, as the sandbox's do. crc32_bytes() is the idiomatic native call: CRC
 * of a bytes object in place, no copy (the GIL released above 5 KiB, as the
 * standard library's zlib does). */
#include "rawapi.h"
#include "zlib.h"

static PyObject *n_compressBound(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    (void)self;
    RAWAPI_NARGS("compressBound", 1);
    uint64_t n;
    if (!rawapi_u64(args[0], &n))
        return NULL;
    return PyLong_FromUnsignedLongLong(compressBound((uLong)n));
}

static PyObject *n_compress2(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    (void)self;
    RAWAPI_NARGS("compress2", 5);
    uint64_t dst, dstlen, src, srclen;
    int64_t level;
    if (!rawapi_u64(args[0], &dst) || !rawapi_u64(args[1], &dstlen) || !rawapi_u64(args[2], &src)
        || !rawapi_u64(args[3], &srclen) || !rawapi_i64(args[4], &level))
        return NULL;
    int rc;
    Py_BEGIN_ALLOW_THREADS
    rc = compress2((Bytef *)(uintptr_t)dst, (uLongf *)(uintptr_t)dstlen,
                   (const Bytef *)(uintptr_t)src, (uLong)srclen, (int)level);
    Py_END_ALLOW_THREADS
    return PyLong_FromLong(rc);
}

static PyObject *n_uncompress(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    (void)self;
    RAWAPI_NARGS("uncompress", 4);
    uint64_t dst, dstlen, src, srclen;
    if (!rawapi_u64(args[0], &dst) || !rawapi_u64(args[1], &dstlen) || !rawapi_u64(args[2], &src)
        || !rawapi_u64(args[3], &srclen))
        return NULL;
    int rc;
    Py_BEGIN_ALLOW_THREADS
    rc = uncompress((Bytef *)(uintptr_t)dst, (uLongf *)(uintptr_t)dstlen,
                    (const Bytef *)(uintptr_t)src, (uLong)srclen);
    Py_END_ALLOW_THREADS
    return PyLong_FromLong(rc);
}

static PyObject *n_crc32(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    (void)self;
    RAWAPI_NARGS("crc32", 3);
    uint64_t crc, p, n;
    if (!rawapi_u64(args[0], &crc) || !rawapi_u64(args[1], &p) || !rawapi_u64(args[2], &n))
        return NULL;
    uLong result;
    Py_BEGIN_ALLOW_THREADS
    result = crc32((uLong)crc, (const Bytef *)(uintptr_t)p, (uInt)n);
    Py_END_ALLOW_THREADS
    return PyLong_FromUnsignedLong(result);
}

static PyObject *n_crc32_bytes(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    (void)self;
    RAWAPI_NARGS("crc32_bytes", 2);
    uint64_t crc;
    Py_buffer view;
    if (!rawapi_u64(args[0], &crc) || PyObject_GetBuffer(args[1], &view, PyBUF_SIMPLE) < 0)
        return NULL;
    uLong result;
    if (view.len > 5 * 1024) {
        Py_BEGIN_ALLOW_THREADS
        result = crc32((uLong)crc, view.buf, (uInt)view.len);
        Py_END_ALLOW_THREADS
    } else {
        result = crc32((uLong)crc, view.buf, (uInt)view.len);
    }
    PyBuffer_Release(&view);
    return PyLong_FromUnsignedLong(result);
}

static PyMethodDef methods[] = {
    RAWAPI_METHODS,
    {"compressBound", (PyCFunction)(void (*)(void))n_compressBound, METH_FASTCALL, NULL},
    {"compress2", (PyCFunction)(void (*)(void))n_compress2, METH_FASTCALL, NULL},
    {"uncompress", (PyCFunction)(void (*)(void))n_uncompress, METH_FASTCALL, NULL},
    {"crc32", (PyCFunction)(void (*)(void))n_crc32, METH_FASTCALL, NULL},
    {"crc32_bytes", (PyCFunction)(void (*)(void))n_crc32_bytes, METH_FASTCALL, NULL},
    {NULL, NULL, 0, NULL},
};

#define NATIVE_DEFAULT_NAME _native_zlib
#include "native_module.h"
NATIVE_MODULE
