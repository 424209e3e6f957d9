/* wasmbox_wasi_impl.h - what the files of the WASI layer share: WASI's
 * constants, checked access to sandbox memory, refusing a call, the
 * descriptor table, and the pieces that fd_* and path_* calls have in
 * common (wasmbox_wasi.h lists the files).
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
#include <sys/stat.h>
#include <time.h>

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
    ERRNO_NOTSOCK = 57,
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
 * code left too little native stack for the import to run on; then the
 * thread is "in import" until the function returns (WASMBOX_IMPORT_SCOPE), so
 * a deadline or Ctrl-C arriving meanwhile takes effect only on the way back
 * into wasm, never in the middle of libc, Python or the WASI layer's own
 * bookkeeping. */
#define check_native_stack()                                                            \
    wasmbox_import_stack_check();                                                       \
    WASMBOX_IMPORT_SCOPE

/* ---- the descriptor table (wasmbox_wasi_fds.c) ------------------------------------ */

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

/* An open directory: EBADF if fd is not open, ENOTDIR if not a directory. */
static inline uint32_t dir_get(const wasi_t *w, uint32_t fd, wasmbox_fd **out)
{
    wasmbox_fd *f = fd_get(w, fd);
    if (f == NULL)
        return ERRNO_BADF;
    if (!fd_is_dir(f))
        return ERRNO_NOTDIR;
    *out = f;
    return ERRNO_SUCCESS;
}

/* The initial table: stdio, then one directory per mount. False if out of memory. */
WASMBOX_INTERNAL bool wasmbox_fd_table_init(wasi_t *w);
/* Put `entry` in the lowest free slot from 3 up; ENFILE/ENOMEM if none. */
WASMBOX_INTERNAL uint32_t wasmbox_fd_add(wasi_t *w, const wasmbox_fd *entry, uint32_t *fd);
/* Release what an entry holds (host fd, directory stream) and free it. */
WASMBOX_INTERNAL void wasmbox_fd_release(wasmbox_fd *f);

/* The guest path of the mount an fd belongs to, for messages. */
static inline const char *mount_name(const wasi_t *w, const wasmbox_fd *f)
{
    return w->policy->mounts[f->mount].guest_path;
}

/* Whether the fd's mount may be changed: a host mount granted "rw". */
static inline bool mount_writable(const wasi_t *w, const wasmbox_fd *f)
{
    const wasmbox_mount *m = &w->policy->mounts[f->mount];
    return m->kind == WASMBOX_MOUNT_HOST && m->writable;
}

/* ---- file status (wasmbox_wasi_fd_calls.c), for fd_* and path_* calls alike ------- */

/* A file's status as WASI reports it. */
typedef struct {
    uint64_t dev, ino, nlink, size, atim, mtim, ctim;
    uint8_t filetype;
} filestat;

/* From a host stat; time stamps stay 0 unless the real-time clock is granted. */
WASMBOX_INTERNAL void wasmbox_filestat_from_host(const wasi_t *w, const struct stat *st,
                                                 filestat *fs);
/* Store it at ptr; EFAULT if it does not fit there. */
WASMBOX_INTERNAL uint32_t wasmbox_put_filestat(const wasi_t *w, uint32_t ptr, const filestat *fs);
/* {atim, mtim} as utimensat wants them, from WASI's values and flags. */
WASMBOX_INTERNAL uint32_t wasmbox_host_times(uint64_t atim, uint64_t mtim, uint32_t flags,
                                             struct timespec t[2]);
/* Append one directory entry at *pos of buf; what does not fit is cut off. */
WASMBOX_INTERNAL void wasmbox_put_dirent(const wasi_t *w, uint64_t buf, uint32_t buf_len,
                                         uint64_t *pos, uint64_t next, uint64_t ino,
                                         uint8_t type, const char *name);

/* The file functions' share of fd_read, fd_write and poll_oneoff, on every
 * fd but stdio. */
WASMBOX_INTERNAL uint32_t wasmbox_file_read(wasi_t *w, wasmbox_fd *f, const iovec_list *iov,
                                            uint64_t offset, bool positioned, uint32_t *done);
WASMBOX_INTERNAL uint32_t wasmbox_file_write(wasi_t *w, wasmbox_fd *f, const iovec_list *iov,
                                             uint64_t offset, bool positioned, uint32_t *done);
