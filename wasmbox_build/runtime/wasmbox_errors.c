/* wasmbox_errors.c - the module's exception classes, and traps -> exceptions.
 *
 *   Trap(Exception)            a call into the sandbox ended abnormally; the
 *    +- OutOfBounds            sandbox is poisoned (never entered again)
 *    +- StackExhausted         until reset()
 *    +- Unreachable            (abort(), __builtin_trap(); a C++ runtime's abort)
 *    +- DivideByZero
 *    +- IntegerOverflow        (INT_MIN / -1, float -> int out of range)
 *    +- InvalidConversion      (NaN -> int)
 *    +- IndirectCallMismatch   (call through a pointer of the wrong type, or
 *    |                         a released callback)
 *    +- MissingImport          the library called an import no callable is
 *    |                         bound to; .name
 *    +- UncaughtException      a wasm exception nothing caught: a longjmp to
 *    |                         a jmp_buf whose setjmp has returned, or that
 *    |                         is a callback away (set by an enclosing call)
 *    +- SandboxExit            the library called exit(); .code
 *    +- CapabilityDenied       on_denied="trap": the policy refused a WASI
 *                              call; .call, .detail
 *    +- CxxException           a C++ exception escaped the library (nothing
 *                              can catch in wasm32 here); .type, .what
 *    +- CorruptionDetected     hardening=: the library's own checks caught a
 *    |                         memory-safety bug inside the sandbox; .kind
 *    +- Timeout                the call ran past its deadline (time_limit=,
 *    |                         sb.deadline()) or used up its CPU time
 *    |                         (cpu_limit=); .clock is "wall" or "cpu"
 *    +- Interrupted            a signal of M.interrupt_signals() other than
 *                              SIGINT ended the call, and its Python handler
 *                              returned; .signal
 *   SandboxPoisoned(RuntimeError)  a call on a poisoned sandbox
 *
 * SandboxExit is a Trap because it has the same consequence: the instance's
 * state is unknown (exit() ran no cleanup the caller can rely on), so it is
 * poisoned, and `except M.Trap` catches every way a call can end it. So is
 * Timeout: the call was abandoned wherever it was. (Ctrl-C ends a call with
 * KeyboardInterrupt, as it ends Python code: wasmbox_interrupts.c. Another
 * interrupt signal whose handler raises nothing ends it with Interrupted: the
 * library cannot resume, and the signal asked for the call to end.)
 */
#include "wasmbox.h"
#include "wasmbox_callbacks.h"

#include <signal.h>
#include <string.h>

