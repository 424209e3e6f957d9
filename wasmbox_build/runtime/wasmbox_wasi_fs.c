/* wasmbox_wasi_fs.c - files and directories for the sandbox.
 *
 * The sandbox sees files only through preopened directories (fd 3 up),
 * which wasi-libc finds at start-up and resolves every path against:
 *
 *   host mounts    preopens={"/data": "/srv/data"}: a host directory, opened
 *                  when the policy was made; read-only unless ("...", "rw").
 *                  Every path is resolved beneath it (wasmbox_beneath.c).
 *   the memory     files={"/data/words.txt": b"..."}: read-only files kept in
 *   mount          the policy, mounted at "/".
 *   the deny mount "/" when nothing else is mounted there, so that every path
 *                  outside the grants reaches the policy and is refused (and
 *                  with on_denied="trap" names what was asked) instead of
 *                  being turned away by wasi-libc unseen.
 *
 * Refused by policy (ENOTCAPABLE, or CapabilityDenied): any path that
 * leads outside its mount ("..", absolute, symlinks out), writing to a
 * read-only mount or to the in-memory files, creating links. Everything
 * else fails or succeeds as the host file system says.
 *
 * Time stamps are reported as 0 unless the real-time clock is granted: a
 * file's mtime would otherwise tell the sandbox what time it is.
 */
#define _GNU_SOURCE /* O_PATH */
#include "wasmbox_wasi_impl.h"
#include "wasmbox_beneath.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h> /* renameat */
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>

#define WASI(name) WASMBOX_WASI_FN(name)

/* ---- descriptors ------------------------------------------------------------------- */

void wasmbox_fd_release(wasmbox_fd *f)
{
    if (f->dir_stream != NULL)
        closedir(f->dir_stream); /* closes its own fd, not host_fd */
    if (f->owns_host_fd && f->host_fd >= 0)
        close(f->host_fd);
    memset(f, 0, sizeof *f);
    f->host_fd = -1;
}

static bool mount_writable(const wasi_t *w, const wasmbox_fd *f)
{
    const wasmbox_mount *m = &w->policy->mounts[f->mount];
    return m->kind == WASMBOX_MOUNT_HOST && m->writable;
}

/* A directory fd to resolve a path in: EBADF if not open, ENOTDIR if not a dir. */
static uint32_t get_dir(const wasi_t *w, uint32_t fd, wasmbox_fd **out)
{
    wasmbox_fd *f = fd_get(w, fd);
    if (f == NULL)
        return ERRNO_BADF;
    if (!fd_is_dir(f))
        return ERRNO_NOTDIR;
    *out = f;
    return ERRNO_SUCCESS;
}

/* Copy a path out of sandbox memory into a NUL-terminated host string. */
static uint32_t get_path(const wasi_t *w, uint32_t ptr, uint32_t len, char **out)
{
    if (!in_memory(w, ptr, len))
        return ERRNO_FAULT;
    if (len >= MAX_PATH_BYTES)
        return ERRNO_NAMETOOLONG;
    if (memchr(at(w, ptr), '\0', len) != NULL)
        return ERRNO_INVAL; /* a host path would end there: refuse the ambiguity */
    char *path = malloc((size_t)len + 1);
    if (path == NULL)
        return ERRNO_NOMEM;
    memcpy(path, at(w, ptr), len);
    path[len] = '\0';
    *out = path;
    return ERRNO_SUCCESS;
}

/* How a path appears in messages: as the sandbox would write it when the
 * directory is a mount's own, else under "<mount>/.../". */
typedef struct {
    char text[MAX_PATH_BYTES + 64];
} shown_path;

static const char *show(shown_path *s, const wasi_t *w, const wasmbox_fd *dir,
                        const char *path)
{
    const char *mount = mount_name(w, dir);
    const char *base = strcmp(mount, "/") == 0 ? "" : mount;
    if (dir->preopen && (path[0] == '\0' || strcmp(path, ".") == 0))
        snprintf(s->text, sizeof s->text, "%s", mount);
    else
        snprintf(s->text, sizeof s->text, "%s%s%s", base, dir->preopen ? "/" : "/.../", path);
    return s->text;
}

/* ---- stat ---------------------------------------------------------------------------- */

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

typedef struct {
    uint64_t dev, ino, nlink, size, atim, mtim, ctim;
    uint8_t filetype;
} filestat;

static void filestat_from_host(const wasi_t *w, const struct stat *st, filestat *fs)
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

