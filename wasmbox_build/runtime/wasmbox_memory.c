/* wasmbox_memory.c - the host's access to a sandbox's linear memory.
 *
 *   sb.alloc(size | bytes-like) -> ptr    malloc inside the sandbox (+ copy in)
 *   sb.free(ptr)                          free inside the sandbox
 *   sb.read(ptr, n) -> bytes              copy out
 *   sb.read_into(ptr, buffer) -> int      copy out into a writable buffer (no new object)
 *   sb.write(ptr, data)                   copy in
 *   sb.read_cstring(ptr, max=None)        copy out up to a NUL
 *   sb.memory -> memoryview               the memory itself, writable
 *   sb.memory_size -> int                 its current size in bytes
 *
 * Every pointer and length is checked against the memory's CURRENT size in
 * 64-bit arithmetic before a byte is touched: a negative value is a
 * ValueError, a range outside memory an IndexError. What the sandbox hands
 * back (malloc's result) is checked the same way: it is the adversary. The
 * rest of the runtime (typed bindings, native_sources) allocates through the
 * same wasmbox_sandbox_malloc(), so that check is made in one place.
 *
 * Memory views: the memory is reserved once (mmap) and grows in place, so
 * its address never changes while the instance lives. A view therefore
 * stays valid across calls, even calls that grow memory (it keeps the
 * length it was created with); only close() and reset() would unmap it,
 * and they refuse with BufferError while views exist, as bytearray refuses
 * to resize.
 */
#include "wasmbox.h"

#include <string.h>

static bool check_open(wasmbox_sandbox *sb)
{
    if (wasmbox_state_of(sb) != WASMBOX_CLOSED)
        return true;
    PyErr_SetString(PyExc_ValueError, "the sandbox is closed");
    return false;
}

/* Read atomically: a call running in another thread may be growing it. */
static uint64_t memory_size(const wasmbox_sandbox *sb)
{
    return sb->memory ? WASMBOX_LOAD(sb->memory->size) : 0;
}

/* A pointer or length argument: a non-negative int. */
static bool get_offset(PyObject *obj, const char *name, uint64_t *out)
{
    Py_ssize_t v = PyNumber_AsSsize_t(obj, NULL); /* huge values saturate */
    if (v == -1 && PyErr_Occurred())
        return false;
    if (v < 0) {
        PyErr_Format(PyExc_ValueError, "%s must not be negative", name);
        return false;
    }
    *out = (uint64_t)v;
    return true;
}

uint8_t *wasmbox_memory_at(const wasmbox_sandbox *sb, uint64_t ptr, uint64_t len)
{
    static uint8_t no_memory[1]; /* [0, 0) of a library without memory */
    uint64_t size = memory_size(sb);
    if (ptr <= size && len <= size - ptr)
        return sb->memory ? sb->memory->data + ptr : no_memory;
    PyErr_Format(PyExc_IndexError,
                 "bytes [%llu, %llu + %llu) are outside the sandbox memory (%llu bytes)",
                 (unsigned long long)ptr, (unsigned long long)ptr, (unsigned long long)len,
                 (unsigned long long)size);
    return NULL;
}

/* [ptr, ptr + len) must lie inside the current memory. */
static bool check_range(const wasmbox_sandbox *sb, uint64_t ptr, uint64_t len)
{
    return wasmbox_memory_at(sb, ptr, len) != NULL;
}

static uint8_t *address(const wasmbox_sandbox *sb, uint64_t ptr)
{
    return sb->memory->data + ptr;
}

/* ---- read / write --------------------------------------------------------------------- */

static PyObject *memory_read(wasmbox_sandbox *sb, PyObject *const *args, Py_ssize_t nargs)
{
    uint64_t ptr, n;
    if (!wasmbox_check_nargs("read", nargs, 2) || !get_offset(args[0], "ptr", &ptr)
        || !get_offset(args[1], "n", &n))
        return NULL;
    PyObject *result = NULL;
    if (!wasmbox_lock(sb))
        return NULL;
    if (check_open(sb) && check_range(sb, ptr, n))
        result = PyBytes_FromStringAndSize(n ? (const char *)address(sb, ptr) : "",
                                           (Py_ssize_t)n);
    wasmbox_unlock(sb);
    return result;
}

