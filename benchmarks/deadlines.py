#!/usr/bin/env python3
"""B11, time limits: what they cost and how promptly they stop a call.
``python benchmarks/deadlines.py [--before REF]``

1. Cost per call, B3's workload (`add(1, 2)` from Python) in both memory-check modes:
   unarmed (a sandbox without limits: what every call pays for time limits existing),
   armed with time_limit= (its timer set and stopped on every call), with time_limit=
   and cpu_limit=, and inside an `sb.deadline()` block; against a native call that
   releases the GIL, as B3. With --before REF, the same `add` built by the wasmbox-build
   of git ref REF (e.g. main before time limits) runs in the same process: B3 before
   and after, interleaved round by round.
2. Lateness: how long after its deadline a call is stopped, over many firings, median
   and p99, for each shape a runaway call takes (tests/deadlines/lib/spin.c): a loop in
   wasm, a recursion within the depth limit, a loop of WASI calls, of memory.grow, of
   Python imports, a loop in a call nested in a Python callback, a WASI sleep; and
   `while true do end` in Lua 5.4 (B9's build).

One process pinned to one core; per-call costs are CPU time of the calling thread,
interleaved round by round, ratios within each round (bench/timing.py); lateness is
wall-clock time (a deadline is). Writes benchmarks/results/deadlines.md and .json.
"""

from __future__ import annotations

import argparse
import datetime
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from bench import paths, projects, sources, suite, timing  # noqa: E402

SPIN = HERE.parent / "tests" / "deadlines" / "lib"
MODES = ("bounds", "guard")
LIMIT = 0.01  # seconds: each firing's time limit


# ---- the builds -----------------------------------------------------------------------------

