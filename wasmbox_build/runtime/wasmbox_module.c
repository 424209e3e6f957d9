/* wasmbox_module.c - module initialisation and the default sandbox.
 *
 * M.<export>(...) runs on a sandbox the module creates on first use. After
 * a call on it traps, the next call finds it poisoned and quietly replaces
 * it with a fresh one (the call that trapped still raised). Module-level
 * calls from several threads share it, one call at a time. The pointer is
 * read and replaced under the module lock (free-threaded builds).
 */
#include "wasmbox.h"
#include "wasmbox_beneath.h"
#include "wasmbox_callbacks.h"

static wasmbox_sandbox *default_sandbox; /* strong reference, or NULL (module lock) */
#if WASMBOX_FREE_THREADED
PyMutex wasmbox_module_mutex;
#endif

/* The default sandbox if it is live: a new reference, or NULL. */
static wasmbox_sandbox *live_default(void)
{
    wasmbox_module_lock();
    wasmbox_sandbox *sb = default_sandbox;
    if (sb != NULL && wasmbox_state_of(sb) == WASMBOX_LIVE)
        Py_INCREF((PyObject *)sb);
    else
        sb = NULL;
    wasmbox_module_unlock();
    return sb;
}

wasmbox_sandbox *wasmbox_default_sandbox(void)
{
    wasmbox_sandbox *sb = live_default();
    if (LIKELY(sb != NULL))
        return sb;
    wasmbox_policy defaults; /* the build-time capabilities, else deny all */
    if (!wasmbox_policy_from_kwargs(&defaults, NULL))
        return NULL;
    wasmbox_sandbox *fresh = wasmbox_sandbox_create(&defaults); /* releases the GIL */
    if (fresh == NULL)
        return NULL;
    wasmbox_module_lock();
    sb = default_sandbox;
    if (sb != NULL && wasmbox_state_of(sb) == WASMBOX_LIVE) {
        /* Another thread replaced it while we were creating ours. */
        Py_INCREF((PyObject *)sb);
        wasmbox_module_unlock();
        Py_DECREF((PyObject *)fresh);
        return sb;
    }
    Py_INCREF((PyObject *)fresh);
    default_sandbox = fresh; /* before the old one's dealloc can run any code */
    wasmbox_module_unlock();
    Py_XDECREF((PyObject *)sb);
    return fresh;
}

wasmbox_sandbox *wasmbox_default_sandbox_if_any(void)
{
    Py_XINCREF((PyObject *)default_sandbox);
    return default_sandbox;
}

PyObject *wasmbox_call_default(wasmbox_export_fn fn, PyObject *const *args, Py_ssize_t nargs)
{
    for (;;) {
        wasmbox_sandbox *sb = wasmbox_default_sandbox(); /* live when returned */
        if (sb == NULL)
            return NULL;
        PyObject *result = fn(sb, args, nargs);
        Py_DECREF((PyObject *)sb);
        /* SandboxPoisoned here means another thread's call trapped while this
         * one waited for the lock: not this call's fault, so run it on a
         * fresh sandbox. Each retry follows someone else's finished call, so
         * the loop cannot spin without progress. */
        if (result == NULL && PyErr_ExceptionMatches(wasmbox_SandboxPoisoned)) {
            PyErr_Clear();
            continue;
        }
        return result;
    }
}

/* ---- the memory API on the module ------------------------------------------------------ */

static PyObject *module_default_sandbox(PyObject *module, PyObject *unused)
{
    (void)module;
    (void)unused;
    return (PyObject *)wasmbox_default_sandbox();
}

/* M.alloc(...), M.read(...), ...: the Sandbox method of that name, called on the
 * default sandbox of the moment. Each function's self is its name (a str), so that
 * one function serves them all. */
static PyObject *on_default_sandbox(PyObject *name, PyObject *args, PyObject *kwargs)
{
    wasmbox_sandbox *sb = wasmbox_default_sandbox(); /* live when returned */
    if (sb == NULL)
        return NULL;
    PyObject *method = PyObject_GetAttr((PyObject *)sb, name); /* holds sb */
    Py_DECREF((PyObject *)sb);
    if (method == NULL)
        return NULL;
    PyObject *result = PyObject_Call(method, args, kwargs);
    Py_DECREF(method);
    return result;
}

#define ON_DEFAULT(name, signature, what)                                                  \
    {name, (PyCFunction)(void (*)(void))on_default_sandbox, METH_VARARGS | METH_KEYWORDS,  \
     name signature "\n\n" what " on the default sandbox (M.default_sandbox()): pointers\n"  \
     "are valid until a module-level call traps, which replaces that sandbox."}

