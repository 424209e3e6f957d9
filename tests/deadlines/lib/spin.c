/* spin.c - see spin.h. */
#include "spin.h"

#include <setjmp.h>
#include <stdio.h>
#include <time.h>
#include <unistd.h>

static volatile uint32_t counter;

uint32_t progress(void)
{
    return counter;
}

uint32_t peek(uint32_t address)
{
    return *(volatile uint32_t *)(uintptr_t)address;
}

uint32_t count_to(uint32_t n)
{
    /* A xorshift step per iteration: no compiler folds n of them into one
     * (wasm has no volatile, so the C compiler sees through `counter`). */
    uint32_t x = 2463534242u;
    for (uint32_t i = 0; i < n; i++) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
    }
    counter = x;
    return n;
}

uint32_t spin(void)
{
    for (counter = 0;;)
        counter++;
}

static uint32_t fan_out(uint32_t depth)
{
    counter++;
    if (depth == 0)
        return counter;
    return fan_out(depth - 1) + fan_out(depth - 1);
}

uint32_t recurse(uint32_t depth)
{
    counter = 0;
    return fan_out(depth);
}

uint32_t spin_at_depth(uint32_t depth)
{
    if (depth == 0)
        return spin();
    return spin_at_depth(depth - 1) + (depth ^ counter);
}

uint32_t write_forever(void)
{
    for (counter = 0;; counter++)
        (void)write(1, "x", 1);
}

uint32_t grow_forever(void)
{
    for (counter = 0;; counter++)
        (void)__builtin_wasm_memory_grow(0, 0);
}

uint32_t tick_until_negative(void)
{
    for (counter = 0; host_tick((int)counter) >= 0;)
        counter++;
    return counter;
}

uint32_t tick_then_spin(void)
{
    host_tick(0);
    return spin();
}

int tick_then_sleep_ms(uint32_t ms)
{
    host_tick(0);
    return sleep_ms(ms);
}

int tick_once(int n)
{
    return host_tick(n);
}

int sleep_ms(uint32_t ms)
{
    struct timespec t = {(time_t)(ms / 1000), (long)(ms % 1000) * 1000000};
    return nanosleep(&t, NULL);
}

static jmp_buf again;

uint32_t longjmp_forever(void)
{
    counter = 0;
    if (setjmp(again) >= 0)
        counter++;
    longjmp(again, 1);
}

/* Recurses n levels; the arithmetic keeps the compiler from making it a loop. */
static uint32_t chain(uint32_t n)
{
    if (n == 0)
        return 0;
    uint32_t r = chain(n - 1);
    return r + (n ^ (r >> 1)) % 7 + 1;
}

static void jump(jmp_buf *to, uint32_t depth)
{
    if (depth > 0)
        jump(to, depth - 1);
    longjmp(*to, 1);
}

uint32_t longjmp_then_recurse(uint32_t n, uint32_t depth)
{
    jmp_buf here;
    counter = 0;
    for (uint32_t i = 0; i < n; i++) {
        if (setjmp(here) == 0)
            jump(&here, 20);
        counter++;
    }
    (void)chain(depth);
    return counter;
}
