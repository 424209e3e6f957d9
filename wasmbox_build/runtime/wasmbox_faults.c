/* wasmbox_faults.c - hardware faults of sandboxed code, made traps safely
 * inside a Python process.
 *
 * Two faults are the sandbox's doing:
 *   - a native stack overflow (both modes): wasm2c code runs on the calling
 *     thread's stack, and a library whose recursion depth its input controls
 *     can use it up. The call-depth budget (wasmbox_boundary.c) stops most of
 *     that with StackExhausted before it happens, but it can only estimate the
 *     stack a wasm2c frame takes; a library with larger frames reaches the
 *     stack's guard page first, and that fault ends the call with
 *     StackExhausted too. Every C file of a module is compiled with
 *     -fstack-clash-protection (glue.py), so a frame larger than the guard page
 *     probes its way down page by page and cannot jump over it;
 *   - in guard-page mode (memory_check="guard") an out-of-bounds access: wasm2c
 *     emits no bounds checks, each linear memory sits at the start of an 8 GiB
 *     PROT_NONE reservation, so any 32-bit address plus offset either hits the
 *     memory or faults (-> OutOfBounds).
 *
 * Everything else is left alone:
 *   - A fault is a trap only if the faulting thread is running sandboxed
 *     code (its wasmbox_thread says WASMBOX_IN_WASM: not in an import, which
 *     may hold libc's or Python's locks) AND the address lies in that
 *     sandbox's reservation or just below the thread's native stack. Anything
 *     else - a bug in the host, in Python, in another extension, a fault on a
 *     thread that is not in a call - goes to the handler that was installed
 *     before (faulthandler, another runtime, or the default action), so a
 *     genuine crash stays a crash and is reported as one.
 *   - The handler runs on an alternate signal stack, which every thread gets
 *     before its first call (unless it has one, e.g. faulthandler's): the
 *     overflowed stack has no room for the signal frame.
 *   - It finds the thread's state with pthread_getspecific(), not through a
 *     __thread variable: in a dlopen()ed module the first access to one from
 *     a thread may allocate, which a signal handler must not do.
 *   - It leaves with siglongjmp() to the call boundary, whose jump buffer
 *     saved no signal mask (that would cost a system call per call); so the
 *     trap path unblocks SIGSEGV/SIGBUS again (wasmbox_faults_after_signal),
 *     only after a fault.
 *
 * One handler per process. Every module carries a copy of this
 * file, but only the first one imported installs the handler (the "hub",
 * found by the others as sys._wasmbox_guard_hub_v1); each module registers
 * a function that recognises its own threads' faults. Two modules each
 * installing a handler would chain to each other in circles.
 *
 * faulthandler. Enabled before the import, it is simply the handler we pass
 * foreign faults to. Enabled after, it would sit in front and report every
 * trap as a fatal error, so the hub wraps faulthandler.enable/disable to move
 * its handler back in front, chaining to faulthandler. faulthandler, when it
 * fires, restores the handler it replaced (possibly ours) and re-raises the
 * signal; seeing the signal pending after passing it on, the handler hands
 * it to the default action, which ends the process.
 */
#include "wasmbox.h"

#ifndef _WIN32

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
/* How modules find the process's hub; bump with the hub's layout. */
#define HUB_ATTRIBUTE "_wasmbox_guard_hub_v1"
#define HUB_CAPSULE "wasmbox.guard_hub.v1"
#define MAX_CLIENTS 64

/* ---- this module's side: recognising its own faults -------------------------- */

static pthread_key_t thread_key;

/* The trap a fault means for thread t, or WASM_RT_TRAP_NONE if it is not the
 * sandbox's doing. */
static int classify(const wasmbox_thread *t, const siginfo_t *info)
{
    if (info->si_code <= 0)
        return WASM_RT_TRAP_NONE; /* sent by kill()/raise(), not a fault */
    uintptr_t addr = (uintptr_t)info->si_addr;
#if WASM_RT_MEMCHECK_GUARD_PAGES
    /* The memory of the instance being run: set before instantiation, so it
     * is known during _initialize too. (Bounds-checked code never faults in
     * its memory.) */
    const wasmbox_sandbox *sb = t->sandbox;
    const wasm_rt_memory_t *memory = sb != NULL ? sb->wasi.memory : NULL;
    if (memory != NULL && memory->data != NULL
        && addr - (uintptr_t)memory->data < GUARD_RESERVATION)
        return WASM_RT_TRAP_OOB;
#endif
    if (t->stack_low != 0 && addr < t->stack_low && t->stack_low - addr <= STACK_OVERFLOW_ZONE)
        return WASM_RT_TRAP_EXHAUSTION;
    return WASM_RT_TRAP_NONE;
}

/* Called by the hub's handler: unwinds to the boundary (does not return) if
 * the fault is a trap of this module's sandbox; else returns whether this
 * thread is inside one of this module's calls at all. */
