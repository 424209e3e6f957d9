/* cxxlib.h - the C API of a small C++ test library (cxxlib.cc). */
#ifndef CXXLIB_H
#define CXXLIB_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

enum cxx_throw_kind {
    CXX_THROW_RUNTIME_ERROR = 0, /* std::runtime_error("boom") */
    CXX_THROW_INT = 1,           /* 42 */
    CXX_THROW_C_STRING = 2,      /* "a C string" */
    CXX_THROW_OWN = 3,           /* cxxlib::parse_error, derived from two bases */
    CXX_THROW_STD_STRING = 4,    /* std::string("a std::string") */
};

/* How many static constructors ran (each sandbox runs them once, at creation). */
int cxx_constructed(void);
/* A std::map<std::string, int> filled by a static constructor. */
int cxx_registry_get(const char *key);
int cxx_registry_put(const char *key, int value);
int cxx_registry_size(void);
/* Virtual calls: the total area of `squares` unit squares and `circles` unit circles. */
double cxx_shapes_area(int squares, int circles);
/* Templates: one sum for two element types. */
int64_t cxx_sum_ints(const int32_t *values, size_t count);
double cxx_sum_doubles(const double *values, size_t count);
/* std::string and std::vector: the words of `text` in reverse order, into out. */
size_t cxx_reverse_words(const char *text, char *out, size_t out_size);
/* new[] `count` blocks of `size` bytes, keep them all, then delete[] them. */
int cxx_allocate_blocks(int count, int size);
/* new (std::nothrow): 1 if `size` bytes could be had, else 0. */
int cxx_nothrow_allocate(int size);
/* The ways C++ code gives up. */
int cxx_throw(int kind);
int cxx_throw_and_catch(void);
int cxx_vector_at(int index);
void cxx_terminate(void);
void cxx_abort(void);
int cxx_pure_virtual(void);

#ifdef __cplusplus
}
#endif

#endif
