/* wasmbox_guard.c - guard-page mode, made safe inside a Python process.
 *
 * In guard-page mode (memory_check="guard") wasm2c emits no bounds checks:
 * each linear memory sits at the start of an 8 GiB PROT_NONE reservation, so
 * any 32-bit address plus offset either hits the memory or faults. This file
 * turns such a fault into a trap, and leaves every other fault alone:
 *
 *   - The handler acts only when the faulting thread is running sandboxed
 *     code (its wasmbox_thread says WASMBOX_IN_WASM) AND the fault address
 *     lies in that sandbox's reservation (-> OutOfBounds) or just below the
 *     thread's native stack (-> StackExhausted). Anything else - a bug in the
 *     host, in Python, in another extension, a fault in a thread that never
 *     entered a sandbox - goes to the handler that was installed before this
 *     one (faulthandler, another runtime, or the default action), so a
 *     genuine crash stays a crash and is reported as one.
 *   - It runs on an alternate signal stack, which every thread gets before
 *     its first call (unless it has one already, e.g. faulthandler's), so a
 *     native stack overflow can still be handled.
 *   - It finds the thread's state with pthread_getspecific(), not through a
 *     __thread variable: in a dlopen()ed module the first access to one from
 *     a thread may allocate, which a signal handler must not do.
 *   - It leaves with siglongjmp() to the call boundary, whose jump buffer
 *     saved no signal mask (that would cost a system call per call); so the
 *     trap path unblocks SIGSEGV/SIGBUS again (wasmbox_guard_after_signal),
 *     only after a fault.
 *   - faulthandler.enable() after import would put faulthandler in front,
 *     and it would report every trap as a fatal error. The module wraps
 *     faulthandler.enable/disable to move this handler back in front
 *     (chaining to faulthandler's), and checks again whenever a sandbox is
 *     created.
 *   - faulthandler, chained to, re-raises the signal after restoring the
 *     handler it found when enabled, which may be this one; seeing that, the
 *     handler hands the signal to the default action instead of looping.
 *
 * Each sandboxed module carries its own copy of all this (with its own
 * thread key), so two guard-mode modules chain to each other.
 */
#include "wasmbox.h"

#if WASM_RT_MEMCHECK_GUARD_PAGES

#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

/* What wasm2c reserves for a 32-bit memory in guard-page mode. */
#define GUARD_RESERVATION ((uintptr_t)0x200000000)
/* A fault this far below the lowest address of a thread's stack is a stack
 * overflow (the main thread's stack has a 1 MiB gap below it). */
#define STACK_OVERFLOW_ZONE ((uintptr_t)1 << 20)
/* The alternate signal stack the runtime gives a thread; a guard page below. */
#define ALT_STACK_SIZE ((size_t)64 * 1024)

static const int guarded_signals[2] = {SIGSEGV, SIGBUS};
static struct sigaction previous[2]; /* what was installed before us */
static pthread_key_t thread_key;
static atomic_bool initialized;

static int slot(int sig)
{
    return sig == SIGBUS ? 1 : 0;
}

static void guard_handler(int sig, siginfo_t *info, void *context);

static bool is_ours(const struct sigaction *action)
{
    return (action->sa_flags & SA_SIGINFO) && action->sa_sigaction == guard_handler;
}

/* ---- classifying a fault -------------------------------------------------- */

/* The trap a fault at `addr` means for thread t, or WASM_RT_TRAP_NONE if it
 * is not the sandbox's doing. */
static int classify(const wasmbox_thread *t, const siginfo_t *info)
{
    if (info->si_code <= 0)
        return WASM_RT_TRAP_NONE; /* sent by kill()/raise(), not a fault */
    uintptr_t addr = (uintptr_t)info->si_addr;
    const wasmbox_sandbox *sb = t->sandbox;
    /* The memory of the instance being run: set before instantiation, so it
     * is known during _initialize too. */
    const wasm_rt_memory_t *memory = sb != NULL ? sb->wasi.memory : NULL;
    if (memory != NULL && memory->data != NULL
        && addr - (uintptr_t)memory->data < GUARD_RESERVATION)
        return WASM_RT_TRAP_OOB;
    if (t->stack_low != 0 && addr < t->stack_low && t->stack_low - addr <= STACK_OVERFLOW_ZONE)
        return WASM_RT_TRAP_EXHAUSTION;
    return WASM_RT_TRAP_NONE;
}

/* ---- passing a fault on ---------------------------------------------------- */