static void filestat_of_node(const wasi_t *w, uint32_t node, filestat *fs)
{
    const wasmbox_node *n = &w->policy->nodes[node];
    memset(fs, 0, sizeof *fs);
    fs->ino = (uint64_t)node + 1;
    fs->filetype = n->is_dir ? FILETYPE_DIRECTORY : FILETYPE_REGULAR_FILE;
    fs->nlink = 1;
    fs->size = n->size;
}

static uint32_t put_filestat(const wasi_t *w, uint32_t ptr, const filestat *fs)
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

/* ---- the in-memory tree ------------------------------------------------------------ */

static uint32_t child_named(const wasmbox_policy *p, uint32_t dir, const char *name, size_t len)
{
    for (uint32_t c = p->nodes[dir].first_child; c != WASMBOX_NO_NODE;
         c = p->nodes[c].next_sibling) {
        if (strlen(p->nodes[c].name) == len && memcmp(p->nodes[c].name, name, len) == 0)
            return c;
    }
    return WASMBOX_NO_NODE;
}

/* Resolve `path` from directory node `start`. ".." above the tree's root
 * leaves the mount: refused. */
static uint32_t memory_lookup(const wasi_t *w, const char *call, const wasmbox_fd *dir,
                              const char *path, uint32_t *out)
{
    const wasmbox_policy *p = w->policy;
    if (path[0] == '/')
        return deny(w, call, "the absolute path '%s' relative to a directory", path);
    uint32_t node = dir->node;
    const char *s = path;
    while (*s != '\0') {
        const char *end = strchr(s, '/');
        size_t len = end ? (size_t)(end - s) : strlen(s);
        bool dots = len == 2 && s[0] == '.' && s[1] == '.';
        if (!p->nodes[node].is_dir)
            return ERRNO_NOTDIR;
        shown_path shown;
        if (dots && node == 0)
            return deny(w, call, "'%s' leads outside '/'", show(&shown, w, dir, path));
        if (dots)
            node = p->nodes[node].parent;
        else if (len > 0 && !(len == 1 && s[0] == '.')) {
            uint32_t child = child_named(p, node, s, len);
            if (child == WASMBOX_NO_NODE)
                return ERRNO_NOENT;
            node = child;
        }
        s += len;
        while (*s == '/') {
            if (!p->nodes[node].is_dir)
                return ERRNO_NOTDIR; /* "file/" */
            s++;
        }
    }
    *out = node;
    return ERRNO_SUCCESS;
}

static uint32_t memory_read_only(const wasi_t *w, const char *call, const wasmbox_fd *dir,
                                 const char *path)
{
    shown_path shown;
    return deny(w, call, "changing '%s': in-memory files (files=) are read-only",
                show(&shown, w, dir, path));
}

/* ---- refusals common to every path call ---------------------------------------------- */

static uint32_t no_mount(const wasi_t *w, const char *call, const wasmbox_fd *dir,
                         const char *path)
{
    shown_path shown;
    return deny(w, call, "'%s': no file access was granted there (files=, preopens=)",
                show(&shown, w, dir, path));
}

static uint32_t read_only_mount(const wasi_t *w, const char *call, const wasmbox_fd *dir,
                                const char *path)
{
    shown_path shown;
    return deny(w, call, "changing '%s' in a read-only preopen (grant it as "
                "(host_dir, \"rw\"))", show(&shown, w, dir, path));
}

/* A failed host call: leaving the mount is a refusal, the rest host errnos. */
static uint32_t host_failure(const wasi_t *w, const char *call, const wasmbox_fd *dir,
                             const char *path, int host_errno)
{
    shown_path shown;
    if (host_errno == EXDEV)
        return deny(w, call, "'%s' leads outside the preopen '%s'",
                    show(&shown, w, dir, path), mount_name(w, dir));
    return wasmbox_errno_from_host(host_errno);
}

/* ---- path_open ------------------------------------------------------------------------ */

typedef struct {
    uint32_t lookupflags, oflags, fdflags;
    uint64_t rights;
    bool write, read;
} open_request;

static int host_open_flags(const open_request *r)
{
    int flags = O_NONBLOCK | O_NOCTTY | O_CLOEXEC; /* never block on a FIFO */
    if (r->write)
        flags |= r->read ? O_RDWR : O_WRONLY;
    else
        flags |= O_RDONLY;
    if (r->oflags & OFLAGS_CREAT)
        flags |= O_CREAT;
    if (r->oflags & OFLAGS_EXCL)
        flags |= O_EXCL;
    if (r->oflags & OFLAGS_TRUNC)
        flags |= O_TRUNC;
    if (r->oflags & OFLAGS_DIRECTORY)
        flags |= O_DIRECTORY;
    if (r->fdflags & FDFLAGS_APPEND)
        flags |= O_APPEND;
    if (r->fdflags & (FDFLAGS_SYNC | FDFLAGS_RSYNC))
        flags |= O_SYNC;
    else if (r->fdflags & FDFLAGS_DSYNC)
        flags |= O_DSYNC;
    if (!(r->lookupflags & LOOKUP_SYMLINK_FOLLOW))
        flags |= O_NOFOLLOW;
    return flags;
}

