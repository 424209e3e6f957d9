/* wasmbox_wasi_resolve.c - from the (directory fd, path) a path call passes
 * to what it names: the path read out of sandbox memory and checked, the
 * policy's refusals, and host paths opened beneath their mount.
 *
 * The sandbox sees files only through preopened directories (fd 3 up),
 * which wasi-libc finds at start-up and resolves every path against:
 *
 *   host mounts    preopens={"/data": "/srv/data"}: a host directory, opened
 *                  when the policy was made; read-only unless ("...", "rw").
 *                  Every path is resolved beneath it (wasmbox_beneath.c).
 *   the memory     files={"/data/words.txt": b"..."}: read-only files kept in
 *   mount          the policy, mounted at "/" (wasmbox_wasi_memfs.c).
 *   the deny mount "/" when nothing else is mounted there, so that every path
 *                  outside the grants reaches the policy and is refused (and
 *                  with on_denied="trap" names what was asked) instead of
 *                  being turned away by wasi-libc unseen.
 *
 * Refused by policy (ENOTCAPABLE, or CapabilityDenied): any path that
 * leads outside its mount ("..", absolute, symlinks out), writing to a
 * read-only mount or to the in-memory files, creating links. Everything
 * else fails or succeeds as the host file system says.
 */
#define _GNU_SOURCE /* O_PATH */
#include "wasmbox_wasi_impl.h"
#include "wasmbox_beneath.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

/* ---- reading the call's directory and path ------------------------------------------- */

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

const char *wasmbox_show_path(shown_path *s, const wasi_t *w, const wasmbox_fd *dir,
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

/* ---- refusals common to every path call ---------------------------------------------- */

static uint32_t no_mount(const wasi_t *w, const path_call *c)
{
    shown_path shown;
    return deny(w, c->call, "'%s': no file access was granted there (files=, preopens=)",
                wasmbox_show_path(&shown, w, c->dir, c->path));
}

static uint32_t memory_read_only(const wasi_t *w, const path_call *c)
{
    shown_path shown;
    return deny(w, c->call, "changing '%s': in-memory files (files=) are read-only",
                wasmbox_show_path(&shown, w, c->dir, c->path));
}

static uint32_t read_only_mount(const wasi_t *w, const path_call *c)
{
    shown_path shown;
    return deny(w, c->call, "changing '%s' in a read-only preopen (grant it as "
                "(host_dir, \"rw\"))", wasmbox_show_path(&shown, w, c->dir, c->path));
}

uint32_t wasmbox_host_failure(const wasi_t *w, const path_call *c, int host_errno)
{
    shown_path shown;
    if (host_errno == EXDEV)
        return deny(w, c->call, "'%s' leads outside the preopen '%s'",
                    wasmbox_show_path(&shown, w, c->dir, c->path), mount_name(w, c->dir));
    return wasmbox_errno_from_host(host_errno);
}

/* ---- the door of every path call ---------------------------------------------------------- */

uint32_t wasmbox_path_call_start(wasi_t *w, path_call *c, const char *call, uint32_t dirfd,
                                 uint32_t path_ptr, uint32_t path_len, bool changes)
{
    c->call = call;
    c->path = NULL;
    uint32_t err = dir_get(w, dirfd, &c->dir);
    if (err == ERRNO_SUCCESS)
        err = get_path(w, path_ptr, path_len, &c->path);
    if (err != ERRNO_SUCCESS)
        return err;
    if (c->path[0] == '/')
        return deny(w, call, "the absolute path '%s' relative to a directory", c->path);
    switch (c->dir->kind) {
    case WASMBOX_FD_DENY_DIR:
        return no_mount(w, c);
    case WASMBOX_FD_MEMORY_DIR:
        return changes ? memory_read_only(w, c) : ERRNO_SUCCESS;
    default:
        return changes && !mount_writable(w, c->dir) ? read_only_mount(w, c) : ERRNO_SUCCESS;
    }
}

uint32_t wasmbox_path_call_end(const wasi_t *w, path_call *c, uint32_t err)
{
    free(c->path);
    c->path = NULL;
    return reply(w, err);
}

/* ---- host paths, beneath their mount ------------------------------------------------------ */

uint32_t wasmbox_at_parent(const wasi_t *w, const path_call *c, name_op op, void *arg)
{
    const char *name;
    bool had_slash;
    int parent = wasmbox_open_parent_beneath(c->dir->host_fd, c->path, &name, &had_slash);
    int r = parent < 0 ? -1 : op(parent, name, arg);
    int e = errno;
    if (parent >= 0)
        close(parent);
    UNUSED(had_slash);
    return r == 0 ? ERRNO_SUCCESS : wasmbox_host_failure(w, c, e);
}

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

uint32_t wasmbox_host_open(wasi_t *w, const path_call *c, const open_request *r,
                           wasmbox_fd *entry)
{
    /* Writing to a read-only mount was refused at the door (path_call_start). */
    int fd = wasmbox_open_beneath(c->dir->host_fd, c->path, host_open_flags(r), 0666);
    uint32_t err = ERRNO_SUCCESS;
    struct stat st;
    if (fd < 0) {
        err = wasmbox_host_failure(w, c, errno);
    } else if (fstat(fd, &st) != 0) {
        err = wasmbox_errno_from_host(errno);
    } else if (!(r->fdflags & FDFLAGS_NONBLOCK)) {
        fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    }
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

/* stat without following the last link: open the link itself (O_PATH) or,
 * where there is no O_PATH, fstatat it in its parent. Never follows a link
 * the kernel has not checked to stay beneath the mount. */
static int op_lstat(int parent, const char *name, void *arg)
{
    return fstatat(parent, name, (struct stat *)arg, AT_SYMLINK_NOFOLLOW);
}

uint32_t wasmbox_host_stat(const wasi_t *w, const path_call *c, bool follow, struct stat *st)
{
#ifndef O_PATH
    if (!follow)
        return wasmbox_at_parent(w, c, op_lstat, st);
    int flags = O_RDONLY | O_NONBLOCK | O_NOCTTY;
#else
    UNUSED(op_lstat);
    int flags = O_PATH | (follow ? 0 : O_NOFOLLOW);
#endif
    int fd = wasmbox_open_beneath(c->dir->host_fd, c->path, flags, 0);
    int r = fd < 0 ? -1 : fstat(fd, st);
    int e = errno;
    if (fd >= 0)
        close(fd);
    return r == 0 ? ERRNO_SUCCESS : wasmbox_host_failure(w, c, e);
}
