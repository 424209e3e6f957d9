/* sjlj_nest.h - setjmp/longjmp across the sandbox's imports: the library's calls
 * into Python, from which Python may call into the sandbox again (a nested call).
 * tests/sjlj/test_sjlj_callbacks.py. */
#ifndef SJLJ_NEST_H
#define SJLJ_NEST_H

/* The import: Python's answer to n. It may call any of the functions below. */
int host_call(int n);

/* setjmp, ask the host about `level` (it may call nest() again, one level down),
 * then longjmp from a few frames down back to this call's own setjmp: what the host
 * answered plus level + 1. */
int nest(int level);

/* setjmp, then ask the host about n with that buffer published for
 * jump_to_outer(): the host's answer, or -value if something longjmp'ed here. */
int call_host_under_setjmp(int n);

/* longjmp(value) to the buffer of the innermost call_host_under_setjmp() running,
 * which may be a callback away. -1 if there is none. */
int jump_to_outer(int value);

/* setjmp, `depth` frames down, longjmp(value): what setjmp returned. */
int catch_at_depth(int depth, int value);

/* setjmp into a static buffer and return (1): its frame is gone afterwards. */
int set_and_return(void);

/* longjmp to the buffer set_and_return() left: nothing can catch it. */
int jump_to_returned_frame(int value);

/* Ask the host about n, then jump_to_returned_frame(value). */
int host_then_jump(int n, int value);

/* Recursion `depth` deep: what is left of the call-depth budget. */
int recurse(int depth);

/* __builtin_trap(): Unreachable. */
int trap_now(void);

#endif
