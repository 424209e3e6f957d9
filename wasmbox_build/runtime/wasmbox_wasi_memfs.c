/* wasmbox_wasi_memfs.c - the in-memory files: files={"/data/words.txt": b"..."}.
 *
 * The policy holds them as a tree of nodes (wasmbox_wasi.h; node 0 is the
 * root, mounted at "/"), built once when the Sandbox is made. Read-only:
 * path_call_start() refuses every change before it reaches here. A node's
 * data is borrowed from a bytes object the policy keeps alive, so reading
 * it needs no lock and no GIL.
 */
#include "wasmbox_wasi_impl.h"

uint32_t wasmbox_node_child(const wasmbox_policy *p, uint32_t dir, const char *name, size_t len)
{
    for (uint32_t c = p->nodes[dir].first_child; c != WASMBOX_NO_NODE;
         c = p->nodes[c].next_sibling) {
        if (strlen(p->nodes[c].name) == len && memcmp(p->nodes[c].name, name, len) == 0)
            return c;
    }
    return WASMBOX_NO_NODE;
}

uint32_t wasmbox_memory_lookup(const wasi_t *w, const char *call, const wasmbox_fd *dir,
                               const char *path, uint32_t *out)
{
    const wasmbox_policy *p = w->policy;
    if (path[0] == '/')
        return deny(w, call, "the absolute path '%s' relative to a directory", path);
    uint32_t node = dir->node;
    const char *s = path;
    while (*s != '\0') {
        const char *end = strchr(s, '/');
        size_t len = end ? (size_t)(end - s) : strlen(s);
        bool dots = len == 2 && s[0] == '.' && s[1] == '.';
        if (!p->nodes[node].is_dir)
            return ERRNO_NOTDIR;
        shown_path shown;
        if (dots && node == 0)
            return deny(w, call, "'%s' leads outside '/'",
                        wasmbox_show_path(&shown, w, dir, path));
        if (dots)
            node = p->nodes[node].parent;
        else if (len > 0 && !(len == 1 && s[0] == '.')) {
            uint32_t child = wasmbox_node_child(p, node, s, len);
            if (child == WASMBOX_NO_NODE)
                return ERRNO_NOENT;
            node = child;
        }
        s += len;
        while (*s == '/') {
            if (!p->nodes[node].is_dir)
                return ERRNO_NOTDIR; /* "file/" */
            s++;
        }
    }
    *out = node;
    return ERRNO_SUCCESS;
}

uint32_t wasmbox_memory_open(const wasi_t *w, const path_call *c, const open_request *r,
                             wasmbox_fd *entry)
{
    uint32_t node;
    uint32_t err = wasmbox_memory_lookup(w, c->call, c->dir, c->path, &node);
    if (err != ERRNO_SUCCESS)
        return err;
    bool is_dir = w->policy->nodes[node].is_dir;
    if ((r->oflags & OFLAGS_DIRECTORY) && !is_dir)
        return ERRNO_NOTDIR;
    entry->kind = is_dir ? WASMBOX_FD_MEMORY_DIR : WASMBOX_FD_MEMORY_FILE;
    entry->node = node;
    return ERRNO_SUCCESS;
}

uint32_t wasmbox_memory_read(const wasi_t *w, wasmbox_fd *f, const iovec_list *iov,
                             uint64_t offset, bool positioned)
{
    const wasmbox_node *n = &w->policy->nodes[f->node];
    uint64_t pos = positioned ? offset : f->offset;
    uint64_t total = 0;
    for (uint32_t i = 0; i < iov->count && pos < n->size; i++) {
        uint64_t left = n->size - pos;
        uint64_t k = iov->chunks[i].size < left ? iov->chunks[i].size : left;
        memcpy((void *)iov->chunks[i].data, n->data + pos, (size_t)k);
        pos += k;
        total += k;
    }
    if (!positioned)
        f->offset = pos;
    return (uint32_t)total; /* at most iov->total, which fits */
}

void wasmbox_filestat_of_node(const wasi_t *w, uint32_t node, filestat *fs)
{
    const wasmbox_node *n = &w->policy->nodes[node];
    memset(fs, 0, sizeof *fs);
    fs->ino = (uint64_t)node + 1;
    fs->filetype = n->is_dir ? FILETYPE_DIRECTORY : FILETYPE_REGULAR_FILE;
    fs->nlink = 1;
    fs->size = n->size;
}

void wasmbox_memory_readdir(const wasi_t *w, const wasmbox_fd *f, uint64_t buf, uint32_t buf_len,
                            uint64_t cookie, uint64_t *pos)
{
    const wasmbox_policy *p = w->policy;
    const wasmbox_node *dir = &p->nodes[f->node];
    uint64_t index = 0; /* ".", "..", then the children */
    uint32_t child = dir->first_child;
    for (; *pos < buf_len; index++) {
        uint32_t node;
        const char *name;
        if (index == 0) {
            node = f->node, name = ".";
        } else if (index == 1) {
            node = dir->parent, name = "..";
        } else if (child != WASMBOX_NO_NODE) {
            node = child, name = p->nodes[child].name;
            child = p->nodes[child].next_sibling;
        } else {
            break;
        }
        if (index < cookie)
            continue;
        uint8_t type = p->nodes[node].is_dir ? FILETYPE_DIRECTORY : FILETYPE_REGULAR_FILE;
        wasmbox_put_dirent(w, buf, buf_len, pos, index + 1, (uint64_t)node + 1, type, name);
    }
}
