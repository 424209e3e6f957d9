/* wasmbox_bindings.h - typed wrappers generated from the library's header.
 *
 * With header= the glue wraps each function the header declares in its own
 * typed wrapper (templates/bindings.c.j2). A wrapper describes its C
 * parameters in a static table (wasmbox_param), converts each argument into
 * a call frame with the wasmbox_typed_* functions below, and makes the call
 * with wasmbox_bound_call(), which
 *
 *   1. takes the sandbox lock and checks the sandbox is live;
 *   2. if any argument is a buffer: mallocs ONE scratch block inside the
 *      sandbox for all of them (16-byte aligned pieces), copies them in and
 *      points the frame's pointer arguments at their copies;
 *   3. runs the wasm function inside the trap boundary, GIL released;
 *   4. copies writable buffers and cells back out, frees the block, unlocks.
 *
 * After a trap nothing is copied back and the block is not freed: the
 * instance is poisoned and never entered again. Every address the sandbox
 * hands back (malloc's result) is checked before the host touches memory.
 *
 * What each kind of parameter accepts (an int is always taken as a raw
 * sandbox address for pointers, None as NULL):
 *
 *   SIGNED, UNSIGNED   int within the C type's range, else OverflowError
 *   BOOL               True/False (or 0/1)
 *   FLOAT              float or int (a float parameter: OverflowError beyond FLT_MAX)
 *   IN        const T* any bytes-like object, copied in
 *   CSTRING   const char* str (UTF-8, no NUL inside) or bytes-like; a NUL is added
 *   INOUT     T*       a writable buffer (bytearray, writable memoryview,
 *                      array.array) or a Cell, copied in and back out
 *   HANDLE    struct pointers: an address or None only
 *   CALLBACK  function pointers the header types: a callable, a Callback,
 *             an address or None (wasmbox_callback_argument())
 */
#ifndef WASMBOX_BINDINGS_H_
#define WASMBOX_BINDINGS_H_

#include "wasmbox.h"

typedef enum {
    WASMBOX_ARG_SIGNED,
    WASMBOX_ARG_UNSIGNED,
    WASMBOX_ARG_BOOL,
    WASMBOX_ARG_FLOAT,
    WASMBOX_ARG_IN,
    WASMBOX_ARG_CSTRING,
    WASMBOX_ARG_INOUT,
    WASMBOX_ARG_HANDLE,
    WASMBOX_ARG_CALLBACK, /* a function pointer with a prototype (wasmbox_callbacks.h) */
} wasmbox_arg_kind;

/* What a cell holds, and what a pointer parameter points to. */
typedef enum {
    WASMBOX_CELL_SIGNED,
    WASMBOX_CELL_UNSIGNED,
    WASMBOX_CELL_BOOL,
    WASMBOX_CELL_FLOAT,
    WASMBOX_CELL_POINTER,
    WASMBOX_CELL_ANY, /* pointees only: void, or a type no cell stands for */
} wasmbox_cell_kind;

typedef struct wasmbox_param {
    const char *name;       /* as the header names it ("" if it does not) */
    const char *c_type;     /* as the header spells it */
    wasmbox_arg_kind kind;
    int64_t min;            /* integers: the C type's range */
    uint64_t max;
    uint32_t elem_size;     /* pointers: sizeof(*p) in the sandbox, 0 if unknown */
    wasmbox_cell_kind elem_kind;
} wasmbox_param;

typedef struct wasmbox_function {
    const char *name;
    const wasmbox_param *params;
    bool keep_gil; /* its calls keep the GIL (the build option keep_gil) */
} wasmbox_function;

/* The first member of every generated call frame: the instance to call,
 * filled in by wasmbox_bound_call() while it holds the lock. */
typedef struct wasmbox_frame {
    void *instance;
} wasmbox_frame;

/* A buffer argument, from its conversion until wasmbox_release_buffers(). */
typedef struct wasmbox_buffer {
    Py_buffer view;     /* view.obj != NULL: a buffer is held */
    const char *data;   /* the bytes to copy in; NULL: not a buffer argument */
    uint64_t size;      /* how many (a C string's NUL comes on top) */
    bool nul;           /* append a NUL (const char *) */
    bool copy_back;     /* copy the bytes back out after the call */
    uint32_t *slot;     /* the frame's argument that receives the address */
} wasmbox_buffer;

