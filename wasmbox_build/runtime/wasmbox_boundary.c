/* wasmbox_boundary.c - entering and leaving sandboxed code.
 *
 * A trap anywhere in wasm2c code calls wasm_rt_trap(), which calls
 * WASM_RT_TRAP_HANDLER = wasmbox_trap_handler(), which longjmps back to the
 * export wrapper that entered the sandbox (a fault that is a trap - a native
 * stack overflow, or in guard-page mode an access outside linear memory -
 * does the same from the SIGSEGV handler of wasmbox_faults.c). wasm2c's own wasm_rt_impl_try()
 * is not used: it saves the signal mask, one system call per call (181 ns
 * instead of 74 ns per call measured from Python). The fast path of a call is
 * inline in wasmbox.h (wasmbox_enter, wasmbox_leave); this file has the rest.
 *
 * The boundary also
 *   - sets the call-depth count afresh on every entry (a trap or an uncaught
 *     wasm exception leaves it wherever the wasm code was), and points the
 *     exception unwind target at the thread's jump buffer, so that an uncaught
 *     wasm exception lands at the boundary (a trap may leave it pointing into
 *     a try block of abandoned wasm code). The generated code keeps both in
 *     the instance, not in wasm2c's thread-locals (pipeline/wasm2c_fixes.py),
 *     so setting them costs no thread-local lookup;
 *   - gives the call only as much call depth as this thread's native stack
 *     can hold (see depth_budget), so a deep recursion in a small-stack
 *     thread traps with StackExhausted instead of crashing the process (and
 *     where the budget's estimate of a frame is too small, the stack's guard
 *     page faults and wasmbox_faults.c makes that StackExhausted too);
 *   - holds the sandbox's lock, and releases the GIL while in wasm;
 *   - sets each call's deadlines (wasmbox_deadline.c): a call into a sandbox
 *     with a time_limit or cpu_limit (or inside sb.deadline()) sets the
 *     thread's timers, with the thread still "in import", and leaves through
 *     the slow path, which stops them;
 *   - lets a callback's Python code call into the sandbox again (a nested
 *     call): the nested call saves the enclosing call's jump buffer and the
 *     per-call state of the instance it enters (depth count, unwind target,
 *     exception: wasmbox_level) and restores them when it returns or traps.
 *     An enclosing call may be running that same instance: its depth count
 *     continues from the enclosing wasm frames, and an uncaught exception or
 *     a longjmp out of the nested call lands at the nested call's boundary,
 *     never in the enclosing frames' try blocks (they are a callback away,
 *     and a longjmp there would skip the host frames in between: it is the
 *     trap UncaughtException instead). Another sandbox's instance starts
 *     afresh. The depth budget comes from the native stack left, so the
 *     whole nest is bounded. A trap in a nested call poisons the sandbox; the
 *     trap is recorded (sb->nested_*) so that the callback's trampoline,
 *     seeing its sandbox poisoned, unwinds the enclosing call too, and the
 *     outermost call raises it (WASMBOX_TRAP_NESTED).
 */
#include "wasmbox.h"

#include "wasm-rt-impl.h" /* wasm_rt_saved_call_stack_depth */

#include <stdio.h>
#include <string.h>

#if defined(__linux__) || defined(__APPLE__)
#include <pthread.h>
#endif

/* Native stack assumed per wasm frame when sizing a call's depth budget
 * from the stack left in the calling thread. Measured (see glue.py): 48
 * bytes for a small recursive function, at most 448 in zlib's wasm2c code.
 * An 8 MiB thread still gets the full default limit (10,000 frames). */
#ifndef WASMBOX_NATIVE_FRAME_BYTES
#define WASMBOX_NATIVE_FRAME_BYTES 512
#endif

/* Native stack kept free below the deepest wasm frame, for the WASI
 * imports, libc, the runtime itself and an output callable's Python code:
 * an import refuses to start with less (wasmbox_import_stack_check). */
#ifndef WASMBOX_STACK_RESERVE
#define WASMBOX_STACK_RESERVE (128 * 1024)
#endif

WASM_RT_THREAD_LOCAL wasmbox_thread wasmbox_thread_local;

/* ---- per-thread set-up ----------------------------------------------------- */

