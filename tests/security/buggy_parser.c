/* buggy_parser.c - a TLV parser with real memory-safety bugs, for the fuzzing tests.
 *
 * Input: records [type: u8][length: u16 little-endian][value: length bytes].
 *   type 1 "data": adds up the value's bytes;
 *   type 2 "skip": skips the value;
 *   type 3 "name": copies the value right-aligned into a 32-byte field;
 *   anything else ends the input.
 * Returns a checksum of what it saw.
 *
 * The bugs (each trusts the input):
 *   A. "data" never checks that the value fits in the input: it reads past the end;
 *   B. the loop reads a 3-byte header while only 1 byte may be left: reads past the end;
 *   C. "name" checks the value against the input but not against the field: a value
 *      longer than 32 bytes is written BEFORE the field (an underflow).
 *
 * Built natively (tests/security/fuzz.py, with -fsanitize=address) the input and the
 * field are each their own exact-size heap block, so AddressSanitizer reports every one
 * of these bugs. Built for the sandbox, the two buffers sit against the edges of linear
 * memory: the input ends at the very end of memory, the field starts at address 0. So
 * every access these bugs make outside the buffers also leaves linear memory and traps
 * (OutOfBounds) -- the sandbox's equivalent of AddressSanitizer's redzones. (An overflow
 * that stays inside linear memory is NOT detected by the sandbox, only contained; see
 * SECURITY.md.)
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define FIELD_SIZE 32

static uint32_t parse_records(const uint8_t *in, uint32_t n, uint8_t *field)
{
    uint32_t checksum = 0, pos = 0;
    while (pos < n) { /* bug B: the header needs pos + 3 <= n */
        uint8_t type = in[pos];
        uint32_t len = (uint32_t)in[pos + 1] | (uint32_t)in[pos + 2] << 8;
        pos += 3;
        switch (type) {
        case 1: /* bug A: no check that pos + len <= n */
            for (uint32_t i = 0; i < len; i++)
                checksum = checksum * 31 + in[pos + i];
            break;
        case 2:
            break;
        case 3: /* bug C: len <= FIELD_SIZE is never checked */
            if (pos + len > n)
                return checksum;
            memcpy(field + FIELD_SIZE - len, in + pos, len);
            checksum ^= field[FIELD_SIZE - 1];
            break;
        default:
            return checksum;
        }
        pos += len;
    }
    return checksum;
}

#ifdef __wasm__
#define EXPORT(name) __attribute__((export_name(name)))

static volatile uintptr_t field_address; /* 0: the bottom of linear memory */
static uint32_t fresh_top;               /* bytes at the top of memory nothing else uses */

/* 128 KiB of fresh pages at the top of memory, for the input. Nothing in this library
 * allocates, so nothing else ever lives there. */
__attribute__((constructor)) static void reserve_top(void)
{
    if (__builtin_wasm_memory_grow(0, 2) != (size_t)-1)
        fresh_top = 2 * 65536;
}

/* Where the host must put an input of n bytes: so that it ends at the end of memory. */
EXPORT("input_buffer") uint32_t input_buffer(uint32_t n)
{
    if (n > fresh_top)
        return 0;
    return (uint32_t)(__builtin_wasm_memory_size(0) * 65536 - n);
}

EXPORT("parse") uint32_t parse(const uint8_t *in, uint32_t n)
{
    return parse_records(in, n, (uint8_t *)field_address);
}
#else
/* Native: an exact-size copy of the input and a heap field, for AddressSanitizer. */
uint32_t buggy_parse(const uint8_t *data, uint32_t n)
{
    uint8_t *in = malloc(n ? n : 1);
    uint8_t *field = malloc(FIELD_SIZE);
    if (in == NULL || field == NULL)
        abort();
    memcpy(in, data, n);
    uint32_t checksum = parse_records(in, n, field);
    free(field);
    free(in);
    return checksum;
}
#endif
