/* wasmbox_cxx.cc - linked into every sandboxed module that has C++ sources.
 *
 * This file runs INSIDE the sandbox, compiled by the wasm toolchain.
 *
 * The C++ runtimes the providers ship for wasm32 (zig's libc++abi, Debian's
 * libc++abi-19-dev-wasm32, wasi-sdk 27's) are built without exception
 * support: there is no __cxa_throw, and nothing can catch. A library that
 * throws still compiles (`throw` stays, `catch` blocks are never entered),
 * and every way C++ code gives up ends the sandbox call with a trap, after
 * writing down why in __wasmbox_abort_note:
 *
 *   throw                     __cxa_throw: the exception's type and what()
 *   new finding no memory     operator new (replaced): std::bad_alloc
 *   libc++'s prebuilt code    std::__libcpp_verbose_abort: its message, e.g.
 *   giving up                 "length_error was thrown in -fno-exceptions mode"
 *   std::terminate()          a terminate handler set before any constructor
 *   a pure virtual call       __cxa_pure_virtual, __cxa_deleted_virtual
 *
 * After the trap the host reads the note (wasmbox_abort.c) and raises
 * M.CxxException or M.Unreachable with the reason. To the host the note is
 * untrusted bytes like the rest of linear memory: this file only makes it
 * useful for an honest library.
 */
#include <exception>
#include <new>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <string>
#include <typeinfo>

enum {
    WASMBOX_NOTE_NONE = 0,
    WASMBOX_NOTE_EXCEPTION = 1, /* a C++ exception escaped: type, message = what() */
    WASMBOX_NOTE_ABORT = 2,     /* the C++ runtime gave up: message says why */
};

/* The layout the host reads (wasmbox_abort.c): keep the two in step. */
struct wasmbox_abort_note {
    uint32_t kind;
    char type[128];     /* NUL-terminated */
    char message[1024]; /* NUL-terminated */
};

/* Exported (its address, as a wasm global) by the link: see pipeline/compile.py. */
extern "C" {
__attribute__((used, visibility("default"))) wasmbox_abort_note __wasmbox_abort_note;
}

static void copy_text(char *dst, size_t size, const char *src)
{
    if (src == NULL)
        src = "";
    size_t n = strnlen(src, size - 1);
    memcpy(dst, src, n);
    dst[n] = '\0';
}

[[noreturn]] static void note_and_trap(uint32_t kind, const char *type, const char *message)
{
    wasmbox_abort_note *note = &__wasmbox_abort_note;
    copy_text(note->type, sizeof note->type, type);
    copy_text(note->message, sizeof note->message, message);
    note->kind = kind; /* last: the note counts only once complete */
    __builtin_trap();  /* `unreachable`: the host reads the note after this trap only */
}

/* ---- type names ------------------------------------------------------------
 * type_info::name() is the Itanium mangling of the type. Spell the common
 * cases as C++ does (a class in namespaces, std::, a few built-in types and
 * pointers to them); anything else (templates, ...) stays mangled, which is
 * still the type's exact name. No __cxa_demangle: it would add ~100 KB of
 * wasm to every module for an error message. */

static const char *builtin_name(char code)
{
    switch (code) {
    case 'v': return "void";
    case 'b': return "bool";
    case 'c': return "char";
    case 'a': return "signed char";
    case 'h': return "unsigned char";
    case 's': return "short";
    case 't': return "unsigned short";
    case 'i': return "int";
    case 'j': return "unsigned int";
    case 'l': return "long";
    case 'm': return "unsigned long";
    case 'x': return "long long";
    case 'y': return "unsigned long long";
    case 'f': return "float";
    case 'd': return "double";
    default: return NULL;
    }
}

struct text_buffer {
    char *data;
    size_t size;
    size_t used;
    bool ok;

    void add(const char *text, size_t n)
    {
        if (used + n >= size) {
            ok = false;
            return;
        }
        memcpy(data + used, text, n);
        used += n;
        data[used] = '\0';
    }
    void add(const char *text) { add(text, strlen(text)); }
};

/* One <source-name> (decimal length, then that many characters). */
static const char *source_name(const char *m, text_buffer *out)
{
    if (*m < '1' || *m > '9') {
        out->ok = false;
        return m;
    }
    size_t n = 0;
    while (*m >= '0' && *m <= '9' && n < 4096)
        n = n * 10 + (size_t)(*m++ - '0');
    if (strnlen(m, n) < n) {
        out->ok = false;
        return m;
    }
    out->add(m, n);
    return m + n;
}

/* A class name: 3Foo, St3foo, N3foo3BarE, NSt3__13mapE. libc++'s inline
 * namespace (std::__1, std::__2) is left out, as C++ spells the name. */
