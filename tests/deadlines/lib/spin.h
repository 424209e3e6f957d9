/* spin.h - a library that does not return unless stopped: the shapes a runaway
 * call takes (a loop, a deep recursion, a loop of WASI calls, of imports, of
 * memory.grow, a sleep, a loop of longjmps), for the deadline tests. */
#ifndef SPIN_H
#define SPIN_H

#include <stdint.h>

/* Imports: a host function the loops call. */
int host_tick(int n);

/* How many iterations the last loop ran (its progress is kept in memory). */
uint32_t progress(void);
/* Read the word at `address` (out of bounds: a trap; in guard mode, a fault). */
uint32_t peek(uint32_t address);
/* n steps of work, returns n: a finite loop, for timing calls. */
uint32_t count_to(uint32_t n);
/* Never return: a loop of arithmetic. */
uint32_t spin(void);
/* Never return: a binary recursion `depth` deep (2**depth calls), inside the
 * call-depth limit. */
uint32_t recurse(uint32_t depth);
/* Never return: recurse `depth` levels, then loop there. */
uint32_t spin_at_depth(uint32_t depth);
/* Never return: a loop that writes a byte to stdout (fd_write) each time. */
uint32_t write_forever(void);
/* Never return: a loop of memory.grow(0) (the host's grow, no new page). */
uint32_t grow_forever(void);
/* Call host_tick(i) for i = 0, 1, ... until it returns a negative number. */
uint32_t tick_until_negative(void);
/* host_tick(0) (to say "I am in"), then spin() / sleep_ms(ms). */
uint32_t tick_then_spin(void);
int tick_then_sleep_ms(uint32_t ms);
/* Call host_tick(n) once and return what it returns. */
int tick_once(int n);
/* Sleep `ms` milliseconds (poll_oneoff on the monotonic clock; needs clock=). */
int sleep_ms(uint32_t ms);
/* Never return: setjmp, then longjmp back to it, forever. */
uint32_t longjmp_forever(void);
/* setjmp/longjmp (from 20 calls down) `n` times, then recurse `depth` deep:
 * proves no call depth or exception state was left behind. Returns n. */
uint32_t longjmp_then_recurse(uint32_t n, uint32_t depth);

#endif