static void set_default(int sig)
{
    struct sigaction dfl;
    memset(&dfl, 0, sizeof dfl);
    dfl.sa_handler = SIG_DFL;
    sigemptyset(&dfl.sa_mask);
    sigaction(sig, &dfl, NULL);
}

/* Let the default action (end the process, dump core) take the signal. */
static void die_by_default(int sig, const siginfo_t *info)
{
    set_default(sig);
    if (info->si_code <= 0)
        raise(sig); /* delivered when the handler returns */
    /* A fault: returning re-runs the faulting instruction, which faults again
     * into the default action, with the original registers in the core. */
}

static void chain(int sig, siginfo_t *info, void *context)
{
    struct sigaction prev = previous[slot(sig)];
    if (prev.sa_flags & SA_SIGINFO) {
        if (prev.sa_sigaction == NULL || prev.sa_sigaction == guard_handler) {
            die_by_default(sig, info);
            return;
        }
        prev.sa_sigaction(sig, info, context);
    } else if (prev.sa_handler == SIG_IGN && info->si_code <= 0) {
        return; /* an ignored kill() */
    } else if (prev.sa_handler == SIG_DFL || prev.sa_handler == SIG_IGN) {
        die_by_default(sig, info); /* a fault cannot be ignored */
        return;
    } else {
        prev.sa_handler(sig);
    }
    /* The previous handler returned. A handler that fixed the cause (as
     * another wasm runtime does) just returns; one that wants the signal to
     * go on re-raises it after restoring ITS predecessor, like faulthandler.
     * If that predecessor is us, nothing else is left below: default action. */
    sigset_t pending;
    struct sigaction current;
    if (sigpending(&pending) == 0 && sigismember(&pending, sig)
        && sigaction(sig, NULL, &current) == 0 && is_ours(&current))
        set_default(sig);
}

static void guard_handler(int sig, siginfo_t *info, void *context)
{
    int saved_errno = errno;
    wasmbox_thread *t = pthread_getspecific(thread_key);
    if (t != NULL && t->state == WASMBOX_IN_WASM) {
        int why = classify(t, info);
        if (why != WASM_RT_TRAP_NONE) {
            t->signal_trap = true;
            errno = saved_errno;
            wasmbox_unwind_thread(t, why); /* siglongjmp to the boundary */
        }
        if (info->si_code <= 0 && info->si_pid == getpid()) {
            /* A handler in front of us (faulthandler enabled behind our back)
             * re-raised a fault of sandboxed code after restoring us: the
             * faulting instruction runs again on return and comes to us. */
            errno = saved_errno;
            return;
        }
    }
    chain(sig, info, context);
    errno = saved_errno;
}

/* ---- installing ------------------------------------------------------------------ */

/* Put the handler in front of whatever is installed now (no-op if it is). */
static int install(void)
{
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_sigaction = guard_handler;
    action.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigemptyset(&action.sa_mask);
    for (int i = 0; i < 2; i++) {
        int sig = guarded_signals[i];
        struct sigaction current;
        if (sigaction(sig, NULL, &current) != 0)
            return -1;
        if (is_ours(&current))
            continue;
        /* Not atomic with the sigaction below, but installs happen with the
         * GIL held, and the handler reads `previous` only for foreign faults. */
        previous[i] = current;
        if (sigaction(sig, &action, NULL) != 0)
            return -1;
    }
    return 0;
}

/* faulthandler.enable/disable, wrapped: run the original, then put our
 * handler back in front, chaining to whatever the original left installed.
 *
 * enable() after import saves OUR handler as the one to restore when it
 * fires or is disabled. So when it goes in front of us, remember what we
 * chained to before (`beneath`): disable() then puts our handler back, and we
 * chain to `beneath` again instead of to a disabled faulthandler. */
static struct sigaction beneath[2];
static bool have_beneath[2];

static bool ours_installed(int i)
{
    struct sigaction current;
    return sigaction(guarded_signals[i], NULL, &current) == 0 && is_ours(&current);
}

static PyObject *wrapped_enable(PyObject *original, PyObject *args, PyObject *kwargs)
{
    struct sigaction before[2];
    bool was_ours[2];
    for (int i = 0; i < 2; i++) {
        before[i] = previous[i];
        was_ours[i] = ours_installed(i);
    }
    PyObject *result = PyObject_Call(original, args, kwargs);
    for (int i = 0; i < 2; i++) {
        if (was_ours[i] && !ours_installed(i)) { /* it went in front of us */
            beneath[i] = before[i];
            have_beneath[i] = true;
        }
    }
    (void)install();
    return result;
}