static const char *class_name(const char *m, text_buffer *out)
{
    bool nested = *m == 'N';
    if (nested)
        m++;
    bool first = true;
    bool after_std = false;
    if (m[0] == 'S' && m[1] == 't') {
        out->add("std");
        first = false;
        after_std = true;
        m += 2;
    }
    do {
        if (after_std && m[0] == '3' && m[1] == '_' && m[2] == '_' && m[3] >= '0'
            && m[3] <= '9') {
            m += 4; /* std::__1:: */
            after_std = false;
            continue;
        }
        after_std = false;
        if (!first)
            out->add("::");
        m = source_name(m, out);
        first = false;
    } while (nested && out->ok && *m != 'E' && *m != '\0');
    if (nested && *m++ != 'E')
        out->ok = false;
    return m;
}

static void spell_type(const char *mangled, char *buffer, size_t size)
{
    text_buffer out = {buffer, size, 0, true};
    buffer[0] = '\0';
    const char *m = mangled;
    int pointers = 0;
    bool constant = false;
    while (*m == 'P' && pointers < 8) {
        pointers++;
        m++;
    }
    if (*m == 'K') {
        constant = true;
        m++;
    }
    const char *builtin = m[0] != '\0' && m[1] == '\0' ? builtin_name(m[0]) : NULL;
    if (constant)
        out.add("const ");
    if (builtin != NULL) {
        out.add(builtin);
    } else {
        m = class_name(m, &out);
        if (*m != '\0')
            out.ok = false; /* templates and the like: keep the mangling */
    }
    for (int i = 0; i < pointers; i++)
        out.add("*");
    if (!out.ok)
        copy_text(buffer, size, mangled);
}

/* ---- what() of a thrown object -----------------------------------------------
 * Walks the type's Itanium RTTI (the layout the C++ ABI fixes) to find a
 * public std::exception base, whose what() the object then answers. */

struct rtti_class {
    const void *vtable;
    const char *name;
};
struct rtti_single : rtti_class {
    const rtti_class *base;
};
struct rtti_base {
    const rtti_class *type;
    long offset_flags; /* offset << 8 | public 2 | virtual 1 */
};
struct rtti_multiple : rtti_class {
    unsigned int flags;
    unsigned int base_count;
    rtti_base bases[1];
};

namespace {
struct first_base {};
struct second_base {};
struct two_bases : first_base, second_base {};
} // namespace

static const void *rtti_vtable(const std::type_info &type)
{
    return reinterpret_cast<const rtti_class *>(&type)->vtable;
}

static const std::exception *as_exception(const void *object, const rtti_class *type, int depth)
{
    const std::type_info &exception = typeid(std::exception);
    if (object == NULL || type == NULL || depth > 32)
        return NULL;
    if (reinterpret_cast<const std::type_info *>(type) == &exception
        || strcmp(type->name, exception.name()) == 0)
        return static_cast<const std::exception *>(object);
    if (type->vtable == rtti_vtable(typeid(std::bad_alloc)))
        return as_exception(object, static_cast<const rtti_single *>(type)->base, depth + 1);
    if (type->vtable != rtti_vtable(typeid(two_bases)))
        return NULL; /* no bases (or not a class) */
    const rtti_multiple *multiple = static_cast<const rtti_multiple *>(type);
    for (unsigned int i = 0; i < multiple->base_count && i < 64; i++) {
        const rtti_base &base = multiple->bases[i];
        if (!(base.offset_flags & 2))
            continue; /* not public: a catch could not see it either */
        ptrdiff_t offset = base.offset_flags >> 8;
        if (base.offset_flags & 1) /* virtual: the offset sits in the vtable */
            offset = *reinterpret_cast<const ptrdiff_t *>(
                *static_cast<const char *const *>(object) + offset);
        const std::exception *found =
            as_exception(static_cast<const char *>(object) + offset, base.type, depth + 1);
        if (found != NULL)
            return found;
    }
    return NULL;
}

/* ---- the C++ ABI's throw, for a runtime without one ------------------------------
 * Weak: a runtime that has its own (built with exceptions) keeps them, and
 * libc++abi's __cxa_pure_virtual wins where the linker met it first (zig). */

#define WASMBOX_WEAK __attribute__((weak))

extern "C" {

static unsigned char emergency[256] __attribute__((aligned(16)));

WASMBOX_WEAK void *__cxa_allocate_exception(size_t size) throw()
{
    /* Never freed: nothing catches, and the instance is dead after the throw. */
    void *object = malloc(size);
    if (object == NULL && size <= sizeof emergency)
        object = emergency;
    if (object == NULL)
        note_and_trap(WASMBOX_NOTE_EXCEPTION, "", "no memory left to throw an exception");
    memset(object, 0, size);
    return object;
}

WASMBOX_WEAK void __cxa_free_exception(void *object) throw()
{
    if (object != emergency)
        free(object);
}

[[noreturn]] WASMBOX_WEAK void __cxa_throw(void *object, std::type_info *type, void (*destructor)(void *))
{
    (void)destructor;
    char type_name[128];
    if (*type == typeid(std::string))
        copy_text(type_name, sizeof type_name, "std::string");
    else
        spell_type(type->name(), type_name, sizeof type_name);
    const char *message = "";
    const rtti_class *rtti = reinterpret_cast<const rtti_class *>(type);
    if (const std::exception *e = as_exception(object, rtti, 0))
        message = e->what();
    else if (*type == typeid(const char *) || *type == typeid(char *))
        message = *static_cast<const char *const *>(object);
    else if (*type == typeid(std::string))
        message = static_cast<const std::string *>(object)->c_str();
    note_and_trap(WASMBOX_NOTE_EXCEPTION, type_name, message);
}

[[noreturn]] WASMBOX_WEAK void __cxa_rethrow(void)
{
    /* Only a catch block can rethrow, and none is ever entered. */
    note_and_trap(WASMBOX_NOTE_ABORT, "", "throw; with no exception being handled");
}

[[noreturn]] WASMBOX_WEAK void __cxa_pure_virtual(void)
{
    note_and_trap(WASMBOX_NOTE_ABORT, "", "pure virtual function called");
}

[[noreturn]] WASMBOX_WEAK void __cxa_deleted_virtual(void)
{
    note_and_trap(WASMBOX_NOTE_ABORT, "", "deleted virtual function called");
}

} // extern "C"