/* The lowest address of this thread's stack (above its guard), or 0 if unknown. */
static uintptr_t find_stack_low(void)
{
    uintptr_t low = 0;
#if defined(__linux__)
    pthread_attr_t attr;
    if (pthread_getattr_np(pthread_self(), &attr) == 0) {
        void *addr;
        size_t size, guard = 0;
        if (pthread_attr_getstack(&attr, &addr, &size) == 0) {
            pthread_attr_getguardsize(&attr, &guard);
            low = (uintptr_t)addr + guard;
        }
        pthread_attr_destroy(&attr);
    }
#elif defined(__APPLE__)
    pthread_t self = pthread_self();
    low = (uintptr_t)pthread_get_stackaddr_np(self) - pthread_get_stacksize_np(self);
#endif
    return low;
}

static bool thread_init(wasmbox_thread *t, bool runtime_thread_ready)
{
    /* An alternate signal stack, and the signal handler's way to find t.
     * Done first: nothing below may be half set up if it fails. */
    if (!wasmbox_faults_thread_init(t) || !wasmbox_deadline_thread_init(t))
        return false;
    if (!runtime_thread_ready)
        wasm_rt_init_thread();
    t->stack_low = find_stack_low();
    t->stack_limit = t->stack_low == 0 ? 0 : t->stack_low + WASMBOX_STACK_RESERVE;
    /* Touch the other thread-locals a call uses, so that their storage (which
     * glibc allocates lazily for a dlopen()ed module) exists from now on. */
#if WASM_RT_STACK_DEPTH_COUNT
    wasm_rt_call_stack_depth = 0;
    wasm_rt_saved_call_stack_depth = 0;
    /* From this stack pointer up, a call gets the whole depth limit. */
    t->full_depth_sp = t->stack_limit == 0 ? 0
        : t->stack_limit + (uintptr_t)WASM_RT_MAX_CALL_STACK_DEPTH * WASMBOX_NATIVE_FRAME_BYTES;
#endif
    t->state = WASMBOX_OUTSIDE;
    t->in_callback = false;
    t->outer = NULL;
    t->pending = 0;
    t->wall_deadline = 0;
    t->cpu_deadline = 0;
    t->initialized = true;
    /* The wasm2c runtime keeps nothing per thread in either mode (no signal
     * handler of its own), so there is nothing of it to free when the thread
     * ends; wasmbox_faults.c frees the alternate stack then. */
    return true;
}

static WASMBOX_NOINLINE bool refuse_thread(void)
{
    PyErr_SetString(PyExc_MemoryError,
                    "cannot set up this thread for sandbox calls (no memory for its "
                    "alternate signal stack)");
    return false;
}

int wasmbox_runtime_init(void)
{
    wasm_rt_init(); /* includes wasm_rt_init_thread() for this thread */
    if (wasmbox_faults_init() < 0 || wasmbox_deadline_init() < 0)
        return -1;
    if (!wasmbox_thread_local.initialized && !thread_init(&wasmbox_thread_local, true)) {
        refuse_thread();
        return -1;
    }
    return 0;
}

#if WASM_RT_STACK_DEPTH_COUNT
/* How many wasm frames this call may nest: WASM_RT_MAX_CALL_STACK_DEPTH, or
 * fewer if the native stack left below us cannot hold that many. */
static uint32_t depth_budget(const wasmbox_thread *t)
{
    uintptr_t sp = (uintptr_t)__builtin_frame_address(0);
    if (t->stack_limit == 0)
        return WASM_RT_MAX_CALL_STACK_DEPTH;
    if (sp <= t->stack_limit)
        return 0;
    uintptr_t frames = (sp - t->stack_limit) / WASMBOX_NATIVE_FRAME_BYTES;
    return frames < WASM_RT_MAX_CALL_STACK_DEPTH ? (uint32_t)frames
                                                 : WASM_RT_MAX_CALL_STACK_DEPTH;
}
#endif

/* ---- the boundary ------------------------------------------------------------ */

static WASMBOX_NOINLINE bool refuse_nested(const char *what)
{
    PyErr_Format(PyExc_RuntimeError,
                 "cannot call %s() in a sandbox: this thread is already inside a sandbox call",
                 what);
    return false;
}

static WASMBOX_NOINLINE bool refuse_small_stack(const char *what)
{
    PyErr_Format(PyExc_RecursionError,
                 "not enough native stack left in this thread to call %s() in the sandbox; "
                 "call it from a thread with a larger stack (threading.stack_size())", what);
    return false;
}

