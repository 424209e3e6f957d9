/* wasmbox_wasi.c - wasi_snapshot_preview1, denied by default.
 *
 * Every function of wasi_snapshot_preview1 is defined here or in the files
 * of the file system (wasmbox_wasi_fds.c, _fd_calls.c, _path_calls.c), with
 * the exact signature wasm2c expects, because a module may import any subset
 * of them. They are hidden: never exported from the extension module, so two
 * sandboxed modules in one process cannot interpose on each other.
 *
 * What the sandbox gets is what its policy (wasmbox_wasi.h) grants:
 *   - args: the module's name as argv[0], then `args`; environment: `env`;
 *   - fd 0 reads `stdin` (else end-of-file); fds 1 and 2 go where
 *     `stdout`/`stderr` say (discarded by default);
 *   - clocks and randomness only if granted; sockets never (none exists);
 *   - files only beneath the preopened directories (wasmbox_wasi_resolve.c);
 *   - proc_exit ends the call with SandboxExit, proc_raise with a Trap.
 * A refusal is ENOTCAPABLE, or with on_denied="trap" a CapabilityDenied
 * trap naming the call and what it asked for (see reply()).
 *
 * Pointers and lengths from the sandbox are checked before use (see
 * wasmbox_wasi_impl.h). Each function is host code from its stack check on
 * (check_native_stack): a deadline that expires meanwhile ends the call when
 * the function returns; a wait (a sleep, a blocked write) stops early then.
 */
#define _GNU_SOURCE /* getrandom, clock_nanosleep */
#include "wasmbox_wasi_impl.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#if defined(__linux__) || defined(__APPLE__)
#include <sys/random.h> /* getrandom (Linux), getentropy (macOS) */
#endif

/* ---- refusals ------------------------------------------------------------------- */

static WASM_RT_THREAD_LOCAL wasmbox_denial last_denial;

const wasmbox_denial *wasmbox_wasi_last_denial(void)
{
    return &last_denial;
}

uint32_t wasmbox_deny(const wasi_t *w, const char *call, const char *format, ...)
{
    /* The message is only needed if the refusal becomes an exception. */
    if (w->policy->on_denied == WASMBOX_DENY_TRAP) {
        va_list args;
        va_start(args, format);
        last_denial.call = call;
        vsnprintf(last_denial.detail, sizeof last_denial.detail, format, args);
        va_end(args);
    }
    return ERRNO_DENIED;
}

uint32_t wasmbox_errno_from_host(int e)
{
    switch (e) {
    case 0: return ERRNO_SUCCESS;
    case E2BIG: return ERRNO_2BIG;
    case EACCES: return ERRNO_ACCES;
    case EAGAIN: return ERRNO_AGAIN;
    case EBADF: return ERRNO_BADF;
    case EBUSY: return ERRNO_BUSY;
    case EEXIST: return ERRNO_EXIST;
    case EFAULT: return ERRNO_FAULT;
    case EFBIG: return ERRNO_FBIG;
    case EILSEQ: return ERRNO_ILSEQ;
    case EINTR: return ERRNO_INTR;
    case EINVAL: return ERRNO_INVAL;
    case EISDIR: return ERRNO_ISDIR;
    case ELOOP: return ERRNO_LOOP;
    case EMFILE: return ERRNO_MFILE;
    case EMLINK: return ERRNO_MLINK;
    case ENAMETOOLONG: return ERRNO_NAMETOOLONG;
    case ENFILE: return ERRNO_NFILE;
    case ENODEV: return ERRNO_NODEV;
    case ENOENT: return ERRNO_NOENT;
    case ENOMEM: return ERRNO_NOMEM;
    case ENOSPC: return ERRNO_NOSPC;
    case ENOSYS: return ERRNO_NOSYS;
    case ENOTDIR: return ERRNO_NOTDIR;
    case ENOTEMPTY: return ERRNO_NOTEMPTY;
    case ENOTTY: return ERRNO_NOTTY;
    case ENXIO: return ERRNO_NXIO;
    case EOVERFLOW: return ERRNO_OVERFLOW;
    case EPERM: return ERRNO_PERM;
    case EPIPE: return ERRNO_PIPE;
    case EROFS: return ERRNO_ROFS;
    case ESPIPE: return ERRNO_SPIPE;
    case ETXTBSY: return ERRNO_TXTBSY;
    case EXDEV: return ERRNO_XDEV;
#if defined(ENOTSUP)
    case ENOTSUP: return ERRNO_NOTSUP;
#endif
#if defined(EOPNOTSUPP) && EOPNOTSUPP != ENOTSUP
    case EOPNOTSUPP: return ERRNO_NOTSUP;
#endif
    default: return ERRNO_IO;
    }
}