static bool try_trap(siginfo_t *info)
{
    wasmbox_thread *t = pthread_getspecific(thread_key);
    if (t == NULL || t->state != WASMBOX_IN_WASM)
        return false;
    int why = classify(t, info);
    if (why != WASM_RT_TRAP_NONE) {
        t->signal_trap = true;
        wasmbox_unwind_thread(t, why); /* siglongjmp */
    }
    return true;
}

/* ---- the hub: one handler per process ------------------------------------------- */

typedef bool (*guard_client)(siginfo_t *info);

typedef struct {
    int (*add_client)(guard_client client);
} guard_hub;

static const int guarded_signals[2] = {SIGSEGV, SIGBUS};
static struct sigaction previous[2]; /* what we pass foreign signals to */
static guard_client clients[MAX_CLIENTS];
static atomic_int client_count;

static int slot(int sig)
{
    return sig == SIGBUS ? 1 : 0;
}

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

static void guard_handler(int sig, siginfo_t *info, void *context);

/* Pass a signal that is not a trap to the handler installed before ours. */
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
    /* It returned. A handler that fixed the cause (another wasm runtime)
     * just returns. One that wants the process to end re-raises the signal
     * after restoring ITS predecessor, like faulthandler - and that may be
     * this handler: go straight to the default action instead. */
    sigset_t pending;
    if (sigpending(&pending) == 0 && sigismember(&pending, sig))
        set_default(sig);
}

static void guard_handler(int sig, siginfo_t *info, void *context)
{
    int saved_errno = errno;
    bool in_call = false;
    int n = atomic_load_explicit(&client_count, memory_order_acquire);
    for (int i = 0; i < n; i++)
        in_call |= clients[i](info); /* a trap does not come back */
    if (in_call && info->si_code <= 0 && info->si_pid == getpid()) {
        /* A handler in front of ours (faulthandler enabled behind our back)
         * re-raised a fault of sandboxed code after restoring ours: the
         * faulting instruction runs again on return, and faults to us. */
        errno = saved_errno;
        return;
    }
    chain(sig, info, context);
    errno = saved_errno;
}

/* Lock-free, for modules initialised at once in free-threaded builds: each
 * takes a slot, fills it, and publishes it after the slots before it. */
static atomic_int clients_taken;

static int hub_add_client(guard_client client)
{
    int n = atomic_fetch_add(&clients_taken, 1);
    if (n >= MAX_CLIENTS)
        return -1;
    clients[n] = client;
    int published = n;
    while (!atomic_compare_exchange_weak_explicit(&client_count, &published, n + 1,
                                                  memory_order_release, memory_order_relaxed))
        published = n; /* a module that took an earlier slot is still filling it */
    return 0;
}

static const guard_hub hub = {hub_add_client};

static bool is_ours(const struct sigaction *action)
{
    return (action->sa_flags & SA_SIGINFO) && action->sa_sigaction == guard_handler;
}

static bool current_action(int i, struct sigaction *out)
{
    return sigaction(guarded_signals[i], NULL, out) == 0;
}

/* `previous` and `beneath` change under this in free-threaded builds (the
 * GIL guards them otherwise): faulthandler.enable()/disable() may be called
 * from several threads at once. */
#if WASMBOX_FREE_THREADED
static PyMutex hub_mutex;
#define HUB_LOCK() PyMutex_Lock(&hub_mutex)
#define HUB_UNLOCK() PyMutex_Unlock(&hub_mutex)
#else
#define HUB_LOCK() ((void)0)
#define HUB_UNLOCK() ((void)0)
#endif

/* Put the handler in front of whatever is installed now (no-op if it is). */
static int install(void)
{
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_sigaction = guard_handler;
    action.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigemptyset(&action.sa_mask);
    for (int i = 0; i < 2; i++) {
        struct sigaction current;
        if (!current_action(i, &current))
            return -1;
        if (is_ours(&current))
            continue;
        /* Not atomic with the sigaction below; installs happen with the GIL
         * held (free-threaded: the hub mutex), and the handler reads
         * `previous` only for foreign faults. */
        previous[i] = current;
        if (sigaction(guarded_signals[i], &action, NULL) != 0)
            return -1;
    }
    return 0;
}

/* faulthandler.enable/disable, wrapped. When enable() goes in front of our
 * handler, put ours back in front, chaining to faulthandler, and remember what
 * we chained to before (`beneath`); disable() takes faulthandler out again by
 * restoring what it replaced, and we chain to `beneath` again. */
static struct sigaction beneath[2];
static bool have_beneath[2];

