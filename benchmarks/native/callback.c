/* callback.c - the library behind the callback benchmark (B7): a loop that calls
 * its callback n times, so a run measures the round trip into the host and back.
 * Sandboxed with header="callback.h" (the callback is a Python callable); natively,
 * native_callback.c hands it a C function that calls Python. */
#include "callback.h"

int loop(binop_fn f, int n)
{
    int s = 0;
    for (int i = 0; i < n; i++)
        s = f(i, s);
    return s;
}
