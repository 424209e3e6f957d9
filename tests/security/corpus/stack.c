/* stack.c - exhausting the stacks.
 *
 * Two stacks matter: the shadow stack in linear memory (C arrays, alloca,
 * address-taken locals), placed first in memory (--stack-first) so that
 * overflowing it runs below address 0 and traps instead of overwriting .data;
 * and the native stack that wasm2c's C functions run on, guarded by the
 * call-depth limit and the runtime's native-stack budget. Built with a
 * 64 KiB shadow stack so that "larger than the stack" is cheap.
 */
#include <alloca.h>
#include <string.h>
#include <unistd.h>

#include "common.h"

/* Non-tail recursion with a value live across the call. */
EXPORT("depth") int32_t depth(int32_t n)
{
    if (n <= 0)
        return 0;
    int32_t r = depth(n - 1);
    return r + (n ^ (r >> 1)) % 7 + 1;
}

/* Unbounded recursion. */
EXPORT("recurse_forever") int32_t recurse_forever(int32_t n)
{
    return depth(0x7fffffff) + n;
}

/* Mutual recursion through a function pointer (call_indirect frames). */
static int32_t ping(int32_t n);
static int32_t (*volatile pong_ptr)(int32_t);
static int32_t pong(int32_t n) { return n <= 0 ? 0 : ping(n - 1) + 1; }
static int32_t ping(int32_t n) { return n <= 0 ? 0 : pong_ptr(n - 1) + 1; }
EXPORT("mutual") int32_t mutual(int32_t n)
{
    pong_ptr = pong;
    return ping(n);
}

/* Recursion whose every frame keeps a 4 KiB array on the shadow stack:
 * the 64 KiB shadow stack runs out after ~16 frames, long before the
 * call-depth limit. (The array escapes, so no compiler can shrink it.) */
EXPORT("fat_shadow_frames") int32_t fat_shadow_frames(int32_t n)
{
    uint8_t frame[4096];
    memset(frame, n, sizeof frame);
    corpus_sink = ADDR(frame);
    if (n <= 0)
        return frame[n & 4095];
    return fat_shadow_frames(n - 1) + frame[(n * 7) & 4095];
}

/* One array larger than the whole shadow stack. */
EXPORT("huge_stack_array") int32_t huge_stack_array(uint32_t touch)
{
    volatile uint8_t big[1 << 20];
    big[touch % sizeof big] = 1;
    big[0] = 2;
    return big[touch % sizeof big] + big[0];
}

/* alloca of an attacker-chosen size. */
EXPORT("alloca_huge") int32_t alloca_huge(uint32_t size)
{
    volatile uint8_t *p = alloca(size);
    p[0] = 1;
    p[size - 1] = 2;
    return p[0] + p[size - 1];
}

/* alloca in a loop: the stack pointer creeps down until it leaves memory
 * (bounded, so that a wrong build cannot hang the test). */
EXPORT("alloca_loop") int32_t alloca_loop(uint32_t chunk)
{
    int32_t rounds = 0;
    for (; rounds < (1 << 22); rounds++) {
        volatile uint8_t *p = alloca(chunk);
        p[0] = (uint8_t)rounds;
        p[chunk - 1] = (uint8_t)rounds;
        corpus_sink = ADDR(p);
    }
    return rounds;
}

/* Recursion whose native (wasm2c) frames are large: the values of `cells`
 * stay live across the recursive call, so the host compiler must spill them
 * to the native stack. They come from memory that the callee rewrites, so no
 * compiler can recompute them after the call. `step` runs before recursing. */
#define ROW(M, a) M(a, 0) M(a, 1) M(a, 2) M(a, 3) M(a, 4) M(a, 5) M(a, 6) M(a, 7) \
    M(a, 8) M(a, 9) M(a, 10) M(a, 11) M(a, 12) M(a, 13) M(a, 14) M(a, 15)
#define LOAD(a, b) int64_t v##a##_##b = src[(a) * 16 + (b)];
#define USE(a, b) r = r * 3 + v##a##_##b;
#define FAT_RECURSION(name, cells, VALUES, step)                         \
    static int64_t name(int32_t n)                                       \
    {                                                                    \
        volatile int64_t *src = cells;                                   \
        VALUES(LOAD)                                                     \
        for (size_t i = 0; i < sizeof cells / sizeof cells[0]; i++)      \
            src[i] = src[i] * 31 + n + (int64_t)i;                       \
        step                                                             \
        int64_t r = n <= 0 ? 0 : name(n - 1);                            \
        VALUES(USE)                                                      \
        return r;                                                        \
    }

/* 192 values: ~1.6 KB a frame, over three times the 512 bytes the runtime
 * budgets per wasm frame. */
#define FAT(M) ROW(M, 0) ROW(M, 1) ROW(M, 2) ROW(M, 3) ROW(M, 4) ROW(M, 5) ROW(M, 6) \
    ROW(M, 7) ROW(M, 8) ROW(M, 9) ROW(M, 10) ROW(M, 11)
static volatile int64_t fat_cells[192];
FAT_RECURSION(fat_native, fat_cells, FAT, )
EXPORT("fat_native_frames") int64_t fat_native_frames(int32_t n) { return fat_native(n); }

/* The same with a write() in every frame: the recursion reaches the bottom of
 * the native stack inside a WASI import (fd_write, which may call a Python
 * output callable) rather than in wasm code. */
FAT_RECURSION(fat_native_writing, fat_cells, FAT, if (write(1, ".", 1) != 1) return -1;)
EXPORT("fat_native_frames_writing") int64_t fat_native_frames_writing(int32_t n)
{
    return fat_native_writing(n);
}

/* 768 values (~6 KB a frame), more than a page. Without stack-clash probing the
 * first store of such a frame could land past the one-page guard below a
 * thread's stack, in whatever memory lies there. */
#define HUGE(M) FAT(M) ROW(M, 12) ROW(M, 13) ROW(M, 14) ROW(M, 15) ROW(M, 16) ROW(M, 17) \
    ROW(M, 18) ROW(M, 19) ROW(M, 20) ROW(M, 21) ROW(M, 22) ROW(M, 23) ROW(M, 24) ROW(M, 25) \
    ROW(M, 26) ROW(M, 27) ROW(M, 28) ROW(M, 29) ROW(M, 30) ROW(M, 31) ROW(M, 32) ROW(M, 33) \
    ROW(M, 34) ROW(M, 35) ROW(M, 36) ROW(M, 37) ROW(M, 38) ROW(M, 39) ROW(M, 40) ROW(M, 41) \
    ROW(M, 42) ROW(M, 43) ROW(M, 44) ROW(M, 45) ROW(M, 46) ROW(M, 47)
static volatile int64_t huge_cells[768];
FAT_RECURSION(huge_native, huge_cells, HUGE, )
EXPORT("huge_native_frames") int64_t huge_native_frames(int32_t n) { return huge_native(n); }
