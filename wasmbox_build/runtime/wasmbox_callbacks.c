/* wasmbox_callbacks.c - Python callables the sandboxed library calls: its
 * imports and its function pointers (see wasmbox_callbacks.h).
 *
 * Calling Python from wasm. The glue's import function or trampoline packs
 * the wasm arguments and calls in here, on the thread that entered the
 * sandbox, which holds the sandbox's lock but not the GIL. The thread is
 * marked "in import" (a deadline signal must not unwind through host code),
 * takes the GIL back with the thread state the boundary saved, converts the
 * arguments by their C types, calls the callable, converts its result, and
 * releases the GIL again before returning into wasm. It first checks that
 * enough native stack is left for Python (WASMBOX_CALLBACK_STACK above the
 * boundary's reserve); if not, the call ends with StackExhausted.
 *
 * While the callable runs, thread->in_callback is set: its code may call
 * into the sandbox again (wasmbox_boundary.c nests the call), and use
 * sb.read(), sb.alloc() & co., which take the lock once more.
 *
 * Exceptions. A callable that raises, or returns what its C result type
 * cannot hold, gives the library the callback's error result (0 by
 * default); the exception waits in sb->wasi.host_error, and every later
 * callback or import of the same outermost call returns its error result
 * without running Python, until the call returns and raises it. If the
 * callable's code poisoned the sandbox (a call it made trapped), returning
 * into the wasm frames below would run poisoned code: the trampoline unwinds
 * them instead (WASMBOX_TRAP_NESTED), and the outermost call raises the trap.
 *
 * Function pointers. A callback is an entry (wasmbox_callback_entry) owned
 * by its sandbox and a slot of the instance's function table whose funcref
 * is {type of the trampoline, trampoline, trap-on-tail-call, entry}.
 * call_indirect compares the type before calling, so a call of the wrong type
 * traps (IndirectCallMismatch) without running anything. Entries never move
 * and are freed only with the sandbox, so the trampoline can trust the entry
 * pointer; it still checks that the entry is live and has its own wasm type
 * (a library that copied a funcref with table.get/table.set before its
 * callback was released gets IndirectCallMismatch, not a stranger's code).
 *
 * Releasing (Callback.close(), the Callback's last reference, close() of the
 * sandbox) needs only the GIL: the entry drops its callable at once and waits
 * in a "pending" list; its slot is cleared, and the entry reused, by the next
 * sb.callback(), which holds the sandbox lock (wasm may be running in another
 * thread until then, and the table is only written under the lock). The
 * table grows in chunks; reset() puts every live callback back into the
 * fresh instance's table at the same address.
 */
#include "wasmbox_callbacks.h"
#include "wasmbox_bindings.h"

#include <float.h>
#include <math.h>
#include <string.h>

/* Native stack a callback needs left, on top of the boundary's reserve (which
 * libc and the runtime need below it): Python code runs on it. */
#ifndef WASMBOX_CALLBACK_STACK
#define WASMBOX_CALLBACK_STACK (128 * 1024)
#endif

/* The first table growth, in slots; later ones add half as many as there are. */
#define TABLE_CHUNK 16

typedef struct wasmbox_callback_entry {
    wasmbox_sandbox *sandbox;           /* its owner (no reference: it owns the entry) */
    PyObject *fn;                       /* strong; NULL once released */
    const wasmbox_signature *signature;
    int trampoline;
    uint32_t slot;                      /* its index in the function table */
    uint32_t index;                     /* its index in the registry's `all` */
    uint32_t generation;                /* bumped by each release */
    wasmbox_value error_result;
    struct wasmbox_callback_entry *next; /* in the free or the pending list */
} wasmbox_callback_entry;

typedef struct wasmbox_callbacks {
    wasmbox_callback_entry **all;       /* every entry, by slot */
    size_t count, capacity;
    wasmbox_callback_entry *free;       /* released, slot cleared: reusable */
    wasmbox_callback_entry *pending;    /* released, slot not cleared yet */
    /* The callables typed bindings were given: {(signature, callable): entry index}.
     * Entries, not Callbacks: a Callback holds its sandbox, which would make every
     * sandbox given a callable part of a reference cycle, freed only by the GC. */
    PyObject *kept;
} wasmbox_callbacks;

static PyTypeObject *callback_type;
static PyObject **default_imports; /* M.set_imports(), or NULL */

static const wasmbox_callbacks_def *def(void)
{
    return wasmbox_def->callbacks;
}

static Py_ssize_t import_count(void)
{
    Py_ssize_t n = 0;
    while (def()->imports[n].name != NULL)
        n++;
    return n;
}

/* ---- C values <-> Python ----------------------------------------------------------------- */

static PyObject *to_python(wasmbox_c_type c, wasmbox_value v)
{
    switch (c.kind) {
    case WASMBOX_C_SIGNED:
        switch (c.size) {
        case 1:
            return PyLong_FromLong((int8_t)v.i32);
        case 2:
            return PyLong_FromLong((int16_t)v.i32);
        case 8:
            return PyLong_FromLongLong((long long)(int64_t)v.i64);
        default:
            return PyLong_FromLong((int32_t)v.i32);
        }
    case WASMBOX_C_UNSIGNED:
        switch (c.size) {
        case 1:
            return PyLong_FromLong((uint8_t)v.i32);
        case 2:
            return PyLong_FromLong((uint16_t)v.i32);
        case 8:
            return PyLong_FromUnsignedLongLong(v.i64);
        default:
            return PyLong_FromUnsignedLong(v.i32);
        }
    case WASMBOX_C_BOOL:
        return PyBool_FromLong(v.i32 != 0);
    case WASMBOX_C_FLOAT:
        return PyFloat_FromDouble(c.size == 4 ? (double)v.f32 : v.f64);
    default: /* WASMBOX_C_POINTER */
        return PyLong_FromUnsignedLong(v.i32);
    }
}

static bool bad_result(const wasmbox_signature *sig, PyObject *obj, const char *expected)
{
    PyObject *type = wasmbox_type_name(obj);
    if (type != NULL)
        PyErr_Format(PyExc_TypeError, "a callback of type %s returned %.100U; it must return %s",
                     sig->text, type, expected);
    Py_XDECREF(type);
    return false;
}

