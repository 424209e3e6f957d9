/* cpukernel.c - B13's CPU-bound work, in the manner of CoreMark (written for this
 * suite, not CoreMark's code): a linked list sorted and searched, small integer
 * matrices multiplied, a state machine scanning text, and a call-heavy recursion.
 * Each returns a checksum of everything it computed, so every contender must do
 * the very same work. Sandboxed as it is; natively wrapped by native_cpukernel.c.
 * No I/O and no library calls but malloc/free: the time is the generated code's. */
#include <stdint.h>
#include <stdlib.h>

static uint32_t next_random(uint32_t *state)
{
    *state = *state * 1664525u + 1013904223u;
    return *state >> 8;
}

static uint32_t mix(uint32_t hash, uint32_t value)
{
    return (hash ^ value) * 16777619u;
}

/* ---- a linked list: build, sort, walk, search, reverse ---------------------------- */

struct node {
    struct node *next;
    int32_t key;
    int32_t value;
};

static struct node *merge(struct node *a, struct node *b)
{
    struct node head, *tail = &head;
    while (a && b) {
        if (a->key <= b->key) {
            tail->next = a;
            a = a->next;
        } else {
            tail->next = b;
            b = b->next;
        }
        tail = tail->next;
    }
    tail->next = a ? a : b;
    return head.next;
}

/* Bottom-up merge sort: runs[i] holds a sorted run of 2^i nodes, or nothing. */
static struct node *sort_list(struct node *list)
{
    struct node *runs[32] = {0};
    while (list) {
        struct node *run = list;
        list = list->next;
        run->next = NULL;
        int i = 0;
        for (; i < 31 && runs[i]; i++) {
            run = merge(runs[i], run);
            runs[i] = NULL;
        }
        runs[i] = run;
    }
    struct node *sorted = NULL;
    for (int i = 0; i < 32; i++)
        if (runs[i])
            sorted = merge(runs[i], sorted);
    return sorted;
}

uint32_t cpu_list(uint32_t count, uint32_t rounds, uint32_t seed)
{
    struct node *pool = malloc((count ? count : 1) * sizeof *pool);
    if (!pool)
        return 0;
    uint32_t state = seed, hash = 2166136261u;
    for (uint32_t round = 0; round < rounds; round++) {
        for (uint32_t i = 0; i < count; i++) {
            pool[i].key = (int32_t)(next_random(&state) % 100000u);
            pool[i].value = (int32_t)i;
            pool[i].next = i + 1 < count ? &pool[i + 1] : NULL;
        }
        struct node *list = sort_list(count ? pool : NULL);
        for (struct node *n = list; n; n = n->next)
            hash = mix(hash, (uint32_t)n->key ^ ((uint32_t)n->value << 7));
        for (int search = 0; search < 64; search++) {
            int32_t wanted = (int32_t)(next_random(&state) % 100000u);
            const struct node *n = list;
            while (n && n->key < wanted)
                n = n->next;
            hash = mix(hash, n ? (uint32_t)n->value : 0xFFFFFFFFu);
        }
        struct node *reversed = NULL;
        while (list) {
            struct node *next = list->next;
            list->next = reversed;
            reversed = list;
            list = next;
        }
        uint32_t step = 0;
        for (struct node *n = reversed; n; n = n->next)
            if (++step % 3 == 0)
                hash = mix(hash, (uint32_t)n->value);
    }
    free(pool);
    return hash;
}

/* ---- small integer matrices: multiply, then fold the result back in ------------- */

uint32_t cpu_matrix(uint32_t n, uint32_t rounds, uint32_t seed)
{
    size_t cells = (size_t)n * n;
    int16_t *a = malloc((cells ? cells : 1) * sizeof *a);
    int16_t *b = malloc((cells ? cells : 1) * sizeof *b);
    int32_t *c = malloc((cells ? cells : 1) * sizeof *c);
    uint32_t state = seed, hash = 2166136261u;
    if (a && b && c) {
        for (size_t i = 0; i < cells; i++) {
            a[i] = (int16_t)((int32_t)(next_random(&state) & 0xFF) - 128);
            b[i] = (int16_t)((int32_t)(next_random(&state) & 0xFF) - 128);
        }
        for (uint32_t round = 0; round < rounds; round++) {
            for (uint32_t i = 0; i < n; i++)
                for (uint32_t j = 0; j < n; j++) {
                    int32_t sum = 0;
                    for (uint32_t k = 0; k < n; k++)
                        sum += (int32_t)a[i * n + k] * b[k * n + j];
                    c[i * n + j] = sum;
                }
            for (size_t i = 0; i < cells; i++) {
                hash = mix(hash, (uint32_t)c[i]);
                /* the next round starts from this one's result, so no round can be skipped */
                a[i] = (int16_t)(((c[i] >> 4) & 0xFF) - 128);
            }
        }
    }
    free(a);
    free(b);
    free(c);
    return hash;
}

/* ---- a state machine: classify the tokens of a generated text ------------------- */

