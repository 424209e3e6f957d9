/* wasmbox_policy.c - Sandbox(**policy) keyword arguments -> wasmbox_policy.
 *
 * The zero policy denies everything (see wasmbox_wasi.h). Each keyword
 * grants one capability:
 *
 *   stdout, stderr  "discard" (default) | "inherit" | "capture" | "deny" | a callable
 *   capture_limit   bytes kept per captured stream (default 1 MiB)
 *   stdin           None (end of file) | bytes
 *   env             {name: value} (default empty; the host's is never visible)
 *   args            [str, ...]: argv[1:] (argv[0] is the module's name)
 *   clock           False | True (real time and monotonic) | "monotonic"
 *   random          False | True (the host's CSPRNG) | an int seed (reproducible, not secure)
 *   files           {"/guest/path": bytes}: read-only files, mounted at "/"
 *   preopens        {"/guest/dir": host_dir | (host_dir, "ro" | "rw")}
 *   memory_limit    bytes the library's memory may grow to (<= the build's max_memory)
 *   time_limit      seconds each call may take (wall clock; wasmbox_deadline.c)
 *   cpu_limit       seconds of the calling thread's CPU time each call may use
 *   on_denied       "errno" (ENOTCAPABLE, default) | "trap" (CapabilityDenied)
 *
 * A module built with WasmBoxExtension(capabilities={...}) carries defaults
 * for these (a Python literal in the glue); a keyword given to Sandbox()
 * replaces the default for that key, and None restores the deny default.
 *
 * Everything the WASI layer reads without the GIL is copied into plain C
 * memory here, or borrowed from an immutable bytes object the policy keeps
 * alive. Unknown keywords are a TypeError and bad values a ValueError that
 * names the valid ones, so a misspelt grant never silently leaves the
 * sandbox with less (or more) than asked for.
 */
#include "wasmbox.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef _WIN32
#include <fcntl.h>
#include <unistd.h>
#endif

static PyObject *build_defaults; /* dict from the build, or NULL */

static const char *const keywords[] = {
    "stdout", "stderr", "capture_limit", "stdin", "env", "args", "clock", "random",
    "files", "preopens", "memory_limit", "time_limit", "cpu_limit", "on_denied", NULL,
};

/* Sizes that stay far inside the u32 counts WASI passes around. */
enum { MAX_BLOCK = 1 << 30, MAX_NAME = 255, MAX_GUEST_PATH = 4095, MAX_NODES = 1 << 24 };

/* ---- small helpers ---------------------------------------------------------------- */

/* A dict, or anything with items() (os.environ): not a str or a list. */
static bool is_mapping(PyObject *value)
{
    return PyDict_Check(value)
           || (!PyUnicode_Check(value) && !PyBytes_Check(value) && !PyList_Check(value)
               && !PyTuple_Check(value) && PyObject_HasAttrString(value, "items"));
}

/* One (key, value) pair of PyMapping_Items(), or false. */
static bool item_pair(PyObject *items, Py_ssize_t i, PyObject **key, PyObject **value)
{
    PyObject *pair = PyList_GetItem(items, i);
    if (pair == NULL || !PyTuple_Check(pair) || PyTuple_Size(pair) != 2)
        return false;
    *key = PyTuple_GetItem(pair, 0);
    *value = PyTuple_GetItem(pair, 1);
    return true;
}

/* Item i of a list or a tuple (borrowed). */
static PyObject *sequence_item(PyObject *sequence, Py_ssize_t i)
{
    return PyList_Check(sequence) ? PyList_GetItem(sequence, i)
                                  : PyTuple_GetItem(sequence, i);
}

static void clear_object(void **slot)
{
    PyObject *object = *slot;
    *slot = NULL;
    Py_XDECREF(object);
}

static bool invalid(const char *key, PyObject *value, const char *valid)
{
    PyErr_Format(PyExc_ValueError, "Sandbox(%s=%.200R): %s", key, value, valid);
    return false;
}