/* ---- iovecs ----------------------------------------------------------------------- */

uint32_t wasmbox_load_iovecs(const wasi_t *w, uint32_t iovs, uint32_t count, iovec_list *list)
{
    list->chunks = list->inline_chunks;
    list->count = 0;
    list->total = 0;
    if (count > MAX_IOVECS)
        return ERRNO_INVAL;
    if (!in_memory(w, iovs, (uint64_t)count * IOVEC_SIZE))
        return ERRNO_FAULT;
    if (count > sizeof list->inline_chunks / sizeof list->inline_chunks[0]) {
        list->chunks = malloc(count * sizeof *list->chunks);
        if (list->chunks == NULL) {
            list->chunks = list->inline_chunks;
            return ERRNO_NOMEM;
        }
    }
    for (uint64_t i = 0; i < count; i++) {
        uint32_t buf = load_u32(w, iovs + i * IOVEC_SIZE);
        uint32_t len = load_u32(w, iovs + i * IOVEC_SIZE + 4);
        if (!in_memory(w, buf, len)) {
            wasmbox_free_iovecs(list);
            return ERRNO_FAULT;
        }
        list->chunks[i].data = at(w, buf);
        list->chunks[i].size = len;
        list->total += len;
    }
    list->count = count;
    if (list->total > UINT32_MAX) { /* the count of bytes moved must fit a u32 */
        wasmbox_free_iovecs(list);
        return ERRNO_INVAL;
    }
    return ERRNO_SUCCESS;
}

void wasmbox_free_iovecs(iovec_list *list)
{
    if (list->chunks != list->inline_chunks)
        free(list->chunks);
    list->chunks = list->inline_chunks;
    list->count = 0;
}

/* ---- lifetime ---------------------------------------------------------------------------- */

/* splitmix64: expands a 64-bit seed into xoshiro's 256-bit state. */
static uint64_t splitmix64(uint64_t *x)
{
    uint64_t z = (*x += UINT64_C(0x9e3779b97f4a7c15));
    z = (z ^ (z >> 30)) * UINT64_C(0xbf58476d1ce4e5b9);
    z = (z ^ (z >> 27)) * UINT64_C(0x94d049bb133111eb);
    return z ^ (z >> 31);
}

bool wasmbox_wasi_init(wasi_t *w, const wasmbox_policy *policy, const char *program_name,
                       wasm_rt_memory_t *memory)
{
    w->memory = memory;
    w->policy = policy;
    w->program_name = program_name;
    w->exit_code = 0;
    w->stdin_offset = 0;
    w->memory_max_pages = 0;
    uint64_t seed = policy->seed;
    for (int i = 0; i < 4; i++) /* each instance replays the same sequence */
        w->rng[i] = splitmix64(&seed);
    return wasmbox_fd_table_init(w);
}

void wasmbox_wasi_limit_memory(wasi_t *w)
{
    wasm_rt_memory_t *m = w->memory;
    if (m == NULL || w->policy->memory_limit == 0)
        return;
    uint64_t limit = w->policy->memory_limit / m->page_size;
    if (limit < m->pages)
        limit = m->pages; /* cannot shrink; wasmbox_wasi_memory_within_limit() says so */
    w->memory_max_pages = m->max_pages;
    if (limit < m->max_pages)
        m->max_pages = limit;
}

uint64_t wasmbox_wasi_memory_limit_breaks(const wasi_t *w, bool *above)
{
    const wasm_rt_memory_t *m = w->memory;
    uint64_t limit = w->policy->memory_limit;
    if (m == NULL || limit == 0)
        return 0;
    uint64_t maximum = w->memory_max_pages * m->page_size; /* saved by limit_memory */
    *above = limit > maximum;
    if (*above)
        return maximum;
    return m->size > limit ? m->size : 0;
}

void wasmbox_wasi_release(wasi_t *w)
{
    for (uint32_t i = 0; i < w->fd_count; i++)
        wasmbox_fd_release(&w->fds[i]);
    free(w->fds);
    w->fds = NULL;
    w->fd_count = 0;
    if (w->memory != NULL && w->memory_max_pages != 0)
        w->memory->max_pages = w->memory_max_pages;
    w->memory_max_pages = 0;
}

void wasmbox_wasi_destroy(wasi_t *w)
{
    wasmbox_wasi_release(w);
    for (int i = 0; i < 2; i++) {
        free(w->capture[i].data);
        memset(&w->capture[i], 0, sizeof w->capture[i]);
    }
}