static uint32_t host_open(wasi_t *w, const wasmbox_fd *dir, const char *path,
                          const open_request *r, wasmbox_fd *entry)
{
    if (r->write && !mount_writable(w, dir))
        return read_only_mount(w, "path_open", dir, path);
    host_enter();
    int fd = wasmbox_open_beneath(dir->host_fd, path, host_open_flags(r), 0666);
    uint32_t err = ERRNO_SUCCESS;
    struct stat st;
    if (fd < 0) {
        err = host_failure(w, "path_open", dir, path, errno);
    } else if (fstat(fd, &st) != 0) {
        err = wasmbox_errno_from_host(errno);
    } else if (!(r->fdflags & FDFLAGS_NONBLOCK)) {
        fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    }
    host_leave();
    if (err != ERRNO_SUCCESS) {
        if (fd >= 0)
            close(fd);
        return err;
    }
    entry->kind = S_ISDIR(st.st_mode) ? WASMBOX_FD_HOST_DIR : WASMBOX_FD_HOST_FILE;
    entry->host_fd = fd;
    entry->owns_host_fd = true;
    return ERRNO_SUCCESS;
}

static uint32_t memory_open(wasi_t *w, const wasmbox_fd *dir, const char *path,
                            const open_request *r, wasmbox_fd *entry)
{
    if (r->write)
        return memory_read_only(w, "path_open", dir, path);
    uint32_t node;
    uint32_t err = memory_lookup(w, "path_open", dir, path, &node);
    if (err != ERRNO_SUCCESS)
        return err;
    bool is_dir = w->policy->nodes[node].is_dir;
    if ((r->oflags & OFLAGS_DIRECTORY) && !is_dir)
        return ERRNO_NOTDIR;
    entry->kind = is_dir ? WASMBOX_FD_MEMORY_DIR : WASMBOX_FD_MEMORY_FILE;
    entry->node = node;
    return ERRNO_SUCCESS;
}

static uint32_t do_path_open(wasi_t *w, uint32_t dirfd, uint32_t path_ptr, uint32_t path_len,
                             const open_request *r, uint32_t fd_ptr)
{
    wasmbox_fd *dir;
    char *path;
    uint32_t err = get_dir(w, dirfd, &dir);
    if (err != ERRNO_SUCCESS)
        return err;
    if (!in_memory(w, fd_ptr, 4))
        return ERRNO_FAULT;
    if ((err = get_path(w, path_ptr, path_len, &path)) != ERRNO_SUCCESS)
        return err;
    wasmbox_fd entry = {
        .mount = dir->mount, .readable = r->read || !r->write, .writable = r->write,
        .fdflags = (uint16_t)r->fdflags, .host_fd = -1,
    };
    if (path[0] == '/')
        err = deny(w, "path_open", "the absolute path '%s' relative to a directory", path);
    else if (dir->kind == WASMBOX_FD_DENY_DIR)
        err = no_mount(w, "path_open", dir, path);
    else if (dir->kind == WASMBOX_FD_MEMORY_DIR)
        err = memory_open(w, dir, path, r, &entry);
    else
        err = host_open(w, dir, path, r, &entry);
    free(path);
    uint32_t fd;
    if (err == ERRNO_SUCCESS && (err = wasmbox_fd_add(w, &entry, &fd)) != ERRNO_SUCCESS)
        wasmbox_fd_release(&entry);
    if (err == ERRNO_SUCCESS)
        put_u32(w, fd_ptr, fd);
    return err;
}

WASI(path_open)(wasi_t *w, uint32_t dirfd, uint32_t dirflags, uint32_t path, uint32_t path_len,
                uint32_t oflags, uint64_t rights_base, uint64_t rights_inheriting,
                uint32_t fdflags, uint32_t fd_ptr)
{
    check_native_stack();
    UNUSED(rights_inheriting);
    /* wasi-libc asks for the write rights exactly when opening for writing. */
    open_request r = {
        .lookupflags = dirflags, .oflags = oflags, .fdflags = fdflags, .rights = rights_base,
        .write = (rights_base & RIGHTS_WRITE) || (oflags & (OFLAGS_CREAT | OFLAGS_TRUNC))
                 || (fdflags & FDFLAGS_APPEND),
        .read = (rights_base & RIGHTS_READ) != 0,
    };
    return reply(w, do_path_open(w, dirfd, path, path_len, &r, fd_ptr));
}

