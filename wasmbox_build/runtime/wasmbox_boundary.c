/* wasmbox_boundary.c - entering and leaving sandboxed code.
 *
 * A trap anywhere in wasm2c code calls wasm_rt_trap(), which calls
 * WASM_RT_TRAP_HANDLER = wasmbox_trap_handler(), which longjmps back to the
 * export wrapper that entered the sandbox. wasm2c's own wasm_rt_impl_try()
 * is not used: it saves the signal mask, one system call per call (181 ns
 * instead of 74 ns per call measured from Python). Here the jump buffer is
 * set without the mask, and the whole call path makes no system call.
 *
 * Around every call the boundary also
 *   - saves and restores wasm_rt_call_stack_depth: a trap or an uncaught
 *     wasm exception leaves it wherever the wasm code was;
 *   - points the wasm exception unwind target at the boundary, so an
 *     uncaught exception lands here instead of in a dead frame;
 *   - gives the call only as much call depth as this thread's native stack
 *     can hold (see depth_budget), so a deep recursion in a small-stack
 *     thread traps with StackExhausted instead of crashing the process;
 *   - holds the sandbox's lock, and releases the GIL while in wasm.
 */
#include "wasmbox.h"

#include "wasm-rt-impl.h" /* wasm_rt_saved_call_stack_depth */

#include <stdio.h>

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
 * imports, libc and the runtime itself. */
#ifndef WASMBOX_STACK_RESERVE
#define WASMBOX_STACK_RESERVE (64 * 1024)
#endif

WASM_RT_THREAD_LOCAL wasmbox_thread wasmbox_thread_local;

/* ---- per-thread set-up ----------------------------------------------------- */

/* The lowest address this thread's stack may grow to, or 0 if unknown. */
static uintptr_t find_stack_limit(void)
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
    return low == 0 ? 0 : low + WASMBOX_STACK_RESERVE;
}

static void thread_init(wasmbox_thread *t, bool runtime_thread_ready)
{
    if (!runtime_thread_ready)
        wasm_rt_init_thread();
    t->stack_limit = find_stack_limit();
    /* Touch the other thread-locals a call uses, so that their storage (which
     * glibc allocates lazily for a dlopen()ed module) exists from now on. */
    wasm_rt_call_stack_depth = 0;
    wasm_rt_saved_call_stack_depth = 0;
    wasm_rt_set_unwind_target(NULL);
    t->state = WASMBOX_OUTSIDE;
    t->initialized = true;
    /* Bounds-check mode keeps nothing per thread in the wasm2c runtime, so
     * there is nothing to free when the thread ends. */
}

void wasmbox_runtime_init(void)
{
    wasm_rt_init(); /* includes wasm_rt_init_thread() for this thread */
    if (!wasmbox_thread_local.initialized)
        thread_init(&wasmbox_thread_local, true);
}

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

/* ---- the boundary ------------------------------------------------------------ */

bool wasmbox_boundary_enter(wasmbox_call *call, const char *what)
{
    wasmbox_thread *t = &wasmbox_thread_local;
    if (UNLIKELY(!t->initialized))
        thread_init(t, false);
    if (UNLIKELY(t->state != WASMBOX_OUTSIDE)) {
        PyErr_Format(PyExc_RuntimeError,
                     "cannot call %s() in a sandbox: this thread is already inside a "
                     "sandbox call", what);
        return false;
    }
    uint32_t budget = depth_budget(t);
    if (UNLIKELY(budget == 0)) {
        PyErr_Format(PyExc_RecursionError,
                     "not enough native stack left in this thread to call %s() in the "
                     "sandbox; call it from a thread with a larger stack "
                     "(threading.stack_size())", what);
        return false;
    }
    call->what = what;
    /* The generated code counts depth up to WASM_RT_MAX_CALL_STACK_DEPTH;
     * starting higher grants fewer frames. */
    call->saved_depth = wasm_rt_call_stack_depth;
    wasm_rt_call_stack_depth = WASM_RT_MAX_CALL_STACK_DEPTH - budget;
    wasm_rt_saved_call_stack_depth = wasm_rt_call_stack_depth;
    call->saved_unwind = wasm_rt_get_unwind_target();
    wasm_rt_set_unwind_target(&call->boundary);
    call->boundary.initialized = true;
    t->boundary = &call->boundary;
    t->why = WASM_RT_TRAP_UNCAUGHT_EXCEPTION; /* what a direct wasm_rt_throw() means */
    t->state = WASMBOX_IN_WASM;
    return true;
}

