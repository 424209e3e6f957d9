/* wasmbox_mempool.c - wasm2c's linear memories, with reservations reused.
 *
 * A sandbox's memory is an mmap reservation of 4 GiB (bounds mode, or its
 * maximum size) or 8 GiB (guard mode) whose first pages are made accessible.
 * Creating it (mmap + mprotect) and destroying it (munmap) cost more than
 * everything else a Sandbox() + close() does: munmap walks the page tables
 * of the whole range, and every page touched afterwards needs fresh page
 * tables again (85% of a create + call + close, profiled).
 *
 * So a freed memory is kept for the next instance of the module instead:
 * its pages are dropped with madvise(MADV_DONTNEED), which on Linux gives
 * zero-filled pages on the next touch - exactly what a fresh memory holds -
 * and the reservation stays, accessible up to the size it had. Reusing it is
 * at most one mprotect. Up to POOL_MAX reservations are kept per module, and
 * none when the process's address space is limited (ulimit -v), where a kept
 * reservation could be what a new sandbox fails to get.
 *
 * A memory that cannot be mapped (no address space left, or the process at
 * vm.max_map_count: every sandbox takes two mappings) fails the new sandbox
 * with MemoryError: wasm2c's own allocator would abort() the process.
 * Instances are only made inside a sandbox call (wasmbox_run_locked), so the
 * failure unwinds to it like a trap, and the sandbox creation raises.
 *
 * This file is wasm2c's own wasm-rt-mem-impl.c (included below, so the
 * shared-memory functions stay wasm2c's) with its allocate, free and grow
 * renamed and wrapped. The pool and the failure path apply to mmap'ed 32-bit
 * memories only; anything else goes straight to wasm2c's code.
 *
 * memory.grow is host work done for the sandbox (mprotect, then the new size):
 * a deadline expiring in the middle must not unwind it, or the memory would
 * go back to the pool with more pages accessible than it records, holding
 * this sandbox's data for the next one. So the thread is "in import" while it
 * grows, like in a WASI call.
 */
#define wasm_rt_allocate_memory wasmbox_w2c_allocate_memory
#define wasm_rt_free_memory wasmbox_w2c_free_memory
#define wasm_rt_grow_memory wasmbox_w2c_grow_memory
#include "wasm-rt-mem-impl.c"
#undef wasm_rt_allocate_memory
#undef wasm_rt_free_memory
#undef wasm_rt_grow_memory

#include "wasmbox_thread.h"

uint64_t wasm_rt_grow_memory(wasm_rt_memory_t *memory, uint64_t delta)
{
    wasmbox_import_scope scope = wasmbox_import_begin();
    uint64_t old_pages = wasmbox_w2c_grow_memory(memory, delta);
    wasmbox_import_end(&scope); /* a deadline that expired meanwhile acts here */
    return old_pages;
}

#if WASM_RT_USE_MMAP && defined(__linux__)

#include <pthread.h>
#include <sys/resource.h>

#define POOL_MAX 16

typedef struct {
    uint8_t *data;
    uint64_t reserved;   /* bytes of the reservation */
    uint64_t accessible; /* bytes from data on that are read/write */
} kept_memory;

static kept_memory pool[POOL_MAX];
static int pool_count;
static pthread_mutex_t pool_lock = PTHREAD_MUTEX_INITIALIZER;

static bool address_space_unlimited(void)
{
    struct rlimit limit;
    return getrlimit(RLIMIT_AS, &limit) == 0 && limit.rlim_cur == RLIM_INFINITY;
}

static bool pooled(const wasm_rt_memory_t *memory)
{
    return wasm_rt_memory_is_default32(memory);
}

static bool take(uint64_t reserved, kept_memory *out)
{
    bool found = false;
    pthread_mutex_lock(&pool_lock);
    for (int i = pool_count - 1; i >= 0; i--) {
        if (pool[i].reserved == reserved) {
            *out = pool[i];
            pool[i] = pool[--pool_count];
            found = true;
            break;
        }
    }
    pthread_mutex_unlock(&pool_lock);
    return found;
}