/* ---- reading and writing files ---------------------------------------------------------- */

uint32_t wasmbox_file_read(wasi_t *w, wasmbox_fd *f, const iovec_list *iov, uint64_t offset,
                           bool positioned, uint32_t *done)
{
    uint64_t total = 0;
    if (f->kind == WASMBOX_FD_MEMORY_FILE) {
        const wasmbox_node *n = &w->policy->nodes[f->node];
        uint64_t pos = positioned ? offset : f->offset;
        for (uint32_t i = 0; i < iov->count && pos < n->size; i++) {
            uint64_t left = n->size - pos;
            uint64_t k = iov->chunks[i].size < left ? iov->chunks[i].size : left;
            memcpy((void *)iov->chunks[i].data, n->data + pos, (size_t)k);
            pos += k;
            total += k;
        }
        if (!positioned)
            f->offset = pos;
        *done = (uint32_t)total;
        return ERRNO_SUCCESS;
    }
    if (f->kind != WASMBOX_FD_HOST_FILE)
        return fd_is_dir(f) ? ERRNO_ISDIR : ERRNO_BADF;
    if (!f->readable)
        return ERRNO_BADF;
    if (positioned && offset > INT64_MAX)
        return ERRNO_INVAL;
    uint32_t err = ERRNO_SUCCESS;
    host_enter();
    for (uint32_t i = 0; i < iov->count; i++) {
        void *buf = (void *)iov->chunks[i].data;
        size_t size = iov->chunks[i].size;
        ssize_t n;
        do
            n = positioned ? pread(f->host_fd, buf, size, (off_t)(offset + total))
                           : read(f->host_fd, buf, size);
        while (n < 0 && errno == EINTR);
        if (n < 0) {
            if (total == 0) /* report bytes already read; the error comes next time */
                err = wasmbox_errno_from_host(errno);
            break;
        }
        total += (uint64_t)n;
        if ((size_t)n < size) /* end of file, or all there is for now */
            break;
    }
    host_leave();
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
    host_enter();
    for (uint32_t i = 0; i < iov->count; i++) {
        const uint8_t *buf = iov->chunks[i].data;
        size_t left = iov->chunks[i].size;
        while (left > 0) {
            ssize_t n = positioned ? pwrite(f->host_fd, buf, left, (off_t)(offset + total))
                                   : write(f->host_fd, buf, left);
            if (n < 0) {
                if (errno == EINTR)
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
    host_leave();
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

WASI(fd_close)(wasi_t *w, uint32_t fd)
{
    check_native_stack();
    wasmbox_fd *f = fd_get(w, fd);
    if (f == NULL)
        return ERRNO_BADF;
    host_enter();
    wasmbox_fd_release(f);
    host_leave();
    return ERRNO_SUCCESS;
}

WASI(fd_renumber)(wasi_t *w, uint32_t from, uint32_t to)
{
    check_native_stack();
    wasmbox_fd *source = fd_get(w, from), *target = fd_get(w, to);
    if (source == NULL || target == NULL)
        return ERRNO_BADF;
    if (from == to)
        return ERRNO_SUCCESS;
    host_enter();
    wasmbox_fd_release(target);
    host_leave();
    *target = *source;
    memset(source, 0, sizeof *source);
    source->host_fd = -1;
    return ERRNO_SUCCESS;
}

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
        filestat_from_host(w, &st, &fs);
        break;
    }
    case WASMBOX_FD_MEMORY_FILE:
    case WASMBOX_FD_MEMORY_DIR:
        filestat_of_node(w, f->node, &fs);
        break;
    case WASMBOX_FD_DENY_DIR:
        fs.filetype = FILETYPE_DIRECTORY;
        break;
    default:
        fs.filetype = FILETYPE_CHARACTER_DEVICE;
        break;
    }
    return put_filestat(w, stat_ptr, &fs);
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
    host_enter();
    int r = ftruncate(f->host_fd, (off_t)size);
    host_leave();
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
    host_enter();
#if defined(__linux__)
    int e = posix_fallocate(f->host_fd, (off_t)offset, (off_t)len);
#else
    int e = ENOTSUP;
#endif
    host_leave();
    return wasmbox_errno_from_host(e);
}

/* {atim, mtim} as utimensat wants them, from WASI's values and flags. */
static uint32_t host_times(uint64_t atim, uint64_t mtim, uint32_t flags, struct timespec t[2])
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
    if ((err = host_times(atim, mtim, fst_flags, times)) != ERRNO_SUCCESS)
        return err;
    host_enter();
    int r = futimens(f->host_fd, times);
    host_leave();
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
    host_enter();
#if defined(__linux__)
    int r = data_only ? fdatasync(f->host_fd) : fsync(f->host_fd);
#else
    UNUSED(data_only);
    int r = fsync(f->host_fd);
#endif
    host_leave();
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

/* ---- preopens ----------------------------------------------------------------------------- */

/* wasi-libc asks from fd 3 upwards until EBADF, then resolves paths by
 * the longest matching directory name. */
WASI(fd_prestat_get)(wasi_t *w, uint32_t fd, uint32_t prestat_ptr)
{
    check_native_stack();
    const wasmbox_fd *f = fd_get(w, fd);
    if (f == NULL || !f->preopen)
        return ERRNO_BADF;
    if (!in_memory(w, prestat_ptr, PRESTAT_SIZE))
        return ERRNO_FAULT;
    memset(at(w, prestat_ptr), 0, PRESTAT_SIZE); /* tag 0: a directory */
    put_u32(w, prestat_ptr + 4, (uint32_t)strlen(mount_name(w, f)));
    return ERRNO_SUCCESS;
}

WASI(fd_prestat_dir_name)(wasi_t *w, uint32_t fd, uint32_t path, uint32_t path_len)
{
    check_native_stack();
    const wasmbox_fd *f = fd_get(w, fd);
    if (f == NULL || !f->preopen)
        return ERRNO_BADF;
    const char *name = mount_name(w, f);
    size_t len = strlen(name);
    if (path_len < len)
        return ERRNO_NAMETOOLONG;
    if (!in_memory(w, path, len))
        return ERRNO_FAULT;
    memcpy(at(w, path), name, len);
    return ERRNO_SUCCESS;
}

/* ---- fd_readdir ------------------------------------------------------------------------------- */

/* Append one entry at *pos; what does not fit in the buffer is cut off, as
 * WASI says (the sandbox sees a full buffer and asks again with a bigger one). */
static void put_dirent(const wasi_t *w, uint64_t buf, uint32_t buf_len, uint64_t *pos,
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
        put_dirent(w, buf, buf_len, pos, f->dir_cookie, (uint64_t)e->d_ino,
                   filetype_of_dirent(dirfd(d), e), e->d_name);
    }
    return ERRNO_SUCCESS;
}

