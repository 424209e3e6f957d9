/* wasmbox_beneath.c - resolve paths beneath a directory (wasmbox_beneath.h).
 *
 * Two implementations with the same contract:
 *
 * openat2 (Linux >= 5.6). RESOLVE_BENEATH makes the kernel refuse, with
 * EXDEV, any resolution that would leave dirfd: "..", absolute paths and
 * absolute or climbing symlinks. The kernel also guards ".." against
 * concurrent renames (it answers EAGAIN rather than guess); we retry, then
 * walk.
 *
 * The walk (everything else). Each component is opened relative to the
 * directory fd reached so far, with O_NOFOLLOW, so the kernel never follows
 * a symlink or a ".." for us:
 *   - "." is skipped; ".." pops our own stack of directory fds, and popping
 *     the last one is an escape (EXDEV). Because the stack holds the very
 *     directories we came through, a rename elsewhere cannot redirect "..";
 *   - a symlink is read (readlinkat) and its target spliced in front of the
 *     rest of the path, then resolved by the same rules from the directory
 *     that holds the link; absolute targets are refused, and at most 40
 *     links are followed (ELOOP);
 *   - if a component is swapped between our open and our readlinkat (a
 *     directory for a symlink or back), the open simply fails: the walk
 *     never acts on a name it has not pinned with an fd.
 */
#define _GNU_SOURCE /* O_PATH */
#include "wasmbox_beneath.h"

#ifdef _WIN32

#include <errno.h>

int wasmbox_open_beneath(int dirfd, const char *path, int flags, unsigned mode)
{
    (void)dirfd, (void)path, (void)flags, (void)mode;
    errno = ENOSYS;
    return -1;
}

int wasmbox_open_parent_beneath(int dirfd, char *path, const char **name, bool *had_slash)
{
    (void)dirfd, (void)path, (void)name, (void)had_slash;
    errno = ENOSYS;
    return -1;
}

const char *wasmbox_beneath_method(void)
{
    return "none";
}

#else

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#if defined(__linux__)
#include <sys/syscall.h>
#endif

enum { MAX_SYMLINKS = 40, LINK_BUFFER = 4096, OPENAT2_RETRIES = 64 };

/* A directory opened only to resolve names in it. */
#ifdef O_PATH
#define DIR_LOOKUP_FLAGS (O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
#else
#define DIR_LOOKUP_FLAGS (O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
#endif

/* ---- openat2 ------------------------------------------------------------------ */

#if defined(__linux__) && !defined(WASMBOX_RESOLVE_WITHOUT_OPENAT2)
#define HAVE_OPENAT2_SYSCALL 1

#ifndef SYS_openat2
#define SYS_openat2 437 /* the same number on every Linux architecture */
#endif

/* struct open_how and its flags (linux/openat2.h, which old headers lack). */
struct wasmbox_open_how {
    uint64_t flags;
    uint64_t mode;
    uint64_t resolve;
};
#define WASMBOX_RESOLVE_NO_MAGICLINKS 0x02
#define WASMBOX_RESOLVE_BENEATH 0x08

static long openat2_call(int dirfd, const char *path, int flags, unsigned mode)
{
    struct wasmbox_open_how how = {
        .flags = (uint64_t)(unsigned)(flags | O_CLOEXEC),
        .mode = (flags & O_CREAT) ? mode : 0, /* the kernel wants 0 otherwise */
        .resolve = WASMBOX_RESOLVE_BENEATH | WASMBOX_RESOLVE_NO_MAGICLINKS,
    };
    return syscall(SYS_openat2, dirfd, path, &how, sizeof how);
}

/* 1: openat2 works; -1: missing or blocked; 0: not known yet. Racy reads
 * are harmless: every thread computes the same answer. */
static int openat2_state;

static bool openat2_usable(void)
{
    int state = __atomic_load_n(&openat2_state, __ATOMIC_RELAXED);
    if (state == 0) {
        long fd = openat2_call(AT_FDCWD, ".", O_PATH | O_DIRECTORY, 0);
        /* EPERM: a seccomp filter that predates openat2 (older Docker). */
        state = fd < 0 && (errno == ENOSYS || errno == EPERM) ? -1 : 1;
        if (fd >= 0)
            close((int)fd);
        __atomic_store_n(&openat2_state, state, __ATOMIC_RELAXED);
    }
    return state > 0;
}
#endif

