/* A probe for the capability policy: every function tries one thing a C
 * library might do to reach the outside world, through ordinary libc calls,
 * and reports what happened. Results go back as an int (>= 0: success,
 * < 0: minus the errno, which wasi-libc numbers as WASI does) and, for
 * data, in `out` (p_out() is its address).
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <wasi/api.h>

#define EXPORT(name) __attribute__((export_name(name)))

static char out[1 << 16];

EXPORT("p_out") char *p_out(void) { return out; }

EXPORT("p_out_size") int32_t p_out_size(void) { return (int32_t)sizeof out; }

/* ---- files -------------------------------------------------------------- */

EXPORT("p_read_file") int32_t p_read_file(const char *path) {
    FILE *f = fopen(path, "rb");
    if (f == NULL)
        return -errno;
    size_t n = fread(out, 1, sizeof out, f);
    int failed = ferror(f);
    fclose(f);
    return failed ? -EIO : (int32_t)n;
}

/* mode: 0 "w" (create/truncate), 1 "a" (append), 2 "r+" (existing, in place) */
EXPORT("p_write_file")
int32_t p_write_file(const char *path, const char *data, int32_t len, int32_t mode) {
    static const char *const modes[] = {"wb", "ab", "r+b"};
    FILE *f = fopen(path, modes[mode]);
    if (f == NULL)
        return -errno;
    size_t n = fwrite(data, 1, (size_t)len, f);
    int e = n == (size_t)len ? 0 : errno;
    if (fclose(f) != 0 && e == 0)
        e = errno;
    return e ? -e : (int32_t)n;
}

/* open(2) with explicit flags: 0 O_RDONLY, 1 O_WRONLY, 2 O_RDWR, plus
 * 4 O_CREAT, 8 O_EXCL, 16 O_TRUNC, 32 O_NOFOLLOW, 64 O_DIRECTORY. */
EXPORT("p_open") int32_t p_open(const char *path, int32_t how) {
    static const int access[] = {O_RDONLY, O_WRONLY, O_RDWR, O_RDONLY};
    int flags = access[how & 3];
    if (how & 4) flags |= O_CREAT;
    if (how & 8) flags |= O_EXCL;
    if (how & 16) flags |= O_TRUNC;
    if (how & 32) flags |= O_NOFOLLOW;
    if (how & 64) flags |= O_DIRECTORY;
    int fd = open(path, flags, 0644);
    if (fd < 0)
        return -errno;
    close(fd);
    return 0;
}

/* stat: the size, or -errno; *type_out: 1 file, 2 dir, 3 link, 0 other. */
static int32_t stat_common(const char *path, int follow) {
    struct stat st;
    int r = follow ? stat(path, &st) : lstat(path, &st);
    if (r != 0)
        return -errno;
    out[0] = S_ISREG(st.st_mode) ? 1 : S_ISDIR(st.st_mode) ? 2 : S_ISLNK(st.st_mode) ? 3 : 0;
    memcpy(out + 8, &st.st_mtim.tv_sec, sizeof st.st_mtim.tv_sec);
    return (int32_t)st.st_size;
}

EXPORT("p_stat") int32_t p_stat(const char *path) { return stat_common(path, 1); }

EXPORT("p_lstat") int32_t p_lstat(const char *path) { return stat_common(path, 0); }

/* The names in a directory, sorted by readdir order, joined by '\n'. */
EXPORT("p_listdir") int32_t p_listdir(const char *path) {
    DIR *d = opendir(path);
    if (d == NULL)
        return -errno;
    size_t used = 0;
    struct dirent *e;
    errno = 0;
    while ((e = readdir(d)) != NULL) {
        size_t len = strlen(e->d_name);
        if (used + len + 1 > sizeof out)
            break;
        memcpy(out + used, e->d_name, len);
        out[used + len] = '\n';
        used += len + 1;
    }
    int e2 = errno;
    closedir(d);
    return e2 ? -e2 : (int32_t)used;
}

EXPORT("p_unlink") int32_t p_unlink(const char *path) { return unlink(path) ? -errno : 0; }

EXPORT("p_rename") int32_t p_rename(const char *from, const char *to) {
    return rename(from, to) ? -errno : 0;
}

EXPORT("p_mkdir") int32_t p_mkdir(const char *path) { return mkdir(path, 0755) ? -errno : 0; }