#define WASI(name) WASMBOX_WASI_FN(name)

/* ---- arguments and environment ------------------------------------------------------
 * Both are a list of NUL-terminated strings: the sandbox asks for the count
 * and total size, then passes an array of pointers and a buffer of that size. */

/* Write `count` strings laid out back to back in `block` (preceded by
 * `first`, if not NULL) as a pointer array at ptrs and the bytes at buf. */
static uint32_t put_strings(const wasi_t *w, uint32_t ptrs, uint32_t buf, const char *first,
                            const char *block, uint32_t count, uint32_t block_size)
{
    uint64_t first_size = first ? strlen(first) + 1 : 0;
    uint64_t n = count + (first ? 1 : 0);
    if (!in_memory(w, ptrs, n * 4) || !in_memory(w, buf, first_size + block_size))
        return ERRNO_FAULT;
    uint64_t p = buf;
    uint32_t i = 0;
    if (first) {
        put_u32(w, ptrs, (uint32_t)p);
        memcpy(at(w, p), first, first_size);
        p += first_size;
        i = 1;
    }
    const char *s = block;
    for (; i < n; i++) {
        uint64_t len = strlen(s) + 1;
        put_u32(w, ptrs + 4 * (uint64_t)i, (uint32_t)p);
        memcpy(at(w, p), s, len);
        p += len;
        s += len;
    }
    return ERRNO_SUCCESS;
}

WASI(args_sizes_get)(wasi_t *w, uint32_t argc_ptr, uint32_t buf_size_ptr)
{
    check_native_stack();
    const wasmbox_policy *p = w->policy;
    uint64_t size = strlen(w->program_name) + 1 + (uint64_t)p->args_size;
    uint32_t err = store_u32(w, argc_ptr, p->argc + 1);
    if (err == ERRNO_SUCCESS)
        err = store_u32(w, buf_size_ptr, (uint32_t)size);
    return err;
}

WASI(args_get)(wasi_t *w, uint32_t argv_ptr, uint32_t buf_ptr)
{
    check_native_stack();
    const wasmbox_policy *p = w->policy;
    return put_strings(w, argv_ptr, buf_ptr, w->program_name, p->args, p->argc, p->args_size);
}

WASI(environ_sizes_get)(wasi_t *w, uint32_t count_ptr, uint32_t buf_size_ptr)
{
    check_native_stack();
    const wasmbox_policy *p = w->policy;
    uint32_t err = store_u32(w, count_ptr, p->environ_count);
    if (err == ERRNO_SUCCESS)
        err = store_u32(w, buf_size_ptr, p->environ_size);
    return err;
}

WASI(environ_get)(wasi_t *w, uint32_t environ_ptr, uint32_t buf_ptr)
{
    check_native_stack();
    const wasmbox_policy *p = w->policy;
    return put_strings(w, environ_ptr, buf_ptr, NULL, p->environ, p->environ_count,
                       p->environ_size);
}

/* ---- clocks ------------------------------------------------------------------------------ */

enum { CLOCK_ID_REALTIME = 0, CLOCK_ID_MONOTONIC = 1, CLOCK_ID_PROCESS_CPUTIME = 2,
       CLOCK_ID_THREAD_CPUTIME = 3 };

/* Check that the policy grants clock `id`; its host clock in *host. */
static uint32_t check_clock(const wasi_t *w, const char *call, uint32_t id, clockid_t *host)
{
    wasmbox_clock granted = w->policy->clock;
    switch (id) {
    case CLOCK_ID_REALTIME:
        if (granted == WASMBOX_CLOCK_ALL) {
            *host = CLOCK_REALTIME;
            return ERRNO_SUCCESS;
        }
        return deny(w, call, "the real-time clock (grant clock=True)");
    case CLOCK_ID_MONOTONIC:
        if (granted != WASMBOX_CLOCK_NONE) {
            *host = CLOCK_MONOTONIC;
            return ERRNO_SUCCESS;
        }
        return deny(w, call, "the monotonic clock (grant clock=True or clock=\"monotonic\")");
    case CLOCK_ID_PROCESS_CPUTIME:
    case CLOCK_ID_THREAD_CPUTIME:
        return deny(w, call, "a CPU-time clock (never granted)");
    default:
        return ERRNO_INVAL;
    }
}

static uint64_t timespec_ns(const struct timespec *ts)
{
    return (uint64_t)ts->tv_sec * UINT64_C(1000000000) + (uint64_t)ts->tv_nsec;
}

