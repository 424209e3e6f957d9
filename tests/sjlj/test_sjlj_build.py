"""How setjmp/longjmp support is built (pipeline/sjlj.py): on for every unit at no cost,
the runtime linked only where used, and headers that include <setjmp.h> readable."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from wasmbox_build.pipeline import sjlj
from wasmbox_build.pipeline.compile import WasmBuild, _cflags, build_wasm
from wasmbox_build.pipeline.header import parse_header
from wasmbox_build.pipeline.leb128 import sections
from wasmbox_build.pipeline.translate import translate
from wasmbox_build.pipeline.wasm_info import read_wasm_info
from wasmbox_build.process import run_capture
from wasmbox_build.toolchain import resolve_toolchain, wasi_sdk
from wasmbox_build.toolchain.wasm2c import find_wasm2c

if TYPE_CHECKING:
    from wasmbox_build.toolchain import Toolchain

SJLJ_C = Path(__file__).resolve().parent / "sjlj.c"

PLAIN_C = """\
#include <stdlib.h>
#include <string.h>
struct node { struct node *next; int value; };
static int cmp(const void *a, const void *b) { return *(const int *)a - *(const int *)b; }
int sum_sorted(int *values, int n) {
    qsort(values, (size_t)n, sizeof *values, cmp);
    struct node *list = NULL;
    for (int i = 0; i < n; i++) {
        struct node *item = malloc(sizeof *item);
        if (!item) return -1;
        item->value = values[i]; item->next = list; list = item;
    }
    int total = 0;
    while (list) { struct node *next = list->next; total += list->value; free(list); list = next; }
    return total;
}
"""

HEADER = """\
#ifndef GUARDED_H
#define GUARDED_H
#include <setjmp.h>
#define GUARDED_OK 0
typedef struct guarded { jmp_buf on_error; int code; } guarded;
int guarded_size(void);
int guarded_run(int fail);
__attribute__((noreturn)) void guarded_fail(int code); /* libpng's PNG_NORETURN */
#endif
"""

SOURCE = """\
#include "guarded.h"
static guarded state;
int guarded_size(void) { return (int)sizeof(guarded); }
void guarded_fail(int code) { state.code = code; longjmp(state.on_error, 1); }
int guarded_run(int fail) {
    if (setjmp(state.on_error)) return state.code;
    if (fail) guarded_fail(fail);
    return GUARDED_OK;
}
"""


@pytest.fixture(scope="module", params=["zig", "system", "wasi-sdk"])
def toolchain(request: pytest.FixtureRequest, wasi_sdk_root: Path) -> Toolchain:
    if request.param == "wasi-sdk":
        return wasi_sdk.toolchain_from(wasi_sdk_root, "WASI_SDK_PATH")
    return resolve_toolchain(str(request.param))


def _code_sections(obj: Path) -> dict[object, str]:
    """Every section's digest but target_features (which names the features used)."""
    digests: dict[object, str] = {}
    for section_id, payload in sections(obj.read_bytes()):
        key: object = section_id
        if section_id == 0:
            key = payload.name()
            if key == "target_features":
                continue
        digests[key] = hashlib.sha256(payload.data[payload.pos:payload.end]).hexdigest()
    return digests


def test_the_lowering_costs_a_unit_without_setjmp_nothing(toolchain: Toolchain,
                                                          tmp_path: Path) -> None:
    """Why it is on for every unit: the code of a unit that does not use it is the same
    (sjlj.py records the measurement on zlib)."""
    source = tmp_path / "plain.c"
    source.write_text(PLAIN_C)
    with_flags = _cflags(toolchain, WasmBuild(sources=(source,)))
    without = [f for f in with_flags if f not in sjlj.compile_flags(toolchain)]
    objects = []
    for name, flags in (("with", with_flags), ("without", without)):
        obj = tmp_path / f"{name}.o"
        result = run_capture([*toolchain.compiler, *flags, "-c", str(source), "-o", str(obj)],
                             env=toolchain.env, timeout=600)
        assert result.returncode == 0, result.stderr
        objects.append(obj)
    assert _code_sections(objects[0]) == _code_sections(objects[1])