/* ---- arguments -------------------------------------------------------------------------- */

WASMBOX_INTERNAL bool wasmbox_typed_int_slow(const wasmbox_function *fn, int i, PyObject *arg,
                                             uint64_t *out);
WASMBOX_INTERNAL bool wasmbox_typed_f64(const wasmbox_function *fn, int i, PyObject *arg,
                                        double *out);
WASMBOX_INTERNAL bool wasmbox_typed_f32(const wasmbox_function *fn, int i, PyObject *arg,
                                        float *out);
/* A pointer parameter: sets *slot to an address now (int, None), or records
 * the buffer in *buf for wasmbox_bound_call() to place. */
WASMBOX_INTERNAL bool wasmbox_typed_pointer(const wasmbox_function *fn, int i, PyObject *arg,
                                            wasmbox_buffer *buf, uint32_t *slot);

/* An integer parameter: in the range of its C type, as wasm's i64 bits. */
static inline bool wasmbox_typed_int(const wasmbox_function *fn, int i, PyObject *arg,
                                     uint64_t *out)
{
    const wasmbox_param *p = &fn->params[i];
    if (LIKELY(PyLong_CheckExact(arg))) {
        int overflow;
        long long v = PyLong_AsLongLongAndOverflow(arg, &overflow);
        if (LIKELY(!overflow && v >= p->min && (v < 0 || (unsigned long long)v <= p->max))) {
            *out = (uint64_t)v;
            return true;
        }
    }
    return wasmbox_typed_int_slow(fn, i, arg, out);
}

static inline bool wasmbox_typed_i32(const wasmbox_function *fn, int i, PyObject *arg,
                                     uint32_t *out)
{
    uint64_t v;
    if (!wasmbox_typed_int(fn, i, arg, &v))
        return false;
    *out = (uint32_t)v;
    return true;
}

static inline bool wasmbox_typed_i64(const wasmbox_function *fn, int i, PyObject *arg,
                                     uint64_t *out)
{
    return wasmbox_typed_int(fn, i, arg, out);
}

/* ---- the call ----------------------------------------------------------------------------- */

/* Place the buffers, run `run(frame)` in the sandbox, copy back (see the top).
 * False with an exception set; the sandbox is poisoned only by a trap. */
WASMBOX_INTERNAL bool wasmbox_bound_call(wasmbox_sandbox *sb, const wasmbox_function *fn,
                                         wasmbox_buffer *buffers, int n,
                                         void (*run)(wasmbox_frame *), wasmbox_frame *frame);
WASMBOX_INTERNAL void wasmbox_release_buffers(wasmbox_buffer *buffers, int n);

/* ---- the module's extras: cells, sb.raw, constants, native methods ------------------------ */

typedef struct wasmbox_cell_type {
    const char *name; /* as C spells it: "uLong", "int32_t", "double" */
    uint8_t size;
    wasmbox_cell_kind kind;
} wasmbox_cell_type;

typedef struct wasmbox_constant {
    const char *name;
    const char *int_value; /* decimal, or NULL */
    const char *str_value; /* or a string */
} wasmbox_constant;

typedef struct wasmbox_bindings_def {
    const char *header;                  /* the header's file name, or NULL */
    const wasmbox_cell_type *cell_types; /* the header's scalar typedefs, {NULL}-ended */
    const wasmbox_constant *constants;   /* {NULL}-ended */
    PyMethodDef *raw_methods;            /* sb.raw: every export, ints only */
} wasmbox_bindings_def;

/* The scalar type a C type name stands for (C's own names, int32_t & co.,
 * the header's scalar and pointer typedefs), or NULL. */
WASMBOX_INTERNAL const wasmbox_cell_type *wasmbox_cell_type_named(const char *name);

/* From PyInit, after wasmbox_module_create(): M.Cell, M.cell, the constants,
 * sb.raw, and native_sources' functions on the module. -1 on error. */
WASMBOX_INTERNAL int wasmbox_bindings_init(PyObject *module, const wasmbox_bindings_def *def);

#endif /* WASMBOX_BINDINGS_H_ */
