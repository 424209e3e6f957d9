/* liar_alloc.c - a library whose own malloc and free lie or trap.
 *
 * sb.alloc() runs the library's malloc: what it returns is checked against
 * the memory before the host copies data there. A lying allocator is a Trap
 * (the sandbox is poisoned: its state cannot be trusted any more), a trap in
 * the allocator is that trap, and NULL is a MemoryError.
 *
 * No libc allocation here: these definitions replace wasi-libc's.
 */
#include "common.h"

enum {
    HONEST = 0,
    NEAR_END = 1,      /* memory end - 4: the block runs off the end */
    FAR = 2,           /* 0xFFFFFFF0 */
    AT_END = 3,        /* exactly the end of memory */
    TRAP = 4,          /* __builtin_trap inside malloc */
    EXIT = 5,          /* proc_exit inside malloc */
    RECURSE = 6,       /* unbounded recursion inside malloc */
    RETURN_NULL = 7,   /* out of memory */
    FREE_TRAPS = 8,    /* malloc is honest, free traps */
};

static uint32_t mode;
static _Alignas(16) uint8_t arena[1 << 16];
static uint32_t arena_used;

__attribute__((import_module("wasi_snapshot_preview1"), import_name("proc_exit")))
_Noreturn void wasi_proc_exit(uint32_t code);

EXPORT("set_mode") void set_mode(uint32_t m) { mode = m; }

static volatile uint32_t depth_seen;
static uint32_t recurse(uint32_t n)
{
    depth_seen = n;
    uint32_t r = recurse(n + 1); /* no way out: the call-depth limit ends it */
    depth_seen = r;
    return r + 1;
}

void *malloc(size_t size)
{
    switch (mode) {
    case NEAR_END: return (void *)(uintptr_t)(uint32_t)(memory_bytes() - 4);
    case FAR: return (void *)(uintptr_t)0xFFFFFFF0u;
    case AT_END: return (void *)(uintptr_t)(uint32_t)memory_bytes();
    case TRAP: __builtin_trap();
    case EXIT: wasi_proc_exit(7);
    case RECURSE: return (void *)(uintptr_t)recurse((uint32_t)size);
    case RETURN_NULL: return 0;
    default: break;
    }
    size = (size + 15) & ~(size_t)15;
    if (size > sizeof arena - arena_used)
        return 0;
    void *p = arena + arena_used;
    arena_used += (uint32_t)size;
    return p;
}

void free(void *p)
{
    (void)p;
    if (mode == FREE_TRAPS)
        __builtin_trap();
}

EXPORT("arena_start") uint32_t arena_start(void) { return ADDR(arena); }