/* ---- the walk ------------------------------------------------------------------ */

/* The directories walked through, for "..". stack[0] is the caller's dirfd
 * (never closed here); the rest are ours. */
typedef struct {
    int *fds;
    size_t depth, capacity;
} dir_stack;

static int stack_top(const dir_stack *s)
{
    return s->fds[s->depth - 1];
}

static bool stack_push(dir_stack *s, int fd)
{
    if (s->depth == s->capacity) {
        size_t capacity = s->capacity * 2;
        int *fds = realloc(s->fds, capacity * sizeof *fds);
        if (fds == NULL) {
            close(fd);
            errno = ENOMEM;
            return false;
        }
        s->fds = fds;
        s->capacity = capacity;
    }
    s->fds[s->depth++] = fd;
    return true;
}

static void stack_pop(dir_stack *s)
{
    close(s->fds[--s->depth]);
}

static void stack_free(dir_stack *s)
{
    while (s->depth > 1)
        stack_pop(s);
    free(s->fds);
}

/* The path still to resolve: a buffer we own, consumed from `pos`. */
typedef struct {
    char *text;
    const char *pos;
} rest_path;

/* If `name` in dir is a symlink, make the rest of the path its target
 * followed by `after` (what came after the link). Returns 1 if it was a
 * link, 0 if not (errno untouched), -1 on error (errno set). */
static int splice_link(int dir, const char *name, const char *after, rest_path *rest,
                       int *links)
{
    char target[LINK_BUFFER];
    int saved = errno;
    ssize_t len = readlinkat(dir, name, target, sizeof target);
    if (len < 0) {
        if (errno == EINVAL) { /* not a symlink (now): keep the first error */
            errno = saved;
            return 0;
        }
        return -1;
    }
    if ((size_t)len == sizeof target) {
        errno = ENAMETOOLONG;
        return -1;
    }
    if (++*links > MAX_SYMLINKS) {
        errno = ELOOP;
        return -1;
    }
    if (len == 0) {
        errno = ENOENT;
        return -1;
    }
    if (target[0] == '/') {
        errno = EXDEV; /* an absolute link leads out of the directory */
        return -1;
    }
    size_t after_len = strlen(after);
    char *text = malloc((size_t)len + after_len + 1);
    if (text == NULL) {
        errno = ENOMEM;
        return -1;
    }
    memcpy(text, target, (size_t)len);
    memcpy(text + len, after, after_len + 1);
    free(rest->text);
    rest->text = text;
    rest->pos = text;
    return 1;
}

