/* wasmbox_sandbox.c - the Sandbox type: one wasm instance with its own
 * linear memory, and its life cycle.
 *
 *   LIVE --trap/exit--> POISONED --reset()--> LIVE
 *     \                    |
 *      +----close()--------+--> CLOSED (the instance is freed)
 *
 * A poisoned instance is never entered again: its shadow stack pointer,
 * allocator and globals may be mid-update. reset() throws it away and
 * instantiates afresh; its memory stays readable until then (read(),
 * memory), which helps to inspect what went wrong.
 *
 * sb.exports is a small object whose methods are all the exports, including
 * those named like the Sandbox API (a library exporting `read` or `free`).
 */
#include "wasmbox.h"

#include <stddef.h>
#include <string.h>

const wasmbox_module_def *wasmbox_def;

/* ---- instances ---------------------------------------------------------------- */

typedef struct {
    void *instance;
    wasmbox_wasi *wasi;
} instantiate_args;

static void do_instantiate(void *arg)
{
    instantiate_args *a = arg;
    wasmbox_def->instantiate(a->instance, a->wasi);
    wasmbox_wasi_limit_memory(a->wasi); /* memory_limit=, before _initialize can grow it */
}

static void do_initialize(void *arg)
{
    wasmbox_def->initialize(arg);
}

static void free_instance(wasmbox_sandbox *sb)
{
    if (sb->instance == NULL)
        return;
    wasmbox_wasi_release(&sb->wasi); /* its files; the memory's own maximum back */
    wasmbox_def->free_instance(sb->instance);
    PyMem_RawFree(sb->instance);
    sb->instance = NULL;
    sb->memory = NULL;
    sb->wasi.memory = NULL;
}

/* Give sb (which has no instance) a fresh one: instantiate, then run
 * _initialize. The caller holds sb's lock, or nobody else can see sb yet.
 * On failure sb is closed (an exception is set) or poisoned (the trap is
 * raised). */
static bool instantiate(wasmbox_sandbox *sb)
{
    const wasmbox_module_def *def = wasmbox_def;
    void *instance = PyMem_RawCalloc(1, def->instance_size);
    if (instance == NULL) {
        PyErr_NoMemory();
        sb->state = WASMBOX_CLOSED;
        return false;
    }
    wasm_rt_memory_t *memory = def->memory ? def->memory(instance) : NULL;
    if (!wasmbox_wasi_init(&sb->wasi, &sb->policy, def->short_name, memory)) {
        PyMem_RawFree(instance);
        PyErr_NoMemory();
        sb->state = WASMBOX_CLOSED;
        return false;
    }

    instantiate_args args = {instance, &sb->wasi};
    const char *what = "instantiate";
    int why = wasmbox_run_locked(sb, do_instantiate, &args, what);
    if (why == WASMBOX_TRAP_NO_MEMORY) {
        PyErr_Format(PyExc_MemoryError,
                     "cannot map the %llu MiB memory reservation of a new sandbox: out of "
                     "address space, or of memory mappings (vm.max_map_count); close some "
                     "sandboxes", (unsigned long long)(def->memory_reserve >> 20));
        why = -1;
    }
    bool above;
    uint64_t bound = why == WASM_RT_TRAP_NONE ? wasmbox_wasi_memory_limit_breaks(&sb->wasi,
                                                                                 &above)
                                              : 0;
    if (bound != 0) {
        PyErr_Format(PyExc_ValueError,
                     above ? "Sandbox(memory_limit=%llu): above the build's max_memory (%llu)"
                           : "Sandbox(memory_limit=%llu): the library starts with %llu bytes "
                             "of memory",
                     (unsigned long long)sb->policy.memory_limit, (unsigned long long)bound);
        why = -1;
    }
    if (why == WASM_RT_TRAP_NONE && def->initialize != NULL) {
        what = "_initialize";
        why = wasmbox_run_locked(sb, do_initialize, instance, what);
    }
    if (why < 0) { /* could not start: exception set */
        wasmbox_host_error_clear(sb);
        wasmbox_wasi_release(&sb->wasi);
        def->free_instance(instance);
        PyMem_RawFree(instance);
        sb->state = WASMBOX_CLOSED;
        return false;
    }
    /* Published only now: a memoryview taken meanwhile saw no memory. */
    sb->instance = instance;
    sb->memory = memory;
    if (why != WASM_RT_TRAP_NONE) {
        sb->state = WASMBOX_POISONED;
        wasmbox_raise_trap(why, sb->wasi.exit_code, what);
        wasmbox_raise_host_error(sb); /* an output callable raised too */
        return false;
    }
    sb->state = WASMBOX_LIVE;
    if (wasmbox_host_error_pending(sb)) {
        /* An output callable raised while _initialize wrote: the instance
         * is fine, but the caller hears of it. */
        wasmbox_raise_host_error(sb);
        return false;
    }
    return true;
}

