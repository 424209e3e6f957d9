/* wasmbox_wasi_fd_calls.c - the fd_* calls on files and directories: reading
 * and writing them (for fd_read/fd_write in wasmbox_wasi.c), seeking, their
 * status and flags, changing their size and times, syncing, listing a
 * directory. The descriptor table itself is wasmbox_wasi_fds.c.
 *
 * Changes through an fd follow the policy of the mount it was opened
 * beneath: refused for the in-memory files and read-only mounts.
 *
 * Time stamps are reported as 0 unless the real-time clock is granted: a
 * file's mtime would otherwise tell the sandbox what time it is.
 */
#define _GNU_SOURCE /* the *at() calls, st_mtim, UTIME_*, whatever the -std= */
#include "wasmbox_wasi_impl.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#define WASI(name) WASMBOX_WASI_FN(name)

/* ---- file status, shared with the path calls --------------------------------------- */

static uint8_t filetype_of_mode(mode_t mode)
{
    if (S_ISREG(mode))
        return FILETYPE_REGULAR_FILE;
    if (S_ISDIR(mode))
        return FILETYPE_DIRECTORY;
    if (S_ISLNK(mode))
        return FILETYPE_SYMBOLIC_LINK;
    if (S_ISCHR(mode))
        return FILETYPE_CHARACTER_DEVICE;
    if (S_ISBLK(mode))
        return FILETYPE_BLOCK_DEVICE;
    if (S_ISSOCK(mode))
        return FILETYPE_SOCKET_STREAM;
    return FILETYPE_UNKNOWN;
}

static uint64_t stat_ns(time_t sec, long nsec)
{
    return sec < 0 ? 0 : (uint64_t)sec * UINT64_C(1000000000) + (uint64_t)nsec;
}

void wasmbox_filestat_from_host(const wasi_t *w, const struct stat *st, filestat *fs)
{
    memset(fs, 0, sizeof *fs);
    fs->dev = (uint64_t)st->st_dev;
    fs->ino = (uint64_t)st->st_ino;
    fs->filetype = filetype_of_mode(st->st_mode);
    fs->nlink = (uint64_t)st->st_nlink;
    fs->size = (uint64_t)st->st_size;
    if (w->policy->clock == WASMBOX_CLOCK_ALL) {
#if defined(__APPLE__)
        fs->atim = stat_ns(st->st_atimespec.tv_sec, st->st_atimespec.tv_nsec);
        fs->mtim = stat_ns(st->st_mtimespec.tv_sec, st->st_mtimespec.tv_nsec);
        fs->ctim = stat_ns(st->st_ctimespec.tv_sec, st->st_ctimespec.tv_nsec);
#else
        fs->atim = stat_ns(st->st_atim.tv_sec, st->st_atim.tv_nsec);
        fs->mtim = stat_ns(st->st_mtim.tv_sec, st->st_mtim.tv_nsec);
        fs->ctim = stat_ns(st->st_ctim.tv_sec, st->st_ctim.tv_nsec);
#endif
    }
}

uint32_t wasmbox_put_filestat(const wasi_t *w, uint32_t ptr, const filestat *fs)
{
    if (!in_memory(w, ptr, FILESTAT_SIZE))
        return ERRNO_FAULT;
    memset(at(w, ptr), 0, FILESTAT_SIZE);
    put_u64(w, ptr, fs->dev);
    put_u64(w, ptr + 8, fs->ino);
    *at(w, ptr + 16) = fs->filetype;
    put_u64(w, ptr + 24, fs->nlink);
    put_u64(w, ptr + 32, fs->size);
    put_u64(w, ptr + 40, fs->atim);
    put_u64(w, ptr + 48, fs->mtim);
    put_u64(w, ptr + 56, fs->ctim);
    return ERRNO_SUCCESS;
}