static void memory_readdir(const wasi_t *w, const wasmbox_fd *f, uint64_t buf, uint32_t buf_len,
                           uint64_t cookie, uint64_t *pos)
{
    const wasmbox_policy *p = w->policy;
    const wasmbox_node *dir = &p->nodes[f->node];
    uint64_t index = 0; /* ".", "..", then the children */
    uint32_t child = dir->first_child;
    for (; *pos < buf_len; index++) {
        uint32_t node;
        const char *name;
        if (index == 0) {
            node = f->node, name = ".";
        } else if (index == 1) {
            node = dir->parent, name = "..";
        } else if (child != WASMBOX_NO_NODE) {
            node = child, name = p->nodes[child].name;
            child = p->nodes[child].next_sibling;
        } else {
            break;
        }
        if (index < cookie)
            continue;
        uint8_t type = p->nodes[node].is_dir ? FILETYPE_DIRECTORY : FILETYPE_REGULAR_FILE;
        put_dirent(w, buf, buf_len, pos, index + 1, (uint64_t)node + 1, type, name);
    }
}

WASI(fd_readdir)(wasi_t *w, uint32_t fd, uint32_t buf, uint32_t buf_len, uint64_t cookie,
                 uint32_t bufused_ptr)
{
    check_native_stack();
    wasmbox_fd *f = fd_get(w, fd);
    if (f == NULL)
        return ERRNO_BADF;
    if (!fd_is_dir(f))
        return ERRNO_NOTDIR;
    if (!in_memory(w, buf, buf_len) || !in_memory(w, bufused_ptr, 4))
        return ERRNO_FAULT;
    uint64_t pos = 0;
    uint32_t err = ERRNO_SUCCESS;
    if (f->kind == WASMBOX_FD_DENY_DIR) {
        err = deny(w, "fd_readdir", "listing '/': no file access was granted there");
    } else if (f->kind == WASMBOX_FD_MEMORY_DIR) {
        memory_readdir(w, f, buf, buf_len, cookie, &pos);
    } else {
        host_enter();
        err = host_readdir(w, f, buf, buf_len, cookie, &pos);
        host_leave();
    }
    if (err != ERRNO_SUCCESS)
        return reply(w, err);
    put_u32(w, bufused_ptr, (uint32_t)(pos < buf_len ? pos : buf_len));
    return ERRNO_SUCCESS;
}

