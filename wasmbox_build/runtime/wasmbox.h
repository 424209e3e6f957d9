/* wasmbox.h - the run-time side every sandboxed extension module compiles in.
 *
 * A sandboxed module is: the wasm2c translation of a C library, the wasm2c
 * runtime, these runtime files, and a small generated glue file that
 * describes the module (wasmbox_module_def) and wraps each export. The
 * runtime provides everything that is the same for all modules:
 *
 *   wasmbox_boundary.c         entering and leaving wasm: the trap boundary,
 *                              the call-depth budget, the per-sandbox lock
 *   wasmbox_faults.c           hardware faults of sandboxed code (a native
 *                              stack overflow; guard-page accesses) as traps
 *   wasmbox_deadline.c         time limits and Ctrl-C: per-thread timers, the
 *                              deadline of each call level, sb.deadline()
 *   wasmbox_signals.c          the process's deadline signal and SIGINT
 *                              handlers, shared by every wasmbox module
 *   wasmbox_sandbox.c          the Sandbox type: lifecycle, poisoning, reset
 *   wasmbox_mempool.c          wasm2c's linear memories, reservations reused
 *   wasmbox_memory.c           alloc/free/read/read_into/write/read_cstring/memory, and
 *                              the sandbox's malloc/free for the whole runtime
 *   wasmbox_convert.c          Python <-> wasm values (fast paths inline in
 *                              wasmbox_convert.h)
 *   wasmbox_errors.c           the exception classes and trap -> exception
 *   wasmbox_abort.c            why a C++ library gave up (its abort note)
 *   wasmbox_module.c           module initialisation and the default sandbox
 *   wasmbox_policy.c           Sandbox(**policy) -> wasmbox_policy
 *   wasmbox_wasi.c             wasi_snapshot_preview1, denied by default
 *                              (wasmbox_wasi.h: the WASI context and policy,
 *                              and its files; wasmbox_thread.h: per-thread
 *                              call state)
 *   wasmbox_wasi_fds.c         its descriptor table and preopens
 *   wasmbox_wasi_fd_calls.c    its fd_* calls on files and directories
 *   wasmbox_wasi_path_calls.c  its path_* calls
 *   wasmbox_wasi_resolve.c     a path call's directory and path: checked,
 *                              refused, or opened beneath its mount
 *   wasmbox_wasi_memfs.c       the in-memory files (files=)
 *   wasmbox_beneath.c          opening host paths without leaving a directory
 *   wasmbox_bindings.c         typed wrappers from header=, cells, sb.raw
 *                              (wasmbox_bindings.h)
 *   wasmbox_native.c           the C API of native_sources (wasmbox_native.h)
 *   wasmbox_callbacks.c        Python callables the library calls: imports and
 *                              function pointers (wasmbox_callbacks.h), and the
 *                              nesting of calls inside them
 *   wasmbox_signature.c        C function types parsed at run time
 *   wasmbox_host.c             the WASI layer's Python side: output callables,
 *                              captured output, CapabilityDenied
 *
 * Everything is hidden (-fvisibility=hidden, and WASMBOX_INTERNAL on each
 * declaration), so only PyInit_<name> leaves the shared object.
 */
#ifndef WASMBOX_H_
#define WASMBOX_H_

#define PY_SSIZE_T_CLEAN
#include <Python.h>
#if defined(Py_LIMITED_API) && Py_LIMITED_API + 0 < 0x030B0000
/* The runtime exports and takes buffers (sb.memory, bytes-like arguments):
 * the buffer protocol joined the stable ABI in 3.11. */
#error "wasmbox: abi3 modules need Py_LIMITED_API >= 0x030B0000 (CPython 3.11)"
#elif defined(Py_LIMITED_API) && Py_LIMITED_API + 0 > PY_VERSION_HEX
#error "wasmbox: Py_LIMITED_API asks for a newer CPython than these headers"
#endif
#include <setjmp.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "wasm-rt.h"
#include "wasm-rt-exceptions.h"
#include "wasmbox_wasi.h"

/* ---- the configuration this runtime is written for ----------------------
 * glue.compile_defines() sets these identically for every C file of a module. */
#if WASM_RT_MEMCHECK_GUARD_PAGES
/* Guard pages: out-of-bounds accesses fault, and wasmbox_faults.c turns the
 * fault into a trap. wasm2c's own handler must stay out: it takes every
 * segfault in the process for a trap and chains to nothing. */
#if !WASM_RT_SKIP_SIGNAL_RECOVERY
#error "wasmbox: guard-page mode needs WASM_RT_SKIP_SIGNAL_RECOVERY=1 (wasmbox_faults.c handles faults)"
#endif
#ifdef _WIN32
#error "wasmbox: guard-page mode needs POSIX signals; build with memory_check='bounds'"
#endif
#elif !WASM_RT_MEMCHECK_BOUNDS_CHECK
#error "wasmbox: define WASM_RT_MEMCHECK_BOUNDS_CHECK=1 or WASM_RT_MEMCHECK_GUARD_PAGES=1"
#endif
#if !WASM_RT_USE_MMAP
/* With mmap, linear memory is reserved once and grows in place, so a
 * memoryview of it stays valid while the sandbox runs and grows. */
#error "wasmbox: linear memory must be mmap-reserved (WASM_RT_USE_MMAP=1)"
#endif
#if !WASM_RT_STACK_DEPTH_COUNT
#error "wasmbox: the call-depth limit needs WASM_RT_STACK_DEPTH_COUNT=1"
#endif
#ifndef WASM_RT_TRAP_HANDLER
#error "wasmbox: define WASM_RT_TRAP_HANDLER=wasmbox_trap_handler"
#endif
#if WABT_BIG_ENDIAN || (defined(__BYTE_ORDER__) && __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__)
#error "wasmbox: big-endian hosts are not supported"
#endif

