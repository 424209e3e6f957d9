/* wasmbox_signals.c - the process's signal handlers for time limits and Ctrl-C.
 *
 * A deadline ends a sandboxed call with a signal: each thread's timers
 * (wasmbox_deadline.c) send it a real-time signal, whose handler unwinds the
 * call if the thread is running wasm code, or leaves a pending reason if it is
 * in host code. Ctrl-C works the same way: SIGINT runs Python's own C handler
 * (which only notes the signal for the interpreter), then asks the main
 * thread's call to end; the exception is raised once the call has unwound and
 * Python's handler has run (wasmbox_deadline.c). So does every signal of the
 * process's interrupt set (M.interrupt_signals(); SIGINT alone at first):
 * whether a Python handler raises is only known once it has run, after the
 * call, which cannot be resumed, was abandoned - so only signals the program
 * names end calls, not every signal that has a Python handler.
 *
 * Signal handlers belong to the process, and every wasmbox module carries a
 * copy of this file: only the first one imported installs them (the "hub",
 * published as sys._wasmbox_signal_hub_v2); each module registers a client,
 * which the handlers ask in turn. The hub chooses the real-time signal: the
 * highest one with no handler (or WASMBOX_DEADLINE_SIGNAL=n), and tells
 * clients which.
 *
 * Staying in front. Python's signal.signal() installs its C handler over
 * ours, and a program (or another library) may take the real-time signal. The
 * hub wraps signal.signal to put its handlers back in front afterwards,
 * chaining to what was installed, and puts them back whenever a sandbox with
 * a time limit is made or armed (wasmbox_signals_refresh), so a takeover is
 * detected rather than silently breaking time limits. A real-time signal that
 * is not one of ours (its value is not the hub's tag) goes to the handler it
 * replaced. An interrupt signal is taken over only while its handler is a
 * function (set to SIG_IGN or SIG_DFL, the signal does what that says), and
 * given back to that handler when it leaves the set.
 *
 * Everything the handlers do is async-signal-safe: they read the clients'
 * thread states (pthread_getspecific, never a __thread variable, which may
 * allocate on a thread's first access in a dlopen()ed module), compare clocks,
 * set flags, set timers and send signals.
 */
#define _GNU_SOURCE /* pthread_sigqueue */
#include "wasmbox.h"
#include "wasmbox_signals.h"

#if WASMBOX_DEADLINES

#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define HUB_ATTRIBUTE "_wasmbox_signal_hub_v2"
#define HUB_CAPSULE "wasmbox.signal_hub.v2"
#define MAX_CLIENTS 64
/* Asks for a particular real-time signal (a number), e.g. if the program uses ours. */
#define SIGNAL_VARIABLE "WASMBOX_DEADLINE_SIGNAL"

_Static_assert(NSIG - 1 <= WASMBOX_MAX_SIGNAL, "a signal set holds signals 1..64");

static wasmbox_signal_client clients[MAX_CLIENTS];
static atomic_int client_count;
static struct sigaction previous_rt; /* what the deadline signal replaced */
/* Python's handler of each interrupt signal (what ours replaced), called first. */
static struct sigaction previous_int[WASMBOX_MAX_SIGNAL + 1];
static _Atomic wasmbox_signal_set interrupt_set = WASMBOX_SIGNAL_BIT(SIGINT);
/* Changes to the handlers: signal.signal() (with the GIL, or without it when
 * free-threaded), timed calls on any thread, M.interrupt_signals(). */
static pthread_mutex_t handlers_lock = PTHREAD_MUTEX_INITIALIZER;
static char tag; /* &tag marks our signals (sigev_value) */
static wasmbox_signal_hub hub;

/* ---- the handlers ------------------------------------------------------------------------ */

static bool is_ours(const siginfo_t *info)
{
    if (info->si_value.sival_ptr != (void *)&tag)
        return false;
    return info->si_code == SI_TIMER || (info->si_code == SI_QUEUE && info->si_pid == getpid());
}

/* The default action (for a real-time signal: the end of the process). */
static void die_by_default(int sig)
{
    struct sigaction dfl;
    memset(&dfl, 0, sizeof dfl);
    dfl.sa_handler = SIG_DFL;
    sigemptyset(&dfl.sa_mask);
    sigaction(sig, &dfl, NULL);
    raise(sig); /* delivered when the handler returns */
}

/* Hand a signal to the handler ours replaced. */
static void chain(const struct sigaction *prev, int sig, siginfo_t *info, void *context,
                  bool default_dies)
{
    if (prev->sa_flags & SA_SIGINFO) {
        if (prev->sa_sigaction != NULL)
            prev->sa_sigaction(sig, info, context);
    } else if (prev->sa_handler == SIG_DFL) {
        if (default_dies)
            die_by_default(sig);
    } else if (prev->sa_handler != SIG_IGN) {
        prev->sa_handler(sig);
    }
}

static void deadline_handler(int sig, siginfo_t *info, void *context)
{
    int saved_errno = errno;
    if (!is_ours(info)) {
        chain(&previous_rt, sig, info, context, true);
    } else {
        int n = atomic_load_explicit(&client_count, memory_order_acquire);
        for (int i = 0; i < n; i++)
            clients[i].on_signal(context); /* ends the call, if it should: no return */
    }
    errno = saved_errno;
}

