/* wasmbox_wasi_impl.h - what wasmbox_wasi.c and wasmbox_wasi_fs.c share:
 * WASI's constants, checked access to sandbox memory, the descriptor
 * table, and refusing a call.
 *
 * The sandbox is the adversary: every pointer and length it passes is
 * checked against the current memory size, in 64-bit arithmetic so that no
 * sum can wrap, before the host reads or writes a byte. A bad pointer is
 * answered with EFAULT, never followed. Values are read from sandbox memory
 * once, into host variables, and only those copies are checked and used.
 */
#ifndef WASMBOX_WASI_IMPL_H_
#define WASMBOX_WASI_IMPL_H_

#include "wasmbox_wasi.h"

#include <stdarg.h>
#include <string.h>

typedef struct w2c_wasi__snapshot__preview1 wasi_t;

/* WASI errno values (wasi_snapshot_preview1 witx; wasi-libc uses the same). */
enum {
    ERRNO_SUCCESS = 0,
    ERRNO_2BIG = 1,
    ERRNO_ACCES = 2,
    ERRNO_AGAIN = 6,
    ERRNO_BADF = 8,
    ERRNO_BUSY = 10,
    ERRNO_EXIST = 20,
    ERRNO_FAULT = 21,
    ERRNO_FBIG = 22,
    ERRNO_ILSEQ = 25,
    ERRNO_INTR = 27,
    ERRNO_INVAL = 28,
    ERRNO_IO = 29,
    ERRNO_ISDIR = 31,
    ERRNO_LOOP = 32,
    ERRNO_MFILE = 33,
    ERRNO_MLINK = 34,
    ERRNO_NAMETOOLONG = 37,
    ERRNO_NFILE = 41,
    ERRNO_NODEV = 43,
    ERRNO_NOENT = 44,
    ERRNO_NOMEM = 48,
    ERRNO_NOSPC = 51,
    ERRNO_NOSYS = 52,
    ERRNO_NOTDIR = 54,
    ERRNO_NOTEMPTY = 55,
    ERRNO_NOTSUP = 58,
    ERRNO_NOTTY = 59,
    ERRNO_NXIO = 60,
    ERRNO_OVERFLOW = 61,
    ERRNO_PERM = 63,
    ERRNO_PIPE = 64,
    ERRNO_ROFS = 69,
    ERRNO_SPIPE = 70,
    ERRNO_TXTBSY = 74,
    ERRNO_XDEV = 75,
    ERRNO_NOTCAPABLE = 76,
    /* Not WASI: a refusal by the policy, on its way to reply(), which turns
     * it into ENOTCAPABLE or a CapabilityDenied trap. */
    ERRNO_DENIED = 0x10000 | ERRNO_NOTCAPABLE,
};

enum {
    FILETYPE_UNKNOWN = 0,
    FILETYPE_BLOCK_DEVICE = 1,
    FILETYPE_CHARACTER_DEVICE = 2,
    FILETYPE_DIRECTORY = 3,
    FILETYPE_REGULAR_FILE = 4,
    FILETYPE_SOCKET_DGRAM = 5,
    FILETYPE_SOCKET_STREAM = 6,
    FILETYPE_SYMBOLIC_LINK = 7,
};

enum { WHENCE_SET = 0, WHENCE_CUR = 1, WHENCE_END = 2 };
enum { OFLAGS_CREAT = 1, OFLAGS_DIRECTORY = 2, OFLAGS_EXCL = 4, OFLAGS_TRUNC = 8 };
enum { FDFLAGS_APPEND = 1, FDFLAGS_DSYNC = 2, FDFLAGS_NONBLOCK = 4, FDFLAGS_RSYNC = 8,
       FDFLAGS_SYNC = 16 };
enum { LOOKUP_SYMLINK_FOLLOW = 1 };
enum { FSTFLAGS_ATIM = 1, FSTFLAGS_ATIM_NOW = 2, FSTFLAGS_MTIM = 4, FSTFLAGS_MTIM_NOW = 8 };

