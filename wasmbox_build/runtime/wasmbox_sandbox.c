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
#include "wasmbox_callbacks.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include <structmember.h> /* PyMemberDef: __weaklistoffset__ */

const wasmbox_module_def *wasmbox_def;
PyTypeObject *wasmbox_sandbox_type;
PyTypeObject *wasmbox_exports_type;

/* ---- instances ---------------------------------------------------------------- */

typedef struct {
    void *instance;
    wasmbox_sandbox *sb;
} instantiate_args;

static void do_instantiate(void *arg)
{
    instantiate_args *a = arg;
    wasmbox_def->instantiate(a->instance, a->sb);
    wasmbox_wasi_limit_memory(&a->sb->wasi); /* memory_limit=, before _initialize can grow it */
}

static void do_initialize(void *arg)
{
    wasmbox_def->initialize(arg);
}

/* Make (or take away) the memory that sb.memory shows: memoryviews are made
 * in a critical section on sb (wasmbox_memory_getbuffer), so in one here. */
static void publish_memory(wasmbox_sandbox *sb, wasm_rt_memory_t *memory)
{
    WASMBOX_BEGIN_CRITICAL((PyObject *)sb);
    sb->memory = memory;
    WASMBOX_END_CRITICAL();
}

static void free_instance(wasmbox_sandbox *sb)
{
    if (sb->instance == NULL)
        return;
    if (sb->memory != NULL) /* (unpublished already by close() and reset()) */
        publish_memory(sb, NULL);
    wasmbox_wasi_release(&sb->wasi); /* its files; the memory's own maximum back */
    wasmbox_def->free_instance(sb->instance);
    free(sb->instance);
    sb->instance = NULL;
    sb->wasi.memory = NULL;
    sb->abort_note = 0;
}

/* Give sb (which has no instance) a fresh one: instantiate, then run
 * _initialize. The caller holds sb's lock, or nobody else can see sb yet.
 * On failure sb is closed (an exception is set) or poisoned (the trap is
 * raised). */
static bool instantiate(wasmbox_sandbox *sb)
{
    const wasmbox_module_def *def = wasmbox_def;
    void *instance = calloc(1, def->instance_size);
    if (instance == NULL) {
        PyErr_NoMemory();
        wasmbox_set_state(sb, WASMBOX_CLOSED);
        return false;
    }
    wasm_rt_memory_t *memory = def->memory ? def->memory(instance) : NULL;
    if (!wasmbox_wasi_init(&sb->wasi, &sb->policy, def->short_name, memory)) {
        free(instance);
        PyErr_NoMemory();
        wasmbox_set_state(sb, WASMBOX_CLOSED);
        return false;
    }

    instantiate_args args = {instance, sb};
    const char *what = "instantiate";
    int why = wasmbox_run_locked_on(sb, instance, do_instantiate, &args, what);
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
    /* Read once: the note's address is an immutable global of the instance. */
    sb->abort_note = why == WASM_RT_TRAP_NONE && def->abort_note ? def->abort_note(instance) : 0;
    if (why == WASM_RT_TRAP_NONE && !wasmbox_callbacks_reinstall(sb, instance))
        why = -1; /* the callbacks made before reset() could not be put back */
    if (why == WASM_RT_TRAP_NONE && def->initialize != NULL) {
        what = "_initialize";
        why = wasmbox_run_locked_on(sb, instance, do_initialize, instance, what);
    }
    if (why < 0) { /* could not start: exception set */
        wasmbox_host_error_clear(sb);
        wasmbox_wasi_release(&sb->wasi);
        def->free_instance(instance);
        free(instance);
        wasmbox_set_state(sb, WASMBOX_CLOSED);
        return false;
    }
    /* Published only now: a memoryview taken meanwhile saw no memory. */
    sb->instance = instance;
    publish_memory(sb, memory);
    if (why != WASM_RT_TRAP_NONE) {
        wasmbox_raise_trapped(sb, why, what);
        wasmbox_raise_host_error(sb); /* an output callable raised too */
        return false;
    }
    wasmbox_set_state(sb, WASMBOX_LIVE);
    if (wasmbox_host_error_pending(sb)) {
        /* An output callable raised while _initialize wrote: the instance
         * is fine, but the caller hears of it. */
        wasmbox_raise_host_error(sb);
        return false;
    }
    return true;
}

/* ---- creation and destruction ---------------------------------------------------- */

/* A sandbox without an instance. It owns *policy and imports from now on,
 * even if this fails. */
