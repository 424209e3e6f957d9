/* wasmbox_beneath.h - open host paths without ever leaving a directory.
 *
 * A preopened directory is a capability: the sandbox may reach what lies
 * beneath it and nothing else. Every path the sandbox names is resolved
 * here, relative to a directory fd the runtime holds, such that
 *   - ".." never climbs above that directory,
 *   - an absolute path, or a symlink whose target is absolute or climbs
 *     above the directory, is refused (errno EXDEV),
 *   - /proc-style "magic" links are never followed,
 * and the answer stays right while other processes rename and swap
 * directories and symlinks concurrently.
 *
 * On Linux >= 5.6 the kernel does it: openat2(RESOLVE_BENEATH |
 * RESOLVE_NO_MAGICLINKS). Elsewhere, or where openat2 is missing or
 * blocked (ENOSYS, or EPERM from a seccomp filter), the path is walked one
 * component at a time with O_NOFOLLOW, keeping our own stack of directory
 * fds for "..", and expanding symlinks ourselves.
 *
 * No Python here. POSIX only.
 */
#ifndef WASMBOX_BENEATH_H_
#define WASMBOX_BENEATH_H_

#include <stdbool.h>

#include "wasmbox_thread.h" /* WASMBOX_INTERNAL */

/* Like openat(dirfd, path, flags, mode), beneath dirfd. `path` must be
 * relative. O_NOFOLLOW in flags: a symlink as the last component is not
 * followed (with O_PATH on Linux it is opened itself, else ELOOP). Returns
 * a new fd (close-on-exec) or -1 with errno set; EXDEV means the path
 * would have left dirfd. */
WASMBOX_INTERNAL int wasmbox_open_beneath(int dirfd, const char *path, int flags,
                                          unsigned mode);

/* Split `path` into the directory that holds its last component, opened
 * beneath dirfd (returned, or -1 with errno set), and that last component
 * (*name, a pointer into path, which loses its trailing slashes;
 * *had_slash says whether there were any). The last component is never
 * "." or ".." (EINVAL): an operation on *name relative to the returned fd
 * cannot reach outside. */
WASMBOX_INTERNAL int wasmbox_open_parent_beneath(int dirfd, char *path, const char **name,
                                                 bool *had_slash);

/* "openat2" or "walk": how paths are resolved in this process. */
WASMBOX_INTERNAL const char *wasmbox_beneath_method(void);

#endif /* WASMBOX_BENEATH_H_ */