WASI(clock_res_get)(wasi_t *w, uint32_t clock_id, uint32_t res_ptr)
{
    check_native_stack();
    clockid_t host = CLOCK_MONOTONIC;
    uint32_t err = check_clock(w, "clock_res_get", clock_id, &host);
    if (err != ERRNO_SUCCESS)
        return reply(w, err);
    struct timespec ts;
    if (clock_getres(host, &ts) != 0)
        return wasmbox_errno_from_host(errno);
    return store_u64(w, res_ptr, timespec_ns(&ts));
}

WASI(clock_time_get)(wasi_t *w, uint32_t clock_id, uint64_t precision, uint32_t time_ptr)
{
    check_native_stack();
    UNUSED(precision);
    clockid_t host = CLOCK_MONOTONIC;
    uint32_t err = check_clock(w, "clock_time_get", clock_id, &host);
    if (err != ERRNO_SUCCESS)
        return reply(w, err);
    struct timespec ts;
    if (clock_gettime(host, &ts) != 0) /* a vDSO call: no system call to bracket */
        return wasmbox_errno_from_host(errno);
    return store_u64(w, time_ptr, timespec_ns(&ts));
}

/* ---- randomness -------------------------------------------------------------------------- */

static uint64_t rotl(uint64_t x, int k)
{
    return (x << k) | (x >> (64 - k));
}

/* xoshiro256** (Blackman and Vigna): fast, well tested, reproducible; not
 * a cryptographic generator, which is why seeding is documented as insecure. */
static uint64_t xoshiro_next(uint64_t s[4])
{
    uint64_t result = rotl(s[1] * 5, 7) * 9;
    uint64_t t = s[1] << 17;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 45);
    return result;
}

static void seeded_fill(wasi_t *w, uint8_t *out, uint64_t len)
{
    while (len > 0) {
        uint64_t word = xoshiro_next(w->rng); /* little-endian bytes of each output */
        size_t n = len < 8 ? (size_t)len : 8;
        memcpy(out, &word, n);
        out += n;
        len -= n;
    }
}

/* Fill from the host's CSPRNG; 0 or a host errno. */
static int host_fill(uint8_t *out, uint64_t len)
{
    while (len > 0) {
        size_t n = len < 256 ? (size_t)len : 256; /* getentropy's limit; also never partial */
#if defined(__linux__)
        ssize_t got = getrandom(out, n, 0);
        if (got < 0) {
            if (errno == EINTR)
                continue;
            return errno;
        }
        n = (size_t)got;
#else
        if (getentropy(out, n) != 0)
            return errno;
#endif
        out += n;
        len -= n;
    }
    return 0;
}

WASI(random_get)(wasi_t *w, uint32_t buf, uint32_t len)
{
    check_native_stack();
    switch (w->policy->random) {
    case WASMBOX_RANDOM_NONE:
        return reply(w, deny(w, "random_get",
                             "%u random bytes (grant random=True, or random=<seed>)", len));
    case WASMBOX_RANDOM_SEEDED:
        if (!in_memory(w, buf, len))
            return ERRNO_FAULT;
        seeded_fill(w, at(w, buf), len);
        return ERRNO_SUCCESS;
    case WASMBOX_RANDOM_HOST:
        break;
    }
    if (!in_memory(w, buf, len))
        return ERRNO_FAULT;
    int e = host_fill(at(w, buf), len);
    return wasmbox_errno_from_host(e);
}

/* ---- stdout and stderr ------------------------------------------------------------------ */

/* Append to a capture buffer, dropping what exceeds the limit. */
static void capture(wasi_t *w, int stream, const iovec_list *iov)
{
    wasmbox_capture *c = &w->capture[stream];
    uint64_t limit = w->policy->capture_limit;
    uint64_t room = c->size < limit ? limit - c->size : 0;
    uint64_t keep = iov->total < room ? iov->total : room;
    if (keep < iov->total)
        c->truncated = true;
    if (keep == 0)
        return;
    if (c->size + keep > c->capacity) {
        uint64_t capacity = c->capacity ? c->capacity : 4096;
        while (capacity < c->size + keep)
            capacity *= 2;
        if (capacity > limit)
            capacity = limit;
        uint8_t *data = capacity <= SIZE_MAX ? realloc(c->data, (size_t)capacity) : NULL;
        if (data == NULL) { /* the host is out of memory: drop, and say so */
            c->truncated = true;
            return;
        }
        c->data = data;
        c->capacity = capacity;
    }
    for (uint32_t i = 0; i < iov->count && keep > 0; i++) {
        uint64_t n = iov->chunks[i].size < keep ? iov->chunks[i].size : keep;
        memcpy(c->data + c->size, iov->chunks[i].data, (size_t)n);
        c->size += n;
        keep -= n;
    }
}

