/* wasmbox_wasi.h - the WASI context a sandbox hands to its wasm2c instance.
 *
 * wasm2c turns each import `wasi_snapshot_preview1.NAME` into a call of
 * `w2c_wasi__snapshot__preview1_NAME(struct w2c_wasi__snapshot__preview1 *, ...)`
 * and leaves both the struct and the functions to the embedder. This header
 * defines the struct: one per sandbox, holding the instance's memory, the
 * capability policy that every WASI function consults, and the state the
 * policy grants (open files, stdin position, captured output).
 *
 *   wasmbox_wasi.c             arguments, environment, clocks, randomness,
 *                              stdio, fd_read/fd_write, polling, process,
 *                              sockets; refusals (deny/reply), iovecs
 *   wasmbox_wasi_fds.c         the descriptor table: fd_close, fd_renumber,
 *                              the preopens (fd_prestat_*)
 *   wasmbox_wasi_fd_calls.c    the other fd_* calls on files and directories
 *   wasmbox_wasi_path_calls.c  the path_* calls
 *   wasmbox_wasi_resolve.c     a path call's directory and path: read,
 *                              checked, refused, or opened beneath its mount
 *   wasmbox_wasi_memfs.c       the in-memory files (files=)
 *   wasmbox_beneath.c          opening host paths without leaving a directory
 *   wasmbox_wasi_impl.h        what these files share
 *
 * No Python here: the WASI layer is plain C. The one thing that needs Python
 * (an output stream given to a callable) is a function the Python side
 * provides, wasmbox_output_to_callable().
 */
#ifndef WASMBOX_WASI_H_
#define WASMBOX_WASI_H_

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "wasm-rt.h"
#include "wasmbox_thread.h"

/* ---- the policy: what Sandbox(**policy) granted --------------------------- */

/* What the sandbox's writes to stdout or stderr turn into. */
typedef enum {
    WASMBOX_OUTPUT_DISCARD = 0, /* accepted and dropped (the default) */
    WASMBOX_OUTPUT_INHERIT,     /* written to the host process's own fd 1 or 2 */
    WASMBOX_OUTPUT_CAPTURE,     /* kept in memory (sb.stdout), up to capture_limit */
    WASMBOX_OUTPUT_CALLABLE,    /* each write handed to a Python callable */
    WASMBOX_OUTPUT_DENY,        /* writes are denied */
} wasmbox_output;

enum { WASMBOX_STDOUT = 0, WASMBOX_STDERR = 1 }; /* index of the output arrays */

#define WASMBOX_DEFAULT_CAPTURE_LIMIT (UINT64_C(1) << 20)

typedef enum {
    WASMBOX_CLOCK_NONE = 0,  /* no clock at all */
    WASMBOX_CLOCK_MONOTONIC, /* the monotonic clock only: durations, not dates */
    WASMBOX_CLOCK_ALL,       /* real time and monotonic */
} wasmbox_clock;

typedef enum {
    WASMBOX_RANDOM_NONE = 0, /* no randomness */
    WASMBOX_RANDOM_HOST,     /* the host's CSPRNG (getrandom) */
    WASMBOX_RANDOM_SEEDED,   /* xoshiro256** from a seed: reproducible, NOT secure */
} wasmbox_random;

typedef enum {
    WASMBOX_DENY_ERRNO = 0, /* a denied call fails with ENOTCAPABLE */
    WASMBOX_DENY_TRAP,      /* a denied call ends the sandbox call: CapabilityDenied */
} wasmbox_on_denied;

/* A preopened directory, as the sandbox finds it from fd 3 upwards. */
typedef enum {
    WASMBOX_MOUNT_HOST,   /* a host directory (preopens=) */
    WASMBOX_MOUNT_MEMORY, /* the in-memory files (files=), read-only, at "/" */
    WASMBOX_MOUNT_DENY,   /* "/" when nothing else is there: every path is denied */
} wasmbox_mount_kind;

typedef struct wasmbox_mount {
    wasmbox_mount_kind kind;
    char *guest_path; /* "/data": absolute, normalised, no trailing slash */
    char *host_path;  /* host mounts: the directory as given, for messages */
    int host_fd;      /* host mounts: the directory, opened when the policy was made */
    bool writable;    /* host mounts asked for "rw" */
} wasmbox_mount;

/* The in-memory files, a tree whose node 0 is the root directory. Node
 * data is borrowed from a bytes object the policy keeps alive: immutable,
 * so reading it without the GIL is safe. */
#define WASMBOX_NO_NODE UINT32_MAX
typedef struct wasmbox_node {
    char *name;            /* one path component ("" for the root) */
    uint32_t parent;       /* the root is its own parent */
    uint32_t first_child;  /* directories: WASMBOX_NO_NODE if empty */
    uint32_t next_sibling; /* WASMBOX_NO_NODE for the last */
    bool is_dir;
    const uint8_t *data;   /* files */
    uint64_t size;
} wasmbox_node;

