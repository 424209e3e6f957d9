"""Code that runs inside the sandbox, compiled into a library's wasm by the pipeline.

wasmbox_cxx.cc is linked into every module with C++ sources: it turns a C++ `throw`
and the C++ runtime's aborts into a trap, after writing down why in the note the
runtime reads (runtime/wasmbox_abort.c). Both the toolchain probe and the pipeline
use it, so it sits beside neither.
"""

from __future__ import annotations

from pathlib import Path

CXX_SUPPORT_SOURCE = Path(__file__).resolve().parent / "wasmbox_cxx.cc"
# The note's symbol, exported (its address, as a wasm global) from every C++ module.
CXX_ABORT_NOTE = "__wasmbox_abort_note"
