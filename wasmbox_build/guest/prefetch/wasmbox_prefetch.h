/* wasmbox_prefetch.h - force-included into every C and C++ file of a sandboxed
 * library (pipeline/prefetch.py).
 *
 * wasm has no prefetch instruction, so clang drops __builtin_prefetch when it
 * compiles for wasm32, and code that hides its cache misses with prefetches -
 * zstd's match finders, hash tables - waits on every one of them (zstd level 9
 * ran 1.9x native instead of 1.2x). Here a prefetch becomes a call to an import,
 * which the generated C turns back into the host's prefetch instruction, inline
 * (pipeline/wasm2c_fixes.py). A prefetch reads nothing the library can see and
 * never faults; the host checks the address against the memory's size. */
#ifndef WASMBOX_PREFETCH_H
#define WASMBOX_PREFETCH_H

#ifdef __cplusplus
extern "C" {
#endif
__attribute__((import_module("wasmbox"), import_name("prefetch")))
void __wasmbox_prefetch(const void *address);
#ifdef __cplusplus
}
#endif

/* (address, rw, locality): the hints beyond the address make no difference here. */
#define __builtin_prefetch(address, ...) __wasmbox_prefetch((const void *)(address))

#endif
