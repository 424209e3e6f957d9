/* cbtest.h - a small library that calls back into its host: imports it declares
 * but does not define, and function pointers it is given. */
#ifndef CBTEST_H
#define CBTEST_H

#include <stddef.h>
#include <stdint.h>

typedef int (*binop_fn)(int a, int b);
typedef int (*step_fn)(int n);
typedef int (*compare_fn)(const void *a, const void *b);
typedef void (*bytes_fn)(const char *data, size_t size);
typedef int64_t (*wide_fn)(int64_t a, double b, float c, unsigned char d, _Bool e);
typedef void (*notify_fn)(void);

/* Imports: declared here, defined by no source. */
int host_add(int a, int b);
void host_log(int level, const char *message);
double host_scale(double x, float factor);
uint64_t host_wide(int64_t a, uint8_t b, int16_t c);

/* Imports called through. */
int call_host_add(int a, int b);
void log_message(int level, const char *message);
double scale(double x, float factor);
uint64_t wide_import(int64_t a, uint8_t b, int16_t c);

/* Function pointers. */
int apply(binop_fn f, int a, int b);
int loop(binop_fn f, int n);
void sort_ints(int *values, size_t n, compare_fn compare);
int count_until_zero(step_fn step, int n);
int sum_steps(step_fn step, int n);
int recurse(step_fn step, int n);
int last_result(void);
int call_step_at(uint32_t address, int n);
void call_notify_at(uint32_t address);
void call_as_wide(uint32_t address);
void hand_bytes(bytes_fn f, uint32_t offset, uint32_t size);
int64_t apply_wide(wide_fn f, int64_t a, double b, float c, unsigned char d, _Bool e);
void notify(notify_fn f);

/* Keeping a pointer for later, like a parser's handlers. */
void set_handler(step_fn f);
int run_handler(int n);

/* Plain. */
int add(int a, int b);
int depth(int n);

#endif
