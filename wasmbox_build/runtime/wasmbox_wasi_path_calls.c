/* wasmbox_wasi_path_calls.c - the path_* calls: opening, making and
 * removing directories, unlinking, stat, times, readlink, rename, links.
 *
 * Each one enters through path_call_start(), which reads its directory and
 * path and refuses what the policy never allows (wasmbox_wasi_resolve.c),
 * and leaves through path_call_end(). In between, a host path is only ever
 * reached beneath its mount: opened with wasmbox_open_beneath(), or changed
 * by name in its parent directory opened beneath the mount (at_parent).
 */
#define _GNU_SOURCE /* the *at() calls, st_mtim, UTIME_*, whatever the -std= */
#include "wasmbox_wasi_impl.h"
#include "wasmbox_beneath.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h> /* renameat */
#include <stdlib.h>
#include <unistd.h>

#define WASI(name) WASMBOX_WASI_FN(name)

/* ---- path_open ------------------------------------------------------------------------ */

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
    path_call c;
    uint32_t err = path_call_start(w, &c, "path_open", dirfd, path, path_len, r.write);
    if (err == ERRNO_SUCCESS && !in_memory(w, fd_ptr, 4))
        err = ERRNO_FAULT;
    if (err != ERRNO_SUCCESS)
        return path_call_end(w, &c, err);
    wasmbox_fd entry = {
        .mount = c.dir->mount, .readable = r.read || !r.write, .writable = r.write,
        .fdflags = (uint16_t)r.fdflags, .host_fd = -1,
    };
    if (c.dir->kind == WASMBOX_FD_MEMORY_DIR)
        err = wasmbox_memory_open(w, &c, &r, &entry);
    else
        err = wasmbox_host_open(w, &c, &r, &entry);
    uint32_t fd;
    if (err == ERRNO_SUCCESS && (err = wasmbox_fd_add(w, &entry, &fd)) != ERRNO_SUCCESS)
        wasmbox_fd_release(&entry);
    if (err == ERRNO_SUCCESS)
        put_u32(w, fd_ptr, fd);
    return path_call_end(w, &c, err);
}

/* ---- directories and unlinking ------------------------------------------------------------- */

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

/* A change made by name in the parent directory: op on the last component. */
static uint32_t change_by_name(wasi_t *w, const char *call, uint32_t dirfd, uint32_t path,
                               uint32_t path_len, name_op op)
{
    path_call c;
    uint32_t err = path_call_start(w, &c, call, dirfd, path, path_len, true);
    if (err == ERRNO_SUCCESS)
        err = wasmbox_at_parent(w, &c, op, NULL);
    return path_call_end(w, &c, err);
}

WASI(path_create_directory)(wasi_t *w, uint32_t dirfd, uint32_t path, uint32_t path_len)
{
    check_native_stack();
    return change_by_name(w, "path_create_directory", dirfd, path, path_len, op_mkdir);
}

WASI(path_remove_directory)(wasi_t *w, uint32_t dirfd, uint32_t path, uint32_t path_len)
{
    check_native_stack();
    return change_by_name(w, "path_remove_directory", dirfd, path, path_len, op_rmdir);
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
                                                : wasmbox_at_parent(w, &c, op_unlink, NULL);
    }
    return path_call_end(w, &c, err);
}

/* ---- status and times ---------------------------------------------------------------------- */

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
        err = wasmbox_memory_lookup(w, c.call, c.dir, c.path, &node);
        if (err == ERRNO_SUCCESS)
            wasmbox_filestat_of_node(w, node, &fs);
    } else if (err == ERRNO_SUCCESS) {
        struct stat st;
        err = wasmbox_host_stat(w, &c, (flags & LOOKUP_SYMLINK_FOLLOW) != 0, &st);
        if (err == ERRNO_SUCCESS)
            wasmbox_filestat_from_host(w, &st, &fs);
    }
    if (err == ERRNO_SUCCESS)
        err = wasmbox_put_filestat(w, stat_ptr, &fs);
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
        err = wasmbox_host_times(atim, mtim, fst_flags, t.times);
    if (err == ERRNO_SUCCESS && !(flags & LOOKUP_SYMLINK_FOLLOW)) {
        err = wasmbox_at_parent(w, &c, op_utimens_nofollow, &t);
    } else if (err == ERRNO_SUCCESS) {
        /* Following links: open beneath the mount, then set through the fd. */
        int fd = wasmbox_open_beneath(c.dir->host_fd, c.path,
                                      O_RDONLY | O_NONBLOCK | O_NOCTTY, 0);
        int r = fd < 0 ? -1 : futimens(fd, t.times);
        int e = errno;
        if (fd >= 0)
            close(fd);
        err = r == 0 ? ERRNO_SUCCESS : wasmbox_host_failure(w, &c, e);
    }
    return path_call_end(w, &c, err);
}

/* ---- links ----------------------------------------------------------------------------------- */

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
        err = wasmbox_memory_lookup(w, c.call, c.dir, c.path, &node);
        if (err == ERRNO_SUCCESS)
            err = ERRNO_INVAL; /* no links in memory */
    } else if (err == ERRNO_SUCCESS) {
        err = wasmbox_at_parent(w, &c, op_readlink, &a);
    }
    if (err == ERRNO_SUCCESS)
        put_u32(w, bufused_ptr, a.used);
    return path_call_end(w, &c, err);
}

/* Links are never created: a symlink made by the sandbox could point a host
 * program that later walks the directory anywhere. */
static uint32_t never_link(wasi_t *w, const char *call, const char *kind, uint32_t dirfd,
                           uint32_t path, uint32_t path_len)
{
    shown_path shown;
    path_call c;
    uint32_t err = path_call_start(w, &c, call, dirfd, path, path_len, true);
    if (err == ERRNO_SUCCESS)
        err = deny(w, call, "creating the %s '%s' (never granted)", kind,
                   wasmbox_show_path(&shown, w, c.dir, c.path));
    return path_call_end(w, &c, err);
}

WASI(path_symlink)(wasi_t *w, uint32_t old_path, uint32_t old_path_len, uint32_t dirfd,
                   uint32_t new_path, uint32_t new_path_len)
{
    check_native_stack();
    UNUSED(old_path), UNUSED(old_path_len);
    return never_link(w, "path_symlink", "symlink", dirfd, new_path, new_path_len);
}

WASI(path_link)(wasi_t *w, uint32_t old_dirfd, uint32_t old_flags, uint32_t old_path,
                uint32_t old_path_len, uint32_t new_dirfd, uint32_t new_path,
                uint32_t new_path_len)
{
    check_native_stack();
    UNUSED(old_flags), UNUSED(old_dirfd), UNUSED(old_path), UNUSED(old_path_len);
    return never_link(w, "path_link", "hard link", new_dirfd, new_path, new_path_len);
}

/* ---- rename ------------------------------------------------------------------------------------ */

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
        if (r != 0)
            err = failed ? wasmbox_host_failure(w, failed, e) : wasmbox_errno_from_host(e);
    }
    free(to.path); /* `to` needs no reply of its own */
    return path_call_end(w, &from, err);
}