/* The UTF-8 of a str without NUL bytes (which C would cut it at). */
static const char *utf8_without_nul(PyObject *s, Py_ssize_t *size)
{
    if (!PyUnicode_Check(s))
        return NULL;
    const char *text = PyUnicode_AsUTF8AndSize(s, size);
    if (text == NULL) {
        PyErr_Clear(); /* lone surrogates: reported as invalid by the caller */
        return NULL;
    }
    return memchr(text, '\0', (size_t)*size) ? NULL : text;
}

/* NUL-terminated strings back to back, as WASI lays out argv and environ. */
typedef struct {
    char *data;
    size_t size, capacity;
    uint32_t count;
} string_block;

static bool block_add(string_block *b, const char *a, size_t a_len, const char *sep,
                      const char *c, size_t c_len)
{
    size_t sep_len = sep ? strlen(sep) : 0;
    size_t need = a_len + sep_len + c_len + 1;
    if (b->size + need > MAX_BLOCK) {
        PyErr_SetString(PyExc_ValueError, "Sandbox(): args or env larger than 1 GiB");
        return false;
    }
    if (b->size + need > b->capacity) {
        size_t capacity = b->capacity ? b->capacity * 2 : 256;
        while (capacity < b->size + need)
            capacity *= 2;
        char *data = realloc(b->data, capacity);
        if (data == NULL) {
            PyErr_NoMemory();
            return false;
        }
        b->data = data;
        b->capacity = capacity;
    }
    memcpy(b->data + b->size, a, a_len);
    if (sep_len)
        memcpy(b->data + b->size + a_len, sep, sep_len);
    if (c_len)
        memcpy(b->data + b->size + a_len + sep_len, c, c_len);
    b->size += need;
    b->data[b->size - 1] = '\0';
    b->count++;
    return true;
}

/* ---- stdio -------------------------------------------------------------------------- */

static bool parse_output(wasmbox_policy *p, int stream, const char *key, PyObject *value)
{
    static const struct {
        const char *name;
        wasmbox_output mode;
    } modes[] = {
        {"discard", WASMBOX_OUTPUT_DISCARD}, {"inherit", WASMBOX_OUTPUT_INHERIT},
        {"capture", WASMBOX_OUTPUT_CAPTURE}, {"deny", WASMBOX_OUTPUT_DENY},
    };
    p->output[stream] = WASMBOX_OUTPUT_DISCARD;
    if (value == NULL || value == Py_None)
        return true;
    if (PyUnicode_Check(value)) {
        for (size_t i = 0; i < sizeof modes / sizeof modes[0]; i++) {
            if (PyUnicode_CompareWithASCIIString(value, modes[i].name) == 0) {
                p->output[stream] = modes[i].mode;
                return true;
            }
        }
    } else if (PyCallable_Check(value)) {
        Py_INCREF(value);
        p->callable[stream] = value;
        p->output[stream] = WASMBOX_OUTPUT_CALLABLE;
        return true;
    }
    return invalid(key, value, "use \"discard\", \"inherit\", \"capture\", \"deny\" or a "
                   "callable that takes bytes");
}

static bool parse_capture_limit(wasmbox_policy *p, PyObject *value)
{
    p->capture_limit = WASMBOX_DEFAULT_CAPTURE_LIMIT;
    if (value == NULL || value == Py_None)
        return true;
    long long n = -1;
    if (PyLong_Check(value) && !PyBool_Check(value)) {
        n = PyLong_AsLongLong(value);
        if (n == -1 && PyErr_Occurred())
            PyErr_Clear();
    }
    if (n < 0 || (unsigned long long)n > (unsigned long long)PY_SSIZE_T_MAX)
        return invalid("capture_limit", value, "use a number of bytes >= 0 (default 1 MiB)");
    p->capture_limit = (uint64_t)n;
    return true;
}