/* ---- operator new -------------------------------------------------------------------
 * The runtimes' operator new (weak: meant to be replaced) can only abort when
 * malloc fails, writing "bad_alloc was thrown" to a stderr nobody may read.
 * These behave the same (new_handler included) and note a std::bad_alloc.
 * Deleting stays the runtime's: free(), for both. */

static void *allocate(size_t size, size_t alignment)
{
    if (size == 0)
        size = 1;
    for (;;) {
        void *block = NULL;
        if (alignment <= __STDCPP_DEFAULT_NEW_ALIGNMENT__)
            block = malloc(size);
        else if (posix_memalign(&block, alignment, size) != 0)
            block = NULL;
        if (block != NULL)
            return block;
        std::new_handler handler = std::get_new_handler();
        if (handler == NULL)
            return NULL;
        handler();
    }
}

static void *allocate_or_trap(size_t size, size_t alignment)
{
    void *block = allocate(size, alignment);
    if (block == NULL)
        note_and_trap(WASMBOX_NOTE_EXCEPTION, "std::bad_alloc", std::bad_alloc().what());
    return block;
}

void *operator new(size_t size) { return allocate_or_trap(size, 0); }
void *operator new[](size_t size) { return allocate_or_trap(size, 0); }
void *operator new(size_t size, const std::nothrow_t &) noexcept { return allocate(size, 0); }
void *operator new[](size_t size, const std::nothrow_t &) noexcept { return allocate(size, 0); }
void *operator new(size_t size, std::align_val_t alignment)
{
    return allocate_or_trap(size, static_cast<size_t>(alignment));
}
void *operator new[](size_t size, std::align_val_t alignment)
{
    return allocate_or_trap(size, static_cast<size_t>(alignment));
}
void *operator new(size_t size, std::align_val_t alignment, const std::nothrow_t &) noexcept
{
    return allocate(size, static_cast<size_t>(alignment));
}
void *operator new[](size_t size, std::align_val_t alignment, const std::nothrow_t &) noexcept
{
    return allocate(size, static_cast<size_t>(alignment));
}

/* ---- libc++ and libc++abi giving up ------------------------------------------------- */

/* libc++'s code built without exceptions "throws" by calling this (an
 * overridable function: the library's own definition is weak). Its
 * exception-shaped messages read "<type> was thrown in -fno-exceptions mode
 * [with message "<what>"]". */
_LIBCPP_BEGIN_NAMESPACE_STD
[[noreturn]] void __libcpp_verbose_abort(const char *format, ...)
    noexcept(noexcept(__libcpp_verbose_abort("")))
{
    char message[sizeof __wasmbox_abort_note.message];
    va_list args;
    va_start(args, format);
    vsnprintf(message, sizeof message, format, args);
    va_end(args);
    static const char thrown[] = " was thrown in -fno-exceptions mode";
    const char *end_of_type = strstr(message, thrown);
    if (end_of_type == NULL || end_of_type == message)
        note_and_trap(WASMBOX_NOTE_ABORT, "", message);
    char type[sizeof __wasmbox_abort_note.type] = "std::";
    size_t length = (size_t)(end_of_type - message);
    if (length > sizeof type - 6)
        length = sizeof type - 6;
    memcpy(type + 5, message, length);
    type[5 + length] = '\0';
    const char *what = type;
    static const char with[] = " with message \"";
    const char *quoted = strstr(end_of_type, with);
    if (quoted != NULL) {
        what = quoted + sizeof with - 1;
        size_t n = strlen(what);
        if (n > 0 && what[n - 1] == '"')
            const_cast<char *>(what)[n - 1] = '\0';
    }
    note_and_trap(WASMBOX_NOTE_EXCEPTION, type, what);
}
_LIBCPP_END_NAMESPACE_STD

[[noreturn]] static void on_terminate(void)
{
    note_and_trap(WASMBOX_NOTE_ABORT, "", "std::terminate() called");
}

/* Before the library's own constructors (which may already terminate). */
__attribute__((constructor(101))) static void install_terminate_handler(void)
{
    std::set_terminate(on_terminate);
}
