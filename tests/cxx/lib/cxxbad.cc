// cxxbad.cc - a library whose static constructor throws: no sandbox can start.
#include <stdexcept>

namespace {
struct Fails {
    Fails() { throw std::runtime_error("cannot start"); }
};
Fails fails;
}  // namespace

extern "C" int cxxbad_answer(void) { return 42; }