static bool keep(const kept_memory *entry)
{
    bool kept = false;
    pthread_mutex_lock(&pool_lock);
    if (pool_count < POOL_MAX) {
        pool[pool_count++] = *entry;
        kept = true;
    }
    pthread_mutex_unlock(&pool_lock);
    return kept;
}

static void set_memory(wasm_rt_memory_t *memory, uint8_t *data, uint64_t reserved,
                       uint64_t size, uint64_t initial_pages, uint64_t max_pages)
{
    memory->size = size;
    memory->pages = initial_pages;
    memory->max_pages = max_pages;
    memory->is64 = false;
    memory->page_size = WASM_DEFAULT_PAGE_SIZE;
    memory->data = data;
    memory->data_end = data + reserved;
}

/* A kept reservation, resized to `size` accessible bytes; false if none fits. */
static bool reuse(uint8_t **data, uint64_t reserved, uint64_t size)
{
    kept_memory entry;
    if (!take(reserved, &entry))
        return false;
    bool ok = true;
    if (entry.accessible > size) /* the last owner grew it */
        ok = mprotect(entry.data + size, entry.accessible - size, PROT_NONE) == 0;
    else if (entry.accessible < size)
        ok = os_mprotect(entry.data + entry.accessible, size - entry.accessible) == 0;
    if (!ok) {
        os_munmap(entry.data, reserved);
        return false;
    }
    *data = entry.data;
    return true;
}

void wasm_rt_allocate_memory(wasm_rt_memory_t *memory, uint64_t initial_pages,
                             uint64_t max_pages, bool is64, uint32_t page_size)
{
    uint64_t size;
    if (page_size != WASM_DEFAULT_PAGE_SIZE || is64
        || u64_mult_overflow(initial_pages, page_size, &size)) {
        wasmbox_w2c_allocate_memory(memory, initial_pages, max_pages, is64, page_size);
        return;
    }
    uint64_t reserved = get_alloc_size_for_mmap_default32(max_pages);
    uint8_t *data = NULL;
    if (size > reserved)
        wasmbox_unwind(WASMBOX_TRAP_NO_MEMORY);
    if (!reuse(&data, reserved, size)) {
        data = os_mmap(reserved);
        if (data == NULL)
            wasmbox_unwind(WASMBOX_TRAP_NO_MEMORY);
        if (os_mprotect(data, size) != 0) {
            os_munmap(data, reserved);
            wasmbox_unwind(WASMBOX_TRAP_NO_MEMORY);
        }
    }
    set_memory(memory, data, reserved, size, initial_pages, max_pages);
}

void wasm_rt_free_memory(wasm_rt_memory_t *memory)
{
    /* Decided once: is the address space unlimited? (Threads racing to decide
     * it all reach the same answer; atomic, as sandboxes are freed without a
     * GIL in free-threaded builds.) */
    static int decided = -1;
    if (memory->data == NULL)
        return; /* never mapped: its instantiation failed (WASMBOX_TRAP_NO_MEMORY) */
    int enabled = __atomic_load_n(&decided, __ATOMIC_RELAXED);
    if (enabled < 0) {
        enabled = address_space_unlimited();
        __atomic_store_n(&decided, enabled, __ATOMIC_RELAXED);
    }
    if (enabled && pooled(memory)) {
        kept_memory entry = {memory->data, get_alloc_size_for_mmap_default32(memory->max_pages),
                             memory->size};
        /* Zero-filled on the next touch, as a fresh mapping is. */
        if (madvise(entry.data, entry.accessible, MADV_DONTNEED) == 0 && keep(&entry)) {
            memory->data = NULL;
            return;
        }
    }
    wasmbox_w2c_free_memory(memory);
}

#else /* no pool: wasm2c's functions under their own names */

void wasm_rt_allocate_memory(wasm_rt_memory_t *memory, uint64_t initial_pages,
                             uint64_t max_pages, bool is64, uint32_t page_size)
{
    wasmbox_w2c_allocate_memory(memory, initial_pages, max_pages, is64, page_size);
}

void wasm_rt_free_memory(wasm_rt_memory_t *memory)
{
    wasmbox_w2c_free_memory(memory);
}

#endif
