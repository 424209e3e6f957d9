/* hardening.c - memory-safety bugs that stay INSIDE linear memory.
 *
 * The sandbox confines these (nothing outside linear memory can change) but,
 * built plainly, does not detect them: each returns normally with the
 * library's own state corrupted, which the export then reports. Built with
 * hardening=[...], each one is caught where it happens and traps as
 * CorruptionDetected. The overflows are written as plain loops where a
 * mechanism other than fortify should catch them (fortify sees only the
 * checked copies: memcpy, strcpy, ...).
 */
#include <stdlib.h>
#include <string.h>

#include "common.h"

static void fill(volatile uint8_t *p, uint32_t n, uint8_t value)
{
    for (uint32_t i = 0; i < n; i++)
        p[i] = value;
}

/* A 16-byte stack buffer written `n` bytes long: past 16 it runs over the
 * frame's other contents (the guard, with hardening=['stack']). Returns a
 * byte of the buffer so the compiler keeps it. */
__attribute__((noinline)) static int32_t stack_victim(uint32_t n)
{
    uint8_t buf[16];
    fill(buf, n, 0x41);
    corpus_sink = ADDR(buf);
    return buf[n % 16];
}

EXPORT("stack_overflow") int32_t stack_overflow(uint32_t n)
{
    return stack_victim(n);
}

/* Two fields of one struct: an index past the end of `table` lands in
 * `neighbour`. Returns the neighbour afterwards (0x5AFE if untouched). */
static struct {
    int32_t table[4];
    int32_t neighbour;
} indexed = {{1, 2, 3, 4}, 0x5AFE};

EXPORT("index_write") int32_t index_write(int32_t index, int32_t value)
{
    indexed.table[index] = value;
    return indexed.neighbour;
}

/* The same through a pointer: no array type is left for the subscript check.
 * clang's local-bounds check knows only the whole object the pointer came
 * from: p[4] (the neighbour) is inside it and goes unnoticed; p[5] is past it
 * and traps - as `unreachable`, the one trap clang offers it (Unreachable). */
EXPORT("pointer_write") int32_t pointer_write(int32_t index, int32_t value)
{
    int32_t *p = indexed.table;
    p[index] = value;
    return indexed.neighbour;
}

/* memcpy of `n` bytes into a 16-byte member: past 16 it overwrites `after`.
 * Returns `after` (0x5AFE if untouched). */
static struct {
    char name[16];
    int32_t after;
} record = {"", 0x5AFE};

EXPORT("copy_overflow") int32_t copy_overflow(uint32_t n)
{
    static const char source[64] = "a string longer than its destination...";
    memcpy(record.name, source, n);
    return record.after;
}

/* strcpy of a string of `n` 'x's into the same 16-byte member. */
EXPORT("string_overflow") int32_t string_overflow(uint32_t n)
{
    static char source[64];
    if (n >= sizeof source)
        n = sizeof source - 1;
    memset(source, 'x', n);
    source[n] = '\0';
    strcpy(record.name, source);
    return record.after;
}

/* A 16-byte heap block written `16 + extra` bytes long, then freed. */
EXPORT("heap_overflow") int32_t heap_overflow(uint32_t extra)
{
    uint8_t *block = malloc(16);
    if (block == NULL)
        return -1;
    fill(block, 16 + extra, 0x42);
    free(block);
    return 0;
}

/* One block freed twice, then the heap used again. */
EXPORT("double_free") int32_t double_free(void)
{
    void *volatile block = malloc(32);
    free(block);
    free(block);
    void *again = malloc(32);
    corpus_sink = ADDR(again);
    return 0;
}

/* free() of a pointer into the middle of a block. */
EXPORT("invalid_free") int32_t invalid_free(void)
{
    uint8_t *volatile block = malloc(64);
    corpus_sink = ADDR(block);
    free(block + 16);
    return 0;
}

/* A write to a block after free(), then enough heap traffic to reuse it. */
EXPORT("use_after_free") int32_t use_after_free(void)
{
    uint8_t *volatile block = malloc(48);
    free(block);
    block[8] = 0x43;
    for (int i = 0; i < 200; i++) {
        void *volatile other = malloc(48);
        corpus_sink = ADDR(other);
        free(other);
    }
    return 0;
}

/* The same heap traffic with no bug: must work under every hardening. */
EXPORT("heap_churn") int32_t heap_churn(uint32_t rounds)
{
    uint32_t total = 0;
    for (uint32_t i = 0; i < rounds; i++) {
        uint8_t *p = malloc(1 + i % 300);
        uint8_t *q = calloc(3, 1 + i % 50);
        p = realloc(p, 1 + (i * 7) % 500);
        void *aligned = aligned_alloc(64, 128);
        if (p == NULL || q == NULL || aligned == NULL || ADDR(aligned) % 64 != 0)
            return -1;
        p[0] = (uint8_t)i;
        total += p[0] + q[0];
        free(aligned);
        free(q);
        free(p);
    }
    char *copy = strdup("strdup uses the same allocator");
    total += (uint8_t)copy[0];
    free(copy);
    return (int32_t)total;
}

/* The stack protector's guard, or 0 in a build without one (a weak reference
 * pulls nothing in). Different in every sandbox: the host's random value. */
extern uintptr_t __stack_chk_guard __attribute__((weak));
EXPORT("stack_guard") uint32_t stack_guard(void)
{
    return &__stack_chk_guard != NULL ? (uint32_t)__stack_chk_guard : 0;
}
