/* wasmbox_deadline.c - time limits and Ctrl-C for sandboxed calls.
 *
 * wasm2c code cannot be preempted, but a signal can end it: each thread that
 * makes a timed call gets two POSIX timers (the wall clock, and its own CPU
 * clock), created once and reused, which send it the process's deadline
 * signal (wasmbox_signals.c). The handler looks at the thread's state
 * (wasmbox_thread.h):
 *
 *   - in wasm: it unwinds the call to its boundary at once (Timeout), as a
 *     trap does; the sandbox is poisoned, its instance never run again;
 *   - in host code (a WASI call, a callback's Python, memory.grow, setting up
 *     or leaving a call): it only leaves a pending reason, and the host code
 *     ends the call when it returns into wasm (wasmbox_back_in_wasm), never
 *     in the middle of libc, Python or a lock;
 *   - inside another signal handler that interrupted wasm code (the fault
 *     handler, say; it runs on the alternate stack): pending, and it tries
 *     again 1 ms later.
 *
 * Each level of a call has its own deadlines: the outermost call into a
 * sandbox takes them from sb.deadline() or the sandbox's time_limit and
 * cpu_limit; a call nested inside a callback into a sandbox an enclosing level
 * is running counts against that level's (once, from the outermost call),
 * and one into another sandbox against that sandbox's own. The timers follow
 * the innermost level; an enclosing level's deadline that passes while a
 * nested call runs is "in an import" for it: the timers are set back to it
 * when the nested call ends (firing at once if it has passed), and it takes
 * effect when control returns into its wasm. Every change happens with the
 * thread "in import"; the handler checks the clock itself, so a signal of an
 * earlier deadline does nothing.
 *
 * Ctrl-C. SIGINT (or another signal of the interrupt set, M.interrupt_signals())
 * runs Python's own C handler first (wasmbox_signals.c), then, if the main
 * thread is inside a call of this module, marks the call interrupted (by that
 * signal, the first one if several come) and has the main thread handle it
 * like a deadline. Once the call has unwound (every level of it: the mark
 * stays until the outermost call ends) the Python-level handler runs
 * (wasmbox_interrupts.c); its exception, else KeyboardInterrupt (SIGINT) or
 * Interrupted, is what the call raises.
 *
 * Unarmed cost: a call into a sandbox without limits, outside sb.deadline(),
 * pays two loads on entry, a store, and one load each on arming and leaving.
 */
#define _GNU_SOURCE
#include "wasmbox.h"
#include "wasmbox_signals.h"

#include <errno.h>
#include <math.h>
#include <string.h>

#if WASMBOX_DEADLINES
#include <pthread.h>
#include <signal.h>
#include <sys/syscall.h>
#include <ucontext.h>
#include <unistd.h>

#ifndef sigev_notify_thread_id
#define sigev_notify_thread_id _sigev_un._tid
#endif
#endif

#define NS_PER_S 1000000000ull
/* How long the handler waits before trying again, inside another handler. */
#define RETRY_NS 1000000ull
/* How often a timed call looks whether something took the deadline signal's
 * handler (a look is a system call, ~0.4 us here; a timed call costs ~1.5). */
#define REFRESH_NS NS_PER_S

enum { WALL, CPU };

const wasmbox_signal_hub *wasmbox_hub;
static PyTypeObject *deadline_type;

/* ---- clocks ------------------------------------------------------------------------------- */

#if WASMBOX_DEADLINES

static const clockid_t clocks[2] = {CLOCK_MONOTONIC, CLOCK_THREAD_CPUTIME_ID};

static uint64_t now(int which)
{
    struct timespec ts;
    clock_gettime(clocks[which], &ts); /* async-signal-safe */
    return (uint64_t)ts.tv_sec * NS_PER_S + (uint64_t)ts.tv_nsec;
}

