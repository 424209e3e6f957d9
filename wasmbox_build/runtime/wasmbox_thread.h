/* wasmbox_thread.h - what each thread knows about the sandbox call it is in.
 *
 * One instance per thread (thread-local), set up on the thread's first call
 * and touched then, so that nothing is allocated later from inside a call
 * (or from a signal handler ending a call at a deadline).
 * No Python here: the WASI layer uses this too.
 */
#ifndef WASMBOX_THREAD_H_
#define WASMBOX_THREAD_H_

#include <stdbool.h>
#include <stdint.h>

#include "wasm-rt.h"

#if defined(__GNUC__) || defined(__clang__)
#define WASMBOX_INTERNAL __attribute__((visibility("hidden")))
#define WASMBOX_NORETURN __attribute__((noreturn))
#define WASMBOX_NOINLINE __attribute__((noinline, cold))
#else
#define WASMBOX_INTERNAL
#define WASMBOX_NORETURN
#define WASMBOX_NOINLINE
#endif

/* The boundary's jump buffer is set with __builtin_setjmp where there is one
 * (see wasmbox.h), else with sigsetjmp. */
#if (defined(__GNUC__) || defined(__clang__)) && !defined(_WIN32)
#define WASMBOX_FAST_JUMP 1
#else
#define WASMBOX_FAST_JUMP 0
#endif

/* Time limits and Ctrl-C (wasmbox_deadline.c, wasmbox_signals.c) need per-thread
 * POSIX timers that signal one thread (SIGEV_THREAD_ID): Linux only. */
#if defined(__linux__)
#define WASMBOX_DEADLINES 1
#include <time.h>
#else
#define WASMBOX_DEADLINES 0
#endif

/* Where the thread is. At every nesting level (a callback calling into a
 * sandbox again) exactly one of these holds for the innermost call, so a
 * signal handler can tell wasm code, which it may unwind, from host code,
 * which it must not:
 *
 *   OUTSIDE --enter--> IN_IMPORT (set-up) --armed--> IN_WASM
 *   IN_WASM --import/callback--> IN_IMPORT --back into wasm--> IN_WASM
 *   IN_IMPORT (a callback) --nested enter--> IN_IMPORT --armed--> IN_WASM ...
 *   each leave or trap restores the state of the level it returns to. */
typedef enum {
    WASMBOX_OUTSIDE = 0, /* not in a sandbox call */
    WASMBOX_IN_WASM,   /* running sandboxed code */
    WASMBOX_IN_IMPORT, /* running host code on the sandbox's behalf (or setting up a call) */
} wasmbox_thread_state;

struct wasmbox_sandbox;
struct wasmbox_level;
struct wasmbox_block;

/* Why the call must end at its next return into wasm: set by a signal
 * handler (wasmbox_deadline.c) that found the thread in host code, which it
 * must not unwind. */
enum {
    WASMBOX_PENDING_INTERRUPT = 1, /* Ctrl-C: every level of the call ends */
    WASMBOX_PENDING_TIMEOUT = 2,   /* the innermost level ran past its deadline */
    WASMBOX_PENDING_CPU = 4,       /* it used up its CPU budget */
    /* With INTERRUPT, and set with it: the signal that interrupted, << this. */
    WASMBOX_PENDING_SIGNAL_SHIFT = 8,
};