static bool parse_stdin(wasmbox_policy *p, PyObject *value)
{
    if (value == NULL || value == Py_None)
        return true;
    if (PyUnicode_Check(value) || !PyObject_CheckBuffer(value))
        return invalid("stdin", value, "use bytes (encode text first), or None for end-of-file");
    PyObject *data = PyBytes_FromObject(value); /* a copy if not bytes: nobody can change it */
    if (data == NULL)
        return false;
    p->stdin_object = data;
    p->stdin_data = (const uint8_t *)PyBytes_AsString(data);
    p->stdin_size = (uint64_t)PyBytes_Size(data);
    return true;
}

/* ---- arguments and environment ------------------------------------------------------- */

static bool parse_args(wasmbox_policy *p, PyObject *value)
{
    if (value == NULL || value == Py_None)
        return true;
    if (!PyList_Check(value) && !PyTuple_Check(value))
        return invalid("args", value, "use a list of str (argv[1:]; argv[0] is the module's "
                       "name)");
    string_block b = {0};
    Py_ssize_t n = PySequence_Size(value);
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *item = sequence_item(value, i);
        Py_ssize_t len;
        const char *text = utf8_without_nul(item, &len);
        if (text == NULL) {
            free(b.data);
            return invalid("args", value, "use a list of str without NUL characters");
        }
        if (!block_add(&b, text, (size_t)len, NULL, NULL, 0)) {
            free(b.data);
            return false;
        }
    }
    p->args = b.data;
    p->argc = b.count;
    p->args_size = (uint32_t)b.size;
    return true;
}

static bool parse_env(wasmbox_policy *p, PyObject *value)
{
    if (value == NULL || value == Py_None)
        return true;
    if (!is_mapping(value))
        return invalid("env", value, "use a dict of str to str (the host's environment is "
                       "never passed on by itself)");
    PyObject *items = PyMapping_Items(value);
    if (items == NULL)
        return false;
    string_block b = {0};
    bool ok = true;
    for (Py_ssize_t i = 0; ok && i < PyList_Size(items); i++) {
        PyObject *name, *text;
        Py_ssize_t key_len, value_len;
        const char *k = item_pair(items, i, &name, &text) ? utf8_without_nul(name, &key_len)
                                                           : NULL;
        const char *v = k ? utf8_without_nul(text, &value_len) : NULL;
        if (k == NULL || v == NULL || key_len == 0 || memchr(k, '=', (size_t)key_len))
            ok = invalid("env", value, "use a dict of str to str: names not empty and "
                         "without '=', no NUL characters");
        else
            ok = block_add(&b, k, (size_t)key_len, "=", v, (size_t)value_len);
    }
    Py_DECREF(items);
    if (!ok) {
        free(b.data);
        return false;
    }
    p->environ = b.data;
    p->environ_count = b.count;
    p->environ_size = (uint32_t)b.size;
    return true;
}

/* ---- clock, random, on_denied, memory ------------------------------------------------------ */

static bool parse_clock(wasmbox_policy *p, PyObject *value)
{
    if (value == NULL || value == Py_None || value == Py_False)
        p->clock = WASMBOX_CLOCK_NONE;
    else if (value == Py_True)
        p->clock = WASMBOX_CLOCK_ALL;
    else if (PyUnicode_Check(value) && PyUnicode_CompareWithASCIIString(value, "monotonic") == 0)
        p->clock = WASMBOX_CLOCK_MONOTONIC;
    else
        return invalid("clock", value, "use False (no clock), True (real time and monotonic) "
                       "or \"monotonic\"");
    return true;
}

