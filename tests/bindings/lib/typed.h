/* typed.h - a small library whose header uses every type the typed bindings
 * support, and the edge cases (buffers in and out, cells, NULL, handles). */
#ifndef TYPED_H
#define TYPED_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define TYPED_VERSION "1.0"
#define TYPED_MAGIC 0x2A
#define TYPED_NEG (-7)

typedef unsigned long ulen_t; /* 32-bit inside the sandbox */
typedef enum { SHAPE_CIRCLE = 1, SHAPE_SQUARE, SHAPE_ODD = -3 } shape;
enum level { LEVEL_LOW, LEVEL_HIGH = 10 };
typedef struct counter counter; /* opaque */
struct point {
    int x, y;
};
typedef int (*visit_fn)(int);

/* scalars: each returns its argument */
int8_t t_i8(int8_t v);
uint8_t t_u8(uint8_t v);
int16_t t_i16(int16_t v);
uint16_t t_u16(uint16_t v);
int32_t t_i32(int32_t v);
uint32_t t_u32(uint32_t v);
int64_t t_i64(int64_t v);
uint64_t t_u64(uint64_t v);
size_t t_size(size_t v);
long t_long(long v);
unsigned long t_ulong(unsigned long v);
bool t_bool(bool v);
float t_float(float v);
double t_double(double v);
char t_char(char v);
shape t_shape(shape s);
enum level t_level(enum level l);
void t_void(void);
double t_mixed(int8_t a, uint16_t b, int32_t c, int64_t d, float e, double f);

/* buffers */
uint32_t t_sum_bytes(const uint8_t *data, size_t n);
size_t t_strlen(const char *s);
void t_fill(uint8_t *out, size_t n, uint8_t value);
void t_reverse(char *buf, size_t n);
int t_copy(void *dst, const void *src, size_t n);
int t_divmod(int a, int b, int *quotient, int *remainder);
void t_scale(double *values, size_t n, double factor);
int t_is_null(const char *maybe);
/* zlib-style: writes at most *len bytes of "hello" to out, sets *len to how many */
int t_out_len(uint8_t *out, ulen_t *len);

/* pointer results */
const char *t_greeting(void);
char *t_dup(const char *s);
void t_free(void *p);

/* handles */
counter *t_counter_new(int start);
int t_counter_next(counter *c);
void t_counter_free(counter *c);
int t_point_sum(const struct point *p);
int t_apply(visit_fn fn, int v);

/* traps when n == 3 */
int t_trap(const uint8_t *data, size_t n);

#endif