enum state { S_START, S_INT, S_FRACTION, S_EXPONENT_MARK, S_EXPONENT, S_HEX_MARK, S_HEX,
             S_WORD, S_INVALID, S_STATES };

static enum state step_state(enum state s, char ch)
{
    int digit = ch >= '0' && ch <= '9';
    int letter = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
    switch (s) {
    case S_START:
        if (ch == '0')
            return S_HEX_MARK;
        if (digit || ch == '-' || ch == '+')
            return S_INT;
        return letter ? S_WORD : S_INVALID;
    case S_INT:
        if (digit)
            return S_INT;
        if (ch == '.')
            return S_FRACTION;
        return ch == 'e' || ch == 'E' ? S_EXPONENT_MARK : S_INVALID;
    case S_FRACTION:
        if (digit)
            return S_FRACTION;
        return ch == 'e' || ch == 'E' ? S_EXPONENT_MARK : S_INVALID;
    case S_EXPONENT_MARK:
        return digit || ch == '-' || ch == '+' ? S_EXPONENT : S_INVALID;
    case S_EXPONENT:
        return digit ? S_EXPONENT : S_INVALID;
    case S_HEX_MARK:
        if (ch == 'x' || ch == 'X')
            return S_HEX;
        if (digit)
            return S_INT;
        return ch == '.' ? S_FRACTION : S_INVALID;
    case S_HEX:
        return digit || (ch >= 'a' && ch <= 'f') || (ch >= 'A' && ch <= 'F') ? S_HEX : S_INVALID;
    case S_WORD:
        return letter || digit || ch == '_' ? S_WORD : S_INVALID;
    default:
        return S_INVALID;
    }
}

static const char *const PIECES[] = {"0", "7", "42", "-13", "+8", "3.25", "1e9", "-2.5E-3",
                                     "0x1F", "0XaB9", "abc", "x_1", "9z", "..", "0x", "e5",
                                     "123456", "1.", "4E+", "Zz_9"};

uint32_t cpu_state(uint32_t length, uint32_t rounds, uint32_t seed)
{
    char *text = malloc(length + 1);
    if (!text)
        return 0;
    uint32_t state = seed, hash = 2166136261u;
    size_t used = 0;
    while (used < length) {
        const char *piece = PIECES[next_random(&state) % (sizeof PIECES / sizeof *PIECES)];
        while (*piece && used < length)
            text[used++] = *piece++;
        if (used < length)
            text[used++] = ',';
    }
    text[used] = '\0';
    for (uint32_t round = 0; round < rounds; round++) {
        uint32_t finals[S_STATES] = {0};
        uint32_t transitions = 0;
        enum state s = S_START;
        for (const char *p = text; *p; p++) {
            if (*p == ',') {
                finals[s]++;
                s = S_START;
                continue;
            }
            enum state next = step_state(s, *p);
            transitions += next != s;
            s = next;
        }
        finals[s]++;
        for (int i = 0; i < S_STATES; i++)
            hash = mix(hash, finals[i]);
        hash = mix(hash, transitions);
        /* change one character per round, so each round scans a different text */
        if (length)
            text[next_random(&state) % length] = "0123456789abcdefx.,-+eE"[round % 23];
    }
    free(text);
    return hash;
}

/* ---- calls: range queries walking a binary search tree recursively -------------
 * Both recursive calls of the walk depend on the data and neither is in tail
 * position, so every node visited is a real call in every compiler's code
 * (Takeuchi's function and a naive Fibonacci were tried first: gcc and clang
 * transform those differently, by a factor of 10 or more either way). */

struct tree_node {
    int32_t key;
    uint32_t left, right; /* indices into the pool; 0: none */
};

static uint32_t walk(const struct tree_node *pool, uint32_t at, int32_t low, int32_t high)
{
    if (at == 0)
        return 0x9E3779B9u;
    const struct tree_node *n = &pool[at];
    uint32_t hash = n->key >= low ? walk(pool, n->left, low, high) : 1;
    hash = mix(hash, (uint32_t)n->key);
    return n->key <= high ? mix(walk(pool, n->right, low, high), hash) : hash;
}

uint32_t cpu_calls(uint32_t count, uint32_t rounds, uint32_t seed)
{
    struct tree_node *pool = malloc(((size_t)count + 1) * sizeof *pool);
    if (!pool)
        return 0;
    uint32_t state = seed, hash = 2166136261u;
    for (uint32_t i = 1; i <= count; i++) { /* insert key i below the root, pool[1] */
        pool[i].key = (int32_t)(next_random(&state) % 1000000u);
        pool[i].left = pool[i].right = 0;
        for (uint32_t at = 1; i > 1;) {
            uint32_t *child = pool[i].key < pool[at].key ? &pool[at].left : &pool[at].right;
            if (*child == 0) {
                *child = i;
                break;
            }
            at = *child;
        }
    }
    for (uint32_t round = 0; round < rounds; round++) {
        int32_t low = (int32_t)(next_random(&state) % 500000u);
        hash = mix(hash, walk(pool, count ? 1 : 0, low, low + 500000));
    }
    free(pool);
    return hash;
}