/* ---- free-threaded CPython (Py_GIL_DISABLED: 3.13t and later) -------------
 * The module declares that it runs without the GIL (wasmbox_module.c), so
 * what the GIL used to guard is guarded here instead:
 *   - the per-sandbox lock is a real lock (wasmbox_boundary.c);
 *   - the state a sandbox shares with threads that do not hold its lock (its
 *     instance and memory as memoryviews see them, the export count, the
 *     callback registry, the imports M.set_imports() swaps) is changed and
 *     read in a critical section on the sandbox (WASMBOX_BEGIN_CRITICAL);
 *   - the default sandbox and the module's default imports have a mutex of
 *     their own (wasmbox_module_lock);
 *   - values read without any lock (sb.poisoned, a memory's size while it
 *     grows) are read and written atomically.
 * With the GIL all of these compile to what they were: plain loads and stores. */
#ifdef Py_GIL_DISABLED
#if !(defined(__GNUC__) || defined(__clang__))
#error "wasmbox: free-threaded builds need gcc or clang (their __atomic builtins)"
#endif
#if PY_VERSION_HEX < 0x030D0000
#error "wasmbox: free-threaded builds need CPython 3.13 or later"
#endif
#define WASMBOX_FREE_THREADED 1
#define WASMBOX_BEGIN_CRITICAL(object) Py_BEGIN_CRITICAL_SECTION(object)
#define WASMBOX_END_CRITICAL() Py_END_CRITICAL_SECTION()
#define WASMBOX_LOAD(lvalue) __atomic_load_n(&(lvalue), __ATOMIC_RELAXED)
#define WASMBOX_STORE(lvalue, value) __atomic_store_n(&(lvalue), (value), __ATOMIC_RELAXED)
#else
#define WASMBOX_FREE_THREADED 0
#define WASMBOX_BEGIN_CRITICAL(object) {
#define WASMBOX_END_CRITICAL() }
#define WASMBOX_LOAD(lvalue) (lvalue)
#define WASMBOX_STORE(lvalue, value) ((lvalue) = (value))
#endif

/* ---- what the generated glue tells the runtime about its module ---------- */

struct wasmbox_sandbox;
struct wasmbox_callbacks_def; /* wasmbox_callbacks.h */

typedef struct wasmbox_module_def {
    const char *name;            /* full dotted name, e.g. "mypkg._zlib" */
    const char *short_name;      /* "_zlib": argv[0] inside the sandbox */
    const char *sandbox_doc;     /* docstring of the Sandbox class */
    size_t instance_size;        /* sizeof(w2c_<name>) */
    uint64_t memory_reserve;     /* bytes of address space one instance reserves */
    /* Thin typed wrappers around the wasm2c API (NULL when absent). The
     * sandbox is what the library's imports get (wasmbox_callbacks.h). */
    void (*instantiate)(void *instance, struct wasmbox_sandbox *sb);
    void (*free_instance)(void *instance);
    wasm_rt_memory_t *(*memory)(void *instance);
    void (*initialize)(void *instance);                 /* the _initialize export */
    uint32_t (*malloc)(void *instance, uint32_t size);  /* the malloc export */
    void (*free)(void *instance, uint32_t ptr);         /* the free export */
    /* C++ modules: the address of __wasmbox_abort_note (guest/wasmbox_cxx.cc). */
    uint32_t (*abort_note)(void *instance);
    /* Exports as Python callables. */
    PyMethodDef *sandbox_methods; /* on Sandbox: exports not named like its API */
    PyMethodDef *exports_methods; /* on sb.exports: every export */
    PyMethodDef *native_methods;  /* native_sources' methods (wasmbox_native.h), or NULL */
    const char *build_info_json;  /* becomes M.__wasmbox__ */
    const char *capabilities;     /* build-time Sandbox() defaults: a Python literal, or NULL */
    const struct wasmbox_callbacks_def *callbacks; /* imports, trampolines, function table */
} wasmbox_module_def;

/* ---- a sandbox: one wasm instance and its linear memory ------------------ */

/* The per-sandbox lock (wasmbox_boundary.c): a flag guarded by the GIL
 * (free-threaded builds: changed atomically), plus what a thread needs to
 * sleep until it is handed the lock. Not PyThread_type_lock: in 3.11 that
 * reads the clock even to try-acquire, ~20 ns per call. */
#ifdef _WIN32
#include <windows.h>
#else
#include <pthread.h>
#endif
typedef struct {
    /* How many times a thread holds it (read and written with the GIL, or
     * atomically): 0 free, 1 held, more while the holder's callbacks call
     * into it again. */
    int busy;
    int waiters;   /* threads asleep waiting for it, or about to (ditto) */
    int handoffs;  /* unlocks that handed it to a sleeper not yet awake (under mutex) */
#ifdef _WIN32
    SRWLOCK mutex;
    CONDITION_VARIABLE cond;
#else
    pthread_mutex_t mutex;
    pthread_cond_t cond;
#endif
} wasmbox_mutex;

typedef enum {
    WASMBOX_LIVE,     /* ready for calls */
    WASMBOX_POISONED, /* a call trapped or exited: never entered again until reset() */
    WASMBOX_CLOSED,   /* close() freed the instance */
} wasmbox_state;

struct wasmbox_callbacks;