#define RIGHT_FD_DATASYNC (UINT64_C(1) << 0)
#define RIGHT_FD_READ (UINT64_C(1) << 1)
#define RIGHT_FD_SEEK (UINT64_C(1) << 2)
#define RIGHT_FD_FDSTAT_SET_FLAGS (UINT64_C(1) << 3)
#define RIGHT_FD_SYNC (UINT64_C(1) << 4)
#define RIGHT_FD_TELL (UINT64_C(1) << 5)
#define RIGHT_FD_WRITE (UINT64_C(1) << 6)
#define RIGHT_FD_ADVISE (UINT64_C(1) << 7)
#define RIGHT_FD_ALLOCATE (UINT64_C(1) << 8)
#define RIGHT_FD_READDIR (UINT64_C(1) << 14)
#define RIGHT_FD_FILESTAT_GET (UINT64_C(1) << 21)
#define RIGHT_FD_FILESTAT_SET_SIZE (UINT64_C(1) << 22)
#define RIGHT_FD_FILESTAT_SET_TIMES (UINT64_C(1) << 23)
#define RIGHT_POLL_FD_READWRITE (UINT64_C(1) << 27)
#define RIGHTS_ALL ((UINT64_C(1) << 30) - 1)
/* The rights that ask to change a file's contents: wasi-libc asks for them
 * exactly when the file is opened for writing. */
#define RIGHTS_WRITE (RIGHT_FD_DATASYNC | RIGHT_FD_WRITE | RIGHT_FD_ALLOCATE \
                      | RIGHT_FD_FILESTAT_SET_SIZE)
#define RIGHTS_READ (RIGHT_FD_READ | RIGHT_FD_READDIR)

/* Sizes of the structures WASI exchanges through memory. */
enum {
    IOVEC_SIZE = 8,         /* { u32 buf; u32 buf_len; } */
    FDSTAT_SIZE = 24,       /* filetype u8 @0, flags u16 @2, rights u64 @8, @16 */
    FILESTAT_SIZE = 64,     /* dev, ino, filetype @16, nlink, size, atim, mtim, ctim */
    PRESTAT_SIZE = 8,       /* tag u8 @0, name length u32 @4 */
    DIRENT_SIZE = 24,       /* next u64 @0, ino u64 @8, namlen u32 @16, type u8 @20 */
    SUBSCRIPTION_SIZE = 48, /* userdata u64 @0, tag u8 @8, clock or fd @16 */
    EVENT_SIZE = 32,        /* userdata u64 @0, error u16 @8, type u8 @10, nbytes @16 */
};

/* The most the layer accepts, so that no request makes the host allocate
 * without bound: wasi-libc's IOV_MAX, a path length, open descriptors,
 * subscriptions of one poll (two per descriptor, and clocks). */
enum { MAX_IOVECS = 1024, MAX_PATH_BYTES = 4096, MAX_FDS = 1024, MAX_SUBSCRIPTIONS = 4096 };

#define UNUSED(x) (void)(x)

/* ---- checked access to sandbox memory ------------------------------------
 * All addresses are uint64_t so that `ptr + offset` never wraps. The
 * load/store helpers may only be used on a range in_memory() accepted. */

static inline bool in_memory(const wasi_t *w, uint64_t ptr, uint64_t len)
{
    return w->memory != NULL && ptr <= w->memory->size && len <= w->memory->size - ptr;
}

static inline uint8_t *at(const wasi_t *w, uint64_t ptr)
{
    return w->memory->data + ptr;
}

/* wasm memory is little-endian, and so is the host (checked in wasmbox.h). */
static inline uint32_t load_u32(const wasi_t *w, uint64_t ptr)
{
    uint32_t v;
    memcpy(&v, at(w, ptr), sizeof v);
    return v;
}

static inline uint64_t load_u64(const wasi_t *w, uint64_t ptr)
{
    uint64_t v;
    memcpy(&v, at(w, ptr), sizeof v);
    return v;
}

static inline uint16_t load_u16(const wasi_t *w, uint64_t ptr)
{
    uint16_t v;
    memcpy(&v, at(w, ptr), sizeof v);
    return v;
}

static inline void put_u16(const wasi_t *w, uint64_t ptr, uint16_t v)
{
    memcpy(at(w, ptr), &v, sizeof v);
}

static inline void put_u32(const wasi_t *w, uint64_t ptr, uint32_t v)
{
    memcpy(at(w, ptr), &v, sizeof v);
}

static inline void put_u64(const wasi_t *w, uint64_t ptr, uint64_t v)
{
    memcpy(at(w, ptr), &v, sizeof v);
}

/* Store one result the sandbox asked for; EFAULT if the pointer is bad. */
static inline uint32_t store_u32(const wasi_t *w, uint64_t ptr, uint32_t v)
{
    if (!in_memory(w, ptr, sizeof v))
        return ERRNO_FAULT;
    put_u32(w, ptr, v);
    return ERRNO_SUCCESS;
}