static void interrupt_handler(int sig, siginfo_t *info, void *context)
{
    int saved_errno = errno;
    /* Python's handler first: it records the signal for the interpreter,
     * which runs the Python-level handler when the call has unwound. */
    chain(&previous_int[sig], sig, info, context, false);
    if (!(atomic_load(&interrupt_set) & WASMBOX_SIGNAL_BIT(sig))) {
        errno = saved_errno; /* it left the set as it arrived */
        return;
    }
    bool wake = false;
    int n = atomic_load_explicit(&client_count, memory_order_acquire);
    for (int i = 0; i < n; i++)
        wake |= clients[i].on_interrupt(sig);
    if (wake) {
        if (pthread_equal(pthread_self(), hub.main_thread)) {
            for (int i = 0; i < n; i++)
                clients[i].on_signal(context); /* no return if it ends a call */
        } else {
            union sigval value = {.sival_ptr = (void *)&tag};
            pthread_sigqueue(hub.main_thread, hub.signo, value);
        }
    }
    errno = saved_errno;
}

/* ---- staying in front ---------------------------------------------------------------------- */

static bool handled_by(const struct sigaction *action, void (*handler)(int, siginfo_t *, void *))
{
    return (action->sa_flags & SA_SIGINFO) && action->sa_sigaction == handler;
}

static bool is_function(const struct sigaction *action)
{
    return (action->sa_flags & SA_SIGINFO) ? action->sa_sigaction != NULL
                                           : action->sa_handler != SIG_DFL
                                                 && action->sa_handler != SIG_IGN;
}

/* Install `handler` for sig in front of what is there (kept in *previous),
 * unless it is there already; with `only_over_functions`, only over a handler
 * function. -1 with errno set. */
static int take_front(int sig, void (*handler)(int, siginfo_t *, void *),
                      struct sigaction *previous, bool only_over_functions)
{
    struct sigaction current;
    if (sigaction(sig, NULL, &current) != 0)
        return -1;
    if (handled_by(&current, handler) || (only_over_functions && !is_function(&current)))
        return 0;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_sigaction = handler;
    /* SA_NODEFER and an empty mask: a handler that unwinds a call leaves no
     * signal blocked behind. No SA_RESTART: a host wait of the call (a sleep,
     * a blocked write) returns EINTR, and stops waiting. */
    action.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_NODEFER;
    sigemptyset(&action.sa_mask);
    /* Not atomic with the sigaction below; this runs with the GIL held, and
     * the handler reads `previous` only for signals that are not ours. */
    *previous = current;
    return sigaction(sig, &action, NULL);
}

/* With handlers_lock held. */
static int refresh_locked(void)
{
    if (hub.signo != 0 && take_front(hub.signo, deadline_handler, &previous_rt, false) != 0)
        return -1;
    wasmbox_signal_set set = atomic_load(&interrupt_set);
    for (int sig = 1; sig <= WASMBOX_MAX_SIGNAL; sig++) {
        if ((set & WASMBOX_SIGNAL_BIT(sig))
            && take_front(sig, interrupt_handler, &previous_int[sig], true) != 0)
            return -1;
    }
    return 0;
}

static int hub_refresh(void)
{
    pthread_mutex_lock(&handlers_lock);
    int status = refresh_locked();
    int saved_errno = errno;
    pthread_mutex_unlock(&handlers_lock);
    errno = saved_errno;
    return status;
}

static wasmbox_signal_set hub_interrupt_signals(void)
{
    return atomic_load(&interrupt_set);
}

/* The signals that leave the set get back the handler ours replaced (if ours
 * is still there); those that join it get ours in front of theirs. */
static int hub_set_interrupt_signals(wasmbox_signal_set set)
{
    pthread_mutex_lock(&handlers_lock);
    wasmbox_signal_set leaving = atomic_load(&interrupt_set) & ~set;
    atomic_store(&interrupt_set, set);
    int status = 0;
    for (int sig = 1; sig <= WASMBOX_MAX_SIGNAL && status == 0; sig++) {
        struct sigaction current;
        if (!(leaving & WASMBOX_SIGNAL_BIT(sig)))
            continue;
        status = sigaction(sig, NULL, &current);
        if (status == 0 && handled_by(&current, interrupt_handler))
            status = sigaction(sig, &previous_int[sig], NULL);
    }
    if (status == 0)
        status = refresh_locked();
    int saved_errno = errno;
    pthread_mutex_unlock(&handlers_lock);
    errno = saved_errno;
    return status;
}

/* signal.signal(), wrapped: Python's handler goes in, ours back in front. */
static PyObject *wrapped_signal(PyObject *original, PyObject *args, PyObject *kwargs)
{
    PyObject *result = PyObject_Call(original, args, kwargs);
    if (result != NULL)
        (void)hub_refresh();
    return result;
}

