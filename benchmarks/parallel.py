#!/usr/bin/env python3
"""B12: threads calling sandboxes of one module - how much two threads get done against one.

    python benchmarks/parallel.py                       # under this Python
    python benchmarks/parallel.py --python 3.13t        # the free-threaded CPython of the tests
    python benchmarks/parallel.py --python 3.14         # Debian's 3.14 (GIL), for comparison

`--python` runs this script in the tests' Debian chroot (tests/debian_python.py) under that
interpreter: 3.14 or 3.15 (Debian unstable's, with the GIL) or 3.13t (CPython built from
Debian's source package with --disable-gil, tests/freethreaded.py; built on first use).

The module is tests/threads/lib/work.c (bounds checks), built with the interpreter that
measures. Each workload is run by one thread (N units of work) and by two threads at once
(N units each), interleaved round by round (11 rounds after a warm-up round, the order
alternating). The figure is the speed-up, 2 x T(one thread) / T(two threads) in wall-clock
time, within each round: 2.0 is perfect scaling on two cores, 1.0 none. Not pinned - it
needs both cores - so run it on an otherwise idle machine. Workloads:

  short     sb.add(i, 1): a call that does almost nothing in wasm (the boundary, argument
            conversion and the Python loop are the work)
  spin      sb.spin(seed, 1_000_000): ~1 ms in wasm per call
  callback  sb.sum_through(f, 100): the library calls a Python function 100 times a call
  shared    short calls, both threads on ONE sandbox (serialized by its lock)
  python    no sandbox: a Python function called 200,000 times (what the interpreter
            itself scales to; the callback workload runs such calls too)

Appends its results to benchmarks/results/parallel.json and rewrites parallel.md.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import statistics
import sys
import sysconfig
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(REPO))

from bench import projects  # noqa: E402
from bench.paths import WORK  # noqa: E402

LIB = REPO / "tests" / "threads" / "lib"
RESULTS = HERE / "results"
ROUNDS = 11
UNITS = {"short": 200_000, "spin": 200, "callback": 2_000, "shared": 200_000,
         "python": 200_000}


def interpreter() -> str:
    """'3.13t' or '3.14': this Python's version, t for a free-threaded build."""
    free = "t" if sysconfig.get_config_var("Py_GIL_DISABLED") else ""
    return f"{sys.version_info[0]}.{sys.version_info[1]}{free}"


def build_module() -> Any:
    name = "_b11_work"
    project = projects.Project(name, (LIB / "work.c",), include_dirs=(LIB,),
                               options={"header": str(LIB / "work.h")})
    folder = WORK / "projects" / f"{name}-{interpreter()}"
    seconds = projects.build(project, None, folder=folder, python=sys.executable)
    print(f"built {name} for {interpreter()}: {seconds:.1f} s", flush=True)
    sys.path.insert(0, str(folder))
    import importlib
    return importlib.import_module(name)


def workloads(m: Any) -> dict[str, Callable[[Any], None]]:
    """name -> work(sandbox): one thread's N units on the sandbox it is given."""
    def short(sb: Any) -> None:
        add = sb.add
        for i in range(UNITS["short"]):
            add(i, 1)

    def spin(sb: Any) -> None:
        for i in range(UNITS["spin"]):
            sb.spin(i, 1_000_000)

    def callback(sb: Any) -> None:
        f = sb.callback(lambda i: i, "step_fn")
        for _ in range(UNITS["callback"]):
            sb.sum_through(f, 100)
        f.close()

    def python(sb: Any) -> None:
        def step(i: int) -> int:
            return i
        for i in range(UNITS["python"]):
            step(i)

    return {"short": short, "spin": spin, "callback": callback, "shared": short,
            "python": python}


def timed(threads: int, work: Callable[[Any], None], sandboxes: list[Any]) -> float:
    """Wall-clock seconds for `threads` threads each doing `work` on its sandbox."""
    start_line = threading.Barrier(threads + 1)
    runners = [threading.Thread(target=lambda sb=sb: (start_line.wait(), work(sb)))
               for sb in sandboxes[:threads]]
    for t in runners:
        t.start()
    start_line.wait()
    start = time.perf_counter()
    for t in runners:
        t.join()
    return time.perf_counter() - start


