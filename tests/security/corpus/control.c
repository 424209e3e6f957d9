/* control.c - wild function pointers and indirect calls.
 *
 * In wasm a function pointer is an index into the module's function table,
 * and call_indirect checks both the index and the callee's type. So a wild
 * pointer cannot jump to host code or into the middle of a function: it
 * traps (IndirectCallMismatch) or calls a function of exactly the expected
 * type inside the sandbox.
 */
#include "common.h"

typedef int32_t (*fn_ii_i)(int32_t, int32_t);
typedef int64_t (*fn_j_j)(int64_t);
typedef double (*fn_d_d)(double);
typedef void (*fn_v_v)(void);

static int32_t add2(int32_t a, int32_t b) { return a + b; }
static void nothing(void) {}
static float half(float x) { return x / 2; }

/* Launder a pointer so the compiler cannot see what it points to. */
static void *volatile laundered;
static void *launder(void *p) { laundered = p; return laundered; }

/* The null function pointer: table index 0, which is never a function. */
EXPORT("call_null") int32_t call_null(void)
{
    return ((fn_ii_i)launder(0))(1, 2);
}

/* An index far beyond the table (also: any host address reinterpreted as
 * a function pointer). */
EXPORT("call_wild") int32_t call_wild(uint32_t index)
{
    return ((fn_ii_i)launder((void *)(uintptr_t)index))(1, 2);
}

/* A data address used as a function pointer. */
EXPORT("call_data_pointer") int32_t call_data_pointer(void)
{
    return ((fn_ii_i)launder((void *)corpus_data_canary))(1, 2);
}

/* Right index, wrong type: void(void) called as int(int, int). */
EXPORT("call_fewer_params") int32_t call_fewer_params(void)
{
    return ((fn_ii_i)launder((void *)nothing))(1, 2);
}

/* int(int, int) called as int64(int64): same arity, different types. */
EXPORT("call_wrong_types") int64_t call_wrong_types(void)
{
    return ((fn_j_j)launder((void *)add2))(40);
}

/* float(float) called as double(double). */
EXPORT("call_float_as_double") double call_float_as_double(void)
{
    return ((fn_d_d)launder((void *)half))(3.0);
}

/* int(int, int) called as void(void): the result is just dropped natively. */
EXPORT("call_more_params") void call_more_params(void)
{
    ((fn_v_v)launder((void *)add2))();
}

/* The right type through the same laundering: works. */
EXPORT("call_right") int32_t call_right(int32_t a, int32_t b)
{
    return ((fn_ii_i)launder((void *)add2))(a, b);
}
