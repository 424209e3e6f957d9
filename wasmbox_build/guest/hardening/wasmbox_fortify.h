/* wasmbox_fortify.h - _FORTIFY_SOURCE for wasi-libc, which has none.
 *
 * Force-included (-include) into every file of a library built with
 * hardening=['fortify']. Each string and memory function below gets an
 * inline wrapper that passes the size of the destination object, as the
 * compiler knows it (__builtin_dynamic_object_size: arrays, struct members,
 * malloc'd blocks of a size it can see), to clang's checking builtin.
 * Where the copy provably fits, or the size is unknown, the plain function is
 * called at no cost; otherwise __memcpy_chk & co. (wasmbox_hardening.c) check
 * the length at run time and trap on an overflow.
 *
 * The wrappers are GNU extern inline functions, as glibc's own fortify
 * headers are: they are only ever inlined, never emitted, and the library's
 * later #include <string.h> redeclares the same functions compatibly. Only
 * <stddef.h> is included here, so feature macros (_GNU_SOURCE, ...) that a
 * source file defines before its own includes still take effect.
 *
 * Not covered: the printf family (an inline wrapper cannot forward `...`
 * in clang), and code that defines these functions itself.
 */
#ifndef WASMBOX_FORTIFY_H_
#define WASMBOX_FORTIFY_H_

#if defined(__clang__) && !defined(__cplusplus)
#include <stddef.h>

#define WASMBOX_FORTIFY \
    extern __inline __attribute__((__always_inline__, __gnu_inline__, __artificial__))
/* Whole object (type 0) for memory functions, as glibc does: copying across
 * the members of one struct is common and valid; the closest enclosing
 * object (type 1) for string functions. */
#define WASMBOX_OBJECT(p) __builtin_dynamic_object_size((p), 0)
#define WASMBOX_MEMBER(p) __builtin_dynamic_object_size((p), 1)

WASMBOX_FORTIFY void *memcpy(void *__restrict dest, const void *__restrict src, size_t n)
{
    return __builtin___memcpy_chk(dest, src, n, WASMBOX_OBJECT(dest));
}

WASMBOX_FORTIFY void *memmove(void *dest, const void *src, size_t n)
{
    return __builtin___memmove_chk(dest, src, n, WASMBOX_OBJECT(dest));
}

WASMBOX_FORTIFY void *memset(void *dest, int c, size_t n)
{
    return __builtin___memset_chk(dest, c, n, WASMBOX_OBJECT(dest));
}

WASMBOX_FORTIFY char *strcpy(char *__restrict dest, const char *__restrict src)
{
    return __builtin___strcpy_chk(dest, src, WASMBOX_MEMBER(dest));
}

WASMBOX_FORTIFY char *stpcpy(char *__restrict dest, const char *__restrict src)
{
    return __builtin___stpcpy_chk(dest, src, WASMBOX_MEMBER(dest));
}

WASMBOX_FORTIFY char *strncpy(char *__restrict dest, const char *__restrict src, size_t n)
{
    return __builtin___strncpy_chk(dest, src, n, WASMBOX_MEMBER(dest));
}

WASMBOX_FORTIFY char *stpncpy(char *__restrict dest, const char *__restrict src, size_t n)
{
    return __builtin___stpncpy_chk(dest, src, n, WASMBOX_MEMBER(dest));
}

WASMBOX_FORTIFY char *strcat(char *__restrict dest, const char *__restrict src)
{
    return __builtin___strcat_chk(dest, src, WASMBOX_MEMBER(dest));
}

WASMBOX_FORTIFY char *strncat(char *__restrict dest, const char *__restrict src, size_t n)
{
    return __builtin___strncat_chk(dest, src, n, WASMBOX_MEMBER(dest));
}

#undef WASMBOX_FORTIFY
#undef WASMBOX_OBJECT
#undef WASMBOX_MEMBER
#endif
#endif /* WASMBOX_FORTIFY_H_ */