/* Write everything to a host fd (1 or 2), however many calls it takes. */
static uint32_t write_all(int fd, const iovec_list *iov)
{
    for (uint32_t i = 0; i < iov->count; i++) {
        const uint8_t *p = iov->chunks[i].data;
        size_t left = iov->chunks[i].size;
        while (left > 0) {
            ssize_t n = write(fd, p, left);
            if (n < 0) {
                if (errno == EINTR && !wasmbox_import_interrupted())
                    continue;
                return wasmbox_errno_from_host(errno);
            }
            p += n;
            left -= (size_t)n;
        }
    }
    return ERRNO_SUCCESS;
}

static uint32_t write_output(wasi_t *w, int stream, const iovec_list *iov)
{
    static const char *const names[2] = {"stdout", "stderr"};
    uint32_t err = ERRNO_SUCCESS;
    switch (w->policy->output[stream]) {
    case WASMBOX_OUTPUT_DISCARD:
        break; /* dropped, but reported as written so the library carries on */
    case WASMBOX_OUTPUT_CAPTURE:
        capture(w, stream, iov); /* beyond the limit: dropped, sb.stdout_truncated */
        break;
    case WASMBOX_OUTPUT_INHERIT:
        err = write_all(stream == WASMBOX_STDOUT ? 1 : 2, iov);
        break;
    case WASMBOX_OUTPUT_CALLABLE:
        err = wasmbox_output_to_callable(w, stream, iov->chunks, iov->count, iov->total);
        break;
    case WASMBOX_OUTPUT_DENY:
        err = deny(w, "fd_write", "writing %llu bytes to %s (%s=\"deny\")",
                   (unsigned long long)iov->total, names[stream], names[stream]);
        break;
    }
    return err;
}

/* ---- reading and writing ------------------------------------------------------------------ */

/* Copy stdin (from the policy) into the iovecs. */
static uint32_t read_stdin(wasi_t *w, const iovec_list *iov, uint32_t *done)
{
    const wasmbox_policy *p = w->policy;
    uint64_t total = 0;
    for (uint32_t i = 0; i < iov->count && w->stdin_offset < p->stdin_size; i++) {
        uint64_t left = p->stdin_size - w->stdin_offset;
        uint64_t n = iov->chunks[i].size < left ? iov->chunks[i].size : left;
        memcpy((void *)iov->chunks[i].data, p->stdin_data + w->stdin_offset, (size_t)n);
        w->stdin_offset += n;
        total += n;
    }
    *done = (uint32_t)total;
    return ERRNO_SUCCESS;
}

/* The stream or file's part of fd_write and fd_pwrite. */
static uint32_t write_to(wasi_t *w, wasmbox_fd *f, const iovec_list *iov, uint64_t offset,
                         bool positioned, uint32_t *done)
{
    switch (f->kind) {
    case WASMBOX_FD_STDOUT:
    case WASMBOX_FD_STDERR:
        if (positioned)
            return ERRNO_SPIPE;
        *done = (uint32_t)iov->total;
        return write_output(w, f->kind == WASMBOX_FD_STDOUT ? WASMBOX_STDOUT : WASMBOX_STDERR,
                            iov);
    case WASMBOX_FD_STDIN:
        return ERRNO_BADF;
    default:
        return wasmbox_file_write(w, f, iov, offset, positioned, done);
    }
}

/* The stream or file's part of fd_read and fd_pread. */
static uint32_t read_from(wasi_t *w, wasmbox_fd *f, const iovec_list *iov, uint64_t offset,
                          bool positioned, uint32_t *done)
{
    switch (f->kind) {
    case WASMBOX_FD_STDIN:
        return positioned ? ERRNO_SPIPE : read_stdin(w, iov, done);
    case WASMBOX_FD_STDOUT:
    case WASMBOX_FD_STDERR:
        return ERRNO_BADF;
    default:
        return wasmbox_file_read(w, f, iov, offset, positioned, done);
    }
}

typedef uint32_t (*transfer_fn)(wasi_t *w, wasmbox_fd *f, const iovec_list *iov,
                                uint64_t offset, bool positioned, uint32_t *done);

/* fd_read, fd_pread, fd_write and fd_pwrite: check the fd, the iovecs and
 * where the count goes; move the bytes (`transfer`); store the count. */
