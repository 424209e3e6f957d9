/* liar.c - a library that lies to the host.
 *
 * Glue code on the Python side trusts what the library returns: pointers and
 * lengths it then hands to sb.read(), sb.read_cstring(), sb.write() and
 * sb.free(). Every such value here points outside linear memory, runs off its
 * end, or wraps around 2^32; the host must raise (IndexError, ValueError),
 * never read or write a byte outside the sandbox.
 */
#include <stdlib.h>
#include <string.h>

#include "common.h"

EXPORT("ptr_at_end") uint32_t ptr_at_end(void) { return (uint32_t)memory_bytes(); }
EXPORT("ptr_past_end") uint32_t ptr_past_end(void) { return (uint32_t)memory_bytes() + 4096; }
EXPORT("ptr_far") uint32_t ptr_far(void) { return 0xFFFFFFF0u; }
EXPORT("ptr_near_end") uint32_t ptr_near_end(void) { return (uint32_t)memory_bytes() - 8; }
/* A length that, added to a valid pointer, wraps around 2^32 in 32 bits. */
EXPORT("len_wrapping") uint32_t len_wrapping(void) { return 0xFFFFFFF8u; }
EXPORT("len_huge") uint32_t len_huge(void) { return 0x7FFFFFFFu; }

/* A string with no NUL before the end of memory: the last `n` bytes of
 * memory are 'A'. Returns where it starts. */
EXPORT("unterminated") uint32_t unterminated(uint32_t n)
{
    uint8_t *start = (uint8_t *)(uintptr_t)(uint32_t)(memory_bytes() - n);
    memset(start, 'A', n);
    return ADDR(start);
}

/* A string whose NUL is the very last byte of memory. */
EXPORT("terminated_at_end") uint32_t terminated_at_end(void)
{
    uint8_t *start = (uint8_t *)(uintptr_t)(uint32_t)(memory_bytes() - 4);
    memcpy(start, "end", 4);
    return ADDR(start);
}

/* A result record { ptr, len } in sandbox memory, the way real glue gets
 * an output buffer back (zlib's uncompress writes the length through a
 * pointer). `kind` picks the lie. */
struct record { uint32_t ptr, len; };
static struct record out_record;
static uint8_t real_buffer[64] = "sixty-four honest bytes";
EXPORT("result_record") uint32_t result_record(uint32_t kind)
{
    switch (kind) {
    case 0: out_record = (struct record){ADDR(real_buffer), sizeof real_buffer}; break;
    case 1: out_record = (struct record){ADDR(real_buffer), 0xFFFFFFF0u}; break;  /* wraps */
    case 2: out_record = (struct record){0xFFFFFF00u, 0x100}; break;            /* ends at 2^32 */
    case 3: out_record = (struct record){(uint32_t)memory_bytes() - 16, 32}; break; /* straddles */
    default: out_record = (struct record){(uint32_t)memory_bytes(), 1}; break;
    }
    return ADDR(&out_record);
}

/* Grows memory and returns a pointer into the new pages, with a message
 * there: the host's bounds must follow memory.grow. */
EXPORT("grow_and_point") uint32_t grow_and_point(uint32_t pages)
{
    uint32_t old_end = (uint32_t)memory_bytes();
    if (__builtin_wasm_memory_grow(0, pages) == (size_t)-1)
        return 0;
    memcpy((void *)(uintptr_t)(old_end + 100), "fresh page", 11);
    return old_end + 100;
}

/* Pointer into the middle of a malloc'd block, for sb.free(): a wild free
 * from the host's side. */
EXPORT("interior_pointer") uint32_t interior_pointer(void)
{
    uint8_t *p = malloc(256);
    return p ? ADDR(p + 100) : 0;
}
