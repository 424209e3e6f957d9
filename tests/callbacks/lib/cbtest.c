#include "cbtest.h"

#include <stdlib.h>

int call_host_add(int a, int b) { return host_add(a, b) + 1; }
void log_message(int level, const char *message) { host_log(level, message); host_log(level + 1, message); }
double scale(double x, float factor) { return host_scale(x, factor) * 2.0; }
uint64_t wide_import(int64_t a, uint8_t b, int16_t c) { return host_wide(a, b, c); }

int apply(binop_fn f, int a, int b) { return f(a, b); }

int loop(binop_fn f, int n)
{
    int s = 0;
    for (int i = 0; i < n; i++)
        s = f(i, s);
    return s;
}

void sort_ints(int *values, size_t n, compare_fn compare) { qsort(values, n, sizeof *values, compare); }

/* A library that checks its callback's result: 0 stops it. */
int count_until_zero(step_fn step, int n)
{
    for (int i = 0; i < n; i++) {
        if (step(i) == 0)
            return i;
    }
    return n;
}

/* A library that ignores errors: it calls every step. */
int sum_steps(step_fn step, int n)
{
    int s = 0;
    for (int i = 0; i < n; i++)
        s += step(i);
    return s;
}

static int last;
int recurse(step_fn step, int n)
{
    last = step(n);
    return last + 1;
}
int last_result(void) { return last; }

int call_step_at(uint32_t address, int n) { return ((step_fn)(uintptr_t)address)(n); }
void call_notify_at(uint32_t address) { ((notify_fn)(uintptr_t)address)(); }

/* Calls a pointer with a signature it does not have. */
void call_as_wide(uint32_t address)
{
    wide_fn f = (wide_fn)(uintptr_t)address;
    f(1, 2.0, 3.0f, 4, 1);
}

/* Hands the callback a pointer and size it chose, maybe past the end of memory. */
void hand_bytes(bytes_fn f, uint32_t offset, uint32_t size) { f((const char *)(uintptr_t)offset, size); }

int64_t apply_wide(wide_fn f, int64_t a, double b, float c, unsigned char d, _Bool e)
{
    return f(a, b, c, d, e);
}

void notify(notify_fn f) { f(); }

static step_fn handler;
void set_handler(step_fn f) { handler = f; }
int run_handler(int n) { return handler ? handler(n) : -1; }

int add(int a, int b) { return a + b; }

int depth(int n)
{
    volatile int pad[8];
    pad[0] = n;
    return n <= 0 ? 0 : 1 + depth(n - 1) + pad[0] * 0;
}
