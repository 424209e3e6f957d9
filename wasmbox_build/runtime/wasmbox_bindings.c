/* wasmbox_bindings.c - what the typed wrappers of header= share (see
 * wasmbox_bindings.h): argument conversion with C-type range checks, buffers
 * copied through one scratch block inside the sandbox, cells, sb.raw and the
 * header's constants.
 */
#include "wasmbox_bindings.h"

#include <float.h>
#include <math.h>
#include <string.h>

/* ---- error messages ---------------------------------------------------------------------- */

/* "compress2() argument 4 'sourceLen' (uLong)" */
static PyObject *describe(const wasmbox_function *fn, int i)
{
    const wasmbox_param *p = &fn->params[i];
    if (p->name[0] != '\0')
        return PyUnicode_FromFormat("%s() argument %d '%s' (%s)", fn->name, i + 1, p->name,
                                    p->c_type);
    return PyUnicode_FromFormat("%s() argument %d (%s)", fn->name, i + 1, p->c_type);
}

/* format has a %U for the argument's description and, when arg is given,
 * a %.100U for the name of its type. */
static bool arg_error(PyObject *type, const wasmbox_function *fn, int i, const char *format,
                      PyObject *arg)
{
    PyObject *what = describe(fn, i);
    if (what == NULL)
        return false;
    if (arg != NULL) {
        PyObject *arg_type = wasmbox_type_name(arg);
        if (arg_type != NULL)
            PyErr_Format(type, format, what, arg_type);
        Py_XDECREF(arg_type);
    } else {
        PyErr_Format(type, format, what);
    }
    Py_DECREF(what);
    return false;
}

/* ---- integers and floats ----------------------------------------------------------------- */

static bool out_of_range(const wasmbox_function *fn, int i, PyObject *value)
{
    const wasmbox_param *p = &fn->params[i];
    PyObject *what = describe(fn, i);
    if (what == NULL)
        return false;
    PyErr_Format(PyExc_OverflowError, "%U: %R is out of range [%lld, %llu]", what, value,
                 (long long)p->min, (unsigned long long)p->max);
    Py_DECREF(what);
    return false;
}

/* value (an int) within [p->min, p->max] -> its bits. */
static bool int_in_range(const wasmbox_function *fn, int i, PyObject *value, uint64_t *out)
{
    const wasmbox_param *p = &fn->params[i];
    int overflow;
    long long v = PyLong_AsLongLongAndOverflow(value, &overflow);
    if (v == -1 && PyErr_Occurred())
        return false;
    if (overflow > 0) { /* above LLONG_MAX: only uint64_t takes it */
        unsigned long long u = PyLong_AsUnsignedLongLong(value);
        if (u == (unsigned long long)-1 && PyErr_Occurred()) {
            PyErr_Clear();
            return out_of_range(fn, i, value);
        }
        if (u > p->max)
            return out_of_range(fn, i, value);
        *out = u;
        return true;
    }
    if (overflow < 0 || v < p->min || (v >= 0 && (unsigned long long)v > p->max))
        return out_of_range(fn, i, value);
    *out = (uint64_t)v;
    return true;
}

bool wasmbox_typed_int_slow(const wasmbox_function *fn, int i, PyObject *arg, uint64_t *out)
{
    if (PyLong_Check(arg))
        return int_in_range(fn, i, arg, out);
    if (PyFloat_Check(arg) || !PyIndex_Check(arg))
        return arg_error(PyExc_TypeError, fn, i, "%U must be an int, not %.100U", arg);
    PyObject *index = PyNumber_Index(arg);
    if (index == NULL)
        return false;
    bool ok = int_in_range(fn, i, index, out);
    Py_DECREF(index);
    return ok;
}

bool wasmbox_typed_f64(const wasmbox_function *fn, int i, PyObject *arg, double *out)
{
    if (LIKELY(PyFloat_CheckExact(arg))) {
        *out = WASMBOX_FLOAT_VALUE(arg);
        return true;
    }
    if (!PyFloat_Check(arg) && !PyLong_Check(arg) && !PyIndex_Check(arg))
        return arg_error(PyExc_TypeError, fn, i, "%U must be a float or an int, not %.100U",
                         arg);
    double d = PyFloat_AsDouble(arg); /* OverflowError for an int too large */
    if (d == -1.0 && PyErr_Occurred())
        return false;
    *out = d;
    return true;
}