/* Into the caller's buffer: output is read into a preallocated bytearray, array or
 * NumPy array without making a bytes object first. */
static PyObject *memory_read_into(wasmbox_sandbox *sb, PyObject *const *args,
                                  Py_ssize_t nargs)
{
    uint64_t ptr;
    Py_buffer out;
    if (!wasmbox_check_nargs("read_into", nargs, 2) || !get_offset(args[0], "ptr", &ptr))
        return NULL;
    if (PyObject_GetBuffer(args[1], &out, PyBUF_WRITABLE | PyBUF_C_CONTIGUOUS) < 0)
        return NULL;
    if (!wasmbox_lock(sb)) {
        PyBuffer_Release(&out);
        return NULL;
    }
    bool ok = check_open(sb) && check_range(sb, ptr, (uint64_t)out.len);
    if (ok && out.len > 0) /* memmove: the buffer may be a view of this very memory */
        memmove(out.buf, address(sb, ptr), (size_t)out.len);
    wasmbox_unlock(sb);
    Py_ssize_t copied = out.len;
    PyBuffer_Release(&out);
    return ok ? PyLong_FromSsize_t(copied) : NULL;
}

static PyObject *memory_write(wasmbox_sandbox *sb, PyObject *const *args, Py_ssize_t nargs)
{
    uint64_t ptr;
    Py_buffer data;
    if (!wasmbox_check_nargs("write", nargs, 2) || !get_offset(args[0], "ptr", &ptr))
        return NULL;
    if (PyObject_GetBuffer(args[1], &data, PyBUF_SIMPLE) < 0)
        return NULL;
    bool ok;
    if (!wasmbox_lock(sb)) {
        PyBuffer_Release(&data);
        return NULL;
    }
    ok = check_open(sb) && check_range(sb, ptr, (uint64_t)data.len);
    if (ok && data.len > 0) /* memmove: data may be a view of this very memory */
        memmove(address(sb, ptr), data.buf, (size_t)data.len);
    wasmbox_unlock(sb);
    PyBuffer_Release(&data);
    if (!ok)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *memory_read_cstring(wasmbox_sandbox *sb, PyObject *args, PyObject *kwargs)
{
    static char *keywords[] = {"ptr", "max", NULL};
    PyObject *ptr_obj, *max_obj = Py_None;
    uint64_t ptr, max = UINT64_MAX;
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "O|O:read_cstring", keywords, &ptr_obj,
                                     &max_obj)
        || !get_offset(ptr_obj, "ptr", &ptr)
        || (max_obj != Py_None && !get_offset(max_obj, "max", &max)))
        return NULL;
    PyObject *result = NULL;
    if (!wasmbox_lock(sb))
        return NULL;
    if (check_open(sb) && check_range(sb, ptr, 0)) {
        /* Look for the NUL in at most max + 1 bytes, and never past the end. */
        uint64_t available = memory_size(sb) - ptr;
        uint64_t window = max < available ? max + 1 : available;
        const uint8_t *start = window ? address(sb, ptr) : NULL;
        const uint8_t *nul = window ? memchr(start, 0, (size_t)window) : NULL;
        if (nul != NULL)
            result = PyBytes_FromStringAndSize((const char *)start, nul - start);
        else if (window == available)
            PyErr_Format(PyExc_IndexError,
                         "no NUL terminator between %llu and the end of the sandbox memory",
                         (unsigned long long)ptr);
        else
            PyErr_Format(PyExc_ValueError, "the string at %llu is longer than max=%llu bytes",
                         (unsigned long long)ptr, (unsigned long long)max);
    }
    wasmbox_unlock(sb);
    return result;
}

/* ---- the sandbox's own allocator ----------------------------------------------------- */

typedef struct {
    void *instance;
    uint32_t arg;    /* malloc: the size; free: the pointer */
    uint32_t result; /* malloc: the pointer */
} allocator_call;

static void do_malloc(void *arg)
{
    allocator_call *a = arg;
    a->result = wasmbox_def->malloc(a->instance, a->arg);
}

static void do_free(void *arg)
{
    allocator_call *a = arg;
    wasmbox_def->free(a->instance, a->arg);
}