/* The nest ran out of native stack in sandbox sb, which an enclosing call
 * of this thread is running: the whole nest ends as if the wasm code had
 * (StackExhausted), from here out to the outermost call on sb. */
static WASMBOX_NOINLINE bool nest_exhausted(wasmbox_sandbox *sb, const char *what)
{
    wasmbox_set_state(sb, WASMBOX_POISONED);
    wasmbox_raise_trapped(sb, WASM_RT_TRAP_EXHAUSTION, what);
    return false;
}

/* Save, for a call into `instance` that nests in the thread's current one,
 * what the enclosing call keeps in t and the instance's per-call state. */
static void save_level(wasmbox_thread *t, void *instance, wasmbox_level *l)
{
    l->sandbox = t->sandbox;
    l->outer = t->outer;
    l->sig_jump = t->sig_jump;
#if WASMBOX_FAST_JUMP
    memcpy(l->jump, t->jump, sizeof l->jump);
#endif
    if (t->sig_jump)
        l->boundary = t->boundary;
    l->wall_deadline = t->wall_deadline;
    l->cpu_deadline = t->cpu_deadline;
    l->instance = instance;
    l->py_thread = t->py_thread;
    memcpy(&l->head, instance, sizeof l->head);
}

/* Back to the enclosing call, in its callback again. */
static void restore_level(wasmbox_thread *t, const wasmbox_level *l)
{
    t->state = WASMBOX_IN_IMPORT;
    t->in_callback = true;
    t->sandbox = l->sandbox;
    t->outer = l->outer;
    t->py_thread = l->py_thread; /* whether the enclosing call released the GIL */
    t->sig_jump = l->sig_jump;
#if WASMBOX_FAST_JUMP
    memcpy(t->jump, l->jump, sizeof l->jump);
#endif
    if (l->sig_jump)
        t->boundary = l->boundary;
    t->boundary.initialized = true;
    t->why = WASM_RT_TRAP_UNCAUGHT_EXCEPTION; /* what the enclosing call's wasm_rt_throw() means */
    /* The instance's frames of an enclosing call, if any, count on from
     * where they were, with their try block's target and their exception. */
    memcpy(l->instance, &l->head, sizeof l->head);
    if (t->timed)
        wasmbox_deadline_restore(t, l);
}

/* The thread's outermost call is over (returned, trapped, or could not start). */
static void boundary_outside(wasmbox_thread *t)
{
    t->state = WASMBOX_OUTSIDE;
    t->sandbox = NULL;
    t->boundary.initialized = false;
    if (t->timed) /* after OUTSIDE: a timer firing now finds no call to end */
        wasmbox_deadline_disarm(t);
}

/* Set this thread up for a call into sb's `instance`, with sb's lock held. */
static bool boundary_enter(wasmbox_sandbox *sb, void *instance, wasmbox_call *call,
                           const char *what)
{
    wasmbox_thread *t = wasmbox_this_thread();
    if (UNLIKELY(!t->initialized) && !thread_init(t, false))
        return refuse_thread();
    call->outer = NULL;
    if (UNLIKELY(t->state != WASMBOX_OUTSIDE)) {
        /* Only a callback's Python code may call in again: an output
         * callable runs in the middle of libc's stdio. */
        if (!t->in_callback)
            return refuse_nested(what);
        /* An enclosing call of this thread is running sb's instance. */
        bool running = wasmbox_inside(sb);
#if WASM_RT_STACK_DEPTH_COUNT
        uint32_t budget = depth_budget(t);
        if (UNLIKELY(budget == 0))
            return running ? nest_exhausted(sb, what) : refuse_small_stack(what);
#endif
        save_level(t, instance, &call->level);
        call->outer = &call->level;
        t->outer = &call->level;
        t->in_callback = false; /* until this call's own callbacks run */
#if WASM_RT_STACK_DEPTH_COUNT
        /* Count on from the instance's wasm frames in the enclosing calls,
         * if any, and no further than the native stack left allows. */
        uint32_t floor = WASM_RT_MAX_CALL_STACK_DEPTH - budget;
        uint32_t depth = call->level.head.call_depth;
        wasmbox_set_call_depth(instance, running && depth > floor ? depth : floor);
#endif
        wasmbox_enter_thread(t, sb, instance, call, what);
        if (UNLIKELY((sb->timed || t->blocks != NULL || t->timed)
                     && !wasmbox_deadline_nest(t, sb, running, instance != sb->instance))) {
            restore_level(t, call->outer);
            return false;
        }
        return true;
    }
#if WASM_RT_STACK_DEPTH_COUNT
    uint32_t budget = depth_budget(t);
    if (UNLIKELY(budget == 0))
        return refuse_small_stack(what);
    /* The generated code counts depth up to WASM_RT_MAX_CALL_STACK_DEPTH;
     * starting higher grants fewer frames. */
    wasmbox_set_call_depth(instance, WASM_RT_MAX_CALL_STACK_DEPTH - budget);
#endif
    t->pending = 0; /* what signals left for an earlier call */
    wasmbox_enter_thread(t, sb, instance, call, what);
    /* Making a fresh instance (instantiate, _initialize) is not timed: the
     * library has had no input yet, and Sandbox() or reset() should not fail
     * for a limit meant for its calls. */
    if (UNLIKELY((sb->timed || t->blocks != NULL) && instance == sb->instance
                 && !wasmbox_deadline_enter(t, sb))) {
        boundary_outside(t);
        return false;
    }
    return true;
}

