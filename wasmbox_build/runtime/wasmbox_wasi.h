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
#include "wasmbox_thread.h"

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

/* Every function of wasi_snapshot_preview1, with the C signature wasm2c
 * gives its import (i32 -> uint32_t, i64 -> uint64_t, errno result). The glue
 * includes this after the wasm2c header, so a mismatch is a compile error. */
#define WASMBOX_WASI_FN(name) WASMBOX_INTERNAL uint32_t w2c_wasi__snapshot__preview1_##name
#define WASMBOX_WASI_VOID(name) WASMBOX_INTERNAL void w2c_wasi__snapshot__preview1_##name

WASMBOX_WASI_FN(args_get)(wasmbox_wasi *, uint32_t, uint32_t);
WASMBOX_WASI_FN(args_sizes_get)(wasmbox_wasi *, uint32_t, uint32_t);
WASMBOX_WASI_FN(clock_res_get)(wasmbox_wasi *, uint32_t, uint32_t);
WASMBOX_WASI_FN(clock_time_get)(wasmbox_wasi *, uint32_t, uint64_t, uint32_t);
WASMBOX_WASI_FN(environ_get)(wasmbox_wasi *, uint32_t, uint32_t);
WASMBOX_WASI_FN(environ_sizes_get)(wasmbox_wasi *, uint32_t, uint32_t);
WASMBOX_WASI_FN(fd_advise)(wasmbox_wasi *, uint32_t, uint64_t, uint64_t, uint32_t);
WASMBOX_WASI_FN(fd_allocate)(wasmbox_wasi *, uint32_t, uint64_t, uint64_t);
WASMBOX_WASI_FN(fd_close)(wasmbox_wasi *, uint32_t);
WASMBOX_WASI_FN(fd_datasync)(wasmbox_wasi *, uint32_t);
WASMBOX_WASI_FN(fd_fdstat_get)(wasmbox_wasi *, uint32_t, uint32_t);
WASMBOX_WASI_FN(fd_fdstat_set_flags)(wasmbox_wasi *, uint32_t, uint32_t);
WASMBOX_WASI_FN(fd_fdstat_set_rights)(wasmbox_wasi *, uint32_t, uint64_t, uint64_t);
WASMBOX_WASI_FN(fd_filestat_get)(wasmbox_wasi *, uint32_t, uint32_t);
WASMBOX_WASI_FN(fd_filestat_set_size)(wasmbox_wasi *, uint32_t, uint64_t);
WASMBOX_WASI_FN(fd_filestat_set_times)(wasmbox_wasi *, uint32_t, uint64_t, uint64_t, uint32_t);
WASMBOX_WASI_FN(fd_pread)(wasmbox_wasi *, uint32_t, uint32_t, uint32_t, uint64_t, uint32_t);
WASMBOX_WASI_FN(fd_prestat_dir_name)(wasmbox_wasi *, uint32_t, uint32_t, uint32_t);
WASMBOX_WASI_FN(fd_prestat_get)(wasmbox_wasi *, uint32_t, uint32_t);
WASMBOX_WASI_FN(fd_pwrite)(wasmbox_wasi *, uint32_t, uint32_t, uint32_t, uint64_t, uint32_t);
WASMBOX_WASI_FN(fd_read)(wasmbox_wasi *, uint32_t, uint32_t, uint32_t, uint32_t);
WASMBOX_WASI_FN(fd_readdir)(wasmbox_wasi *, uint32_t, uint32_t, uint32_t, uint64_t, uint32_t);
WASMBOX_WASI_FN(fd_renumber)(wasmbox_wasi *, uint32_t, uint32_t);
WASMBOX_WASI_FN(fd_seek)(wasmbox_wasi *, uint32_t, uint64_t, uint32_t, uint32_t);
WASMBOX_WASI_FN(fd_sync)(wasmbox_wasi *, uint32_t);
WASMBOX_WASI_FN(fd_tell)(wasmbox_wasi *, uint32_t, uint32_t);
WASMBOX_WASI_FN(fd_write)(wasmbox_wasi *, uint32_t, uint32_t, uint32_t, uint32_t);
WASMBOX_WASI_FN(path_create_directory)(wasmbox_wasi *, uint32_t, uint32_t, uint32_t);
WASMBOX_WASI_FN(path_filestat_get)(wasmbox_wasi *, uint32_t, uint32_t, uint32_t, uint32_t,
    uint32_t);
WASMBOX_WASI_FN(path_filestat_set_times)(wasmbox_wasi *, uint32_t, uint32_t, uint32_t, uint32_t,
    uint64_t, uint64_t, uint32_t);
WASMBOX_WASI_FN(path_link)(wasmbox_wasi *, uint32_t, uint32_t, uint32_t, uint32_t, uint32_t,
    uint32_t, uint32_t);
WASMBOX_WASI_FN(path_open)(wasmbox_wasi *, uint32_t, uint32_t, uint32_t, uint32_t, uint32_t,
    uint64_t, uint64_t, uint32_t, uint32_t);
WASMBOX_WASI_FN(path_readlink)(wasmbox_wasi *, uint32_t, uint32_t, uint32_t, uint32_t, uint32_t,
    uint32_t);
WASMBOX_WASI_FN(path_remove_directory)(wasmbox_wasi *, uint32_t, uint32_t, uint32_t);
WASMBOX_WASI_FN(path_rename)(wasmbox_wasi *, uint32_t, uint32_t, uint32_t, uint32_t, uint32_t,
    uint32_t);
WASMBOX_WASI_FN(path_symlink)(wasmbox_wasi *, uint32_t, uint32_t, uint32_t, uint32_t, uint32_t);
WASMBOX_WASI_FN(path_unlink_file)(wasmbox_wasi *, uint32_t, uint32_t, uint32_t);
WASMBOX_WASI_FN(poll_oneoff)(wasmbox_wasi *, uint32_t, uint32_t, uint32_t, uint32_t);
WASMBOX_WASI_VOID(proc_exit)(wasmbox_wasi *, uint32_t);
WASMBOX_WASI_FN(proc_raise)(wasmbox_wasi *, uint32_t);
WASMBOX_WASI_FN(random_get)(wasmbox_wasi *, uint32_t, uint32_t);
WASMBOX_WASI_FN(sched_yield)(wasmbox_wasi *);
WASMBOX_WASI_FN(sock_accept)(wasmbox_wasi *, uint32_t, uint32_t, uint32_t);
WASMBOX_WASI_FN(sock_recv)(wasmbox_wasi *, uint32_t, uint32_t, uint32_t, uint32_t, uint32_t,
    uint32_t);
WASMBOX_WASI_FN(sock_send)(wasmbox_wasi *, uint32_t, uint32_t, uint32_t, uint32_t, uint32_t);
WASMBOX_WASI_FN(sock_shutdown)(wasmbox_wasi *, uint32_t, uint32_t);

/* Reset a context for a fresh instance. */
WASMBOX_INTERNAL void wasmbox_wasi_init(wasmbox_wasi *wasi, const wasmbox_policy *policy,
                                        const char *program_name, wasm_rt_memory_t *memory);

#endif /* WASMBOX_WASI_H_ */