bool wasmbox_has_allocator(void)
{
    return wasmbox_def->malloc != NULL && wasmbox_def->free != NULL;
}

int wasmbox_sandbox_malloc(wasmbox_sandbox *sb, uint32_t size, uint32_t *addr)
{
    allocator_call a = {sb->instance, size, 0};
    if (!wasmbox_run(sb, do_malloc, &a, "malloc"))
        return -1;
    if (a.result == 0)
        return 0;
    /* Whatever malloc returns is the adversary's word: the whole block must
     * lie inside memory as it is now (memory only grows, so it stays there). */
    uint64_t size_now = memory_size(sb);
    if (a.result > size_now || size > size_now - a.result) {
        wasmbox_set_state(sb, WASMBOX_POISONED); /* a lying allocator: the instance is not trusted */
        PyErr_Format(wasmbox_Trap, "the sandbox's malloc(%lu) returned %lu, outside its memory",
                     (unsigned long)size, (unsigned long)a.result);
        return -1;
    }
    *addr = a.result;
    return 1;
}

bool wasmbox_sandbox_free(wasmbox_sandbox *sb, uint32_t addr)
{
    allocator_call a = {sb->instance, addr, 0};
    return wasmbox_run(sb, do_free, &a, "free");
}

/* ---- sb.alloc / sb.free ------------------------------------------------------------------- */

static bool check_allocator(const char *name)
{
    if (wasmbox_has_allocator())
        return true;
    PyErr_Format(PyExc_NotImplementedError,
                 "%s(): the sandboxed library does not export malloc and free; "
                 "export them to pass buffers", name);
    return false;
}

/* An output callable raised while the allocator ran: raise it now (as the
 * context of the trap already raised, if there is one). */
static bool no_host_error(wasmbox_sandbox *sb)
{
    if (!wasmbox_host_error_pending(sb))
        return true;
    wasmbox_raise_host_error(sb);
    return false;
}

static PyObject *memory_alloc(wasmbox_sandbox *sb, PyObject *arg)
{
    Py_buffer data = {0};
    uint64_t size;
    if (!check_allocator("alloc"))
        return NULL;
    if (PyIndex_Check(arg)) {
        if (!get_offset(arg, "size", &size))
            return NULL;
    } else {
        if (PyObject_GetBuffer(arg, &data, PyBUF_SIMPLE) < 0)
            return NULL;
        size = (uint64_t)data.len;
    }
    PyObject *result = NULL;
    if (size > UINT32_MAX) {
        PyErr_Format(PyExc_MemoryError, "alloc(): %llu bytes cannot fit in a 32-bit sandbox",
                     (unsigned long long)size);
        goto done;
    }
    if (!wasmbox_lock(sb))
        goto done;
    uint32_t ptr = 0;
    int got = -1;
    if (wasmbox_check_callable(sb)) {
        got = wasmbox_sandbox_malloc(sb, (uint32_t)size, &ptr);
        if (!no_host_error(sb))
            got = -1;
    }
    if (got == 0) {
        PyErr_Format(PyExc_MemoryError, "the sandbox's malloc(%llu) returned NULL",
                     (unsigned long long)size);
    } else if (got > 0) {
        if (data.buf != NULL && size > 0)
            memmove(address(sb, ptr), data.buf, (size_t)size);
        result = PyLong_FromUnsignedLong(ptr);
    }
    wasmbox_unlock(sb);
done:
    if (data.obj != NULL)
        PyBuffer_Release(&data);
    return result;
}

static PyObject *memory_free(wasmbox_sandbox *sb, PyObject *arg)
{
    uint64_t ptr;
    if (!check_allocator("free") || !get_offset(arg, "ptr", &ptr))
        return NULL;
    if (!wasmbox_lock(sb))
        return NULL;
    bool ok = wasmbox_check_callable(sb) && check_range(sb, ptr, 0);
    if (ok) {
        ok = wasmbox_sandbox_free(sb, (uint32_t)ptr);
        ok = no_host_error(sb) && ok;
    }
    wasmbox_unlock(sb);
    if (!ok)
        return NULL;
    Py_RETURN_NONE;
}

