/* wasmbox_hardening.c - compiled to wasm INTO the sandboxed library when it is
 * built with hardening=[...]: the run-time half of each mechanism.
 *
 *   stack    __stack_chk_guard and __stack_chk_fail for -fstack-protector-strong
 *   bounds   the handlers of -fsanitize=bounds (UBSan's minimal-runtime ABI)
 *   fortify  the checked functions wasmbox_fortify.h calls (__memcpy_chk, ...)
 *   heap     a checking layer over the libc allocator (-Wl,--wrap=malloc, ...):
 *            keyed guard words around every block, a quarantine of freed ones
 *
 * Every detection ends in the host's wasmbox.hardening_trap(kind), which
 * abandons the call: the host raises M.CorruptionDetected and poisons the
 * sandbox. Nothing here prints or recovers: the library's state is corrupt.
 *
 * The secrets (the stack guard, the heap key) come from the host's CSPRNG at
 * instantiation (wasmbox.hardening_secret), so every sandbox, and every
 * reset(), has its own; a constant would let a crafted input forge them.
 *
 * This file is built without the hardening flags themselves (a stack
 * protector here would check the guard while it is being set).
 */
#include <errno.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Keep in step with WASMBOX_CORRUPTION_* in runtime/wasmbox_wasi.h. */
enum {
    KIND_STACK_SMASHED = 1,
    KIND_INDEX_OUT_OF_BOUNDS = 2,
    KIND_OBJECT_OVERFLOW = 3,
    KIND_FORTIFY_OVERFLOW = 4,
    KIND_HEAP_OVERFLOW = 5,
    KIND_DOUBLE_FREE = 6,
    KIND_INVALID_FREE = 7,
    KIND_USE_AFTER_FREE = 8,
};

__attribute__((import_module("wasmbox"), import_name("hardening_trap"), noreturn))
void wasmbox_hardening_trap(uint32_t kind);
__attribute__((import_module("wasmbox"), import_name("hardening_secret")))
uint64_t wasmbox_hardening_secret(void);

#define NORETURN_COLD __attribute__((noreturn, cold, noinline))

/* ---- secrets, set before any other constructor runs ---------------------------------- */

#if WASMBOX_HARDEN_STACK
uintptr_t __stack_chk_guard;
#endif
#if WASMBOX_HARDEN_HEAP
static uint32_t heap_key;
#endif

/* Priority 1 (below the 101 that code may use): before libc's and the library's
 * constructors, so no protected frame is live while the guard changes. */
__attribute__((constructor(1))) static void wasmbox_hardening_init(void)
{
    uint64_t secret = wasmbox_hardening_secret();
#if WASMBOX_HARDEN_STACK
    __stack_chk_guard = (uintptr_t)secret;
#endif
#if WASMBOX_HARDEN_HEAP
    heap_key = (uint32_t)(secret >> 32) | 1u;
#endif
    (void)secret;
}

/* ---- stack ----------------------------------------------------------------------------- */

#if WASMBOX_HARDEN_STACK
NORETURN_COLD void __stack_chk_fail(void)
{
    wasmbox_hardening_trap(KIND_STACK_SMASHED);
}
#endif

/* ---- bounds: UBSan's minimal runtime, every check fatal ------------------------------- */

#if WASMBOX_HARDEN_BOUNDS
#define UBSAN_HANDLER(check, kind)                                                      \
    NORETURN_COLD void __ubsan_handle_##check##_minimal(void) { wasmbox_hardening_trap(kind); } \
    NORETURN_COLD void __ubsan_handle_##check##_minimal_abort(void) { wasmbox_hardening_trap(kind); }
UBSAN_HANDLER(out_of_bounds, KIND_INDEX_OUT_OF_BOUNDS)
UBSAN_HANDLER(local_out_of_bounds, KIND_INDEX_OUT_OF_BOUNDS)
UBSAN_HANDLER(type_mismatch, KIND_OBJECT_OVERFLOW)
#endif