static bool result_out_of_range(const wasmbox_signature *sig, PyObject *obj)
{
    PyErr_Format(PyExc_OverflowError,
                 "a callback of type %s returned %R, out of range for its result type",
                 sig->text, obj);
    return false;
}

/* obj -> an integer of c's width and signedness (or a pointer), range-checked. */
static bool int_value(const wasmbox_signature *sig, wasmbox_c_type c, PyObject *obj,
                      wasmbox_value *out)
{
    if (c.kind == WASMBOX_C_POINTER && obj == Py_None) {
        out->i64 = 0;
        return true;
    }
    if (PyFloat_Check(obj) || !(PyLong_Check(obj) || PyIndex_Check(obj)))
        return bad_result(sig, obj, c.kind == WASMBOX_C_POINTER ? "an address (int) or None"
                                                                : "an int");
    PyObject *index = PyNumber_Index(obj);
    if (index == NULL)
        return false;
    int bits = 8 * c.size;
    bool ok;
    if (c.kind == WASMBOX_C_SIGNED) {
        int overflow;
        long long v = PyLong_AsLongLongAndOverflow(index, &overflow);
        ok = !overflow && (bits == 64 || (v >= -(1LL << (bits - 1)) && v < (1LL << (bits - 1))));
        out->i64 = (uint64_t)v; /* little-endian: i32 holds the low half */
    } else {
        unsigned long long u = PyLong_AsUnsignedLongLong(index); /* OverflowError if < 0 */
        ok = !(u == (unsigned long long)-1 && PyErr_Occurred())
             && (bits == 64 || u <= (UINT64_MAX >> (64 - bits)));
        out->i64 = u;
    }
    if (!ok) {
        bool range = !PyErr_Occurred() || PyErr_ExceptionMatches(PyExc_OverflowError);
        if (range) {
            PyErr_Clear();
            result_out_of_range(sig, index);
        }
    }
    Py_DECREF(index);
    return ok;
}

/* A callable's result -> the C result. False with an exception set. */
static bool from_python(const wasmbox_signature *sig, wasmbox_c_type c, PyObject *obj,
                        wasmbox_value *out)
{
    out->i64 = 0;
    switch (c.kind) {
    case WASMBOX_C_VOID:
        return true; /* whatever a void callback returns is ignored */
    case WASMBOX_C_SIGNED:
        if (c.size == 4 && PyLong_CheckExact(obj)) { /* the common case */
            int overflow;
            long v = PyLong_AsLongAndOverflow(obj, &overflow);
            if (!overflow && v >= INT32_MIN && v <= INT32_MAX) {
                out->i32 = (uint32_t)(int32_t)v;
                return true;
            }
        }
        return int_value(sig, c, obj, out);
    case WASMBOX_C_BOOL:
        if (obj == Py_True || obj == Py_False) {
            out->i32 = obj == Py_True;
            return true;
        }
        return int_value(sig, (wasmbox_c_type){WASMBOX_C_UNSIGNED, 1}, obj, out)
               && (out->i32 <= 1 || result_out_of_range(sig, obj));
    case WASMBOX_C_FLOAT: {
        if (!PyFloat_Check(obj) && !PyLong_Check(obj) && !PyIndex_Check(obj))
            return bad_result(sig, obj, "a float");
        double d = PyFloat_AsDouble(obj);
        if (d == -1.0 && PyErr_Occurred())
            return false;
        if (c.size == 8) {
            out->f64 = d;
            return true;
        }
        if (isfinite(d) && (d > FLT_MAX || d < -FLT_MAX))
            return result_out_of_range(sig, obj);
        out->f32 = (float)d;
        return true;
    }
    default: /* unsigned, pointer */
        return int_value(sig, c, obj, out);
    }
}

/* ---- calling Python from wasm ------------------------------------------------------------ */

/* Entered from wasm: host code from here on, with the GIL (taken back, unless
 * the call kept it: t->py_thread is NULL then). */
static inline void host_enter(wasmbox_thread *t)
{
    if (UNLIKELY(t->stack_limit != 0 && (uintptr_t)__builtin_frame_address(0)
                                            < t->stack_limit + WASMBOX_CALLBACK_STACK))
        wasmbox_unwind_thread(t, WASM_RT_TRAP_EXHAUSTION); /* state is IN_WASM: a trap */
    t->state = WASMBOX_IN_IMPORT;
    t->in_callback = true;
    if (t->py_thread != NULL)
        PyEval_RestoreThread((PyThreadState *)t->py_thread);
}

/* Back into wasm; a deadline that expired meanwhile (or Ctrl-C) ends the
 * call here. */
static inline void host_leave(wasmbox_thread *t)
{
    if (t->py_thread != NULL)
        t->py_thread = PyEval_SaveThread();
    t->in_callback = false;
    wasmbox_back_in_wasm(t);
}

/* End the sandbox call from host code (GIL held): to its boundary. */
static WASMBOX_NORETURN WASMBOX_NOINLINE void host_unwind(wasmbox_thread *t, int why)
{
    if (t->py_thread != NULL)
        t->py_thread = PyEval_SaveThread();
    t->in_callback = false;
    wasmbox_unwind_thread(t, why);
}

/* The callable's code left sb poisoned: a call it made into sb trapped (or
 * found the sandbox's allocator lying). The wasm frames below must not run
 * again: unwind this call too; the outermost one raises the trap. */
static WASMBOX_NORETURN WASMBOX_NOINLINE void unwind_poisoned(wasmbox_thread *t,
                                                             wasmbox_sandbox *sb)
{
    PyObject *error = (PyObject *)sb->wasi.host_error;
    if (error != NULL && sb->nested_trap == NULL
        && PyErr_GivenExceptionMatches(error, wasmbox_Trap)) {
        /* The callable let the trap through: it is the one to raise. */
        sb->nested_trap = error;
        sb->wasi.host_error = NULL;
    }
    host_unwind(t, WASMBOX_TRAP_NESTED);
}

