/* A tiny C library used to test the run-time side of wasmbox-build.
 *
 * Every function exercises one thing the sandbox boundary must get right:
 * scalar types in and out, buffers passed through the sandbox's own
 * allocator, each kind of trap, exit(), stdio and the deny-by-default WASI
 * layer. Compile it to wasm32-wasi as a reactor and export every function
 * below (plus malloc and free).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define EXPORT(name) __attribute__((export_name(name)))

/* ---- scalars --------------------------------------------------------- */

EXPORT("add") int32_t add(int32_t a, int32_t b) { return a + b; }

EXPORT("add_u32") uint32_t add_u32(uint32_t a, uint32_t b) { return a + b; }

EXPORT("mul_i64") int64_t mul_i64(int64_t a, int64_t b) {
    return (int64_t)((uint64_t)a * (uint64_t)b);
}

EXPORT("add_f32") float add_f32(float a, float b) { return a + b; }

EXPORT("mul_f64") double mul_f64(double a, double b) { return a * b; }

/* One parameter of each type, so argument order and conversion is checked. */
EXPORT("mixed") double mixed(int32_t a, int64_t b, float c, double d) {
    return (double)a + (double)b + (double)c + d;
}

static int32_t counter;

EXPORT("set_counter") void set_counter(int32_t value) { counter = value; }

EXPORT("get_counter") int32_t get_counter(void) { return counter; }

EXPORT("bump") int32_t bump(void) { return ++counter; }

/* ---- buffers ---------------------------------------------------------- */

EXPORT("sum_bytes") uint32_t sum_bytes(const uint8_t *data, size_t len) {
    uint32_t sum = 0;
    for (size_t i = 0; i < len; i++)
        sum += data[i];
    return sum;
}

/* Prefetches ahead as zstd does, past the end and far outside memory too: hints only. */
EXPORT("prefetched_sum") uint32_t prefetched_sum(const uint8_t *data, size_t len) {
    uint32_t sum = 0;
    __builtin_prefetch((const void *)(uintptr_t)0xFFFFFFF0u, 0, 3);
    for (size_t i = 0; i < len; i++) {
        __builtin_prefetch(data + i + 256, 0, 3);
        sum += data[i];
    }
    return sum;
}

EXPORT("reverse") void reverse(uint8_t *data, size_t len) {
    for (size_t i = 0, j = len; i + 1 < j; i++, j--) {
        uint8_t t = data[i];
        data[i] = data[j - 1];
        data[j - 1] = t;
    }
}

/* Returns a NUL-terminated greeting in sandbox memory. */
EXPORT("greeting") const char *greeting(void) { return "hello from the sandbox"; }

/* Grows the heap by `pages` 64 KiB pages; returns the old size in pages or -1. */
EXPORT("grow") int32_t grow(int32_t pages) {
    return (int32_t)__builtin_wasm_memory_grow(0, (size_t)pages);
}

/* ---- traps -------------------------------------------------------------- */

/* Store to an arbitrary address: past the end of memory this traps. */
EXPORT("store_at") void store_at(uint32_t address, int32_t value) {
    *(volatile int32_t *)(uintptr_t)address = value;
}

EXPORT("oob_write") void oob_write(void) {
    *(volatile int32_t *)(uintptr_t)0xFFFFFFF0u = 1;
}

/* Non-tail recursion: each level keeps a value live across the call, so no
 * compiler can turn it into a loop. `depth(n)` recurses n levels. */
EXPORT("depth") int32_t depth(int32_t n) {
    if (n <= 0)
        return 0;
    int32_t r = depth(n - 1);
    return r + (n ^ (r >> 1)) % 7 + 1;
}

EXPORT("recurse_forever") int32_t recurse_forever(int32_t n) {
    return depth(0x7fffffff) + n;
}

EXPORT("call_abort") void call_abort(void) { abort(); }

EXPORT("call_exit") void call_exit(int32_t code) { exit(code); }

EXPORT("divide") int32_t divide(int32_t a, int32_t b) { return a / b; }

/* Uses the trapping conversion instruction explicitly: with the
 * nontrapping-fptoint feature a plain cast would saturate instead. */
EXPORT("trunc_f32") int32_t trunc_f32(float x) {
    return __builtin_wasm_trunc_s_i32_f32(x);
}

static int32_t takes_two(int32_t a, int32_t b) { return a + b; }
static void takes_none(void) {}
typedef int32_t (*two_fn)(int32_t, int32_t);
static void *volatile any_fn;

/* Calls a void(void) function through an int(int,int) pointer:
 * call_indirect's signature check traps. */
EXPORT("bad_indirect_call") int32_t bad_indirect_call(void) {
    any_fn = (void *)takes_none;
    return ((two_fn)any_fn)(1, 2);
}

EXPORT("good_indirect_call") int32_t good_indirect_call(void) {
    any_fn = (void *)takes_two;
    return ((two_fn)any_fn)(1, 2);
}

EXPORT("unreachable") void unreachable_(void) { __builtin_trap(); }

/* ---- WASI: stdio and denied capabilities ------------------------------ */

EXPORT("say_hello") int32_t say_hello(int32_t n) {
    int written = printf("hello %d\n", n);
    fprintf(stderr, "to stderr %d\n", n);
    fflush(stdout);
    return written;
}

/* Returns 1 if the sandbox sees no environment variable at all. */
EXPORT("env_is_empty") int32_t env_is_empty(void) {
    return getenv("PATH") == NULL && getenv("HOME") == NULL;
}

/* Returns 1 if opening a file fails (no preopened directories). */
EXPORT("open_fails") int32_t open_fails(void) {
    FILE *f = fopen("/etc/passwd", "r");
    if (f) {
        fclose(f);
        return 0;
    }
    return 1;
}

/* Returns 1 if the clock is denied (time() reports failure). */
EXPORT("clock_denied") int32_t clock_denied(void) {
    struct timespec ts;
    return clock_gettime(CLOCK_REALTIME, &ts) != 0;
}

/* Reads stdin: the sandbox sees end-of-file. Returns the byte count read. */
EXPORT("read_stdin") int32_t read_stdin(void) {
    char buf[16];
    return (int32_t)fread(buf, 1, sizeof buf, stdin);
}

/* ---- names that collide with the Sandbox API ---------------------------- */

EXPORT("read") int32_t read_export(int32_t x) { return x + 1000; }

EXPORT("close") int32_t close_export(void) { return 42; }