static bool parse_random(wasmbox_policy *p, PyObject *value)
{
    if (value == NULL || value == Py_None || value == Py_False) {
        p->random = WASMBOX_RANDOM_NONE;
        return true;
    }
    if (value == Py_True) {
        p->random = WASMBOX_RANDOM_HOST;
        return true;
    }
    if (PyLong_Check(value)) {
        int overflow;
        long long signed_seed = PyLong_AsLongLongAndOverflow(value, &overflow);
        unsigned long long seed = (unsigned long long)signed_seed;
        if (overflow > 0) {
            seed = PyLong_AsUnsignedLongLong(value);
            overflow = seed == (unsigned long long)-1 && PyErr_Occurred() ? 1 : 0;
            PyErr_Clear();
        }
        if (overflow == 0 && !PyErr_Occurred()) {
            p->random = WASMBOX_RANDOM_SEEDED;
            p->seed = (uint64_t)seed;
            return true;
        }
        PyErr_Clear();
    }
    return invalid("random", value, "use False (no randomness), True (the host's CSPRNG) or "
                   "an int seed from -2**63 to 2**64-1 (reproducible, NOT secure)");
}

static bool parse_on_denied(wasmbox_policy *p, PyObject *value)
{
    if (value == NULL || value == Py_None
        || (PyUnicode_Check(value) && PyUnicode_CompareWithASCIIString(value, "errno") == 0))
        p->on_denied = WASMBOX_DENY_ERRNO;
    else if (PyUnicode_Check(value) && PyUnicode_CompareWithASCIIString(value, "trap") == 0)
        p->on_denied = WASMBOX_DENY_TRAP;
    else
        return invalid("on_denied", value, "use \"errno\" (the call fails with ENOTCAPABLE) or "
                       "\"trap\" (the call raises CapabilityDenied)");
    return true;
}

static bool parse_memory_limit(wasmbox_policy *p, PyObject *value)
{
    if (value == NULL || value == Py_None)
        return true;
    const uint64_t page = 65536, max = UINT64_C(1) << 32;
    long long n = -1;
    if (PyLong_Check(value) && !PyBool_Check(value)) {
        n = PyLong_AsLongLong(value);
        if (n == -1 && PyErr_Occurred())
            PyErr_Clear();
    }
    /* The build's own maximum is checked against the instance (wasmbox_sandbox.c). */
    if (n < (long long)page || (uint64_t)n > max)
        return invalid("memory_limit", value, "use a number of bytes from 65536 to the "
                       "build's max_memory");
    p->memory_limit = (uint64_t)n / page * page; /* whole wasm pages */
    return true;
}

/* time_limit, cpu_limit: seconds (an int or a float) -> ns, rounded up. */
static bool parse_seconds(const char *key, PyObject *value, uint64_t *ns)
{
    if (value == NULL || value == Py_None)
        return true;
    double seconds = NAN;
    if ((PyFloat_Check(value) || PyLong_Check(value)) && !PyBool_Check(value)) {
        seconds = PyFloat_AsDouble(value);
        if (seconds == -1 && PyErr_Occurred()) {
            PyErr_Clear();
            seconds = NAN;
        }
    }
    if (!(seconds > 0 && seconds <= WASMBOX_MAX_SECONDS)) /* NaN too */
        return invalid(key, value, "use a number of seconds > 0 (at most 1e9), or None for "
                       "no limit");
    double rounded = ceil(seconds * 1e9);
    *ns = rounded < 1 ? 1 : (uint64_t)rounded;
    return true;
}

/* ---- guest paths ------------------------------------------------------------------------ */

/* An absolute guest path in normal form: "/" or "/a/b" with no empty, "."
 * or ".." component. Returns its UTF-8, or NULL. */
static const char *guest_path(PyObject *key, Py_ssize_t *size)
{
    const char *path = utf8_without_nul(key, size);
    if (path == NULL || *size == 0 || *size > MAX_GUEST_PATH || path[0] != '/')
        return NULL;
    if (*size == 1)
        return path; /* "/" */
    const char *s = path + 1;
    for (;;) {
        const char *end = strchr(s, '/');
        size_t len = end ? (size_t)(end - s) : strlen(s);
        if (len == 0 || len > MAX_NAME || (len == 1 && s[0] == '.')
            || (len == 2 && s[0] == '.' && s[1] == '.'))
            return NULL;
        if (end == NULL)
            return path;
        s = end + 1;
    }
}

