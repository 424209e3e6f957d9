// cxxlib.cc - a small C++ library behind a C API (cxxlib.h), for the C++ tests:
// templates, virtual calls, static constructors, std::string/vector/map,
// new/delete, and every way C++ code gives up.
#include "cxxlib.h"

#include <cmath>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <map>
#include <memory>
#include <new>
#include <numeric>
#include <stdexcept>
#include <string>
#include <vector>

namespace cxxlib {

int constructed = 0;

struct Registry {
    std::map<std::string, int> values;
    Registry()
    {
        values["one"] = 1;
        values["two"] = 2;
        values["three"] = 3;
        ++constructed;
    }
};
Registry registry;  // a static constructor, run by _initialize

struct Counter {
    Counter() { ++constructed; }
};
Counter counter;  // a second one

struct Shape {
    virtual ~Shape() = default;
    virtual double area() const = 0;
};

struct Square : Shape {
    explicit Square(double side) : side(side) {}
    double area() const override { return side * side; }
    double side;
};

struct Circle : Shape {
    explicit Circle(double radius) : radius(radius) {}
    double area() const override { return 3.14159265358979323846 * radius * radius; }
    double radius;
};

template <typename T>
T sum(const T *values, size_t count)
{
    return std::accumulate(values, values + count, T{});
}

struct tagged {
    virtual ~tagged() = default;
    int tag = 7;
};

struct parse_error : tagged, std::logic_error {
    explicit parse_error(const std::string &what) : std::logic_error(what) {}
};

struct Base {
    Base() { call(); }
    virtual ~Base() = default;
    void call() { run(); }
    virtual void run() = 0;
};

struct Derived : Base {
    void run() override {}
};

}  // namespace cxxlib

using namespace cxxlib;

extern "C" {

int cxx_constructed(void) { return constructed; }

int cxx_registry_get(const char *key)
{
    auto found = registry.values.find(key);
    return found == registry.values.end() ? -1 : found->second;
}

int cxx_registry_put(const char *key, int value)
{
    registry.values[key] = value;
    return static_cast<int>(registry.values.size());
}

int cxx_registry_size(void) { return static_cast<int>(registry.values.size()); }

double cxx_shapes_area(int squares, int circles)
{
    std::vector<std::unique_ptr<Shape>> shapes;
    for (int i = 0; i < squares; i++)
        shapes.push_back(std::make_unique<Square>(1.0));
    for (int i = 0; i < circles; i++)
        shapes.push_back(std::make_unique<Circle>(1.0));
    double total = 0;
    for (const auto &shape : shapes)
        total += shape->area();
    return total;
}

int64_t cxx_sum_ints(const int32_t *values, size_t count)
{
    std::vector<int64_t> wide(values, values + count);
    return sum(wide.data(), wide.size());
}

double cxx_sum_doubles(const double *values, size_t count) { return sum(values, count); }

size_t cxx_reverse_words(const char *text, char *out, size_t out_size)
{
    const std::string line(text);
    std::vector<std::string> words;
    for (size_t start = 0; start < line.size();) {
        size_t end = line.find(' ', start);
        if (end == std::string::npos)
            end = line.size();
        if (end > start)
            words.push_back(line.substr(start, end - start));
        start = end + 1;
    }
    std::string joined;
    for (auto it = words.rbegin(); it != words.rend(); ++it)
        joined += (joined.empty() ? "" : " ") + *it;
    if (joined.size() + 1 > out_size)
        return 0;
    std::memcpy(out, joined.c_str(), joined.size() + 1);
    return joined.size();
}

int cxx_allocate_blocks(int count, int size)
{
    std::vector<char *> blocks;
    for (int i = 0; i < count; i++) {
        char *block = new char[static_cast<size_t>(size)];
        std::memset(block, i & 0xff, static_cast<size_t>(size));
        blocks.push_back(block);
    }
    int kept = static_cast<int>(blocks.size());
    for (char *block : blocks)
        delete[] block;
    return kept;
}

char *volatile kept_block;  // volatile: the compiler may not elide the new

int cxx_nothrow_allocate(int size)
{
    kept_block = new (std::nothrow) char[static_cast<size_t>(size)];
    bool got = kept_block != nullptr;
    delete[] kept_block;
    return got;
}

int cxx_throw(int kind)
{
    switch (kind) {
    case CXX_THROW_RUNTIME_ERROR:
        throw std::runtime_error("boom");
    case CXX_THROW_INT:
        throw 42;
    case CXX_THROW_C_STRING:
        throw "a C string";
    case CXX_THROW_OWN:
        throw parse_error("unexpected token at 3:14");
    case CXX_THROW_STD_STRING:
        throw std::string("a std::string");
    default:
        return kind;
    }
}

int cxx_throw_and_catch(void)
{
    try {
        throw std::runtime_error("caught?");
    } catch (const std::exception &) {
        return 1;
    }
}

int cxx_vector_at(int index)
{
    std::vector<int> values{10, 20, 30};
    return values.at(static_cast<size_t>(index));
}

void cxx_terminate(void) { std::terminate(); }

void cxx_abort(void) { std::abort(); }

int cxx_pure_virtual(void)
{
    Derived derived;
    return 1;
}

}  // extern "C"
