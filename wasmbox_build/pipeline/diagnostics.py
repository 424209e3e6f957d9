"""Turn a compiler's or linker's output into one line that says what failed and what to do.

The full output has already been passed through to stderr (with file and line); this
picks the first error and recognises the constructs a wasm sandbox cannot offer.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

    from ..toolchain.model import Toolchain

# (pattern in the compiler output, the limitation and the way around it)
_LIMITATIONS = (
    (re.compile(r"pthread\.h|threads?\.h.*not found|-pthread|__wasi_thread|wasm32-wasi-threads"),
     "threads are not supported inside the sandbox (wasm32-wasi is single-threaded); "
     "build the library without thread support"),
    # setjmp/longjmp work with every provider (pipeline/sjlj.py); these are the cases left.
    (re.compile(r"\bsaveSetjmp\b|\btestSetjmp\b|\bgetTempRet0\b"),
     "this toolchain's LLVM (18 or older) lowers setjmp/longjmp for an older runtime; "
     "use wasi-sdk 27 or later, zig, or clang 19 or later"),
    (re.compile(r"(?i)indirect (calls? to|use of) setjmp"),
     "the library calls setjmp through a function pointer, which LLVM cannot lower to wasm; "
     "call setjmp directly"),
    (re.compile(r"inline assembly|invalid instruction|unknown token in expression|"
                r"invalid operand for instruction|unknown register name|\bin asm\b|"
                r"\b__asm__\b|\basm\s*(volatile\s*)?\("),
     "inline assembly for the host CPU cannot run in wasm; disable the library's "
     "assembly/SIMD paths (e.g. a -D option that selects portable C)"),
    (re.compile(r"sys/mman\.h.*not found|mmap"),
     "mmap is not available in wasm32-wasi; use the library's malloc-based code path"),
)


def _first_error(output: str) -> str:
    for line in output.splitlines():
        if re.search(r"\berror\b", line):
            return line.strip()
    lines = [line.strip() for line in output.splitlines() if line.strip()]
    return lines[0] if lines else "no output from the compiler"


def _limitation(output: str) -> str | None:
    # Only error lines count: a warning that mentions setjmp is not why a build failed.
    errors = "\n".join(line for line in output.splitlines() if "error" in line)
    for pattern, advice in _LIMITATIONS:
        if pattern.search(errors):
            return advice
    return None


# Symbols the hardening flags make the library call, and the mechanism that provides
# them (a libc may lack them: Debian's wasi-libc has no stack protector runtime).
_HARDENING_RUNTIME = (
    (re.compile(r"__stack_chk_(guard|fail)"), "stack", "-fstack-protector"),
    (re.compile(r"__ubsan_handle_\w+"), "bounds", "-fsanitize"),
    (re.compile(r"__\w+_chk\b"), "fortify", "-D_FORTIFY_SOURCE"),
)


def _hardening_advice(symbol: str) -> str | None:
    for pattern, mechanism, flag in _HARDENING_RUNTIME:
        if pattern.fullmatch(symbol):
            return (f"the library was compiled with {flag}, whose run-time part this "
                    f"toolchain's libc lacks; use hardening=['{mechanism}'] instead of "
                    f"{flag} in wasm_cflags=[...]")
    return None


def compile_failure(source: Path, output: str, toolchain: Toolchain) -> str:
    message = f"compiling {source} to wasm with {toolchain.provider} failed: {_first_error(output)}"
    advice = _limitation(output)
    return f"{message} — {advice}" if advice else message


def hardening_unsupported(error: str, toolchain: Toolchain, hardening: tuple[str, ...]) -> str:
    """The hardening support file does not build with this toolchain."""
    return (f"hardening={list(hardening)!r} is not supported by {toolchain.provider} "
            f"{toolchain.version} ({error.split(': ', 1)[-1]}); use toolchain='zig' or "
            "'system', or build without hardening=[...]")


def link_failure(output: str, toolchain: Toolchain) -> str:
    first = _first_error(output)
    undefined = re.search(r"undefined symbol: (\S+)", output)
    if undefined:
        symbol = undefined.group(1)
        advice = _hardening_advice(symbol) or _limitation(f"error: {symbol}") or (
            f"add the source that defines {symbol} to sources=[...], or list it in "
            f"imports=[...] for Python to provide it")
        return f"linking the wasm module with {toolchain.provider} failed: {first} — {advice}"
    return f"linking the wasm module with {toolchain.provider} failed: {first}"
