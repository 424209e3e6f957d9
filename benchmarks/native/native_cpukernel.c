/* _native_cpukernel: cpukernel.c (B13) as a plain extension with the sandbox's raw
 * API (rawapi.h). Each call releases the GIL, as the sandbox's long calls do. */
#include "rawapi.h"

uint32_t cpu_list(uint32_t count, uint32_t rounds, uint32_t seed);
uint32_t cpu_matrix(uint32_t n, uint32_t rounds, uint32_t seed);
uint32_t cpu_state(uint32_t length, uint32_t rounds, uint32_t seed);
uint32_t cpu_calls(uint32_t count, uint32_t rounds, uint32_t seed);

static int three_u32(PyObject *const *args, uint32_t out[3])
{
    for (int i = 0; i < 3; i++) {
        uint64_t v;
        if (!rawapi_u64(args[i], &v))
            return 0;
        out[i] = (uint32_t)v;
    }
    return 1;
}

#define KERNEL3(fn)                                                                      \
    static PyObject *n_##fn(PyObject *self, PyObject *const *args, Py_ssize_t nargs)     \
    {                                                                                    \
        (void)self;                                                                      \
        RAWAPI_NARGS(#fn, 3);                                                            \
        uint32_t a[3], r;                                                                \
        if (!three_u32(args, a))                                                         \
            return NULL;                                                                 \
        Py_BEGIN_ALLOW_THREADS                                                           \
        r = fn(a[0], a[1], a[2]);                                                        \
        Py_END_ALLOW_THREADS                                                             \
        return PyLong_FromUnsignedLong(r);                                               \
    }

KERNEL3(cpu_list)
KERNEL3(cpu_matrix)
KERNEL3(cpu_state)
KERNEL3(cpu_calls)

static PyMethodDef methods[] = {
    RAWAPI_METHODS,
    {"cpu_list", (PyCFunction)(void (*)(void))n_cpu_list, METH_FASTCALL, NULL},
    {"cpu_matrix", (PyCFunction)(void (*)(void))n_cpu_matrix, METH_FASTCALL, NULL},
    {"cpu_state", (PyCFunction)(void (*)(void))n_cpu_state, METH_FASTCALL, NULL},
    {"cpu_calls", (PyCFunction)(void (*)(void))n_cpu_calls, METH_FASTCALL, NULL},
    {NULL, NULL, 0, NULL},
};

#define NATIVE_DEFAULT_NAME _native_cpukernel
#include "native_module.h"
NATIVE_MODULE