bool wasmbox_typed_f32(const wasmbox_function *fn, int i, PyObject *arg, float *out)
{
    double d = 0.0;
    if (!wasmbox_typed_f64(fn, i, arg, &d))
        return false;
    if (isfinite(d) && (d > FLT_MAX || d < -FLT_MAX)) {
        PyObject *value = PyFloat_FromDouble(d);
        if (value != NULL) {
            PyObject *what = describe(fn, i);
            if (what != NULL)
                PyErr_Format(PyExc_OverflowError, "%U: %R is out of range for a float",
                             what, value);
            Py_XDECREF(what);
            Py_DECREF(value);
        }
        return false;
    }
    *out = (float)d;
    return true;
}

/* ---- cells: one C value in host memory, copied in and out like a buffer ------------------- */

typedef struct {
    PyObject_HEAD
    PyObject *ctype;      /* the type's name, as given */
    uint8_t size;         /* sizeof in the sandbox: 1, 2, 4 or 8 */
    wasmbox_cell_kind kind;
    /* The value, little-endian in its first `size` bytes; read and written
     * whole (atomically in free-threaded builds: no torn values). */
    uint64_t bits;
} wasmbox_cell;

static PyTypeObject *cell_type;

/* Every C scalar type a cell can hold, besides the header's own typedefs. */
static const wasmbox_cell_type builtin_cell_types[] = {
    {"char", 1, WASMBOX_CELL_SIGNED},
    {"signed char", 1, WASMBOX_CELL_SIGNED},
    {"unsigned char", 1, WASMBOX_CELL_UNSIGNED},
    {"short", 2, WASMBOX_CELL_SIGNED},
    {"unsigned short", 2, WASMBOX_CELL_UNSIGNED},
    {"int", 4, WASMBOX_CELL_SIGNED},
    {"unsigned", 4, WASMBOX_CELL_UNSIGNED},
    {"unsigned int", 4, WASMBOX_CELL_UNSIGNED},
    {"long", 4, WASMBOX_CELL_SIGNED}, /* wasm32: long is 32-bit */
    {"unsigned long", 4, WASMBOX_CELL_UNSIGNED},
    {"long long", 8, WASMBOX_CELL_SIGNED},
    {"unsigned long long", 8, WASMBOX_CELL_UNSIGNED},
    {"int8_t", 1, WASMBOX_CELL_SIGNED},
    {"uint8_t", 1, WASMBOX_CELL_UNSIGNED},
    {"int16_t", 2, WASMBOX_CELL_SIGNED},
    {"uint16_t", 2, WASMBOX_CELL_UNSIGNED},
    {"int32_t", 4, WASMBOX_CELL_SIGNED},
    {"uint32_t", 4, WASMBOX_CELL_UNSIGNED},
    {"int64_t", 8, WASMBOX_CELL_SIGNED},
    {"uint64_t", 8, WASMBOX_CELL_UNSIGNED},
    {"size_t", 4, WASMBOX_CELL_UNSIGNED},
    {"ssize_t", 4, WASMBOX_CELL_SIGNED},
    {"ptrdiff_t", 4, WASMBOX_CELL_SIGNED},
    {"intptr_t", 4, WASMBOX_CELL_SIGNED},
    {"uintptr_t", 4, WASMBOX_CELL_UNSIGNED},
    {"bool", 1, WASMBOX_CELL_BOOL},
    {"_Bool", 1, WASMBOX_CELL_BOOL},
    {"float", 4, WASMBOX_CELL_FLOAT},
    {"double", 8, WASMBOX_CELL_FLOAT},
    {NULL, 0, 0},
};

static const wasmbox_cell_type *header_cell_types; /* from the glue */

static const wasmbox_cell_type *find_cell_type(const wasmbox_cell_type *table, const char *name)
{
    for (; table != NULL && table->name != NULL; table++) {
        if (strcmp(table->name, name) == 0)
            return table;
    }
    return NULL;
}