static PyMethodDef default_sandbox_api[] = {
    ON_DEFAULT("alloc", "(size_or_data) -> int", "malloc (and copy the data in)"),
    ON_DEFAULT("free", "(ptr)", "free"),
    ON_DEFAULT("read", "(ptr, n) -> bytes", "Copy n bytes out of the memory"),
    ON_DEFAULT("read_into", "(ptr, buffer) -> int",
               "Copy len(buffer) bytes out of the memory into buffer"),
    ON_DEFAULT("write", "(ptr, data)", "Copy a bytes-like object into the memory"),
    ON_DEFAULT("read_cstring", "(ptr, max=None) -> bytes", "The bytes up to the next NUL"),
    ON_DEFAULT("callback", "(fn, ctype, /, *, error_result=0) -> Callback",
               "A function pointer that calls fn"),
    {NULL, NULL, 0, NULL},
};

#undef ON_DEFAULT

static PyMethodDef module_functions[] = {
    {"default_sandbox", module_default_sandbox, METH_NOARGS,
     "default_sandbox()\n--\n\n"
     "The sandbox the module-level functions run on, created on first use. After a\n"
     "module-level call traps, a fresh one replaces it: ask again rather than keep it."},
    {NULL, NULL, 0, NULL},
};

static int add_default_sandbox_api(PyObject *module)
{
    if (PyModule_AddFunctions(module, module_functions) < 0)
        return -1;
    PyObject *module_name = PyModule_GetNameObject(module);
    if (module_name == NULL)
        return -1;
    int rc = 0;
    for (PyMethodDef *def = default_sandbox_api; def->ml_name != NULL && rc == 0; def++) {
        PyObject *name = PyUnicode_FromString(def->ml_name);
        PyObject *function = name ? PyCFunction_NewEx(def, name, module_name) : NULL;
        Py_XDECREF(name); /* the function holds it as its self */
        rc = function != NULL ? PyModule_AddObject(module, def->ml_name, function) : -1;
        if (rc < 0)
            Py_XDECREF(function);
    }
    Py_DECREF(module_name);
    return rc;
}

/* M.__wasmbox__: the build information, stored as JSON in the glue. */
static int add_build_info(PyObject *module, const char *json_text)
{
    PyObject *json = PyImport_ImportModule("json");
    if (json == NULL)
        return -1;
    PyObject *info = PyObject_CallMethod(json, "loads", "s", json_text);
    Py_DECREF(json);
    if (info == NULL)
        return -1;
    if (PyDict_Check(info)) { /* what this runtime was actually compiled with */
        PyObject *depth = PyLong_FromLong(WASM_RT_MAX_CALL_STACK_DEPTH);
        if (depth == NULL || PyDict_SetItemString(info, "max_call_depth", depth) < 0) {
            Py_XDECREF(depth);
            Py_DECREF(info);
            return -1;
        }
        Py_DECREF(depth);
        /* How preopened paths are resolved here: "openat2" or "walk". */
        PyObject *method = PyUnicode_FromString(wasmbox_beneath_method());
        if (method == NULL || PyDict_SetItemString(info, "path_resolution", method) < 0) {
            Py_XDECREF(method);
            Py_DECREF(info);
            return -1;
        }
        Py_DECREF(method);
    }
    if (PyModule_AddObject(module, "__wasmbox__", info) < 0) {
        Py_DECREF(info);
        return -1;
    }
    return 0;
}

PyObject *wasmbox_module_create(const wasmbox_module_def *def, PyModuleDef *moduledef)
{
    if (wasmbox_def != NULL) {
        PyErr_Format(PyExc_ImportError, "%s cannot be initialised twice in one process "
                     "(sub-interpreters are not supported)", def->name);
        return NULL;
    }
    wasmbox_def = def;
    if (wasmbox_runtime_init() < 0)
        return NULL;
    PyObject *module = PyModule_Create(moduledef);
    if (module == NULL)
        return NULL;
#if WASMBOX_FREE_THREADED
    /* Everything the GIL guarded is guarded without it (wasmbox.h), so a
     * free-threaded interpreter keeps the GIL off when it imports us. */
    if (PyUnstable_Module_SetGIL(module, Py_MOD_GIL_NOT_USED) < 0) {
        Py_DECREF(module);
        return NULL;
    }
#endif
    if (wasmbox_errors_init(module, def->name) < 0
        || wasmbox_sandbox_types_init(module) < 0
        || wasmbox_callbacks_init(module) < 0
        || add_default_sandbox_api(module) < 0
        || wasmbox_interrupts_init(module) < 0
        || wasmbox_policy_module_init(def->capabilities) < 0
        || add_build_info(module, def->build_info_json) < 0) {
        Py_DECREF(module);
        return NULL;
    }
    return module;
}

/* ---- process-wide hubs ----------------------------------------------------------------- */

void *wasmbox_find_hub(const char *attribute, const char *name)
{
    PyObject *found = PySys_GetObject(attribute); /* borrowed; NULL: none yet */
    return found != NULL ? PyCapsule_GetPointer(found, name) : NULL;
}

int wasmbox_publish_hub(const char *attribute, const char *name, void *hub)
{
    PyObject *capsule = PyCapsule_New(hub, name, NULL);
    if (capsule == NULL)
        return -1;
    int status = PySys_SetObject(attribute, capsule);
    Py_DECREF(capsule);
    return status;
}
