"""One compile API for every provider: a small C library → a validated reactor module."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from toolchain_testlib import first_global_init, wasm_exports, wasm_validate

from wasmbox_build.errors import BuildError
from wasmbox_build.pipeline.compile import WasmBuild, build_wasm

if TYPE_CHECKING:
    from pathlib import Path

    from wasmbox_build.toolchain import Toolchain

RUNTIME_EXPORTS = {"malloc": "func", "free": "func", "_initialize": "func", "memory": "memory",
                   "__indirect_function_table": "table"}  # growable: callbacks get slots

HEADER = """\
#ifndef MYLIB_H
#define MYLIB_H
#define MYLIB_SCALE 3
int mylib_add(int a, int b);
int mylib_scale(int x);
int mylib_sum(const int *values, int count);
#endif
"""

SOURCE_A = """\
#include "mylib.h"

static int twice(int x) { return 2 * x; }

__attribute__((visibility("hidden"))) int mylib_internal(int x) { return x + 1; }

int mylib_add(int a, int b) { return twice(a) / 2 + mylib_internal(b) - 1; }
"""

SOURCE_B = """\
#include <stdlib.h>
#include "mylib.h"

int mylib_scale(int x) { return x * MYLIB_SCALE; }

int mylib_sum(const int *values, int count) {
    int total = 0;
    for (int i = 0; i < count; i++) total += values[i];
    return total;
}
"""


@pytest.fixture
def library(tmp_path: Path) -> tuple[Path, Path, Path]:
    src = tmp_path / "src"
    (src / "include").mkdir(parents=True)
    header = src / "include" / "mylib.h"
    header.write_text(HEADER)
    a, b = src / "a.c", src / "b.c"
    a.write_text(SOURCE_A)
    b.write_text(SOURCE_B)
    return a, b, header


def _build(sources: tuple[Path, ...], exports: tuple[str, ...] | None) -> WasmBuild:
    return WasmBuild(sources=sources, include_dirs=(sources[0].parent / "include",),
                     exports=exports)


def test_exports_exactly_what_was_asked(provider_toolchain: Toolchain,
                                        library: tuple[Path, Path, Path], tmp_path: Path) -> None:
    a, b, _ = library
    build = _build((a, b), ("mylib_add", "mylib_scale"))
    result = build_wasm(provider_toolchain, build, tmp_path / "out" / "lib.wasm", tmp_path / "work")
    wasm_validate(result.wasm)
    assert wasm_exports(result.wasm) == {"mylib_add": "func", "mylib_scale": "func",
                                         **RUNTIME_EXPORTS}
    assert result.exports == ("mylib_add", "mylib_scale")
    assert set(result.compiled) == {a, b}
    # Stack-first: the shadow stack sits below the data, so its pointer starts at its size.
    assert first_global_init(result.wasm) == build.stack_size


def test_no_exports_means_every_external_function(provider_toolchain: Toolchain,
                                                  library: tuple[Path, Path, Path],
                                                  tmp_path: Path) -> None:
    a, b, _ = library
    build = _build((a, b), None)
    result = build_wasm(provider_toolchain, build, tmp_path / "lib.wasm", tmp_path / "work")
    wasm_validate(result.wasm)
    # Not the static `twice`, not the hidden `mylib_internal`.
    assert result.exports == ("mylib_add", "mylib_scale", "mylib_sum")
    assert wasm_exports(result.wasm) == {"mylib_add": "func", "mylib_scale": "func",
                                         "mylib_sum": "func", **RUNTIME_EXPORTS}


def test_undefined_export_names_the_closest(provider_toolchain: Toolchain,
                                            library: tuple[Path, Path, Path],
                                            tmp_path: Path) -> None:
    a, b, _ = library
    build = _build((a, b), ("mylib_add", "mylib_scael"))
    with pytest.raises(BuildError) as caught:
        build_wasm(provider_toolchain, build, tmp_path / "lib.wasm", tmp_path / "work")
    message = str(caught.value)
    assert "'mylib_scael'" in message
    assert "closest: mylib_scale" in message
    assert "\n" not in message
    assert not (tmp_path / "lib.wasm").exists()


def test_compile_error_reports_file_and_line(provider_toolchain: Toolchain, tmp_path: Path,
                                             capfd: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "broken.c"
    bad.write_text("int ok(void) { return 1; }\n\nint broken(void) { return undefined_name; }\n")
    with pytest.raises(BuildError) as caught:
        build_wasm(provider_toolchain, WasmBuild(sources=(bad,), exports=("ok",)),
                   tmp_path / "lib.wasm", tmp_path / "work")
    message = str(caught.value)
    assert "broken.c:3:" in message
    assert "undefined_name" in message
    assert provider_toolchain.provider in message
    assert "\n" not in message
    # The compiler's own diagnostics are passed through as well.
    assert "broken.c:3:" in capfd.readouterr().err
    assert not (tmp_path / "lib.wasm").exists()


def test_rebuild_recompiles_only_what_changed(provider_toolchain: Toolchain,
                                              library: tuple[Path, Path, Path],
                                              tmp_path: Path) -> None:
    a, b, header = library
    build = _build((a, b), ("mylib_add", "mylib_scale"))
    out, work = tmp_path / "lib.wasm", tmp_path / "work"

    first = build_wasm(provider_toolchain, build, out, work)
    assert set(first.compiled) == {a, b}

    stamp = out.stat().st_mtime_ns
    again = build_wasm(provider_toolchain, build, out, work)
    assert again.compiled == ()
    assert again.sha256 == first.sha256
    assert out.stat().st_mtime_ns == stamp  # not even relinked

    b.write_text(SOURCE_B.replace("x * MYLIB_SCALE", "x * MYLIB_SCALE + 1"))
    edited = build_wasm(provider_toolchain, build, out, work)
    assert edited.compiled == (b,)
    assert edited.sha256 != first.sha256
    wasm_validate(out)

    # A header is an input of every object that includes it (from the compiler's depfile).
    header.write_text(HEADER.replace("#define MYLIB_SCALE 3", "#define MYLIB_SCALE 5"))
    assert set(build_wasm(provider_toolchain, build, out, work).compiled) == {a, b}