/* ---- creation and destruction ---------------------------------------------------- */

/* A sandbox without an instance. It owns *policy from now on, even if
 * this fails. */
static wasmbox_sandbox *sandbox_alloc(PyTypeObject *type, wasmbox_policy *policy)
{
    wasmbox_sandbox *sb = (wasmbox_sandbox *)type->tp_alloc(type, 0);
    if (sb == NULL) {
        wasmbox_policy_clear(policy);
        return NULL;
    }
    sb->state = WASMBOX_CLOSED; /* until it has an instance */
    sb->policy = *policy;
    memset(policy, 0, sizeof *policy);
    wasmbox_lock_init(sb);
    return sb;
}

wasmbox_sandbox *wasmbox_sandbox_create(wasmbox_policy *policy)
{
    wasmbox_sandbox *sb = sandbox_alloc(&wasmbox_sandbox_type, policy);
    if (sb != NULL && !instantiate(sb))
        Py_CLEAR(sb);
    return sb;
}

static PyObject *sandbox_new(PyTypeObject *type, PyObject *args, PyObject *kwargs)
{
    if (PyTuple_GET_SIZE(args) != 0) {
        PyErr_SetString(PyExc_TypeError,
                        "Sandbox() takes no positional arguments, only keyword policies");
        return NULL;
    }
    wasmbox_policy policy;
    if (!wasmbox_policy_from_kwargs(&policy, kwargs))
        return NULL;
    wasmbox_sandbox *sb = sandbox_alloc(type, &policy);
    if (sb != NULL && !instantiate(sb))
        Py_CLEAR(sb);
    return (PyObject *)sb;
}

static void sandbox_dealloc(wasmbox_sandbox *sb)
{
    /* No call can be running: it would hold a reference to sb. */
    PyObject_GC_UnTrack(sb);
    if (sb->weakreflist != NULL)
        PyObject_ClearWeakRefs((PyObject *)sb);
    free_instance(sb);
    wasmbox_wasi_destroy(&sb->wasi);
    wasmbox_host_error_clear(sb);
    wasmbox_policy_clear(&sb->policy);
    wasmbox_lock_destroy(sb);
    Py_TYPE(sb)->tp_free((PyObject *)sb);
}

/* An output callable may refer back to its sandbox: a cycle the GC breaks
 * here (never during a call, which holds a reference to sb). */
static int sandbox_traverse(wasmbox_sandbox *sb, visitproc visit, void *arg)
{
    Py_VISIT((PyObject *)sb->wasi.host_error);
    return wasmbox_policy_traverse(&sb->policy, visit, arg);
}

static int sandbox_clear(wasmbox_sandbox *sb)
{
    for (int i = 0; i < 2; i++) {
        if (sb->policy.output[i] == WASMBOX_OUTPUT_CALLABLE) {
            PyObject *callable = sb->policy.callable[i];
            sb->policy.output[i] = WASMBOX_OUTPUT_DISCARD;
            sb->policy.callable[i] = NULL;
            Py_XDECREF(callable);
        }
    }
    wasmbox_host_error_clear(sb);
    return 0;
}

