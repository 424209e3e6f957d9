/* wasmbox_wasi_fds.c - the sandbox's descriptor table, and the calls that
 * work on the table itself rather than on a file: fd_close, fd_renumber,
 * and the preopens wasi-libc asks for at start-up (fd_prestat_*).
 *
 * fds 0-2 are stdio; from 3 up, one directory per mount (the preopens),
 * then whatever path_open opened, in the lowest free slot. The table grows
 * up to MAX_FDS; an entry owns its host fd unless it is a mount's own
 * directory, which the policy keeps open for every instance.
 */
#include "wasmbox_wasi_impl.h"

#include <dirent.h>
#include <stdlib.h>
#include <unistd.h>

#define WASI(name) WASMBOX_WASI_FN(name)

/* ---- the table ------------------------------------------------------------------------ */

bool wasmbox_fd_table_init(wasi_t *w)
{
    const wasmbox_policy *p = w->policy;
    /* Only what every instance has: most never open a file, and the table is
     * the largest part of an idle sandbox's host memory (wasmbox_fd_add grows it). */
    uint32_t count = 3 + p->mount_count;
    w->fds = calloc(count, sizeof *w->fds);
    if (w->fds == NULL)
        return false;
    w->fd_count = count;
    w->fds[0].kind = WASMBOX_FD_STDIN;
    w->fds[1].kind = WASMBOX_FD_STDOUT;
    w->fds[2].kind = WASMBOX_FD_STDERR;
    for (uint32_t i = 0; i < 3; i++)
        w->fds[i].host_fd = -1;
    for (uint32_t i = 0; i < p->mount_count; i++) {
        wasmbox_fd *f = &w->fds[3 + i];
        f->mount = i;
        f->preopen = true;
        f->host_fd = -1;
        f->readable = true;
        switch (p->mounts[i].kind) {
        case WASMBOX_MOUNT_HOST:
            f->kind = WASMBOX_FD_HOST_DIR;
            f->host_fd = p->mounts[i].host_fd; /* the policy's: never closed here */
            f->writable = p->mounts[i].writable;
            break;
        case WASMBOX_MOUNT_MEMORY:
            f->kind = WASMBOX_FD_MEMORY_DIR;
            f->node = 0;
            break;
        case WASMBOX_MOUNT_DENY:
            f->kind = WASMBOX_FD_DENY_DIR;
            break;
        }
    }
    return true;
}

uint32_t wasmbox_fd_add(wasi_t *w, const wasmbox_fd *entry, uint32_t *fd)
{
    uint32_t slot = 3;
    while (slot < w->fd_count && w->fds[slot].kind != WASMBOX_FD_CLOSED)
        slot++;
    if (slot == w->fd_count) {
        if (w->fd_count >= MAX_FDS)
            return ERRNO_NFILE;
        uint32_t grown = w->fd_count * 2 < MAX_FDS ? w->fd_count * 2 : MAX_FDS;
        wasmbox_fd *fds = realloc(w->fds, grown * sizeof *fds);
        if (fds == NULL)
            return ERRNO_NOMEM;
        memset(fds + w->fd_count, 0, (grown - w->fd_count) * sizeof *fds);
        w->fds = fds;
        w->fd_count = grown;
    }
    w->fds[slot] = *entry;
    *fd = slot;
    return ERRNO_SUCCESS;
}

void wasmbox_fd_release(wasmbox_fd *f)
{
    if (f->dir_stream != NULL)
        closedir(f->dir_stream); /* closes its own fd, not host_fd */
    if (f->owns_host_fd && f->host_fd >= 0)
        close(f->host_fd);
    memset(f, 0, sizeof *f);
    f->host_fd = -1;
}

/* ---- closing and renumbering --------------------------------------------------------- */

WASI(fd_close)(wasi_t *w, uint32_t fd)
{
    check_native_stack();
    wasmbox_fd *f = fd_get(w, fd);
    if (f == NULL)
        return ERRNO_BADF;
    wasmbox_fd_release(f);
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
    wasmbox_fd_release(target);
    *target = *source;
    memset(source, 0, sizeof *source);
    source->host_fd = -1;
    return ERRNO_SUCCESS;
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
