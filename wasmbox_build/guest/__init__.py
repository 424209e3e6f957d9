"""Code that runs inside the sandbox, compiled into a library's wasm by the pipeline.

Every module with C++ sources links wasmbox_cxx.cc, which turns a C++ `throw` and the
C++ runtime's aborts into a trap after writing down why in the note the runtime reads
(runtime/wasmbox_abort.c), and wasmbox_cxx_fstream.cc; its C++ sources are compiled
with include/ first, whose <fstream> overlay gives back the file streams that the
providers' wasm32 libc++ leaves out. Both the toolchain probe and the pipeline use
these, so they sit beside neither.

setjmp/ is setjmp/longjmp for every module (pipeline/sjlj.py): its include/setjmp.h
comes after the library's own include folders in every compile, and
setjmp_runtime.c is linked into a module that uses setjmp when the toolchain has no
runtime of its own.

prefetch/wasmbox_prefetch.h is force-included into every C and C++ file of a library:
its `__builtin_prefetch` calls become an import the host turns back into a prefetch.
"""

from __future__ import annotations

from pathlib import Path

_HERE = Path(__file__).resolve().parent
CXX_SUPPORT_SOURCES = (_HERE / "wasmbox_cxx.cc", _HERE / "wasmbox_cxx_fstream.cc")
CXX_INCLUDE_DIR = _HERE / "include"
# Every file above, for cache keys: a change to any of them changes the module.
CXX_SUPPORT_FILES = (*CXX_SUPPORT_SOURCES, CXX_INCLUDE_DIR / "fstream")
# setjmp.h (in include/) and setjmp_runtime.c.
SETJMP_DIR = _HERE / "setjmp"
# wasmbox_prefetch.h, force-included into every library compile (pipeline/prefetch.py).
PREFETCH_DIR = _HERE / "prefetch"
# The note's symbol, exported (its address, as a wasm global) from every C++ module.
CXX_ABORT_NOTE = "__wasmbox_abort_note"
