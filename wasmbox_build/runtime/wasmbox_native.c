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
    uint64_t size = wasmbox_native_memory_size(sb);
    if (addr <= size && len <= size - addr)
        return sb->memory->data + addr;
    PyErr_Format(PyExc_IndexError,
                 "bytes [%llu, %llu + %llu) are outside the sandbox memory (%llu bytes)",
                 (unsigned long long)addr, (unsigned long long)addr, (unsigned long long)len,
                 (unsigned long long)size);
    return NULL;
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

/* Run fn(arg) in the sandbox (lock held): false with the trap raised and sb
 * poisoned, or with an output callable's exception. */
static bool run(wasmbox_sandbox *sb, void (*fn)(void *), void *arg, const char *what)
{
    if (sb->state != WASMBOX_LIVE) { /* an earlier call of this method trapped */
        if (!PyErr_Occurred()) /* keep the trap's exception if it is still being raised */
            wasmbox_check_callable(sb);
        return false;
    }
    int why = wasmbox_run_locked(sb, fn, arg, what);
    if (why > 0) {
        sb->state = WASMBOX_POISONED;
        wasmbox_raise_sandbox_trap(sb, why, what);
    }
    if (wasmbox_host_error_pending(sb)) {
        wasmbox_raise_host_error(sb);
        return false;
    }
    return why == WASM_RT_TRAP_NONE;
}

bool wasmbox_native_call(wasmbox_sandbox *sb, const char *what,
                         void (*fn)(void *instance, void *arg), void *arg)
{
    native_run r = {fn, sb->instance, arg};
    return run(sb, do_native, &r, what);
}

typedef struct {
    void *instance;
    uint32_t arg;
    uint32_t result;
} allocator_call;

static void do_malloc(void *p)
{
    allocator_call *a = p;
    a->result = wasmbox_def->malloc(a->instance, a->arg);
}

static void do_free(void *p)
{
    allocator_call *a = p;
    wasmbox_def->free(a->instance, a->arg);
}

static bool has_allocator(void)
{
    if (wasmbox_def->malloc != NULL && wasmbox_def->free != NULL)
        return true;
    PyErr_SetString(PyExc_NotImplementedError,
                    "the sandboxed library does not export malloc and free");
    return false;
}

bool wasmbox_native_alloc(wasmbox_sandbox *sb, uint32_t size, uint32_t *addr)
{
    allocator_call a = {sb->instance, size, 0};
    if (!has_allocator() || !run(sb, do_malloc, &a, "malloc"))
        return false;
    if (a.result == 0) {
        PyErr_Format(PyExc_MemoryError, "the sandbox's malloc(%lu) returned NULL",
                     (unsigned long)size);
        return false;
    }
    uint64_t memory = wasmbox_native_memory_size(sb);
    if (a.result > memory || size > memory - a.result) {
        sb->state = WASMBOX_POISONED; /* a lying allocator */
        PyErr_Format(wasmbox_Trap, "the sandbox's malloc(%lu) returned %lu, outside its memory",
                     (unsigned long)size, (unsigned long)a.result);
        return false;
    }
    *addr = a.result;
    return true;
}

bool wasmbox_native_free(wasmbox_sandbox *sb, uint32_t addr)
{
    allocator_call a = {sb->instance, addr, 0};
    return has_allocator() && run(sb, do_free, &a, "free");
}