typedef struct wasmbox_sandbox {
    PyObject_HEAD
    void *instance;          /* the wasm2c instance, NULL once closed */
    wasm_rt_memory_t *memory; /* inside *instance; NULL if the module has none */
    wasmbox_state state;
    bool timed;              /* its policy has a time_limit or a cpu_limit */
    wasmbox_mutex lock;      /* held for the whole of each call: one at a time */
    Py_ssize_t buffer_exports; /* live memoryviews; close()/reset() refuse while > 0 */
    wasmbox_policy policy;   /* what Sandbox(**policy) granted */
    wasmbox_wasi wasi;       /* the WASI context of the current instance */
    uint32_t abort_note;     /* its C++ abort note's address (0: none), see wasmbox_abort.c */
    PyObject *weakreflist;
    /* The callables bound to the library's imports, by import index (NULL:
     * unbound), and the callbacks made in this sandbox (wasmbox_callbacks.c). */
    PyObject **imports;
    struct wasmbox_callbacks *callbacks;
    /* The thread running the current call (set at each entry, under the lock):
     * a callback finds its thread here, without a thread-local lookup. */
    wasmbox_thread *thread;
    /* A call nested inside a callback trapped: the trap, for the outermost
     * call to raise once the enclosing calls are unwound. */
    int nested_why;
    uint32_t nested_code;
    const char *nested_what;
    PyObject *nested_trap;   /* the trap's exception, if a callback passed it on */
} wasmbox_sandbox;

/* sb->state is changed with sb's lock held; these read and write it so that
 * threads without the lock may read it too (sb.poisoned, sb.closed, the
 * module's check of its default sandbox). */
static inline wasmbox_state wasmbox_state_of(const wasmbox_sandbox *sb)
{
    return WASMBOX_LOAD(sb->state);
}

static inline void wasmbox_set_state(wasmbox_sandbox *sb, wasmbox_state state)
{
    WASMBOX_STORE(sb->state, state);
}

/* The glue's wrappers get the instance through this, typed. */
#define WASMBOX_INSTANCE(sb, type) ((type *)(sb)->instance)

/* The generated code keeps its per-call state in the first fields of the
 * instance, not in wasm2c's thread-locals (pipeline/wasm2c_fixes.py; the glue
 * checks the layout): the count of wasm frames, up to
 * WASM_RT_MAX_CALL_STACK_DEPTH, where an exception that nothing in the
 * sandbox catches goes, and the exception being thrown. One call runs in an
 * instance at a time, so the boundary sets the count and the unwind target on
 * every entry; a call nested inside a callback saves all of it and puts it
 * back when it returns (wasmbox_level). */
#define WASMBOX_EXCEPTION_BYTES 256 /* WASM_EXN_MAX_SIZE of wasm-rt-exceptions.h */
typedef struct {
    uint32_t call_depth;            /* wasmbox_call_depth */
    uint32_t exception_size;        /* wasmbox_exception_size */
    wasm_rt_jmp_buf *unwind_target; /* wasmbox_unwind_target */
    const void *exception_tag;      /* wasmbox_exception_tag */
    unsigned char exception[WASMBOX_EXCEPTION_BYTES]; /* wasmbox_exception */
    uintptr_t stack_limit;          /* wasmbox_stack_limit (WASMBOX_STACK_POINTER_CHECK) */
} wasmbox_instance_head;

/* Stored through memcpy: the instance is the generated struct, whose first
 * fields these are, not a wasmbox_instance_head (no aliasing assumed). */
static inline void wasmbox_set_call_depth(void *instance, uint32_t depth)
{
    memcpy((char *)instance + offsetof(wasmbox_instance_head, call_depth), &depth, sizeof depth);
}

/* The lowest stack address the wasm code of this call may reach (0: unchecked): the
 * thread's stack_limit. Set at every entry, as a sandbox may move between threads. */
static inline void wasmbox_set_stack_limit(void *instance, uintptr_t limit)
{
    memcpy((char *)instance + offsetof(wasmbox_instance_head, stack_limit), &limit, sizeof limit);
}

static inline void wasmbox_set_unwind_target(void *instance, wasm_rt_jmp_buf *target)
{
    memcpy((char *)instance + offsetof(wasmbox_instance_head, unwind_target), &target,
           sizeof target);
}

/* ---- crossing the boundary (wasmbox_boundary.c) --------------------------
 *
 * Each export wrapper does, with `call` a local wasmbox_call:
 *
 *     if (!wasmbox_enter(sb, &call, "name", true))   checks, lock, GIL released
 *         return NULL;
 *     if (WASMBOX_SETJMP(&call) != 0)
 *         return wasmbox_trapped(sb, &call);         a trap jumped back here
 *     wasmbox_armed(&call);                          now in wasm
 *     result = w2c_lib_name(instance, args...);
 *     wasmbox_leave(sb, &call);                      GIL back, lock released
 *
 * The setjmp must sit in the wrapper itself: its frame is the one a trap
 * returns to. The result variable is only assigned after the setjmp returned
 * 0 and read on that path, so nothing a longjmp could clobber is used.
 *
 * The whole path makes no system call and one thread-local lookup. Entering
 * and leaving are inline here, with every unusual case (a closed or busy
 * sandbox, a thread's first call, a small stack) out of line in
 * wasmbox_boundary.c. The jump buffer is set with GCC's/clang's
 * __builtin_setjmp, which saves three words (the function saves the
 * registers it needs itself) - sigsetjmp(buf, 0) costs ~6 ns more, a tenth of
 * a call. A module that can throw wasm exceptions (WASMBOX_MODULE_EXCEPTIONS,
 * set by the glue) uses sigsetjmp instead: wasm2c's uncaught-exception path
 * longjmps to a sigjmp_buf.
 *
 * Calls nest: a callback (Python code the library calls, wasmbox_callbacks.c)
 * may call into its sandbox again, on the same thread. Such a call takes the
 * slow path in: it saves what the enclosing call keeps in the thread's state
 * (jump buffer, sandbox) and the entered instance's per-call state (call
 * depth, unwind target, exception) in its wasmbox_call, and puts them back
 * when it returns or traps, so a trap or an uncaught wasm exception always
 * lands at the innermost boundary and the depth count and native-stack budget
 * cover the whole nest. The plain path pays one store (call->outer = NULL)
 * and one branch for this.
 */
#if defined(__GNUC__) || defined(__clang__)
#define WASMBOX_COMPILER_BARRIER() __asm__ __volatile__("" ::: "memory")
#else
#define WASMBOX_COMPILER_BARRIER() ((void)0)
#endif