static PyObject *wrapped_disable(PyObject *original, PyObject *args, PyObject *kwargs)
{
    PyObject *result = PyObject_Call(original, args, kwargs);
    for (int i = 0; i < 2; i++) {
        if (have_beneath[i] && ours_installed(i))
            previous[i] = beneath[i]; /* it restored us: chain past it */
        have_beneath[i] = false;
    }
    (void)install(); /* it restored something else: chain to that */
    return result;
}

static int wrap_faulthandler(void)
{
    static PyMethodDef defs[2] = {
        {"enable", (PyCFunction)(void (*)(void))wrapped_enable, METH_VARARGS | METH_KEYWORDS,
         "faulthandler.enable(), then the guard-page handler of a wasmbox module back in "
         "front (it passes on every fault that is not a sandbox's)."},
        {"disable", (PyCFunction)(void (*)(void))wrapped_disable, METH_VARARGS | METH_KEYWORDS,
         "faulthandler.disable(), then the guard-page handler of a wasmbox module back in "
         "front."},
    };
    PyObject *faulthandler = PyImport_ImportModule("faulthandler");
    if (faulthandler == NULL)
        return -1;
    int status = 0;
    for (int i = 0; i < 2 && status == 0; i++) {
        PyObject *original = PyObject_GetAttrString(faulthandler, defs[i].ml_name);
        PyObject *wrapper = original ? PyCFunction_New(&defs[i], original) : NULL;
        if (wrapper == NULL || PyObject_SetAttrString(faulthandler, defs[i].ml_name, wrapper) < 0)
            status = -1;
        Py_XDECREF(wrapper);
        Py_XDECREF(original);
    }
    Py_DECREF(faulthandler);
    return status;
}

static void thread_exit(void *value)
{
    wasmbox_thread *t = value;
    if (t->alt_stack == NULL)
        return;
    stack_t current;
    if (sigaltstack(NULL, &current) == 0 && !(current.ss_flags & SS_DISABLE)
        && current.ss_sp == t->alt_stack) {
        stack_t off;
        memset(&off, 0, sizeof off);
        off.ss_flags = SS_DISABLE;
        if (sigaltstack(&off, NULL) != 0)
            return; /* still in use: leak it rather than pull it away */
    }
    munmap((char *)t->alt_stack - getpagesize(), ALT_STACK_SIZE + (size_t)getpagesize());
    t->alt_stack = NULL;
}

void wasmbox_guard_reassert(void)
{
    if (atomic_load_explicit(&initialized, memory_order_relaxed))
        (void)install();
}

int wasmbox_guard_init(void)
{
    if (atomic_load(&initialized))
        return 0;
    int err = pthread_key_create(&thread_key, thread_exit);
    if (err != 0) {
        errno = err;
        PyErr_SetFromErrno(PyExc_OSError);
        return -1;
    }
    if (install() != 0) {
        PyErr_SetFromErrno(PyExc_OSError);
        return -1;
    }
    atomic_store(&initialized, true);
    return wrap_faulthandler();
}

bool wasmbox_guard_thread_init(wasmbox_thread *t)
{
    stack_t current;
    if (sigaltstack(NULL, &current) != 0)
        return false;
    if (current.ss_flags & SS_DISABLE) {
        size_t page = (size_t)getpagesize();
        char *base = mmap(NULL, ALT_STACK_SIZE + page, PROT_READ | PROT_WRITE,
                          MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (base == MAP_FAILED)
            return false;
        mprotect(base, page, PROT_NONE); /* an overflow of it faults */
        stack_t ours;
        memset(&ours, 0, sizeof ours);
        ours.ss_sp = base + page;
        ours.ss_size = ALT_STACK_SIZE;
        if (sigaltstack(&ours, NULL) != 0) {
            munmap(base, ALT_STACK_SIZE + page);
            return false;
        }
        t->alt_stack = base + page;
    }
    if (pthread_setspecific(thread_key, t) != 0)
        return false;
    return true;
}

void wasmbox_guard_after_signal(wasmbox_thread *t)
{
    t->signal_trap = false;
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGSEGV);
    sigaddset(&set, SIGBUS);
    pthread_sigmask(SIG_UNBLOCK, &set, NULL);
}

#else /* bounds-check mode: nothing to install */

int wasmbox_guard_init(void)
{
    return 0;
}

bool wasmbox_guard_thread_init(wasmbox_thread *t)
{
    (void)t;
    return true;
}

void wasmbox_guard_reassert(void)
{
}

void wasmbox_guard_after_signal(wasmbox_thread *t)
{
    t->signal_trap = false;
}

#endif
