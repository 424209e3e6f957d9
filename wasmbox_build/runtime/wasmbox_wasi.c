/* wasmbox_wasi.c - wasi_snapshot_preview1, denied by default.
 *
 * Every function of wasi_snapshot_preview1 is defined here, with the exact
 * signature wasm2c expects, because a module may import any subset of them.
 * They are hidden: never exported from the extension module, so two
 * sandboxed modules in one process cannot interpose on each other.
 *
 * The sandbox is the adversary: every pointer and length it passes is
 * checked against the current memory size, in 64-bit arithmetic so that no
 * sum can wrap, before the host reads or writes a byte. A bad pointer is
 * answered with EFAULT, never followed.
 *
 * What the sandbox gets (wasmbox_policy decides; the zero policy is below):
 *   - args: just the module's name as argv[0]; environment: empty;
 *   - fd 0 reads as end-of-file, fds 1 and 2 accept and discard writes;
 *   - no preopened directories, so no files; no clocks, no randomness, no
 *     sockets: ENOTCAPABLE (or EBADF for descriptors that do not exist);
 *   - proc_exit ends the call with SandboxExit, proc_raise with a Trap.
 *
 * These functions only touch sandbox memory, so unwinding out of one (a
 * future deadline signal) is safe. A function that calls into the host
 * (libc I/O, Python) must mark itself "in an import" first; see
 * wasmbox_import_enter() in wasmbox_thread.h.
 */
#include "wasmbox_wasi.h"

#include <string.h>

typedef struct w2c_wasi__snapshot__preview1 wasi_t;

/* WASI errno values (wasi_snapshot_preview1 witx). */
enum {
    ERRNO_SUCCESS = 0,
    ERRNO_BADF = 8,
    ERRNO_FAULT = 21,
    ERRNO_INVAL = 28,
    ERRNO_NOTDIR = 54,
    ERRNO_SPIPE = 70,
    ERRNO_NOTCAPABLE = 76,
};

enum { FILETYPE_CHARACTER_DEVICE = 2 };
enum { EVENTTYPE_CLOCK = 0, EVENTTYPE_FD_READ = 1, EVENTTYPE_FD_WRITE = 2 };

#define RIGHT_FD_READ (UINT64_C(1) << 1)
#define RIGHT_FD_WRITE (UINT64_C(1) << 6)
#define RIGHT_FD_FILESTAT_GET (UINT64_C(1) << 21)
#define RIGHT_POLL_FD_READWRITE (UINT64_C(1) << 27)

/* Sizes of the structures WASI exchanges through memory. */
enum {
    IOVEC_SIZE = 8,         /* { u32 buf; u32 buf_len; } */
    FDSTAT_SIZE = 24,       /* filetype u8 @0, flags u16 @2, rights u64 @8, @16 */
    FILESTAT_SIZE = 64,     /* dev, ino, filetype @16, nlink, size, atim, mtim, ctim */
    SUBSCRIPTION_SIZE = 48, /* userdata u64 @0, tag u8 @8, clock or fd @16 */
    EVENT_SIZE = 32,        /* userdata u64 @0, error u16 @8, type u8 @10, nbytes @16 */
};

#define UNUSED(x) (void)(x)

/* ---- checked access to sandbox memory ------------------------------------
 * All addresses are uint64_t so that `ptr + offset` never wraps. The
 * load/store helpers may only be used on a range in_memory() accepted. */

static bool in_memory(const wasi_t *w, uint64_t ptr, uint64_t len)
{
    return w->memory != NULL && ptr <= w->memory->size && len <= w->memory->size - ptr;
}

static uint8_t *at(const wasi_t *w, uint64_t ptr)
{
    return w->memory->data + ptr;
}

/* wasm memory is little-endian, and so is the host (checked in wasmbox.h). */
static uint32_t load_u32(const wasi_t *w, uint64_t ptr)
{
    uint32_t v;
    memcpy(&v, at(w, ptr), sizeof v);
    return v;
}