/* Is `inner` the path `outer` or beneath it? */
static bool path_within(const char *inner, const char *outer)
{
    size_t n = strlen(outer);
    if (strcmp(outer, "/") == 0)
        return true;
    return strncmp(inner, outer, n) == 0 && (inner[n] == '\0' || inner[n] == '/');
}

/* ---- files: the in-memory tree --------------------------------------------------------- */

static uint32_t add_node(wasmbox_policy *p, uint32_t parent, const char *name, size_t len,
                         bool is_dir)
{
    /* The array is grown to the next power of two whenever the count reaches one. */
    if ((p->node_count & (p->node_count - 1)) == 0) {
        size_t capacity = p->node_count ? (size_t)p->node_count * 2 : 1;
        wasmbox_node *nodes = realloc(p->nodes, capacity * sizeof *nodes);
        if (nodes == NULL) {
            PyErr_NoMemory();
            return WASMBOX_NO_NODE;
        }
        p->nodes = nodes;
    }
    char *copy = malloc(len + 1);
    if (copy == NULL) {
        PyErr_NoMemory();
        return WASMBOX_NO_NODE;
    }
    memcpy(copy, name, len);
    copy[len] = '\0';
    uint32_t index = p->node_count++;
    wasmbox_node *n = &p->nodes[index];
    memset(n, 0, sizeof *n);
    n->name = copy;
    n->parent = parent == WASMBOX_NO_NODE ? index : parent;
    n->first_child = n->next_sibling = WASMBOX_NO_NODE;
    n->is_dir = is_dir;
    if (parent != WASMBOX_NO_NODE) { /* append: listings keep the order files were given */
        uint32_t *link = &p->nodes[parent].first_child;
        while (*link != WASMBOX_NO_NODE)
            link = &p->nodes[*link].next_sibling;
        *link = index;
    }
    return index;
}

/* Add the file `path` (normal form, not "/") with `data`; directories on the
 * way are made as needed. */
static bool add_file(wasmbox_policy *p, PyObject *key, const char *path, PyObject *data)
{
    uint32_t dir = 0;
    const char *s = path + 1;
    for (;;) {
        const char *end = strchr(s, '/');
        size_t len = end ? (size_t)(end - s) : strlen(s);
        uint32_t node = wasmbox_node_child(p, dir, s, len);
        if (node != WASMBOX_NO_NODE && (end == NULL || !p->nodes[node].is_dir)) {
            PyErr_Format(PyExc_ValueError, "Sandbox(files=...): %R is both a file and a "
                         "directory, or given twice", key);
            return false;
        }
        if (node == WASMBOX_NO_NODE) {
            node = add_node(p, dir, s, len, end != NULL);
            if (node == WASMBOX_NO_NODE)
                return false;
        }
        if (end == NULL) {
            p->nodes[node].data = (const uint8_t *)PyBytes_AsString(data);
            p->nodes[node].size = (uint64_t)PyBytes_Size(data);
            return true;
        }
        dir = node;
        s = end + 1;
    }
}