/* After a call returned (not trapped): back to where it was entered from. */
static void boundary_leave(wasmbox_call *call)
{
    wasmbox_thread *t = call->thread;
    WASMBOX_COMPILER_BARRIER();
    if (call->outer != NULL) {
        restore_level(t, call->outer);
        return;
    }
    boundary_outside(t);
}

/* After a trap: back outside, or into the enclosing call's callback;
 * returns why the call unwound. */
static int boundary_trapped(wasmbox_call *call)
{
    wasmbox_thread *t = call->thread;
    int why = t->why;
    if (t->signal_trap) /* the fault's handler left SIGSEGV/SIGBUS blocked */
        wasmbox_faults_after_signal(t);
    if (call->outer != NULL) {
        restore_level(t, call->outer);
        return why;
    }
    /* The instance's count and unwind target are left where the wasm code
     * was: the next entry sets both. */
    boundary_outside(t);
    return why;
}

void wasmbox_trap_handler(wasm_rt_trap_t code)
{
    wasmbox_unwind((int)code);
}

void wasmbox_unwind(int why)
{
    wasmbox_unwind_thread(wasmbox_this_thread(), why);
}

/* Async-signal-safe: the fault handler (wasmbox_faults.c) calls this. */
void wasmbox_unwind_thread(wasmbox_thread *t, int why)
{
    if (t->state == WASMBOX_OUTSIDE || !t->boundary.initialized) {
        /* Sandboxed code only runs inside a call, so this cannot happen; if
         * it does, there is no frame to return to. */
        fprintf(stderr, "wasmbox: trap %d outside a sandbox call\n", why);
        abort();
    }
    t->why = why;
    t->boundary.initialized = false;
#if WASMBOX_FAST_JUMP
    if (!t->sig_jump)
        __builtin_longjmp(t->jump, 1);
#endif
#ifdef _WIN32
    longjmp(t->boundary.buffer, 1);
#else
    siglongjmp(t->boundary.buffer, 1);
#endif
}

/* ---- the sandbox lock --------------------------------------------------------
 * Held for the whole of each call, so calls on one sandbox run one at a time.
 * With the GIL, it is taken and given back only by threads holding the GIL,
 * so `busy` and `waiters` need no atomics: uncontended, locking is a load and
 * a store. Free-threaded builds change them atomically instead (the fast
 * paths are in wasmbox.h; a sleeper's side is wait_for_lock below).
 *
 * A thread that finds it busy sleeps on a condition variable with the GIL
 * released, so the holder can always get the GIL back to unlock. Unlocking
 * with sleepers hands the lock straight to one of them (it stays busy):
 * otherwise the sleeper, woken, would get the GIL just when a busy caller
 * releases it to enter wasm, find the lock taken again, and starve. The
 * sleeper counts itself in `waiters` before it lets the GIL go, and the
 * hand-off is counted in `handoffs` under the mutex it holds until it sleeps,
 * so no wake-up is lost. */

