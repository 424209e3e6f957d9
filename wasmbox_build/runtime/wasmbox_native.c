/* wasmbox_native.c - the C API of wasmbox_native.h for native_sources. */
#include "wasmbox.h"
#include "wasmbox_native.h"

wasmbox_sandbox *wasmbox_native_sandbox(PyObject *self)
{
    if (self != NULL && PyModule_Check(self))
        return wasmbox_default_sandbox(); /* a new reference */
    if (self == NULL || (Py_TYPE(self) != wasmbox_sandbox_type
                         && Py_TYPE(self) != wasmbox_exports_type)) {
        PyErr_SetString(PyExc_TypeError,
                        "wasmbox_native_sandbox(): self is not a Sandbox or the module");
        return NULL;
    }
    wasmbox_sandbox *sb = wasmbox_self(self);
    Py_INCREF((PyObject *)sb);
    return sb;
}

bool wasmbox_native_begin(wasmbox_sandbox *sb)
{
    if (!wasmbox_lock(sb))
        return false;
    if (wasmbox_check_callable(sb))
        return true;
    wasmbox_unlock(sb);
    return false;
}

void wasmbox_native_end(wasmbox_sandbox *sb)
{
    wasmbox_unlock(sb);
}

void *wasmbox_native_instance(wasmbox_sandbox *sb)
{
    return sb->instance;
}

uint64_t wasmbox_native_memory_size(wasmbox_sandbox *sb)
{
    return sb->memory != NULL ? sb->memory->size : 0;
}

uint8_t *wasmbox_native_ptr(wasmbox_sandbox *sb, uint64_t addr, uint64_t len)
{
    return wasmbox_memory_at(sb, addr, len);
}

typedef struct {
    void (*fn)(void *instance, void *arg);
    void *instance;
    void *arg;
} native_run;

static void do_native(void *p)
{
    native_run *r = p;
    r->fn(r->instance, r->arg);
}

/* Whether sb can be entered (lock held). A native method may go on after a
 * call of its own trapped: keep that trap's exception if it is still set. */
static bool still_live(wasmbox_sandbox *sb)
{
    if (wasmbox_state_of(sb) == WASMBOX_LIVE)
        return true;
    if (!PyErr_Occurred())
        wasmbox_check_callable(sb);
    return false;
}

/* After a run: an output callable raised meanwhile (raise it now, as the
 * context of a trap already raised), or `ok`. */
static bool finish(wasmbox_sandbox *sb, bool ok)
{
    if (!wasmbox_host_error_pending(sb))
        return ok;
    wasmbox_raise_host_error(sb);
    return false;
}

bool wasmbox_native_call(wasmbox_sandbox *sb, const char *what,
                         void (*fn)(void *instance, void *arg), void *arg)
{
    native_run r = {fn, sb->instance, arg};
    return still_live(sb) && finish(sb, wasmbox_run(sb, do_native, &r, what));
}

static bool has_allocator(void)
{
    if (wasmbox_has_allocator())
        return true;
    PyErr_SetString(PyExc_NotImplementedError,
                    "the sandboxed library does not export malloc and free");
    return false;
}

bool wasmbox_native_alloc(wasmbox_sandbox *sb, uint32_t size, uint32_t *addr)
{
    if (!has_allocator() || !still_live(sb))
        return false;
    int got = wasmbox_sandbox_malloc(sb, size, addr);
    if (!finish(sb, got >= 0))
        return false;
    if (got == 0) {
        PyErr_Format(PyExc_MemoryError, "the sandbox's malloc(%lu) returned NULL",
                     (unsigned long)size);
        return false;
    }
    return true;
}

bool wasmbox_native_free(wasmbox_sandbox *sb, uint32_t addr)
{
    return has_allocator() && still_live(sb) && finish(sb, wasmbox_sandbox_free(sb, addr));
}