static wasmbox_sandbox *sandbox_alloc(PyTypeObject *type, wasmbox_policy *policy,
                                      PyObject **imports)
{
    allocfunc alloc = (allocfunc)PyType_GetSlot(type, Py_tp_alloc);
    wasmbox_sandbox *sb = (wasmbox_sandbox *)alloc(type, 0);
    if (sb == NULL) {
        wasmbox_policy_clear(policy);
        wasmbox_imports_free(imports);
        return NULL;
    }
    wasmbox_set_state(sb, WASMBOX_CLOSED); /* until it has an instance */
    sb->policy = *policy;
    memset(policy, 0, sizeof *policy);
    sb->timed = sb->policy.time_limit_ns != 0 || sb->policy.cpu_limit_ns != 0;
    wasmbox_signals_refresh(); /* Ctrl-C's handler in front again, if signal.signal() moved it */
    sb->imports = imports;
    wasmbox_lock_init(sb);
    return sb;
}

wasmbox_sandbox *wasmbox_sandbox_create(wasmbox_policy *policy)
{
    PyObject **imports;
    if (!wasmbox_default_imports(&imports)) {
        wasmbox_policy_clear(policy);
        return NULL;
    }
    wasmbox_sandbox *sb = sandbox_alloc(wasmbox_sandbox_type, policy, imports);
    if (sb != NULL && !instantiate(sb))
        Py_CLEAR(sb);
    return sb;
}

static PyObject *sandbox_new(PyTypeObject *type, PyObject *args, PyObject *kwargs)
{
    if (PyTuple_Size(args) != 0) {
        PyErr_SetString(PyExc_TypeError,
                        "Sandbox() takes no positional arguments, only keyword policies");
        return NULL;
    }
    /* imports= is no capability: taken out before the policy reads the rest. */
    PyObject *rest = kwargs != NULL ? PyDict_Copy(kwargs) : NULL;
    if (kwargs != NULL && rest == NULL)
        return NULL;
    PyObject **imports;
    if (!wasmbox_imports_from_kwargs(rest, &imports)) {
        Py_XDECREF(rest);
        return NULL;
    }
    wasmbox_policy policy;
    bool ok = wasmbox_policy_from_kwargs(&policy, rest);
    Py_XDECREF(rest);
    if (!ok) {
        wasmbox_imports_free(imports);
        return NULL;
    }
    wasmbox_sandbox *sb = sandbox_alloc(type, &policy, imports);
    if (sb != NULL && !instantiate(sb))
        Py_CLEAR(sb);
    return (PyObject *)sb;
}

void wasmbox_free_object(PyObject *self)
{
    PyTypeObject *type = Py_TYPE(self);
    freefunc tp_free = (freefunc)PyType_GetSlot(type, Py_tp_free);
    tp_free(self);
    Py_DECREF((PyObject *)type);
}

static void sandbox_dealloc(wasmbox_sandbox *sb)
{
    /* No call can be running: it would hold a reference to sb. */
    PyObject_GC_UnTrack((PyObject *)sb);
    if (sb->weakreflist != NULL)
        PyObject_ClearWeakRefs((PyObject *)sb);
    free_instance(sb);
    wasmbox_callbacks_free(sb);
    wasmbox_wasi_destroy(&sb->wasi);
    wasmbox_host_error_clear(sb);
    Py_CLEAR(sb->nested_trap);
    wasmbox_imports_free(sb->imports);
    sb->imports = NULL;
    wasmbox_policy_clear(&sb->policy);
    wasmbox_lock_destroy(sb);
    wasmbox_free_object((PyObject *)sb);
}

/* An output callable may refer back to its sandbox: a cycle the GC breaks
 * here (never during a call, which holds a reference to sb). */