/* The walk itself; see the top of the file. */
static int walk_beneath(int dirfd, const char *path, int flags, unsigned mode)
{
    bool follow_last = !(flags & O_NOFOLLOW);
    dir_stack stack = {malloc(8 * sizeof(int)), 1, 8};
    rest_path rest = {strdup(path), NULL};
    if (stack.fds == NULL || rest.text == NULL) {
        free(stack.fds);
        free(rest.text);
        errno = ENOMEM;
        return -1;
    }
    stack.fds[0] = dirfd;
    rest.pos = rest.text;
    int links = 0, result = -1;
    for (;;) {
        const char *p = rest.pos;
        while (*p == '/')
            p++;
        if (*p == '\0') { /* nothing left: the directory reached is the answer */
            result = openat(stack_top(&stack), ".", flags | O_CLOEXEC, mode);
            break;
        }
        const char *end = strchr(p, '/');
        if (end == NULL)
            end = p + strlen(p);
        const char *after = end;
        while (*after == '/')
            after++;
        bool last = *after == '\0';
        bool trailing_slash = last && *end == '/';
        size_t len = (size_t)(end - p);
        if (len >= 256) {
            errno = ENAMETOOLONG;
            break;
        }
        char name[256];
        memcpy(name, p, len);
        name[len] = '\0';
        rest.pos = end;

        if (strcmp(name, ".") == 0) {
            if (last) { /* "x/." names x itself */
                result = openat(stack_top(&stack), ".", flags | O_CLOEXEC, mode);
                break;
            }
            continue;
        }
        if (strcmp(name, "..") == 0) {
            if (stack.depth == 1) {
                errno = EXDEV; /* above the directory we were given */
                break;
            }
            stack_pop(&stack);
            if (last) {
                result = openat(stack_top(&stack), ".", flags | O_CLOEXEC, mode);
                break;
            }
            continue;
        }
        int dir = stack_top(&stack);
        if (!last || trailing_slash) {
            /* A directory on the way: never follow a link by name. */
            int fd = openat(dir, name, DIR_LOOKUP_FLAGS);
            if (fd >= 0) {
                if (!last) {
                    if (!stack_push(&stack, fd))
                        break;
                    continue;
                }
                close(fd); /* "dir/": reopen it below with the caller's flags */
            } else {
                int linked = errno == ENOTDIR || errno == ELOOP || errno == EMLINK
                                 ? splice_link(dir, name, end, &rest, &links)
                                 : 0;
                if (linked == 1)
                    continue;
                break;
            }
        }
        /* The last component: opened without following, links followed by us. */
        int open_flags = flags | O_NOFOLLOW | O_CLOEXEC | (trailing_slash ? O_DIRECTORY : 0);
        int fd = openat(dir, name, open_flags, mode);
        if (fd >= 0) {
            struct stat st;
            /* With O_PATH, O_NOFOLLOW opens a link itself instead of failing. */
            if (follow_last && fstat(fd, &st) == 0 && S_ISLNK(st.st_mode)) {
                close(fd);
                int linked = splice_link(dir, name, end, &rest, &links);
                if (linked == 1)
                    continue;
                if (linked == 0)
                    errno = ELOOP; /* swapped under us: give up rather than guess */
                break;
            }
            result = fd;
            break;
        }
        if (follow_last && (errno == ELOOP || errno == EMLINK || errno == ENOTDIR)) {
            if (splice_link(dir, name, end, &rest, &links) == 1)
                continue;
        }
        break;
    }
    int saved = errno;
    stack_free(&stack);
    free(rest.text);
    errno = saved;
    return result;
}

/* ---- the interface --------------------------------------------------------------- */

int wasmbox_open_beneath(int dirfd, const char *path, int flags, unsigned mode)
{
    if (path[0] == '/') {
        errno = EXDEV;
        return -1;
    }
#ifdef HAVE_OPENAT2_SYSCALL
    if (openat2_usable()) {
        for (int attempt = 0; attempt < OPENAT2_RETRIES; attempt++) {
            long fd = openat2_call(dirfd, path, flags, mode);
            if (fd >= 0)
                return (int)fd;
            if (errno != EAGAIN) /* EAGAIN: a rename raced a ".."; try again */
                return -1;
        }
        /* Renames keep racing us: the walk is immune to them. */
    }
#endif
    return walk_beneath(dirfd, path, flags, mode);
}

int wasmbox_open_parent_beneath(int dirfd, char *path, const char **name, bool *had_slash)
{
    size_t len = strlen(path);
    *had_slash = false;
    while (len > 1 && path[len - 1] == '/') {
        path[--len] = '\0';
        *had_slash = true;
    }
    char *slash = strrchr(path, '/');
    const char *last = slash ? slash + 1 : path;
    if (len == 0 || path[0] == '/') {
        errno = len == 0 ? ENOENT : EXDEV;
        return -1;
    }
    if (strcmp(last, ".") == 0 || strcmp(last, "..") == 0) {
        errno = EINVAL;
        return -1;
    }
    *name = last;
    if (slash == NULL)
        return wasmbox_open_beneath(dirfd, ".", DIR_LOOKUP_FLAGS, 0);
    *slash = '\0'; /* path is now the parent's path */
    int fd = wasmbox_open_beneath(dirfd, path, DIR_LOOKUP_FLAGS & ~O_NOFOLLOW, 0);
    int saved = errno;
    *slash = '/';
    errno = saved;
    return fd;
}

const char *wasmbox_beneath_method(void)
{
#ifdef HAVE_OPENAT2_SYSCALL
    if (openat2_usable())
        return "openat2";
#endif
    return "walk";
}

#endif /* _WIN32 */