static inline uint32_t store_u64(const wasi_t *w, uint64_t ptr, uint64_t v)
{
    if (!in_memory(w, ptr, sizeof v))
        return ERRNO_FAULT;
    put_u64(w, ptr, v);
    return ERRNO_SUCCESS;
}

/* An iovec array, read once from sandbox memory and checked: each piece
 * points into memory as it is now. Small arrays need no allocation. */
typedef struct {
    wasmbox_chunk *chunks;
    uint32_t count;
    uint64_t total;
    wasmbox_chunk inline_chunks[8];
} iovec_list;

WASMBOX_INTERNAL uint32_t wasmbox_load_iovecs(const wasi_t *w, uint32_t iovs, uint32_t count,
                                              iovec_list *list);
WASMBOX_INTERNAL void wasmbox_free_iovecs(iovec_list *list);

/* ---- refusing a call ---------------------------------------------------------
 * A policy refusal returns deny(...) and travels back as ERRNO_DENIED; each
 * WASI function returns through reply(), which answers ENOTCAPABLE or, with
 * on_denied="trap", records what was asked and unwinds to the boundary.
 * Unwinding happens only there, after the function has released whatever
 * it held. */

#if defined(__GNUC__) || defined(__clang__)
#define WASMBOX_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define WASMBOX_PRINTF(f, a)
#endif

WASMBOX_INTERNAL uint32_t wasmbox_deny(const wasi_t *w, const char *call, const char *format,
                                       ...) WASMBOX_PRINTF(3, 4);
#define deny wasmbox_deny

static inline uint32_t reply(const wasi_t *w, uint32_t err)
{
    if (err != ERRNO_DENIED)
        return err;
    if (w->policy->on_denied == WASMBOX_DENY_TRAP)
        wasmbox_unwind(WASMBOX_TRAP_DENIED);
    return ERRNO_NOTCAPABLE;
}

/* A host errno as the WASI errno the sandbox sees. */
WASMBOX_INTERNAL uint32_t wasmbox_errno_from_host(int host_errno);

/* The first statement of every WASI function: StackExhausted if the sandboxed
 * code left too little native stack for the import to run on. */
#define check_native_stack() wasmbox_import_stack_check()

/* Host work done for the sandbox (system calls, Python) is bracketed by
 * these, so a future deadline signal knows not to unwind through it. */
#define host_enter() wasmbox_import_enter()
#define host_leave() wasmbox_import_leave()

/* ---- descriptors ----------------------------------------------------------------- */

/* The entry for an open fd, or NULL (EBADF). */
static inline wasmbox_fd *fd_get(const wasi_t *w, uint32_t fd)
{
    if (fd >= w->fd_count || w->fds[fd].kind == WASMBOX_FD_CLOSED)
        return NULL;
    return &w->fds[fd];
}

static inline bool fd_is_dir(const wasmbox_fd *f)
{
    return f->kind == WASMBOX_FD_HOST_DIR || f->kind == WASMBOX_FD_MEMORY_DIR
           || f->kind == WASMBOX_FD_DENY_DIR;
}

static inline bool fd_is_stdio(const wasmbox_fd *f)
{
    return f->kind == WASMBOX_FD_STDIN || f->kind == WASMBOX_FD_STDOUT
           || f->kind == WASMBOX_FD_STDERR;
}

/* Put `entry` in the lowest free slot from 3 up; ENFILE/ENOMEM if none. */
WASMBOX_INTERNAL uint32_t wasmbox_fd_add(wasi_t *w, const wasmbox_fd *entry, uint32_t *fd);
/* Release what an entry holds (host fd, directory stream) and free it. */
WASMBOX_INTERNAL void wasmbox_fd_release(wasmbox_fd *f);
/* The guest path of the mount an fd belongs to, for messages. */
static inline const char *mount_name(const wasi_t *w, const wasmbox_fd *f)
{
    return w->policy->mounts[f->mount].guest_path;
}

/* The file functions' share of fd_* calls (wasmbox_wasi_fs.c). */
WASMBOX_INTERNAL uint32_t wasmbox_file_read(wasi_t *w, wasmbox_fd *f, const iovec_list *iov,
                                            uint64_t offset, bool positioned, uint32_t *done);
WASMBOX_INTERNAL uint32_t wasmbox_file_write(wasi_t *w, wasmbox_fd *f, const iovec_list *iov,
                                             uint64_t offset, bool positioned, uint32_t *done);
WASMBOX_INTERNAL uint32_t wasmbox_file_poll_ready(const wasi_t *w, const wasmbox_fd *f,
                                                  bool write, uint64_t *nbytes);

#endif /* WASMBOX_WASI_IMPL_H_ */