#if WASMBOX_FAST_JUMP && !WASMBOX_MODULE_EXCEPTIONS
#define WASMBOX_SETJMP(call)                                                              \
    ((call)->thread->sig_jump = false, __builtin_setjmp((call)->thread->jump))
#elif defined(_WIN32)
#define WASMBOX_SETJMP(call) ((call)->thread->sig_jump = true, setjmp((call)->thread->boundary.buffer))
#else
#define WASMBOX_SETJMP(call)                                                              \
    ((call)->thread->sig_jump = true, sigsetjmp((call)->thread->boundary.buffer, 0))
#endif

/* What a call nested inside a callback saves, and puts back when it returns
 * or traps (wasmbox_boundary.c): what the enclosing call keeps in the
 * thread's state, and the per-call state of the instance it enters - which
 * an enclosing call may be running too (a callback calling its own sandbox),
 * with wasm frames counted in it and a try block's target and a caught
 * exception of its own. */
typedef struct wasmbox_level {
    struct wasmbox_sandbox *sandbox; /* the enclosing call's */
    struct wasmbox_level *outer;
    bool sig_jump;
#if WASMBOX_FAST_JUMP
    void *jump[5];
#endif
    wasm_rt_jmp_buf boundary;        /* copied only if sig_jump */
    uint64_t wall_deadline;          /* the enclosing call's own deadlines */
    uint64_t cpu_deadline;
    void *instance;                  /* the instance the nested call enters */
    void *py_thread;                 /* the enclosing call's t->py_thread (NULL: GIL kept) */
    wasmbox_instance_head head;      /* and its state before the call */
} wasmbox_level;

typedef struct wasmbox_call {
    wasmbox_thread *thread;      /* this thread's state, with the jump buffer */
    const char *what;            /* the export's name, for error messages */
    PyThreadState *saved_thread; /* the GIL released while in wasm, or NULL: kept */
    wasmbox_level *outer;        /* NULL, or &level if this call nests in a callback */
    wasmbox_level level;         /* (not touched on the plain path) */
} wasmbox_call;

/* This thread's state. The asm keeps gcc from repeating the thread-local
 * lookup (a __tls_get_addr call in a shared object) at each use. */
static inline wasmbox_thread *wasmbox_this_thread(void)
{
    wasmbox_thread *t = &wasmbox_thread_local;
#if defined(__GNUC__) || defined(__clang__)
    __asm__("" : "+r"(t));
#endif
    return t;
}

/* ---- the sandbox lock's fast paths (the rest is in wasmbox_boundary.c) ----
 * With the GIL, the GIL makes testing and setting `busy` one step. Without
 * it, taking the lock is a compare-and-swap, and giving it up is a store
 * followed by a look for sleepers: both sequentially consistent, against a
 * sleeper that counts itself in `waiters` and then tries the swap once more
 * (wasmbox_boundary.c), so that either it sees the lock free or the thread
 * giving it up sees it waiting, and no wake-up is lost. */
WASMBOX_INTERNAL void wasmbox_unlock(wasmbox_sandbox *sb);
WASMBOX_INTERNAL void wasmbox_unlock_slow(wasmbox_sandbox *sb);
WASMBOX_INTERNAL void wasmbox_wake_waiter(wasmbox_sandbox *sb);

/* Take sb's lock if nobody holds it (never waits). */
static inline bool wasmbox_try_lock(wasmbox_sandbox *sb)
{
#if WASMBOX_FREE_THREADED
    int expected = 0;
    return __atomic_compare_exchange_n(&sb->lock.busy, &expected, 1, false, __ATOMIC_SEQ_CST,
                                       __ATOMIC_RELAXED);
#else
    if (sb->lock.busy)
        return false;
    sb->lock.busy = 1;
    return true;
#endif
}

/* Give up a lock held once (not nested): free it, or hand it to a sleeper. */
static inline void wasmbox_unlock_once(wasmbox_sandbox *sb)
{
#if WASMBOX_FREE_THREADED
    if (LIKELY(__atomic_load_n(&sb->lock.waiters, __ATOMIC_SEQ_CST) == 0)) {
        __atomic_store_n(&sb->lock.busy, 0, __ATOMIC_SEQ_CST);
        /* A thread that came meanwhile may have found it busy before the
         * store: it sleeps until woken, then tries again. */
        if (UNLIKELY(__atomic_load_n(&sb->lock.waiters, __ATOMIC_SEQ_CST) != 0))
            wasmbox_wake_waiter(sb);
        return;
    }
    wasmbox_unlock_slow(sb); /* hand it to a waiting thread */
#else
    if (LIKELY(sb->lock.waiters == 0))
        sb->lock.busy = 0;
    else
        wasmbox_unlock_slow(sb); /* hand it to a waiting thread */
#endif
}

/* Everything wasmbox_enter() does not do inline; same contract. */
WASMBOX_INTERNAL bool wasmbox_enter_slow(wasmbox_sandbox *sb, wasmbox_call *call,
                                         const char *what, bool release_gil);
/* Set up t for a call into sb (the lock is held): shared by both paths. */
static inline void wasmbox_enter_thread(wasmbox_thread *t, wasmbox_sandbox *sb,
                                        void *instance, wasmbox_call *call,
                                        const char *what)
{
    call->thread = t;
    call->what = what;
    /* An uncaught wasm exception lands at the boundary (a trap may have left
     * the target pointing into a try block of abandoned wasm code). */
    wasmbox_set_unwind_target(instance, &t->boundary);
#if WASMBOX_STACK_POINTER_CHECK
    wasmbox_set_stack_limit(instance, t->stack_limit);
#endif
    t->boundary.initialized = true; /* wasm_rt_throw() checks it */
    t->sandbox = sb;
    sb->thread = t;
    t->why = WASM_RT_TRAP_UNCAUGHT_EXCEPTION; /* what a direct wasm_rt_throw() means */
    /* Host code until the wrapper's setjmp has armed the jump buffer: a
     * (future) deadline signal arriving now must not unwind yet. */
    t->state = WASMBOX_IN_IMPORT;
}