EXPORT("p_rmdir") int32_t p_rmdir(const char *path) { return rmdir(path) ? -errno : 0; }

EXPORT("p_symlink") int32_t p_symlink(const char *target, const char *path) {
    return symlink(target, path) ? -errno : 0;
}

EXPORT("p_link") int32_t p_link(const char *from, const char *to) {
    return link(from, to) ? -errno : 0;
}

/* Open `name` relative to the directory `dir` (openat on dirfd(opendir(dir))):
 * the path is resolved against that directory's fd, not a preopen. */
EXPORT("p_read_at") int32_t p_read_at(const char *dir, const char *name) {
    DIR *d = opendir(dir);
    if (d == NULL)
        return -errno;
    int fd = openat(dirfd(d), name, O_RDONLY);
    int e = errno;
    closedir(d);
    if (fd < 0)
        return -e;
    ssize_t n = read(fd, out, sizeof out);
    close(fd);
    return n < 0 ? -EIO : (int32_t)n;
}

/* How the attempts of a race loop ended: hist[e] counts -errno results
 * (0: success). Kept apart from `out`, which each read overwrites. */
static int32_t hist[128];

EXPORT("p_race_hist") int32_t *p_race_hist(void) { return hist; }

static void count(int32_t result) {
    hist[result >= 0 ? 0 : -result < 128 ? -result : 127]++;
}

/* Read `path` `iterations` times; count the reads whose content starts
 * with `forbidden` (the secret outside the preopen). */
EXPORT("p_race_read")
int32_t p_race_read(const char *path, int32_t iterations, const char *forbidden) {
    int32_t leaks = 0;
    size_t flen = strlen(forbidden);
    memset(hist, 0, sizeof hist);
    for (int32_t i = 0; i < iterations; i++) {
        int32_t n = p_read_file(path);
        count(n);
        if (n >= (int32_t)flen && memcmp(out, forbidden, flen) == 0)
            leaks++;
    }
    return leaks;
}

/* Try to write `data` through `path` `iterations` times; count successes. */
EXPORT("p_race_write")
int32_t p_race_write(const char *path, int32_t iterations, const char *data) {
    int32_t written = 0;
    memset(hist, 0, sizeof hist);
    for (int32_t i = 0; i < iterations; i++) {
        int32_t n = p_write_file(path, data, (int32_t)strlen(data), 0);
        count(n);
        written += n > 0;
    }
    return written;
}

/* ---- environment, arguments ------------------------------------------------ */

EXPORT("p_getenv") int32_t p_getenv(const char *name) {
    const char *v = getenv(name);
    if (v == NULL)
        return -1;
    size_t n = strlen(v);
    memcpy(out, v, n < sizeof out ? n : sizeof out);
    return (int32_t)n;
}

extern char **environ;

EXPORT("p_environ_count") int32_t p_environ_count(void) {
    int32_t n = 0;
    while (environ && environ[n])
        n++;
    return n;
}

/* argv as the sandbox sees it, NUL-separated in out; returns argc. A
 * reactor has no main(), so ask WASI directly, as crt1 would. */
EXPORT("p_argv") int32_t p_argv(void) {
    __wasi_size_t argc, size;
    if (__wasi_args_sizes_get(&argc, &size) != 0 || size > sizeof out || argc > 64)
        return -EIO;
    uint8_t *argv[64];
    if (__wasi_args_get(argv, (uint8_t *)out) != 0)
        return -EIO;
    return (int32_t)argc;
}

/* ---- time and randomness ------------------------------------------------------ */

EXPORT("p_time") int64_t p_time(void) { return (int64_t)time(NULL); }

/* 0 realtime, 1 monotonic (clock_gettime), 2 process CPU time (asked of
 * WASI directly: wasi-libc only emulates that clock): nanoseconds, or -errno. */
