/* sjlj_nest.c - see sjlj_nest.h. */
#include <setjmp.h>
#include <stddef.h>

#include "sjlj_nest.h"

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

int nest(int level)
{
    jmp_buf env;
    volatile int answer = 0;
    int got = setjmp(env);
    if (got != 0)
        return answer + got;
    answer = host_call(level);
    /* After the host's nested calls: the jump must still land here. */
    return -descend(env, 3, level + 1);
}

static jmp_buf *innermost; /* of the call_host_under_setjmp() calls running */

int call_host_under_setjmp(int n)
{
    jmp_buf env;
    jmp_buf *volatile enclosing = innermost;
    int got = setjmp(env);
    if (got != 0) {
        innermost = enclosing;
        return -got;
    }
    innermost = &env;
    int answer = host_call(n);
    innermost = enclosing;
    return answer;
}

int jump_to_outer(int value)
{
    if (innermost == NULL)
        return -1;
    return descend(*innermost, 2, value);
}

int catch_at_depth(int depth, int value)
{
    jmp_buf env;
    int got = setjmp(env);
    if (got != 0)
        return got;
    return -descend(env, depth, value);
}

static jmp_buf stale;
static volatile int jump_now; /* never set: keeps set_and_return's setjmp */

int set_and_return(void)
{
    if (setjmp(stale) != 0)
        return 2;
    if (jump_now)
        descend(stale, 0, 1);
    return 1;
}

int jump_to_returned_frame(int value)
{
    return descend(stale, 4, value);
}

int host_then_jump(int n, int value)
{
    host_call(n);
    return jump_to_returned_frame(value);
}

int recurse(int depth)
{
    volatile int here = depth;
    return depth <= 0 ? 0 : recurse(depth - 1) + (here > 0);
}

int trap_now(void)
{
    __builtin_trap();
}