/* Checks, takes sb's lock, sets the thread up, releases the GIL - unless
 * `release_gil` is false: an export of the build option keep_gil, whose calls
 * are too short for releasing and taking back the GIL (~30 ns) to pay. It
 * keeps the GIL (a free-threaded build: its thread state attached) while in
 * wasm; the sandbox's lock is taken either way, and is what serializes calls
 * on a free-threaded build. False with an exception set if the call cannot
 * start. */
static inline bool wasmbox_enter(wasmbox_sandbox *sb, wasmbox_call *call, const char *what,
                                 bool release_gil)
{
    wasmbox_thread *t = wasmbox_this_thread();
#if WASM_RT_STACK_DEPTH_COUNT
    /* The full call-depth budget needs this much native stack below us. */
    bool deep_enough = (uintptr_t)__builtin_frame_address(0) >= t->full_depth_sp;
#else
    bool deep_enough = true;
#endif
    /* The lock is taken last: every other check fails without holding it. */
    if (UNLIKELY(wasmbox_state_of(sb) != WASMBOX_LIVE || !t->initialized
                 || t->state != WASMBOX_OUTSIDE || !deep_enough || sb->timed
                 || t->blocks != NULL || !wasmbox_try_lock(sb)))
        return wasmbox_enter_slow(sb, call, what, release_gil);
#if WASMBOX_FREE_THREADED
    /* Checked without the lock: another thread may have poisoned or closed
     * it just before giving the lock up (the lock orders its store first). */
    if (UNLIKELY(wasmbox_state_of(sb) != WASMBOX_LIVE)) {
        wasmbox_unlock(sb);
        return wasmbox_enter_slow(sb, call, what, release_gil);
    }
#endif
    t->pending = 0; /* what signals left for an earlier call */
#if WASM_RT_STACK_DEPTH_COUNT
    /* A trap or an uncaught exception leaves the count wherever it was. */
    wasmbox_set_call_depth(sb->instance, 0);
#endif
    wasmbox_enter_thread(t, sb, sb->instance, call, what);
    call->outer = NULL;
    t->py_thread = call->saved_thread = release_gil ? PyEval_SaveThread() : NULL;
    return true;
}

/* The jump buffer is set: from here on the thread runs wasm, and a trap or
 * a deadline signal may unwind to the boundary. A deadline that expired (or
 * Ctrl-C that came) while the call was being set up ends it here. */
static inline void wasmbox_armed(wasmbox_call *call)
{
    wasmbox_back_in_wasm(call->thread);
    /* No memory access of the (possibly inlined) wasm code may move above
     * this: in guard-page mode its faults are traps only from here on. */
    WASMBOX_COMPILER_BARRIER();
}

/* wasmbox_leave() of a call that nested inside a callback, or that set a
 * deadline timer. */
WASMBOX_INTERNAL void wasmbox_leave_slow(wasmbox_sandbox *sb, wasmbox_call *call);

/* Back outside (the call returned normally): GIL back, lock released. */
static inline void wasmbox_leave(wasmbox_sandbox *sb, wasmbox_call *call)
{
    wasmbox_thread *t = call->thread; /* no thread-local lookup on the way out */
    WASMBOX_COMPILER_BARRIER();       /* the wasm code's accesses all happened */
    if (UNLIKELY(call->outer != NULL || t->timed)) {
        wasmbox_leave_slow(sb, call);
        return;
    }
    t->state = WASMBOX_OUTSIDE;
    t->sandbox = NULL;
    t->boundary.initialized = false;
    if (call->saved_thread != NULL)
        PyEval_RestoreThread(call->saved_thread);
    wasmbox_unlock_once(sb);
}

/* After a trap: poison sb, raise the exception; returns NULL. */
WASMBOX_INTERNAL PyObject *wasmbox_trapped(wasmbox_sandbox *sb, wasmbox_call *call);
/* A call on sb unwound with `why` (the thread is back where it entered
 * from, GIL held): poison sb and raise the exception for it. */
WASMBOX_INTERNAL void wasmbox_raise_trapped(wasmbox_sandbox *sb, int why, const char *what);

/* Run fn(arg) inside the boundary with the GIL released: the runtime's own
 * calls into an instance (instantiate, _initialize, malloc, free), made with
 * sb's lock held. Returns WASM_RT_TRAP_NONE, the trap that ended it (not
 * raised yet: the caller raises it with wasmbox_raise_trapped()), or -1 with
 * an exception set if the call could not start. */
WASMBOX_INTERNAL int wasmbox_run_locked(wasmbox_sandbox *sb, void (*fn)(void *), void *arg,
                                        const char *what);
/* The same on `instance`, which sb does not hold yet (instantiate, _initialize). */
WASMBOX_INTERNAL int wasmbox_run_locked_on(wasmbox_sandbox *sb, void *instance,
                                           void (*fn)(void *), void *arg, const char *what);
/* The same, for calls made on behalf of Python code (typed bindings, native
 * code, the allocator below): after a trap, sb is poisoned and the trap
 * raised. False with an exception set if the call trapped or could not
 * start. An output callable's exception is left pending (see
 * wasmbox_host_error_pending) for the caller to raise once its work is done. */
WASMBOX_INTERNAL bool wasmbox_run(wasmbox_sandbox *sb, void (*fn)(void *), void *arg,
                                  const char *what);
/* The same, keeping the GIL unless `release_gil` (typed bindings of keep_gil exports). */
WASMBOX_INTERNAL bool wasmbox_run_with(wasmbox_sandbox *sb, void (*fn)(void *), void *arg,
                                       const char *what, bool release_gil);