#ifdef _WIN32
static void os_init(wasmbox_mutex *m)
{
    InitializeSRWLock(&m->mutex);
    InitializeConditionVariable(&m->cond);
}
static void os_destroy(wasmbox_mutex *m)
{
    (void)m;
}
static void os_lock(wasmbox_mutex *m)
{
    AcquireSRWLockExclusive(&m->mutex);
}
static void os_unlock(wasmbox_mutex *m)
{
    ReleaseSRWLockExclusive(&m->mutex);
}
static void os_wait(wasmbox_mutex *m)
{
    SleepConditionVariableSRW(&m->cond, &m->mutex, INFINITE, 0);
}
static void os_wake_one(wasmbox_mutex *m)
{
    WakeConditionVariable(&m->cond);
}
#else
static void os_init(wasmbox_mutex *m)
{
    pthread_mutex_init(&m->mutex, NULL);
    pthread_cond_init(&m->cond, NULL);
}
static void os_destroy(wasmbox_mutex *m)
{
    pthread_cond_destroy(&m->cond);
    pthread_mutex_destroy(&m->mutex);
}
static void os_lock(wasmbox_mutex *m)
{
    pthread_mutex_lock(&m->mutex);
}
static void os_unlock(wasmbox_mutex *m)
{
    pthread_mutex_unlock(&m->mutex);
}
static void os_wait(wasmbox_mutex *m)
{
    pthread_cond_wait(&m->cond, &m->mutex);
}
static void os_wake_one(wasmbox_mutex *m)
{
    pthread_cond_signal(&m->cond);
}
#endif

void wasmbox_lock_init(wasmbox_sandbox *sb)
{
    sb->lock.busy = 0;
    sb->lock.waiters = 0;
    sb->lock.handoffs = 0;
    os_init(&sb->lock);
}

void wasmbox_lock_destroy(wasmbox_sandbox *sb)
{
    os_destroy(&sb->lock);
}

#if WASMBOX_FREE_THREADED
/* How many times a thread finding the lock busy tries again before it sleeps
 * (a few microseconds). */
#ifndef WASMBOX_LOCK_SPINS
#define WASMBOX_LOCK_SPINS 400
#endif
#if defined(__x86_64__) || defined(__i386__)
#define WASMBOX_CPU_RELAX() __builtin_ia32_pause()
#elif defined(__aarch64__)
#define WASMBOX_CPU_RELAX() __asm__ __volatile__("yield")
#else
#define WASMBOX_CPU_RELAX() ((void)0)
#endif

/* Sleep, detached from the interpreter, until the lock is free or handed
 * over. Counted in `waiters` (under the mutex) before the last try, so a
 * holder giving it up either sees this thread waiting or leaves it free for
 * that try (see wasmbox_unlock_once). */
static WASMBOX_NOINLINE void wait_for_lock(wasmbox_mutex *m)
{
    /* Most calls are short: try for a little while before sleeping, so that
     * threads taking turns on one sandbox do not each pay a sleep and a
     * wake-up per call. A thread that sleeps is handed the lock in turn. */
    for (int i = 0; i < WASMBOX_LOCK_SPINS; i++) {
        int expected = 0;
        if (__atomic_load_n(&m->busy, __ATOMIC_RELAXED) == 0
            && __atomic_compare_exchange_n(&m->busy, &expected, 1, false, __ATOMIC_SEQ_CST,
                                           __ATOMIC_RELAXED))
            return;
        WASMBOX_CPU_RELAX();
    }
    PyThreadState *saved = PyEval_SaveThread();
    os_lock(m);
    __atomic_fetch_add(&m->waiters, 1, __ATOMIC_SEQ_CST);
    for (;;) {
        int expected = 0;
        if (__atomic_compare_exchange_n(&m->busy, &expected, 1, false, __ATOMIC_SEQ_CST,
                                        __ATOMIC_RELAXED))
            break;
        if (m->handoffs > 0) {
            m->handoffs--; /* handed over: it stayed busy for us */
            break;
        }
        os_wait(m);
    }
    __atomic_fetch_sub(&m->waiters, 1, __ATOMIC_SEQ_CST);
    os_unlock(m);
    PyEval_RestoreThread(saved);
}

/* The lock was given up while a thread was on its way to sleep: wake one to
 * try again. */
void wasmbox_wake_waiter(wasmbox_sandbox *sb)
{
    os_lock(&sb->lock);
    os_wake_one(&sb->lock);
    os_unlock(&sb->lock);
}
#else
/* Sleep, without the GIL, until the holder hands the lock over. */
static WASMBOX_NOINLINE void wait_for_lock(wasmbox_mutex *m)
{
    m->waiters++;
    os_lock(m);
    PyThreadState *saved = PyEval_SaveThread();
    while (m->handoffs == 0)
        os_wait(m);
    m->handoffs--; /* this thread holds the lock now */
    os_unlock(m);
    PyEval_RestoreThread(saved);
    m->waiters--;
}

