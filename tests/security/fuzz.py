"""Fuzz the sandbox with atheris (libFuzzer for Python): two harnesses.

  buggy  tests/security/buggy_parser.c built for the sandbox: every input must either
         parse or raise a Trap (which is saved); afterwards every saved input is run
         through the same parser built natively with AddressSanitizer, and the two
         verdicts must agree: each input that crashes the native build traps in the
         sandbox, and the process running the sandbox never crashes.
  zlib   the example's sandboxed_zlib.decompress (real zlib 1.3.1 inflate), against the
         standard library's zlib as the oracle: same bytes out, or both refuse.

Usage (the longer run; the test suite runs a bounded one, tests/security/test_fuzz.py):

    python tests/security/fuzz.py --minutes 30            # both harnesses, half each
    python tests/security/fuzz.py --minutes 10 --target buggy --work /tmp/fuzz

Both fuzzed modules are built with clang's coverage instrumentation (needs clang-19 or
clang), so libFuzzer is guided by the coverage of the sandboxed C itself. The modules
are built into --work (default: a folder in the system temp directory) on
the first run and reused afterwards. Each harness runs in its own process, so a crash
cannot take this one down; its exit status and libFuzzer's statistics are reported.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
REPO = TESTS.parent

BUGGY_MODULE = "_sec_buggy"
MAX_LEN = 4096
# At most this many inputs of each verdict are kept for the native cross-check.
KEEP_TRAPS = 1000
KEEP_CLEAN = 300


# ---- building ----------------------------------------------------------------------------

# The fuzzed builds are compiled with clang's coverage instrumentation (the wasm2c
# translation of the library included), which atheris' libFuzzer reads: coverage-guided
# fuzzing of the sandboxed C, not blind mutation. They can only be imported once
# libFuzzer is loaded (the worker does that); the test process replays inputs on a plain
# build instead.
COVERAGE_FLAGS = "-fsanitize-coverage=inline-8bit-counters,pc-table,trace-cmp"


def coverage_env() -> dict[str, str]:
    clang = shutil.which("clang-19") or shutil.which("clang")
    if clang is None:
        raise RuntimeError("fuzzing needs clang for coverage instrumentation; "
                           "install clang-19 (Debian) or clang")
    return {"CC": clang, "CFLAGS": COVERAGE_FLAGS}


def build_buggy(work: Path, coverage: bool = False) -> Path:
    """The sandboxed buggy parser, in work/{plain,coverage}/_sec_buggy (reused if built)."""
    sys.path[:0] = [str(TESTS), str(HERE)]
    from seclib import CorpusModule, build_all

    root = work / ("coverage" if coverage else "plain")
    folder = root / BUGGY_MODULE
    if not list(folder.glob(f"{BUGGY_MODULE}*.so")):
        spec = CorpusModule(BUGGY_MODULE, ("buggy_parser.c",), source_dir=HERE)
        build_all(root, [spec], env=coverage_env() if coverage else None)
    return folder


def build_native_runner(work: Path) -> Path:
    """buggy_parser.c + native_runner.c, natively, with AddressSanitizer."""
    runner = work / "native_runner"
    if not runner.exists():
        subprocess.run(["gcc", "-g", "-O1", "-fsanitize=address", "-fno-omit-frame-pointer",
                        str(HERE / "buggy_parser.c"), str(HERE / "native_runner.c"),
                        "-o", str(runner)], check=True)
    return runner


def build_zlib(work: Path) -> Path:
    """The example project (sandboxed_zlib), copied to work/zlib and built in place with
    coverage instrumentation."""
    folder = work / "zlib"
    if not list((folder / "sandboxed_zlib").glob("_zlib*.so")):
        shutil.rmtree(folder, ignore_errors=True)
        shutil.copytree(REPO / "example_project" / "setuptools", folder,
                        ignore=shutil.ignore_patterns("build", "vendor", "*.egg-info", "*.so"))
        result = subprocess.run([sys.executable, "setup.py", "build_ext", "--inplace"],
                                cwd=folder, capture_output=True, text=True, check=False,
                                env={**os.environ, **coverage_env()})
        if result.returncode != 0:
            raise RuntimeError(f"building the zlib example failed:\n{result.stderr[-3000:]}")
    return folder


# ---- seeds -------------------------------------------------------------------------------


def buggy_seeds() -> list[bytes]:
    def record(kind: int, value: bytes) -> bytes:
        return bytes([kind]) + len(value).to_bytes(2, "little") + value

    return [
        record(1, b"hello") + record(2, b"skip me") + record(3, b"name"),
        record(3, b"x" * 32) + record(1, bytes(range(40))),
        record(2, b"") * 5 + record(9, b"end"),
        record(1, b"a" * 300) + record(3, b"b" * 20) + record(1, b""),
    ]


def zlib_seeds() -> list[bytes]:
    texts = [b"", b"a", b"hello hello hello hello", bytes(range(256)) * 4,
             b"The quick brown fox jumps over the lazy dog. " * 20]
    seeds = [zlib.compress(t, level) for t in texts for level in (0, 1, 6, 9)]
    seeds.append(zlib.compress(os.urandom(64) * 8, 9))
    return seeds


# ---- the harnesses (run in a worker process) ---------------------------------------------


def _save(folder: Path, data: bytes) -> None:
    (folder / hashlib.sha1(data).hexdigest()).write_bytes(data)


def _load_fuzzer() -> Any:
    """atheris, with libFuzzer's symbols visible to the instrumented module imported
    after it (which is why the harnesses import their module on the first input)."""
    sys.setdlopenflags(os.RTLD_NOW | os.RTLD_GLOBAL)
    import atheris

    return atheris


def worker_buggy(module_dir: Path, out: Path, fuzzer_args: list[str]) -> None:
    atheris = _load_fuzzer()
    sys.path.insert(0, str(module_dir))
    traps, clean = out / "traps", out / "clean"
    traps.mkdir(parents=True, exist_ok=True)
    clean.mkdir(parents=True, exist_ok=True)
    state: dict[str, Any] = {"traps": 0, "clean": 0}

    def one_input(data: bytes) -> None:
        if "m" not in state:
            state["m"] = m = importlib.import_module(BUGGY_MODULE)
            state["sandbox"] = m.Sandbox()
        m, sandbox = state["m"], state["sandbox"]
        ptr = sandbox.input_buffer(len(data))
        sandbox.write(ptr, data)
        try:
            sandbox.parse(ptr, len(data))
        except m.OutOfBounds:
            # The only trap these bugs can cause; any other exception is a finding
            # and ends the run (atheris reports it with the input).
            if state["traps"] < KEEP_TRAPS:
                _save(traps, data)
            state["traps"] += 1
            sandbox.reset()
            return
        if state["clean"] < KEEP_CLEAN and state["clean"] * 50 <= state["traps"] + 50:
            _save(clean, data)
            state["clean"] += 1

    atheris.Setup([sys.argv[0], *fuzzer_args], one_input)
    atheris.Fuzz()


def worker_zlib(module_dir: Path, out: Path, fuzzer_args: list[str]) -> None:
    atheris = _load_fuzzer()
    sys.path.insert(0, str(module_dir))
    traps = out / "traps"
    traps.mkdir(parents=True, exist_ok=True)
    state: dict[str, Any] = {}

    def check(sz: Any, data: bytes) -> None:
        try:
            expected: bytes | None = zlib.decompress(data)
        except zlib.error:
            expected = None
        try:
            got: bytes | None = sz.decompress(data)
        except sz.ZlibError:
            got = None
        except sz.Trap:
            # zlib's inflate trapped: contained, but a finding (zlib has no such known
            # bug); saved, and the run goes on.
            _save(traps, data)
            return
        if got != expected:
            raise AssertionError(f"sandboxed decompress disagrees with zlib on {data!r}")

    def one_input(data: bytes) -> None:
        if "sz" not in state:
            state["sz"] = importlib.import_module("sandboxed_zlib")
        check(state["sz"], data)
        # The same bytes behind a valid zlib header: inflate decodes the whole
        # stream before the checksum can fail.
        check(state["sz"], b"\x78\x9c" + data)

    atheris.Setup([sys.argv[0], *fuzzer_args], one_input)
    atheris.Fuzz()


# ---- running a harness in a subprocess ---------------------------------------------------


@dataclass
class FuzzRun:
    target: str
    returncode: int
    executions: int
    log: str
    out: Path

    def saved(self, kind: str) -> list[Path]:
        folder = self.out / kind
        return sorted(folder.iterdir()) if folder.is_dir() else []


def run_harness(target: str, module_dir: Path, out: Path, seconds: int,
                runs: int | None = None) -> FuzzRun:
    corpus = out / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    for seed in buggy_seeds() if target == "buggy" else zlib_seeds():
        _save(corpus, seed)
    fuzzer_args = [f"-max_total_time={seconds}", f"-max_len={MAX_LEN}", "-timeout=20",
                   "-print_final_stats=1", str(corpus)]
    if runs is not None:
        fuzzer_args.insert(0, f"-atheris_runs={runs}")
    command = [sys.executable, str(Path(__file__).resolve()), "_worker", target,
               str(module_dir), str(out), "--", *fuzzer_args]
    result = subprocess.run(command, capture_output=True, text=True, check=False,
                            timeout=seconds + 120)
    log = result.stdout + result.stderr
    return FuzzRun(target, result.returncode, executions(log), log, out)


def executions(log: str) -> int:
    """How many inputs libFuzzer ran, from its final statistics."""
    found = re.findall(r"stat::number_of_executed_units:\s*(\d+)", log)
    if found:
        return int(found[-1])
    done = re.findall(r"Done (\d+) runs", log)
    return int(done[-1]) if done else 0


def native_verdicts(runner: Path, inputs: list[Path]) -> dict[Path, int]:
    """Path -> the native build's exit status on it (0: parsed; else crashed)."""
    verdicts: dict[Path, int] = {}
    for start in range(0, len(inputs), 200):
        chunk = inputs[start:start + 200]
        result = subprocess.run([str(runner), *map(str, chunk)], capture_output=True,
                                text=True, check=True,
                                env={**os.environ, "ASAN_OPTIONS": "detect_leaks=0:symbolize=0"})
        for line in result.stdout.splitlines():
            status, path = line.split(" ", 1)
            verdicts[Path(path)] = int(status)
    return verdicts


