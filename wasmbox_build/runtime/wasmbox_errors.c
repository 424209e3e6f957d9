/* wasmbox_errors.c - the module's exception classes, and traps -> exceptions.
 *
 *   Trap(Exception)            a call into the sandbox ended abnormally; the
 *    +- OutOfBounds            sandbox is poisoned (never entered again)
 *    +- StackExhausted         until reset()
 *    +- Unreachable            (abort(), __builtin_trap())
 *    +- DivideByZero
 *    +- IntegerOverflow        (INT_MIN / -1, float -> int out of range)
 *    +- InvalidConversion      (NaN -> int)
 *    +- IndirectCallMismatch   (call through a pointer of the wrong type)
 *    +- SandboxExit            the library called exit(); .code
 *    +- CapabilityDenied       on_denied="trap": the policy refused a WASI
 *                              call; .call, .detail
 *    +- CorruptionDetected     hardening=: the library's own checks caught a
 *                              memory-safety bug inside the sandbox; .kind
 *   SandboxPoisoned(RuntimeError)  a call on a poisoned sandbox
 *
 * SandboxExit is a Trap because it has the same consequence: the instance's
 * state is unknown (exit() ran no cleanup the caller can rely on), so it is
 * poisoned, and `except M.Trap` catches every way a call can end it.
 */
#include "wasmbox.h"

PyObject *wasmbox_Trap;
PyObject *wasmbox_SandboxExit;
PyObject *wasmbox_CapabilityDenied;
static PyObject *CorruptionDetected;
PyObject *wasmbox_SandboxPoisoned;
static PyObject *OutOfBounds;
static PyObject *StackExhausted;
static PyObject *Unreachable;
static PyObject *DivideByZero;
static PyObject *IntegerOverflow;
static PyObject *InvalidConversion;
static PyObject *IndirectCallMismatch;

typedef struct {
    const char *name;
    PyObject **slot;
    PyObject **base; /* NULL: Trap */
    const char *doc;
} exception_def;

static PyObject *trap_base = NULL; /* set to Trap once it exists */

static const exception_def exceptions[] = {
    {"Trap", &wasmbox_Trap, NULL,
     "A call into the sandbox ended abnormally. The sandbox is poisoned: it is\n"
     "never entered again until reset(). Module-level functions replace their\n"
     "default sandbox by themselves."},
    {"OutOfBounds", &OutOfBounds, &trap_base,
     "The sandboxed code accessed memory (or a table) outside its bounds."},
    {"StackExhausted", &StackExhausted, &trap_base,
     "The sandboxed code nested calls deeper than the call-depth limit (or than\n"
     "the calling thread's native stack allows)."},
    {"Unreachable", &Unreachable, &trap_base,
     "The sandboxed code executed `unreachable`: abort(), __builtin_trap()."},
    {"DivideByZero", &DivideByZero, &trap_base, "Integer division by zero."},
    {"IntegerOverflow", &IntegerOverflow, &trap_base,
     "Integer overflow in a division (INT_MIN / -1) or a float-to-int conversion."},
    {"InvalidConversion", &InvalidConversion, &trap_base,
     "A float-to-int conversion of NaN."},
    {"IndirectCallMismatch", &IndirectCallMismatch, &trap_base,
     "A call through a function pointer of the wrong type (or a bad table index)."},
    {"SandboxExit", &wasmbox_SandboxExit, &trap_base,
     "The sandboxed library called exit(); `.code` is the exit status. The sandbox\n"
     "is poisoned, as after any trap."},
    {"CapabilityDenied", &wasmbox_CapabilityDenied, &trap_base,
     "With Sandbox(on_denied=\"trap\"): the library asked for something its policy\n"
     "does not grant. `.call` is the WASI function, `.detail` what it asked for.\n"
     "The call was abandoned mid-way, so the sandbox is poisoned, as after any trap."},
    {"CorruptionDetected", &CorruptionDetected, &trap_base,
     "A module built with hardening=[...]: the library's own checks caught a memory-\n"
     "safety bug inside the sandbox before it went further. `.kind` is the check:\n"
     "\"stack\", \"bounds\", \"fortify\" or \"heap\". Nothing outside the sandbox was\n"
     "touched; the sandbox is poisoned, as after any trap."},
};

int wasmbox_errors_init(PyObject *module, const char *module_name)
{
    char qualname[512];
    for (size_t i = 0; i < sizeof exceptions / sizeof exceptions[0]; i++) {
        const exception_def *e = &exceptions[i];
        PyOS_snprintf(qualname, sizeof qualname, "%s.%s", module_name, e->name);
        PyObject *base = e->base ? *e->base : PyExc_Exception;
        *e->slot = PyErr_NewExceptionWithDoc(qualname, e->doc, base, NULL);
        if (*e->slot == NULL)
            return -1;
        if (e->slot == &wasmbox_Trap)
            trap_base = wasmbox_Trap;
        Py_INCREF(*e->slot);
        if (PyModule_AddObject(module, e->name, *e->slot) < 0) {
            Py_DECREF(*e->slot);
            return -1;
        }
    }
    PyOS_snprintf(qualname, sizeof qualname, "%s.SandboxPoisoned", module_name);
    wasmbox_SandboxPoisoned = PyErr_NewExceptionWithDoc(
        qualname,
        "A call on a sandbox that trapped (or exited) earlier and was not reset().",
        PyExc_RuntimeError, NULL);
    if (wasmbox_SandboxPoisoned == NULL)
        return -1;
    Py_INCREF(wasmbox_SandboxPoisoned);
    if (PyModule_AddObject(module, "SandboxPoisoned", wasmbox_SandboxPoisoned) < 0) {
        Py_DECREF(wasmbox_SandboxPoisoned);
        return -1;
    }
    return 0;
}

