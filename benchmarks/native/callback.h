/* callback.h - the library behind the callback benchmark (B7). */
typedef int (*binop_fn)(int a, int b);

/* s = f(i, s) for i in 0 .. n-1; returns s. */
int loop(binop_fn f, int n);