static uint64_t load_u64(const wasi_t *w, uint64_t ptr)
{
    uint64_t v;
    memcpy(&v, at(w, ptr), sizeof v);
    return v;
}

static void put_u16(const wasi_t *w, uint64_t ptr, uint16_t v)
{
    memcpy(at(w, ptr), &v, sizeof v);
}

static void put_u64(const wasi_t *w, uint64_t ptr, uint64_t v)
{
    memcpy(at(w, ptr), &v, sizeof v);
}

/* Store one result the sandbox asked for; EFAULT if the pointer is bad. */
static uint32_t store_u32(const wasi_t *w, uint64_t ptr, uint32_t v)
{
    if (!in_memory(w, ptr, sizeof v))
        return ERRNO_FAULT;
    memcpy(at(w, ptr), &v, sizeof v);
    return ERRNO_SUCCESS;
}

/* Check an iovec array and every buffer it points to; sum the lengths. */
static uint32_t iovecs_total(const wasi_t *w, uint32_t iovs, uint32_t count, uint32_t *total)
{
    if (!in_memory(w, iovs, (uint64_t)count * IOVEC_SIZE))
        return ERRNO_FAULT;
    uint64_t sum = 0;
    for (uint64_t i = 0; i < count; i++) {
        uint32_t buf = load_u32(w, iovs + i * IOVEC_SIZE);
        uint32_t len = load_u32(w, iovs + i * IOVEC_SIZE + 4);
        if (!in_memory(w, buf, len))
            return ERRNO_FAULT;
        sum += len;
    }
    if (sum > UINT32_MAX) /* the count of bytes written must fit a u32 */
        return ERRNO_INVAL;
    *total = (uint32_t)sum;
    return ERRNO_SUCCESS;
}

/* ---- file descriptors: only 0, 1 and 2 exist ----------------------------- */

static bool is_stdio(const wasi_t *w, uint32_t fd)
{
    return fd <= 2 && !w->stdio_closed[fd];
}

/* The answer for an operation that only makes sense on a regular file. */
static uint32_t not_a_file(const wasi_t *w, uint32_t fd, uint32_t stdio_errno)
{
    return is_stdio(w, fd) ? stdio_errno : ERRNO_BADF;
}

/* The answer for a path operation: there is no directory to resolve in. */
static uint32_t no_directory(const wasi_t *w, uint32_t dirfd)
{
    return is_stdio(w, dirfd) ? ERRNO_NOTDIR : ERRNO_BADF;
}

void wasmbox_wasi_init(wasi_t *w, const wasmbox_policy *policy, const char *program_name,
                       wasm_rt_memory_t *memory)
{
    memset(w, 0, sizeof *w);
    w->policy = *policy;
    w->program_name = program_name;
    w->memory = memory;
}

#define WASI(name) WASMBOX_WASI_FN(name)

/* ---- arguments and environment ------------------------------------------- */

WASI(args_sizes_get)(wasi_t *w, uint32_t argc_ptr, uint32_t buf_size_ptr)
{
    uint32_t err = store_u32(w, argc_ptr, 1);
    if (err == ERRNO_SUCCESS)
        err = store_u32(w, buf_size_ptr, (uint32_t)strlen(w->program_name) + 1);
    return err;
}

WASI(args_get)(wasi_t *w, uint32_t argv_ptr, uint32_t buf_ptr)
{
    uint64_t size = strlen(w->program_name) + 1;
    if (!in_memory(w, buf_ptr, size))
        return ERRNO_FAULT;
    uint32_t err = store_u32(w, argv_ptr, buf_ptr);
    if (err == ERRNO_SUCCESS)
        memcpy(at(w, buf_ptr), w->program_name, size);
    return err;
}

WASI(environ_sizes_get)(wasi_t *w, uint32_t count_ptr, uint32_t buf_size_ptr)
{
    uint32_t err = store_u32(w, count_ptr, 0);
    if (err == ERRNO_SUCCESS)
        err = store_u32(w, buf_size_ptr, 0);
    return err;
}