/* The reason thread t's innermost level must end now (WASMBOX_TRAP_TIMEOUT or
 * _CPU_TIMEOUT), or 0. */
static int expired(const wasmbox_thread *t)
{
    uint64_t wall = t->wall_deadline, cpu = t->cpu_deadline;
    if (wall != 0 && now(WALL) >= wall)
        return WASMBOX_TRAP_TIMEOUT;
    if (cpu != 0 && now(CPU) >= cpu)
        return WASMBOX_TRAP_CPU_TIMEOUT;
    return 0;
}

/* ---- timers --------------------------------------------------------------------------------- */

static pthread_key_t thread_key; /* the handlers' way to a thread's state */
static wasmbox_thread *volatile main_state; /* the main thread's, once it made a call */
/* When a timed call last put the handlers in front. Relaxed atomics: without
 * the GIL two threads may both refresh, which is harmless (same handlers). */
static uint64_t last_refresh;

/* Thread t's timer on clock `which`, made on first use (GIL held). False with
 * OSError set. */
static bool have_timer(wasmbox_thread *t, int which)
{
    if (t->has_timer[which])
        return true;
    struct sigevent event;
    memset(&event, 0, sizeof event);
    event.sigev_notify = SIGEV_THREAD_ID;
    event.sigev_signo = wasmbox_hub->signo;
    event.sigev_value.sival_ptr = wasmbox_hub->tag;
    event.sigev_notify_thread_id = (pid_t)syscall(SYS_gettid);
    if (timer_create(clocks[which], &event, &t->timer[which]) != 0) {
        PyErr_SetFromErrno(PyExc_OSError);
        return false;
    }
    t->has_timer[which] = true;
    /* A thread that blocks the signal would never see its deadlines. */
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, wasmbox_hub->signo);
    pthread_sigmask(SIG_UNBLOCK, &set, NULL);
    return true;
}

/* Fire at `at` on its clock (0: stop). Async-signal-safe. */
static void set_timer(wasmbox_thread *t, int which, uint64_t at, bool relative)
{
    if (!t->has_timer[which] || (at == 0 && !t->timer_set[which]))
        return;
    t->timer_set[which] = at != 0;
    struct itimerspec when;
    memset(&when, 0, sizeof when);
    when.it_value.tv_sec = (time_t)(at / NS_PER_S);
    when.it_value.tv_nsec = (long)(at % NS_PER_S);
    timer_settime(t->timer[which], relative ? 0 : TIMER_ABSTIME, &when, NULL);
}

static void thread_exit(void *value)
{
    wasmbox_thread *t = value;
    for (int which = WALL; which <= CPU; which++) {
        if (t->has_timer[which])
            timer_delete(t->timer[which]);
        t->has_timer[which] = t->timer_set[which] = false;
    }
    if (main_state == t)
        main_state = NULL;
}

/* In the child of fork(): timers are not inherited, and the thread that
 * forked is the only one, and the main thread. */
static void after_fork_child(void)
{
    wasmbox_thread *t = pthread_getspecific(thread_key);
    if (t != NULL) {
        t->has_timer[WALL] = t->has_timer[CPU] = false;
        t->timer_set[WALL] = t->timer_set[CPU] = false;
        t->timed = false;
        t->wall_deadline = t->cpu_deadline = 0;
    }
    main_state = t;
}

bool wasmbox_deadline_thread_init(wasmbox_thread *t)
{
    if (pthread_setspecific(thread_key, t) != 0)
        return false;
    if (wasmbox_hub->signo != 0 && pthread_equal(pthread_self(), wasmbox_hub->main_thread)) {
        main_state = t;
        /* For Ctrl-C's "try again in 1 ms" (see on_signal); without it, only
         * the pending path is left: not worth failing the thread for. */
        if (!have_timer(t, WALL))
            PyErr_Clear();
    }
    return true;
}

/* ---- the handlers' side (async-signal-safe) -------------------------------------------- */