uint32_t wasmbox_host_times(uint64_t atim, uint64_t mtim, uint32_t flags, struct timespec t[2])
{
    if (((flags & FSTFLAGS_ATIM) && (flags & FSTFLAGS_ATIM_NOW))
        || ((flags & FSTFLAGS_MTIM) && (flags & FSTFLAGS_MTIM_NOW)))
        return ERRNO_INVAL;
    uint64_t values[2] = {atim, mtim};
    uint32_t set[2] = {FSTFLAGS_ATIM, FSTFLAGS_MTIM}, now[2] = {FSTFLAGS_ATIM_NOW,
                                                                 FSTFLAGS_MTIM_NOW};
    for (int i = 0; i < 2; i++) {
        t[i].tv_sec = 0;
        if (flags & set[i]) {
            t[i].tv_sec = (time_t)(values[i] / 1000000000);
            t[i].tv_nsec = (long)(values[i] % 1000000000);
        } else {
            t[i].tv_nsec = (flags & now[i]) ? UTIME_NOW : UTIME_OMIT;
        }
    }
    return ERRNO_SUCCESS;
}

/* ---- reading and writing files ---------------------------------------------------------- */

uint32_t wasmbox_file_read(wasi_t *w, wasmbox_fd *f, const iovec_list *iov, uint64_t offset,
                           bool positioned, uint32_t *done)
{
    if (f->kind == WASMBOX_FD_MEMORY_FILE) {
        *done = wasmbox_memory_read(w, f, iov, offset, positioned);
        return ERRNO_SUCCESS;
    }
    if (f->kind != WASMBOX_FD_HOST_FILE)
        return fd_is_dir(f) ? ERRNO_ISDIR : ERRNO_BADF;
    if (!f->readable)
        return ERRNO_BADF;
    if (positioned && offset > INT64_MAX)
        return ERRNO_INVAL;
    uint64_t total = 0;
    uint32_t err = ERRNO_SUCCESS;
    for (uint32_t i = 0; i < iov->count; i++) {
        void *buf = (void *)iov->chunks[i].data;
        size_t size = iov->chunks[i].size;
        ssize_t n;
        do
            n = positioned ? pread(f->host_fd, buf, size, (off_t)(offset + total))
                           : read(f->host_fd, buf, size);
        while (n < 0 && errno == EINTR && !wasmbox_import_interrupted());
        if (n < 0) {
            if (total == 0) /* report bytes already read; the error comes next time */
                err = wasmbox_errno_from_host(errno);
            break;
        }
        total += (uint64_t)n;
        if ((size_t)n < size) /* end of file, or all there is for now */
            break;
    }
    *done = (uint32_t)total;
    return err;
}

uint32_t wasmbox_file_write(wasi_t *w, wasmbox_fd *f, const iovec_list *iov, uint64_t offset,
                            bool positioned, uint32_t *done)
{
    if (f->kind == WASMBOX_FD_MEMORY_FILE || f->kind == WASMBOX_FD_MEMORY_DIR)
        return ERRNO_BADF; /* never opened for writing: opening so was refused */
    if (f->kind != WASMBOX_FD_HOST_FILE)
        return fd_is_dir(f) ? ERRNO_ISDIR : ERRNO_BADF;
    if (!f->writable)
        return ERRNO_BADF;
    UNUSED(w);
    if (positioned && offset > INT64_MAX)
        return ERRNO_INVAL;
    uint64_t total = 0;
    uint32_t err = ERRNO_SUCCESS;
    for (uint32_t i = 0; i < iov->count; i++) {
        const uint8_t *buf = iov->chunks[i].data;
        size_t left = iov->chunks[i].size;
        while (left > 0) {
            ssize_t n = positioned ? pwrite(f->host_fd, buf, left, (off_t)(offset + total))
                                   : write(f->host_fd, buf, left);
            if (n < 0) {
                if (errno == EINTR && !wasmbox_import_interrupted())
                    continue;
                if (total == 0)
                    err = wasmbox_errno_from_host(errno);
                goto out;
            }
            buf += n;
            left -= (size_t)n;
            total += (uint64_t)n;
        }
    }
out:
    *done = (uint32_t)total;
    return err;
}