WASI(environ_get)(wasi_t *w, uint32_t environ_ptr, uint32_t buf_ptr)
{
    UNUSED(w), UNUSED(environ_ptr), UNUSED(buf_ptr);
    return ERRNO_SUCCESS; /* no variables: nothing to write */
}

/* ---- clocks and randomness: not granted ----------------------------------- */

WASI(clock_res_get)(wasi_t *w, uint32_t clock_id, uint32_t res_ptr)
{
    UNUSED(w), UNUSED(clock_id), UNUSED(res_ptr);
    return ERRNO_NOTCAPABLE;
}

WASI(clock_time_get)(wasi_t *w, uint32_t clock_id, uint64_t precision, uint32_t time_ptr)
{
    UNUSED(w), UNUSED(clock_id), UNUSED(precision), UNUSED(time_ptr);
    return ERRNO_NOTCAPABLE;
}

WASI(random_get)(wasi_t *w, uint32_t buf, uint32_t len)
{
    UNUSED(w), UNUSED(buf), UNUSED(len);
    return ERRNO_NOTCAPABLE;
}

/* ---- reading and writing ----------------------------------------------------- */

WASI(fd_write)(wasi_t *w, uint32_t fd, uint32_t iovs, uint32_t iovs_len, uint32_t nwritten_ptr)
{
    if (fd == 0 || !is_stdio(w, fd))
        return ERRNO_BADF;
    uint32_t total;
    uint32_t err = iovecs_total(w, iovs, iovs_len, &total);
    if (err != ERRNO_SUCCESS)
        return err;
    if (!in_memory(w, nwritten_ptr, 4))
        return ERRNO_FAULT;
    switch (fd == 1 ? w->policy.stdout_mode : w->policy.stderr_mode) {
    case WASMBOX_OUTPUT_DISCARD:
        break; /* dropped, but reported as written so the library carries on */
    }
    return store_u32(w, nwritten_ptr, total);
}

WASI(fd_read)(wasi_t *w, uint32_t fd, uint32_t iovs, uint32_t iovs_len, uint32_t nread_ptr)
{
    if (fd != 0 || !is_stdio(w, fd))
        return ERRNO_BADF;
    uint32_t total;
    uint32_t err = iovecs_total(w, iovs, iovs_len, &total);
    if (err != ERRNO_SUCCESS)
        return err;
    return store_u32(w, nread_ptr, 0); /* stdin is at end-of-file */
}

WASI(fd_pread)(wasi_t *w, uint32_t fd, uint32_t iovs, uint32_t iovs_len, uint64_t offset,
               uint32_t nread_ptr)
{
    UNUSED(iovs), UNUSED(iovs_len), UNUSED(offset), UNUSED(nread_ptr);
    return not_a_file(w, fd, ERRNO_SPIPE);
}

WASI(fd_pwrite)(wasi_t *w, uint32_t fd, uint32_t iovs, uint32_t iovs_len, uint64_t offset,
                uint32_t nwritten_ptr)
{
    UNUSED(iovs), UNUSED(iovs_len), UNUSED(offset), UNUSED(nwritten_ptr);
    return not_a_file(w, fd, ERRNO_SPIPE);
}

WASI(fd_seek)(wasi_t *w, uint32_t fd, uint64_t offset, uint32_t whence, uint32_t newoffset_ptr)
{
    UNUSED(offset), UNUSED(whence), UNUSED(newoffset_ptr);
    return not_a_file(w, fd, ERRNO_SPIPE);
}

WASI(fd_tell)(wasi_t *w, uint32_t fd, uint32_t offset_ptr)
{
    UNUSED(offset_ptr);
    return not_a_file(w, fd, ERRNO_SPIPE);
}

/* ---- descriptor state --------------------------------------------------------- */

WASI(fd_close)(wasi_t *w, uint32_t fd)
{
    if (!is_stdio(w, fd))
        return ERRNO_BADF;
    w->stdio_closed[fd] = true;
    return ERRNO_SUCCESS;
}

