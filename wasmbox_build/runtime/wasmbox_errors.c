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
 *    +- UncaughtException      a wasm exception nothing caught: a longjmp to
 *                              a jmp_buf whose setjmp has returned
 *    +- SandboxExit            the library called exit(); .code
 *    +- CapabilityDenied       on_denied="trap": the policy refused a WASI
 *                              call; .call, .detail
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
PyObject *wasmbox_SandboxPoisoned;
static PyObject *OutOfBounds;
static PyObject *StackExhausted;
static PyObject *Unreachable;
static PyObject *DivideByZero;
static PyObject *IntegerOverflow;
static PyObject *InvalidConversion;
static PyObject *IndirectCallMismatch;
static PyObject *UncaughtException;

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
    {"UncaughtException", &UncaughtException, &trap_base,
     "A wasm exception that nothing in the sandbox caught reached the call. In C\n"
     "that is a longjmp() to a jmp_buf whose setjmp() is in no active function:\n"
     "the function that called setjmp() has returned, or the buffer was never set."},
    {"SandboxExit", &wasmbox_SandboxExit, &trap_base,
     "The sandboxed library called exit(); `.code` is the exit status. The sandbox\n"
     "is poisoned, as after any trap."},
    {"CapabilityDenied", &wasmbox_CapabilityDenied, &trap_base,
     "With Sandbox(on_denied=\"trap\"): the library asked for something its policy\n"
     "does not grant. `.call` is the WASI function, `.detail` what it asked for.\n"
     "The call was abandoned mid-way, so the sandbox is poisoned, as after any trap."},
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

void wasmbox_raise_trap(int why, uint32_t code, const char *what)
{
    switch (why) {
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
        PyErr_Format(UncaughtException,
                     "%s() threw a wasm exception that nothing caught: a longjmp() to a "
                     "jmp_buf whose setjmp() has returned, or was never set", what);
        return;
    default:
        PyErr_Format(trap_class(why), "%s() trapped: %s", what,
                     wasm_rt_strerror((wasm_rt_trap_t)why));
    }
}