uint32_t wasmbox_file_poll_ready(const wasi_t *w, const wasmbox_fd *f, bool write,
                                 uint64_t *nbytes)
{
    *nbytes = 0;
    if (f->kind == WASMBOX_FD_MEMORY_FILE) {
        const wasmbox_node *n = &w->policy->nodes[f->node];
        *nbytes = n->size > f->offset ? n->size - f->offset : 0;
        return write ? ERRNO_BADF : ERRNO_SUCCESS;
    }
    if (f->kind == WASMBOX_FD_HOST_FILE)
        return (write ? f->writable : f->readable) ? ERRNO_SUCCESS : ERRNO_BADF;
    return ERRNO_BADF;
}

/* ---- descriptor calls --------------------------------------------------------------------- */

static uint32_t seek(wasi_t *w, wasmbox_fd *f, int64_t offset, uint32_t whence, uint64_t *pos)
{
    if (whence > WHENCE_END)
        return ERRNO_INVAL;
    if (f->kind == WASMBOX_FD_MEMORY_FILE) {
        int64_t base = whence == WHENCE_SET ? 0
                       : whence == WHENCE_CUR ? (int64_t)f->offset
                                              : (int64_t)w->policy->nodes[f->node].size;
        if ((offset < 0 && base + offset < 0) || (offset > 0 && base > INT64_MAX - offset))
            return ERRNO_INVAL;
        f->offset = (uint64_t)(base + offset);
        *pos = f->offset;
        return ERRNO_SUCCESS;
    }
    if (f->kind != WASMBOX_FD_HOST_FILE)
        return fd_is_dir(f) ? ERRNO_BADF : ERRNO_SPIPE;
    static const int host_whence[3] = {SEEK_SET, SEEK_CUR, SEEK_END};
    off_t result = lseek(f->host_fd, (off_t)offset, host_whence[whence]);
    if (result < 0)
        return wasmbox_errno_from_host(errno);
    *pos = (uint64_t)result;
    return ERRNO_SUCCESS;
}

WASI(fd_seek)(wasi_t *w, uint32_t fd, uint64_t offset, uint32_t whence, uint32_t newoffset_ptr)
{
    check_native_stack();
    wasmbox_fd *f = fd_get(w, fd);
    if (f == NULL)
        return ERRNO_BADF;
    if (!in_memory(w, newoffset_ptr, 8))
        return ERRNO_FAULT;
    uint64_t pos = 0;
    uint32_t err = seek(w, f, (int64_t)offset, whence, &pos);
    if (err == ERRNO_SUCCESS)
        put_u64(w, newoffset_ptr, pos);
    return err;
}

WASI(fd_tell)(wasi_t *w, uint32_t fd, uint32_t offset_ptr)
{
    check_native_stack();
    return w2c_wasi__snapshot__preview1_fd_seek(w, fd, 0, WHENCE_CUR, offset_ptr);
}

WASI(fd_fdstat_get)(wasi_t *w, uint32_t fd, uint32_t stat_ptr)
{
    check_native_stack();
    const wasmbox_fd *f = fd_get(w, fd);
    if (f == NULL)
        return ERRNO_BADF;
    if (!in_memory(w, stat_ptr, FDSTAT_SIZE))
        return ERRNO_FAULT;
    uint8_t filetype = FILETYPE_REGULAR_FILE;
    uint64_t base = RIGHT_FD_FILESTAT_GET | RIGHT_POLL_FD_READWRITE, inheriting = 0;
    if (fd_is_stdio(f)) {
        filetype = FILETYPE_CHARACTER_DEVICE;
        base |= f->kind == WASMBOX_FD_STDIN ? RIGHT_FD_READ : RIGHT_FD_WRITE;
    } else if (fd_is_dir(f)) {
        /* Directories grant every right: wasi-libc intersects what it asks
         * for with these; the policy is enforced on each call instead. */
        filetype = FILETYPE_DIRECTORY;
        base = inheriting = RIGHTS_ALL;
    } else {
        struct stat st;
        if (f->kind == WASMBOX_FD_HOST_FILE && fstat(f->host_fd, &st) == 0)
            filetype = filetype_of_mode(st.st_mode);
        base |= RIGHT_FD_SEEK | RIGHT_FD_TELL | RIGHT_FD_ADVISE | RIGHT_FD_SYNC
                | RIGHT_FD_FDSTAT_SET_FLAGS;
        if (f->readable)
            base |= RIGHT_FD_READ;
        if (f->writable)
            base |= RIGHTS_WRITE | RIGHT_FD_FILESTAT_SET_TIMES;
    }
    memset(at(w, stat_ptr), 0, FDSTAT_SIZE);
    *at(w, stat_ptr) = filetype;
    put_u16(w, stat_ptr + 2, f->fdflags);
    put_u64(w, stat_ptr + 8, base);
    put_u64(w, stat_ptr + 16, inheriting);
    return ERRNO_SUCCESS;
}

