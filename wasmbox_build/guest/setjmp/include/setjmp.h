/* setjmp.h - setjmp/longjmp for C compiled into the sandbox (wasm32-wasi).
 *
 * wasmbox-build puts this folder first on the wasm compiler's system include
 * path. setjmp/longjmp are lowered by LLVM onto wasm exception handling
 * (-mllvm -wasm-enable-sjlj): every call of `setjmp` becomes a catch of the
 * __c_longjmp tag, every `longjmp` a throw of it, and the few functions that
 * do the bookkeeping (__wasm_setjmp, __wasm_setjmp_test, __wasm_longjmp) come
 * from the toolchain's libsetjmp or from wasmbox-build's setjmp_runtime.c.
 *
 * A libc that has a setjmp.h (zig's, wasi-sdk's) keeps it; one without
 * (Debian's wasi-libc) gets the declarations below. Either way, LLVM lowers
 * only calls named `setjmp` and `longjmp`, so the other spellings a library
 * may use are mapped onto those two here.
 */
#ifndef WASMBOX_SETJMP_H
#define WASMBOX_SETJMP_H

#if __has_include_next(<setjmp.h>)
#include_next <setjmp.h>
#else

#ifdef __cplusplus
extern "C" {
#endif

/* The layout of wasi-libc's (musl's) jmp_buf, so that structs holding one
 * have the same size with every toolchain. The runtime uses its first words. */
typedef struct __jmp_buf_tag {
    unsigned long __jb[8];
    unsigned long __fl;
    unsigned long __ss[128 / sizeof(long)];
} jmp_buf[1];
typedef jmp_buf sigjmp_buf;

int setjmp(jmp_buf env) __attribute__((__returns_twice__));
_Noreturn void longjmp(jmp_buf env, int value);

#ifdef __cplusplus
}
#endif

#endif /* no setjmp.h in the libc */

/* Signal masks do not exist inside the sandbox, so the POSIX and BSD
 * variants are plain setjmp/longjmp. */
#undef _setjmp
#undef _longjmp
#undef sigsetjmp
#undef siglongjmp
#define _setjmp(env) setjmp(env)
#define _longjmp(env, value) longjmp(env, value)
#define sigsetjmp(env, savemask) setjmp(env)
#define siglongjmp(env, value) longjmp(env, value)

#endif /* WASMBOX_SETJMP_H */
