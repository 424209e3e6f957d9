/* wasmbox_cxx_fstream.cc - linked into every sandboxed module that has C++ sources.
 *
 * This file runs INSIDE the sandbox, compiled by the wasm toolchain, through the
 * <fstream> overlay in include/ (see there): the explicit instantiations of the file
 * streams that a libc++ built without filesystem support does not carry. Each is
 * weak (an explicit instantiation), so a libc++ that has them keeps its own, and the
 * linker drops what the library does not use.
 */
#include <fstream>

template class std::basic_filebuf<char>;
template class std::basic_ifstream<char>;
template class std::basic_ofstream<char>;
template class std::basic_fstream<char>;