/* ---- state ------------------------------------------------------------------------------ */

static const char *state_name(wasmbox_state state)
{
    switch (state) {
    case WASMBOX_LIVE:
        return "live";
    case WASMBOX_POISONED:
        return "poisoned";
    case WASMBOX_CLOSED:
        break;
    }
    return "closed";
}

bool wasmbox_check_callable(wasmbox_sandbox *sb)
{
    switch (sb->state) {
    case WASMBOX_LIVE:
        return true;
    case WASMBOX_POISONED:
        PyErr_SetString(wasmbox_SandboxPoisoned,
                        "this sandbox trapped (or exited) earlier and is never entered again; "
                        "call reset() or use a new Sandbox");
        return false;
    case WASMBOX_CLOSED:
        break;
    }
    PyErr_SetString(PyExc_ValueError, "the sandbox is closed");
    return false;
}

/* Refuse to free the instance while memoryviews of its memory exist. */
static bool check_no_views(wasmbox_sandbox *sb, const char *action)
{
    if (sb->buffer_exports == 0)
        return true;
    PyErr_Format(PyExc_BufferError,
                 "cannot %s the sandbox while %zd memoryview(s) of its memory exist; "
                 "release them first", action, sb->buffer_exports);
    return false;
}

static PyObject *sandbox_close(wasmbox_sandbox *sb, PyObject *unused)
{
    (void)unused;
    if (sb->state == WASMBOX_CLOSED)
        Py_RETURN_NONE;
    if (!wasmbox_lock(sb)) /* waits for a call running in another thread */
        return NULL;
    bool ok = check_no_views(sb, "close");
    if (ok) {
        free_instance(sb);
        sb->state = WASMBOX_CLOSED;
    }
    wasmbox_unlock(sb);
    if (!ok)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *sandbox_reset(wasmbox_sandbox *sb, PyObject *unused)
{
    (void)unused;
    if (!wasmbox_lock(sb)) /* waits for a call running in another thread */
        return NULL;
    bool ok = false;
    if (sb->state == WASMBOX_CLOSED) {
        PyErr_SetString(PyExc_ValueError, "the sandbox is closed");
    } else if (check_no_views(sb, "reset")) {
        /* Calls from other threads wait for the lock meanwhile, so they see
         * either the old instance or the new one. */
        free_instance(sb);
        ok = instantiate(sb);
    }
    wasmbox_unlock(sb);
    if (!ok)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *sandbox_enter(wasmbox_sandbox *sb, PyObject *unused)
{
    (void)unused;
    if (sb->state == WASMBOX_CLOSED) {
        PyErr_SetString(PyExc_ValueError, "the sandbox is closed");
        return NULL;
    }
    Py_INCREF(sb);
    return (PyObject *)sb;
}

static PyObject *sandbox_exit(wasmbox_sandbox *sb, PyObject *const *args, Py_ssize_t nargs)
{
    (void)args, (void)nargs;
    PyObject *result = sandbox_close(sb, NULL);
    if (result == NULL)
        return NULL;
    Py_DECREF(result);
    Py_RETURN_FALSE; /* never swallow the exception */
}

static PyObject *sandbox_get_closed(wasmbox_sandbox *sb, void *unused)
{
    (void)unused;
    return PyBool_FromLong(sb->state == WASMBOX_CLOSED);
}

static PyObject *sandbox_get_poisoned(wasmbox_sandbox *sb, void *unused)
{
    (void)unused;
    return PyBool_FromLong(sb->state == WASMBOX_POISONED);
}

static PyObject *sandbox_get_exports(wasmbox_sandbox *sb, void *unused)
{
    (void)unused;
    wasmbox_exports *exports = PyObject_New(wasmbox_exports, &wasmbox_exports_type);
    if (exports == NULL)
        return NULL;
    Py_INCREF(sb);
    exports->sandbox = sb;
    return (PyObject *)exports;
}

static PyObject *sandbox_repr(wasmbox_sandbox *sb)
{
    return PyUnicode_FromFormat("<%s.Sandbox (%s) at %p>", wasmbox_def->name,
                                state_name(sb->state), (void *)sb);
}

static PyMethodDef sandbox_api_methods[] = {
    {"close", (PyCFunction)sandbox_close, METH_NOARGS,
     "Free the instance and its memory. Idempotent. BufferError while memoryviews\n"
     "of the memory exist; waits for a call running in another thread."},
    {"reset", (PyCFunction)sandbox_reset, METH_NOARGS,
     "Replace the instance by a fresh one (instantiate + _initialize): the way\n"
     "out of a trap. All memory contents and pointers become invalid. If no\n"
     "fresh instance can be made (MemoryError), the sandbox is left closed."},
    {"__enter__", (PyCFunction)sandbox_enter, METH_NOARGS, NULL},
    {"__exit__", (PyCFunction)(void (*)(void))sandbox_exit, METH_FASTCALL, NULL},
    {NULL, NULL, 0, NULL},
};

static PyGetSetDef sandbox_api_getset[] = {
    {"closed", (getter)sandbox_get_closed, NULL, "True once close() ran.", NULL},
    {"poisoned", (getter)sandbox_get_poisoned, NULL,
     "True after a trap or exit(), until reset().", NULL},
    {"exports", (getter)sandbox_get_exports, NULL,
     "Every export as a method, including those whose names the Sandbox API uses.", NULL},
    {"raw", (getter)wasmbox_get_raw, NULL,
     "Every export with its wasm signature: ints and floats in, signed ints out\n"
     "(the untyped wrappers, also where header= made typed ones).", NULL},
    {"stdout", (getter)wasmbox_get_stdout, NULL,
     "What the library wrote to stdout, with stdout=\"capture\" (else b\"\"): everything\n"
     "since the Sandbox was made, across calls and reset(), up to capture_limit bytes.",
     NULL},
    {"stderr", (getter)wasmbox_get_stderr, NULL,
     "What the library wrote to stderr, with stderr=\"capture\" (else b\"\").", NULL},
    {"stdout_truncated", (getter)wasmbox_get_stdout_truncated, NULL,
     "True if captured stdout went beyond capture_limit (the rest was dropped).", NULL},
    {"stderr_truncated", (getter)wasmbox_get_stderr_truncated, NULL,
     "True if captured stderr went beyond capture_limit (the rest was dropped).", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

PyTypeObject wasmbox_sandbox_type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_basicsize = sizeof(wasmbox_sandbox),
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_new = sandbox_new,
    .tp_dealloc = (destructor)sandbox_dealloc,
    .tp_traverse = (traverseproc)sandbox_traverse,
    .tp_clear = (inquiry)sandbox_clear,
    .tp_repr = (reprfunc)sandbox_repr,
    .tp_weaklistoffset = offsetof(wasmbox_sandbox, weakreflist),
    .tp_as_buffer = &wasmbox_buffer_procs,
};

/* ---- sb.exports ------------------------------------------------------------------------- */

static void exports_dealloc(wasmbox_exports *exports)
{
    Py_DECREF(exports->sandbox);
    PyObject_Free(exports);
}

static PyObject *exports_repr(wasmbox_exports *exports)
{
    return PyUnicode_FromFormat("<exports of %R>", (PyObject *)exports->sandbox);
}

PyTypeObject wasmbox_exports_type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_basicsize = sizeof(wasmbox_exports),
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_dealloc = (destructor)exports_dealloc,
    .tp_repr = (reprfunc)exports_repr,
    .tp_doc = "The exports of one sandbox, each as a method.",
};

/* ---- type set-up ------------------------------------------------------------------------ */

static Py_ssize_t count_methods(const PyMethodDef *m)
{
    Py_ssize_t n = 0;
    while (m && m[n].ml_name)
        n++;
    return n;
}

/* a + b + c, NULL-terminated; kept for the life of the process. */
static PyMethodDef *join_methods(const PyMethodDef *a, const PyMethodDef *b,
                                 const PyMethodDef *c)
{
    Py_ssize_t na = count_methods(a), nb = count_methods(b), nc = count_methods(c);
    PyMethodDef *all = PyMem_Calloc((size_t)(na + nb + nc + 1), sizeof *all);
    if (all == NULL)
        return (PyMethodDef *)PyErr_NoMemory();
    memcpy(all, a, (size_t)na * sizeof *all);
    memcpy(all + na, b, (size_t)nb * sizeof *all);
    if (nc)
        memcpy(all + na + nb, c, (size_t)nc * sizeof *all);
    return all;
}

static PyGetSetDef *join_getset(const PyGetSetDef *a, const PyGetSetDef *b)
{
    Py_ssize_t na = 0, nb = 0;
    while (a[na].name)
        na++;
    while (b[nb].name)
        nb++;
    PyGetSetDef *all = PyMem_Calloc((size_t)(na + nb + 1), sizeof *all);
    if (all == NULL)
        return (PyGetSetDef *)PyErr_NoMemory();
    memcpy(all, a, (size_t)na * sizeof *all);
    memcpy(all + na, b, (size_t)nb * sizeof *all);
    return all;
}

/* An export may not shadow the API on the Sandbox itself: a generator bug. */
static bool check_no_collision(const PyMethodDef *api, Py_ssize_t n_api)
{
    for (const PyMethodDef *m = wasmbox_def->sandbox_methods; m && m->ml_name; m++) {
        for (Py_ssize_t i = 0; i < n_api; i++) {
            if (strcmp(m->ml_name, api[i].ml_name) == 0) {
                PyErr_Format(PyExc_SystemError, "export %s() collides with Sandbox.%s",
                             m->ml_name, api[i].ml_name);
                return false;
            }
        }
    }
    return true;
}

int wasmbox_sandbox_types_init(PyObject *module)
{
    const wasmbox_module_def *def = wasmbox_def;
    char *names[2];
    const char *suffix[2] = {".Sandbox", ".Exports"};
    for (int i = 0; i < 2; i++) { /* "<module>.Sandbox", kept for the process */
        size_t len = strlen(def->name) + strlen(suffix[i]) + 1;
        names[i] = PyMem_Malloc(len);
        if (names[i] == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        PyOS_snprintf(names[i], len, "%s%s", def->name, suffix[i]);
    }
    PyMethodDef *api = join_methods(sandbox_api_methods, wasmbox_memory_methods, NULL);
    if (api == NULL || !check_no_collision(api, count_methods(api)))
        return -1;
    wasmbox_sandbox_type.tp_name = names[0];
    wasmbox_sandbox_type.tp_doc = def->sandbox_doc;
    wasmbox_sandbox_type.tp_methods = join_methods(api, def->sandbox_methods,
                                                   def->native_methods);
    wasmbox_sandbox_type.tp_getset = join_getset(sandbox_api_getset, wasmbox_memory_getset);
    wasmbox_exports_type.tp_name = names[1];
    wasmbox_exports_type.tp_methods = def->exports_methods;
    if (wasmbox_sandbox_type.tp_methods == NULL || wasmbox_sandbox_type.tp_getset == NULL
        || PyType_Ready(&wasmbox_sandbox_type) < 0 || PyType_Ready(&wasmbox_exports_type) < 0)
        return -1;
    Py_INCREF(&wasmbox_sandbox_type);
    if (PyModule_AddObject(module, "Sandbox", (PyObject *)&wasmbox_sandbox_type) < 0) {
        Py_DECREF(&wasmbox_sandbox_type);
        return -1;
    }
    return 0;
}
