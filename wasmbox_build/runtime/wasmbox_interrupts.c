/* wasmbox_interrupts.c - the signals that end a sandboxed call, as Ctrl-C does.
 *
 * wasm2c code has no points where it could look for Python's pending signals,
 * and a call stopped by a signal cannot be resumed. So a signal that should
 * end a call must say so before its Python handler runs: the process keeps a
 * set of such "interrupt signals" in its signal hub (wasmbox_signals.c),
 * shared by every wasmbox module, SIGINT alone at first. M.interrupt_signals()
 * reads and replaces it. A signal of the set arriving while the main thread is
 * inside a call runs Python's C handler, then ends the call
 * (wasmbox_deadline.c); once it has unwound, Python's handlers run here, and
 * the call raises what they raised, else KeyboardInterrupt (SIGINT) or
 * Interrupted. Other signals' handlers run when the call returns, as for any
 * C call: a handler that returns must not cost the program its call.
 */
#include "wasmbox.h"
#include "wasmbox_signals.h"

#include <signal.h>

/* ---- what an interrupted call raises ------------------------------------------------------ */

void wasmbox_raise_interrupted(wasmbox_sandbox *sb, int sig, const char *what)
{
    /* Python's handlers, which the interpreter could not run while the call
     * held the thread: a custom one runs, SIGINT's default raises
     * KeyboardInterrupt. sb's lock is still held: code of a handler that uses
     * sb is treated as running inside the call (wasmbox_inside), or it would
     * wait for itself. */
    wasmbox_thread *t = wasmbox_this_thread();
    wasmbox_sandbox *outer = t->handling;
    t->handling = sb;
    int raised = PyErr_CheckSignals();
    t->handling = outer;
    if (raised < 0)
        return;
    if (wasmbox_host_error_pending(sb)) {
        /* It ran already, in a callback's Python code, and raised there. */
        PyObject *error = sb->wasi.host_error;
        sb->wasi.host_error = NULL;
        wasmbox_restore_exception(error);
        return;
    }
    /* It returned: the sandboxed code cannot be resumed, so the call ends as
     * Ctrl-C ends Python code, or with Interrupted. */
    wasmbox_raise_unhandled_interrupt(sig, what);
}

/* ---- M.interrupt_signals() ----------------------------------------------------------------- */

#if WASMBOX_DEADLINES

/* Why `sig` cannot be an interrupt signal, or NULL if it can. */
static const char *refusal(int sig)
{
    switch (sig) {
    case SIGKILL:
        return "SIGKILL cannot be caught";
    case SIGSTOP:
        return "SIGSTOP cannot be caught";
    case SIGSEGV:
        return "SIGSEGV reports faults, which guard-mode memory checks and faulthandler "
               "handle";
    case SIGBUS:
        return "SIGBUS reports faults, which guard-mode memory checks and faulthandler "
               "handle";
    case SIGFPE:
        return "SIGFPE reports faults, which faulthandler handles";
    case SIGILL:
        return "SIGILL reports faults, which faulthandler handles";
    case SIGABRT:
        return "SIGABRT is abort(), which faulthandler handles";
    default:
        return NULL;
    }
}

/* An iterable of signal numbers -> a set, checked: false with ValueError or
 * TypeError set. */
static bool signal_set_from(PyObject *signals, wasmbox_signal_set *out)
{
    PyObject *iterator = PyObject_GetIter(signals);
    if (iterator == NULL || PyLong_Check(signals) || PyUnicode_Check(signals)) {
        Py_XDECREF(iterator);
        PyErr_Format(PyExc_TypeError,
                     "interrupt_signals(%.200R): give a set of signal numbers, e.g. "
                     "{signal.SIGINT, signal.SIGTERM}", signals);
        return false;
    }
    wasmbox_signal_set set = 0;
    PyObject *item;
    while ((item = PyIter_Next(iterator)) != NULL) {
        int overflow = 0;
        long sig = PyLong_Check(item) && !PyBool_Check(item)
            ? PyLong_AsLongAndOverflow(item, &overflow) : -1;
        const char *why = NULL;
        if (sig == -1 && PyErr_Occurred()) {
            Py_DECREF(item);
            break;
        }
        if (sig < 1 || sig > WASMBOX_MAX_SIGNAL || sig >= NSIG || overflow)
            PyErr_Format(PyExc_ValueError,
                         "interrupt_signals(): %.200R is not a signal number (1 to %d); "
                         "use the signal module's, e.g. signal.SIGTERM", item, NSIG - 1);
        else if ((why = refusal((int)sig)) != NULL)
            PyErr_Format(PyExc_ValueError,
                         "interrupt_signals(): %s; it cannot end a sandboxed call", why);
        else if (sig == wasmbox_hub->signo)
            PyErr_Format(PyExc_ValueError,
                         "interrupt_signals(): signal %ld is the one time limits use (set "
                         "WASMBOX_DEADLINE_SIGNAL to move them to another)", sig);
        else
            set |= WASMBOX_SIGNAL_BIT(sig);
        Py_DECREF(item);
        if (PyErr_Occurred())
            break;
    }
    Py_DECREF(iterator);
    if (PyErr_Occurred())
        return false;
    *out = set;
    return true;
}