/* Zero-initialised = deny all: argv is just the module's name, the
 * environment is empty, no clocks, no randomness, stdin at end-of-file,
 * output discarded, and "/" mounted as a directory where every path is
 * denied. Pointers to Python objects are void * here (no Python in the
 * WASI layer); the policy owns one reference to each. */
typedef struct wasmbox_policy {
    wasmbox_output output[2];   /* [WASMBOX_STDOUT], [WASMBOX_STDERR] */
    void *callable[2];          /* WASMBOX_OUTPUT_CALLABLE: the callable */
    uint64_t capture_limit;     /* bytes kept per captured stream */
    void *stdin_object;         /* the bytes object holding stdin_data, or NULL */
    const uint8_t *stdin_data;
    uint64_t stdin_size;
    char *args;                 /* argv[1:]: NUL-terminated strings back to back */
    uint32_t argc, args_size;
    char *environ;              /* "KEY=VALUE" strings, laid out like args */
    uint32_t environ_count, environ_size;
    wasmbox_clock clock;
    wasmbox_random random;
    uint64_t seed;
    wasmbox_mount *mounts;      /* fd 3 + i is mounts[i] */
    uint32_t mount_count;
    wasmbox_node *nodes;        /* the in-memory tree (node 0: its root) */
    uint32_t node_count;
    void *files_object;         /* what keeps node data alive (a list of bytes) */
    uint64_t memory_limit;      /* bytes, a multiple of 64 KiB; 0: the build's maximum */
    uint64_t time_limit_ns;     /* wall-clock time per call (wasmbox_deadline.c); 0: none */
    uint64_t cpu_limit_ns;      /* the calling thread's CPU time per call; 0: none */
    wasmbox_on_denied on_denied;
} wasmbox_policy;

/* The child of the in-memory directory `dir` named name[0:len], or
 * WASMBOX_NO_NODE (wasmbox_wasi_memfs.c). */
WASMBOX_INTERNAL uint32_t wasmbox_node_child(const wasmbox_policy *p, uint32_t dir,
                                             const char *name, size_t len);

/* ---- per-instance state --------------------------------------------------------- */

typedef enum {
    WASMBOX_FD_CLOSED = 0,
    WASMBOX_FD_STDIN,
    WASMBOX_FD_STDOUT,
    WASMBOX_FD_STDERR,
    WASMBOX_FD_HOST_FILE,  /* host: a file (or device) opened beneath a mount */
    WASMBOX_FD_HOST_DIR,   /* host: a directory, maybe a mount's own */
    WASMBOX_FD_MEMORY_FILE,
    WASMBOX_FD_MEMORY_DIR,
    WASMBOX_FD_DENY_DIR,   /* the deny-everything root */
} wasmbox_fd_kind;

typedef struct wasmbox_fd {
    wasmbox_fd_kind kind;
    uint32_t mount;     /* the mount it was opened beneath (index into policy->mounts) */
    bool preopen;       /* the mount's own directory, as fd_prestat_get reports it */
    bool readable, writable;
    uint16_t fdflags;   /* WASI fdflags the sandbox asked for (append, nonblock, ...) */
    int host_fd;        /* host files and dirs; -1 if none */
    bool owns_host_fd;  /* false for a mount's own directory */
    void *dir_stream;   /* host dirs: a DIR * for fd_readdir, opened on first use */
    uint64_t dir_cookie; /* entries already read from dir_stream */
    uint32_t node;      /* memory files and dirs */
    uint64_t offset;    /* memory files */
} wasmbox_fd;

/* Output kept for sb.stdout / sb.stderr. */
typedef struct wasmbox_capture {
    uint8_t *data;
    uint64_t size, capacity;
    bool truncated; /* bytes beyond capture_limit were dropped */
} wasmbox_capture;

/* The context wasm2c passes to the `wasmbox` imports of a library built with
 * hardening=[...]: it lives inside the WASI context (below), which they reach
 * from it. */
struct w2c_wasmbox {
    uint32_t unused;
};

/* The context wasm2c passes to every WASI import of one instance. */
struct w2c_wasi__snapshot__preview1 {
    /* Reset for each instance (wasmbox_wasi_init). */
    wasm_rt_memory_t *memory;     /* the instance's memory (NULL if none); read `data`
                                   * and `size` afresh on every use: memory.grow */
    const wasmbox_policy *policy; /* the sandbox's policy (it outlives the instance) */
    const char *program_name;     /* argv[0] as the sandbox sees it */
    uint32_t exit_code;           /* set by proc_exit (or a WASMBOX_CORRUPTION_* by
                                   * hardening_trap) before unwinding */
    wasmbox_fd *fds;              /* fds[i] is the sandbox's fd i */
    uint32_t fd_count;
    uint64_t stdin_offset;
    uint64_t rng[4];              /* random=seed: xoshiro256** state */
    uint64_t memory_max_pages;    /* the memory's own maximum, restored before free */
    /* Kept for the sandbox's whole life (zeroed with it). */
    wasmbox_capture capture[2];   /* [WASMBOX_STDOUT], [WASMBOX_STDERR] */
    void *host_error;             /* an exception a callable raised, not re-raised yet */
    struct w2c_wasmbox hardening; /* the `wasmbox` imports' context */
};