WASI(fd_fdstat_get)(wasi_t *w, uint32_t fd, uint32_t stat_ptr)
{
    if (!is_stdio(w, fd))
        return ERRNO_BADF;
    if (!in_memory(w, stat_ptr, FDSTAT_SIZE))
        return ERRNO_FAULT;
    uint64_t rights = RIGHT_FD_FILESTAT_GET | RIGHT_POLL_FD_READWRITE;
    rights |= fd == 0 ? RIGHT_FD_READ : RIGHT_FD_WRITE;
    memset(at(w, stat_ptr), 0, FDSTAT_SIZE);
    *at(w, stat_ptr) = FILETYPE_CHARACTER_DEVICE;
    put_u64(w, stat_ptr + 8, rights); /* base rights; inheriting rights stay 0 */
    return ERRNO_SUCCESS;
}

WASI(fd_fdstat_set_flags)(wasi_t *w, uint32_t fd, uint32_t flags)
{
    UNUSED(flags);
    return not_a_file(w, fd, ERRNO_NOTCAPABLE);
}

WASI(fd_fdstat_set_rights)(wasi_t *w, uint32_t fd, uint64_t base, uint64_t inheriting)
{
    UNUSED(base), UNUSED(inheriting);
    return not_a_file(w, fd, ERRNO_NOTCAPABLE);
}

WASI(fd_filestat_get)(wasi_t *w, uint32_t fd, uint32_t stat_ptr)
{
    if (!is_stdio(w, fd))
        return ERRNO_BADF;
    if (!in_memory(w, stat_ptr, FILESTAT_SIZE))
        return ERRNO_FAULT;
    memset(at(w, stat_ptr), 0, FILESTAT_SIZE);
    *at(w, stat_ptr + 16) = FILETYPE_CHARACTER_DEVICE;
    return ERRNO_SUCCESS;
}

WASI(fd_filestat_set_size)(wasi_t *w, uint32_t fd, uint64_t size)
{
    UNUSED(size);
    return not_a_file(w, fd, ERRNO_INVAL);
}

WASI(fd_filestat_set_times)(wasi_t *w, uint32_t fd, uint64_t atim, uint64_t mtim,
                            uint32_t fst_flags)
{
    UNUSED(atim), UNUSED(mtim), UNUSED(fst_flags);
    return not_a_file(w, fd, ERRNO_NOTCAPABLE);
}

WASI(fd_advise)(wasi_t *w, uint32_t fd, uint64_t offset, uint64_t len, uint32_t advice)
{
    UNUSED(offset), UNUSED(len), UNUSED(advice);
    return not_a_file(w, fd, ERRNO_SPIPE);
}

WASI(fd_allocate)(wasi_t *w, uint32_t fd, uint64_t offset, uint64_t len)
{
    UNUSED(offset), UNUSED(len);
    return not_a_file(w, fd, ERRNO_SPIPE);
}

WASI(fd_datasync)(wasi_t *w, uint32_t fd)
{
    return not_a_file(w, fd, ERRNO_INVAL);
}

WASI(fd_sync)(wasi_t *w, uint32_t fd)
{
    return not_a_file(w, fd, ERRNO_INVAL);
}

WASI(fd_renumber)(wasi_t *w, uint32_t fd, uint32_t to)
{
    UNUSED(to);
    return not_a_file(w, fd, ERRNO_NOTCAPABLE);
}

WASI(fd_readdir)(wasi_t *w, uint32_t fd, uint32_t buf, uint32_t buf_len, uint64_t cookie,
                 uint32_t bufused_ptr)
{
    UNUSED(buf), UNUSED(buf_len), UNUSED(cookie), UNUSED(bufused_ptr);
    return not_a_file(w, fd, ERRNO_NOTDIR);
}

/* No preopened directories: wasi-libc asks from fd 3 upwards until EBADF. */
WASI(fd_prestat_get)(wasi_t *w, uint32_t fd, uint32_t prestat_ptr)
{
    UNUSED(w), UNUSED(fd), UNUSED(prestat_ptr);
    return ERRNO_BADF;
}