static PyObject *wrapped_enable(PyObject *original, PyObject *args, PyObject *kwargs)
{
    struct sigaction before[2];
    for (int i = 0; i < 2; i++)
        (void)current_action(i, &before[i]);
    PyObject *result = PyObject_Call(original, args, kwargs);
    HUB_LOCK();
    for (int i = 0; i < 2; i++) {
        struct sigaction after;
        if (!current_action(i, &after) || is_ours(&after))
            continue;
        if (after.sa_sigaction == before[i].sa_sigaction && after.sa_flags == before[i].sa_flags)
            continue; /* already enabled: nothing moved */
        beneath[i] = previous[i];
        have_beneath[i] = true;
    }
    (void)install();
    HUB_UNLOCK();
    return result;
}

static PyObject *wrapped_disable(PyObject *original, PyObject *args, PyObject *kwargs)
{
    PyObject *result = PyObject_Call(original, args, kwargs);
    HUB_LOCK();
    bool reinstall = false;
    for (int i = 0; i < 2; i++) {
        if (have_beneath[i]) {
            /* faulthandler restored what it replaced: ours, or a handler that
             * leads to ours. Chain past faulthandler again. */
            previous[i] = beneath[i];
            have_beneath[i] = false;
        } else {
            /* It was enabled before our import, and restored its predecessor
             * over us: install again in front of that. */
            reinstall = true;
        }
    }
    if (reinstall)
        (void)install();
    HUB_UNLOCK();
    return result;
}

static int wrap_faulthandler(void)
{
    static PyMethodDef defs[2] = {
        {"enable", (PyCFunction)(void (*)(void))wrapped_enable, METH_VARARGS | METH_KEYWORDS,
         "faulthandler.enable(), then the guard-page handler of wasmbox modules back in "
         "front (it passes on every fault that is not a sandbox's)."},
        {"disable", (PyCFunction)(void (*)(void))wrapped_disable, METH_VARARGS | METH_KEYWORDS,
         "faulthandler.disable(), keeping the guard-page handler of wasmbox modules."},
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

/* Become the process's hub: install the handler, wrap faulthandler, publish. */
static int start_hub(void)
{
    HUB_LOCK();
    int installed = install();
    HUB_UNLOCK();
    if (installed != 0) {
        PyErr_SetFromErrno(PyExc_OSError);
        return -1;
    }
    if (wrap_faulthandler() < 0)
        return -1;
    return wasmbox_publish_hub(HUB_ATTRIBUTE, HUB_CAPSULE, (void *)&hub);
}

/* ---- set-up ------------------------------------------------------------------------ */

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
    size_t page = (size_t)getpagesize();
    munmap((char *)t->alt_stack - page, ALT_STACK_SIZE + page);
    t->alt_stack = NULL;
}

/* Register this module with the process's hub, starting it if there is none. */
static int join_hub(void)
{
    const guard_hub *h = wasmbox_find_hub(HUB_ATTRIBUTE, HUB_CAPSULE);
    if (h == NULL) {
        if (PyErr_Occurred() || start_hub() < 0)
            return -1;
        h = &hub;
    }
    if (h->add_client(try_trap) < 0) {
        PyErr_Format(PyExc_ImportError, "more than %d guard-page wasmbox modules in one process",
                     MAX_CLIENTS);
        return -1;
    }
    return 0;
}

int wasmbox_faults_init(void)
{
    int err = pthread_key_create(&thread_key, thread_exit);
    if (err != 0) {
        errno = err;
        PyErr_SetFromErrno(PyExc_OSError);
        return -1;
    }
    int status;
#if WASMBOX_FREE_THREADED
    /* Two wasmbox modules may be initialised at once: the first one to find
     * no hub starts it, in a critical section on sys, which every module's
     * runtime takes (they share no C state). What starting the hub imports is
     * imported first, so that nothing in the section waits for an import. */
    PyObject *sys = PyImport_ImportModule("sys");
    PyObject *faulthandler = sys != NULL ? PyImport_ImportModule("faulthandler") : NULL;
    if (faulthandler == NULL) {
        Py_XDECREF(sys);
        return -1;
    }
    Py_BEGIN_CRITICAL_SECTION(sys);
    status = join_hub();
    Py_END_CRITICAL_SECTION();
    Py_DECREF(faulthandler);
    Py_DECREF(sys);
#else
    status = join_hub();
#endif
    return status;
}

bool wasmbox_faults_thread_init(wasmbox_thread *t)
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
    return pthread_setspecific(thread_key, t) == 0;
}

void wasmbox_faults_after_signal(wasmbox_thread *t)
{
    t->signal_trap = false;
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGSEGV);
    sigaddset(&set, SIGBUS);
    pthread_sigmask(SIG_UNBLOCK, &set, NULL);
}

#else /* Windows: no fault handling; the call-depth budget alone guards the stack */

int wasmbox_faults_init(void)
{
    return 0;
}

bool wasmbox_faults_thread_init(wasmbox_thread *t)
{
    (void)t;
    return true;
}

void wasmbox_faults_after_signal(wasmbox_thread *t)
{
    t->signal_trap = false;
}

#endif