static bool in_another_handler(const void *context)
{
    const ucontext_t *uc = context;
    /* Wasm code runs on the thread's own stack; a handler (the fault handler,
     * Python's) runs on the alternate one. */
    return uc != NULL && (uc->uc_stack.ss_flags & SS_ONSTACK);
}

static void on_signal(void *context)
{
    wasmbox_thread *t = pthread_getspecific(thread_key);
    if (t == NULL || t->state == WASMBOX_OUTSIDE)
        return;
    int why = (t->pending & WASMBOX_PENDING_INTERRUPT) ? WASMBOX_TRAP_INTERRUPTED : expired(t);
    if (why == 0)
        return; /* the signal of an earlier deadline */
    /* A trap already unwinding (boundary no longer initialized) wins. */
    bool unwindable = t->state == WASMBOX_IN_WASM && t->boundary.initialized;
    if (unwindable && !in_another_handler(context))
        wasmbox_unwind_thread(t, why); /* does not return */
    if (why != WASMBOX_TRAP_INTERRUPTED)
        __atomic_fetch_or(&t->pending, why == WASMBOX_TRAP_TIMEOUT ? WASMBOX_PENDING_TIMEOUT
                                                                   : WASMBOX_PENDING_CPU,
                          __ATOMIC_SEQ_CST);
    if (unwindable) /* wasm code, under another handler: once that is done */
        set_timer(t, WALL, RETRY_NS, true);
}

static bool on_interrupt(int sig)
{
    wasmbox_thread *m = main_state;
    if (m == NULL || m->state == WASMBOX_OUTSIDE)
        return false;
    /* The mark and its signal together, once: the first signal is the one the
     * call reports. */
    int old = m->pending;
    while (!(old & WASMBOX_PENDING_INTERRUPT)
           && !__atomic_compare_exchange_n(
               &m->pending, &old,
               old | WASMBOX_PENDING_INTERRUPT | (sig << WASMBOX_PENDING_SIGNAL_SHIFT), false,
               __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST)) {
    }
    return true;
}

/* ---- the boundary's side -------------------------------------------------------------------- */

void wasmbox_pending_unwind(wasmbox_thread *t)
{
    if (t->pending & WASMBOX_PENDING_INTERRUPT)
        wasmbox_unwind_thread(t, WASMBOX_TRAP_INTERRUPTED); /* stays set for the outer levels */
    __atomic_fetch_and(&t->pending, ~(WASMBOX_PENDING_TIMEOUT | WASMBOX_PENDING_CPU),
                       __ATOMIC_SEQ_CST);
    int why = expired(t); /* the clock decides: a mark may be an earlier level's */
    if (why != 0)
        wasmbox_unwind_thread(t, why);
}

/* The deadlines a call into sb gets when no enclosing level runs sb. */
static void own_deadlines(const wasmbox_thread *t, const wasmbox_sandbox *sb, uint64_t *wall,
                          uint64_t *cpu)
{
    const wasmbox_block *b = t->blocks;
    while (b != NULL && b->sandbox != sb)
        b = b->next;
    if (b != NULL) {
        *wall = b->deadline; /* the innermost sb.deadline() block; 0: none */
    } else if (sb->policy.time_limit_ns != 0) {
        uint64_t start = now(WALL);
        *wall = start + sb->policy.time_limit_ns;
        if (start - __atomic_load_n(&last_refresh, __ATOMIC_RELAXED) >= REFRESH_NS) {
            /* A handler someone installed over ours would swallow the
             * deadline: take the signal back (chaining to theirs). */
            __atomic_store_n(&last_refresh, start, __ATOMIC_RELAXED);
            (void)wasmbox_hub->refresh();
        }
    } else {
        *wall = 0;
    }
    *cpu = sb->policy.cpu_limit_ns ? now(CPU) + sb->policy.cpu_limit_ns : 0;
}

