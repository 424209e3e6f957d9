/* setjmp/longjmp inside the sandbox: each export is one way C code uses them. */
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* ---- the basic round trip ---------------------------------------------------------- */

/* `depth` real frames down (the volatile read after the call keeps the compiler
 * from turning the recursion into a loop), then longjmp(env, value). */
__attribute__((noinline)) static int descend(jmp_buf env, int depth, int value)
{
    volatile int frame = depth;
    if (depth <= 0)
        longjmp(env, value);
    int below = descend(env, depth - 1, value);
    return below + frame;
}

/* setjmp, then `depth` frames down, then longjmp(value): what setjmp returned. */
int catch_at_depth(int depth, int value)
{
    jmp_buf env;
    int got = setjmp(env);
    if (got != 0)
        return got;
    return -descend(env, depth, value);
}

/* n round trips, each unwinding `depth` frames; the sum of what setjmp returned. */
int64_t catch_many(int n, int depth)
{
    int64_t total = 0;
    for (int i = 0; i < n; i++)
        total += catch_at_depth(depth, 1 + i % 7);
    return total;
}

/* Recursion `depth` deep: the call-depth budget after catches. */
int recurse(int depth)
{
    volatile int here = depth;
    return depth <= 0 ? 0 : recurse(depth - 1) + (here > 0);
}

/* ---- the other spellings ----------------------------------------------------------- */

static void bsd_jump(jmp_buf env, int value)
{
    _longjmp(env, value);
}

int bsd_variant(int value)
{
    jmp_buf env;
    int got = _setjmp(env);
    if (got != 0)
        return got;
    bsd_jump(env, value);
    return -1;
}

static void posix_jump(sigjmp_buf env, int value)
{
    siglongjmp(env, value);
}

int posix_variant(int value, int savemask)
{
    sigjmp_buf env;
    int got = sigsetjmp(env, savemask);
    if (got != 0)
        return got;
    posix_jump(env, value);
    return -1;
}

/* longjmp(env, 0) makes setjmp return 1. */
int longjmp_zero(void)
{
    jmp_buf env;
    int got = setjmp(env);
    if (got != 0)
        return got;
    descend(env, 3, 0);
    return -1;
}

/* ---- locals, nesting ----------------------------------------------------------------- */

/* A volatile local changed between setjmp and longjmp keeps its new value. */
int keeps_volatile_locals(int start)
{
    jmp_buf env;
    volatile int counter = start;
    if (setjmp(env) != 0)
        return counter;
    counter += 10;
    descend(env, 2, 1);
    return -1;
}

static jmp_buf outer_env;

/* A function with its own setjmp that the outer longjmp passes through. */
static int middle(int depth)
{
    jmp_buf inner;
    if (setjmp(inner) != 0)
        return -100; /* must not be reached: the jump is for outer_env */
    return descend(outer_env, depth, 42);
}

/* A longjmp that passes a frame with its own setjmp to reach the outer one. */
int through_inner_setjmp(int depth)
{
    int got = setjmp(outer_env);
    if (got != 0)
        return got;
    return middle(depth);
}

/* Catch inner errors many times, then one outer: nested handlers, Lua-style. */
int nested_handlers(int n)
{
    jmp_buf outer;
    volatile int caught = 0;
    if (setjmp(outer) != 0)
        return caught;
    for (int i = 0; i < n; i++) {
        jmp_buf inner;
        if (setjmp(inner) == 0)
            descend(inner, i % 5, 1);
        else
            caught++;
    }
    descend(outer, 4, 1);
    return -1;
}

/* ---- misuse: a longjmp that nothing catches ---------------------------------------- */

static jmp_buf stale_env;

static volatile int jump_now; /* never set: the compiler cannot know */

/* A call that might longjmp keeps its caller's setjmp (LLVM drops a setjmp when the
 * function makes no call that could longjmp back to it). */
__attribute__((noinline)) static void might_jump(jmp_buf env)
{
    if (jump_now)
        longjmp(env, 1);
}

/* setjmp into a global buffer, and return: the buffer's frame is gone. */
int set_and_return(void)
{
    if (setjmp(stale_env) != 0)
        return 2;
    might_jump(stale_env);
    return 1;
}

/* longjmp to the buffer set_and_return() left: nothing can catch it. */
int jump_to_returned_frame(int depth)
{
    return descend(stale_env, depth, 3);
}

/* longjmp to `target` from inside a function with a setjmp of its own. */
__attribute__((noinline)) static int jump_past_handler(jmp_buf target, int depth)
{
    jmp_buf mine;
    if (setjmp(mine) != 0)
        return -1;
    return descend(target, depth, 9);
}

/* The same stale jump, past a handler whose own setjmp does not match. A setjmp is
 * told apart by the shadow-stack address of its function's invocation, so the handler
 * must not sit where set_and_return() sat: that would be a match, as undefined
 * behaviour would have it natively (a jump to that live setjmp, inside the sandbox). */
int jump_past_own_handler(int depth)
{
    volatile char below[64]; /* the handler's frame lies below this */
    below[0] = 0;
    return jump_past_handler(stale_env, depth) + below[0];
}

/* longjmp to a buffer no setjmp ever set, past a handler that must examine it. */
int jump_to_unset_buffer(void)
{
    static jmp_buf never_set;
    return jump_past_handler(never_set, 2);
}

/* ---- traps inside a handler ----------------------------------------------------------- */

__attribute__((noinline)) static int peek(uint32_t address)
{
    return *(volatile int *)(uintptr_t)address;
}

/* A read at `address` while a setjmp handler is active (the call sits in the handler's
 * try block): outside linear memory it is a trap that ends the call at its boundary
 * (guard pages: from the fault's signal handler), never a jump into the handler. */
int fault_inside_handler(uint32_t address)
{
    jmp_buf env;
    if (setjmp(env) != 0)
        return -1;
    return peek(address);
}
