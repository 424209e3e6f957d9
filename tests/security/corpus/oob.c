/* oob.c - out-of-bounds loads and stores: every access of linear memory
 * outside [0, memory size) must trap with OutOfBounds before a byte of the
 * host is read or written. The host-side checks of the test (a canary in the
 * Python heap, a file, a second live sandbox) show nothing else moved.
 */
#include <string.h>

#include "common.h"

/* A 4-byte load that starts 2 bytes before the end: straddles the end. */
EXPORT("read_straddling_end") int32_t read_straddling_end(void)
{
    return *AT(memory_bytes() - 2, int32_t);
}

/* A 1-byte load of the first byte past the end. */
EXPORT("read_just_past_end") int32_t read_just_past_end(void)
{
    return *AT(memory_bytes(), uint8_t);
}

/* A store of the first byte past the end. */
EXPORT("write_just_past_end") void write_just_past_end(void)
{
    *AT(memory_bytes(), uint8_t) = 0x41;
}

/* An 8-byte store straddling the end. */
EXPORT("write_straddling_end") void write_straddling_end(void)
{
    *AT(memory_bytes() - 4, uint64_t) = 0x4141414141414141ull;
}

/* Loads and stores far away: the top of the 32-bit space. */
EXPORT("read_far") int32_t read_far(uint32_t address) { return *AT(address, int32_t); }
EXPORT("write_far") void write_far(uint32_t address, int32_t value)
{
    *AT(address, int32_t) = value;
}

/* Pointer wraparound through a load's constant offset: the wasm address is
 * base + offset computed in 33+ bits, so 0xFFFFFFF0 + 32 is 2^32 + 16, past
 * the end -- NOT address 16, which a 32-bit sum would wrap to. A runtime that
 * wrapped would read (here: overwrite) the bottom of memory instead. */
struct wide { uint8_t pad[32]; uint32_t field; };
EXPORT("wrap_read") uint32_t wrap_read(uint32_t base) { return ((volatile struct wide *)(uintptr_t)base)->field; }
EXPORT("wrap_write") void wrap_write(uint32_t base, uint32_t value)
{
    ((volatile struct wide *)(uintptr_t)base)->field = value;
}

/* Pointer arithmetic wraps modulo 2^32 inside the sandbox: table[-1] is the
 * sandbox's own memory just below `table` (no trap, nothing outside), and an
 * index that wraps to the top of the 4 GiB space is past the end: a trap. */
static int32_t table[4];
EXPORT("table_address") uint32_t table_address(void) { return ADDR(table); }
EXPORT("indexed_read") int32_t indexed_read(int32_t index)
{
    return ((volatile int32_t *)table)[index];
}

/* memcpy/memset with huge lengths: the bulk operations must trap as a whole
 * (or the byte loop at the end of memory), never copy beyond the end. */
EXPORT("memcpy_huge") void memcpy_huge(uint32_t length)
{
    static uint8_t source[64], dest[64];
    memcpy((void *)dest, (const void *)source, length);
    corpus_sink = dest[0];
}

EXPORT("memset_huge") void memset_huge(uint32_t length)
{
    static uint8_t dest[64];
    memset((void *)dest, 0x41, length);
    corpus_sink = dest[0];
}

/* memcpy whose source runs off the end of memory into a valid buffer. */
EXPORT("memcpy_from_end") void memcpy_from_end(uint32_t length)
{
    static uint8_t dest[1 << 16];
    uint32_t from = (uint32_t)memory_bytes() - length / 2;
    memcpy(dest, (const void *)(uintptr_t)from, length);
    corpus_sink = dest[0];
}

/* memmove of a range that starts in memory and ends past it (overlapping
 * source and destination). */
EXPORT("memmove_overlap_end") void memmove_overlap_end(uint32_t length)
{
    uint8_t *p = (uint8_t *)(uintptr_t)(uint32_t)(memory_bytes() - length / 2);
    memmove(p + 1, p, length);
}

/* Grow memory, then access one byte past the NEW end: the bound moves with
 * memory.grow, never lags behind (or ahead). Returns the old end if the
 * first access (last byte of the new memory) worked. */
EXPORT("grow_then_past_end") uint32_t grow_then_past_end(uint32_t pages)
{
    uint32_t old_end = (uint32_t)memory_bytes();
    if (__builtin_wasm_memory_grow(0, pages) == (size_t)-1)
        return 0;
    uint64_t end = memory_bytes();
    *AT(end - 1, uint8_t) = 1; /* fine: inside the grown memory */
    *AT(end, uint8_t) = 1;     /* traps */
    return old_end;
}

/* A heap overflow that stays INSIDE linear memory: overruns a malloc'd
 * buffer by `extra` bytes. The sandbox cannot detect this (it confines, it
 * does not check the library's own bounds), but nothing outside linear
 * memory may change. Returns the buffer's address. */
#include <stdlib.h>
EXPORT("heap_overflow_inside") uint32_t heap_overflow_inside(uint32_t extra)
{
    uint8_t *buf = malloc(16);
    if (buf == NULL)
        return 0;
    memset(buf, 0x5A, 16 + extra);
    return ADDR(buf);
}