static bool parse_files(wasmbox_policy *p, PyObject *value)
{
    if (value == NULL || value == Py_None)
        return true;
    static const char valid[] = "use a dict of absolute guest paths (\"/data/words.txt\": no "
                                "'.', '..' or empty parts) to bytes";
    if (!is_mapping(value))
        return invalid("files", value, valid);
    PyObject *items = PyMapping_Items(value);
    PyObject *keep = items ? PyList_New(0) : NULL; /* the bytes the tree points into */
    if (keep == NULL) {
        Py_XDECREF(items);
        return false;
    }
    p->files_object = keep;
    bool ok = add_node(p, WASMBOX_NO_NODE, "", 0, true) == 0; /* the root */
    for (Py_ssize_t i = 0; ok && i < PyList_Size(items); i++) {
        PyObject *key = Py_None, *content = Py_None;
        Py_ssize_t size;
        bool pair = item_pair(items, i, &key, &content);
        const char *path = pair ? guest_path(key, &size) : NULL;
        if (path == NULL || size == 1 || p->node_count >= MAX_NODES || PyUnicode_Check(content)
            || !PyObject_CheckBuffer(content)) {
            PyErr_Format(PyExc_ValueError, "Sandbox(files=...): %.200R: %s", key, valid);
            ok = false;
            break;
        }
        PyObject *data = PyBytes_FromObject(content); /* a copy if not bytes */
        ok = data != NULL && PyList_Append(keep, data) == 0 && add_file(p, key, path, data);
        Py_XDECREF(data);
    }
    Py_DECREF(items);
    return ok;
}

/* ---- preopens and mounts ------------------------------------------------------------------ */