/* ---- path calls on host mounts ------------------------------------------------------------ */

/* A path call the sandbox made: its directory and its path, checked. */
typedef struct {
    const char *call;
    wasmbox_fd *dir;
    char *path;
} path_call;

/* Read the directory and path, and refuse what the policy never allows
 * here: absolute paths, anything on the deny mount, and changes (`changes`)
 * to the memory mount or a read-only one. */
static uint32_t path_call_start(wasi_t *w, path_call *c, const char *call, uint32_t dirfd,
                                uint32_t path_ptr, uint32_t path_len, bool changes)
{
    c->call = call;
    c->path = NULL;
    uint32_t err = get_dir(w, dirfd, &c->dir);
    if (err == ERRNO_SUCCESS)
        err = get_path(w, path_ptr, path_len, &c->path);
    if (err != ERRNO_SUCCESS)
        return err;
    if (c->path[0] == '/')
        return deny(w, call, "the absolute path '%s' relative to a directory", c->path);
    switch (c->dir->kind) {
    case WASMBOX_FD_DENY_DIR:
        return no_mount(w, call, c->dir, c->path);
    case WASMBOX_FD_MEMORY_DIR:
        return changes ? memory_read_only(w, call, c->dir, c->path) : ERRNO_SUCCESS;
    default:
        return changes && !mount_writable(w, c->dir)
                   ? read_only_mount(w, call, c->dir, c->path)
                   : ERRNO_SUCCESS;
    }
}

static uint32_t path_call_end(const wasi_t *w, path_call *c, uint32_t err)
{
    free(c->path);
    return reply(w, err);
}

/* Run op(parent, name) on the last component of the path, with its parent
 * directory resolved beneath the mount. */
typedef int (*name_op)(int parent, const char *name, void *arg);

static uint32_t at_parent(const wasi_t *w, path_call *c, name_op op, void *arg)
{
    const char *name;
    bool had_slash;
    host_enter();
    int parent = wasmbox_open_parent_beneath(c->dir->host_fd, c->path, &name, &had_slash);
    int r = parent < 0 ? -1 : op(parent, name, arg);
    int e = errno;
    if (parent >= 0)
        close(parent);
    host_leave();
    UNUSED(had_slash);
    return r == 0 ? ERRNO_SUCCESS : host_failure(w, c->call, c->dir, c->path, e);
}

static int op_mkdir(int parent, const char *name, void *arg)
{
    UNUSED(arg);
    return mkdirat(parent, name, 0777);
}

static int op_rmdir(int parent, const char *name, void *arg)
{
    UNUSED(arg);
    return unlinkat(parent, name, AT_REMOVEDIR);
}

static int op_unlink(int parent, const char *name, void *arg)
{
    UNUSED(arg);
    return unlinkat(parent, name, 0);
}

WASI(path_create_directory)(wasi_t *w, uint32_t dirfd, uint32_t path, uint32_t path_len)
{
    check_native_stack();
    path_call c;
    uint32_t err = path_call_start(w, &c, "path_create_directory", dirfd, path, path_len, true);
    if (err == ERRNO_SUCCESS)
        err = at_parent(w, &c, op_mkdir, NULL);
    return path_call_end(w, &c, err);
}

WASI(path_remove_directory)(wasi_t *w, uint32_t dirfd, uint32_t path, uint32_t path_len)
{
    check_native_stack();
    path_call c;
    uint32_t err = path_call_start(w, &c, "path_remove_directory", dirfd, path, path_len, true);
    if (err == ERRNO_SUCCESS)
        err = at_parent(w, &c, op_rmdir, NULL);
    return path_call_end(w, &c, err);
}

WASI(path_unlink_file)(wasi_t *w, uint32_t dirfd, uint32_t path, uint32_t path_len)
{
    check_native_stack();
    path_call c;
    uint32_t err = path_call_start(w, &c, "path_unlink_file", dirfd, path, path_len, true);
    if (err == ERRNO_SUCCESS) {
        size_t len = strlen(c.path);
        /* "file/" names a directory that is not there; unlinkat would
         * otherwise drop the slash and remove the file. */
        err = len > 0 && c.path[len - 1] == '/' ? ERRNO_NOTDIR
                                                : at_parent(w, &c, op_unlink, NULL);
    }
    return path_call_end(w, &c, err);
}