/* Take/release the sandbox lock, with the GIL held. Waits with the GIL
 * released, so a thread holding the lock can always get the GIL back.
 * If this thread holds it already (Python code run by a call into sb),
 * wasmbox_lock() takes it once more when that code is a callback of the
 * call (which may use its sandbox again: wasmbox_callbacks.c), and is false
 * with RuntimeError set otherwise (an output callable), which would wait for
 * itself forever. wasmbox_lock_exclusive() refuses both: close() and reset()
 * cannot run underneath a call. */
WASMBOX_INTERNAL void wasmbox_lock_init(wasmbox_sandbox *sb);
WASMBOX_INTERNAL void wasmbox_lock_destroy(wasmbox_sandbox *sb);
WASMBOX_INTERNAL bool wasmbox_lock(wasmbox_sandbox *sb);
WASMBOX_INTERNAL bool wasmbox_lock_exclusive(wasmbox_sandbox *sb, const char *action);
WASMBOX_INTERNAL void wasmbox_unlock(wasmbox_sandbox *sb);
/* Whether this thread is inside a call on sb, at any nesting level. */
WASMBOX_INTERNAL bool wasmbox_inside(const wasmbox_sandbox *sb);

/* Initialise the wasm2c runtime once per process (from PyInit); -1 with an
 * exception set on failure. */
WASMBOX_INTERNAL int wasmbox_runtime_init(void);

/* ---- faults of sandboxed code (wasmbox_faults.c) --------------------------
 * A native stack overflow in wasm code (both modes) and, in guard-page mode,
 * an access outside linear memory become traps; every other fault is passed on. */

/* Install the SIGSEGV/SIGBUS handler (once per process, shared by modules),
 * chaining to the handlers installed before it; keep it first when
 * faulthandler is enabled or disabled later. -1 with an exception set on failure. */
WASMBOX_INTERNAL int wasmbox_faults_init(void);
/* Per thread, before its first call: an alternate signal stack, and the
 * handler's way to find `t`. False if that failed (no exception set). */
WASMBOX_INTERNAL bool wasmbox_faults_thread_init(wasmbox_thread *t);
/* After a trap raised by the handler: unblock SIGSEGV and SIGBUS again. */
WASMBOX_INTERNAL void wasmbox_faults_after_signal(wasmbox_thread *t);

/* ---- time limits and Ctrl-C (wasmbox_deadline.c) --------------------------
 * Each level of a call (the outermost one, and each call nested inside a
 * callback) has its own deadlines, on the wall clock and on the thread's CPU
 * clock, which the thread's timers are set to while it is the innermost one.
 * Only the boundary changes them, with the thread "in import". */

/* The longest time limit, in seconds (~31 years): its ns fit a uint64_t. */
#define WASMBOX_MAX_SECONDS 1e9

/* An sb.deadline() block a thread is in: its calls into `sandbox` must end
 * by `deadline` (CLOCK_MONOTONIC ns; 0: no time limit). */
typedef struct wasmbox_block {
    struct wasmbox_block *next; /* the block around it */
    struct wasmbox_sandbox *sandbox;
    uint64_t deadline;
} wasmbox_block;

/* From wasmbox_runtime_init: the process's signal handlers (wasmbox_signals.c),
 * sb.deadline()'s type. -1 with an exception set. */
WASMBOX_INTERNAL int wasmbox_deadline_init(void);
/* Put the signal handlers back in front if something replaced them (SIGINT
 * by signal.signal(), say); each Sandbox() does. */
WASMBOX_INTERNAL void wasmbox_signals_refresh(void);
/* Per thread, in thread_init: the handlers' way to find t. */
WASMBOX_INTERNAL bool wasmbox_deadline_thread_init(wasmbox_thread *t);
/* Whether time limits work in this process (false with RuntimeError set);
 * puts the signal handlers back in front if something replaced them. */
WASMBOX_INTERNAL bool wasmbox_deadline_check(void);
/* The outermost call into sb is set up: set its deadlines and the timers.
 * False with an exception set (no timer could be made). */
WASMBOX_INTERNAL bool wasmbox_deadline_enter(wasmbox_thread *t, wasmbox_sandbox *sb);
/* A call into sb nests in the thread's current one (its level saved): it
 * counts against the deadlines of the level that runs sb if one does
 * (`running`), else against sb's own; making a `fresh` instance has none.
 * False with an exception set. */
WASMBOX_INTERNAL bool wasmbox_deadline_nest(wasmbox_thread *t, wasmbox_sandbox *sb,
                                            bool running, bool fresh);
/* Back to an enclosing level's deadlines (it returned or trapped). */
WASMBOX_INTERNAL void wasmbox_deadline_restore(wasmbox_thread *t, const wasmbox_level *l);
/* The outermost call is over: its timers are stopped. */
WASMBOX_INTERNAL void wasmbox_deadline_disarm(wasmbox_thread *t);
/* sb.deadline(seconds): a context manager. */
WASMBOX_INTERNAL PyObject *wasmbox_sandbox_deadline(PyObject *self, PyObject *seconds);
/* ---- interrupt signals (wasmbox_interrupts.c) ------------------------------ */

/* The signal that interrupted thread t's call (WASMBOX_TRAP_INTERRUPTED). */
static inline int wasmbox_interrupt_signal(const wasmbox_thread *t)
{
    return t->pending >> WASMBOX_PENDING_SIGNAL_SHIFT;
}
/* A call `what` on sb unwound for signal `sig` (WASMBOX_TRAP_INTERRUPTED),
 * GIL held: run Python's signal handlers and raise what they raise, else
 * KeyboardInterrupt (SIGINT) or Interrupted. */
WASMBOX_INTERNAL void wasmbox_raise_interrupted(wasmbox_sandbox *sb, int sig, const char *what);
/* The exception of a call `what` interrupted by `sig` whose handler returned. */
WASMBOX_INTERNAL void wasmbox_raise_unhandled_interrupt(int sig, const char *what);
/* M.interrupt_signals(), added to the module. */
WASMBOX_INTERNAL int wasmbox_interrupts_init(PyObject *module);