def sandbox_verdicts(module_dir: Path, inputs: list[Path]) -> dict[Path, bool]:
    """Path -> whether the sandboxed parser trapped on it (in this process)."""
    sys.path.insert(0, str(module_dir))
    m = importlib.import_module(BUGGY_MODULE)
    verdicts: dict[Path, bool] = {}
    with m.Sandbox() as sb:
        for path in inputs:
            data = path.read_bytes()
            ptr = sb.input_buffer(len(data))
            sb.write(ptr, data)
            try:
                sb.parse(ptr, len(data))
                verdicts[path] = False
            except m.OutOfBounds:
                verdicts[path] = True
                sb.reset()
    return verdicts


# ---- the command line --------------------------------------------------------------------


def main(argv: list[str]) -> int:
    if argv[:1] == ["_worker"]:
        target, module_dir, out = argv[1], Path(argv[2]), Path(argv[3])
        fuzzer_args = argv[argv.index("--") + 1:]
        worker = worker_buggy if target == "buggy" else worker_zlib
        worker(module_dir, out, fuzzer_args)
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=5.0, help="total fuzzing time")
    parser.add_argument("--target", choices=("buggy", "zlib", "all"), default="all")
    parser.add_argument("--work", type=Path,
                        default=Path(tempfile.gettempdir()) / f"wasmbox-fuzz-{os.getuid()}")
    options = parser.parse_args(argv)
    targets = ["buggy", "zlib"] if options.target == "all" else [options.target]
    seconds = max(1, int(options.minutes * 60 / len(targets)))
    options.work.mkdir(parents=True, exist_ok=True)
    failed = False
    for target in targets:
        module_dir = (build_buggy(options.work, coverage=True) if target == "buggy"
                      else build_zlib(options.work))
        out = options.work / f"run-{target}"
        shutil.rmtree(out, ignore_errors=True)
        run = run_harness(target, module_dir, out, seconds)
        print(f"{target}: {run.executions} executions, exit status {run.returncode}, "
              f"{len(run.saved('traps'))} trapping inputs saved in {out / 'traps'}")
        if run.returncode != 0:
            print(run.log[-5000:])
            failed = True
        if target == "buggy":
            failed |= not cross_check(options.work, build_buggy(options.work), run)
    return 1 if failed else 0


def cross_check(work: Path, module_dir: Path, run: FuzzRun) -> bool:
    inputs = run.saved("traps") + run.saved("clean")
    native = native_verdicts(build_native_runner(work), inputs)
    sandbox = sandbox_verdicts(module_dir, inputs)
    crashed = {p for p, status in native.items() if status != 0}
    trapped = {p for p, hit in sandbox.items() if hit}
    print(f"buggy: {len(inputs)} saved inputs; native ASan build crashed on {len(crashed)}, "
          f"the sandbox trapped on {len(trapped)}")
    missed = sorted(crashed - trapped)
    extra = sorted(trapped - crashed)
    for path in missed[:10]:
        print(f"  crashes natively, no trap in the sandbox: {path}")
    for path in extra[:10]:
        print(f"  traps in the sandbox, parses natively: {path}")
    return not missed and not extra


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