#if !defined(Py_LIMITED_API) || Py_LIMITED_API + 0 >= 0x030C0000
#define WASMBOX_VECTORCALL 1
#else
#define WASMBOX_VECTORCALL 0 /* not in the stable ABI before 3.12 */
#endif

/* Call fn (a new reference, released here) with args converted by sig;
 * GIL held. */
static wasmbox_value call_python(wasmbox_thread *t, wasmbox_sandbox *sb, PyObject *fn,
                                 const wasmbox_signature *sig, const wasmbox_value *args,
                                 wasmbox_value error_result)
{
    wasmbox_value result = error_result;
    if (LIKELY(sb->wasi.host_error == NULL)) {
        int n = sig->n_params;
        PyObject *value = NULL;
#if WASMBOX_VECTORCALL
        PyObject *argv[WASMBOX_MAX_CALLBACK_PARAMS + 1];
        int made = 0;
        while (made < n && (argv[made + 1] = to_python(sig->params[made], args[made])) != NULL)
            made++;
        if (made == n)
            value = PyObject_Vectorcall(fn, argv + 1, (size_t)n | PY_VECTORCALL_ARGUMENTS_OFFSET,
                                        NULL);
        for (int i = 1; i <= made; i++)
            Py_DECREF(argv[i]);
#else
        PyObject *tuple = PyTuple_New(n);
        for (int i = 0; tuple != NULL && i < n; i++) {
            PyObject *item = to_python(sig->params[i], args[i]);
            if (item == NULL || PyTuple_SetItem(tuple, i, item) < 0)
                Py_CLEAR(tuple);
        }
        if (tuple != NULL)
            value = PyObject_Call(fn, tuple, NULL);
        Py_XDECREF(tuple);
#endif
        bool ok = value != NULL && from_python(sig, sig->result, value, &result);
        Py_XDECREF(value);
        if (UNLIKELY(!ok)) {
            result = error_result;
            sb->wasi.host_error = wasmbox_take_exception();
        }
    }
    Py_DECREF(fn);
    if (UNLIKELY(wasmbox_state_of(sb) != WASMBOX_LIVE))
        unwind_poisoned(t, sb);
    return result;
}

wasmbox_value wasmbox_import_call(void *sandbox, int index, const wasmbox_value *args)
{
    wasmbox_sandbox *sb = sandbox;
    wasmbox_thread *t = sb->thread; /* the thread that entered sb runs its wasm */
    host_enter(t);
    PyObject *fn;
    WASMBOX_BEGIN_CRITICAL((PyObject *)sb); /* M.set_imports() may swap the array */
    fn = sb->imports != NULL ? sb->imports[index] : NULL;
    Py_XINCREF(fn); /* and drop fn while it runs */
    WASMBOX_END_CRITICAL();
    if (UNLIKELY(fn == NULL)) {
        t->code = (uint32_t)index;
        host_unwind(t, WASMBOX_TRAP_MISSING_IMPORT);
    }
    static const wasmbox_value no_error = {0};
    wasmbox_value result = call_python(t, sb, fn, def()->imports[index].signature, args,
                                       no_error);
    host_leave(t);
    return result;
}

wasmbox_value wasmbox_callback_call(void *entry, int trampoline, const wasmbox_value *args)
{
    wasmbox_callback_entry *e = entry;
    wasmbox_thread *t = e->sandbox->thread; /* the thread that entered it runs its wasm */
    host_enter(t);
    /* Released since the library took the pointer, or a funcref the library
     * copied to another slot after its entry was reused for another type.
     * (Another thread may release it meanwhile: read it in the sandbox's
     * critical section.) */
    PyObject *fn;
    WASMBOX_BEGIN_CRITICAL((PyObject *)e->sandbox);
    fn = e->fn;
    if (fn != NULL && e->trampoline == trampoline && e->sandbox == t->sandbox)
        Py_INCREF(fn); /* the callable may close its own Callback */
    else
        fn = NULL;
    WASMBOX_END_CRITICAL();
    if (UNLIKELY(fn == NULL))
        host_unwind(t, WASM_RT_TRAP_CALL_INDIRECT);
    wasmbox_value result = call_python(t, e->sandbox, fn, e->signature, args,
                                       e->error_result);
    host_leave(t);
    return result;
}

void wasmbox_callback_tailcall(void **instance_ptr, void *tail_call_stack,
                               wasm_rt_tailcallee_t *next)
{
    (void)instance_ptr, (void)tail_call_stack, (void)next;
    wasmbox_unwind(WASM_RT_TRAP_CALL_INDIRECT);
}

/* ---- entries and the function table ------------------------------------------------------ */

static wasmbox_callbacks *registry(wasmbox_sandbox *sb)
{
    wasmbox_callbacks *r;
    WASMBOX_BEGIN_CRITICAL((PyObject *)sb);
    if (sb->callbacks == NULL)
        sb->callbacks = PyMem_Calloc(1, sizeof *sb->callbacks);
    r = sb->callbacks;
    WASMBOX_END_CRITICAL();
    if (r == NULL)
        PyErr_NoMemory();
    return r;
}

static wasm_rt_funcref_table_t *function_table(const wasmbox_sandbox *sb, void *instance)
{
    return def()->table != NULL && instance != NULL ? def()->table(instance) : NULL;
}

static void install(wasm_rt_funcref_table_t *table, const wasmbox_callback_entry *e)
{
    if (table == NULL || e->slot >= table->size)
        return;
    if (e->fn == NULL) {
        table->data[e->slot] = wasm_rt_funcref_null_value;
        return;
    }
    const wasmbox_trampoline *tr = &def()->trampolines[e->trampoline];
    table->data[e->slot] = (wasm_rt_funcref_t){tr->func_type, tr->fn,
                                               {wasmbox_callback_tailcall}, (void *)e};
}

/* Clear the slots of released entries and make them reusable (lock held). */
static void sweep(wasmbox_sandbox *sb, wasmbox_callbacks *r)
{
    wasm_rt_funcref_table_t *table = function_table(sb, sb->instance);
    while (r->pending != NULL) {
        wasmbox_callback_entry *e = r->pending;
        r->pending = e->next;
        install(table, e); /* a null funcref */
        e->next = r->free;
        r->free = e;
    }
}