static uint32_t do_io(wasi_t *w, transfer_fn transfer, uint32_t fd, uint32_t iovs,
                      uint32_t iovs_len, uint64_t offset, bool positioned, uint32_t done_ptr)
{
    wasmbox_fd *f = fd_get(w, fd);
    if (f == NULL)
        return ERRNO_BADF;
    iovec_list iov;
    uint32_t err = wasmbox_load_iovecs(w, iovs, iovs_len, &iov);
    if (err != ERRNO_SUCCESS)
        return err;
    if (!in_memory(w, done_ptr, 4)) {
        wasmbox_free_iovecs(&iov);
        return ERRNO_FAULT;
    }
    uint32_t done = 0;
    err = transfer(w, f, &iov, offset, positioned, &done);
    wasmbox_free_iovecs(&iov);
    if (err == ERRNO_SUCCESS)
        put_u32(w, done_ptr, done);
    return err;
}

WASI(fd_write)(wasi_t *w, uint32_t fd, uint32_t iovs, uint32_t iovs_len, uint32_t nwritten_ptr)
{
    check_native_stack();
    return reply(w, do_io(w, write_to, fd, iovs, iovs_len, 0, false, nwritten_ptr));
}

WASI(fd_pwrite)(wasi_t *w, uint32_t fd, uint32_t iovs, uint32_t iovs_len, uint64_t offset,
                uint32_t nwritten_ptr)
{
    check_native_stack();
    return reply(w, do_io(w, write_to, fd, iovs, iovs_len, offset, true, nwritten_ptr));
}

WASI(fd_read)(wasi_t *w, uint32_t fd, uint32_t iovs, uint32_t iovs_len, uint32_t nread_ptr)
{
    check_native_stack();
    return reply(w, do_io(w, read_from, fd, iovs, iovs_len, 0, false, nread_ptr));
}

WASI(fd_pread)(wasi_t *w, uint32_t fd, uint32_t iovs, uint32_t iovs_len, uint64_t offset,
               uint32_t nread_ptr)
{
    check_native_stack();
    return reply(w, do_io(w, read_from, fd, iovs, iovs_len, offset, true, nread_ptr));
}

/* ---- polling and scheduling --------------------------------------------------------------- */

enum { EVENTTYPE_CLOCK = 0, EVENTTYPE_FD_READ = 1, EVENTTYPE_FD_WRITE = 2 };
enum { SUBCLOCK_ABSTIME = 1 };

typedef struct {
    uint64_t userdata;
    uint8_t tag;
    uint32_t error;        /* a WASI errno, or ERRNO_DENIED for a clock not granted */
    uint64_t nbytes;       /* fd events */
    uint64_t deadline_ns;  /* clock events: when, on `host_clock` */
    clockid_t host_clock;
} poll_item;

/* Read and answer one subscription (clocks: only check and compute the
 * deadline). ERRNO_INVAL for a malformed one fails the whole call. */
static uint32_t poll_prepare(wasi_t *w, uint64_t sub, poll_item *item)
{
    item->userdata = load_u64(w, sub);
    item->tag = *at(w, sub + 8);
    item->error = ERRNO_SUCCESS;
    item->nbytes = 0;
    switch (item->tag) {
    case EVENTTYPE_CLOCK: {
        uint32_t id = load_u32(w, sub + 16);
        uint64_t timeout = load_u64(w, sub + 24);
        uint16_t flags = load_u16(w, sub + 40);
        uint32_t err = check_clock(w, "poll_oneoff", id, &item->host_clock);
        if (err == ERRNO_INVAL)
            return err;
        if (err != ERRNO_SUCCESS) {
            item->error = err; /* this event reports it (or the call traps) */
            item->deadline_ns = 0;
            return ERRNO_SUCCESS;
        }
        struct timespec now;
        clock_gettime(item->host_clock, &now);
        uint64_t now_ns = timespec_ns(&now);
        if (flags & SUBCLOCK_ABSTIME)
            item->deadline_ns = timeout;
        else
            item->deadline_ns = timeout > UINT64_MAX - now_ns ? UINT64_MAX : now_ns + timeout;
        return ERRNO_SUCCESS;
    }
    case EVENTTYPE_FD_READ:
    case EVENTTYPE_FD_WRITE: {
        const wasmbox_fd *f = fd_get(w, load_u32(w, sub + 16));
        bool write = item->tag == EVENTTYPE_FD_WRITE;
        if (f == NULL) {
            item->error = ERRNO_BADF;
        } else if (f->kind == WASMBOX_FD_STDIN) {
            item->error = write ? ERRNO_BADF : ERRNO_SUCCESS;
            item->nbytes = w->policy->stdin_size - w->stdin_offset;
        } else if (f->kind == WASMBOX_FD_STDOUT || f->kind == WASMBOX_FD_STDERR) {
            item->error = write ? ERRNO_SUCCESS : ERRNO_BADF;
        } else {
            item->error = wasmbox_file_poll_ready(w, f, write, &item->nbytes);
        }
        return ERRNO_SUCCESS;
    }
    default:
        return ERRNO_INVAL;
    }
}