WASI(fd_fdstat_set_flags)(wasi_t *w, uint32_t fd, uint32_t flags)
{
    check_native_stack();
    wasmbox_fd *f = fd_get(w, fd);
    if (f == NULL)
        return ERRNO_BADF;
    if (f->kind != WASMBOX_FD_HOST_FILE)
        return fd_is_stdio(f) ? ERRNO_NOTSUP : ERRNO_SUCCESS; /* nothing to change */
    if ((flags & FDFLAGS_APPEND) && !f->writable)
        return ERRNO_BADF;
    int current = fcntl(f->host_fd, F_GETFL);
    int wanted = current & ~(O_APPEND | O_NONBLOCK);
    if (flags & FDFLAGS_APPEND)
        wanted |= O_APPEND;
    if (flags & FDFLAGS_NONBLOCK)
        wanted |= O_NONBLOCK;
    if (current < 0 || fcntl(f->host_fd, F_SETFL, wanted) != 0)
        return wasmbox_errno_from_host(errno);
    f->fdflags = (uint16_t)flags;
    return ERRNO_SUCCESS;
}

WASI(fd_fdstat_set_rights)(wasi_t *w, uint32_t fd, uint64_t base, uint64_t inheriting)
{
    check_native_stack();
    UNUSED(base), UNUSED(inheriting);
    return fd_get(w, fd) ? ERRNO_SUCCESS : ERRNO_BADF; /* rights only ever shrink: ignore */
}

WASI(fd_filestat_get)(wasi_t *w, uint32_t fd, uint32_t stat_ptr)
{
    check_native_stack();
    const wasmbox_fd *f = fd_get(w, fd);
    if (f == NULL)
        return ERRNO_BADF;
    filestat fs;
    memset(&fs, 0, sizeof fs);
    switch (f->kind) {
    case WASMBOX_FD_HOST_FILE:
    case WASMBOX_FD_HOST_DIR: {
        struct stat st;
        if (fstat(f->host_fd, &st) != 0)
            return wasmbox_errno_from_host(errno);
        wasmbox_filestat_from_host(w, &st, &fs);
        break;
    }
    case WASMBOX_FD_MEMORY_FILE:
    case WASMBOX_FD_MEMORY_DIR:
        wasmbox_filestat_of_node(w, f->node, &fs);
        break;
    case WASMBOX_FD_DENY_DIR:
        fs.filetype = FILETYPE_DIRECTORY;
        break;
    default:
        fs.filetype = FILETYPE_CHARACTER_DEVICE;
        break;
    }
    return wasmbox_put_filestat(w, stat_ptr, &fs);
}

/* The refusal or errno for changing a file through fd f, or SUCCESS if the
 * host may try. */
static uint32_t check_file_change(const wasi_t *w, const char *call, const wasmbox_fd *f)
{
    if (f->kind == WASMBOX_FD_MEMORY_FILE)
        return deny(w, call, "changing an in-memory file (files= are read-only)");
    if (f->kind != WASMBOX_FD_HOST_FILE)
        return fd_is_dir(f) ? ERRNO_ISDIR : ERRNO_INVAL;
    if (!mount_writable(w, f))
        return deny(w, call, "changing a file in the read-only preopen '%s'",
                    mount_name(w, f));
    return f->writable ? ERRNO_SUCCESS : ERRNO_BADF;
}