/* Make the innermost level's deadlines (wall, cpu) the thread's, and set the
 * timers to them. False with OSError set if a timer could not be made. */
static bool switch_to(wasmbox_thread *t, uint64_t wall, uint64_t cpu)
{
    if ((wall != 0 && !have_timer(t, WALL)) || (cpu != 0 && !have_timer(t, CPU)))
        return false;
    /* A mark of the level before is dropped; one of this level is made
     * again by its timer, which fires at once if its time has passed. */
    __atomic_fetch_and(&t->pending, ~(WASMBOX_PENDING_TIMEOUT | WASMBOX_PENDING_CPU),
                       __ATOMIC_SEQ_CST);
    t->wall_deadline = wall;
    t->cpu_deadline = cpu;
    if (wall != 0 || cpu != 0)
        t->timed = true; /* until the outermost call ends */
    set_timer(t, WALL, wall, false);
    set_timer(t, CPU, cpu, false);
    return true;
}

bool wasmbox_deadline_enter(wasmbox_thread *t, wasmbox_sandbox *sb)
{
    uint64_t wall, cpu;
    own_deadlines(t, sb, &wall, &cpu);
    if (wall == 0 && cpu == 0)
        return true; /* sb.deadline(None): no limit */
    return switch_to(t, wall, cpu);
}

bool wasmbox_deadline_nest(wasmbox_thread *t, wasmbox_sandbox *sb, bool running, bool fresh)
{
    uint64_t wall = 0, cpu = 0;
    if (fresh) {
        /* Sandbox() from a callback: untimed (see boundary_enter). */
    } else if (running) {
        /* Counted once, from the outermost call on sb: the deadlines of the
         * nearest enclosing level that runs it. */
        for (const wasmbox_level *l = t->outer; l != NULL; l = l->outer) {
            if (l->sandbox == sb) {
                wall = l->wall_deadline;
                cpu = l->cpu_deadline;
                break;
            }
        }
    } else {
        own_deadlines(t, sb, &wall, &cpu);
    }
    if (wall == t->wall_deadline && cpu == t->cpu_deadline)
        return true;
    return switch_to(t, wall, cpu);
}

void wasmbox_deadline_restore(wasmbox_thread *t, const wasmbox_level *l)
{
    if (l->wall_deadline != t->wall_deadline || l->cpu_deadline != t->cpu_deadline)
        (void)switch_to(t, l->wall_deadline, l->cpu_deadline); /* its timers exist */
}

void wasmbox_deadline_disarm(wasmbox_thread *t)
{
    t->wall_deadline = 0;
    t->cpu_deadline = 0;
    t->timed = false;
    set_timer(t, WALL, 0, false);
    set_timer(t, CPU, 0, false);
}

bool wasmbox_deadline_check(void)
{
    if (wasmbox_hub->signo == 0) {
        PyErr_SetString(PyExc_RuntimeError,
                        "time limits are unavailable: every real-time signal has a handler "
                        "already; free one and name it in WASMBOX_DEADLINE_SIGNAL");
        return false;
    }
    if (wasmbox_hub->refresh() != 0) {
        PyErr_SetFromErrno(PyExc_OSError);
        return false;
    }
    return true;
}

void wasmbox_signals_refresh(void)
{
    if (wasmbox_hub->signo != 0)
        (void)wasmbox_hub->refresh();
}

static int platform_init(void)
{
    static const wasmbox_signal_client client = {on_signal, on_interrupt};
    int err = pthread_key_create(&thread_key, thread_exit);
    if (err != 0) {
        errno = err;
        PyErr_SetFromErrno(PyExc_OSError);
        return -1;
    }
    wasmbox_hub = wasmbox_signals_join(&client);
    if (wasmbox_hub == NULL)
        return -1;
    if (pthread_atfork(NULL, NULL, after_fork_child) != 0) {
        PyErr_SetString(PyExc_ImportError, "cannot register the fork handler of wasmbox");
        return -1;
    }
    return 0;
}

