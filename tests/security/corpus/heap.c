/* heap.c - exhausting the heap and linear memory.
 *
 * Built with max_memory = 16 MiB. Running out of memory inside the sandbox
 * is the library's own business: malloc returns NULL, memory.grow returns
 * -1, and the host's memory is never touched. A corrupted heap may make the
 * library trap (abort in the allocator): Unreachable, the process lives.
 */
#include <stdlib.h>
#include <string.h>

#include "common.h"

/* malloc(chunk) until it fails; returns how many succeeded. Every chunk is
 * written end to end, so the memory really is used. */
EXPORT("malloc_until_null") int32_t malloc_until_null(uint32_t chunk)
{
    int32_t count = 0;
    for (;;) {
        uint8_t *p = malloc(chunk);
        if (p == NULL)
            return count;
        memset(p, 0xC3, chunk);
        corpus_sink = ADDR(p) + p[chunk - 1]; /* used: the compiler must keep the malloc */
        count++;
    }
}

/* memory.grow one page at a time until it fails; returns the page count
 * reached (memory.size) -- it must be the module's maximum. */
EXPORT("grow_until_fail") int32_t grow_until_fail(void)
{
    while (__builtin_wasm_memory_grow(0, 1) != (size_t)-1)
        ;
    return (int32_t)__builtin_wasm_memory_size(0);
}

/* memory.grow by an attacker-chosen number of pages; -1 on failure. */
EXPORT("grow_by") int32_t grow_by(uint32_t pages)
{
    return (int32_t)__builtin_wasm_memory_grow(0, pages);
}

/* Sizes that overflow inside the allocator. */
EXPORT("calloc_overflow") uint32_t calloc_overflow(void)
{
    void *p = calloc(0x10000, 0x10001); /* n * size wraps in 32 bits */
    corpus_sink = ADDR(p);
    return ADDR(p);
}

EXPORT("malloc_huge") uint32_t malloc_huge(uint32_t size)
{
    void *p = malloc(size);
    corpus_sink = ADDR(p);
    return ADDR(p);
}

EXPORT("realloc_huge") uint32_t realloc_huge(uint32_t size)
{
    void *p = malloc(16);
    void *q = realloc(p, size);
    corpus_sink = ADDR(q);
    if (q == NULL)
        free(p);
    return ADDR(q);
}

/* Heap corruption inside the sandbox: double free, free of a wild pointer,
 * an overwritten chunk header. Whatever the allocator does about it stays
 * inside linear memory. */
EXPORT("double_free") void double_free(void)
{
    void *volatile p = malloc(64);
    free(p);
    free(p);
    corpus_sink = ADDR(malloc(64));
}

EXPORT("free_wild") void free_wild(uint32_t address)
{
    free((void *)(uintptr_t)address);
    corpus_sink = ADDR(malloc(64));
}

EXPORT("smash_header") uint32_t smash_header(void)
{
    uint8_t *p = malloc(64);
    uint8_t *q = malloc(64);
    memset(p - 16, 0xFF, 64 + 32); /* over both chunk headers */
    free(q);
    free(p);
    return ADDR(malloc(128));
}
