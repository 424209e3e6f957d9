/* setjmp_runtime.c - the wasm side of setjmp/longjmp, for toolchains whose
 * libc lacks it (zig, Debian's wasi-libc). Compiled into the sandbox, and
 * linked only into modules that use setjmp or longjmp.
 *
 * LLVM's lowering (-mllvm -wasm-enable-sjlj) turns each function that calls
 * setjmp into a try/catch over its body and gives each of its setjmp calls a
 * label (1, 2, ...); an invocation of such a function is identified by the
 * address of a slot on its shadow stack. It calls:
 *
 *   __wasm_setjmp(env, label, invocation)     at each setjmp: remember where
 *   __wasm_longjmp(env, value)                longjmp: throw __c_longjmp with
 *                                             a pointer to {env, value}
 *   __wasm_setjmp_test(env, invocation)       in each catch: the label to go
 *                                             back to if env was set by this
 *                                             invocation, else 0 (rethrow)
 *
 * A longjmp to a buffer that no live invocation set (its function returned,
 * or it was never set) is caught by nobody: it reaches the call boundary as
 * an uncaught exception, and the call ends with M.UncaughtException.
 */
#include <stdint.h>

struct longjmp_payload {
    void *env;
    int value;
};

/* What a jmp_buf holds (jmp_buf is larger; see include/setjmp.h). */
struct jump_target {
    void *invocation; /* NULL: never set */
    uint32_t label;
    struct longjmp_payload payload; /* what the throw carries, kept in env */
};

_Static_assert(sizeof(struct jump_target) <= 8 * sizeof(unsigned long),
               "jmp_buf's first words must hold a jump_target");

void __wasm_setjmp(void *env, uint32_t label, void *invocation);
uint32_t __wasm_setjmp_test(void *env, void *invocation);
_Noreturn void __wasm_longjmp(void *env, int value);

void __wasm_setjmp(void *env, uint32_t label, void *invocation)
{
    struct jump_target *target = env;
    target->invocation = invocation;
    target->label = label;
}

uint32_t __wasm_setjmp_test(void *env, void *invocation)
{
    const struct jump_target *target = env;
    return target->invocation == invocation ? target->label : 0;
}

void __wasm_longjmp(void *env, int value)
{
    struct jump_target *target = env;
    target->payload.env = env;
    target->payload.value = value != 0 ? value : 1; /* setjmp never returns 0 twice */
    __builtin_wasm_throw(1, &target->payload);      /* 1: the C longjmp tag */
}

/* The tag itself. LLVM 21 and older define it in each object that uses it;
 * LLVM 22 (the clang of zig 0.17) leaves that to the library. */
#if __clang_major__ >= 22
__asm__(".globl __c_longjmp\n"
        ".tagtype __c_longjmp i32\n"
        "__c_longjmp:\n");
#endif