/* Grow the table by a chunk of slots, each with a free entry (lock held). */
static bool grow(wasmbox_sandbox *sb, wasmbox_callbacks *r)
{
    wasm_rt_funcref_table_t *table = function_table(sb, sb->instance);
    if (table == NULL) {
        PyErr_SetString(PyExc_TypeError,
                        "the sandboxed library has no function table: it never calls a "
                        "function through a pointer, so a callback could not be called");
        return false;
    }
    uint32_t n = r->count < 2 * TABLE_CHUNK ? TABLE_CHUNK : (uint32_t)(r->count / 2);
    if (r->count + n > r->capacity) {
        size_t capacity = r->count + n;
        void *all = PyMem_Realloc(r->all, capacity * sizeof *r->all);
        if (all == NULL) {
            PyErr_NoMemory();
            return false;
        }
        r->all = all;
        r->capacity = capacity;
    }
    uint32_t first = wasm_rt_grow_funcref_table(table, n, wasm_rt_funcref_null_value);
    if (first == UINT32_MAX) {
        PyErr_Format(PyExc_MemoryError,
                     "the sandbox's function table cannot grow by %u slots (it has %u; "
                     "its maximum is %u): close callbacks that are no longer needed",
                     (unsigned)n, (unsigned)table->size, (unsigned)table->max_size);
        return false;
    }
    for (uint32_t i = 0; i < n; i++) {
        wasmbox_callback_entry *e = PyMem_Calloc(1, sizeof *e);
        if (e == NULL) { /* the table keeps the slots, unused */
            while (i-- > 0)
                PyMem_Free(r->all[r->count + i]);
            PyErr_NoMemory();
            return false;
        }
        e->sandbox = sb;
        e->slot = first + i;
        e->index = (uint32_t)(r->count + i);
        r->all[r->count + i] = e;
    }
    /* Pushed in reverse, so the lowest slot is handed out first. */
    for (uint32_t i = n; i-- > 0;) {
        r->all[r->count + i]->next = r->free;
        r->free = r->all[r->count + i];
    }
    r->count += n;
    return true;
}

static int find_trampoline(const wasmbox_signature *sig)
{
    for (int i = 0; def()->trampolines[i].wasm != NULL; i++) {
        if (strcmp(def()->trampolines[i].wasm, sig->wasm) == 0)
            return i;
    }
    return -1;
}

static bool no_such_type(const wasmbox_signature *sig)
{
    PyErr_Format(PyExc_TypeError,
                 "the sandboxed library has no function of type %s (wasm %s), so it "
                 "never calls one through a pointer", sig->text, sig->wasm);
    return false;
}

/* A new entry for fn in sb (lock held), installed in the table. The lists
 * and the entry are changed in the sandbox's critical section: another
 * thread may release an entry meanwhile (entry_release needs no lock). */
static wasmbox_callback_entry *entry_new(wasmbox_sandbox *sb, PyObject *fn,
                                         const wasmbox_signature *sig, int trampoline,
                                         wasmbox_value error_result)
{
    wasmbox_callbacks *r = registry(sb);
    if (r == NULL)
        return NULL;
    wasmbox_callback_entry *e = NULL;
    WASMBOX_BEGIN_CRITICAL((PyObject *)sb);
    sweep(sb, r);
    if (r->free != NULL || grow(sb, r)) {
        e = r->free;
        r->free = e->next;
        e->next = NULL;
        Py_INCREF(fn);
        e->fn = fn;
        e->signature = sig;
        e->trampoline = trampoline;
        e->error_result = error_result;
        install(function_table(sb, sb->instance), e);
    }
    WASMBOX_END_CRITICAL();
    return e;
}

/* Unlink a live entry (in the sandbox's critical section): its slot is
 * cleared by the next sweep. Returns its callable, for the caller to drop
 * once out of the critical section (dropping it may run any code). */
static PyObject *entry_unlink(wasmbox_callback_entry *e)
{
    PyObject *fn = e->fn;
    if (fn == NULL)
        return NULL;
    wasmbox_callbacks *r = e->sandbox->callbacks;
    e->fn = NULL;
    e->generation++;
    e->next = r->pending;
    r->pending = e;
    return fn;
}

/* Drop the entry's callable (needs no lock: the GIL, or the critical section). */
static void entry_release(wasmbox_callback_entry *e)
{
    PyObject *fn;
    WASMBOX_BEGIN_CRITICAL((PyObject *)e->sandbox);
    fn = entry_unlink(e);
    WASMBOX_END_CRITICAL();
    Py_XDECREF(fn);
}

bool wasmbox_callbacks_reinstall(wasmbox_sandbox *sb, void *instance)
{
    wasmbox_callbacks *r = sb->callbacks;
    if (r == NULL || r->count == 0)
        return true;
    wasm_rt_funcref_table_t *table = function_table(sb, instance);
    uint32_t needed = 0;
    for (size_t i = 0; i < r->count; i++)
        needed = r->all[i]->slot + 1 > needed ? r->all[i]->slot + 1 : needed;
    if (table == NULL || (table->size < needed
                          && wasm_rt_grow_funcref_table(table, needed - table->size,
                                                        wasm_rt_funcref_null_value)
                                 == UINT32_MAX)) {
        PyErr_SetString(PyExc_MemoryError,
                        "cannot give the fresh instance's function table room for this "
                        "sandbox's callbacks");
        return false;
    }
    WASMBOX_BEGIN_CRITICAL((PyObject *)sb);
    for (size_t i = 0; i < r->count; i++)
        install(table, r->all[i]);
    /* Released entries' slots are null in the fresh table already. */
    while (r->pending != NULL) {
        wasmbox_callback_entry *e = r->pending;
        r->pending = e->next;
        e->next = r->free;
        r->free = e;
    }
    WASMBOX_END_CRITICAL();
    return true;
}