static bool clock_pending(const poll_item *item)
{
    return item->tag == EVENTTYPE_CLOCK && item->error == ERRNO_SUCCESS;
}

/* Sleep until the earliest granted clock deadline; the thread is blocked
 * (the GIL was released at the boundary), which is what the library asked.
 * A deadline or Ctrl-C of the call wakes it early (the call ends anyway). */
static void sleep_until(const poll_item *item)
{
    struct timespec until = {
        .tv_sec = (time_t)(item->deadline_ns / 1000000000),
        .tv_nsec = (long)(item->deadline_ns % 1000000000),
    };
#if defined(__linux__)
    while (clock_nanosleep(item->host_clock, TIMER_ABSTIME, &until, NULL) == EINTR
           && !wasmbox_import_interrupted())
        continue;
#else
    while (!wasmbox_import_interrupted()) {
        struct timespec now;
        clock_gettime(item->host_clock, &now);
        uint64_t now_ns = timespec_ns(&now);
        if (now_ns >= item->deadline_ns)
            break;
        uint64_t left = item->deadline_ns - now_ns;
        struct timespec d = {(time_t)(left / 1000000000), (long)(left % 1000000000)};
        nanosleep(&d, NULL);
    }
#endif
}

WASI(poll_oneoff)(wasi_t *w, uint32_t in, uint32_t out, uint32_t nsubscriptions,
                  uint32_t nevents_ptr)
{
    check_native_stack();
    if (nsubscriptions == 0 || nsubscriptions > MAX_SUBSCRIPTIONS)
        return ERRNO_INVAL; /* the bound keeps the host's copy below small */
    if (!in_memory(w, in, (uint64_t)nsubscriptions * SUBSCRIPTION_SIZE)
        || !in_memory(w, out, (uint64_t)nsubscriptions * EVENT_SIZE)
        || !in_memory(w, nevents_ptr, 4))
        return ERRNO_FAULT;
    poll_item *items = calloc(nsubscriptions, sizeof *items);
    if (items == NULL)
        return ERRNO_NOMEM;
    /* Descriptors are always ready (files, stdio), so a poll that watches any
     * returns at once with those; a poll of clocks alone sleeps until the
     * earliest, as nanosleep() and sleep() expect. */
    bool any_fd = false, denied = false;
    const poll_item *earliest = NULL;
    uint32_t err = ERRNO_SUCCESS;
    for (uint64_t i = 0; i < nsubscriptions && err == ERRNO_SUCCESS; i++) {
        err = poll_prepare(w, in + i * SUBSCRIPTION_SIZE, &items[i]);
        denied |= items[i].error == ERRNO_DENIED;
        if (items[i].tag != EVENTTYPE_CLOCK)
            any_fd = true;
        else if (clock_pending(&items[i])
                 && (earliest == NULL || items[i].deadline_ns < earliest->deadline_ns))
            earliest = &items[i];
    }
    if (err == ERRNO_SUCCESS && denied && w->policy->on_denied == WASMBOX_DENY_TRAP)
        err = ERRNO_DENIED; /* reply() below traps, after `items` is freed */
    if (err == ERRNO_SUCCESS && !any_fd && earliest != NULL)
        sleep_until(earliest);
    uint32_t nevents = 0;
    for (uint64_t i = 0; i < nsubscriptions && err == ERRNO_SUCCESS; i++) {
        const poll_item *item = &items[i];
        /* Report every fd event, denied clocks, and the clock that woke us. */
        if (item->tag == EVENTTYPE_CLOCK && item->error == ERRNO_SUCCESS
            && (any_fd || item != earliest))
            continue;
        uint64_t event = out + (uint64_t)nevents * EVENT_SIZE;
        memset(at(w, event), 0, EVENT_SIZE);
        put_u64(w, event, item->userdata);
        put_u16(w, event + 8, (uint16_t)(item->error == ERRNO_DENIED ? ERRNO_NOTCAPABLE
                                                                      : item->error));
        *at(w, event + 10) = item->tag;
        put_u64(w, event + 16, item->nbytes);
        nevents++;
    }
    free(items);
    if (err != ERRNO_SUCCESS)
        return reply(w, err);
    return store_u32(w, nevents_ptr, nevents);
}

