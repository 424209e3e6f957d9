/* wasmbox_native.h - native C that reaches into a sandbox: the escape hatch of
 * native_sources=[...] (CMake: NATIVE_SOURCES) for APIs the generated bindings
 * cannot express (structs by value, callbacks, long sequences of calls that
 * should cost one crossing from Python).
 *
 * native_sources are compiled for the HOST into the extension module. One of
 * them defines the methods, as an ordinary NULL-terminated PyMethodDef table:
 *
 *     #include "wasmbox_native.h"
 *     #include "wasmbox_instance.h"   // generated: this module's wasm2c API
 *
 *     static void run_compress(void *instance, void *arg) { ... see below ... }
 *
 *     static PyObject *squeeze(PyObject *self, PyObject *arg)
 *     {
 *         wasmbox_sandbox *sb = wasmbox_native_sandbox(self);  // new reference
 *         if (sb == NULL)
 *             return NULL;
 *         PyObject *result = NULL;
 *         if (wasmbox_native_begin(sb)) {                      // lock: one call at a time
 *             uint32_t buf;
 *             if (wasmbox_native_alloc(sb, 64, &buf)) {        // malloc inside the sandbox
 *                 uint8_t *p = wasmbox_native_ptr(sb, buf, 64); // checked host pointer
 *                 ...write p, then wasmbox_native_call(sb, "squeeze", run_compress, &args)...
 *                 wasmbox_native_free(sb, buf);
 *             }
 *             wasmbox_native_end(sb);
 *         }
 *         Py_DECREF((PyObject *)sb);
 *         return result;
 *     }
 *
 *     WASMBOX_NATIVE_METHODS = {
 *         {"squeeze", squeeze, METH_O, "squeeze(data) -> bytes"},
 *         {NULL, NULL, 0, NULL},
 *     };
 *
 * Each method becomes a method of Sandbox (self: the Sandbox) and a function
 * of the module (self: the module; wasmbox_native_sandbox() then gives the
 * module's default sandbox). They are not in the generated .pyi stub.
 *
 * The rules the sandbox imposes:
 *  - Everything between begin() and end() runs with the sandbox's lock held
 *    and the GIL held (except inside wasmbox_native_call()); always call end().
 *  - Memory the sandbox can write is untrusted: read lengths, offsets and
 *    pointers out of it only through wasmbox_native_ptr(), which checks them.
 *  - A pointer from wasmbox_native_ptr() stays valid while the sandbox lives
 *    (linear memory never moves), but its contents may change at every call.
 *  - After a trap (wasmbox_native_call() or alloc/free returned false with
 *    M.Trap set) the sandbox is poisoned: later calls, allocs and frees fail
 *    (keeping the trap's exception if it is still set), so clean-up code may
 *    run unconditionally.
 *
 * In an abi3 module (py_limited_api=True, USE_SABI) native sources are built
 * with Py_LIMITED_API like the rest of the module: only the stable C API is
 * there, and Py_INCREF/Py_DECREF take a PyObject * (cast the sandbox).
 */
#ifndef WASMBOX_NATIVE_H_
#define WASMBOX_NATIVE_H_

#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdbool.h>
#include <stdint.h>

#ifndef WASMBOX_H_ /* wasmbox.h defines it in full */
typedef struct wasmbox_sandbox wasmbox_sandbox;
#endif

#if defined(__GNUC__) || defined(__clang__)
#define WASMBOX_NATIVE_API __attribute__((visibility("hidden")))
#else
#define WASMBOX_NATIVE_API
#endif

/* The table of native methods (see the top). */
#define WASMBOX_NATIVE_METHODS WASMBOX_NATIVE_API PyMethodDef wasmbox_native_methods[]

/* The sandbox behind a native method's self (a Sandbox, or the module: its
 * default sandbox), as a new reference; NULL with an exception set. */
WASMBOX_NATIVE_API wasmbox_sandbox *wasmbox_native_sandbox(PyObject *self);

/* Take the sandbox's lock (waiting, GIL released, for a call in another
 * thread) and check it is live; false with an exception set (closed:
 * ValueError, poisoned: SandboxPoisoned). Pair with wasmbox_native_end(). */
WASMBOX_NATIVE_API bool wasmbox_native_begin(wasmbox_sandbox *sb);
WASMBOX_NATIVE_API void wasmbox_native_end(wasmbox_sandbox *sb);

/* The instance to pass to the wasm2c functions (wasmbox_instance_t *). */
WASMBOX_NATIVE_API void *wasmbox_native_instance(wasmbox_sandbox *sb);

/* [addr, addr + len) inside linear memory -> its host address; else NULL
 * with IndexError set. len may be 0. */
WASMBOX_NATIVE_API uint8_t *wasmbox_native_ptr(wasmbox_sandbox *sb, uint64_t addr,
                                               uint64_t len);
/* The memory's current size in bytes (0 if the library has none). */
WASMBOX_NATIVE_API uint64_t wasmbox_native_memory_size(wasmbox_sandbox *sb);

/* Call fn(instance, arg) inside the trap boundary with the GIL released: fn
 * calls the wasm2c functions and nothing else (no Python). False with the
 * exception set if it trapped (the sandbox is then poisoned) or if an output
 * callable raised meanwhile. */
WASMBOX_NATIVE_API bool wasmbox_native_call(wasmbox_sandbox *sb, const char *what,
                                            void (*fn)(void *instance, void *arg), void *arg);

/* malloc/free with the sandbox's own allocator. alloc: MemoryError if it
 * returns NULL; a result outside memory poisons the sandbox (M.Trap). */
WASMBOX_NATIVE_API bool wasmbox_native_alloc(wasmbox_sandbox *sb, uint32_t size, uint32_t *addr);
WASMBOX_NATIVE_API bool wasmbox_native_free(wasmbox_sandbox *sb, uint32_t addr);

#endif /* WASMBOX_NATIVE_H_ */
