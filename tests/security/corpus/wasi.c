/* wasi.c - hostile arguments to every WASI function, called directly.
 *
 * A library does not have to go through libc: it can import
 * wasi_snapshot_preview1 functions itself and pass any pointer, length,
 * count or descriptor. Each function of the snapshot is re-exported here as
 * x_<name>, with exactly the import's wasm signature, so the test can call
 * the host's implementation with crafted arguments: pointers past the end of
 * memory or wrapping around 2^32, iovec arrays whose size overflows 32 bits,
 * iovecs pointing outside memory, overlapping in/out ranges, descriptors
 * that do not exist. The host must answer with an errno (EFAULT, EBADF,
 * EINVAL, ENOTCAPABLE, ...) and touch nothing outside linear memory;
 * proc_exit and proc_raise end the call (SandboxExit, Trap).
 */
#include "common.h"

#define I uint32_t
#define J uint64_t
#define WASI_IMPORT(name) \
    __attribute__((import_module("wasi_snapshot_preview1"), import_name(#name)))
#define FORWARD(name, params, args)                                 \
    WASI_IMPORT(name) uint32_t imported_##name params;              \
    EXPORT("x_" #name) uint32_t x_##name params { return imported_##name args; }

FORWARD(args_get, (I argv, I buf), (argv, buf))
FORWARD(args_sizes_get, (I argc, I size), (argc, size))
FORWARD(clock_res_get, (I id, I res), (id, res))
FORWARD(clock_time_get, (I id, J precision, I time), (id, precision, time))
FORWARD(environ_get, (I env, I buf), (env, buf))
FORWARD(environ_sizes_get, (I count, I size), (count, size))
FORWARD(fd_advise, (I fd, J offset, J len, I advice), (fd, offset, len, advice))
FORWARD(fd_allocate, (I fd, J offset, J len), (fd, offset, len))
FORWARD(fd_close, (I fd), (fd))
FORWARD(fd_datasync, (I fd), (fd))
FORWARD(fd_fdstat_get, (I fd, I stat), (fd, stat))
FORWARD(fd_fdstat_set_flags, (I fd, I flags), (fd, flags))
FORWARD(fd_fdstat_set_rights, (I fd, J base, J inheriting), (fd, base, inheriting))
FORWARD(fd_filestat_get, (I fd, I stat), (fd, stat))
FORWARD(fd_filestat_set_size, (I fd, J size), (fd, size))
FORWARD(fd_filestat_set_times, (I fd, J atim, J mtim, I flags), (fd, atim, mtim, flags))
FORWARD(fd_pread, (I fd, I iovs, I n, J offset, I nread), (fd, iovs, n, offset, nread))
FORWARD(fd_prestat_dir_name, (I fd, I path, I len), (fd, path, len))
FORWARD(fd_prestat_get, (I fd, I prestat), (fd, prestat))
FORWARD(fd_pwrite, (I fd, I iovs, I n, J offset, I nwritten), (fd, iovs, n, offset, nwritten))
FORWARD(fd_read, (I fd, I iovs, I n, I nread), (fd, iovs, n, nread))
FORWARD(fd_readdir, (I fd, I buf, I len, J cookie, I used), (fd, buf, len, cookie, used))
FORWARD(fd_renumber, (I fd, I to), (fd, to))
FORWARD(fd_seek, (I fd, J offset, I whence, I newoffset), (fd, offset, whence, newoffset))
FORWARD(fd_sync, (I fd), (fd))
FORWARD(fd_tell, (I fd, I offset), (fd, offset))
FORWARD(fd_write, (I fd, I iovs, I n, I nwritten), (fd, iovs, n, nwritten))
FORWARD(path_create_directory, (I fd, I path, I len), (fd, path, len))
FORWARD(path_filestat_get, (I fd, I flags, I path, I len, I stat), (fd, flags, path, len, stat))
FORWARD(path_filestat_set_times, (I fd, I flags, I path, I len, J atim, J mtim, I fst),
        (fd, flags, path, len, atim, mtim, fst))
FORWARD(path_link, (I ofd, I oflags, I opath, I olen, I nfd, I npath, I nlen),
        (ofd, oflags, opath, olen, nfd, npath, nlen))
FORWARD(path_open, (I fd, I dirflags, I path, I len, I oflags, J base, J inheriting, I fdflags,
                    I opened), (fd, dirflags, path, len, oflags, base, inheriting, fdflags, opened))
FORWARD(path_readlink, (I fd, I path, I len, I buf, I buf_len, I used),
        (fd, path, len, buf, buf_len, used))
FORWARD(path_remove_directory, (I fd, I path, I len), (fd, path, len))
FORWARD(path_rename, (I ofd, I opath, I olen, I nfd, I npath, I nlen),
        (ofd, opath, olen, nfd, npath, nlen))
FORWARD(path_symlink, (I opath, I olen, I fd, I npath, I nlen), (opath, olen, fd, npath, nlen))
FORWARD(path_unlink_file, (I fd, I path, I len), (fd, path, len))
FORWARD(poll_oneoff, (I in, I out, I n, I nevents), (in, out, n, nevents))
FORWARD(proc_raise, (I signal), (signal))
FORWARD(random_get, (I buf, I len), (buf, len))
FORWARD(sched_yield, (void), ())
FORWARD(sock_accept, (I fd, I flags, I opened), (fd, flags, opened))
FORWARD(sock_recv, (I fd, I iovs, I n, I flags, I nread, I oflags),
        (fd, iovs, n, flags, nread, oflags))
FORWARD(sock_send, (I fd, I iovs, I n, I flags, I nwritten), (fd, iovs, n, flags, nwritten))
FORWARD(sock_shutdown, (I fd, I how), (fd, how))

WASI_IMPORT(proc_exit) _Noreturn void imported_proc_exit(I code);
EXPORT("x_proc_exit") void x_proc_exit(I code) { imported_proc_exit(code); }

/* Grow memory by `pages` (for iovec totals beyond 4 GiB); -1 on failure. */
EXPORT("grow_by") int32_t grow_by(uint32_t pages)
{
    return (int32_t)__builtin_wasm_memory_grow(0, pages);
}