WASMBOX_INTERNAL uint32_t wasmbox_file_poll_ready(const wasi_t *w, const wasmbox_fd *f,
                                                  bool write, uint64_t *nbytes);

/* ---- paths (wasmbox_wasi_resolve.c) ----------------------------------------------------
 * Every path call goes through one door: path_call_start() reads the
 * directory fd and the path out of sandbox memory and refuses what the
 * policy never allows; path_call_end() frees the path and replies. */

/* A path call the sandbox made: its directory and its path, checked. */
typedef struct {
    const char *call;
    wasmbox_fd *dir;
    char *path;
} path_call;

/* Read the directory and path, and refuse absolute paths, anything on the
 * deny mount, and changes (`changes`) to the memory mount or a read-only
 * one. path_call_end() must follow, whatever it returned. */
WASMBOX_INTERNAL uint32_t wasmbox_path_call_start(wasi_t *w, path_call *c, const char *call,
                                                  uint32_t dirfd, uint32_t path_ptr,
                                                  uint32_t path_len, bool changes);
/* Free the path and answer the sandbox (through reply()). */
WASMBOX_INTERNAL uint32_t wasmbox_path_call_end(const wasi_t *w, path_call *c, uint32_t err);
#define path_call_start wasmbox_path_call_start
#define path_call_end wasmbox_path_call_end

/* How a path appears in messages: as the sandbox would write it when the
 * directory is a mount's own, else under "<mount>/.../". */
typedef struct {
    char text[MAX_PATH_BYTES + 64];
} shown_path;
WASMBOX_INTERNAL const char *wasmbox_show_path(shown_path *s, const wasi_t *w,
                                               const wasmbox_fd *dir, const char *path);

/* A failed host call on c's path: leaving the mount (EXDEV) is a refusal,
 * the rest host errnos. */
WASMBOX_INTERNAL uint32_t wasmbox_host_failure(const wasi_t *w, const path_call *c,
                                               int host_errno);

/* Run op(parent, name, arg) on the last component of c's path, with its
 * parent directory resolved beneath the (host) mount. */
typedef int (*name_op)(int parent, const char *name, void *arg);
WASMBOX_INTERNAL uint32_t wasmbox_at_parent(const wasi_t *w, const path_call *c, name_op op,
                                            void *arg);

/* What path_open asks for. */
typedef struct {
    uint32_t lookupflags, oflags, fdflags;
    uint64_t rights;
    bool write, read;
} open_request;

/* Open c's path beneath its host mount, into `entry`. */
WASMBOX_INTERNAL uint32_t wasmbox_host_open(wasi_t *w, const path_call *c,
                                            const open_request *r, wasmbox_fd *entry);
/* stat c's path beneath its host mount; `follow`: follow a symlink at its end. */
WASMBOX_INTERNAL uint32_t wasmbox_host_stat(const wasi_t *w, const path_call *c, bool follow,
                                            struct stat *st);

/* ---- the in-memory files (wasmbox_wasi_memfs.c) ----------------------------------------- */

/* Resolve dir's `path` in the tree into *node. ".." above the tree's root
 * leaves the mount: refused. */
WASMBOX_INTERNAL uint32_t wasmbox_memory_lookup(const wasi_t *w, const char *call,
                                                const wasmbox_fd *dir, const char *path,
                                                uint32_t *node);
/* Open c's path beneath a memory mount (never for writing: path_call_start
 * refused that), into `entry`. */
WASMBOX_INTERNAL uint32_t wasmbox_memory_open(const wasi_t *w, const path_call *c,
                                              const open_request *r, wasmbox_fd *entry);
/* Copy from a memory file into the iovecs, at `offset` if positioned, else
 * at the fd's own offset, which moves on. Returns the bytes copied. */
WASMBOX_INTERNAL uint32_t wasmbox_memory_read(const wasi_t *w, wasmbox_fd *f,
                                              const iovec_list *iov, uint64_t offset,
                                              bool positioned);
/* The status of a node (files and directories alike). */
WASMBOX_INTERNAL void wasmbox_filestat_of_node(const wasi_t *w, uint32_t node, filestat *fs);
/* fd_readdir of a memory directory: the entries from `cookie` on, into buf. */
WASMBOX_INTERNAL void wasmbox_memory_readdir(const wasi_t *w, const wasmbox_fd *f, uint64_t buf,
                                             uint32_t buf_len, uint64_t cookie, uint64_t *pos);

#endif /* WASMBOX_WASI_IMPL_H_ */