WASI(sched_yield)(wasi_t *w)
{
    check_native_stack();
    UNUSED(w);
    return ERRNO_SUCCESS;
}

/* ---- process ------------------------------------------------------------------------------- */

WASMBOX_WASI_VOID(proc_exit)(wasi_t *w, uint32_t code)
{
    w->exit_code = code;
    wasmbox_unwind(WASMBOX_TRAP_EXIT);
}

WASI(proc_raise)(wasi_t *w, uint32_t signal)
{
    check_native_stack();
    w->exit_code = signal;
    wasmbox_unwind(WASMBOX_TRAP_RAISE);
}

/* ---- the `wasmbox` imports: hardening, prefetch ------------------------------------------- */

/* Not a WASI call: never refused by the policy (the library cannot read this
 * through random_get), and the same with random=<seed>, which seeds what the
 * library sees, not its protections. */
uint64_t w2c_wasmbox_hardening_secret(struct w2c_wasmbox *h)
{
    check_native_stack(); /* getrandom needs stack; the library may call this anywhere */
    uint64_t secret = 0;
    int e = host_fill((uint8_t *)&secret, sizeof secret);
    if (e != 0) {
        /* No CSPRNG (a sandboxed build host?): still different per instance. */
        struct timespec now;
        clock_gettime(CLOCK_MONOTONIC, &now);
        secret = ((uint64_t)now.tv_nsec << 32) ^ (uint64_t)now.tv_sec ^ (uint64_t)(uintptr_t)h;
    }
    return secret;
}

void w2c_wasmbox_hardening_trap(struct w2c_wasmbox *h, uint32_t kind)
{
    wasi_t *w = (wasi_t *)((char *)h - offsetof(wasi_t, hardening));
    w->exit_code = kind;
    wasmbox_unwind(WASMBOX_TRAP_CORRUPTION);
}

/* A prefetch hint from the library (guest/prefetch/wasmbox_prefetch.h). The generated
 * code issues it inline (pipeline/wasm2c_fixes.py); this serves any other reference.
 * Only inside the memory, as there. */
void w2c_wasmbox_prefetch(struct w2c_wasmbox *h, uint32_t address)
{
    wasi_t *w = (wasi_t *)((char *)h - offsetof(wasi_t, hardening));
    if (w->memory != NULL && address < w->memory->size)
        __builtin_prefetch(w->memory->data + address);
}

/* ---- sockets: there are none ---------------------------------------------------------------- *
 * The sandbox can never hold a socket (none is ever granted, and
 * sock_accept needs one to begin with), so every sock_* call names a
 * descriptor that is not a socket: ENOTSOCK, as WASI and wasi-libc expect
 * and as a host kernel would answer for a file. No capability is asked for,
 * so the policy has nothing to refuse; a closed fd stays EBADF. */

static uint32_t not_a_socket(const wasi_t *w, uint32_t fd)
{
    return fd_get(w, fd) == NULL ? ERRNO_BADF : ERRNO_NOTSOCK;
}

WASI(sock_accept)(wasi_t *w, uint32_t fd, uint32_t flags, uint32_t fd_ptr)
{
    check_native_stack();
    UNUSED(flags), UNUSED(fd_ptr);
    return not_a_socket(w, fd);
}

WASI(sock_recv)(wasi_t *w, uint32_t fd, uint32_t iovs, uint32_t iovs_len, uint32_t flags,
                uint32_t nread_ptr, uint32_t oflags_ptr)
{
    check_native_stack();
    UNUSED(iovs), UNUSED(iovs_len), UNUSED(flags), UNUSED(nread_ptr), UNUSED(oflags_ptr);
    return not_a_socket(w, fd);
}

WASI(sock_send)(wasi_t *w, uint32_t fd, uint32_t iovs, uint32_t iovs_len, uint32_t flags,
                uint32_t nwritten_ptr)
{
    check_native_stack();
    UNUSED(iovs), UNUSED(iovs_len), UNUSED(flags), UNUSED(nwritten_ptr);
    return not_a_socket(w, fd);
}

WASI(sock_shutdown)(wasi_t *w, uint32_t fd, uint32_t how)
{
    check_native_stack();
    UNUSED(how);
    return not_a_socket(w, fd);
}