def checkout(ref: str) -> Path:
    """The wasmbox_build of git ref `ref`, unpacked under benchmarks/work/."""
    commit = subprocess.run(["git", "rev-parse", "--verify", f"{ref}^{{commit}}"],
                            cwd=paths.REPO, capture_output=True, text=True,
                            check=True).stdout.strip()
    folder = paths.WORK / f"wasmbox-build-{commit[:12]}"
    if not (folder / "wasmbox_build").is_dir():
        folder.mkdir(parents=True, exist_ok=True)
        archive = subprocess.run(["git", "archive", commit, "wasmbox_build"], cwd=paths.REPO,
                                 capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", str(folder)], input=archive, check=True)
    return folder


def build_all(before: str | None) -> dict[str, projects.Project]:
    tiny = projects.tiny_projects({m: {"memory_check": m} for m in MODES})
    spin = {f"spin {m}": projects.Project(f"_spin_{m}", (SPIN / "spin.c",), (SPIN,),
                                          options={"header": str(SPIN / "spin.h"),
                                                   "memory_check": m})
            for m in MODES}
    # The sb.deadline() contender gets a module of its own: a block a thread is in makes
    # every call of that thread into that module take the slow path (the block is looked
    # up), which would tax the other contenders.
    blocks = {f"{m}, block": projects.Project(f"_tiny_block_{m}", tiny[m].sources,
                                               options=tiny[m].options) for m in MODES}
    lua = projects.lua_projects(sources.lua_sources(), sources.LUA_SOURCES,
                                {m: {"memory_check": m} for m in MODES})
    built = {**tiny, **spin, **blocks, **{f"lua {m}": lua[m] for m in MODES}}
    for name, project in built.items():
        print(f"built {name}: {projects.build(project, None):.1f} s", flush=True)
    if before is not None:
        repo = checkout(before)
        for mode in MODES:
            project = projects.Project(f"_tiny_before_{mode}", tiny[mode].sources,
                                       options=tiny[mode].options)
            seconds = projects.build(project, None, repo=repo)
            print(f"built {mode}, before ({before}): {seconds:.1f} s", flush=True)
            built[f"{mode}, before"] = project
    return built


# ---- 1. cost per call --------------------------------------------------------------------------

def cost(built: dict[str, projects.Project], rounds: int) -> dict[str, Any]:
    native = projects.load(built["native"])
    contenders: dict[str, tuple[Any, tuple[Any, ...]]] = {
        "native, GIL released": (native.add_nogil, (1, 2))}
    blocks = []
    for mode in MODES:
        module = projects.load(built[mode])
        if f"{mode}, before" in built:
            old = projects.load(built[f"{mode}, before"])
            contenders[f"{mode}, before"] = (old.Sandbox().add, (1, 2))
        contenders[f"{mode}, unarmed"] = (module.Sandbox().add, (1, 2))
        contenders[f"{mode}, time_limit"] = (module.Sandbox(time_limit=60).add, (1, 2))
        contenders[f"{mode}, time_limit + cpu_limit"] = (
            module.Sandbox(time_limit=60, cpu_limit=60).add, (1, 2))
        in_block = projects.load(built[f"{mode}, block"]).Sandbox()
        block = in_block.deadline(3600)
        block.__enter__()
        blocks.append(block)
        contenders[f"{mode}, in sb.deadline()"] = (in_block.add, (1, 2))
    for fn, args in contenders.values():
        assert fn(*args) == 3
    samples = timing.interleave_calls(contenders, rounds)
    for block in blocks:
        block.__exit__(None, None, None)
    result = suite.compare(samples, "native, GIL released")
    for mode in MODES:  # after / before, and each armed kind / unarmed, within each round
        pairs = [(f"{mode}, unarmed", f"{mode}, before")] if f"{mode}, before" in samples \
            else []
        pairs += [(f"{mode}, {kind}", f"{mode}, unarmed")
                  for kind in ("time_limit", "time_limit + cpu_limit", "in sb.deadline()")]
        for name, reference in pairs:
            result[name][f"vs {reference}"] = timing.round_ratios(samples[name],
                                                                 samples[reference])
            extra = [a - b for a, b in zip(samples[name], samples[reference], strict=True)]
            result[name][f"minus {reference}"] = timing.summary(extra)
    return result


# ---- 2. lateness ------------------------------------------------------------------------------

# A shape: the module -> a timed sandbox, and a call on it that never returns by itself
# (made by a function run, untimed, before each firing).
Shape = Callable[[ModuleType], tuple[Any, Callable[[], Callable[[], object]]]]


def _plain(export: str, *args: int, **policy: Any) -> Shape:
    def make(m: ModuleType) -> tuple[Any, Callable[[], Callable[[], object]]]:
        sb = m.Sandbox(time_limit=LIMIT, **policy)
        return sb, lambda: lambda: getattr(sb, export)(*args)
    return make


def _nested(m: ModuleType) -> tuple[Any, Callable[[], Callable[[], object]]]:
    """tick_once(0) -> the Python import -> tick_once(1) again -> the import -> spin()."""
    def tick(n: int) -> int:
        return int(sb.tick_once(1)) if n == 0 else int(sb.spin())
    sb = m.Sandbox(time_limit=LIMIT, imports={"host_tick": tick})
    return sb, lambda: lambda: sb.tick_once(0)


def _lua(m: ModuleType) -> tuple[Any, Callable[[], Callable[[], object]]]:
    sb = m.Sandbox(time_limit=LIMIT)
    chunk = b"while true do end"

    def prepare() -> Callable[[], object]:
        with sb.deadline(None):  # a fresh state (reset() ended the last one), untimed
            state = sb.lua_glue_new(0)
        where, out = sb.alloc(chunk), sb.alloc(64)
        return lambda: sb.lua_glue_run(state, where, len(chunk), out, 64)
    return sb, prepare


SHAPES: dict[str, tuple[str, Shape]] = {
    "loop in wasm": ("spin", _plain("spin")),
    "recursion, 60 deep": ("spin", _plain("recurse", 60)),
    "loop of WASI calls (fd_write)": ("spin", _plain("write_forever")),
    "loop of memory.grow": ("spin", _plain("grow_forever")),
    "loop of Python imports": ("spin", _plain("tick_until_negative",
                                              imports={"host_tick": lambda n: 0})),
    "loop in a call nested in a Python import": ("spin", _nested),
    "WASI sleep": ("spin", _plain("sleep_ms", 3_600_000, clock=True)),
    "Lua: while true do end": ("lua", _lua),
}


def lateness(built: dict[str, projects.Project], firings: int) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for mode in MODES:
        for shape, (build, make) in SHAPES.items():
            module = projects.load(built[f"{build} {mode}"])
            n = firings if shape == "loop in wasm" else max(1, firings // 5)
            late = []
            sb, prepare = make(module)
            for _ in range(n):
                call = prepare()
                start = time.perf_counter()
                try:
                    call()
                except module.Timeout:
                    late.append(time.perf_counter() - start - LIMIT)
                else:
                    raise SystemExit(f"{shape}: the call returned")
                sb.reset()
            sb.close()
            late.sort()
            row = out[f"{mode}, {shape}"] = {
                "n": n, "median": statistics.median(late), "p99": late[int(0.99 * (n - 1))],
                "max": late[-1], "min": late[0]}
            print(f"  {mode}, {shape}: median {row['median'] * 1e6:.0f} µs, "
                  f"p99 {row['p99'] * 1e6:.0f} µs", flush=True)
    return out


# ---- the report ---------------------------------------------------------------------------------

def markdown(results: dict[str, Any]) -> str:
    meta = results["meta"]
    lines = ["# B11: time limits", "",
             f"`{meta['command']}` on {meta['date']}; {meta['pinning']}; {meta['duration']}.",
             "", "Machine: " + "; ".join(f"{k} {v}" for k, v in meta["machine"].items()) + ".",
             "",
             "## Cost per call: `add(1, 2)` from Python", "",
             "CPU time of the calling thread per call, median over rounds (and the ratio to "
             "a native call that releases the GIL, median (min-max) of per-round ratios). "
             "`before`: the same module built by the wasmbox-build of "
             f"`{meta.get('before') or '-'}`.", "",
             "| contender | ns per call | vs native, GIL released | vs the row it extends |",
             "|---|---|---|---|"]
    for name, row in results["cost"].items():
        versus = [f"{k[3:]}: {v['median']:.3f}x ({v['min']:.3f}-{v['max']:.3f}), "
                  f"{row['minus ' + k[3:]]['median'] * 1e9:+.1f} ns"
                  for k, v in row.items() if k.startswith("vs ")]
        ratio = row.get("ratio")
        shown = (f"{ratio['median']:.3f}x ({ratio['min']:.3f}-{ratio['max']:.3f})"
                 if ratio else "1")
        lines.append(f"| {name} | {row['seconds']['median'] * 1e9:.1f} | {shown} | "
                     f"{'; '.join(versus)} |")
    lines += ["", f"## Lateness: how long after its deadline ({LIMIT * 1e3:.0f} ms) a call is "
              "stopped", "",
              "Wall-clock time from just before the call to the Timeout in Python, minus the "
              "limit: the timer's lateness, the signal, the unwinding and raising Timeout.", "",
              "| build, what the call was doing | firings | median | p99 | max |",
              "|---|---|---|---|---|"]
    for name, row in results["lateness"].items():
        lines.append(f"| {name} | {row['n']} | {row['median'] * 1e6:.0f} µs | "
                     f"{row['p99'] * 1e6:.0f} µs | {row['max'] * 1e6:.0f} µs |")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--before", default=None,
                        help="also measure add() built by the wasmbox-build of this git ref")
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--firings", type=int, default=1000)
    parser.add_argument("--out", type=Path, default=paths.RESULTS)
    args = parser.parse_args()
    started = time.monotonic()
    built = build_all(args.before)
    pinning = timing.pin()
    print("cost per call ...", flush=True)
    results: dict[str, Any] = {"cost": cost(built, args.rounds)}
    for name, row in results["cost"].items():
        print(f"  {name}: {row['seconds']['median'] * 1e9:.1f} ns", flush=True)
    print("lateness ...", flush=True)
    results["lateness"] = lateness(built, args.firings)
    results["meta"] = {
        "command": "python benchmarks/deadlines.py" + "".join(f" {a}" for a in sys.argv[1:]),
        "date": datetime.datetime.now().strftime("%Y-%m-%d %H:%M"),
        "machine": suite.machine(), "pinning": pinning, "before": args.before,
        "duration": f"{(time.monotonic() - started) / 60:.1f} min"}
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "deadlines.json").write_text(json.dumps(results, indent=1) + "\n")
    (args.out / "deadlines.md").write_text(markdown(results))
    print(f"wrote {args.out / 'deadlines.md'}", flush=True)


if __name__ == "__main__":
    main()