/* The wasm2c trap handler (WASM_RT_TRAP_HANDLER): unwinds to the boundary. */
WASMBOX_INTERNAL WASMBOX_NORETURN void wasmbox_trap_handler(wasm_rt_trap_t code);

/* ---- sandboxes (wasmbox_sandbox.c) ---------------------------------------- */

/* Heap types (PyType_FromSpec), made once at import: the same code builds
 * against the full C API and the stable ABI (Py_LIMITED_API, abi3). */
WASMBOX_INTERNAL extern PyTypeObject *wasmbox_sandbox_type;
WASMBOX_INTERNAL extern PyTypeObject *wasmbox_exports_type;
WASMBOX_INTERNAL extern const wasmbox_module_def *wasmbox_def;

WASMBOX_INTERNAL int wasmbox_sandbox_types_init(PyObject *module);
/* A heap type "<module name><suffix>" (e.g. ".Sandbox") that acts like a
 * static type: immutable, and callable only with a Py_tp_new slot. NULL with
 * an exception set. */
WASMBOX_INTERNAL PyTypeObject *wasmbox_new_type(const char *suffix, Py_ssize_t basicsize,
                                                unsigned int flags, PyType_Slot *slots);
/* tp_free an object of such a type and drop the reference it held to it. */
WASMBOX_INTERNAL void wasmbox_free_object(PyObject *self);
/* A new sandbox with the given policy (which it takes over, even if this
 * fails), or NULL with an exception set. */
WASMBOX_INTERNAL wasmbox_sandbox *wasmbox_sandbox_create(wasmbox_policy *policy);
/* Raise the right exception if sb cannot be called now (closed, poisoned). */
WASMBOX_INTERNAL bool wasmbox_check_callable(wasmbox_sandbox *sb);

/* sb.exports: every export as a method, even one named like the API. */
typedef struct wasmbox_exports {
    PyObject_HEAD
    wasmbox_sandbox *sandbox; /* strong reference */
} wasmbox_exports;

/* The sandbox behind an export method's `self`: a Sandbox, or sb.exports /
 * sb.raw (both wasmbox_exports). */
static inline wasmbox_sandbox *wasmbox_self(PyObject *self)
{
    if (Py_TYPE(self) == wasmbox_sandbox_type)
        return (wasmbox_sandbox *)self;
    return ((wasmbox_exports *)self)->sandbox;
}

/* A new exports object of `type` (sb.exports, sb.raw) holding sb; and the
 * tp_dealloc of both types. */
WASMBOX_INTERNAL PyObject *wasmbox_exports_new(PyTypeObject *type, wasmbox_sandbox *sb);
WASMBOX_INTERNAL void wasmbox_exports_dealloc(wasmbox_exports *exports);

/* sb.raw: every export with its wasm signature (wasmbox_bindings.c). */
WASMBOX_INTERNAL PyObject *wasmbox_get_raw(wasmbox_sandbox *sb, void *unused);

/* The module-level functions' sandbox (wasmbox_module.c): created on first
 * use, replaced after a trap. Returns a new reference. */
WASMBOX_INTERNAL wasmbox_sandbox *wasmbox_default_sandbox(void);

/* The default sandbox if it exists (a new reference), for M.set_imports();
 * call with the module lock held. */
WASMBOX_INTERNAL wasmbox_sandbox *wasmbox_default_sandbox_if_any(void);

/* Process-wide hubs (the guard pages', the signals'): the first module that
 * starts one publishes it as sys.<attribute>, a capsule called `name`; the
 * others find it there. wasmbox_find_hub() is NULL with no exception when
 * there is none yet, NULL with one when sys.<attribute> is something else. */
WASMBOX_INTERNAL void *wasmbox_find_hub(const char *attribute, const char *name);
WASMBOX_INTERNAL int wasmbox_publish_hub(const char *attribute, const char *name, void *hub);

/* The module lock: guards the default sandbox and M.set_imports()'s default
 * imports (wasmbox_callbacks.c) in free-threaded builds; nothing with the GIL.
 * Held only briefly, never around a sandbox call or Python code. */
#if WASMBOX_FREE_THREADED
WASMBOX_INTERNAL extern PyMutex wasmbox_module_mutex;
static inline void wasmbox_module_lock(void)
{
    PyMutex_Lock(&wasmbox_module_mutex);
}
static inline void wasmbox_module_unlock(void)
{
    PyMutex_Unlock(&wasmbox_module_mutex);
}
#else
static inline void wasmbox_module_lock(void) {}
static inline void wasmbox_module_unlock(void) {}
#endif

/* Call an export wrapper on the default sandbox; used by module functions. */
typedef PyObject *(*wasmbox_export_fn)(wasmbox_sandbox *, PyObject *const *, Py_ssize_t);
WASMBOX_INTERNAL PyObject *wasmbox_call_default(wasmbox_export_fn fn, PyObject *const *args,
                                                Py_ssize_t nargs);

/* ---- memory access from the host (wasmbox_memory.c) --------------------- */

WASMBOX_INTERNAL extern PyMethodDef wasmbox_memory_methods[];
WASMBOX_INTERNAL extern PyGetSetDef wasmbox_memory_getset[];
/* The host address of [ptr, ptr + len) if it lies inside the current
 * memory (len may be 0), else NULL with IndexError set. */
WASMBOX_INTERNAL uint8_t *wasmbox_memory_at(const wasmbox_sandbox *sb, uint64_t ptr,
                                            uint64_t len);
/* sb.memory's buffer protocol (the Py_bf_* slots of Sandbox). */
WASMBOX_INTERNAL int wasmbox_memory_getbuffer(PyObject *self, Py_buffer *view, int flags);
WASMBOX_INTERNAL void wasmbox_memory_releasebuffer(PyObject *self, Py_buffer *view);

