"""Bounded fuzzing with atheris (about a minute in all): the deliberately buggy parser
(buggy_parser.c), sandboxed vs. natively built with AddressSanitizer, and the example's
sandboxed zlib inflate against the standard library's zlib.

Each fuzzer runs in a subprocess (tests/security/fuzz.py), so a crash is reported as a
failure instead of killing the test run. For the longer run:
    python tests/security/fuzz.py --minutes 30
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import fuzz
import pytest

pytestmark = pytest.mark.slow  # whole projects built end to end (./run-tests -m 'not slow' skips)

if TYPE_CHECKING:
    from pathlib import Path

SECONDS = {"buggy": 25, "zlib": 25}


@pytest.fixture(scope="module")
def work(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


KNOWN_CRASHERS = {
    "A: data value runs past the input": b"\x01\x10\x00abc",
    "B: header cut short": b"\x02\x00\x00\x02",
    "C: name longer than its field": b"\x03\x28\x00" + b"N" * 40,
}


@pytest.mark.parametrize("data", KNOWN_CRASHERS.values(), ids=KNOWN_CRASHERS.keys())
def test_each_bug_crashes_natively_and_traps_in_the_sandbox(work: Path, data: bytes) -> None:
    """The three bugs of buggy_parser.c, one input each: AddressSanitizer reports it in the
    native build; the sandbox raises OutOfBounds, and this process carries on."""
    module_dir = fuzz.build_buggy(work)
    path = work / "known" / data.hex()
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(data)
    assert fuzz.native_verdicts(fuzz.build_native_runner(work), [path])[path] != 0
    assert fuzz.sandbox_verdicts(module_dir, [path])[path] is True


def test_fuzz_buggy_parser_sandbox_traps_wherever_native_crashes(work: Path) -> None:
    fuzzed = fuzz.build_buggy(work, coverage=True)
    run = fuzz.run_harness("buggy", fuzzed, work / "run-buggy", SECONDS["buggy"])
    print(f"fuzz buggy: {run.executions} executions, {len(run.saved('traps'))} traps kept")
    assert run.returncode == 0, run.log[-5000:]
    assert run.executions > 1000
    inputs = run.saved("traps") + run.saved("clean")
    native = fuzz.native_verdicts(fuzz.build_native_runner(work), inputs)
    sandbox = fuzz.sandbox_verdicts(fuzz.build_buggy(work), inputs)  # in this very process
    crashed = {p for p, status in native.items() if status != 0}
    trapped = {p for p, hit in sandbox.items() if hit}
    assert len(native) == len(sandbox) == len(inputs)
    assert crashed, "the fuzzer found no input that crashes the native build"
    assert crashed - trapped == set(), "inputs that crash natively but do not trap"
    assert trapped - crashed == set(), "inputs that trap in the sandbox but parse natively"


def test_fuzz_zlib_inflate_matches_the_standard_library(work: Path) -> None:
    """Every input: the same bytes as zlib.decompress, or both refuse; never a trap."""
    module_dir = fuzz.build_zlib(work)
    run = fuzz.run_harness("zlib", module_dir, work / "run-zlib", SECONDS["zlib"])
    print(f"fuzz zlib: {run.executions} executions")
    assert run.returncode == 0, run.log[-5000:]
    assert run.executions > 1000
    assert run.saved("traps") == [], "sandboxed zlib trapped on these inputs"