void wasmbox_wake_waiter(wasmbox_sandbox *sb)
{
    (void)sb; /* with the GIL, nobody is ever on the way to sleep */
}
#endif

/* The lock is busy and this thread is the one inside a call on sb: Python
 * code run by that call (an output callable) wants sb. Waiting would never end. */
static WASMBOX_NOINLINE bool refuse_reentry(void)
{
    PyErr_SetString(PyExc_RuntimeError,
                    "this sandbox is busy with the call that is running this code (an output "
                    "callable cannot use its own sandbox, except sb.stdout/sb.stderr)");
    return false;
}

bool wasmbox_inside(const wasmbox_sandbox *sb)
{
    const wasmbox_thread *t = &wasmbox_thread_local;
    if (t->handling == sb)
        return true; /* signal handlers of its interrupted call (wasmbox_raise_interrupted) */
    if (t->state == WASMBOX_OUTSIDE)
        return false;
    if (t->sandbox == sb)
        return true;
    for (const wasmbox_level *l = t->outer; l != NULL; l = l->outer) {
        if (l->sandbox == sb)
            return true;
    }
    return false;
}

bool wasmbox_lock(wasmbox_sandbox *sb)
{
    if (LIKELY(wasmbox_try_lock(sb)))
        return true;
    if (wasmbox_inside(sb)) {
        /* This thread holds it: a callback of its call may use sb again.
         * (Only the holder changes a held lock's count.) */
        if (!wasmbox_thread_local.in_callback)
            return refuse_reentry();
        WASMBOX_STORE(sb->lock.busy, WASMBOX_LOAD(sb->lock.busy) + 1);
        return true;
    }
    wait_for_lock(&sb->lock);
    return true;
}

bool wasmbox_lock_exclusive(wasmbox_sandbox *sb, const char *action)
{
    if (WASMBOX_LOAD(sb->lock.busy) && wasmbox_inside(sb)) {
        PyErr_Format(PyExc_RuntimeError,
                     "cannot %s the sandbox from inside a call on it (a callback or an output "
                     "callable it runs); %s it after the call returns", action, action);
        return false;
    }
    return wasmbox_lock(sb);
}

void wasmbox_unlock(wasmbox_sandbox *sb)
{
    int busy = WASMBOX_LOAD(sb->lock.busy);
    if (UNLIKELY(busy > 1))
        WASMBOX_STORE(sb->lock.busy, busy - 1); /* a nested hold ends; the call around it
                                                   still holds it */
    else
        wasmbox_unlock_once(sb);
}

/* Hand the lock to a thread waiting for it (it stays busy). */
void wasmbox_unlock_slow(wasmbox_sandbox *sb)
{
    os_lock(&sb->lock);
    sb->lock.handoffs++;
    os_wake_one(&sb->lock);
    os_unlock(&sb->lock);
}

/* ---- calls ---------------------------------------------------------------------------- */

bool wasmbox_enter_slow(wasmbox_sandbox *sb, wasmbox_call *call, const char *what,
                        bool release_gil)
{
    if (UNLIKELY(wasmbox_state_of(sb) != WASMBOX_LIVE))
        return wasmbox_check_callable(sb);
    if (UNLIKELY(!wasmbox_lock(sb)))
        return false;
    if (UNLIKELY(wasmbox_state_of(sb) != WASMBOX_LIVE)) {
        /* Another thread closed or poisoned it while we waited. */
        wasmbox_unlock(sb);
        return wasmbox_check_callable(sb);
    }
    if (UNLIKELY(!boundary_enter(sb, sb->instance, call, what))) {
        wasmbox_unlock(sb);
        return false;
    }
    wasmbox_this_thread()->py_thread = call->saved_thread =
        release_gil ? PyEval_SaveThread() : NULL;
    return true;
}

void wasmbox_leave_slow(wasmbox_sandbox *sb, wasmbox_call *call)
{
    boundary_leave(call);
    if (call->saved_thread != NULL)
        PyEval_RestoreThread(call->saved_thread);
    wasmbox_unlock(sb);
}

/* The exception for a nest that a trap ended: the trap itself if a
 * callback passed it on, else one made from what was recorded. */