def test_runtime_linked_only_where_used(toolchain: Toolchain, tmp_path: Path) -> None:
    plain = tmp_path / "plain.c"
    plain.write_text(PLAIN_C)
    wasm = build_wasm(toolchain, WasmBuild(sources=(plain,)), tmp_path / "plain.wasm",
                      tmp_path / "w1")
    assert not read_wasm_info(wasm.wasm).has_tags  # no exception tag, no runtime
    (tmp_path / "guarded.h").write_text(HEADER)
    guarded = tmp_path / "guarded.c"
    guarded.write_text(SOURCE)
    wasm = build_wasm(toolchain, WasmBuild(sources=(guarded,)), tmp_path / "g.wasm",
                      tmp_path / "w2")
    info = read_wasm_info(wasm.wasm)
    assert info.has_tags
    assert not info.imports  # the runtime is inside; nothing for the host to provide
    assert wasm.exports == ("guarded_fail", "guarded_run", "guarded_size")  # none of it


def test_a_header_including_setjmp_h_gives_typed_bindings(toolchain: Toolchain,
                                                           tmp_path: Path) -> None:
    (tmp_path / "guarded.h").write_text(HEADER)
    (tmp_path / "guarded.c").write_text(SOURCE)
    build = WasmBuild(sources=(tmp_path / "guarded.c",))
    header = parse_header(toolchain, build, tmp_path / "guarded.h", tmp_path / "header")
    assert set(header.functions) == {"guarded_size", "guarded_run", "guarded_fail"}
    assert header.functions["guarded_fail"].prototype == "void guarded_fail(int code)"
    assert header.constants["GUARDED_OK"] == 0


# wasm2c's declarations of a function's parameters (`u32 volatile var_p0`) and locals
# (`  u32 volatile var_l3 = 0, var_l4 = 0;`).
_PARAM = re.compile(r"\b\w+( volatile)? (var_p\d+)")
_LOCALS = re.compile(r"^  \w+( volatile)? (var_l\d+ = [^;]*);$", re.MULTILINE)
_ASSIGNED = re.compile(r"\b(var_[lp]\d+) = ")


def test_only_locals_a_try_block_writes_stay_volatile(toolchain: Toolchain,
                                                      tmp_path: Path) -> None:
    """wasm2c declares every local of a function with a try block volatile; the fixes keep
    it on those that a try body assigns (the rest keep their values across the longjmp,
    C 7.13.2.1) - and the million-longjmp and nested-handler tests run that code."""
    wasm = build_wasm(toolchain, WasmBuild(sources=(SJLJ_C,)), tmp_path / "sjlj.wasm",
                      tmp_path / "w")
    (source,) = translate(find_wasm2c(), wasm.wasm, "sjlj", tmp_path / "c", parts=1)
    functions = [f for f in source.read_text().split("\n}\n") if "if (!wasm_rt_try(" in f]
    assert functions
    relaxed = 0
    for function in functions:
        declared = _PARAM.findall(function.split("\n", 1)[0]) + [
            (flag, item.split(" =")[0].strip())
            for flag, items in _LOCALS.findall(function) for item in items.split(",")]
        volatile = {name for flag, name in declared if flag}
        plain = {name for flag, name in declared if not flag}
        relaxed += len(plain)
        lines = function.splitlines()
        for start, line in enumerate(lines):
            if "if (!wasm_rt_try(" not in line:
                continue
            indent = line[:len(line) - len(line.lstrip())]
            end = lines.index(f"{indent}}} else {{", start)
            written = set(_ASSIGNED.findall("\n".join(lines[start:end])))
            assert written <= volatile, function
    assert relaxed > 0  # some locals lost their volatile
