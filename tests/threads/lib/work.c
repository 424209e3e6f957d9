#include "work.h"

#include <stdio.h>

static int32_t counter;

int32_t add(int32_t a, int32_t b) { return a + b; }

int32_t bump(void) { return ++counter; }

int32_t get_counter(void) { return counter; }

int32_t divide(int32_t a, int32_t b) { return a / b; }

uint32_t spin(uint32_t seed, uint32_t rounds)
{
    uint32_t x = seed | 1;
    for (uint32_t i = 0; i < rounds; i++) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
    }
    return x;
}

int32_t sum_through(step_fn f, int32_t n)
{
    int32_t sum = 0;
    for (int32_t i = 0; i < n; i++)
        sum += f(i);
    return sum;
}

int32_t sum_imported(int32_t n)
{
    int32_t sum = 0;
    for (int32_t i = 0; i < n; i++)
        sum += host_step(i);
    return sum;
}

int32_t print_lines(int32_t n)
{
    for (int32_t i = 0; i < n; i++)
        printf("line %d\n", (int)i);
    fflush(stdout);
    return n;
}

uint32_t fill(uint8_t *data, size_t size, uint8_t value)
{
    uint32_t sum = 0;
    for (size_t i = 0; i < size; i++) {
        sum += data[i];
        data[i] = value;
    }
    return sum;
}