static void raise_nested(wasmbox_sandbox *sb, const char *what)
{
    int why = sb->nested_why;
    PyObject *trap = sb->nested_trap;
    sb->nested_why = WASM_RT_TRAP_NONE;
    sb->nested_trap = NULL;
    if (trap != NULL) {
        PyErr_SetObject((PyObject *)Py_TYPE(trap), trap);
        Py_DECREF(trap);
    } else if (why != WASM_RT_TRAP_NONE) {
        wasmbox_raise_trap(why, sb->nested_code, sb->nested_what, NULL);
    } else {
        PyErr_Format(wasmbox_Trap, "%s(): a call made from one of its callbacks left the "
                     "sandbox poisoned", what);
    }
}

void wasmbox_raise_trapped(wasmbox_sandbox *sb, int why, const char *what)
{
    /* After a trap the instance is never entered again. Changed with the lock
     * held, so every thread sees it before its next call. */
    wasmbox_set_state(sb, WASMBOX_POISONED);
    wasmbox_thread *t = wasmbox_this_thread();
    uint32_t code = why == WASMBOX_TRAP_MISSING_IMPORT ? t->code
                    : why == WASMBOX_TRAP_INTERRUPTED  ? (uint32_t)wasmbox_interrupt_signal(t)
                                                       : sb->wasi.exit_code;
    if (why == WASMBOX_TRAP_NESTED) {
        raise_nested(sb, what);
        return;
    }
    if (wasmbox_inside(sb) && sb->nested_why == WASM_RT_TRAP_NONE) {
        /* A call made from a callback: the calls around it end with this
         * trap too, once their trampolines see sb poisoned. */
        sb->nested_why = why;
        sb->nested_code = code;
        sb->nested_what = what;
    }
    if (why == WASMBOX_TRAP_INTERRUPTED) {
        wasmbox_raise_interrupted(sb, (int)code, what);
        return;
    }
    wasmbox_abort_note note; /* a C++ library's last words; the lock keeps the instance */
    wasmbox_read_abort_note(sb, why, &note);
    wasmbox_raise_trap(why, code, what, &note);
}

PyObject *wasmbox_trapped(wasmbox_sandbox *sb, wasmbox_call *call)
{
    int why = boundary_trapped(call);
    if (call->saved_thread != NULL)
        PyEval_RestoreThread(call->saved_thread);
    wasmbox_raise_trapped(sb, why, call->what);
    wasmbox_unlock(sb);
    return NULL;
}

static int run_locked(wasmbox_sandbox *sb, void *instance, void (*fn)(void *), void *arg,
                      const char *what, bool release_gil)
{
    wasmbox_call call;
    if (!boundary_enter(sb, instance, &call, what))
        return -1;
    call.thread->py_thread = call.saved_thread = release_gil ? PyEval_SaveThread() : NULL;
    call.thread->sig_jump = true; /* not the hot path: the portable jump */
#ifdef _WIN32
    if (setjmp(call.thread->boundary.buffer) != 0) {
#else
    if (sigsetjmp(call.thread->boundary.buffer, 0) != 0) {
#endif
        int why = boundary_trapped(&call);
        if (call.saved_thread != NULL)
            PyEval_RestoreThread(call.saved_thread);
        return why;
    }
    wasmbox_armed(&call);
    fn(arg);
    boundary_leave(&call);
    if (call.saved_thread != NULL)
        PyEval_RestoreThread(call.saved_thread);
    return WASM_RT_TRAP_NONE;
}

int wasmbox_run_locked(wasmbox_sandbox *sb, void (*fn)(void *), void *arg, const char *what)
{
    return run_locked(sb, sb->instance, fn, arg, what, true);
}

int wasmbox_run_locked_on(wasmbox_sandbox *sb, void *instance, void (*fn)(void *), void *arg,
                          const char *what)
{
    return run_locked(sb, instance, fn, arg, what, true);
}

bool wasmbox_run_with(wasmbox_sandbox *sb, void (*fn)(void *), void *arg, const char *what,
                      bool release_gil)
{
    int why = run_locked(sb, sb->instance, fn, arg, what, release_gil);
    if (why > 0)
        wasmbox_raise_trapped(sb, why, what); /* poisoned: never entered again */
    return why == WASM_RT_TRAP_NONE;
}

bool wasmbox_run(wasmbox_sandbox *sb, void (*fn)(void *), void *arg, const char *what)
{
    return wasmbox_run_with(sb, fn, arg, what, true);
}
