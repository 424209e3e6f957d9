/* wasmbox_signature.c - C function types given as strings at run time, for
 * sb.callback(fn, "int (const void *, const void *)").
 *
 * A built module has no compiler, so this is a small parser of exactly what
 * a callback's type can be:
 *
 *   function  := type '(' params ')'  |  type '(' '*' name? ')' '(' params ')'
 *   params    := 'void' | (param (',' param)*)?
 *   param     := type name? ('[' ... ']')?  |  type '(' '*' name? ')' '(' ... ')'
 *   type      := base ('*')*, qualifiers (const, volatile, restrict) anywhere
 *   base      := C's scalar words (unsigned long, double, _Bool, ...), a name the
 *                module knows (int32_t, size_t, ... and the header's scalar,
 *                pointer and function-pointer typedefs), `struct x` / `union x`
 *                (behind a pointer only), `enum x` (an int)
 *
 * Pointers of any kind are addresses; an array parameter is a pointer, and
 * so is a function-pointer parameter. Refused, with ValueError naming what:
 * structs and unions by value, varargs, long double, _Complex, unknown names.
 * Each distinct string is parsed once and kept for the life of the process.
 */
#include "wasmbox_bindings.h"
#include "wasmbox_callbacks.h"

#include <ctype.h>
#include <string.h>

#define MAX_TOKENS 512

typedef struct {
    const char *start;
    size_t len;
} token;

typedef struct {
    token tokens[MAX_TOKENS];
    int count;
    int pos;
    const char *text;
} parser;

static bool fail(const parser *p, const char *why, const token *at)
{
    char where[64] = "";
    if (at != NULL && at->len > 0)
        PyOS_snprintf(where, sizeof where, " at '%.*s'",
                      (int)(at->len < 40 ? at->len : 40), at->start);
    PyErr_Format(PyExc_ValueError, "cannot read the C type '%.200s': %s%s", p->text, why,
                 where);
    return false;
}

static bool tokenize(parser *p, const char *text)
{
    p->text = text;
    p->count = p->pos = 0;
    const char *s = text;
    while (*s) {
        if (isspace((unsigned char)*s)) {
            s++;
            continue;
        }
        if (p->count == MAX_TOKENS)
            return fail(p, "too long", NULL);
        token *t = &p->tokens[p->count++];
        t->start = s;
        if (isalpha((unsigned char)*s) || *s == '_' || isdigit((unsigned char)*s)) {
            while (isalnum((unsigned char)*s) || *s == '_')
                s++;
        } else if (strncmp(s, "...", 3) == 0) {
            s += 3;
        } else if (strchr("*(),[]", *s) != NULL) {
            s++;
        } else {
            t->len = 1;
            return fail(p, "unexpected character", t);
        }
        t->len = (size_t)(s - t->start);
    }
    return true;
}

static const token *peek(const parser *p)
{
    static const token end = {"", 0};
    return p->pos < p->count ? &p->tokens[p->pos] : &end;
}

static bool is(const token *t, const char *word)
{
    return t->len == strlen(word) && strncmp(t->start, word, t->len) == 0;
}

static bool is_ident(const token *t)
{
    return t->len > 0 && (isalpha((unsigned char)t->start[0]) || t->start[0] == '_');
}

static bool accept(parser *p, const char *word)
{
    if (!is(peek(p), word))
        return false;
    p->pos++;
    return true;
}

static bool expect(parser *p, const char *word)
{
    if (accept(p, word))
        return true;
    char why[32];
    PyOS_snprintf(why, sizeof why, "expected '%s'", word);
    return fail(p, why, peek(p));
}

static bool is_qualifier(const token *t)
{
    return is(t, "const") || is(t, "volatile") || is(t, "restrict") || is(t, "__restrict")
           || is(t, "_Atomic");
}

/* C's scalar words. */
enum { W_VOID, W_CHAR, W_SHORT, W_INT, W_LONG, W_SIGNED, W_UNSIGNED, W_FLOAT, W_DOUBLE, W_BOOL,
       W_COUNT };
static const char *const words[W_COUNT] = {"void", "char", "short", "int", "long", "signed",
                                           "unsigned", "float", "double", "_Bool"};

static int scalar_word(const token *t)
{
    for (int i = 0; i < W_COUNT; i++) {
        if (is(t, words[i]))
            return i;
    }
    return is(t, "bool") ? W_BOOL : -1;
}

