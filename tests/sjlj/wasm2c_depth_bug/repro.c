/* repro.c - wasm2c leaks call depth on every caught exception (a longjmp).
 *
 * Build (wasi-sdk >= 27):
 *   clang --target=wasm32-wasip1 -O2 -mllvm -wasm-enable-sjlj -mexec-model=reactor \
 *         -Wl,--export=catch_once repro.c -lsetjmp -o repro.wasm
 *   wasm2c -n repro repro.wasm -o out/repro.c
 * and build out/repro.c with main.c and wasm2c's runtime (bounds checks, where
 * WASM_RT_STACK_DEPTH_COUNT=1 is the default).
 *
 * Each catch_once(10) unwinds 12 frames with a wasm throw (11 of thrower, one of
 * __wasm_longjmp); wasm2c's catch does not give back their wasm_rt_call_stack_depth,
 * so with the default WASM_RT_MAX_CALL_STACK_DEPTH of 500 the 42nd call traps with
 * WASM_RT_TRAP_EXHAUSTION, although no call is ever deeper than 13 frames.
 */
#include <setjmp.h>

static jmp_buf env;

__attribute__((noinline)) static int thrower(int depth)
{
    volatile int frame = depth; /* read after the call: a real frame each */
    if (depth == 0)
        longjmp(env, 1);
    return thrower(depth - 1) + frame;
}

int catch_once(int depth)
{
    if (setjmp(env) != 0)
        return 1; /* caught */
    return thrower(depth);
}