#else /* no per-thread timers (not Linux): no time limits, no Ctrl-C into a call */

void wasmbox_pending_unwind(wasmbox_thread *t)
{
    (void)t;
}

bool wasmbox_deadline_thread_init(wasmbox_thread *t)
{
    (void)t;
    return true;
}

bool wasmbox_deadline_enter(wasmbox_thread *t, wasmbox_sandbox *sb)
{
    (void)t, (void)sb;
    return true;
}

bool wasmbox_deadline_nest(wasmbox_thread *t, wasmbox_sandbox *sb, bool running, bool fresh)
{
    (void)t, (void)sb, (void)running, (void)fresh;
    return true;
}

void wasmbox_deadline_restore(wasmbox_thread *t, const wasmbox_level *l)
{
    (void)t, (void)l;
}

void wasmbox_deadline_disarm(wasmbox_thread *t)
{
    t->timed = false;
}

bool wasmbox_deadline_check(void)
{
    PyErr_SetString(PyExc_RuntimeError,
                    "time limits need per-thread POSIX timers, which only Linux has");
    return false;
}

void wasmbox_signals_refresh(void)
{
}

static int platform_init(void)
{
    return 0;
}

#endif

/* ---- sb.deadline(seconds) --------------------------------------------------------------------- */

typedef struct {
    PyObject_HEAD
    wasmbox_sandbox *sandbox; /* strong reference */
    double seconds;           /* NAN: None, no time limit */
    wasmbox_thread *thread;   /* the thread in the block, NULL outside it */
    wasmbox_block block;      /* linked into thread->blocks while inside */
} deadline_object;

/* Seconds from now as a CLOCK_MONOTONIC deadline, never 0 (which means none). */
static uint64_t deadline_after(double seconds)
{
#if WASMBOX_DEADLINES
    uint64_t start = now(WALL);
#else
    uint64_t start = 1;
#endif
    if (seconds <= 0)
        return start;
    return start + (uint64_t)ceil(seconds * 1e9);
}

static PyObject *deadline_enter(deadline_object *d, PyObject *unused)
{
    (void)unused;
    if (d->thread != NULL) {
        PyErr_SetString(PyExc_RuntimeError,
                        "this deadline is in use by a with-block already; make one per block "
                        "(sb.deadline(seconds))");
        return NULL;
    }
    if (!wasmbox_deadline_check())
        return NULL;
    wasmbox_thread *t = &wasmbox_thread_local;
    uint64_t at = isnan(d->seconds) ? 0 : deadline_after(d->seconds);
    /* A block inside a block of the same sandbox cannot end later than it. */
    for (const wasmbox_block *b = t->blocks; b != NULL; b = b->next) {
        if (b->sandbox == d->sandbox) {
            if (b->deadline != 0 && (at == 0 || b->deadline < at))
                at = b->deadline;
            break;
        }
    }
    d->block.sandbox = d->sandbox;
    d->block.deadline = at;
    d->block.next = t->blocks;
    t->blocks = &d->block;
    d->thread = t;
    Py_INCREF((PyObject *)d); /* the thread's list holds it */
    Py_RETURN_NONE;
}

static PyObject *deadline_exit(deadline_object *d, PyObject *const *args, Py_ssize_t nargs)
{
    (void)args, (void)nargs;
    wasmbox_thread *t = d->thread;
    if (t == NULL)
        Py_RETURN_FALSE; /* never entered */
    if (t != &wasmbox_thread_local) {
        PyErr_SetString(PyExc_RuntimeError,
                        "a deadline's with-block must end in the thread it began in");
        return NULL;
    }
    for (wasmbox_block **link = &t->blocks; *link != NULL; link = &(*link)->next) {
        if (*link == &d->block) {
            *link = d->block.next;
            break;
        }
    }
    d->thread = NULL;
    Py_DECREF((PyObject *)d); /* the caller still holds one */
    Py_RETURN_FALSE; /* never swallow the exception */
}