PyObject *wasmbox_Trap;
PyObject *wasmbox_MissingImport;
PyObject *wasmbox_SandboxExit;
PyObject *wasmbox_CapabilityDenied;
PyObject *wasmbox_CxxException;
static PyObject *CorruptionDetected;
static PyObject *Timeout;
static PyObject *Interrupted;
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
     "A call through a function pointer of the wrong type, a bad table index, or a\n"
     "released callback."},
    {"MissingImport", &wasmbox_MissingImport, &trap_base,
     "The library called one of its imports, and no callable is bound to it\n"
     "(Sandbox(imports=...), M.set_imports()). `.name` is the import."},
    {"UncaughtException", &UncaughtException, &trap_base,
     "A wasm exception that nothing in the sandbox caught reached the call. In C\n"
     "that is a longjmp() to a jmp_buf whose setjmp() is in no active function of\n"
     "this call: the function that called setjmp() has returned, the buffer was\n"
     "never set, or it was set by a call that a callback made this one from\n"
     "(a longjmp does not cross a callback)."},
    {"SandboxExit", &wasmbox_SandboxExit, &trap_base,
     "The sandboxed library called exit(); `.code` is the exit status. The sandbox\n"
     "is poisoned, as after any trap."},
    {"CapabilityDenied", &wasmbox_CapabilityDenied, &trap_base,
     "With Sandbox(on_denied=\"trap\"): the library asked for something its policy\n"
     "does not grant. `.call` is the WASI function, `.detail` what it asked for.\n"
     "The call was abandoned mid-way, so the sandbox is poisoned, as after any trap."},
    {"CxxException", &wasmbox_CxxException, &trap_base,
     "A C++ exception escaped the sandboxed library. The toolchains' wasm32 C++\n"
     "runtimes have no exception support, so a `throw` (or libc++ failing, e.g.\n"
     "std::bad_alloc when `new` finds no memory) ends the call. `.type` is the\n"
     "C++ type (str, or None) and `.what` its what() when it could be read."},
    {"CorruptionDetected", &CorruptionDetected, &trap_base,
     "A module built with hardening=[...]: the library's own checks caught a memory-\n"
     "safety bug inside the sandbox before it went further. `.kind` is the check:\n"
     "\"stack\", \"bounds\", \"fortify\" or \"heap\". Nothing outside the sandbox was\n"
     "touched; the sandbox is poisoned, as after any trap."},
    {"Timeout", &Timeout, &trap_base,
     "The call was stopped at its deadline: it ran longer than the sandbox's\n"
     "time_limit (or past the end of an sb.deadline() block), or used more of the\n"
     "thread's CPU time than its cpu_limit. `.clock` is \"wall\" or \"cpu\". The\n"
     "call was abandoned wherever it was, so the sandbox is poisoned, as after any\n"
     "trap."},
    {"Interrupted", &Interrupted, &trap_base,
     "A signal of M.interrupt_signals() (other than SIGINT, which raises\n"
     "KeyboardInterrupt) arrived while the main thread was inside the call, and its\n"
     "Python handler returned without raising. The sandboxed code cannot be resumed\n"
     "once it was stopped, so the call ends with this. `.signal` is the signal. The\n"
     "sandbox is poisoned, as after any trap."},
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

static void raise_timeout(int why, const char *what)
{
    bool cpu = why == WASMBOX_TRAP_CPU_TIMEOUT;
    PyObject *exc = PyObject_CallFunction(
        Timeout, "N",
        cpu ? PyUnicode_FromFormat("%s() used up its CPU time (cpu_limit) and was stopped",
                                   what)
            : PyUnicode_FromFormat("%s() ran past its deadline (time_limit, or the "
                                   "sb.deadline() block) and was stopped", what));
    if (exc == NULL)
        return;
    PyObject *value = PyUnicode_FromString(cpu ? "cpu" : "wall");
    if (value != NULL && PyObject_SetAttrString(exc, "clock", value) == 0)
        PyErr_SetObject(Timeout, exc);
    Py_XDECREF(value);
    Py_DECREF(exc);
}

/* signal.Signals(sig), or the bare number for one the enum does not name. */
static PyObject *signal_object(int sig)
{
    PyObject *module = PyImport_ImportModule("signal");
    PyObject *value = module ? PyObject_CallMethod(module, "Signals", "i", sig) : NULL;
    Py_XDECREF(module);
    if (value == NULL && PyErr_ExceptionMatches(PyExc_ValueError)) {
        PyErr_Clear();
        value = PyLong_FromLong(sig);
    }
    return value;
}

void wasmbox_raise_unhandled_interrupt(int sig, const char *what)
{
    if (sig == SIGINT || sig == 0) { /* Ctrl-C ends a call as it ends Python code */
        PyErr_SetNone(PyExc_KeyboardInterrupt);
        return;
    }
    PyObject *value = signal_object(sig);
    if (value == NULL)
        return;
    PyObject *name = PyObject_HasAttrString(value, "name")
        ? PyObject_GetAttrString(value, "name") : PyUnicode_FromFormat("signal %d", sig);
    PyObject *exc = name == NULL ? NULL : PyObject_CallFunction(
        Interrupted, "N",
        PyUnicode_FromFormat("%s() was stopped by %U (one of M.interrupt_signals()), whose "
                             "handler returned: the library cannot resume", what, name));
    if (exc != NULL && PyObject_SetAttrString(exc, "signal", value) == 0)
        PyErr_SetObject(Interrupted, exc);
    Py_XDECREF(exc);
    Py_XDECREF(name);
    Py_DECREF(value);
}