void wasmbox_callbacks_release_all(wasmbox_sandbox *sb)
{
    wasmbox_callbacks *r = sb->callbacks;
    if (r == NULL)
        return;
    PyObject *kept;
    WASMBOX_BEGIN_CRITICAL((PyObject *)sb);
    kept = r->kept;
    r->kept = NULL;
    WASMBOX_END_CRITICAL();
    Py_XDECREF(kept);
    for (size_t i = 0; i < r->count; i++) /* the count changes only under the lock */
        entry_release(r->all[i]);
}

void wasmbox_callbacks_free(wasmbox_sandbox *sb)
{
    wasmbox_callbacks *r = sb->callbacks;
    if (r == NULL)
        return;
    wasmbox_callbacks_release_all(sb);
    for (size_t i = 0; i < r->count; i++)
        PyMem_Free(r->all[i]);
    PyMem_Free(r->all);
    PyMem_Free(r);
    sb->callbacks = NULL;
}

int wasmbox_callbacks_traverse(wasmbox_sandbox *sb, visitproc visit, void *arg)
{
    wasmbox_callbacks *r = sb->callbacks;
    if (r == NULL)
        return 0;
    Py_VISIT(r->kept);
    for (size_t i = 0; i < r->count; i++)
        Py_VISIT(r->all[i]->fn);
    return 0;
}

/* ---- M.Callback ---------------------------------------------------------------------------- */

typedef struct {
    PyObject_HEAD
    wasmbox_sandbox *sandbox;      /* strong reference */
    wasmbox_callback_entry *entry; /* NULL once closed */
    uint32_t generation;           /* the entry's, when it was made for this Callback */
    PyObject *ctype;               /* the C type as given */
} wasmbox_callback_object;

/* The entry, if this Callback still owns it (in the sandbox's critical section). */
static wasmbox_callback_entry *live_entry(wasmbox_callback_object *cb)
{
    wasmbox_callback_entry *e = cb->entry;
    if (e != NULL && (e->fn == NULL || e->generation != cb->generation))
        cb->entry = e = NULL; /* released by the sandbox's close() */
    return e;
}

static PyObject *callback_new_object(wasmbox_sandbox *sb, wasmbox_callback_entry *e,
                                     PyObject *ctype)
{
    wasmbox_callback_object *cb = PyObject_GC_New(wasmbox_callback_object, callback_type);
    if (cb == NULL) {
        entry_release(e);
        return NULL;
    }
    Py_INCREF((PyObject *)sb);
    Py_INCREF(ctype);
    cb->sandbox = sb;
    cb->entry = e;
    cb->generation = e->generation;
    cb->ctype = ctype;
    PyObject_GC_Track((PyObject *)cb);
    return (PyObject *)cb;
}

/* Give cb's entry up, if it still owns it (idempotent). */
static void callback_release(wasmbox_callback_object *cb)
{
    if (cb->sandbox == NULL) /* cleared by the GC */
        return;
    PyObject *fn = NULL;
    WASMBOX_BEGIN_CRITICAL((PyObject *)cb->sandbox);
    wasmbox_callback_entry *e = live_entry(cb);
    cb->entry = NULL;
    if (e != NULL)
        fn = entry_unlink(e);
    WASMBOX_END_CRITICAL();
    Py_XDECREF(fn);
}

/* The entry's slot and (a new reference to) its callable, if cb still owns
 * it; false if it is closed. */
static bool callback_peek(wasmbox_callback_object *cb, uint32_t *slot, PyObject **fn)
{
    if (cb->sandbox == NULL)
        return false;
    wasmbox_callback_entry *e;
    WASMBOX_BEGIN_CRITICAL((PyObject *)cb->sandbox);
    e = live_entry(cb);
    if (e != NULL) {
        *slot = e->slot;
        if (fn != NULL) {
            *fn = e->fn;
            Py_INCREF(*fn);
        }
    }
    WASMBOX_END_CRITICAL();
    return e != NULL;
}

static PyObject *callback_close(wasmbox_callback_object *cb, PyObject *unused)
{
    (void)unused;
    callback_release(cb);
    Py_RETURN_NONE;
}

static PyObject *callback_enter(wasmbox_callback_object *cb, PyObject *unused)
{
    (void)unused;
    Py_INCREF((PyObject *)cb);
    return (PyObject *)cb;
}

static PyObject *callback_exit(wasmbox_callback_object *cb, PyObject *const *args,
                               Py_ssize_t nargs)
{
    (void)args, (void)nargs;
    PyObject *result = callback_close(cb, NULL);
    Py_XDECREF(result);
    if (result == NULL)
        return NULL;
    Py_RETURN_FALSE;
}

static PyObject *callback_address(wasmbox_callback_object *cb, void *unused)
{
    (void)unused;
    uint32_t slot;
    if (!callback_peek(cb, &slot, NULL)) {
        PyErr_SetString(PyExc_ValueError, "the callback is closed");
        return NULL;
    }
    return PyLong_FromUnsignedLong(slot);
}

static PyObject *callback_int(PyObject *self)
{
    return callback_address((wasmbox_callback_object *)self, NULL);
}

static PyObject *callback_closed(wasmbox_callback_object *cb, void *unused)
{
    (void)unused;
    uint32_t slot;
    return PyBool_FromLong(!callback_peek(cb, &slot, NULL));
}

static PyObject *callback_ctype(wasmbox_callback_object *cb, void *unused)
{
    (void)unused;
    Py_INCREF(cb->ctype);
    return cb->ctype;
}

static PyObject *callback_function(wasmbox_callback_object *cb, void *unused)
{
    (void)unused;
    uint32_t slot;
    PyObject *fn;
    if (!callback_peek(cb, &slot, &fn)) {
        fn = Py_None;
        Py_INCREF(fn);
    }
    return fn;
}

static PyObject *callback_repr(wasmbox_callback_object *cb)
{
    uint32_t slot;
    PyObject *fn;
    if (!callback_peek(cb, &slot, &fn))
        return PyUnicode_FromFormat("<closed callback %R>", cb->ctype);
    PyObject *repr = PyUnicode_FromFormat("<callback %R at %lu calling %R>", cb->ctype,
                                          (unsigned long)slot, fn);
    Py_DECREF(fn);
    return repr;
}