static int sandbox_traverse(wasmbox_sandbox *sb, visitproc visit, void *arg)
{
    Py_VISIT((PyObject *)Py_TYPE((PyObject *)sb)); /* a heap type */
    Py_VISIT((PyObject *)sb->wasi.host_error);
    Py_VISIT(sb->nested_trap);
    for (const wasmbox_import *i = wasmbox_def->callbacks->imports; sb->imports && i->name; i++)
        Py_VISIT(sb->imports[i - wasmbox_def->callbacks->imports]);
    int err = wasmbox_callbacks_traverse(sb, visit, arg);
    if (err != 0)
        return err;
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
    Py_CLEAR(sb->nested_trap);
    PyObject **imports = sb->imports;
    sb->imports = NULL;
    wasmbox_imports_free(imports);
    wasmbox_callbacks_release_all(sb); /* (never during a call: it holds a reference) */
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
    switch (wasmbox_state_of(sb)) {
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

/* Refuse to free the instance while memoryviews of its memory exist; else
 * take the memory away from sb.memory at once (in the critical section that
 * memoryviews are made in), so that no view can be made before it is freed. */
static bool take_memory_away(wasmbox_sandbox *sb, const char *action)
{
    Py_ssize_t views;
    WASMBOX_BEGIN_CRITICAL((PyObject *)sb);
    views = sb->buffer_exports;
    if (views == 0)
        sb->memory = NULL;
    WASMBOX_END_CRITICAL();
    if (views == 0)
        return true;
    PyErr_Format(PyExc_BufferError,
                 "cannot %s the sandbox while %zd memoryview(s) of its memory exist; "
                 "release them first", action, views);
    return false;
}

static PyObject *sandbox_close(wasmbox_sandbox *sb, PyObject *unused)
{
    (void)unused;
    if (wasmbox_state_of(sb) == WASMBOX_CLOSED)
        Py_RETURN_NONE;
    if (!wasmbox_lock_exclusive(sb, "close")) /* waits for a call in another thread */
        return NULL;
    bool ok = take_memory_away(sb, "close");
    if (ok) {
        free_instance(sb);
        wasmbox_callbacks_release_all(sb);
        wasmbox_set_state(sb, WASMBOX_CLOSED);
    }
    wasmbox_unlock(sb);
    if (!ok)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *sandbox_reset(wasmbox_sandbox *sb, PyObject *unused)
{
    (void)unused;
    if (!wasmbox_lock_exclusive(sb, "reset")) /* waits for a call in another thread */
        return NULL;
    bool ok = false;
    if (wasmbox_state_of(sb) == WASMBOX_CLOSED) {
        PyErr_SetString(PyExc_ValueError, "the sandbox is closed");
    } else if (take_memory_away(sb, "reset")) {
        /* Calls from other threads wait for the lock meanwhile, so they see
         * either the old instance or the new one. */
        free_instance(sb);
        Py_CLEAR(sb->nested_trap);
        sb->nested_why = WASM_RT_TRAP_NONE;
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
    if (wasmbox_state_of(sb) == WASMBOX_CLOSED) {
        PyErr_SetString(PyExc_ValueError, "the sandbox is closed");
        return NULL;
    }
    Py_INCREF((PyObject *)sb);
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
    return PyBool_FromLong(wasmbox_state_of(sb) == WASMBOX_CLOSED);
}

static PyObject *sandbox_get_poisoned(wasmbox_sandbox *sb, void *unused)
{
    (void)unused;
    return PyBool_FromLong(wasmbox_state_of(sb) == WASMBOX_POISONED);
}

static PyObject *sandbox_get_exports(wasmbox_sandbox *sb, void *unused)
{
    (void)unused;
    return wasmbox_exports_new(wasmbox_exports_type, sb);
}

static PyObject *sandbox_repr(wasmbox_sandbox *sb)
{
    return PyUnicode_FromFormat("<%s.Sandbox (%s) at %p>", wasmbox_def->name,
                                state_name(wasmbox_state_of(sb)), (void *)sb);
}

static PyMethodDef sandbox_api_methods[] = {
    {"callback", (PyCFunction)(void (*)(void))wasmbox_sandbox_callback,
     METH_FASTCALL | METH_KEYWORDS,
     "callback($self, fn, ctype, /, *, error_result=0)\n--\n\n"
     "A function pointer inside this sandbox that calls fn: ctype is a C function\n"
     "type (\"int (const void *, const void *)\") or a function-pointer typedef of\n"
     "the header. int(cb) / cb.address is the pointer; cb.close() releases it. If fn\n"
     "raises, the library sees error_result and the exception is raised when the\n"
     "call into the sandbox returns."},
    {"close", (PyCFunction)sandbox_close, METH_NOARGS,
     "Free the instance and its memory. Idempotent. BufferError while memoryviews\n"
     "of the memory exist; waits for a call running in another thread."},
    {"reset", (PyCFunction)sandbox_reset, METH_NOARGS,
     "Replace the instance by a fresh one (instantiate + _initialize): the way\n"
     "out of a trap. All memory contents and pointers become invalid. If no\n"
     "fresh instance can be made (MemoryError), the sandbox is left closed."},
    {"deadline", (PyCFunction)wasmbox_sandbox_deadline, METH_O,
     "deadline($self, seconds, /)\n--\n\n"
     "A context manager: the calls this thread makes into this sandbox inside the\n"
     "with-block must end within `seconds` of its start, together (a deadline, not a\n"
     "per-call limit), instead of each within time_limit. A call still running then\n"
     "raises Timeout and poisons the sandbox. None: no time limit in the block. A\n"
     "block inside a block on the same sandbox cannot end later than the outer one."},
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

/* __weaklistoffset__: how a type made from a spec gets weak references. */
static PyMemberDef sandbox_members[] = {
    {"__weaklistoffset__", T_PYSSIZET, offsetof(wasmbox_sandbox, weakreflist), READONLY, NULL},
    {NULL, 0, 0, 0, NULL},
};

/* ---- sb.exports ------------------------------------------------------------------------- */

PyObject *wasmbox_exports_new(PyTypeObject *type, wasmbox_sandbox *sb)
{
    wasmbox_exports *exports = PyObject_New(wasmbox_exports, type);
    if (exports == NULL)
        return NULL;
    Py_INCREF((PyObject *)sb);
    exports->sandbox = sb;
    return (PyObject *)exports;
}

void wasmbox_exports_dealloc(wasmbox_exports *exports)
{
    Py_XDECREF((PyObject *)exports->sandbox);
    wasmbox_free_object((PyObject *)exports);
}

static PyObject *exports_repr(wasmbox_exports *exports)
{
    return PyUnicode_FromFormat("<exports of %R>", (PyObject *)exports->sandbox);
}

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

PyTypeObject *wasmbox_new_type(const char *suffix, Py_ssize_t basicsize, unsigned int flags,
                               PyType_Slot *slots)
{
    size_t len = strlen(wasmbox_def->name) + strlen(suffix) + 1;
    char *name = PyMem_Malloc(len);
    if (name == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    /* Kept for the life of the process: 3.11 points tp_name at it. */
    PyOS_snprintf(name, len, "%s%s", wasmbox_def->name, suffix);
    bool instantiable = false;
    for (const PyType_Slot *slot = slots; slot->slot != 0; slot++)
        instantiable = instantiable || slot->slot == Py_tp_new;
#if PY_VERSION_HEX >= 0x030A0000
    /* Like a static type: immutable (no attribute of Sandbox can be replaced), and
     * without a Py_tp_new not callable, rather than inheriting object's. */
    flags |= Py_TPFLAGS_IMMUTABLETYPE;
    if (!instantiable)
        flags |= Py_TPFLAGS_DISALLOW_INSTANTIATION;
#endif
    PyType_Spec spec = {name, (int)basicsize, 0, flags, slots};
    PyTypeObject *type = (PyTypeObject *)PyType_FromSpec(&spec);
#if PY_VERSION_HEX < 0x030A0000
    /* 3.9 has neither flag (its heap types stay mutable): drop the inherited tp_new. */
    if (type != NULL && !instantiable)
        type->tp_new = NULL;
#endif
    return type;
}

int wasmbox_sandbox_types_init(PyObject *module)
{
    const wasmbox_module_def *def = wasmbox_def;
    PyMethodDef *api = join_methods(sandbox_api_methods, wasmbox_memory_methods, NULL);
    if (api == NULL || !check_no_collision(api, count_methods(api)))
        return -1;
    PyMethodDef *methods = join_methods(api, def->sandbox_methods, def->native_methods);
    PyGetSetDef *getset = join_getset(sandbox_api_getset, wasmbox_memory_getset);
    if (methods == NULL || getset == NULL)
        return -1;
    PyType_Slot sandbox_slots[] = {
        {Py_tp_doc, (void *)def->sandbox_doc},
        {Py_tp_new, (void *)sandbox_new},
        {Py_tp_dealloc, (void *)sandbox_dealloc},
        {Py_tp_traverse, (void *)sandbox_traverse},
        {Py_tp_clear, (void *)sandbox_clear},
        {Py_tp_repr, (void *)sandbox_repr},
        {Py_tp_methods, methods},
        {Py_tp_getset, getset},
        {Py_tp_members, sandbox_members},
        {Py_bf_getbuffer, (void *)wasmbox_memory_getbuffer},
        {Py_bf_releasebuffer, (void *)wasmbox_memory_releasebuffer},
        {0, NULL},
    };
    PyType_Slot exports_slots[] = {
        {Py_tp_doc, (void *)"The exports of one sandbox, each as a method."},
        {Py_tp_dealloc, (void *)wasmbox_exports_dealloc},
        {Py_tp_repr, (void *)exports_repr},
        {Py_tp_methods, def->exports_methods},
        {0, NULL},
    };
    wasmbox_sandbox_type = wasmbox_new_type(".Sandbox", sizeof(wasmbox_sandbox),
                                            Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
                                            sandbox_slots);
    if (wasmbox_sandbox_type == NULL)
        return -1;
    wasmbox_exports_type = wasmbox_new_type(".Exports", sizeof(wasmbox_exports),
                                            Py_TPFLAGS_DEFAULT, exports_slots);
    if (wasmbox_exports_type == NULL)
        return -1;
    /* The module holds a reference; the runtime keeps its own in the global. */
    Py_INCREF((PyObject *)wasmbox_sandbox_type);
    if (PyModule_AddObject(module, "Sandbox", (PyObject *)wasmbox_sandbox_type) < 0) {
        Py_DECREF((PyObject *)wasmbox_sandbox_type);
        return -1;
    }
    return 0;
}