WASI(fd_prestat_dir_name)(wasi_t *w, uint32_t fd, uint32_t path, uint32_t path_len)
{
    UNUSED(w), UNUSED(fd), UNUSED(path), UNUSED(path_len);
    return ERRNO_BADF;
}

/* ---- paths: no directory to resolve them in --------------------------------- */

WASI(path_open)(wasi_t *w, uint32_t dirfd, uint32_t dirflags, uint32_t path, uint32_t path_len,
                uint32_t oflags, uint64_t rights_base, uint64_t rights_inheriting,
                uint32_t fdflags, uint32_t fd_ptr)
{
    UNUSED(dirflags), UNUSED(path), UNUSED(path_len), UNUSED(oflags), UNUSED(rights_base);
    UNUSED(rights_inheriting), UNUSED(fdflags), UNUSED(fd_ptr);
    return no_directory(w, dirfd);
}

WASI(path_create_directory)(wasi_t *w, uint32_t dirfd, uint32_t path, uint32_t path_len)
{
    UNUSED(path), UNUSED(path_len);
    return no_directory(w, dirfd);
}

WASI(path_remove_directory)(wasi_t *w, uint32_t dirfd, uint32_t path, uint32_t path_len)
{
    UNUSED(path), UNUSED(path_len);
    return no_directory(w, dirfd);
}

WASI(path_unlink_file)(wasi_t *w, uint32_t dirfd, uint32_t path, uint32_t path_len)
{
    UNUSED(path), UNUSED(path_len);
    return no_directory(w, dirfd);
}

WASI(path_filestat_get)(wasi_t *w, uint32_t dirfd, uint32_t flags, uint32_t path,
                        uint32_t path_len, uint32_t stat_ptr)
{
    UNUSED(flags), UNUSED(path), UNUSED(path_len), UNUSED(stat_ptr);
    return no_directory(w, dirfd);
}

WASI(path_filestat_set_times)(wasi_t *w, uint32_t dirfd, uint32_t flags, uint32_t path,
                              uint32_t path_len, uint64_t atim, uint64_t mtim,
                              uint32_t fst_flags)
{
    UNUSED(flags), UNUSED(path), UNUSED(path_len), UNUSED(atim), UNUSED(mtim);
    UNUSED(fst_flags);
    return no_directory(w, dirfd);
}

WASI(path_link)(wasi_t *w, uint32_t old_dirfd, uint32_t old_flags, uint32_t old_path,
                uint32_t old_path_len, uint32_t new_dirfd, uint32_t new_path,
                uint32_t new_path_len)
{
    UNUSED(old_flags), UNUSED(old_path), UNUSED(old_path_len), UNUSED(new_dirfd);
    UNUSED(new_path), UNUSED(new_path_len);
    return no_directory(w, old_dirfd);
}

WASI(path_readlink)(wasi_t *w, uint32_t dirfd, uint32_t path, uint32_t path_len, uint32_t buf,
                    uint32_t buf_len, uint32_t bufused_ptr)
{
    UNUSED(path), UNUSED(path_len), UNUSED(buf), UNUSED(buf_len), UNUSED(bufused_ptr);
    return no_directory(w, dirfd);
}

WASI(path_rename)(wasi_t *w, uint32_t old_dirfd, uint32_t old_path, uint32_t old_path_len,
                  uint32_t new_dirfd, uint32_t new_path, uint32_t new_path_len)
{
    UNUSED(old_path), UNUSED(old_path_len), UNUSED(new_dirfd), UNUSED(new_path);
    UNUSED(new_path_len);
    return no_directory(w, old_dirfd);
}

WASI(path_symlink)(wasi_t *w, uint32_t old_path, uint32_t old_path_len, uint32_t dirfd,
                   uint32_t new_path, uint32_t new_path_len)
{
    UNUSED(old_path), UNUSED(old_path_len), UNUSED(new_path), UNUSED(new_path_len);
    return no_directory(w, dirfd);
}

/* ---- polling and scheduling ----------------------------------------------- */