static wasmbox_mount *add_mount(wasmbox_policy *p, wasmbox_mount_kind kind, const char *guest)
{
    wasmbox_mount *mounts = realloc(p->mounts, (p->mount_count + 1) * sizeof *mounts);
    char *copy = mounts ? malloc(strlen(guest) + 1) : NULL;
    if (mounts != NULL)
        p->mounts = mounts;
    if (copy == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    strcpy(copy, guest);
    wasmbox_mount *m = &p->mounts[p->mount_count++];
    memset(m, 0, sizeof *m);
    m->kind = kind;
    m->guest_path = copy;
    m->host_fd = -1;
    return m;
}

/* A preopen's value: host_dir, or (host_dir, "ro" | "rw"). */
static bool preopen_target(PyObject *value, PyObject **host, bool *writable)
{
    *writable = false;
    *host = value;
    if (PyTuple_Check(value) || PyList_Check(value)) {
        if (PySequence_Size(value) != 2)
            return false;
        PyObject *mode = sequence_item(value, 1);
        *host = sequence_item(value, 0);
        if (PyUnicode_Check(mode) && PyUnicode_CompareWithASCIIString(mode, "rw") == 0)
            *writable = true;
        else if (!PyUnicode_Check(mode) || PyUnicode_CompareWithASCIIString(mode, "ro") != 0)
            return false;
    }
    return PyUnicode_Check(*host) || PyBytes_Check(*host) || PyObject_HasAttrString(*host,
                                                                                 "__fspath__");
}

/* Open the host directory now: the sandbox gets this directory, even if the
 * path is later renamed or replaced. */
static bool open_host_dir(wasmbox_mount *m, PyObject *guest, PyObject *host)
{
    PyObject *encoded = NULL;
    if (!PyUnicode_FSConverter(host, &encoded))
        return false;
    const char *path = PyBytes_AsString(encoded);
    m->host_path = malloc(strlen(path) + 1);
    if (m->host_path == NULL) {
        Py_DECREF(encoded);
        PyErr_NoMemory();
        return false;
    }
    strcpy(m->host_path, path);
#ifdef _WIN32
    errno = ENOSYS;
    m->host_fd = -1;
#else
    m->host_fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
#endif
    Py_DECREF(encoded);
    if (m->host_fd < 0) {
        PyErr_Format(PyExc_ValueError, "Sandbox(preopens=...): cannot open the host directory "
                     "%R for %R: %s", host, guest, strerror(errno));
        return false;
    }
    return true;
}

/* No file and no mount may hide another: a file beneath a host mount would
 * be invisible, a mount inside a file meaningless. */
static bool check_overlap(const wasmbox_policy *p, PyObject *guest, const char *path)
{
    for (uint32_t i = 1; i < p->node_count; i++) {
        if (p->nodes[i].is_dir)
            continue;
        char full[MAX_GUEST_PATH + 2];
        size_t len = 0;
        /* Rebuild the file's path from its ancestors. */
        uint32_t chain[MAX_GUEST_PATH / 2 + 1], depth = 0;
        for (uint32_t n = i; n != 0; n = p->nodes[n].parent)
            chain[depth++] = n;
        while (depth > 0) {
            const char *name = p->nodes[chain[--depth]].name;
            full[len++] = '/';
            memcpy(full + len, name, strlen(name));
            len += strlen(name);
        }
        full[len] = '\0';
        if (path_within(full, path) || path_within(path, full)) {
            PyErr_Format(PyExc_ValueError, "Sandbox(preopens=...): %R overlaps the in-memory "
                         "file '%s' (files=)", guest, full);
            return false;
        }
    }
    return true;
}

static bool parse_preopens(wasmbox_policy *p, PyObject *value)
{
    if (value == NULL || value == Py_None)
        return true;
    static const char valid[] = "use a dict of absolute guest directories (\"/data\") to a "
                                "host directory, or to (host_dir, \"ro\" | \"rw\")";
    if (!is_mapping(value))
        return invalid("preopens", value, valid);
    PyObject *items = PyMapping_Items(value);
    if (items == NULL)
        return false;
    bool ok = true;
    for (Py_ssize_t i = 0; ok && i < PyList_Size(items); i++) {
        PyObject *guest = Py_None, *target = Py_None;
        Py_ssize_t size;
        bool pair = item_pair(items, i, &guest, &target);
        const char *path = pair ? guest_path(guest, &size) : NULL;
        PyObject *host;
        bool writable;
        if (path == NULL || !preopen_target(target, &host, &writable)) {
            PyErr_Format(PyExc_ValueError, "Sandbox(preopens=...): %.200R: %.200R: %s", guest,
                         target, valid);
            ok = false;
            break;
        }
        wasmbox_mount *m = check_overlap(p, guest, path) ? add_mount(p, WASMBOX_MOUNT_HOST, path)
                                                         : NULL;
        ok = m != NULL && open_host_dir(m, guest, host);
        if (ok)
            m->writable = writable;
    }
    Py_DECREF(items);
    return ok;
}

/* After the host mounts: the memory mount if there are files, and the deny
 * mount at "/" if nothing else is there. */
static bool add_fixed_mounts(wasmbox_policy *p)
{
    if (p->node_count > 0 && p->nodes[0].first_child != WASMBOX_NO_NODE
        && add_mount(p, WASMBOX_MOUNT_MEMORY, "/") == NULL)
        return false;
    for (uint32_t i = 0; i < p->mount_count; i++) {
        if (strcmp(p->mounts[i].guest_path, "/") == 0)
            return true;
    }
    return add_mount(p, WASMBOX_MOUNT_DENY, "/") != NULL;
}

/* ---- the whole policy --------------------------------------------------------------------- */

void wasmbox_policy_clear(wasmbox_policy *p)
{
    for (int i = 0; i < 2; i++)
        clear_object(&p->callable[i]);
    clear_object(&p->stdin_object);
    clear_object(&p->files_object);
    free(p->args);
    free(p->environ);
    for (uint32_t i = 0; i < p->mount_count; i++) {
#ifndef _WIN32
        if (p->mounts[i].host_fd >= 0)
            close(p->mounts[i].host_fd);
#endif
        free(p->mounts[i].guest_path);
        free(p->mounts[i].host_path);
    }
    free(p->mounts);
    for (uint32_t i = 0; i < p->node_count; i++)
        free(p->nodes[i].name);
    free(p->nodes);
    memset(p, 0, sizeof *p);
}

int wasmbox_policy_traverse(wasmbox_policy *p, visitproc visit, void *arg)
{
    for (int i = 0; i < 2; i++)
        Py_VISIT((PyObject *)p->callable[i]);
    return 0;
}

/* "stdout, stderr, ... and on_denied", from `keywords`. */
static void list_keywords(char *out, size_t size)
{
    size_t used = 0;
    out[0] = '\0';
    for (const char *const *k = keywords; *k && used < size; k++) {
        const char *sep = k == keywords ? "" : k[1] ? ", " : " and ";
        int n = snprintf(out + used, size - used, "%s%s", sep, *k);
        used += n > 0 ? (size_t)n : 0;
    }
}

/* Check that every key names a capability. */
static bool check_keys(PyObject *merged, PyObject *kwargs)
{
    PyObject *key, *value;
    Py_ssize_t pos = 0;
    while (PyDict_Next(merged, &pos, &key, &value)) {
        bool known = false;
        for (const char *const *k = keywords; *k && !known; k++)
            known = PyUnicode_Check(key) && PyUnicode_CompareWithASCIIString(key, *k) == 0;
        if (known)
            continue;
        bool from_build = kwargs == NULL || !PyDict_Contains(kwargs, key);
        char names[256];
        list_keywords(names, sizeof names);
        PyErr_Format(PyExc_TypeError,
                     "Sandbox() got an unexpected keyword argument %R%s; the policy keywords "
                     "are %s", key,
                     from_build ? " (from the module's build-time capabilities)" : "", names);
        return false;
    }
    return true;
}

static bool parse_all(wasmbox_policy *p, PyObject *merged)
{
#define VALUE(name) PyDict_GetItemString(merged, name) /* borrowed, or NULL */
    return parse_output(p, WASMBOX_STDOUT, "stdout", VALUE("stdout"))
           && parse_output(p, WASMBOX_STDERR, "stderr", VALUE("stderr"))
           && parse_capture_limit(p, VALUE("capture_limit"))
           && parse_stdin(p, VALUE("stdin"))
           && parse_env(p, VALUE("env"))
           && parse_args(p, VALUE("args"))
           && parse_clock(p, VALUE("clock"))
           && parse_random(p, VALUE("random"))
           && parse_files(p, VALUE("files"))
           && parse_preopens(p, VALUE("preopens")) /* after files: checks overlaps */
           && add_fixed_mounts(p)
           && parse_memory_limit(p, VALUE("memory_limit"))
           && parse_seconds("time_limit", VALUE("time_limit"), &p->time_limit_ns)
           && parse_seconds("cpu_limit", VALUE("cpu_limit"), &p->cpu_limit_ns)
           /* a limit must be enforceable, or it is refused */
           && ((p->time_limit_ns == 0 && p->cpu_limit_ns == 0) || wasmbox_deadline_check())
           && parse_on_denied(p, VALUE("on_denied"));
#undef VALUE
}

bool wasmbox_policy_from_kwargs(wasmbox_policy *policy, PyObject *kwargs)
{
    memset(policy, 0, sizeof *policy); /* deny everything */
    PyObject *merged = build_defaults ? PyDict_Copy(build_defaults) : PyDict_New();
    if (merged == NULL)
        return false;
    bool ok = (kwargs == NULL || PyDict_Update(merged, kwargs) == 0)
              && check_keys(merged, kwargs) && parse_all(policy, merged);
    Py_DECREF(merged);
    if (!ok)
        wasmbox_policy_clear(policy);
    return ok;
}

int wasmbox_policy_module_init(const char *capabilities)
{
    if (capabilities == NULL)
        return 0;
    /* A literal written by the build (bytes included, which JSON lacks). */
    PyObject *ast = PyImport_ImportModule("ast");
    if (ast == NULL)
        return -1;
    PyObject *value = PyObject_CallMethod(ast, "literal_eval", "s", capabilities);
    Py_DECREF(ast);
    if (value == NULL)
        return -1;
    if (!PyDict_Check(value)) {
        Py_DECREF(value);
        PyErr_SetString(PyExc_ImportError, "the module's build-time capabilities are not a dict; "
                        "rebuild it");
        return -1;
    }
    PyObject *old = build_defaults;
    build_defaults = value;
    Py_XDECREF(old);
    return 0;
}