const wasmbox_cell_type *wasmbox_cell_type_named(const char *name)
{
    const wasmbox_cell_type *t = find_cell_type(builtin_cell_types, name);
    return t != NULL ? t : find_cell_type(header_cell_types, name);
}

static bool cell_kind_is_int(wasmbox_cell_kind kind)
{
    return kind != WASMBOX_CELL_FLOAT && kind != WASMBOX_CELL_ANY;
}

static PyObject *cell_get_value(wasmbox_cell *cell, void *unused)
{
    (void)unused;
    uint64_t bits = WASMBOX_LOAD(cell->bits);
    unsigned shift = 64 - 8u * cell->size;
    switch (cell->kind) {
    case WASMBOX_CELL_SIGNED:
        return PyLong_FromLongLong(shift ? (int64_t)(bits << shift) >> shift : (int64_t)bits);
    case WASMBOX_CELL_BOOL:
        return PyBool_FromLong((bits & 0xFF) != 0);
    case WASMBOX_CELL_FLOAT:
        if (cell->size == 4) {
            float f;
            uint32_t low = (uint32_t)bits;
            memcpy(&f, &low, sizeof f);
            return PyFloat_FromDouble(f);
        } else {
            double d;
            memcpy(&d, &bits, sizeof d);
            return PyFloat_FromDouble(d);
        }
    default:
        return PyLong_FromUnsignedLongLong(shift ? bits & (UINT64_MAX >> shift) : bits);
    }
}

static int cell_set_value(wasmbox_cell *cell, PyObject *value, void *unused)
{
    (void)unused;
    if (value == NULL) {
        PyErr_SetString(PyExc_AttributeError, "a cell's value cannot be deleted");
        return -1;
    }
    if (cell->kind == WASMBOX_CELL_FLOAT) {
        double d = PyFloat_AsDouble(value);
        if (d == -1.0 && PyErr_Occurred())
            return -1;
        if (cell->size == 4) {
            if (isfinite(d) && (d > FLT_MAX || d < -FLT_MAX)) {
                PyErr_Format(PyExc_OverflowError, "%R is out of range for a float", value);
                return -1;
            }
            float f = (float)d;
            uint32_t low;
            memcpy(&low, &f, sizeof low);
            WASMBOX_STORE(cell->bits, (uint64_t)low);
        } else {
            uint64_t bits;
            memcpy(&bits, &d, sizeof d);
            WASMBOX_STORE(cell->bits, bits);
        }
        return 0;
    }
    if (PyFloat_Check(value) || !PyIndex_Check(value)) {
        PyObject *type = wasmbox_type_name(value);
        if (type != NULL)
            PyErr_Format(PyExc_TypeError, "a cell of %U holds an int, not %.100U", cell->ctype,
                         type);
        Py_XDECREF(type);
        return -1;
    }
    PyObject *index = PyNumber_Index(value);
    if (index == NULL)
        return -1;
    unsigned bits = 8u * cell->size;
    bool is_signed = cell->kind == WASMBOX_CELL_SIGNED;
    int64_t min = is_signed ? -(int64_t)(UINT64_C(1) << (bits - 1)) : 0;
    uint64_t max = cell->kind == WASMBOX_CELL_BOOL ? 1
                   : is_signed ? (UINT64_C(1) << (bits - 1)) - 1
                               : UINT64_MAX >> (64 - bits);
    int overflow;
    long long v = PyLong_AsLongLongAndOverflow(index, &overflow);
    uint64_t result = (uint64_t)v;
    bool ok = !(v == -1 && PyErr_Occurred());
    if (ok && overflow > 0) {
        result = PyLong_AsUnsignedLongLong(index);
        ok = !(result == (uint64_t)-1 && PyErr_Occurred()) && result <= max;
        PyErr_Clear();
    } else if (ok) {
        ok = overflow == 0 && v >= min && (v < 0 || (uint64_t)v <= max);
    }
    if (!ok && !PyErr_Occurred())
        PyErr_Format(PyExc_OverflowError, "%R is out of range for %U [%lld, %llu]", index,
                     cell->ctype, (long long)min, (unsigned long long)max);
    Py_DECREF(index);
    if (!ok)
        return -1;
    WASMBOX_STORE(cell->bits, bits == 64 ? result : result & (UINT64_MAX >> (64 - bits)));
    return 0;
}