/* The scalar a combination of C's words names. */
static bool scalar_of(const parser *p, const int n[W_COUNT], const token *at,
                      wasmbox_c_type *out)
{
    int kinds = (n[W_VOID] > 0) + (n[W_CHAR] > 0) + (n[W_SHORT] > 0) + (n[W_LONG] > 0)
                + (n[W_FLOAT] > 0) + (n[W_DOUBLE] > 0) + (n[W_BOOL] > 0);
    bool sign = n[W_SIGNED] || n[W_UNSIGNED];
    if (kinds > 1 && !(n[W_LONG] && n[W_DOUBLE]))
        return fail(p, "conflicting type words", at);
    if ((n[W_SIGNED] && n[W_UNSIGNED]) || n[W_LONG] > 2
        || (sign && (n[W_VOID] || n[W_FLOAT] || n[W_DOUBLE] || n[W_BOOL]))
        || (n[W_INT] && (n[W_VOID] || n[W_CHAR] || n[W_FLOAT] || n[W_DOUBLE] || n[W_BOOL])))
        return fail(p, "conflicting type words", at);
    uint8_t kind = n[W_UNSIGNED] ? WASMBOX_C_UNSIGNED : WASMBOX_C_SIGNED;
    if (n[W_DOUBLE] && n[W_LONG])
        return fail(p, "long double has no Python equivalent", at);
    if (n[W_VOID])
        *out = (wasmbox_c_type){WASMBOX_C_VOID, 0};
    else if (n[W_FLOAT])
        *out = (wasmbox_c_type){WASMBOX_C_FLOAT, 4};
    else if (n[W_DOUBLE])
        *out = (wasmbox_c_type){WASMBOX_C_FLOAT, 8};
    else if (n[W_BOOL])
        *out = (wasmbox_c_type){WASMBOX_C_BOOL, 1};
    else if (n[W_CHAR]) /* char is signed on wasm32 */
        *out = (wasmbox_c_type){kind, 1};
    else if (n[W_SHORT])
        *out = (wasmbox_c_type){kind, 2};
    else if (n[W_LONG] == 2)
        *out = (wasmbox_c_type){kind, 8};
    else /* int, long (32-bit on wasm32), signed, unsigned */
        *out = (wasmbox_c_type){kind, 4};
    return true;
}

/* A name the module knows as a type: the scalar (or pointer) it stands for. */
static bool named_type(const token *t, wasmbox_c_type *out)
{
    char name[128];
    if (t->len >= sizeof name)
        return false;
    memcpy(name, t->start, t->len);
    name[t->len] = '\0';
    const wasmbox_cell_type *cell = wasmbox_cell_type_named(name);
    if (cell != NULL && cell->kind != WASMBOX_CELL_ANY) {
        static const uint8_t kinds[] = {
            [WASMBOX_CELL_SIGNED] = WASMBOX_C_SIGNED, [WASMBOX_CELL_UNSIGNED] = WASMBOX_C_UNSIGNED,
            [WASMBOX_CELL_BOOL] = WASMBOX_C_BOOL, [WASMBOX_CELL_FLOAT] = WASMBOX_C_FLOAT,
            [WASMBOX_CELL_POINTER] = WASMBOX_C_POINTER,
        };
        *out = (wasmbox_c_type){kinds[cell->kind], cell->size};
        return true;
    }
    for (const wasmbox_named_signature *n = wasmbox_def->callbacks->named; n->name; n++) {
        if (strcmp(n->name, name) == 0) { /* a function-pointer typedef */
            *out = (wasmbox_c_type){WASMBOX_C_POINTER, 4};
            return true;
        }
    }
    return false;
}

/* Skip a bracketed group starting at the current token. */
static bool skip_group(parser *p, const char *open, const char *close)
{
    int depth = 0;
    do {
        const token *t = peek(p);
        if (t->len == 0)
            return fail(p, "unbalanced brackets", NULL);
        depth += is(t, open) - is(t, close);
        p->pos++;
    } while (depth > 0);
    return true;
}

/* type, then (for a parameter) its declarator. */
static bool parse_type(parser *p, bool parameter, wasmbox_c_type *out)
{
    int n[W_COUNT] = {0};
    bool any_word = false, record = false, have = false;
    const token *first = peek(p);
    wasmbox_c_type base = {WASMBOX_C_SIGNED, 4};
    for (;;) {
        const token *t = peek(p);
        int w;
        if (is_qualifier(t)) {
            p->pos++;
        } else if ((w = scalar_word(t)) >= 0 && !have) {
            n[w]++;
            any_word = true;
            p->pos++;
        } else if ((is(t, "struct") || is(t, "union") || is(t, "enum")) && !have && !any_word) {
            bool is_enum = is(t, "enum");
            p->pos++;
            if (!is_ident(peek(p)))
                return fail(p, "expected a tag name", peek(p));
            p->pos++;
            record = !is_enum;
            have = true; /* an enum is an int; a record only behind a pointer */
        } else if (is_ident(t) && !have && !any_word) {
            if (!named_type(t, &base))
                return fail(p, "unknown type name", t);
            have = true;
            p->pos++;
        } else {
            break;
        }
    }
    if (any_word && !scalar_of(p, n, first, &base))
        return false;
    if (!any_word && !have)
        return fail(p, "expected a type", peek(p));
    int stars = 0;
    for (;;) {
        if (accept(p, "*"))
            stars++;
        else if (stars > 0 && is_qualifier(peek(p)))
            p->pos++; /* char *const p */
        else
            break;
    }
    if (parameter) {
        if (is(peek(p), "(")) { /* a function pointer: ( * name? ) ( ... ) */
            p->pos++;
            if (!expect(p, "*"))
                return false;
            while (accept(p, "*") || is_qualifier(peek(p)))
                ;
            if (is_ident(peek(p)))
                p->pos++;
            if (!expect(p, ")") || !is(peek(p), "(") || !skip_group(p, "(", ")"))
                return false;
            stars++;
        } else {
            if (is_ident(peek(p)) && scalar_word(peek(p)) < 0 && !is_qualifier(peek(p)))
                p->pos++; /* the parameter's name */
            while (is(peek(p), "[")) { /* an array parameter is a pointer */
                if (!skip_group(p, "[", "]"))
                    return false;
                stars++;
            }
        }
    }
    if (stars > 0) {
        *out = (wasmbox_c_type){WASMBOX_C_POINTER, 4};
        return true;
    }
    if (record)
        return fail(p, "a struct or union passed by value cannot cross into Python", first);
    *out = base;
    return true;
}

