#include "typed.h"

#include <stdlib.h>
#include <string.h>

int8_t t_i8(int8_t v) { return v; }
uint8_t t_u8(uint8_t v) { return v; }
int16_t t_i16(int16_t v) { return v; }
uint16_t t_u16(uint16_t v) { return v; }
int32_t t_i32(int32_t v) { return v; }
uint32_t t_u32(uint32_t v) { return v; }
int64_t t_i64(int64_t v) { return v; }
uint64_t t_u64(uint64_t v) { return v; }
size_t t_size(size_t v) { return v; }
long t_long(long v) { return v; }
unsigned long t_ulong(unsigned long v) { return v; }
bool t_bool(bool v) { return v; }
float t_float(float v) { return v; }
double t_double(double v) { return v; }
char t_char(char v) { return v; }
shape t_shape(shape s) { return s; }
enum level t_level(enum level l) { return l; }
void t_void(void) {}

double t_mixed(int8_t a, uint16_t b, int32_t c, int64_t d, float e, double f)
{
    return (double)a + b + c + (double)d + e + f;
}

uint32_t t_sum_bytes(const uint8_t *data, size_t n)
{
    uint32_t sum = 0;
    for (size_t i = 0; i < n; i++)
        sum += data[i];
    return sum;
}

size_t t_strlen(const char *s) { return strlen(s); }

void t_fill(uint8_t *out, size_t n, uint8_t value) { memset(out, value, n); }

void t_reverse(char *buf, size_t n)
{
    for (size_t i = 0; i < n / 2; i++) {
        char c = buf[i];
        buf[i] = buf[n - 1 - i];
        buf[n - 1 - i] = c;
    }
}

int t_copy(void *dst, const void *src, size_t n)
{
    memcpy(dst, src, n);
    return (int)n;
}

int t_divmod(int a, int b, int *quotient, int *remainder)
{
    if (b == 0)
        return -1;
    *quotient = a / b;
    *remainder = a % b;
    return 0;
}

void t_scale(double *values, size_t n, double factor)
{
    for (size_t i = 0; i < n; i++)
        values[i] *= factor;
}

int t_is_null(const char *maybe) { return maybe == NULL; }

int t_out_len(uint8_t *out, ulen_t *len)
{
    static const char text[] = "hello";
    ulen_t n = *len < 5 ? *len : 5;
    memcpy(out, text, n);
    *len = n;
    return n == 5 ? 0 : -5;
}

const char *t_greeting(void) { return "hello from typed"; }

char *t_dup(const char *s)
{
    char *copy = malloc(strlen(s) + 1);
    if (copy)
        strcpy(copy, s);
    return copy;
}

void t_free(void *p) { free(p); }

struct counter {
    int value;
};

counter *t_counter_new(int start)
{
    counter *c = malloc(sizeof *c);
    if (c)
        c->value = start;
    return c;
}

int t_counter_next(counter *c) { return c->value++; }
void t_counter_free(counter *c) { free(c); }
int t_point_sum(const struct point *p) { return p->x + p->y; }
int t_apply(visit_fn fn, int v) { return fn(v); }

int t_trap(const uint8_t *data, size_t n)
{
    if (n == 3)
        __builtin_trap();
    return n ? data[0] : 0;
}

/* Not in the header: not exported when exports=None and header= are given. */
int t_internal(int v) { return v + 1; }
