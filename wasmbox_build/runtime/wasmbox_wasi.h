/* wasmbox_wasi.h - the WASI context a sandbox hands to its wasm2c instance.
 *
 * wasm2c turns each import `wasi_snapshot_preview1.NAME` into a call of
 * `w2c_wasi__snapshot__preview1_NAME(struct w2c_wasi__snapshot__preview1 *, ...)`
 * and leaves both the struct and the functions to the embedder. This header
 * defines the struct: one per sandbox, holding the instance's memory and the
 * capability policy that every WASI function consults. wasmbox_wasi.c
 * implements all 46 functions of wasi_snapshot_preview1.
 *
 * No Python here: the WASI layer is plain C that only touches sandbox memory.
 */
#ifndef WASMBOX_WASI_H_
#define WASMBOX_WASI_H_

#include <stdbool.h>
#include <stdint.h>

#include "wasm-rt.h"

#if defined(__GNUC__) || defined(__clang__)
#define WASMBOX_INTERNAL __attribute__((visibility("hidden")))
#define WASMBOX_NORETURN __attribute__((noreturn))
#else
#define WASMBOX_INTERNAL
#define WASMBOX_NORETURN
#endif

/* What the sandbox's writes to stdout or stderr turn into. */
typedef enum {
    WASMBOX_OUTPUT_DISCARD = 0, /* accepted and dropped (the default) */
} wasmbox_output;

/* The capabilities one sandbox was granted. Zero-initialised = deny all:
 * no arguments beyond the program name, no environment, no clocks, no
 * randomness, no files, no sockets, stdin at end-of-file and output
 * discarded. A later policy (environment, clocks, preopened directories, a
 * memory limit, ...) adds a field here and consults it in the matching
 * WASI function; nothing else needs to change. */
typedef struct wasmbox_policy {
    wasmbox_output stdout_mode;
    wasmbox_output stderr_mode;
} wasmbox_policy;

/* The context wasm2c passes to every WASI import of one instance. */
struct w2c_wasi__snapshot__preview1 {
    /* The instance's linear memory (NULL if it has none). Read `data` and
     * `size` afresh on every use: memory.grow changes `size`. */
    wasm_rt_memory_t *memory;
    wasmbox_policy policy;
    const char *program_name; /* argv[0] as the sandbox sees it */
    bool stdio_closed[3];     /* the sandbox closed fd 0, 1 or 2 */
    uint32_t exit_code;       /* set by proc_exit before unwinding */
};

typedef struct w2c_wasi__snapshot__preview1 wasmbox_wasi;

/* Reset a context for a fresh instance. */
WASMBOX_INTERNAL void wasmbox_wasi_init(wasmbox_wasi *wasi, const wasmbox_policy *policy,
                                        const char *program_name, wasm_rt_memory_t *memory);

/* Why a call left the sandbox early, beyond the wasm_rt_trap_t codes. */
enum {
    WASMBOX_TRAP_EXIT = 0x100,  /* proc_exit: the library called exit() */
    WASMBOX_TRAP_RAISE = 0x101, /* proc_raise: the library raised a signal */
};

/* Abandon the current sandbox call: jump back to its boundary (see
 * wasmbox_boundary.c), which raises the exception for `why`. */
WASMBOX_INTERNAL WASMBOX_NORETURN void wasmbox_unwind(int why);

#endif /* WASMBOX_WASI_H_ */
