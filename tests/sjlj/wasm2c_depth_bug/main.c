/* main.c - runs repro.c's catch_once(10) N times under wasm2c's runtime and says
 * whether a call trapped. Usage: main N. */
#include <stdio.h>
#include <stdlib.h>

#include "repro.h"
#include "wasm-rt-impl.h"

int main(int argc, char **argv)
{
    int calls = argc > 1 ? atoi(argv[1]) : 100000;
    static w2c_repro instance;
    wasm_rt_init();
    wasm2c_repro_instantiate(&instance);
    w2c_repro_0x5Finitialize(&instance);
    for (int i = 0; i < calls; i++) {
        wasm_rt_trap_t trap = wasm_rt_impl_try();
        if (trap != WASM_RT_TRAP_NONE) {
            printf("trap after %d calls: %s\n", i, wasm_rt_strerror(trap));
            return 1;
        }
        if (w2c_repro_catch_once(&instance, 10) != 1) {
            printf("call %d did not catch\n", i);
            return 2;
        }
    }
    printf("%d calls, no trap\n", calls);
    wasm2c_repro_free(&instance);
    wasm_rt_free();
    return 0;
}