typedef struct wasmbox_thread {
    bool initialized;                /* wasm_rt_init_thread() done, stack known */
    /* Read by the fault handler (wasmbox_faults.c) on this same thread:
     * volatile, so that each store happens where the code says, even across
     * inlined wasm. */
    volatile wasmbox_thread_state state;
    /* Read on every call (wasmbox_deadline.c): a reason the call must end that
     * a signal handler left (WASMBOX_PENDING_*; set by handlers - that of
     * an interrupt signal from any thread - so only changed atomically); whether a level of
     * the current call set a timer (leaving takes the slow path then); the
     * sb.deadline() blocks this thread is in, innermost first. */
    volatile int pending;
    bool timed;
    struct wasmbox_block *blocks;
    struct wasmbox_sandbox *sandbox; /* the sandbox being called, if any */
    int why;                         /* why the call unwound (see below) */
    uint32_t code;                   /* and its detail: the import index of MISSING_IMPORT */
    uintptr_t stack_limit;           /* lowest native stack address a call may reach */
    uintptr_t stack_low;             /* lowest address of the stack itself (0: unknown) */
    /* The last trap was a fault, whose handler (wasmbox_faults.c) left
     * SIGSEGV/SIGBUS blocked; and the alternate signal stack this runtime
     * gave the thread (NULL if it had one already). */
    bool signal_trap;
    void *alt_stack;
#if WASM_RT_STACK_DEPTH_COUNT
    /* Entered with the stack pointer at or above this, a call gets the whole
     * depth limit (0: work it out each time). */
    uintptr_t full_depth_sp;
#endif
    /* The jump buffer the current call set: `jump` (__builtin_setjmp) or, if
     * sig_jump, `boundary.buffer` (sigsetjmp). */
    bool sig_jump;
#if WASMBOX_FAST_JUMP
    void *jump[5];
#endif
    /* Where traps and uncaught wasm exceptions jump to: set by the export
     * wrapper that entered the sandbox, for the innermost call. A nested call
     * (from a callback) saves the enclosing call's buffer in its
     * wasmbox_level and puts it back when it returns, so one per thread is
     * enough. Each entry points the instance's exception unwind target here
     * (wasmbox_set_unwind_target). */
    wasm_rt_jmp_buf boundary;
    /* Nesting (wasmbox_callbacks.c): the Python code of a callback or an
     * import is running for the innermost call, so that call's sandbox may be
     * entered again; the saved state of the enclosing call when the
     * innermost one nests (NULL for a thread's outermost call); and the
     * Python thread state the innermost call released the GIL from, for a
     * callback to take it back (NULL: that call kept the GIL, keep_gil). */
    bool in_callback;
    struct wasmbox_level *outer;
    void *py_thread;
    /* The innermost level's own deadlines, read by the deadline signal's
     * handler: CLOCK_MONOTONIC and this thread's CPU clock, in ns, 0 for none
     * (a nested call saves the enclosing level's in its wasmbox_level); and
     * the thread's timers ([0] wall clock, [1] CPU clock), made on first use,
     * and whether each is set (so that stopping an unset one costs nothing). */
    volatile uint64_t wall_deadline;
    volatile uint64_t cpu_deadline;
    /* The sandbox whose interrupted call this thread is running Python's signal
     * handlers for, its lock still held (wasmbox_raise_interrupted): to them it
     * is a sandbox their code is inside, not one to wait for. */
    struct wasmbox_sandbox *handling;
#if WASMBOX_DEADLINES
    bool has_timer[2];
    volatile bool timer_set[2];
    timer_t timer[2];
#endif
} wasmbox_thread;

WASMBOX_INTERNAL extern WASM_RT_THREAD_LOCAL wasmbox_thread wasmbox_thread_local;

/* Why a call left the sandbox early: a wasm_rt_trap_t, or one of these. */
enum {
    WASMBOX_TRAP_EXIT = 0x100,  /* proc_exit: the library called exit() */
    WASMBOX_TRAP_RAISE = 0x101, /* proc_raise: the library raised a signal */
    WASMBOX_TRAP_DENIED = 0x102, /* on_denied="trap": the policy refused a WASI call */
    WASMBOX_TRAP_NO_MEMORY = 0x103, /* instantiation could not map the linear memory */
    WASMBOX_TRAP_MISSING_IMPORT = 0x104, /* an import no callable was bound to */
    WASMBOX_TRAP_NESTED = 0x105, /* a call nested inside a callback trapped */
    WASMBOX_TRAP_CORRUPTION = 0x106, /* hardening=: the library's checks found corruption */
    WASMBOX_TRAP_TIMEOUT = 0x107, /* time_limit= or sb.deadline(): the call ran out of time */
    WASMBOX_TRAP_CPU_TIMEOUT = 0x108, /* cpu_limit=: it used up its CPU time */
    WASMBOX_TRAP_INTERRUPTED = 0x109, /* SIGINT (Ctrl-C), or another interrupt signal,
                                       * while the main thread was inside */
};