WASI(fd_filestat_set_size)(wasi_t *w, uint32_t fd, uint64_t size)
{
    check_native_stack();
    const wasmbox_fd *f = fd_get(w, fd);
    if (f == NULL)
        return ERRNO_BADF;
    uint32_t err = check_file_change(w, "fd_filestat_set_size", f);
    if (err != ERRNO_SUCCESS)
        return reply(w, err);
    if (size > INT64_MAX)
        return ERRNO_FBIG;
    int r = ftruncate(f->host_fd, (off_t)size);
    return r == 0 ? ERRNO_SUCCESS : wasmbox_errno_from_host(errno);
}

WASI(fd_allocate)(wasi_t *w, uint32_t fd, uint64_t offset, uint64_t len)
{
    check_native_stack();
    const wasmbox_fd *f = fd_get(w, fd);
    if (f == NULL)
        return ERRNO_BADF;
    uint32_t err = check_file_change(w, "fd_allocate", f);
    if (err != ERRNO_SUCCESS)
        return reply(w, err);
    if (offset > INT64_MAX || len > INT64_MAX - offset)
        return ERRNO_FBIG;
#if defined(__linux__)
    int e = posix_fallocate(f->host_fd, (off_t)offset, (off_t)len);
#else
    int e = ENOTSUP;
#endif
    return wasmbox_errno_from_host(e);
}

WASI(fd_filestat_set_times)(wasi_t *w, uint32_t fd, uint64_t atim, uint64_t mtim,
                            uint32_t fst_flags)
{
    check_native_stack();
    const wasmbox_fd *f = fd_get(w, fd);
    if (f == NULL)
        return ERRNO_BADF;
    uint32_t err = check_file_change(w, "fd_filestat_set_times", f);
    if (err == ERRNO_BADF)
        err = ERRNO_SUCCESS; /* the owner may set times through a read-only fd */
    if (err != ERRNO_SUCCESS)
        return reply(w, err);
    struct timespec times[2];
    if ((err = wasmbox_host_times(atim, mtim, fst_flags, times)) != ERRNO_SUCCESS)
        return err;
    int r = futimens(f->host_fd, times);
    return r == 0 ? ERRNO_SUCCESS : wasmbox_errno_from_host(errno);
}

WASI(fd_advise)(wasi_t *w, uint32_t fd, uint64_t offset, uint64_t len, uint32_t advice)
{
    check_native_stack();
    UNUSED(offset), UNUSED(len), UNUSED(advice);
    const wasmbox_fd *f = fd_get(w, fd);
    if (f == NULL)
        return ERRNO_BADF;
    if (fd_is_stdio(f))
        return ERRNO_SPIPE;
    return fd_is_dir(f) ? ERRNO_BADF : ERRNO_SUCCESS; /* advice may be ignored */
}

static uint32_t sync_fd(wasi_t *w, uint32_t fd, bool data_only)
{
    const wasmbox_fd *f = fd_get(w, fd);
    if (f == NULL)
        return ERRNO_BADF;
    if (f->kind != WASMBOX_FD_HOST_FILE && f->kind != WASMBOX_FD_HOST_DIR)
        return fd_is_stdio(f) ? ERRNO_INVAL : ERRNO_SUCCESS;
#if defined(__linux__)
    int r = data_only ? fdatasync(f->host_fd) : fsync(f->host_fd);
#else
    UNUSED(data_only);
    int r = fsync(f->host_fd);
#endif
    return r == 0 ? ERRNO_SUCCESS : wasmbox_errno_from_host(errno);
}

WASI(fd_datasync)(wasi_t *w, uint32_t fd)
{
    check_native_stack();
    return sync_fd(w, fd, true);
}

WASI(fd_sync)(wasi_t *w, uint32_t fd)
{
    check_native_stack();
    return sync_fd(w, fd, false);
}

/* ---- fd_readdir ------------------------------------------------------------------------------- */

/* What does not fit in the buffer is cut off, as WASI says (the sandbox sees
 * a full buffer and asks again with a bigger one). */