static PyObject *deadline_repr(deadline_object *d)
{
    if (isnan(d->seconds))
        return PyUnicode_FromFormat("<deadline: no time limit, on %R>", (PyObject *)d->sandbox);
    PyObject *seconds = PyFloat_FromDouble(d->seconds);
    if (seconds == NULL)
        return NULL;
    PyObject *repr = PyUnicode_FromFormat("<deadline: %R s, on %R>", seconds,
                                          (PyObject *)d->sandbox);
    Py_DECREF(seconds);
    return repr;
}

static int deadline_traverse(deadline_object *d, visitproc visit, void *arg)
{
    Py_VISIT((PyObject *)Py_TYPE((PyObject *)d));
    Py_VISIT((PyObject *)d->sandbox);
    return 0;
}

static int deadline_clear(deadline_object *d)
{
    Py_CLEAR(d->sandbox);
    return 0;
}

static void deadline_dealloc(deadline_object *d)
{
    PyObject_GC_UnTrack((PyObject *)d);
    deadline_clear(d);
    wasmbox_free_object((PyObject *)d);
}

static PyMethodDef deadline_methods[] = {
    {"__enter__", (PyCFunction)deadline_enter, METH_NOARGS, NULL},
    {"__exit__", (PyCFunction)(void (*)(void))deadline_exit, METH_FASTCALL, NULL},
    {NULL, NULL, 0, NULL},
};

static PyType_Slot deadline_slots[] = {
    {Py_tp_doc, (void *)"A deadline for the calls this thread makes into one sandbox inside a\n"
                        "with-block: made by sb.deadline(seconds)."},
    {Py_tp_dealloc, (void *)deadline_dealloc},
    {Py_tp_traverse, (void *)deadline_traverse},
    {Py_tp_clear, (void *)deadline_clear},
    {Py_tp_repr, (void *)deadline_repr},
    {Py_tp_methods, deadline_methods},
    {0, NULL},
};

/* seconds (an int or a float, or None) -> *out; NAN for None. */
static bool parse_seconds(PyObject *value, double *out)
{
    if (value == Py_None) {
        *out = NAN;
        return true;
    }
    double seconds = -1;
    if ((PyFloat_Check(value) || PyLong_Check(value)) && !PyBool_Check(value))
        seconds = PyFloat_AsDouble(value);
    if (seconds == -1 && PyErr_Occurred())
        PyErr_Clear();
    if (isnan(seconds) || seconds > WASMBOX_MAX_SECONDS
        || !((PyFloat_Check(value) || PyLong_Check(value)) && !PyBool_Check(value))) {
        PyErr_Format(PyExc_ValueError,
                     "deadline(%.200R): use a number of seconds (at most %g; 0 or less: "
                     "already passed), or None for no time limit", value, WASMBOX_MAX_SECONDS);
        return false;
    }
    *out = seconds;
    return true;
}

int wasmbox_deadline_init(void)
{
    deadline_type = wasmbox_new_type(".Deadline", sizeof(deadline_object),
                                     Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC, deadline_slots);
    if (deadline_type == NULL)
        return -1;
    return platform_init();
}

PyObject *wasmbox_sandbox_deadline(PyObject *self, PyObject *seconds)
{
    wasmbox_sandbox *sb = wasmbox_self(self);
    double value;
    if (!parse_seconds(seconds, &value))
        return NULL;
    deadline_object *d = PyObject_GC_New(deadline_object, deadline_type);
    if (d == NULL)
        return NULL;
    Py_INCREF((PyObject *)sb);
    d->sandbox = sb;
    d->seconds = value;
    d->thread = NULL;
    memset(&d->block, 0, sizeof d->block);
    PyObject_GC_Track((PyObject *)d);
    return (PyObject *)d;
}