/* Abandon the current sandbox call and jump back to its boundary, which
 * turns `why` into an exception and poisons the sandbox. */
WASMBOX_INTERNAL WASMBOX_NORETURN void wasmbox_unwind(int why);
/* The same for thread t, without a thread-local lookup (async-signal-safe). */
WASMBOX_INTERNAL WASMBOX_NORETURN void wasmbox_unwind_thread(wasmbox_thread *t, int why);

/* Every WASI import starts with this. The import itself (libc, system
 * calls, Python) needs native stack below the wasm frames; if the sandboxed
 * code has used the stack up to the last reserve (stack_limit), the call ends
 * here with StackExhausted, before the import holds anything - a stack
 * overflow inside libc or Python could not be unwound. */
static inline void wasmbox_import_stack_check(void)
{
    if (__builtin_expect((uintptr_t)__builtin_frame_address(0)
                         < wasmbox_thread_local.stack_limit, 0))
        wasmbox_unwind(WASM_RT_TRAP_EXHAUSTION);
}

/* A signal found the thread in host code and left a reason pending: end the
 * call now, as control goes back into wasm (wasmbox_deadline.c). Returns if
 * the reason no longer holds. */
WASMBOX_INTERNAL void wasmbox_pending_unwind(wasmbox_thread *t);

/* Every way back from host code into wasm (an import, a callback, the
 * boundary arming a call) ends with this check: one load when nothing is
 * pending. */
static inline void wasmbox_back_in_wasm(wasmbox_thread *t)
{
    t->state = WASMBOX_IN_WASM;
    if (__builtin_expect(t->pending != 0, 0))
        wasmbox_pending_unwind(t);
}

/* A WASI import is host code from its first statement to its return: it may
 * take libc's locks (malloc, stdio) or call Python, so a deadline signal
 * arriving meanwhile must not unwind it, only leave a pending reason, acted
 * on when the import returns. WASMBOX_IMPORT_SCOPE, right after the stack
 * check, marks the thread "in import" until the function returns, whichever
 * return that is (a cleanup variable: gcc and clang, the only compilers a
 * module builds with). A trap inside (reply(), proc_exit) unwinds past it. */
typedef struct {
    wasmbox_thread *thread;
    wasmbox_thread_state was;
} wasmbox_import_scope;

static inline wasmbox_import_scope wasmbox_import_begin(void)
{
    wasmbox_thread *t = &wasmbox_thread_local;
    wasmbox_import_scope scope = {t, t->state};
    t->state = WASMBOX_IN_IMPORT;
    __asm__ __volatile__("" ::: "memory"); /* no host work moves above this */
    return scope;
}

static inline void wasmbox_import_end(const wasmbox_import_scope *scope)
{
    __asm__ __volatile__("" ::: "memory");
    if (scope->was == WASMBOX_IN_WASM)
        wasmbox_back_in_wasm(scope->thread);
    else
        scope->thread->state = scope->was; /* called by the runtime itself */
}

#define WASMBOX_IMPORT_SCOPE                                                            \
    __attribute__((cleanup(wasmbox_import_end))) const wasmbox_import_scope              \
        wasmbox_import_scope_ = wasmbox_import_begin()

/* Whether an import that waits (a sleep, a blocked write) should stop
 * waiting: a signal left the call a reason to end. */
static inline bool wasmbox_import_interrupted(void)
{
    return wasmbox_thread_local.pending != 0;
}

#endif /* WASMBOX_THREAD_H_ */