def measure(m: Any) -> dict[str, Any]:
    gil = getattr(sys, "_is_gil_enabled", lambda: True)()
    results: dict[str, Any] = {}
    for name, work in workloads(m).items():
        one = m.Sandbox()
        sandboxes = [one, one] if name == "shared" else [one, m.Sandbox()]
        speedups, singles, pairs = [], [], []
        for r in range(ROUNDS + 1):
            order = (1, 2) if r % 2 else (2, 1)
            seconds = {n: timed(n, work, sandboxes) for n in order}
            if r == 0:
                continue  # warm-up
            singles.append(seconds[1])
            pairs.append(seconds[2])
            speedups.append(2 * seconds[1] / seconds[2])
        for sb in set(sandboxes):
            sb.close()
        results[name] = {"speedup_median": statistics.median(speedups),
                         "speedup_min": min(speedups), "speedup_max": max(speedups),
                         "one_thread_s": statistics.median(singles),
                         "two_threads_s": statistics.median(pairs), "units": UNITS[name]}
        print(f"{name:9} 2 threads / 1: {results[name]['speedup_median']:.2f}x "
              f"({min(speedups):.2f}-{max(speedups):.2f}); one thread "
              f"{statistics.median(singles) * 1e3:.0f} ms", flush=True)
    return {"python": platform.python_version(), "interpreter": interpreter(),
            "gil_enabled": gil, "cores": os.cpu_count(), "machine": platform.machine(),
            "date": datetime.date.today().isoformat(), "rounds": ROUNDS,
            "workloads": results}


def write_report(entry: dict[str, Any]) -> None:
    data_file = RESULTS / "parallel.json"
    runs: list[dict[str, Any]] = json.loads(data_file.read_text()) if data_file.is_file() else []
    runs = [r for r in runs if r["interpreter"] != entry["interpreter"]] + [entry]
    data_file.write_text(json.dumps(runs, indent=1) + "\n")
    lines = ["# B12: two threads on sandboxes of one module, against one thread", "",
             "Speed-up = 2 x T(one thread, N units) / T(two threads, N units each), wall "
             "clock, median (min-max) of the rounds; 2.00x is perfect scaling on 2 cores. "
             "`shared`: both threads on one sandbox. Written by `benchmarks/parallel.py`.", "",
             "| interpreter | GIL | short calls | 1 ms calls | callbacks | shared sandbox | "
             "plain Python calls |",
             "|---|---|---|---|---|---|---|"]
    for run in runs:
        cells = []
        for name in ("short", "spin", "callback", "shared", "python"):
            w = run["workloads"][name]
            cells.append(f"{w['speedup_median']:.2f}x ({w['speedup_min']:.2f}-"
                         f"{w['speedup_max']:.2f})")
        lines.append(f"| CPython {run['python']} ({run['interpreter']}) | "
                     f"{'on' if run['gil_enabled'] else 'off'} | " + " | ".join(cells) + " |")
    lines += ["", f"{runs[-1]['cores']} cores, {runs[-1]['machine']}; runs of "
              + ", ".join(sorted({r['date'] for r in runs})) + "."]
    (RESULTS / "parallel.md").write_text("\n".join(lines) + "\n")
    print(f"wrote {RESULTS / 'parallel.md'}")


def run_in_chroot(version: str, argv: list[str]) -> int:
    """This script under the tests' Debian chroot interpreter `version`."""
    sys.path.insert(0, str(REPO / "tests"))
    from conftest import SESSION_CACHE
    from debian_python import VERSIONS, debian_unstable, suite_venv
    from freethreaded import SOURCE, freethreaded_python

    if version == f"{SOURCE.version}t":
        chroot, base = freethreaded_python(SESSION_CACHE)
        python = suite_venv(chroot, version, base)
    elif version in VERSIONS:
        chroot = debian_unstable(SESSION_CACHE)
        python = suite_venv(chroot, version)
    else:
        raise SystemExit(f"--python: {version!r} is not one of "
                         f"{', '.join([*VERSIONS, SOURCE.version + 't'])}")
    env = {"PATH": f"{python.parent}:/usr/local/bin:/usr/bin:/bin", "LANG": "C.UTF-8",
           "HOME": str(WORK), "WASMBOX_CACHE_DIR": str(SESSION_CACHE),
           "WASMBOX_TEST_ZIG_CACHE": str(SESSION_CACHE / "zig")}
    WORK.mkdir(parents=True, exist_ok=True)
    result = chroot.run([str(python), str(Path(__file__).resolve()), *argv],
                        binds=[REPO, SESSION_CACHE], cwd=REPO, env=env, timeout=7200,
                        check=False)
    print(result.stdout, end="")
    print(result.stderr, end="", file=sys.stderr)
    return result.returncode


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--python", help="3.13t, 3.14 or 3.15: run in the tests' chroot")
    parser.add_argument("--quick", action="store_true",
                        help="a smoke run: 1/20 of the work, 2 rounds, nothing written")
    args = parser.parse_args()
    if args.python:
        return run_in_chroot(args.python, ["--quick"] if args.quick else [])
    global ROUNDS
    if args.quick:
        ROUNDS = 2
        for name in UNITS:
            UNITS[name] //= 20
    m = build_module()
    entry = measure(m)
    if not args.quick:
        write_report(entry)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