PyMethodDef wasmbox_memory_methods[] = {
    {"alloc", (PyCFunction)memory_alloc, METH_O,
     "alloc(size_or_data) -> int\n\n"
     "Allocate with the sandbox's malloc; with a bytes-like argument, copy it in.\n"
     "MemoryError if malloc returns NULL. Free with free(ptr)."},
    {"free", (PyCFunction)memory_free, METH_O,
     "free(ptr)\n\nFree a pointer from alloc() with the sandbox's free."},
    {"read", (PyCFunction)(void (*)(void))memory_read, METH_FASTCALL,
     "read(ptr, n) -> bytes\n\nCopy n bytes out of sandbox memory."},
    {"read_into", (PyCFunction)(void (*)(void))memory_read_into, METH_FASTCALL,
     "read_into(ptr, buffer) -> int\n\n"
     "Copy len(buffer) bytes out of sandbox memory into a writable, contiguous\n"
     "buffer (bytearray, array, memoryview, NumPy array); return how many."},
    {"write", (PyCFunction)(void (*)(void))memory_write, METH_FASTCALL,
     "write(ptr, data)\n\nCopy a bytes-like object into sandbox memory."},
    {"read_cstring", (PyCFunction)(void (*)(void))memory_read_cstring,
     METH_VARARGS | METH_KEYWORDS,
     "read_cstring(ptr, max=None) -> bytes\n\n"
     "The bytes from ptr up to (not including) the next NUL, which must lie in\n"
     "memory (else IndexError); at most max bytes if given (else ValueError)."},
    {NULL, NULL, 0, NULL},
};

/* ---- sb.memory: the buffer protocol ------------------------------------------------------ */

static PyObject *memory_get_view(wasmbox_sandbox *sb, void *unused)
{
    (void)unused;
    return PyMemoryView_FromObject((PyObject *)sb);
}

static PyObject *memory_get_size(wasmbox_sandbox *sb, void *unused)
{
    (void)unused;
    bool open;
    uint64_t size = 0;
    WASMBOX_BEGIN_CRITICAL((PyObject *)sb); /* close() takes the memory away in one */
    open = check_open(sb);
    if (open)
        size = memory_size(sb);
    WASMBOX_END_CRITICAL();
    return open ? PyLong_FromUnsignedLongLong(size) : NULL;
}

PyGetSetDef wasmbox_memory_getset[] = {
    {"memory", (getter)memory_get_view, NULL,
     "A writable memoryview of the whole linear memory, as large as it is now.\n"
     "close() and reset() raise BufferError while any such view is alive.", NULL},
    {"memory_size", (getter)memory_get_size, NULL,
     "The current size of the linear memory in bytes.", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

int wasmbox_memory_getbuffer(PyObject *self, Py_buffer *view, int flags)
{
    static uint8_t empty[1];
    wasmbox_sandbox *sb = (wasmbox_sandbox *)self;
    int status = -1;
    /* No sandbox lock: a call running in another thread can only grow
     * memory, and pages are mapped before memory->size grows, so any size
     * read here is backed by accessible memory that stays where it is.
     * close() and reset() check the export count and take the memory away
     * in a critical section on sb: the count and the memory are read and
     * changed here in one too (with the GIL, the GIL does it). */
    WASMBOX_BEGIN_CRITICAL(self);
    if (!check_open(sb)) {
        view->obj = NULL;
    } else if (sb->memory == NULL && wasmbox_def->memory != NULL) {
        /* reset() in another thread, between the old instance and the new. */
        PyErr_SetString(PyExc_BufferError, "the sandbox's memory is being replaced (reset() "
                        "in another thread); take the view again once reset() returns");
        view->obj = NULL;
    } else {
        uint64_t size = memory_size(sb);
        void *data = size ? (void *)sb->memory->data : (void *)empty;
        if (PyBuffer_FillInfo(view, self, data, (Py_ssize_t)size, 0, flags) == 0) {
            sb->buffer_exports++;
            status = 0;
        }
    }
    WASMBOX_END_CRITICAL();
    return status;
}

void wasmbox_memory_releasebuffer(PyObject *self, Py_buffer *view)
{
    (void)view;
    WASMBOX_BEGIN_CRITICAL(self);
    ((wasmbox_sandbox *)self)->buffer_exports--;
    WASMBOX_END_CRITICAL();
}