/* The sandbox's own malloc and free, for every part of the runtime that
 * places data inside (sb.alloc, typed bindings' buffers, native_sources).
 * Called with sb's lock held on a live sandbox, through wasmbox_run(): a
 * trap poisons sb and is raised; an output callable's exception is left
 * pending for the caller. Whether the library exports both: */
WASMBOX_INTERNAL bool wasmbox_has_allocator(void);
/* malloc(size). 1: *addr is a block of `size` bytes inside memory. 0: malloc
 * returned NULL (no exception set: the caller says what did not fit). -1,
 * with an exception set: it trapped, or handed back a block that is not
 * inside memory - a lying allocator, after which sb is poisoned (Trap). */
WASMBOX_INTERNAL int wasmbox_sandbox_malloc(wasmbox_sandbox *sb, uint32_t size, uint32_t *addr);
/* free(addr); false with the trap raised (sb poisoned). */
WASMBOX_INTERNAL bool wasmbox_sandbox_free(wasmbox_sandbox *sb, uint32_t addr);

/* ---- policy (wasmbox_policy.c) -------------------------------------------- */

/* Sandbox(**kwargs), over the build-time defaults -> policy; false with
 * TypeError/ValueError set (and nothing left to clear). */
WASMBOX_INTERNAL bool wasmbox_policy_from_kwargs(wasmbox_policy *policy, PyObject *kwargs);
/* Release what a policy holds (GIL held); it denies everything afterwards. */
WASMBOX_INTERNAL void wasmbox_policy_clear(wasmbox_policy *policy);
WASMBOX_INTERNAL int wasmbox_policy_traverse(wasmbox_policy *policy, visitproc visit, void *arg);
/* Read the module's build-time defaults (module_def.capabilities). */
WASMBOX_INTERNAL int wasmbox_policy_module_init(const char *capabilities);

/* ---- the WASI layer's Python side (wasmbox_host.c) ------------------------- */

/* sb.stdout, sb.stderr, sb.stdout_truncated, sb.stderr_truncated */
WASMBOX_INTERNAL PyObject *wasmbox_get_stdout(wasmbox_sandbox *sb, void *unused);
WASMBOX_INTERNAL PyObject *wasmbox_get_stderr(wasmbox_sandbox *sb, void *unused);
WASMBOX_INTERNAL PyObject *wasmbox_get_stdout_truncated(wasmbox_sandbox *sb, void *unused);
WASMBOX_INTERNAL PyObject *wasmbox_get_stderr_truncated(wasmbox_sandbox *sb, void *unused);

/* An output callable raised during the call that just ended; its exception
 * waited in sb->wasi.host_error while the library ran on. */
static inline bool wasmbox_host_error_pending(const wasmbox_sandbox *sb)
{
    return sb->wasi.host_error != NULL;
}
/* Raise that exception now (as the context of the trap already set, if the
 * call trapped too). Returns NULL. */
WASMBOX_INTERNAL PyObject *wasmbox_raise_host_error(wasmbox_sandbox *sb);
WASMBOX_INTERNAL void wasmbox_host_error_clear(wasmbox_sandbox *sb);
/* The exception being raised, taken out (a new reference, or NULL), and put back (stolen). */
WASMBOX_INTERNAL PyObject *wasmbox_take_exception(void);
WASMBOX_INTERNAL void wasmbox_restore_exception(PyObject *exc);
/* Raise CapabilityDenied for the refusal this thread recorded last. */
WASMBOX_INTERNAL void wasmbox_raise_denied(const char *what);

/* ---- exceptions (wasmbox_errors.c) ----------------------------------------- */

WASMBOX_INTERNAL extern PyObject *wasmbox_Trap;
WASMBOX_INTERNAL extern PyObject *wasmbox_SandboxExit;
WASMBOX_INTERNAL extern PyObject *wasmbox_SandboxPoisoned;
WASMBOX_INTERNAL extern PyObject *wasmbox_CapabilityDenied;
WASMBOX_INTERNAL extern PyObject *wasmbox_MissingImport;

WASMBOX_INTERNAL extern PyObject *wasmbox_CxxException;

/* Why a C++ library gave up, as its C++ support (guest/wasmbox_cxx.cc) wrote it
 * down just before trapping: copied out of linear memory (wasmbox_abort.c). */
enum {
    WASMBOX_NOTE_NONE = 0,      /* no note: an ordinary trap */
    WASMBOX_NOTE_EXCEPTION = 1, /* a C++ exception escaped: its type and what() */
    WASMBOX_NOTE_ABORT = 2,     /* the C++ runtime aborted: message says why */
};
typedef struct wasmbox_abort_note {
    uint32_t kind;
    char type[128];     /* NUL-terminated, untrusted text */
    char message[1024]; /* NUL-terminated, untrusted text */
} wasmbox_abort_note;

/* The note of sb's instance after a call ended with `why` (kind NONE if there
 * is none). The instance must still be there: call with sb's lock held. */
WASMBOX_INTERNAL void wasmbox_read_abort_note(const wasmbox_sandbox *sb, int why,
                                              wasmbox_abort_note *note);

WASMBOX_INTERNAL int wasmbox_errors_init(PyObject *module, const char *module_name);
/* Raise the exception for a call that ended with `why` (a wasm_rt_trap_t or
 * WASMBOX_TRAP_EXIT/RAISE/DENIED; `code` is the exit code or signal), told by
 * `note` (or NULL) why the library gave up. */
WASMBOX_INTERNAL void wasmbox_raise_trap(int why, uint32_t code, const char *what,
                                         const wasmbox_abort_note *note);

/* ---- module initialisation (wasmbox_module.c) ------------------------------ */

WASMBOX_INTERNAL PyObject *wasmbox_module_create(const wasmbox_module_def *def,
                                                 PyModuleDef *moduledef);

/* ---- arguments and results of export wrappers ------------------------------ */
#include "wasmbox_convert.h"

#endif /* WASMBOX_H_ */