EXPORT("p_clock") int64_t p_clock(int32_t which) {
    if (which == 2) {
        __wasi_timestamp_t t;
        __wasi_errno_t e = __wasi_clock_time_get(__WASI_CLOCKID_PROCESS_CPUTIME_ID, 1, &t);
        return e ? -(int64_t)e : (int64_t)t;
    }
    struct timespec ts;
    if (clock_gettime(which == 0 ? CLOCK_REALTIME : CLOCK_MONOTONIC, &ts) != 0)
        return -errno;
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

EXPORT("p_sleep_ms") int32_t p_sleep_ms(int32_t ms) {
    struct timespec ts = {ms / 1000, (long)(ms % 1000) * 1000000};
    return nanosleep(&ts, NULL) ? -errno : 0;
}

EXPORT("p_getentropy") int32_t p_getentropy(int32_t n) {
    return getentropy(out, (size_t)n) ? -errno : 0;
}

/* ---- stdio and exit ------------------------------------------------------------------ */

EXPORT("p_printf") int32_t p_printf(const char *text) {
    int n = printf("%s", text);
    if (fflush(stdout) != 0)
        return -errno;
    return n;
}

EXPORT("p_fputs_stderr") int32_t p_fputs_stderr(const char *text) {
    return fputs(text, stderr) < 0 ? -errno : 0;
}

/* write(2) straight to a descriptor: one WASI fd_write per call. */
EXPORT("p_write_fd") int32_t p_write_fd(int32_t fd, const char *data, int32_t len) {
    ssize_t n = write(fd, data, (size_t)len);
    return n < 0 ? -errno : (int32_t)n;
}

/* write(2) to fd, then report its result (a number) on stderr: how a
 * library sees a failed write even when the call then raises. */
EXPORT("p_write_report") int32_t p_write_report(int32_t fd, const char *data, int32_t len) {
    int32_t n = p_write_fd(fd, data, len);
    char report[16];
    int k = snprintf(report, sizeof report, "%d", (int)n);
    (void)write(2, report, (size_t)k);
    return n;
}

/* Write `count` chunks of sizes 1, 2, ... 37, 1, 2, ... to fd, with bytes
 * counting up from 0 (mod 251): a stream whose every byte is checkable. */
EXPORT("p_write_stream") int32_t p_write_stream(int32_t fd, int32_t count) {
    static char chunk[64];
    uint32_t next = 0;
    int32_t total = 0;
    for (int32_t i = 0; i < count; i++) {
        int32_t size = i % 37 + 1;
        for (int32_t k = 0; k < size; k++)
            chunk[k] = (char)(next++ % 251);
        if (p_write_fd(fd, chunk, size) != size)
            return -1;
        total += size;
    }
    return total;
}

/* Everything on stdin, into out. */
EXPORT("p_read_stdin") int32_t p_read_stdin(void) {
    size_t n = fread(out, 1, sizeof out, stdin);
    return ferror(stdin) ? -errno : (int32_t)n;
}

EXPORT("p_exit") void p_exit(int32_t code) { exit(code); }

/* printf without a flush, then exit(): exit flushes stdout on the way out. */
EXPORT("p_printf_exit") void p_printf_exit(const char *text, int32_t code) {
    printf("%s", text);
    exit(code);
}

/* ---- sockets ------------------------------------------------------------------------ */

/* shutdown(), recv() and send() on fd, through wasi-libc, and sock_accept
 * asked of WASI directly (older wasi-libc has no accept()): each one's
 * -errno (0: success) in out, four int32s. */
EXPORT("p_sockets") int32_t p_sockets(int32_t fd) {
    int32_t results[4];
    char byte = 'x';
    results[0] = shutdown(fd, SHUT_RDWR) == 0 ? 0 : -errno;
    results[1] = recv(fd, &byte, 1, 0) >= 0 ? 0 : -errno;
    results[2] = send(fd, &byte, 1, 0) >= 0 ? 0 : -errno;
    __wasi_fd_t accepted;
    results[3] = -(int32_t)__wasi_sock_accept((__wasi_fd_t)fd, 0, &accepted);
    memcpy(out, results, sizeof results);
    return 0;
}

/* ---- memory ---------------------------------------------------------------------- */

/* malloc `chunk` bytes until it fails (at most `limit` times); free them all;
 * return how many succeeded. */
EXPORT("p_malloc_until_null") int32_t p_malloc_until_null(int32_t chunk, int32_t limit) {
    static void *blocks[1 << 16];
    int32_t n = 0;
    while (n < limit && n < (int32_t)(sizeof blocks / sizeof blocks[0])) {
        void *p = malloc((size_t)chunk);
        if (p == NULL)
            break;
        memset(p, 1, (size_t)chunk);
        blocks[n++] = p;
    }
    for (int32_t i = 0; i < n; i++)
        free(blocks[i]);
    return n;
}