typedef struct w2c_wasi__snapshot__preview1 wasmbox_wasi;

/* ---- the lifetime of a context -------------------------------------------------- */

/* Set a context up for a fresh instance (its fds, stdin, random state); the
 * previous instance's must have been released. The captured output and a
 * pending callable error are kept. False if out of memory. */
WASMBOX_INTERNAL bool wasmbox_wasi_init(wasmbox_wasi *wasi, const wasmbox_policy *policy,
                                        const char *program_name, wasm_rt_memory_t *memory);
/* After instantiation, before _initialize: lower the memory's maximum to the
 * policy's memory_limit (never below its current size). */
WASMBOX_INTERNAL void wasmbox_wasi_limit_memory(wasmbox_wasi *wasi);
/* Whether memory_limit fits this instance: 0 if so (or there is no limit),
 * else the bound it breaks, in bytes: the build's maximum (the limit is above
 * it) or the initial size (the limit is below it); *above says which. */
WASMBOX_INTERNAL uint64_t wasmbox_wasi_memory_limit_breaks(const wasmbox_wasi *wasi, bool *above);
/* Before the instance is freed: close its files, restore the memory's
 * maximum (wasm2c computes the size to unmap from it). Idempotent. */
WASMBOX_INTERNAL void wasmbox_wasi_release(wasmbox_wasi *wasi);
/* When the sandbox goes away: free the captured output. */
WASMBOX_INTERNAL void wasmbox_wasi_destroy(wasmbox_wasi *wasi);

/* ---- what the WASI layer asks of the Python side ------------------------------- */

enum { WASMBOX_WASI_EIO = 29 }; /* what a write answers when its callable raised */

/* Hand `size` bytes, gathered from `count` pieces, to the stream's callable,
 * taking the GIL for it. Returns 0, or a WASI errno if the callable raised
 * (its exception is kept in wasi->host_error for the caller of the sandbox). */
typedef struct wasmbox_chunk {
    const uint8_t *data;
    uint32_t size;
} wasmbox_chunk;
WASMBOX_INTERNAL uint32_t wasmbox_output_to_callable(wasmbox_wasi *wasi, int stream,
                                                     const wasmbox_chunk *chunks, size_t count,
                                                     uint64_t size);

/* A call the policy refused with on_denied="trap": which WASI function, and
 * what it asked for. Kept per thread from the refusal until the boundary
 * turns it into CapabilityDenied (WASMBOX_TRAP_DENIED). */
typedef struct wasmbox_denial {
    const char *call;
    char detail[320];
} wasmbox_denial;
WASMBOX_INTERNAL const wasmbox_denial *wasmbox_wasi_last_denial(void);

/* ---- the imports ----------------------------------------------------------------
 * Every function of wasi_snapshot_preview1, with the C signature wasm2c
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

/* ---- the `wasmbox` imports of a hardened library (pipeline/hardening.py) ----------
 * hardening_secret: 64 bits from the host's CSPRNG, asked for once per instance
 * by the library's first constructor (the stack guard, the heap key).
 * hardening_trap: the library's own checks found corruption of the kind given
 * (WASMBOX_CORRUPTION_*); the call ends as CorruptionDetected. */
enum {
    WASMBOX_CORRUPTION_STACK_SMASHED = 1,
    WASMBOX_CORRUPTION_INDEX_OUT_OF_BOUNDS = 2,
    WASMBOX_CORRUPTION_OBJECT_OVERFLOW = 3,
    WASMBOX_CORRUPTION_FORTIFY_OVERFLOW = 4,
    WASMBOX_CORRUPTION_HEAP_OVERFLOW = 5,
    WASMBOX_CORRUPTION_DOUBLE_FREE = 6,
    WASMBOX_CORRUPTION_INVALID_FREE = 7,
    WASMBOX_CORRUPTION_USE_AFTER_FREE = 8,
};
/* Where a module imports these, the glue passes &wasi->hardening. */
WASMBOX_INTERNAL uint64_t w2c_wasmbox_hardening_secret(struct w2c_wasmbox *);
WASMBOX_INTERNAL WASMBOX_NORETURN void w2c_wasmbox_hardening_trap(struct w2c_wasmbox *, uint32_t);
WASMBOX_INTERNAL void w2c_wasmbox_prefetch(struct w2c_wasmbox *, uint32_t);

#endif /* WASMBOX_WASI_H_ */