void wasmbox_put_dirent(const wasi_t *w, uint64_t buf, uint32_t buf_len, uint64_t *pos,
                        uint64_t next, uint64_t ino, uint8_t type, const char *name)
{
    uint8_t entry[DIRENT_SIZE];
    uint32_t namlen = (uint32_t)strlen(name);
    memset(entry, 0, sizeof entry);
    memcpy(entry, &next, 8);
    memcpy(entry + 8, &ino, 8);
    memcpy(entry + 16, &namlen, 4);
    entry[20] = type;
    const uint8_t *parts[2] = {entry, (const uint8_t *)name};
    uint64_t sizes[2] = {DIRENT_SIZE, namlen};
    for (int i = 0; i < 2; i++) {
        uint64_t room = buf_len > *pos ? buf_len - *pos : 0;
        uint64_t n = sizes[i] < room ? sizes[i] : room;
        if (n > 0)
            memcpy(at(w, buf + *pos), parts[i], (size_t)n);
        *pos += sizes[i];
    }
}

static uint8_t filetype_of_dirent(int dir, const struct dirent *e)
{
#ifdef DT_UNKNOWN
    switch (e->d_type) {
    case DT_REG: return FILETYPE_REGULAR_FILE;
    case DT_DIR: return FILETYPE_DIRECTORY;
    case DT_LNK: return FILETYPE_SYMBOLIC_LINK;
    case DT_CHR: return FILETYPE_CHARACTER_DEVICE;
    case DT_BLK: return FILETYPE_BLOCK_DEVICE;
    case DT_SOCK: return FILETYPE_SOCKET_STREAM;
    case DT_UNKNOWN: break;
    default: return FILETYPE_UNKNOWN;
    }
#endif
    struct stat st;
    if (fstatat(dir, e->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0)
        return FILETYPE_UNKNOWN;
    return filetype_of_mode(st.st_mode);
}

static uint32_t host_readdir(wasi_t *w, wasmbox_fd *f, uint64_t buf, uint32_t buf_len,
                             uint64_t cookie, uint64_t *pos)
{
    DIR *d = f->dir_stream;
    if (d == NULL) { /* a stream of our own: the fd's offset stays untouched */
        int fd = openat(f->host_fd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (fd < 0 || (d = fdopendir(fd)) == NULL) {
            int e = errno;
            if (fd >= 0)
                close(fd);
            return wasmbox_errno_from_host(e);
        }
        f->dir_stream = d;
        f->dir_cookie = 0;
    }
    if (cookie < f->dir_cookie) {
        rewinddir(d);
        f->dir_cookie = 0;
    }
    while (f->dir_cookie < cookie && readdir(d) != NULL) /* skip what was delivered */
        f->dir_cookie++;
    while (*pos < buf_len) {
        errno = 0;
        struct dirent *e = readdir(d);
        if (e == NULL)
            return errno ? wasmbox_errno_from_host(errno) : ERRNO_SUCCESS;
        f->dir_cookie++;
        wasmbox_put_dirent(w, buf, buf_len, pos, f->dir_cookie, (uint64_t)e->d_ino,
                   filetype_of_dirent(dirfd(d), e), e->d_name);
    }
    return ERRNO_SUCCESS;
}

WASI(fd_readdir)(wasi_t *w, uint32_t fd, uint32_t buf, uint32_t buf_len, uint64_t cookie,
                 uint32_t bufused_ptr)
{
    check_native_stack();
    wasmbox_fd *f;
    uint32_t err = dir_get(w, fd, &f);
    if (err != ERRNO_SUCCESS)
        return err;
    if (!in_memory(w, buf, buf_len) || !in_memory(w, bufused_ptr, 4))
        return ERRNO_FAULT;
    uint64_t pos = 0;
    if (f->kind == WASMBOX_FD_DENY_DIR) {
        err = deny(w, "fd_readdir", "listing '/': no file access was granted there");
    } else if (f->kind == WASMBOX_FD_MEMORY_DIR) {
        wasmbox_memory_readdir(w, f, buf, buf_len, cookie, &pos);
    } else {
        err = host_readdir(w, f, buf, buf_len, cookie, &pos);
    }
    if (err != ERRNO_SUCCESS)
        return reply(w, err);
    put_u32(w, bufused_ptr, (uint32_t)(pos < buf_len ? pos : buf_len));
    return ERRNO_SUCCESS;
}
