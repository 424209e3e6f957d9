/* traps.c - every other way a call can end: integer traps, abort(),
 * __builtin_trap(), exit(), proc_raise, a loop stopped by its time limit. Each
 * is a Python exception (a Trap subclass or SandboxExit), poisons the sandbox,
 * and leaves the process and every other sandbox as they were.
 */
#include <stdlib.h>

#include "common.h"

EXPORT("div_s32") int32_t div_s32(int32_t a, int32_t b) { return a / b; }
EXPORT("rem_s32") int32_t rem_s32(int32_t a, int32_t b) { return a % b; }
EXPORT("div_u32") uint32_t div_u32(uint32_t a, uint32_t b) { return a / b; }
EXPORT("div_s64") int64_t div_s64(int64_t a, int64_t b) { return a / b; }
EXPORT("rem_u64") uint64_t rem_u64(uint64_t a, uint64_t b) { return a % b; }

/* The trapping float->int instructions (a plain C cast may saturate). */
EXPORT("trunc_f32_s32") int32_t trunc_f32_s32(float x) { return __builtin_wasm_trunc_s_i32_f32(x); }
EXPORT("trunc_f64_u32") uint32_t trunc_f64_u32(double x) { return __builtin_wasm_trunc_u_i32_f64(x); }
EXPORT("trunc_f64_s64") int64_t trunc_f64_s64(double x) { return __builtin_wasm_trunc_s_i64_f64(x); }

EXPORT("call_abort") void call_abort(void) { abort(); }
EXPORT("builtin_trap") void builtin_trap(void) { __builtin_trap(); }
EXPORT("call_exit") void call_exit(int32_t code) { exit(code); }
EXPORT("call__Exit") void call__Exit(int32_t code) { _Exit(code); }

/* A trap deep inside a call chain: the boundary unwinds every frame. */
static volatile int32_t zero, seven = 7; /* volatile: no constant folding of 1 / x */
static int32_t deep_then_trap(int32_t n)
{
    if (n == 0)
        return seven / zero;
    return deep_then_trap(n - 1) + 1;
}
EXPORT("trap_deep") int32_t trap_deep(int32_t n) { return deep_then_trap(n); }

/* proc_raise straight from the import, as a library raising a signal. */
__attribute__((import_module("wasi_snapshot_preview1"), import_name("proc_raise")))
uint32_t wasi_proc_raise(uint32_t signal);
EXPORT("raise_signal") uint32_t raise_signal(uint32_t signal) { return wasi_proc_raise(signal); }

/* A call that never returns, writing its memory all the while (Timeout). */
static uint32_t scribble[1024];
EXPORT("loop_forever") void loop_forever(void)
{
    for (uint32_t i = 0;; i++)
        scribble[i % 1024] = i;
}

/* exit() from inside an atexit handler that exit() itself runs. */
static void exit_again(void) { _Exit(99); }
EXPORT("exit_in_atexit") void exit_in_atexit(void)
{
    atexit(exit_again);
    exit(1);
}
