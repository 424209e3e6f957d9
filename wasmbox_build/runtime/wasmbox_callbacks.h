/* wasmbox_callbacks.h - Python callables that the sandboxed library calls.
 *
 * Two kinds, one mechanism:
 *
 *   imports    functions the library declares but does not define (module
 *              "env"). The glue defines wasm2c's import function for each,
 *              which hands its arguments to wasmbox_import_call() with the
 *              import's index; the callable comes from the sandbox's
 *              sb->imports (Sandbox(imports=...), M.set_imports()).
 *   callbacks  function pointers. A wasm function pointer is an index into
 *              the module's function table (funcref table 0, linked growable
 *              and exported). sb.callback() appends a slot whose funcref is
 *              {the wasm function type, the glue's trampoline for that type,
 *              -, the callback's entry}: wasm2c's call_indirect checks the
 *              type and passes the entry as the "module instance" argument,
 *              so one trampoline per wasm signature serves every callback.
 *
 * Either way the glue's function packs the wasm arguments into wasmbox_value
 * and the runtime converts them by the C types of a wasmbox_signature, calls
 * Python with the GIL, and converts the result back. An exception is kept
 * (sb->wasi.host_error, like an output callable's) and the C code sees the
 * callback's error result; it is raised when the outermost call returns.
 */
#ifndef WASMBOX_CALLBACKS_H_
#define WASMBOX_CALLBACKS_H_

#include "wasmbox.h"

/* One wasm value, as the glue's trampolines and import functions pass them. */
typedef union wasmbox_value {
    uint32_t i32;
    uint64_t i64;
    float f32;
    double f64;
} wasmbox_value;

/* A C scalar as a callback's parameter or result. */
typedef enum {
    WASMBOX_C_VOID,     /* results only */
    WASMBOX_C_SIGNED,
    WASMBOX_C_UNSIGNED,
    WASMBOX_C_BOOL,
    WASMBOX_C_FLOAT,    /* float (size 4) or double (8) */
    WASMBOX_C_POINTER,  /* a sandbox address: an int in Python */
} wasmbox_c_kind;

typedef struct wasmbox_c_type {
    uint8_t kind; /* wasmbox_c_kind */
    uint8_t size; /* sizeof on wasm32 */
} wasmbox_c_type;

/* Up to this many parameters per callback or import. */
#define WASMBOX_MAX_CALLBACK_PARAMS 32

/* A C function type. From the header (static, in the glue) or parsed from
 * a string at run time (wasmbox_signature.c, kept for the process). */
typedef struct wasmbox_signature {
    const char *text;              /* as the header or the caller spells it */
    const char *wasm;              /* its wasm type: "ii:i" (i32 i64 f32 f64 = i j f d) */
    wasmbox_c_type result;
    int n_params;
    const wasmbox_c_type *params;
} wasmbox_signature;

/* The glue's trampoline for one wasm function type of the module. */
typedef struct wasmbox_trampoline {
    const char *wasm;              /* "ii:i" */
    wasm_rt_function_ptr_t fn;     /* called by call_indirect with the entry first */
    wasm_rt_func_type_t func_type; /* wasm2c's id of the type (set at module init) */
} wasmbox_trampoline;

/* One import of module "env". */
typedef struct wasmbox_import {
    const char *name;
    const wasmbox_signature *signature;
} wasmbox_import;

/* A function-pointer typedef of the header, for sb.callback(fn, "name"). */
typedef struct wasmbox_named_signature {
    const char *name;
    const wasmbox_signature *signature;
} wasmbox_named_signature;

/* What the glue tells the runtime (wasmbox_module_def.callbacks). */
typedef struct wasmbox_callbacks_def {
    wasmbox_trampoline *trampolines; /* {NULL}-ended; func_type filled by the glue */
    const wasmbox_import *imports;   /* {NULL}-ended */
    const wasmbox_named_signature *named; /* {NULL}-ended */
    /* The module's function table, or NULL if it has none. */
    wasm_rt_funcref_table_t *(*table)(void *instance);
} wasmbox_callbacks_def;

/* ---- called by the glue --------------------------------------------------------- */

/* wasm2c's import function of import `index` hands its arguments here. */
WASMBOX_INTERNAL wasmbox_value wasmbox_import_call(void *sandbox, int index,
                                                   const wasmbox_value *args);
/* Trampoline `trampoline` was called through the function table with
 * `entry` (the funcref's module instance). */
WASMBOX_INTERNAL wasmbox_value wasmbox_callback_call(void *entry, int trampoline,
                                                     const wasmbox_value *args);
/* A funcref's tail-call entry: a tail call into a callback traps. */
WASMBOX_INTERNAL void wasmbox_callback_tailcall(void **instance_ptr, void *tail_call_stack,
                                                wasm_rt_tailcallee_t *next);

/* ---- the rest of the runtime ------------------------------------------------------ */

/* From PyInit: M.Callback, M.MissingImport, M.set_imports. -1 on error. */
WASMBOX_INTERNAL int wasmbox_callbacks_init(PyObject *module);
/* Sandbox(imports=...): pop the keyword from kwargs (a dict, may be NULL)
 * into *imports (an array of n_imports, or NULL if none). False with
 * TypeError/ValueError set. */
WASMBOX_INTERNAL bool wasmbox_imports_from_kwargs(PyObject *kwargs, PyObject ***imports);
/* The default sandbox's imports (M.set_imports): a new array, or NULL. */
WASMBOX_INTERNAL bool wasmbox_default_imports(PyObject ***imports);
WASMBOX_INTERNAL void wasmbox_imports_free(PyObject **imports);
/* A fresh instance of sb: put its callbacks back into its function table
 * (same addresses). False with an exception set. */
WASMBOX_INTERNAL bool wasmbox_callbacks_reinstall(wasmbox_sandbox *sb, void *instance);
/* close(): release every callback of sb; dealloc: free what is left. */
WASMBOX_INTERNAL void wasmbox_callbacks_release_all(wasmbox_sandbox *sb);
WASMBOX_INTERNAL void wasmbox_callbacks_free(wasmbox_sandbox *sb);
WASMBOX_INTERNAL int wasmbox_callbacks_traverse(wasmbox_sandbox *sb, visitproc visit, void *arg);
/* sb.callback(fn, ctype, *, error_result=0) */
WASMBOX_INTERNAL PyObject *wasmbox_sandbox_callback(PyObject *self, PyObject *const *args,
                                                    Py_ssize_t nargs, PyObject *kwnames);
/* A function-pointer argument of a typed binding: a callable (kept by sb),
 * a Callback of sb, an address or None -> the address. */
WASMBOX_INTERNAL bool wasmbox_callback_argument(wasmbox_sandbox *sb, const char *function,
                                                int position, const char *param_name,
                                                const wasmbox_signature *signature,
                                                PyObject *arg, uint32_t *slot);

/* ---- C types parsed at run time (wasmbox_signature.c) ------------------------------ */

/* `text` -> a signature kept for the process (or NULL with ValueError set).
 * Names of the header's function-pointer typedefs and C function types are
 * understood (see the README's limits). */
WASMBOX_INTERNAL const wasmbox_signature *wasmbox_signature_lookup(PyObject *text);

#endif /* WASMBOX_CALLBACKS_H_ */