static int wrap_signal_module(void)
{
    static PyMethodDef def = {
        "signal", (PyCFunction)(void (*)(void))wrapped_signal, METH_VARARGS | METH_KEYWORDS,
        "signal($module, signalnum, handler, /)\n--\n\n"
        "signal.signal(), then the handlers of wasmbox modules (the signals that end\n"
        "sandboxed calls, see M.interrupt_signals(), and the real-time signal of their\n"
        "time limits) back in front, chaining to what it installed."};
    PyObject *module = PyImport_ImportModule("signal");
    if (module == NULL)
        return -1;
    PyObject *original = PyObject_GetAttrString(module, "signal");
    PyObject *wrapper = original ? PyCFunction_New(&def, original) : NULL;
    int status = wrapper != NULL && PyObject_SetAttrString(module, "signal", wrapper) == 0
                     ? 0 : -1;
    Py_XDECREF(wrapper);
    Py_XDECREF(original);
    Py_DECREF(module);
    return status;
}

/* ---- choosing the signal and the main thread ---------------------------------------------- */

/* The real-time signal for deadlines: WASMBOX_DEADLINE_SIGNAL, else the
 * highest one nothing handles. 0 with an exception set if none is usable. */
static int choose_signal(void)
{
    const char *asked = getenv(SIGNAL_VARIABLE);
    if (asked != NULL && asked[0] != '\0') {
        char *end;
        long n = strtol(asked, &end, 10);
        if (*end != '\0' || n < SIGRTMIN || n > SIGRTMAX) {
            PyErr_Format(PyExc_ImportError, "%s=%s: use a real-time signal number from %d to %d",
                         SIGNAL_VARIABLE, asked, SIGRTMIN, SIGRTMAX);
            return 0;
        }
        return (int)n;
    }
    for (int sig = SIGRTMAX; sig >= SIGRTMIN; sig--) {
        struct sigaction current;
        if (sigaction(sig, NULL, &current) == 0 && !(current.sa_flags & SA_SIGINFO)
            && current.sa_handler == SIG_DFL)
            return sig;
    }
    return 0; /* every one is taken: time limits are unavailable (said when asked for) */
}

/* Python's main thread (where signal handlers run), from threading. */
static int find_main_thread(pthread_t *out)
{
    PyObject *threading = PyImport_ImportModule("threading");
    PyObject *main = threading ? PyObject_CallMethod(threading, "main_thread", NULL) : NULL;
    PyObject *ident = main ? PyObject_GetAttrString(main, "ident") : NULL;
    unsigned long value = ident ? PyLong_AsUnsignedLong(ident) : 0;
    Py_XDECREF(ident);
    Py_XDECREF(main);
    Py_XDECREF(threading);
    if (PyErr_Occurred())
        return -1;
    *out = (pthread_t)value; /* CPython's thread ident is the pthread_t */
    return 0;
}

static void after_fork_child(void)
{
    hub.main_thread = pthread_self(); /* the thread that forked is the child's main */
    /* A thread that held it is not in the child (fork() from C, without the GIL). */
    pthread_mutex_init(&handlers_lock, NULL);
}

static int hub_add_client(const wasmbox_signal_client *client)
{
    int n = atomic_load(&client_count);
    if (n == MAX_CLIENTS)
        return -1;
    clients[n] = *client;
    atomic_store_explicit(&client_count, n + 1, memory_order_release);
    return 0;
}

static int start_hub(void)
{
    if (find_main_thread(&hub.main_thread) < 0)
        return -1;
    hub.signo = choose_signal();
    if (PyErr_Occurred())
        return -1;
    hub.tag = &tag;
    hub.add_client = hub_add_client;
    hub.refresh = hub_refresh;
    hub.interrupt_signals = hub_interrupt_signals;
    hub.set_interrupt_signals = hub_set_interrupt_signals;
    if (hub_refresh() != 0) {
        PyErr_SetFromErrno(PyExc_OSError);
        return -1;
    }
    if (pthread_atfork(NULL, NULL, after_fork_child) != 0 || wrap_signal_module() < 0) {
        if (!PyErr_Occurred())
            PyErr_SetString(PyExc_ImportError, "cannot register the fork handler of wasmbox");
        return -1;
    }
    return wasmbox_publish_hub(HUB_ATTRIBUTE, HUB_CAPSULE, (void *)&hub);
}

const wasmbox_signal_hub *wasmbox_signals_join(const wasmbox_signal_client *client)
{
    const wasmbox_signal_hub *h = wasmbox_find_hub(HUB_ATTRIBUTE, HUB_CAPSULE);
    if (h == NULL) {
        if (PyErr_Occurred() || start_hub() < 0)
            return NULL;
        h = &hub;
    }
    if (h->add_client(client) < 0) {
        PyErr_Format(PyExc_ImportError, "more than %d wasmbox modules in one process",
                     MAX_CLIENTS);
        return NULL;
    }
    return h;
}

#else /* no per-thread timers: neither time limits nor Ctrl-C into a call */

const wasmbox_signal_hub *wasmbox_signals_join(const wasmbox_signal_client *client)
{
    (void)client;
    static const wasmbox_signal_hub none = {0};
    return &none;
}

#endif