int wasmbox_boundary_leave(wasmbox_call *call)
{
    wasmbox_thread *t = &wasmbox_thread_local;
    int why = t->why;
    t->state = WASMBOX_OUTSIDE;
    t->boundary = NULL;
    t->sandbox = NULL;
    call->boundary.initialized = false;
    wasm_rt_set_unwind_target(call->saved_unwind);
    wasm_rt_call_stack_depth = call->saved_depth;
    wasm_rt_saved_call_stack_depth = call->saved_depth;
    return why;
}

void wasmbox_trap_handler(wasm_rt_trap_t code)
{
    wasmbox_unwind((int)code);
}

void wasmbox_unwind(int why)
{
    wasmbox_thread *t = &wasmbox_thread_local;
    wasm_rt_jmp_buf *boundary = t->boundary;
    if (t->state == WASMBOX_OUTSIDE || boundary == NULL || !boundary->initialized) {
        /* Sandboxed code only runs inside a call, so this cannot happen; if
         * it does, there is no frame to return to. */
        fprintf(stderr, "wasmbox: trap %d outside a sandbox call\n", why);
        abort();
    }
    t->why = why;
    boundary->initialized = false;
#ifdef _WIN32
    longjmp(boundary->buffer, 1);
#else
    siglongjmp(boundary->buffer, 1);
#endif
}

/* ---- the Python side of a call ---------------------------------------------- */

int wasmbox_run_locked(wasmbox_sandbox *sb, void (*fn)(void *), void *arg, const char *what)
{
    wasmbox_call call;
    if (!wasmbox_boundary_enter(&call, what))
        return -1;
    wasmbox_thread_local.sandbox = sb;
    call.saved_thread = PyEval_SaveThread();
    if (WASMBOX_SETJMP(call.boundary.buffer) != 0) {
        int why = wasmbox_boundary_leave(&call);
        PyEval_RestoreThread(call.saved_thread);
        return why;
    }
    fn(arg);
    wasmbox_boundary_leave(&call);
    PyEval_RestoreThread(call.saved_thread);
    return WASM_RT_TRAP_NONE;
}

void wasmbox_lock(wasmbox_sandbox *sb)
{
    if (PyThread_acquire_lock(sb->lock, NOWAIT_LOCK))
        return;
    Py_BEGIN_ALLOW_THREADS
    PyThread_acquire_lock(sb->lock, WAIT_LOCK);
    Py_END_ALLOW_THREADS
}

void wasmbox_unlock(wasmbox_sandbox *sb)
{
    PyThread_release_lock(sb->lock);
}

bool wasmbox_enter(wasmbox_sandbox *sb, wasmbox_call *call, const char *what)
{
    if (UNLIKELY(sb->state != WASMBOX_LIVE))
        return wasmbox_check_callable(sb);
    wasmbox_lock(sb);
    if (UNLIKELY(sb->state != WASMBOX_LIVE)) {
        /* Another thread closed or poisoned it while we waited. */
        wasmbox_unlock(sb);
        return wasmbox_check_callable(sb);
    }
    if (UNLIKELY(!wasmbox_boundary_enter(call, what))) {
        wasmbox_unlock(sb);
        return false;
    }
    wasmbox_thread_local.sandbox = sb;
    call->saved_thread = PyEval_SaveThread();
    return true;
}

void wasmbox_leave(wasmbox_sandbox *sb, wasmbox_call *call)
{
    wasmbox_boundary_leave(call);
    PyEval_RestoreThread(call->saved_thread);
    wasmbox_unlock(sb);
}

PyObject *wasmbox_trapped(wasmbox_sandbox *sb, wasmbox_call *call)
{
    int why = wasmbox_boundary_leave(call);
    PyEval_RestoreThread(call->saved_thread);
    /* After a trap the instance is never entered again. Changed with the GIL
     * and the lock held, so every thread sees it before its next call. */
    sb->state = WASMBOX_POISONED;
    uint32_t code = sb->wasi.exit_code;
    wasmbox_unlock(sb);
    wasmbox_raise_trap(why, code, call->what);
    return NULL;
}