/* The exception class for a trap code. */
static PyObject *trap_class(int why)
{
    switch (why) {
    case WASM_RT_TRAP_OOB:
        return OutOfBounds;
    case WASM_RT_TRAP_EXHAUSTION:
        return StackExhausted;
    case WASM_RT_TRAP_UNREACHABLE:
        return Unreachable;
    case WASM_RT_TRAP_DIV_BY_ZERO:
        return DivideByZero;
    case WASM_RT_TRAP_INT_OVERFLOW:
        return IntegerOverflow;
    case WASM_RT_TRAP_INVALID_CONVERSION:
        return InvalidConversion;
    case WASM_RT_TRAP_CALL_INDIRECT:
        return IndirectCallMismatch;
    default: /* null reference, uncaught wasm exception, unaligned atomic, ... */
        return wasmbox_Trap;
    }
}

static void raise_exit(uint32_t code, const char *what)
{
    int status = (int)(int32_t)code; /* exit(-1) reads back as -1 */
    PyObject *exc = PyObject_CallFunction(
        wasmbox_SandboxExit, "N", PyUnicode_FromFormat("%s() called exit(%d)", what, status));
    if (exc == NULL)
        return;
    PyObject *value = PyLong_FromLong(status);
    if (value != NULL && PyObject_SetAttrString(exc, "code", value) == 0)
        PyErr_SetObject(wasmbox_SandboxExit, exc);
    Py_XDECREF(value);
    Py_DECREF(exc);
}

/* What a hardening check found (WASMBOX_CORRUPTION_*), and by which mechanism. */
static void raise_corruption(uint32_t code, const char *what)
{
    static const struct {
        const char *kind, *message;
    } found[] = {
        [WASMBOX_CORRUPTION_STACK_SMASHED] =
            {"stack", "stack smashing detected (a stack buffer overflow reached the "
                      "stack protector's guard)"},
        [WASMBOX_CORRUPTION_INDEX_OUT_OF_BOUNDS] =
            {"bounds", "out-of-bounds index detected (an array index outside the array)"},
        [WASMBOX_CORRUPTION_OBJECT_OVERFLOW] =
            {"bounds", "access outside an object detected"},
        [WASMBOX_CORRUPTION_FORTIFY_OVERFLOW] =
            {"fortify", "buffer overflow detected (a memcpy, memset, strcpy, ... longer than "
                        "its destination)"},
        [WASMBOX_CORRUPTION_HEAP_OVERFLOW] =
            {"heap", "heap corruption detected (a write past the end of a malloc'd block)"},
        [WASMBOX_CORRUPTION_DOUBLE_FREE] = {"heap", "double free detected"},
        [WASMBOX_CORRUPTION_INVALID_FREE] =
            {"heap", "invalid free detected (a pointer malloc did not return, or a block "
                     "header overwritten)"},
        [WASMBOX_CORRUPTION_USE_AFTER_FREE] =
            {"heap", "use after free detected (a freed block was written to)"},
    };
    bool known = code < sizeof found / sizeof found[0] && found[code].kind != NULL;
    const char *kind = known ? found[code].kind : "unknown";
    PyObject *exc = PyObject_CallFunction(
        CorruptionDetected, "N",
        known ? PyUnicode_FromFormat("%s() trapped: %s", what, found[code].message)
              : PyUnicode_FromFormat("%s() trapped: corruption of unknown kind %u detected",
                                     what, (unsigned)code));
    if (exc == NULL)
        return;
    PyObject *value = PyUnicode_FromString(kind);
    if (value != NULL && PyObject_SetAttrString(exc, "kind", value) == 0)
        PyErr_SetObject(CorruptionDetected, exc);
    Py_XDECREF(value);
    Py_DECREF(exc);
}

void wasmbox_raise_trap(int why, uint32_t code, const char *what)
{
    switch (why) {
    case WASMBOX_TRAP_CORRUPTION:
        raise_corruption(code, what);
        return;
    case WASMBOX_TRAP_EXIT:
        raise_exit(code, what);
        return;
    case WASMBOX_TRAP_DENIED:
        wasmbox_raise_denied(what);
        return;
    case WASMBOX_TRAP_RAISE:
        PyErr_Format(wasmbox_Trap, "%s() raised signal %u", what, (unsigned)code);
        return;
    case WASM_RT_TRAP_UNCAUGHT_EXCEPTION:
        PyErr_Format(wasmbox_Trap, "%s() threw a wasm exception that nothing caught", what);
        return;
    default:
        PyErr_Format(trap_class(why), "%s() trapped: %s", what,
                     wasm_rt_strerror((wasm_rt_trap_t)why));
    }
}
