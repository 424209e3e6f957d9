/* work.h - a library for the threading tests and the parallel benchmark: short
 * calls, a CPU-bound call, traps, output, imports and function pointers. */
#ifndef WORK_H
#define WORK_H

#include <stddef.h>
#include <stdint.h>

typedef int32_t (*step_fn)(int32_t n);

/* An import: declared here, defined by no source (Python provides it). */
int32_t host_step(int32_t n);

int32_t add(int32_t a, int32_t b);
int32_t bump(void);
int32_t get_counter(void);
int32_t divide(int32_t a, int32_t b);
/* `rounds` rounds of a xorshift generator from `seed`: CPU-bound, no memory. */
uint32_t spin(uint32_t seed, uint32_t rounds);
/* The sum of f(0) .. f(n - 1), through a function pointer. */
int32_t sum_through(step_fn f, int32_t n);
/* The sum of host_step(0) .. host_step(n - 1), through the import. */
int32_t sum_imported(int32_t n);
/* Writes n lines "line <i>" to stdout; returns n. */
int32_t print_lines(int32_t n);
/* Fills data[0..size) with byte `value`; returns the sum of what was there. */
uint32_t fill(uint8_t *data, size_t size, uint8_t value);

#endif
