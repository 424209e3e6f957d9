/* init_trap.c - a library whose initialisation traps.
 *
 * Constructors run in _initialize, when a sandbox is created: a hostile or
 * broken library can trap before any export is called. Sandbox() must raise
 * that trap as an exception (and every attempt again), never crash.
 */
#include "common.h"

static volatile int32_t dividend = 7, divisor; /* volatile: nothing folds */

__attribute__((constructor)) static void hostile_init(void)
{
    corpus_sink = (uint64_t)(dividend / divisor); /* integer division by zero */
}