static void raise_missing_import(uint32_t index, const char *what)
{
    const char *name = wasmbox_def->callbacks->imports[index].name;
    PyObject *exc = PyObject_CallFunction(
        wasmbox_MissingImport, "N",
        PyUnicode_FromFormat("%s() called the import %s, which has no callable bound: pass "
                             "Sandbox(imports={'%s': ...}), or M.set_imports() for the "
                             "module's functions", what, name, name));
    if (exc == NULL)
        return;
    PyObject *value = PyUnicode_FromString(name);
    if (value != NULL && PyObject_SetAttrString(exc, "name", value) == 0)
        PyErr_SetObject(wasmbox_MissingImport, exc);
    Py_XDECREF(value);
    Py_DECREF(exc);
}

/* Untrusted text from the sandbox, as str (invalid UTF-8 replaced). */
static PyObject *sandbox_text(const char *text)
{
    return PyUnicode_DecodeUTF8(text, (Py_ssize_t)strlen(text), "replace");
}

/* Set `name` on exc to the text, or to None when it is empty. */
static int set_text(PyObject *exc, const char *name, const char *text)
{
    PyObject *value = text[0] ? sandbox_text(text) : Py_NewRef(Py_None);
    if (value == NULL)
        return -1;
    int rc = PyObject_SetAttrString(exc, name, value);
    Py_DECREF(value);
    return rc;
}

static void raise_cxx_exception(const wasmbox_abort_note *note, const char *what)
{
    PyObject *type = sandbox_text(note->type[0] ? note->type : "an exception");
    PyObject *reason = sandbox_text(note->message);
    PyObject *message = NULL;
    PyObject *exc = NULL;
    if (type == NULL || reason == NULL)
        goto done;
    message = note->message[0]
        ? PyUnicode_FromFormat("%s() let a C++ exception escape: %U: %U", what, type, reason)
        : PyUnicode_FromFormat("%s() let a C++ exception escape: %U", what, type);
    if (message == NULL)
        goto done;
    exc = PyObject_CallFunctionObjArgs(wasmbox_CxxException, message, NULL);
    if (exc != NULL && set_text(exc, "type", note->type) == 0
        && set_text(exc, "what", note->message) == 0)
        PyErr_SetObject(wasmbox_CxxException, exc);
done:
    Py_XDECREF(exc);
    Py_XDECREF(message);
    Py_XDECREF(reason);
    Py_XDECREF(type);
}

static void raise_abort(const wasmbox_abort_note *note, const char *what)
{
    PyObject *reason = sandbox_text(note->message);
    if (reason == NULL)
        return;
    PyErr_Format(Unreachable, "%s() aborted: %U", what, reason);
    Py_DECREF(reason);
}

void wasmbox_raise_trap(int why, uint32_t code, const char *what, const wasmbox_abort_note *note)
{
    if (note != NULL && note->kind == WASMBOX_NOTE_EXCEPTION) {
        raise_cxx_exception(note, what);
        return;
    }
    if (note != NULL && note->kind == WASMBOX_NOTE_ABORT) {
        raise_abort(note, what);
        return;
    }
    switch (why) {
    case WASMBOX_TRAP_MISSING_IMPORT:
        raise_missing_import(code, what);
        return;
    case WASMBOX_TRAP_CORRUPTION:
        raise_corruption(code, what);
        return;
    case WASMBOX_TRAP_EXIT:
        raise_exit(code, what);
        return;
    case WASMBOX_TRAP_TIMEOUT:
    case WASMBOX_TRAP_CPU_TIMEOUT:
        raise_timeout(why, what);
        return;
    case WASMBOX_TRAP_INTERRUPTED: /* a nested call's, recorded (wasmbox_raise_interrupted) */
        wasmbox_raise_unhandled_interrupt((int)code, what);
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
                     "jmp_buf whose setjmp() has returned, was never set, or is on the "
                     "other side of a callback", what);
        return;
    default:
        PyErr_Format(trap_class(why), "%s() trapped: %s", what,
                     wasm_rt_strerror((wasm_rt_trap_t)why));
    }
}