/* ---- fortify: the checked copies (clang calls these when it cannot prove a
 * copy fits; `size` is the destination object's size) ------------------------------- */

#if WASMBOX_HARDEN_FORTIFY
static NORETURN_COLD void overflow(void)
{
    wasmbox_hardening_trap(KIND_FORTIFY_OVERFLOW);
}

void *__memcpy_chk(void *restrict dest, const void *restrict src, size_t n, size_t size)
{
    if (n > size)
        overflow();
    return memcpy(dest, src, n);
}

void *__memmove_chk(void *dest, const void *src, size_t n, size_t size)
{
    if (n > size)
        overflow();
    return memmove(dest, src, n);
}

void *__memset_chk(void *dest, int c, size_t n, size_t size)
{
    if (n > size)
        overflow();
    return memset(dest, c, n);
}

char *__stpcpy_chk(char *restrict dest, const char *restrict src, size_t size)
{
    size_t n = strlen(src);
    if (n >= size)
        overflow();
    memcpy(dest, src, n + 1);
    return dest + n;
}

char *__strcpy_chk(char *restrict dest, const char *restrict src, size_t size)
{
    __stpcpy_chk(dest, src, size);
    return dest;
}

char *__stpncpy_chk(char *restrict dest, const char *restrict src, size_t n, size_t size)
{
    if (n > size)
        overflow();
    return stpncpy(dest, src, n);
}

char *__strncpy_chk(char *restrict dest, const char *restrict src, size_t n, size_t size)
{
    if (n > size)
        overflow();
    return strncpy(dest, src, n);
}

char *__strcat_chk(char *restrict dest, const char *restrict src, size_t size)
{
    size_t used = strnlen(dest, size);
    if (used == size || strlen(src) >= size - used)
        overflow();
    strcpy(dest + used, src);
    return dest;
}

char *__strncat_chk(char *restrict dest, const char *restrict src, size_t n, size_t size)
{
    size_t used = strnlen(dest, size);
    if (used == size || strnlen(src, n) >= size - used)
        overflow();
    return strncat(dest, src, n);
}
#endif

/* ---- heap: a checking layer over the libc allocator ------------------------------------
 *
 * Every block the library gets is laid out inside one block of the real
 * allocator as
 *
 *     [padding][header: 16 bytes][the library's `size` bytes][trailer: 4 bytes]
 *                                ^ the pointer the library sees
 *
 * The header holds the size, the padding and two keyed words (a tag over
 * address, size and padding, and the block's state, LIVE or FREED, mixed
 * with the tag); the trailer is keyed by the tag. A free() checks all of
 * them: a wrong tag is an invalid free (a pointer malloc did not return, or
 * a header overwritten by an underflow), a FREED state a double free, a
 * changed trailer an overflow past the end. Freed blocks are filled with a
 * pattern and held in a quarantine (the last 64, at most 1 MiB) before the
 * real allocator gets them back: a second free() in that time is a certain
 * double free, and a changed pattern at eviction a write after free.
 *
 * A block is checked only when it is freed or reallocated: an overflow of a
 * block the library never frees goes unnoticed (fortify catches the common
 * ones at the copy itself).
 */

#if WASMBOX_HARDEN_HEAP
void *__real_malloc(size_t size);
void __real_free(void *ptr);

#define HEADER_SIZE 16u
#define TRAILER_SIZE 4u
#define STATE_LIVE 0x4C495645u  /* "LIVE" */
#define STATE_FREED 0x46524545u /* "FREE" */
#define POISON 0xDFu
#define QUARANTINE_BLOCKS 64u
#define QUARANTINE_BYTES (1u << 20)

typedef struct {
    uint32_t size;    /* what the library asked for */
    uint32_t padding; /* from the real block's start to this header */
    uint32_t tag;     /* keyed over (address, size, padding) */
    uint32_t state;   /* STATE_* ^ tag */
} header_t;