/* stat without following the last link: open the link itself (O_PATH) or,
 * where there is no O_PATH, fstatat it in its parent. Never follows a link
 * the kernel has not checked to stay beneath the mount. */
static int op_lstat(int parent, const char *name, void *arg)
{
    return fstatat(parent, name, (struct stat *)arg, AT_SYMLINK_NOFOLLOW);
}

static uint32_t host_stat(const wasi_t *w, path_call *c, bool follow, struct stat *st)
{
#ifndef O_PATH
    if (!follow)
        return at_parent(w, c, op_lstat, st);
    int flags = O_RDONLY | O_NONBLOCK | O_NOCTTY;
#else
    UNUSED(op_lstat);
    int flags = O_PATH | (follow ? 0 : O_NOFOLLOW);
#endif
    host_enter();
    int fd = wasmbox_open_beneath(c->dir->host_fd, c->path, flags, 0);
    int r = fd < 0 ? -1 : fstat(fd, st);
    int e = errno;
    if (fd >= 0)
        close(fd);
    host_leave();
    return r == 0 ? ERRNO_SUCCESS : host_failure(w, c->call, c->dir, c->path, e);
}

WASI(path_filestat_get)(wasi_t *w, uint32_t dirfd, uint32_t flags, uint32_t path,
                        uint32_t path_len, uint32_t stat_ptr)
{
    check_native_stack();
    path_call c;
    uint32_t err = path_call_start(w, &c, "path_filestat_get", dirfd, path, path_len, false);
    filestat fs;
    if (err == ERRNO_SUCCESS && !in_memory(w, stat_ptr, FILESTAT_SIZE))
        err = ERRNO_FAULT;
    if (err == ERRNO_SUCCESS && c.dir->kind == WASMBOX_FD_MEMORY_DIR) {
        uint32_t node;
        err = memory_lookup(w, c.call, c.dir, c.path, &node);
        if (err == ERRNO_SUCCESS)
            filestat_of_node(w, node, &fs);
    } else if (err == ERRNO_SUCCESS) {
        struct stat st;
        err = host_stat(w, &c, (flags & LOOKUP_SYMLINK_FOLLOW) != 0, &st);
        if (err == ERRNO_SUCCESS)
            filestat_from_host(w, &st, &fs);
    }
    if (err == ERRNO_SUCCESS)
        err = put_filestat(w, stat_ptr, &fs);
    return path_call_end(w, &c, err);
}

typedef struct {
    struct timespec times[2];
} times_arg;

static int op_utimens_nofollow(int parent, const char *name, void *arg)
{
    return utimensat(parent, name, ((times_arg *)arg)->times, AT_SYMLINK_NOFOLLOW);
}

WASI(path_filestat_set_times)(wasi_t *w, uint32_t dirfd, uint32_t flags, uint32_t path,
                              uint32_t path_len, uint64_t atim, uint64_t mtim,
                              uint32_t fst_flags)
{
    check_native_stack();
    path_call c;
    times_arg t;
    uint32_t err = path_call_start(w, &c, "path_filestat_set_times", dirfd, path, path_len,
                                   true);
    if (err == ERRNO_SUCCESS)
        err = host_times(atim, mtim, fst_flags, t.times);
    if (err == ERRNO_SUCCESS && !(flags & LOOKUP_SYMLINK_FOLLOW)) {
        err = at_parent(w, &c, op_utimens_nofollow, &t);
    } else if (err == ERRNO_SUCCESS) {
        /* Following links: open beneath the mount, then set through the fd. */
        host_enter();
        int fd = wasmbox_open_beneath(c.dir->host_fd, c.path,
                                      O_RDONLY | O_NONBLOCK | O_NOCTTY, 0);
        int r = fd < 0 ? -1 : futimens(fd, t.times);
        int e = errno;
        if (fd >= 0)
            close(fd);
        host_leave();
        err = r == 0 ? ERRNO_SUCCESS : host_failure(w, c.call, c.dir, c.path, e);
    }
    return path_call_end(w, &c, err);
}

typedef struct {
    const wasi_t *w;
    uint64_t buf;
    uint32_t buf_len;
    uint32_t used;
} readlink_arg;

static int op_readlink(int parent, const char *name, void *arg)
{
    readlink_arg *a = arg;
    /* Straight into sandbox memory: the range was checked. */
    ssize_t n = readlinkat(parent, name, (char *)at(a->w, a->buf), a->buf_len);
    if (n < 0)
        return -1;
    a->used = (uint32_t)n;
    return 0;
}

