"""The runtime's C under AddressSanitizer and UndefinedBehaviorSanitizer.

Three corpus modules are built again with -fsanitize=address,undefined (the runtime,
the glue and wasm2c's output all instrumented), and the parts of the escape corpus that
drive the host's own code hardest -- hostile arguments to every WASI function, a library
lying about pointers and lengths, every kind of trap -- run on them in a subprocess with
libasan preloaded. Any report of either sanitizer fails the test."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from seclib import CORPUS_MODULES, SECURITY, build_all

pytestmark = pytest.mark.slow  # whole projects built end to end (-m 'not slow' skips them)

if TYPE_CHECKING:
    import pytest

SANITIZE = "-fsanitize=address,undefined -fno-omit-frame-pointer"
MODULES = ("_sec_wasi", "_sec_liar", "_sec_traps")
TESTS = [
    "test_escape_wasi.py",
    "test_escape_control.py::test_traps_raise_their_documented_exception",
    "test_escape_control.py::test_exit_raises_sandbox_exit",
    "test_escape_control.py::test_module_functions_replace_their_sandbox_after_a_trap",
    *(f"test_escape_memory.py::{name}" for name in (
        "test_pointers_outside_memory_are_refused",
        "test_lengths_that_wrap_or_overflow_are_refused",
        "test_result_records_that_lie_are_refused",
        "test_strings_without_a_terminator_are_refused",
        "test_bounds_follow_memory_grow",
        "test_free_of_a_wild_pointer",
        "test_overlapping_ranges_through_the_host_api",
    )),
]


def _libasan() -> str:
    path = subprocess.run(["gcc", "-print-file-name=libasan.so"], capture_output=True,
                          text=True, check=True).stdout.strip()
    assert Path(path).is_absolute(), "gcc has no libasan (Debian: libasan8, with gcc)"
    return path


def test_corpus_under_address_and_undefined_sanitizers(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    folder = tmp_path_factory.mktemp("sanitized")
    specs = [spec for spec in CORPUS_MODULES if spec.module in MODULES]
    built = build_all(folder, specs, env={"CFLAGS": SANITIZE, "LDFLAGS": SANITIZE})
    for module, path in built.items():
        (shared_object,) = path.glob(f"{module}*.so")
        needed = subprocess.run(["readelf", "-d", str(shared_object)], capture_output=True,
                                text=True, check=True).stdout
        assert "libasan" in needed and "libubsan" in needed, f"{module} is not instrumented"
    env = {
        **os.environ,
        "WASMBOX_SECURITY_PREBUILT": str(folder),
        "LD_PRELOAD": _libasan(),
        "ASAN_OPTIONS": "detect_leaks=0:abort_on_error=0:exitcode=86",
        "UBSAN_OPTIONS": "print_stacktrace=1:halt_on_error=1:exitcode=87",
    }
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *TESTS],
        cwd=SECURITY, env=env, capture_output=True, text=True, timeout=300, check=False)
    output = result.stdout + result.stderr
    assert "AddressSanitizer" not in output, output[-6000:]
    assert "runtime error:" not in output, output[-6000:]
    assert result.returncode == 0, output[-6000:]
    assert " passed" in result.stdout and "failed" not in result.stdout