/* The set, as a frozenset of signal.Signals (ints for the signals it does not name). */
static PyObject *signal_set_object(wasmbox_signal_set set)
{
    PyObject *module = PyImport_ImportModule("signal");
    PyObject *items = module ? PyList_New(0) : NULL;
    for (int sig = 1; items != NULL && sig <= WASMBOX_MAX_SIGNAL; sig++) {
        if (!(set & WASMBOX_SIGNAL_BIT(sig)))
            continue;
        PyObject *value = PyObject_CallMethod(module, "Signals", "i", sig);
        if (value == NULL && PyErr_ExceptionMatches(PyExc_ValueError)) {
            PyErr_Clear();
            value = PyLong_FromLong(sig);
        }
        if (value == NULL || PyList_Append(items, value) < 0)
            Py_CLEAR(items);
        Py_XDECREF(value);
    }
    PyObject *result = items ? PyFrozenSet_New(items) : NULL;
    Py_XDECREF(items);
    Py_XDECREF(module);
    return result;
}

/* The set in effect; replaced by `signals` unless that is None. */
static PyObject *exchange_interrupt_signals(PyObject *signals)
{
    wasmbox_signal_set set = 0;
    if (signals != Py_None && !signal_set_from(signals, &set))
        return NULL;
    PyObject *current = signal_set_object(wasmbox_hub->interrupt_signals());
    if (current == NULL || signals == Py_None)
        return current;
    if (wasmbox_hub->set_interrupt_signals(set) != 0) {
        Py_DECREF(current);
        return PyErr_SetFromErrno(PyExc_OSError);
    }
    return current;
}

#else /* no per-thread timers (not Linux): a call cannot be interrupted */

static PyObject *exchange_interrupt_signals(PyObject *signals)
{
    if (signals != Py_None && PyObject_IsTrue(signals) != 0) {
        if (!PyErr_Occurred())
            PyErr_SetString(PyExc_RuntimeError,
                            "interrupt_signals(): ending a sandboxed call by a signal needs "
                            "per-thread POSIX timers, which only Linux has");
        return NULL;
    }
    return PyFrozenSet_New(NULL);
}

#endif

static PyObject *interrupt_signals(PyObject *module, PyObject *args, PyObject *kwargs)
{
    (void)module;
    static char *keywords[] = {"signals", NULL};
    PyObject *signals = Py_None;
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "|O:interrupt_signals", keywords, &signals))
        return NULL;
    return exchange_interrupt_signals(signals);
}

static PyMethodDef module_functions[] = {
    {"interrupt_signals", (PyCFunction)(void (*)(void))interrupt_signals,
     METH_VARARGS | METH_KEYWORDS,
     "interrupt_signals(signals=None)\n--\n\n"
     "The signals that end a sandboxed call on the main thread as Ctrl-C does:\n"
     "Python's handler runs, then the call raises what it raised (else\n"
     "KeyboardInterrupt for SIGINT, Interrupted for the others) and the sandbox is\n"
     "poisoned. Only while the signal's handler is a Python function. Returns the\n"
     "set in effect (a frozenset), then, given `signals`, replaces it: for the whole\n"
     "process, every wasmbox module. {signal.SIGINT} at first; other signals'\n"
     "handlers run when the call returns."},
    {NULL, NULL, 0, NULL},
};

int wasmbox_interrupts_init(PyObject *module)
{
    return PyModule_AddFunctions(module, module_functions);
}