WASI(path_readlink)(wasi_t *w, uint32_t dirfd, uint32_t path, uint32_t path_len, uint32_t buf,
                    uint32_t buf_len, uint32_t bufused_ptr)
{
    check_native_stack();
    path_call c;
    readlink_arg a = {w, buf, buf_len, 0};
    uint32_t err = path_call_start(w, &c, "path_readlink", dirfd, path, path_len, false);
    if (err == ERRNO_SUCCESS && (!in_memory(w, buf, buf_len) || !in_memory(w, bufused_ptr, 4)))
        err = ERRNO_FAULT;
    if (err == ERRNO_SUCCESS && c.dir->kind == WASMBOX_FD_MEMORY_DIR) {
        uint32_t node;
        err = memory_lookup(w, c.call, c.dir, c.path, &node);
        if (err == ERRNO_SUCCESS)
            err = ERRNO_INVAL; /* no links in memory */
    } else if (err == ERRNO_SUCCESS) {
        err = at_parent(w, &c, op_readlink, &a);
    }
    if (err == ERRNO_SUCCESS)
        put_u32(w, bufused_ptr, a.used);
    return path_call_end(w, &c, err);
}

WASI(path_rename)(wasi_t *w, uint32_t old_dirfd, uint32_t old_path, uint32_t old_path_len,
                  uint32_t new_dirfd, uint32_t new_path, uint32_t new_path_len)
{
    check_native_stack();
    path_call from, to;
    to.path = NULL;
    uint32_t err = path_call_start(w, &from, "path_rename", old_dirfd, old_path, old_path_len,
                                   true);
    if (err == ERRNO_SUCCESS)
        err = path_call_start(w, &to, "path_rename", new_dirfd, new_path, new_path_len, true);
    if (err == ERRNO_SUCCESS) {
        /* Both parents resolved beneath their (writable) mounts, then one
         * renameat on the two last components: nothing is followed. */
        const char *from_name, *to_name;
        bool from_slash, to_slash;
        host_enter();
        int a = wasmbox_open_parent_beneath(from.dir->host_fd, from.path, &from_name,
                                            &from_slash);
        int e = errno;
        const path_call *failed = &from;
        int b = -1;
        if (a >= 0) {
            b = wasmbox_open_parent_beneath(to.dir->host_fd, to.path, &to_name, &to_slash);
            e = errno;
            failed = &to;
        }
        int r = -1;
        if (a >= 0 && b >= 0) {
            r = renameat(a, from_name, b, to_name);
            e = errno;
            failed = NULL; /* EXDEV now means two file systems, not an escape */
        }
        if (a >= 0)
            close(a);
        if (b >= 0)
            close(b);
        host_leave();
        if (r != 0)
            err = failed ? host_failure(w, "path_rename", failed->dir, failed->path, e)
                         : wasmbox_errno_from_host(e);
    }
    free(to.path);
    return path_call_end(w, &from, err);
}

/* Links are never created: a symlink made by the sandbox could point a host
 * program that later walks the directory anywhere. */
WASI(path_symlink)(wasi_t *w, uint32_t old_path, uint32_t old_path_len, uint32_t dirfd,
                   uint32_t new_path, uint32_t new_path_len)
{
    check_native_stack();
    UNUSED(old_path), UNUSED(old_path_len);
    shown_path shown;
    path_call c;
    uint32_t err = path_call_start(w, &c, "path_symlink", dirfd, new_path, new_path_len, true);
    if (err == ERRNO_SUCCESS)
        err = deny(w, "path_symlink", "creating the symlink '%s' (never granted)",
                   show(&shown, w, c.dir, c.path));
    return path_call_end(w, &c, err);
}

WASI(path_link)(wasi_t *w, uint32_t old_dirfd, uint32_t old_flags, uint32_t old_path,
                uint32_t old_path_len, uint32_t new_dirfd, uint32_t new_path,
                uint32_t new_path_len)
{
    check_native_stack();
    UNUSED(old_flags), UNUSED(old_dirfd), UNUSED(old_path), UNUSED(old_path_len);
    shown_path shown;
    path_call c;
    uint32_t err = path_call_start(w, &c, "path_link", new_dirfd, new_path, new_path_len, true);
    if (err == ERRNO_SUCCESS)
        err = deny(w, "path_link", "creating the hard link '%s' (never granted)",
                   show(&shown, w, c.dir, c.path));
    return path_call_end(w, &c, err);
}