static PyObject *cell_new(PyTypeObject *type, PyObject *args, PyObject *kwargs)
{
    static char *keywords[] = {"ctype", "value", NULL};
    PyObject *name, *value = NULL;
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "U|O:Cell", keywords, &name, &value))
        return NULL;
    const char *text = PyUnicode_AsUTF8AndSize(name, NULL);
    if (text == NULL)
        return NULL;
    const wasmbox_cell_type *found = find_cell_type(header_cell_types, text);
    if (found == NULL)
        found = find_cell_type(builtin_cell_types, text);
    static const wasmbox_cell_type pointer = {"T *", 4, WASMBOX_CELL_POINTER};
    size_t len = strlen(text);
    if (found == NULL && len > 0 && text[len - 1] == '*')
        found = &pointer; /* any pointer: a 32-bit sandbox address */
    if (found == NULL) {
        PyErr_Format(PyExc_ValueError,
                     "Cell(%R): unknown C type; use a scalar type of the header, a C type "
                     "such as int, uint32_t, size_t, double, or a pointer type 'T *'", name);
        return NULL;
    }
    allocfunc alloc = (allocfunc)PyType_GetSlot(type, Py_tp_alloc);
    wasmbox_cell *cell = (wasmbox_cell *)alloc(type, 0);
    if (cell == NULL)
        return NULL;
    Py_INCREF(name);
    cell->ctype = name;
    cell->size = found->size;
    cell->kind = found->kind;
    cell->bits = 0;
    if (value != NULL && cell_set_value(cell, value, NULL) < 0) {
        Py_DECREF((PyObject *)cell);
        return NULL;
    }
    return (PyObject *)cell;
}

static void cell_dealloc(wasmbox_cell *cell)
{
    Py_XDECREF(cell->ctype);
    wasmbox_free_object((PyObject *)cell);
}

static PyObject *cell_repr(wasmbox_cell *cell)
{
    PyObject *value = cell_get_value(cell, NULL);
    if (value == NULL)
        return NULL;
    PyObject *repr = PyUnicode_FromFormat("Cell(%R, %R)", cell->ctype, value);
    Py_DECREF(value);
    return repr;
}

static int cell_getbuffer(wasmbox_cell *cell, Py_buffer *view, int flags)
{
    return PyBuffer_FillInfo(view, (PyObject *)cell, &cell->bits, cell->size, 0, flags);
}


static PyObject *cell_get_ctype(wasmbox_cell *cell, void *unused)
{
    (void)unused;
    Py_INCREF(cell->ctype);
    return cell->ctype;
}

static PyObject *cell_get_size(wasmbox_cell *cell, void *unused)
{
    (void)unused;
    return PyLong_FromLong(cell->size);
}