static uint32_t mix(uint32_t x)
{
    /* A 32-bit finaliser (Murmur3's): every input bit moves every output bit. */
    x ^= x >> 16;
    x *= 0x85EBCA6Bu;
    x ^= x >> 13;
    x *= 0xC2B2AE35u;
    x ^= x >> 16;
    return x;
}

static uint32_t tag_of(uintptr_t user, uint32_t size, uint32_t padding)
{
    return mix(heap_key ^ (uint32_t)user) ^ mix(size * 0x9E3779B1u + padding + heap_key);
}

static uint32_t trailer_of(uint32_t tag)
{
    /* Never 0 in its first byte: an off-by-one string terminator always shows. */
    return mix(tag ^ 0x7A11E7u) | 0x80u;
}

static header_t *header_of(void *user)
{
    return (header_t *)((uint8_t *)user - HEADER_SIZE);
}

static NORETURN_COLD void heap_corrupt(uint32_t kind)
{
    wasmbox_hardening_trap(kind);
}

/* A block of `size` bytes aligned to `align` (a power of two), or NULL. */
static void *checked_alloc(size_t size, size_t align)
{
    size_t slack = align > HEADER_SIZE ? align - 1 : 0;
    if (size > UINT32_MAX - HEADER_SIZE - TRAILER_SIZE - slack) {
        errno = ENOMEM;
        return NULL;
    }
    uint8_t *raw = __real_malloc(HEADER_SIZE + size + TRAILER_SIZE + slack);
    if (raw == NULL)
        return NULL;
    uintptr_t user = (uintptr_t)raw + HEADER_SIZE;
    if (slack)
        user = (user + align - 1) & ~(uintptr_t)(align - 1);
    header_t *h = header_of((void *)user);
    h->size = (uint32_t)size;
    h->padding = (uint32_t)(user - HEADER_SIZE - (uintptr_t)raw);
    h->tag = tag_of(user, h->size, h->padding);
    h->state = STATE_LIVE ^ h->tag;
    uint32_t trailer = trailer_of(h->tag);
    memcpy((uint8_t *)user + size, &trailer, TRAILER_SIZE);
    return (void *)user;
}

/* The header of a live block, checked with its trailer; traps otherwise. */
static header_t *checked_block(void *ptr)
{
    uintptr_t user = (uintptr_t)ptr;
    if (user % 4 != 0 || user < HEADER_SIZE)
        heap_corrupt(KIND_INVALID_FREE);
    header_t *h = header_of(ptr);
    if (h->tag != tag_of(user, h->size, h->padding))
        heap_corrupt(KIND_INVALID_FREE);
    if (h->state == (STATE_FREED ^ h->tag))
        heap_corrupt(KIND_DOUBLE_FREE);
    if (h->state != (STATE_LIVE ^ h->tag))
        heap_corrupt(KIND_INVALID_FREE);
    uint32_t trailer;
    memcpy(&trailer, (uint8_t *)ptr + h->size, TRAILER_SIZE);
    if (trailer != trailer_of(h->tag))
        heap_corrupt(KIND_HEAP_OVERFLOW);
    return h;
}

static struct {
    void *blocks[QUARANTINE_BLOCKS]; /* a ring, oldest at `next` once full */
    uint32_t next, count;
    uint32_t bytes;
} quarantine;

static void release(void *user)
{
    header_t *h = header_of(user);
    size_t size = h->size;
    const uint8_t *p = user;
    const uint64_t pattern = POISON * 0x0101010101010101ull;
    size_t i = 0;
    for (; i + 8 <= size; i += 8) { /* the pattern free() left, untouched since */
        uint64_t word;
        memcpy(&word, p + i, 8);
        if (word != pattern)
            heap_corrupt(KIND_USE_AFTER_FREE);
    }
    for (; i < size; i++)
        if (p[i] != POISON)
            heap_corrupt(KIND_USE_AFTER_FREE);
    __real_free((uint8_t *)h - h->padding);
}