/* The answer to one subscription: clocks are not granted (so nothing ever
 * sleeps), stdin is readable (at EOF), stdout and stderr are writable. */
static uint16_t poll_one(const wasi_t *w, uint8_t tag, uint32_t fd)
{
    switch (tag) {
    case EVENTTYPE_CLOCK:
        return ERRNO_NOTCAPABLE;
    case EVENTTYPE_FD_READ:
        return is_stdio(w, fd) && fd == 0 ? ERRNO_SUCCESS : ERRNO_BADF;
    case EVENTTYPE_FD_WRITE:
        return is_stdio(w, fd) && fd != 0 ? ERRNO_SUCCESS : ERRNO_BADF;
    default:
        return ERRNO_INVAL;
    }
}

WASI(poll_oneoff)(wasi_t *w, uint32_t in, uint32_t out, uint32_t nsubscriptions,
                  uint32_t nevents_ptr)
{
    if (nsubscriptions == 0)
        return ERRNO_INVAL;
    if (!in_memory(w, in, (uint64_t)nsubscriptions * SUBSCRIPTION_SIZE)
        || !in_memory(w, out, (uint64_t)nsubscriptions * EVENT_SIZE)
        || !in_memory(w, nevents_ptr, 4))
        return ERRNO_FAULT;
    for (uint64_t i = 0; i < nsubscriptions; i++) {
        uint64_t sub = in + i * SUBSCRIPTION_SIZE;
        uint64_t event = out + i * EVENT_SIZE;
        uint64_t userdata = load_u64(w, sub);
        uint8_t tag = *at(w, sub + 8);
        uint16_t error = poll_one(w, tag, load_u32(w, sub + 16));
        if (error == ERRNO_INVAL)
            return ERRNO_INVAL;
        memset(at(w, event), 0, EVENT_SIZE);
        put_u64(w, event, userdata);
        put_u16(w, event + 8, error);
        *at(w, event + 10) = tag;
    }
    return store_u32(w, nevents_ptr, nsubscriptions);
}

WASI(sched_yield)(wasi_t *w)
{
    UNUSED(w);
    return ERRNO_SUCCESS;
}

/* ---- process ------------------------------------------------------------------- */

WASMBOX_WASI_VOID(proc_exit)(wasi_t *w, uint32_t code)
{
    w->exit_code = code;
    wasmbox_unwind(WASMBOX_TRAP_EXIT);
}

WASI(proc_raise)(wasi_t *w, uint32_t signal)
{
    w->exit_code = signal;
    wasmbox_unwind(WASMBOX_TRAP_RAISE);
}

/* ---- sockets: not granted ------------------------------------------------------ */

WASI(sock_accept)(wasi_t *w, uint32_t fd, uint32_t flags, uint32_t fd_ptr)
{
    UNUSED(w), UNUSED(fd), UNUSED(flags), UNUSED(fd_ptr);
    return ERRNO_NOTCAPABLE;
}

WASI(sock_recv)(wasi_t *w, uint32_t fd, uint32_t iovs, uint32_t iovs_len, uint32_t flags,
                uint32_t nread_ptr, uint32_t oflags_ptr)
{
    UNUSED(w), UNUSED(fd), UNUSED(iovs), UNUSED(iovs_len), UNUSED(flags), UNUSED(nread_ptr);
    UNUSED(oflags_ptr);
    return ERRNO_NOTCAPABLE;
}

WASI(sock_send)(wasi_t *w, uint32_t fd, uint32_t iovs, uint32_t iovs_len, uint32_t flags,
                uint32_t nwritten_ptr)
{
    UNUSED(w), UNUSED(fd), UNUSED(iovs), UNUSED(iovs_len), UNUSED(flags), UNUSED(nwritten_ptr);
    return ERRNO_NOTCAPABLE;
}

WASI(sock_shutdown)(wasi_t *w, uint32_t fd, uint32_t how)
{
    UNUSED(w), UNUSED(fd), UNUSED(how);
    return ERRNO_NOTCAPABLE;
}