static PyGetSetDef cell_getset[] = {
    {"value", (getter)cell_get_value, (setter)cell_set_value,
     "The value; set it before a call, read it after (range-checked for the C type).", NULL},
    {"ctype", (getter)cell_get_ctype, NULL, "The C type's name.", NULL},
    {"size", (getter)cell_get_size, NULL, "sizeof the C type inside the sandbox.", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static PyType_Slot cell_slots[] = {
    {Py_tp_new, (void *)cell_new},
    {Py_tp_dealloc, (void *)cell_dealloc},
    {Py_tp_repr, (void *)cell_repr},
    {Py_tp_getset, cell_getset},
    {Py_bf_getbuffer, (void *)cell_getbuffer},
    {Py_tp_doc, (void *)"Cell(ctype, value=0)\n--\n\n"
                        "One C value (e.g. Cell('uLong', 100)) for a pointer parameter such as\n"
                        "`uLongf *destLen`: its bytes are copied into the sandbox for the call and\n"
                        "back out after it, so .value holds what the library wrote."},
    {0, NULL},
};

/* A cell passed for a T * parameter must hold a T: the same size, and a
 * float for a float. */
static bool check_cell(const wasmbox_function *fn, int i, const wasmbox_cell *cell)
{
    const wasmbox_param *p = &fn->params[i];
    if (p->elem_kind == WASMBOX_CELL_ANY)
        return true;
    bool is_int = cell_kind_is_int(p->elem_kind);
    if (cell->size == p->elem_size && cell_kind_is_int(cell->kind) == is_int)
        return true;
    PyObject *what = describe(fn, i);
    if (what != NULL)
        PyErr_Format(PyExc_TypeError,
                     "%U points to a %u-byte %s; a Cell of %U (%u-byte %s) cannot stand for it",
                     what, (unsigned)p->elem_size, is_int ? "integer" : "float", cell->ctype,
                     (unsigned)cell->size, cell_kind_is_int(cell->kind) ? "integer" : "float");
    Py_XDECREF(what);
    return false;
}

/* ---- pointers ---------------------------------------------------------------------------- */

static bool address(const wasmbox_function *fn, int i, PyObject *arg, uint32_t *slot)
{
    int overflow;
    long long v = PyLong_AsLongLongAndOverflow(arg, &overflow);
    if (v == -1 && PyErr_Occurred())
        return false;
    if (overflow || v < 0 || v > (long long)UINT32_MAX) {
        PyObject *what = describe(fn, i);
        if (what != NULL)
            PyErr_Format(PyExc_OverflowError,
                         "%U: %R is not a sandbox address (0 to 2**32 - 1)", what, arg);
        Py_XDECREF(what);
        return false;
    }
    *slot = (uint32_t)v;
    return true;
}

static bool get_buffer(const wasmbox_function *fn, int i, PyObject *arg, wasmbox_buffer *buf,
                       bool writable, const char *expected)
{
    if (!PyObject_CheckBuffer(arg))
        return arg_error(PyExc_TypeError, fn, i, expected, arg);
    if (PyObject_GetBuffer(arg, &buf->view, writable ? PyBUF_WRITABLE : PyBUF_SIMPLE) < 0) {
        /* read-only, or not contiguous */
        PyErr_Clear();
        buf->view.obj = NULL;
        return arg_error(PyExc_TypeError, fn, i, expected, arg);
    }
    const wasmbox_param *p = &fn->params[i];
    if (buf->view.itemsize > 1 && p->elem_size > 1
        && (uint32_t)buf->view.itemsize != p->elem_size) {
        PyObject *what = describe(fn, i);
        PyObject *type = what != NULL ? wasmbox_type_name(arg) : NULL;
        if (type != NULL)
            PyErr_Format(PyExc_TypeError,
                         "%U points to %u-byte items, but the %.100U passed has %zd-byte items",
                         what, (unsigned)p->elem_size, type, buf->view.itemsize);
        Py_XDECREF(type);
        Py_XDECREF(what);
        PyBuffer_Release(&buf->view);
        buf->view.obj = NULL;
        return false;
    }
    buf->data = buf->view.len ? (const char *)buf->view.buf : "";
    buf->size = (uint64_t)buf->view.len;
    buf->copy_back = writable;
    return true;
}

bool wasmbox_typed_pointer(const wasmbox_function *fn, int i, PyObject *arg,
                           wasmbox_buffer *buf, uint32_t *slot)
{
    const wasmbox_param *p = &fn->params[i];
    *slot = 0;
    if (arg == Py_None)
        return true;
    if (PyLong_Check(arg))
        return address(fn, i, arg, slot);
    if (p->kind == WASMBOX_ARG_HANDLE || buf == NULL)
        return arg_error(PyExc_TypeError, fn, i,
                         "%U takes a sandbox address (int) or None, not %.100U", arg);
    buf->slot = slot;
    switch (p->kind) {
    case WASMBOX_ARG_CSTRING:
        if (PyUnicode_Check(arg)) {
            Py_ssize_t size;
            const char *text = PyUnicode_AsUTF8AndSize(arg, &size); /* kept by the str */
            if (text == NULL)
                return false;
            if (strlen(text) != (size_t)size)
                return arg_error(PyExc_ValueError, fn, i, "%U: embedded null character", NULL);
            buf->data = text;
            buf->size = (uint64_t)size;
            buf->nul = true;
            return true;
        }
        buf->nul = true;
        return get_buffer(fn, i, arg, buf, false,
                          "%U takes a str, a bytes-like object, an address or None, not %.100U");
    case WASMBOX_ARG_IN:
        return get_buffer(fn, i, arg, buf, false,
                          "%U takes a bytes-like object, an address or None, not %.100U");
    default: /* WASMBOX_ARG_INOUT */
        if (Py_TYPE(arg) == cell_type && !check_cell(fn, i, (wasmbox_cell *)arg))
            return false;
        return get_buffer(fn, i, arg, buf, true,
                          "%U takes a writable buffer (bytearray, memoryview, array.array), "
                          "a Cell, an address or None, not %.100U");
    }
}

void wasmbox_release_buffers(wasmbox_buffer *buffers, int n)
{
    for (int i = 0; i < n; i++) {
        if (buffers[i].view.obj != NULL)
            PyBuffer_Release(&buffers[i].view);
    }
}

/* ---- the call ------------------------------------------------------------------------------ */

#define SCRATCH_ALIGN 16

static uint64_t aligned(uint64_t n)
{
    return (n + SCRATCH_ALIGN - 1) & ~(uint64_t)(SCRATCH_ALIGN - 1);
}

typedef struct {
    void (*run)(wasmbox_frame *);
    wasmbox_frame *frame;
} bound_run;

static void do_run(void *arg)
{
    bound_run *r = arg;
    r->run(r->frame);
}

static uint64_t memory_limit(const wasmbox_sandbox *sb)
{
    const wasm_rt_memory_t *m = sb->memory;
    return m ? m->max_pages * m->page_size : 0;
}

/* malloc the scratch block (lock held). */
static bool scratch_alloc(wasmbox_sandbox *sb, const wasmbox_function *fn, uint64_t total,
                          uint32_t *block)
{
    uint64_t limit = memory_limit(sb);
    if (total > limit || total > UINT32_MAX) {
        PyErr_Format(PyExc_MemoryError,
                     "%s(): the buffers passed need %llu bytes, more than the sandbox's "
                     "memory can ever hold (%llu bytes); pass smaller buffers, or raise "
                     "max_memory= (build) / Sandbox(memory_limit=)",
                     fn->name, (unsigned long long)total, (unsigned long long)limit);
        return false;
    }
    if (!wasmbox_has_allocator()) {
        PyErr_Format(PyExc_NotImplementedError,
                     "%s(): the sandboxed library does not export malloc and free, so "
                     "buffers cannot be passed; pass addresses", fn->name);
        return false;
    }
    int got = wasmbox_sandbox_malloc(sb, (uint32_t)total, block);
    if (got == 0)
        PyErr_Format(PyExc_MemoryError,
                     "%s(): the sandbox has no room for the %llu bytes of buffers passed "
                     "(its malloc returned NULL; memory limit %llu bytes)",
                     fn->name, (unsigned long long)total, (unsigned long long)limit);
    return got > 0;
}

bool wasmbox_bound_call(wasmbox_sandbox *sb, const wasmbox_function *fn,
                        wasmbox_buffer *buffers, int n, void (*run_fn)(wasmbox_frame *),
                        wasmbox_frame *frame)
{
    uint64_t total = 0;
    bool any = false;
    for (int i = 0; i < n; i++) {
        if (buffers[i].data != NULL) {
            total += aligned(buffers[i].size + buffers[i].nul);
            any = true;
        }
    }
    if (any && total == 0)
        total = SCRATCH_ALIGN; /* zero-length buffers still get a real, non-NULL address */
    if (!wasmbox_lock(sb))
        return false;
    bool ok = wasmbox_check_callable(sb);
    uint32_t block = 0;
    if (ok && any && (ok = scratch_alloc(sb, fn, total, &block))) {
        uint8_t *base = sb->memory->data;
        uint64_t offset = block;
        for (int i = 0; i < n; i++) {
            wasmbox_buffer *b = &buffers[i];
            if (b->data == NULL)
                continue;
            /* memmove: the buffer may be a view of this very memory */
            memmove(base + offset, b->data, (size_t)b->size);
            if (b->nul)
                base[offset + b->size] = 0;
            *b->slot = (uint32_t)offset;
            offset += aligned(b->size + b->nul);
        }
    }
    if (ok) {
        frame->instance = sb->instance;
        bound_run r = {run_fn, frame};
        ok = wasmbox_run_with(sb, do_run, &r, fn->name, !fn->keep_gil);
    }
    if (ok && any) {
        /* Memory only grows, so the block is still inside it. */
        const uint8_t *base = sb->memory->data;
        for (int i = 0; i < n; i++) {
            wasmbox_buffer *b = &buffers[i];
            if (b->data != NULL && b->copy_back && b->size > 0)
                memmove(b->view.buf, base + *b->slot, (size_t)b->size);
        }
        ok = wasmbox_sandbox_free(sb, block);
    }
    if (wasmbox_host_error_pending(sb)) { /* an output callable raised meanwhile */
        wasmbox_raise_host_error(sb);
        ok = false;
    }
    wasmbox_unlock(sb);
    return ok;
}

/* ---- sb.raw: every export with its wasm signature (ints and floats only) ----------------- */

static PyTypeObject *raw_type;

static PyObject *raw_repr(wasmbox_exports *raw)
{
    return PyUnicode_FromFormat("<raw exports of %R>", (PyObject *)raw->sandbox);
}

PyObject *wasmbox_get_raw(wasmbox_sandbox *sb, void *unused)
{
    (void)unused;
    return wasmbox_exports_new(raw_type, sb);
}

/* ---- module set-up ------------------------------------------------------------------------- */

static int add_constants(PyObject *module, const wasmbox_constant *c)
{
    PyObject *dict = PyModule_GetDict(module); /* borrowed */
    for (; c != NULL && c->name != NULL; c++) {
        if (PyDict_GetItemString(dict, c->name) != NULL)
            continue; /* an export or the module's API has the name */
        PyObject *value = c->int_value ? PyLong_FromString(c->int_value, NULL, 10)
                                       : PyUnicode_FromString(c->str_value);
        if (value == NULL || PyModule_AddObject(module, c->name, value) < 0) {
            Py_XDECREF(value);
            return -1;
        }
    }
    return 0;
}

int wasmbox_bindings_init(PyObject *module, const wasmbox_bindings_def *def)
{
    header_cell_types = def->cell_types;
    PyType_Slot raw_slots[] = {
        {Py_tp_dealloc, (void *)wasmbox_exports_dealloc},
        {Py_tp_repr, (void *)raw_repr},
        {Py_tp_methods, def->raw_methods},
        {Py_tp_doc, (void *)"Every export of one sandbox with its wasm signature: ints and "
                            "floats in,\nsigned ints out, pointers as addresses."},
        {0, NULL},
    };
    cell_type = wasmbox_new_type(".Cell", sizeof(wasmbox_cell), Py_TPFLAGS_DEFAULT, cell_slots);
    if (cell_type == NULL)
        return -1;
    raw_type = wasmbox_new_type(".Raw", sizeof(wasmbox_exports), Py_TPFLAGS_DEFAULT, raw_slots);
    if (raw_type == NULL)
        return -1;
    /* M.Cell and M.cell: the same type, each attribute with its own reference. */
    Py_INCREF((PyObject *)cell_type);
    if (PyModule_AddObject(module, "Cell", (PyObject *)cell_type) < 0) {
        Py_DECREF((PyObject *)cell_type);
        return -1;
    }
    if (PyObject_SetAttrString(module, "cell", (PyObject *)cell_type) < 0)
        return -1;
    if (wasmbox_def->native_methods != NULL
        && PyModule_AddFunctions(module, wasmbox_def->native_methods) < 0)
        return -1;
    return add_constants(module, def->constants);
}