static void checked_free(void *ptr)
{
    header_t *h = checked_block(ptr);
    h->state = STATE_FREED ^ h->tag;
    uint32_t size = h->size;
    if (size > QUARANTINE_BYTES) { /* too big to hold back: given back at once */
        __real_free((uint8_t *)h - h->padding);
        return;
    }
    memset(ptr, POISON, size);
    while (quarantine.count == QUARANTINE_BLOCKS
           || (quarantine.count > 0 && quarantine.bytes + size > QUARANTINE_BYTES)) {
        uint32_t oldest = (quarantine.next + QUARANTINE_BLOCKS - quarantine.count)
                          % QUARANTINE_BLOCKS;
        void *old = quarantine.blocks[oldest];
        quarantine.count--;
        quarantine.bytes -= header_of(old)->size;
        release(old);
    }
    quarantine.blocks[quarantine.next] = ptr;
    quarantine.next = (quarantine.next + 1) % QUARANTINE_BLOCKS;
    quarantine.count++;
    quarantine.bytes += size;
}

/* The library's allocator, by --wrap: every call of malloc, free, ... in the
 * library and in libc lands here. */
void *__wrap_malloc(size_t size)
{
    return checked_alloc(size, 1);
}

void __wrap_free(void *ptr)
{
    if (ptr != NULL)
        checked_free(ptr);
}

/* The module's malloc and free exports, which the host's sb.alloc/sb.free use:
 * the same checked functions, reached through the names the linker wraps.
 * (They also keep libc's malloc and free referenced by name: wasm-ld takes an
 * archive member for __real_malloc only if something asks for malloc itself,
 * and with zig's libc nothing else may.) */
__attribute__((export_name("malloc"))) void *wasmbox_export_malloc(size_t size)
{
    return malloc(size);
}

__attribute__((export_name("free"))) void wasmbox_export_free(void *ptr)
{
    free(ptr);
}

void *__wrap_calloc(size_t count, size_t size)
{
    if (size != 0 && count > SIZE_MAX / size) {
        errno = ENOMEM;
        return NULL;
    }
    void *p = checked_alloc(count * size, 1);
    if (p != NULL)
        memset(p, 0, count * size);
    return p;
}

void *__wrap_realloc(void *ptr, size_t size)
{
    if (ptr == NULL)
        return checked_alloc(size, 1);
    header_t *h = checked_block(ptr);
    void *fresh = checked_alloc(size, 1);
    if (fresh == NULL)
        return NULL; /* the old block stays valid */
    memcpy(fresh, ptr, h->size < size ? h->size : size);
    checked_free(ptr);
    return fresh;
}

void *__wrap_reallocarray(void *ptr, size_t count, size_t size)
{
    if (size != 0 && count > SIZE_MAX / size) {
        errno = ENOMEM;
        return NULL;
    }
    return __wrap_realloc(ptr, count * size);
}

static int valid_alignment(size_t align)
{
    return align != 0 && (align & (align - 1)) == 0;
}

void *__wrap_aligned_alloc(size_t align, size_t size)
{
    if (!valid_alignment(align)) {
        errno = EINVAL;
        return NULL;
    }
    return checked_alloc(size, align);
}

void *__wrap_memalign(size_t align, size_t size)
{
    return __wrap_aligned_alloc(align, size);
}

int __wrap_posix_memalign(void **out, size_t align, size_t size)
{
    if (!valid_alignment(align) || align % sizeof(void *) != 0)
        return EINVAL;
    void *p = checked_alloc(size, align);
    if (p == NULL)
        return ENOMEM;
    *out = p;
    return 0;
}

void *__wrap_valloc(size_t size)
{
    return checked_alloc(size, 65536);
}

size_t __wrap_malloc_usable_size(void *ptr)
{
    return ptr == NULL ? 0 : checked_block(ptr)->size;
}
#endif
