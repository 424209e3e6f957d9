/* tiny.c - the library behind the boundary benchmark (B3): one scalar
 * function, so a call measures crossing the boundary and nothing else.
 * Sandboxed as it is; natively wrapped by native_tiny.c. */
int add(int a, int b)
{
    return a + b;
}
