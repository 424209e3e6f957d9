/* common.h - what every module of the escape corpus shares.
 *
 * Each corpus module is a small C library built into a sandboxed extension
 * module. Besides its attacks it exports:
 *   ok(x)            -> 2x + 1: a call that works, to show a fresh or reset
 *                       instance is usable (and a poisoned one is not);
 *   state_set/get    a global, to show that one sandbox's state is its own;
 *   data_canary()    the address of a 256-byte pattern in .data, which no
 *                       attack may change without the host noticing (a
 *                       shadow-stack overflow must trap, not overwrite it).
 */
#ifndef CORPUS_COMMON_H_
#define CORPUS_COMMON_H_

#include <stddef.h>
#include <stdint.h>

#define EXPORT(name) __attribute__((export_name(name)))

/* Addresses as the host sees them: wasm32 pointers are 32-bit offsets. */
#define ADDR(p) ((uint32_t)(uintptr_t)(p))
#define AT(addr, type) ((volatile type *)(uintptr_t)(uint32_t)(addr))

static int32_t corpus_state;

EXPORT("ok") int32_t ok(int32_t x) { return 2 * x + 1; }
EXPORT("state_set") void state_set(int32_t v) { corpus_state = v; }
EXPORT("state_get") int32_t state_get(void) { return corpus_state; }

#define CANARY_BYTE(i) ((uint8_t)(0xA5 ^ (i) * 7))
#define CANARY16(i) CANARY_BYTE(i), CANARY_BYTE(i + 1), CANARY_BYTE(i + 2), CANARY_BYTE(i + 3), \
    CANARY_BYTE(i + 4), CANARY_BYTE(i + 5), CANARY_BYTE(i + 6), CANARY_BYTE(i + 7),              \
    CANARY_BYTE(i + 8), CANARY_BYTE(i + 9), CANARY_BYTE(i + 10), CANARY_BYTE(i + 11),            \
    CANARY_BYTE(i + 12), CANARY_BYTE(i + 13), CANARY_BYTE(i + 14), CANARY_BYTE(i + 15)
/* Initialised data: it lives in .data, right above the shadow stack. */
volatile uint8_t corpus_data_canary[256] = {
    CANARY16(0), CANARY16(16), CANARY16(32), CANARY16(48), CANARY16(64), CANARY16(80),
    CANARY16(96), CANARY16(112), CANARY16(128), CANARY16(144), CANARY16(160), CANARY16(176),
    CANARY16(192), CANARY16(208), CANARY16(224), CANARY16(240),
};

EXPORT("data_canary") uint32_t data_canary(void) { return ADDR(corpus_data_canary); }

/* The current size of linear memory in bytes (wasm32: at most 4 GiB). */
static inline uint64_t memory_bytes(void)
{
    return (uint64_t)__builtin_wasm_memory_size(0) * 65536;
}

EXPORT("memory_end") uint32_t memory_end(void) { return (uint32_t)memory_bytes(); }

/* Keep the optimiser from deleting an access whose result is unused. */
static volatile uint64_t corpus_sink;

#endif