typedef struct {
    wasmbox_signature sig;
    wasmbox_c_type params[WASMBOX_MAX_CALLBACK_PARAMS];
    char wasm[WASMBOX_MAX_CALLBACK_PARAMS + 4];
    char text[];
} stored_signature;

static char wasm_char(wasmbox_c_type c)
{
    if (c.kind == WASMBOX_C_FLOAT)
        return c.size == 4 ? 'f' : 'd';
    return c.size == 8 ? 'j' : 'i';
}

static const wasmbox_signature *parse(const char *text)
{
    parser *p = PyMem_Malloc(sizeof *p);
    stored_signature *s = PyMem_Calloc(1, sizeof *s + strlen(text) + 1);
    if (p == NULL || s == NULL) {
        PyMem_Free(p);
        PyMem_Free(s);
        return (const wasmbox_signature *)PyErr_NoMemory();
    }
    strcpy(s->text, text);
    bool ok = tokenize(p, text) && parse_type(p, false, &s->sig.result);
    if (ok && accept(p, "(")) {
        if (is(peek(p), "*")) { /* "int (*)(int)" or "int (*name)(int)" */
            p->pos++;
            if (is_ident(peek(p)))
                p->pos++;
            ok = expect(p, ")") && expect(p, "(");
        }
    } else if (ok) {
        ok = fail(p, "expected '(' and the parameters", peek(p));
    }
    int count = 0;
    if (ok && is(peek(p), "void") && p->pos + 1 < p->count && is(&p->tokens[p->pos + 1], ")"))
        p->pos++; /* (void): no parameters */
    else if (ok && !is(peek(p), ")")) {
        do {
            if (is(peek(p), "...")) {
                ok = fail(p, "a variadic function cannot be a callback", peek(p));
            } else if (count == WASMBOX_MAX_CALLBACK_PARAMS) {
                ok = fail(p, "too many parameters", peek(p));
            } else if ((ok = parse_type(p, true, &s->params[count]))
                       && s->params[count].kind == WASMBOX_C_VOID) {
                ok = fail(p, "a parameter cannot be void", NULL);
            }
            count++;
        } while (ok && accept(p, ","));
    }
    ok = ok && expect(p, ")");
    if (ok && p->pos != p->count)
        ok = fail(p, "unexpected text after the parameters", peek(p));
    PyMem_Free(p);
    if (!ok) {
        PyMem_Free(s);
        return NULL;
    }
    for (int i = 0; i < count; i++)
        s->wasm[i] = wasm_char(s->params[i]);
    s->wasm[count] = ':';
    if (s->sig.result.kind != WASMBOX_C_VOID)
        s->wasm[count + 1] = wasm_char(s->sig.result);
    s->sig.text = s->text;
    s->sig.wasm = s->wasm;
    s->sig.n_params = count;
    s->sig.params = s->params;
    return &s->sig;
}

const wasmbox_signature *wasmbox_signature_lookup(PyObject *text)
{
    /* {text: capsule}: kept for the process. Made under the module lock, and
     * no item is ever replaced or removed, so an item borrowed from it stays
     * valid in a free-threaded build too. */
    static PyObject *cache;
    wasmbox_module_lock();
    if (cache == NULL)
        cache = PyDict_New();
    PyObject *dict = cache;
    wasmbox_module_unlock();
    if (dict == NULL)
        return NULL;
    PyObject *found = PyDict_GetItemWithError(dict, text);
    if (found != NULL)
        return PyCapsule_GetPointer(found, NULL);
    if (PyErr_Occurred())
        return NULL;
    const char *utf8 = PyUnicode_AsUTF8AndSize(text, NULL);
    if (utf8 == NULL)
        return NULL;
    const wasmbox_signature *sig = parse(utf8);
    if (sig == NULL)
        return NULL;
    PyObject *capsule = PyCapsule_New((void *)sig, NULL, NULL);
    if (capsule == NULL)
        return NULL; /* the parse is leaked: a few bytes, on a failure */
#if WASMBOX_FREE_THREADED
    /* Another thread may have parsed the same text: the first one stays. */
    found = PyDict_SetDefault(dict, text, capsule); /* borrowed */
    Py_DECREF(capsule);
    return found != NULL ? PyCapsule_GetPointer(found, NULL) : NULL;
#else
    int status = PyDict_SetItem(dict, text, capsule);
    Py_DECREF(capsule);
    return status == 0 ? sig : NULL;
#endif
}