static int callback_traverse(wasmbox_callback_object *cb, visitproc visit, void *arg)
{
    Py_VISIT((PyObject *)Py_TYPE((PyObject *)cb));
    Py_VISIT((PyObject *)cb->sandbox);
    return 0;
}

static int callback_clear(wasmbox_callback_object *cb)
{
    callback_release(cb);
    Py_CLEAR(cb->sandbox);
    return 0;
}

static void callback_dealloc(wasmbox_callback_object *cb)
{
    PyObject_GC_UnTrack((PyObject *)cb);
    callback_clear(cb);
    Py_CLEAR(cb->ctype);
    wasmbox_free_object((PyObject *)cb);
}

static PyMethodDef callback_methods[] = {
    {"close", (PyCFunction)callback_close, METH_NOARGS,
     "Release the function pointer (idempotent). The library calling it afterwards\n"
     "traps with IndirectCallMismatch; its slot is reused by a later callback."},
    {"__enter__", (PyCFunction)callback_enter, METH_NOARGS, NULL},
    {"__exit__", (PyCFunction)(void (*)(void))callback_exit, METH_FASTCALL, NULL},
    {NULL, NULL, 0, NULL},
};

static PyGetSetDef callback_getset[] = {
    {"address", (getter)callback_address, NULL,
     "The function pointer inside the sandbox (an index into its function table).", NULL},
    {"closed", (getter)callback_closed, NULL, "True once released.", NULL},
    {"ctype", (getter)callback_ctype, NULL, "The C function type, as given.", NULL},
    {"function", (getter)callback_function, NULL, "The callable (None once closed).", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static PyType_Slot callback_slots[] = {
    {Py_tp_doc, (void *)"A Python callable as a function pointer inside one sandbox: made by\n"
                        "sb.callback(fn, ctype). int(cb) and cb.address are the pointer."},
    {Py_tp_dealloc, (void *)callback_dealloc},
    {Py_tp_traverse, (void *)callback_traverse},
    {Py_tp_clear, (void *)callback_clear},
    {Py_tp_repr, (void *)callback_repr},
    {Py_tp_methods, callback_methods},
    {Py_tp_getset, callback_getset},
    {Py_nb_int, (void *)callback_int},
    {Py_nb_index, (void *)callback_int},
    {0, NULL},
};

/* ---- making callbacks ---------------------------------------------------------------------- */

/* The signature `ctype` names: a function-pointer typedef of the header, or
 * a C function type. */
static const wasmbox_signature *signature_named(PyObject *ctype)
{
    if (!PyUnicode_Check(ctype)) {
        PyErr_SetString(PyExc_TypeError,
                        "the callback's type must be a str: a C function type such as "
                        "\"int (const void *, const void *)\", or a typedef of the header");
        return NULL;
    }
    const char *text = PyUnicode_AsUTF8AndSize(ctype, NULL);
    if (text == NULL)
        return NULL;
    for (const wasmbox_named_signature *n = def()->named; n->name != NULL; n++) {
        if (strcmp(n->name, text) == 0)
            return n->signature;
    }
    return wasmbox_signature_lookup(ctype);
}

/* A new entry of sb for fn (GIL held, lock not yet). */
static wasmbox_callback_entry *make_entry(wasmbox_sandbox *sb, PyObject *fn,
                                          const wasmbox_signature *sig,
                                          wasmbox_value error_result)
{
    int trampoline = find_trampoline(sig);
    if (trampoline < 0) {
        no_such_type(sig);
        return NULL;
    }
    if (wasmbox_state_of(sb) == WASMBOX_CLOSED) {
        PyErr_SetString(PyExc_ValueError, "the sandbox is closed");
        return NULL;
    }
    /* The table is written under the lock: no wasm runs meanwhile. From a
     * callback of sb's own call, this thread holds it already. */
    if (!wasmbox_lock(sb))
        return NULL;
    wasmbox_callback_entry *e = NULL;
    if (wasmbox_state_of(sb) == WASMBOX_CLOSED)
        PyErr_SetString(PyExc_ValueError, "the sandbox is closed");
    else
        e = entry_new(sb, fn, sig, trampoline, error_result);
    wasmbox_unlock(sb);
    return e;
}

PyObject *wasmbox_sandbox_callback(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                                   PyObject *kwnames)
{
    wasmbox_sandbox *sb = wasmbox_self(self);
    PyObject *error_result = NULL;
    Py_ssize_t nkw = kwnames != NULL ? PyTuple_Size(kwnames) : 0;
    for (Py_ssize_t i = 0; i < nkw; i++) {
        PyObject *key = PyTuple_GetItem(kwnames, i);
        if (PyUnicode_CompareWithASCIIString(key, "error_result") != 0) {
            PyErr_Format(PyExc_TypeError, "callback() got an unexpected keyword argument %R",
                         key);
            return NULL;
        }
        error_result = args[nargs + i];
    }
    if (nargs != 2) {
        PyErr_Format(PyExc_TypeError, "callback() takes 2 positional arguments (fn, ctype), "
                     "%zd given", nargs);
        return NULL;
    }
    PyObject *fn = args[0], *ctype = args[1];
    if (!PyCallable_Check(fn)) {
        PyObject *type = wasmbox_type_name(fn);
        if (type != NULL)
            PyErr_Format(PyExc_TypeError, "callback() needs a callable, not %.100U", type);
        Py_XDECREF(type);
        return NULL;
    }
    const wasmbox_signature *sig = signature_named(ctype);
    if (sig == NULL)
        return NULL;
    wasmbox_value error_value = {0};
    if (error_result != NULL && error_result != Py_None
        && !from_python(sig, sig->result, error_result, &error_value))
        return NULL;
    wasmbox_callback_entry *e = make_entry(sb, fn, sig, error_value);
    return e != NULL ? callback_new_object(sb, e, ctype) : NULL;
}

/* The sandbox's {(signature, callable): entry index}, made on first use: a
 * new reference (close() may drop the registry's meanwhile). */
static PyObject *kept_entries(wasmbox_sandbox *sb, wasmbox_callbacks *r)
{
    PyObject *kept;
    WASMBOX_BEGIN_CRITICAL((PyObject *)sb);
    if (r->kept == NULL)
        r->kept = PyDict_New();
    kept = r->kept;
    Py_XINCREF(kept);
    WASMBOX_END_CRITICAL();
    return kept;
}

/* kept[key] as an index: 1 found, 0 not there, -1 with an exception set. */
static int lookup_index(PyObject *kept, PyObject *key, size_t *index)
{
#if WASMBOX_FREE_THREADED
    PyObject *value; /* a borrowed item could be dropped by another thread */
    int found = PyDict_GetItemRef(kept, key, &value);
    if (found > 0) {
        *index = PyLong_AsSize_t(value);
        Py_DECREF(value);
    }
#else
    PyObject *value = PyDict_GetItemWithError(kept, key); /* borrowed */
    int found = value != NULL ? 1 : PyErr_Occurred() ? -1 : 0;
    if (found > 0)
        *index = PyLong_AsSize_t(value);
#endif
    if (found > 0 && *index == (size_t)-1 && PyErr_Occurred())
        return -1;
    return found;
}

static bool bad_argument(const char *function, int position, const char *name, PyObject *arg)
{
    PyObject *type = wasmbox_type_name(arg);
    if (type != NULL)
        PyErr_Format(PyExc_TypeError,
                     "%s() argument %d%s%s%s takes a callable, a Callback, an address or None, "
                     "not %.100U", function, position, name[0] ? " '" : "", name,
                     name[0] ? "'" : "", type);
    Py_XDECREF(type);
    return false;
}

bool wasmbox_callback_argument(wasmbox_sandbox *sb, const char *function, int position,
                               const char *name, const wasmbox_signature *sig, PyObject *arg,
                               uint32_t *slot)
{
    *slot = 0;
    if (arg == Py_None)
        return true;
    if (PyLong_Check(arg)) {
        unsigned long long v = PyLong_AsUnsignedLongLong(arg);
        if ((v == (unsigned long long)-1 && PyErr_Occurred()) || v > UINT32_MAX) {
            PyErr_Clear();
            PyErr_Format(PyExc_OverflowError,
                         "%s() argument %d: %R is not a sandbox address (0 to 2**32 - 1)",
                         function, position, arg);
            return false;
        }
        *slot = (uint32_t)v;
        return true;
    }
    if (Py_TYPE(arg) == callback_type) {
        wasmbox_callback_object *cb = (wasmbox_callback_object *)arg;
        const wasmbox_signature *points_to = NULL;
        if (cb->sandbox != NULL) {
            WASMBOX_BEGIN_CRITICAL((PyObject *)cb->sandbox);
            wasmbox_callback_entry *e = live_entry(cb);
            if (e != NULL) {
                points_to = e->signature;
                *slot = e->slot;
            }
            WASMBOX_END_CRITICAL();
        }
        if (points_to == NULL || cb->sandbox != sb) {
            PyErr_Format(PyExc_ValueError, "%s() argument %d: %s", function, position,
                         points_to == NULL ? "the callback is closed"
                                           : "the callback belongs to another sandbox");
            return false;
        }
        if (strcmp(points_to->wasm, sig->wasm) != 0) {
            PyErr_Format(PyExc_TypeError, "%s() argument %d points to %s, not to a %U",
                         function, position, sig->text, cb->ctype);
            return false;
        }
        return true;
    }
    if (!PyCallable_Check(arg))
        return bad_argument(function, position, name, arg);
    /* A callable: one entry per (signature, callable), kept until close(). */
    wasmbox_callbacks *r = registry(sb);
    if (r == NULL)
        return false;
    PyObject *kept = kept_entries(sb, r); /* a new reference */
    if (kept == NULL)
        return false;
    PyObject *sig_key = PyLong_FromVoidPtr((void *)sig);
    PyObject *key = sig_key != NULL ? PyTuple_Pack(2, sig_key, arg) : NULL;
    Py_XDECREF(sig_key);
    size_t index = SIZE_MAX;
    int found = key != NULL ? lookup_index(kept, key, &index) : -1;
    if (found < 0 && key != NULL && PyErr_ExceptionMatches(PyExc_TypeError)) {
        /* Unhashable: kept by identity (its entry holds it alive). */
        PyErr_Clear();
        PyObject *id = PyLong_FromVoidPtr(arg);
        Py_DECREF(key);
        key = id != NULL ? PyTuple_Pack(2, id, id) : NULL;
        Py_XDECREF(id);
        found = key != NULL ? lookup_index(kept, key, &index) : -1;
    }
    if (key == NULL) {
        Py_DECREF(kept);
        return false;
    }
    wasmbox_callback_entry *e = NULL;
    if (found > 0) {
        WASMBOX_BEGIN_CRITICAL((PyObject *)sb); /* r->all may grow meanwhile */
        e = index < r->count && r->all[index]->fn != NULL ? r->all[index] : NULL;
        if (e != NULL)
            *slot = e->slot;
        WASMBOX_END_CRITICAL();
    }
    if (e == NULL && found >= 0) {
        static const wasmbox_value no_error = {0};
        e = make_entry(sb, arg, sig, no_error);
        PyObject *value = e != NULL ? PyLong_FromSize_t(e->index) : NULL;
        bool still_open = false; /* close() drops the kept entries */
        if (value != NULL) {
            WASMBOX_BEGIN_CRITICAL((PyObject *)sb);
            still_open = r->kept == kept;
            WASMBOX_END_CRITICAL();
        }
        if (!still_open || PyDict_SetItem(kept, key, value) < 0) {
            if (e != NULL)
                entry_release(e);
            e = NULL;
        } else {
            *slot = e->slot;
        }
        Py_XDECREF(value);
    }
    Py_DECREF(kept);
    Py_DECREF(key);
    if (e == NULL) {
        if (!PyErr_Occurred())
            PyErr_SetString(PyExc_ValueError, "the sandbox is closed");
        return false;
    }
    return true;
}

/* ---- imports ---------------------------------------------------------------------------------- */

void wasmbox_imports_free(PyObject **imports)
{
    if (imports == NULL)
        return;
    Py_ssize_t n = import_count();
    for (Py_ssize_t i = 0; i < n; i++)
        Py_XDECREF(imports[i]);
    PyMem_Free(imports);
}

static PyObject *import_names(void)
{
    PyObject *names = PyList_New(0);
    for (const wasmbox_import *i = def()->imports; names != NULL && i->name != NULL; i++) {
        PyObject *name = PyUnicode_FromString(i->name);
        if (name == NULL || PyList_Append(names, name) < 0)
            Py_CLEAR(names);
        Py_XDECREF(name);
    }
    return names;
}

/* {name: callable or None} -> an array by import index (NULL if empty). */
static bool imports_from_mapping(const char *what, PyObject *mapping, PyObject ***out)
{
    *out = NULL;
    if (mapping == NULL || mapping == Py_None)
        return true;
    if (!PyDict_Check(mapping)) {
        PyErr_Format(PyExc_TypeError, "%s takes a dict {import name: callable}", what);
        return false;
    }
    Py_ssize_t n = import_count();
    PyObject **imports = PyMem_Calloc((size_t)(n > 0 ? n : 1), sizeof *imports);
    if (imports == NULL) {
        PyErr_NoMemory();
        return false;
    }
    Py_ssize_t pos = 0;
    PyObject *key, *value;
    while (PyDict_Next(mapping, &pos, &key, &value)) {
        Py_ssize_t index = -1;
        const char *name = PyUnicode_Check(key) ? PyUnicode_AsUTF8AndSize(key, NULL) : NULL;
        for (Py_ssize_t i = 0; name != NULL && i < n; i++) {
            if (strcmp(def()->imports[i].name, name) == 0)
                index = i;
        }
        if (index < 0) {
            PyErr_Clear();
            PyObject *names = import_names();
            if (names != NULL && n == 0)
                PyErr_Format(PyExc_ValueError, "%s: the sandboxed library imports nothing, "
                             "so %R cannot be bound", what, key);
            else if (names != NULL)
                PyErr_Format(PyExc_ValueError, "%s: the sandboxed library has no import %R; "
                             "its imports are %R", what, key, names);
            Py_XDECREF(names);
            wasmbox_imports_free(imports);
            return false;
        }
        if (value != Py_None && !PyCallable_Check(value)) {
            PyErr_Format(PyExc_TypeError, "%s: the import %R must be bound to a callable "
                         "(or None)", what, key);
            wasmbox_imports_free(imports);
            return false;
        }
        if (value != Py_None) {
            Py_INCREF(value);
            PyObject *old = imports[index];
            imports[index] = value;
            Py_XDECREF(old);
        }
    }
    *out = imports;
    return true;
}

bool wasmbox_imports_from_kwargs(PyObject *kwargs, PyObject ***imports)
{
    *imports = NULL;
    if (kwargs == NULL)
        return true;
    PyObject *given = PyDict_GetItemString(kwargs, "imports"); /* borrowed */
    if (given == NULL)
        return true;
    Py_INCREF(given);
    bool ok = PyDict_DelItemString(kwargs, "imports") == 0
              && imports_from_mapping("Sandbox(imports=...)", given, imports);
    Py_DECREF(given);
    return ok;
}

static PyObject **copy_imports(PyObject **from)
{
    Py_ssize_t n = import_count();
    PyObject **imports = PyMem_Calloc((size_t)(n > 0 ? n : 1), sizeof *imports);
    if (imports == NULL)
        return (PyObject **)PyErr_NoMemory();
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_XINCREF(from[i]);
        imports[i] = from[i];
    }
    return imports;
}

bool wasmbox_default_imports(PyObject ***imports)
{
    *imports = NULL;
    wasmbox_module_lock();
    bool ok = default_imports == NULL || (*imports = copy_imports(default_imports)) != NULL;
    wasmbox_module_unlock();
    return ok;
}

static PyObject *set_imports(PyObject *module, PyObject *mapping)
{
    (void)module;
    PyObject **imports;
    if (!imports_from_mapping("set_imports()", mapping, &imports))
        return NULL;
    /* The default sandbox's own copy, made before any lock is taken. */
    PyObject **current = NULL;
    if (imports != NULL && (current = copy_imports(imports)) == NULL) {
        wasmbox_imports_free(imports);
        return NULL;
    }
    wasmbox_module_lock();
    PyObject **old_default = default_imports;
    default_imports = imports;
    wasmbox_sandbox *sb = wasmbox_default_sandbox_if_any(); /* a new reference, or NULL */
    wasmbox_module_unlock();
    PyObject **old = current;
    if (sb != NULL) {
        /* A call running in another thread reads its imports with the GIL
         * (free-threaded: in a critical section on sb), so it sees the old
         * array or the new one. */
        WASMBOX_BEGIN_CRITICAL((PyObject *)sb);
        old = sb->imports;
        sb->imports = current;
        WASMBOX_END_CRITICAL();
        Py_DECREF((PyObject *)sb);
    }
    wasmbox_imports_free(old); /* last: dropping callables may run any code */
    wasmbox_imports_free(old_default);
    Py_RETURN_NONE;
}

static PyMethodDef module_functions[] = {
    {"set_imports", set_imports, METH_O,
     "set_imports(imports, /)\n--\n\n"
     "Bind the library's imports for the module-level functions: a dict {name:\n"
     "callable}, which replaces the previous one, for the default sandbox and every\n"
     "sandbox that replaces it after a trap. Sandbox(imports=...) binds them for one\n"
     "sandbox."},
    {NULL, NULL, 0, NULL},
};

int wasmbox_callbacks_init(PyObject *module)
{
    callback_type = wasmbox_new_type(".Callback", sizeof(wasmbox_callback_object),
                                     Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC, callback_slots);
    if (callback_type == NULL)
        return -1;
    Py_INCREF((PyObject *)callback_type);
    if (PyModule_AddObject(module, "Callback", (PyObject *)callback_type) < 0) {
        Py_DECREF((PyObject *)callback_type);
        return -1;
    }
    return PyModule_AddFunctions(module, module_functions);
}
