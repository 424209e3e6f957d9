#!/usr/bin/env python3
"""Run the wasmbox-build benchmarks: ``python benchmarks/run.py``.

Builds what it needs into benchmarks/work/ (sources fetched and pinned, one setuptools
project per extension module; wasmext's builds of the sandboxes' own .wasm), runs B1-B10
and B13, and writes
benchmarks/results/results.md, results.json and the PNG plots. A full run takes about
10-15 minutes on 2 cores (the first one longer: it fetches zlib and zstd and builds
everything).

  --only B1,B3     run some benchmarks only (results.md then holds just those)
                   (B7: a C loop calling a Python function, sandboxed/native/wasmtime-py;
                   B8: example_project/expat against the native pyexpat;
                   B13: a CoreMark-like CPU kernel, native/cpukernel.c;
                   B14: example_project's zlib through its public API, against the
                   standard library's zlib module)
  --no-wasmext     leave out the peer wasmext (B1-B5, B13)
  --quick          fewer rounds (for trying things out; noisier)
  --no-install     do not pip-install benchmarks/requirements.txt first
  --cc CC          host C compiler for every extension (default: Python's, usually gcc)
  --variant NAME=JSON   another sandboxed build in B1-B3, e.g.
                   --variant 'guard-O2={"memory_check": "guard",
                                         "extra_compile_args": ["-O2"]}'
                   ("cc" in the JSON builds that variant with another compiler)
  --out DIR        where results go (default benchmarks/results)
  --merge          keep the other benchmarks' results already in DIR/results.json
                   (results.md says which were measured by which run)
  --render         only write results.md and the plots again from results.json
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # this checkout's wasmbox_build

from bench import corpus, paths, projects, report, sources, suite, timing, xmldoc  # noqa: E402
from bench.contenders import NativeAPI, SandboxAPI, WasmextAPI, WasmtimeAPI  # noqa: E402

ALL = ("B1", "B2", "B3", "B4", "B5", "B6", "B7", "B8", "B9", "B10", "B13", "B14")
# The sandboxed builds measured. The generated C is compiled by Python's compiler (gcc
# here), and, where a clang is installed, by clang too ("... clang", against the same
# library built natively by clang).
MODES: dict[str, dict[str, Any]] = {"bounds": {"memory_check": "bounds"},
                                    "guard": {"memory_check": "guard"},
                                    "bounds clang": {"memory_check": "bounds"},
                                    "guard clang": {"memory_check": "guard"}}
DEFAULT_MODES = ("bounds", "guard")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", default=",".join(ALL))
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--no-install", action="store_true")
    parser.add_argument("--cc", default=None)
    parser.add_argument("--variant", action="append", default=[])
    parser.add_argument("--out", type=Path, default=paths.RESULTS)
    parser.add_argument("--merge", action="store_true")
    parser.add_argument("--no-wasmext", action="store_true")
    parser.add_argument("--render", action="store_true",
                        help="only write results.md and the plots again from results.json")
    args = parser.parse_args()
    if args.render:
        render(args.out)
        return
    chosen = [b.strip().upper() for b in args.only.split(",") if b.strip()]
    unknown = set(chosen) - set(ALL)
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(sorted(unknown))}")
    started = time.monotonic()
    if not args.no_install:
        subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "-r",
                        str(HERE / "requirements.txt")], check=True)
    variants = dict(MODES)
    variant_cc: dict[str, str] = {}
    for spec in args.variant:
        name, _, options = spec.partition("=")
        parsed = json.loads(options or "{}")
        if "cc" in parsed:
            variant_cc[name] = parsed.pop("cc")
        variants[name] = parsed
    rounds = {"B1": 3, "B2": 3, "B3": 7, "B4": 5, "B5": 5, "B6": 1, "B7": 7, "B8": 3, "B9": 3,
              "B10": 3, "B13": 3, "B14": 5} \
        if args.quick else {"B1": 5, "B2": 7, "B3": 15, "B4": 9, "B5": 9, "B6": 2, "B7": 15,
                            "B8": 9, "B9": 7, "B10": 9, "B13": 7, "B14": 11}

    log(f"building (logs in {paths.WORK / 'logs'}) ...")
    zlib: dict[str, projects.Project] = {}
    if {"B1", "B4", "B5", "B6"} & set(chosen):
        zlib_dir, zlib_files = sources.zlib_sources()
        zlib = projects.zlib_projects(zlib_dir, zlib_files, variants, with_clang=True)
    zstd = (projects.zstd_projects(sources.zstd_sources(), variants, with_clang=True)
            if "B2" in chosen else {})
    tiny = (projects.tiny_projects(variants, with_clang=False)
            if {"B3", "B5"} & set(chosen) else {})
    cpukernel = (projects.cpukernel_projects({m: o for m, o in variants.items()
                                              if not m.endswith("clang")})
                 if "B13" in chosen else {})
    callback = (projects.callback_projects({m: MODES[m] for m in DEFAULT_MODES})
                if "B7" in chosen else {})
    lua = (projects.lua_projects(sources.lua_sources(), sources.LUA_SOURCES,
                                 {m: o for m, o in variants.items() if not m.endswith("clang")})
           if "B9" in chosen else {})
    snappy: dict[str, projects.Project] = {}
    if "B10" in chosen:
        snappy_dir, snappy_files = sources.snappy_sources()
        snappy = projects.snappy_projects(snappy_dir, snappy_files, variants, with_clang=True)
    for group in (zlib, zstd, tiny, callback, lua, snappy, cpukernel):
        for name, project in group.items():
            seconds = projects.build(project, variant_cc.get(name, args.cc))
            log(f"  {project.module}: {seconds:.1f} s")
    # The peer, wasmext, builds each library's .wasm as the bounds sandbox compiled it
    # (less our prefetch import, which only our runtime provides); wasmtime runs it too.
    portable = {library: projects.portable(group["bounds"], args.cc)
                for library, group in (("zlib", zlib), ("zstd", zstd), ("tiny", tiny),
                                       ("cpukernel", cpukernel)) if group}
    peer_projects: dict[str, dict[str, projects.WasmextProject]] = {}
    for library, wasm_from in portable.items():
        if not args.no_wasmext:
            peer_projects[library] = projects.wasmext_projects(f"_wasmext_{library}",
                                                               wasm_from)
            for peer in peer_projects[library].values():
                seconds = projects.build_wasmext(peer, args.cc)
                log(f"  {peer.module}: {seconds:.1f} s")
    peers = {library: {name: projects.load(p) for name, p in group.items()}
             for library, group in peer_projects.items()}
    expat = projects.expat_projects(DEFAULT_MODES) if "B8" in chosen else {}
    public_zlib = projects.public_zlib_projects(DEFAULT_MODES) if "B14" in chosen else {}
    for project_ in (*expat.values(), *public_zlib.values()):
        seconds = projects.build_example(project_, args.cc)
        log(f"  {project_.module}: {seconds:.1f} s")
    data = corpus.corpus()

    results: dict[str, Any] = {}
    results_meta: dict[str, Any] = {"machine": suite.machine()}
    everything = os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else None
    results_meta["pinning"] = timing.pin()
    zlib_modules = {name: projects.load(p) for name, p in zlib.items()}
    if "B1" in chosen:
        log("B1 zlib ...")
        apis = suite.codec_contenders(zlib, zlib_modules, peers=peers.get("zlib"),
                                      wasm=projects.wasm_of(portable["zlib"]))
        results["B1"] = suite.bench_codec(apis, data, zlib=True, levels=(1, 6, 9),
                                          rounds=rounds["B1"])
        log(f"  geomeans: {fmt(suite.geomeans(results['B1']))}")
    if "B2" in chosen:
        log("B2 zstd ...")
        zstd_modules = {name: projects.load(p) for name, p in zstd.items()}
        apis = suite.codec_contenders(zstd, zstd_modules, peers=peers.get("zstd"),
                                      wasm=projects.wasm_of(portable["zstd"]))
        results["B2"] = suite.bench_codec(apis, data, zlib=False, levels=(1, 3, 9),
                                          rounds=rounds["B2"])
        log(f"  geomeans: {fmt(suite.geomeans(results['B2']))}")
    tiny_modules = {name: projects.load(p) for name, p in tiny.items()}
    tiny_wasm = projects.wasm_of(portable["tiny"]) if tiny else Path()
    if "B3" in chosen:
        log("B3 boundary ...")
        results["B3"] = suite.bench_boundary(tiny_modules, tiny_wasm, rounds["B3"],
                                             peers=peers.get("tiny"))
        log("  " + ", ".join(f"{n}: {r['seconds']['median'] * 1e9:.1f} ns"
                             for n, r in results["B3"].items()))
    if "B7" in chosen:
        log("B7 callbacks ...")
        results["B7"] = suite.bench_callbacks(
            {name: projects.load(p) for name, p in callback.items()}, rounds["B7"])
        log("  " + ", ".join(f"{n}: {r['seconds']['median'] * 1e9:.1f} ns"
                             for n, r in results["B7"].items()))
    if "B8" in chosen:
        log("B8 expat ...")
        results["B8"] = suite.bench_expat(
            {name: projects.load_example(p) for name, p in expat.items()}, xmldoc.document(),
            rounds["B8"])
        for op, contenders in results["B8"]["ops"].items():
            log(f"  {op}: " + ", ".join(f"{n} {r['ratio']['median']:.2f}x"
                                        for n, r in contenders.items() if n != "native"))
    if "B4" in chosen:
        log("B4 crc32 ...")
        apis = {"native": NativeAPI(zlib_modules["native"])}
        apis.update({m: SandboxAPI(zlib_modules[m]) for m in DEFAULT_MODES})
        apis.update({m: WasmextAPI(module) for m, module in peers.get("zlib", {}).items()})
        apis["wasmtime"] = WasmtimeAPI(projects.wasm_of(portable["zlib"]))
        results["B4"] = suite.bench_crc32(apis, zlib_modules["native"],
                                          (1 << 10, 64 << 10, 1 << 20), rounds["B4"])
    if "B5" in chosen:
        log("B5 sandbox life ...")
        lives = {f"tiny, {m}": tiny_modules[m] for m in DEFAULT_MODES}
        lives.update({f"zlib, {m}": zlib_modules[m] for m in DEFAULT_MODES})
        wasms = {"tiny, wasmtime-py": tiny_wasm,
                 "zlib, wasmtime-py": projects.wasm_of(portable["zlib"])}
        peer_lives = {f"{library}, {name}": module for library in ("tiny", "zlib")
                      for name, module in peers.get(library, {}).items()}
        results["B5"] = {"lifecycle": suite.bench_lifecycle(lives, wasms, rounds["B5"],
                                                            peers=peer_lives)}
        if everything is not None:
            os.sched_setaffinity(0, everything)
        capacity: dict[str, projects.Project | projects.WasmextProject] = {
            m: zlib[m] for m in DEFAULT_MODES}
        capacity.update(peer_projects.get("zlib", {}))
        results["B5"]["capacity"] = {
            m: suite.bench_capacity(p, cap=50_000 if not args.quick else 5_000, seconds=90)
            for m, p in capacity.items()}
    if "B9" in chosen:
        log("B9 Lua ...")
        apis = {name: (SandboxAPI(projects.load(p)) if p.sandboxed
                       else NativeAPI(projects.load(p))) for name, p in lua.items()}
        results["B9"] = suite.bench_lua(apis, rounds["B9"])
        log(f"  CPU-bound geomeans: {fmt(suite.lua_geomeans(results['B9']))}")
    if "B13" in chosen:
        log("B13 CPU kernel ...")
        apis = {name: (SandboxAPI(projects.load(p)) if p.sandboxed
                       else NativeAPI(projects.load(p))) for name, p in cpukernel.items()}
        apis.update({m: WasmextAPI(module) for m, module in peers.get("cpukernel", {}).items()})
        apis["wasmtime"] = WasmtimeAPI(projects.wasm_of(portable["cpukernel"]))
        results["B13"] = suite.bench_cpu(apis, rounds["B13"])
        log(f"  geomeans: {fmt(suite.geomeans(results['B13']))}")
    if "B14" in chosen:
        log("B14 zlib through its public API ...")
        results["B14"] = suite.bench_public_zlib(
            {name: projects.load_example(p) for name, p in public_zlib.items()}, data,
            rounds["B14"])
        log(f"  geomeans: {fmt(suite.geomeans(results['B14']))}")
    if "B10" in chosen:
        log("B10 snappy (C++) ...")
        snappy_modules = {name: projects.load(p) for name, p in snappy.items()}
        apis = suite.codec_contenders(
            snappy, snappy_modules,
            wasm=projects.wasm_of(projects.portable(snappy["bounds"], args.cc)))
        results["B10"] = suite.bench_snappy(apis, data, rounds["B10"])
        log(f"  geomeans: {fmt(suite.geomeans(results['B10']))}")
    if everything is not None:
        os.sched_setaffinity(0, everything)  # builds use every core
    if "B6" in chosen:
        log("B6 build time ...")
        results["B6"] = suite.bench_build(zlib["bounds"], zlib["native"], args.cc,
                                          rounds["B6"])
    elapsed = time.monotonic() - started
    command = "python benchmarks/run.py" + "".join(f" {a}" for a in sys.argv[1:])
    results["meta"] = {**results_meta, "command": command,
                       "date": datetime.datetime.now().strftime("%Y-%m-%d %H:%M"),
                       "duration": f"{elapsed / 60:.1f} min", "rounds": rounds}
    args.out.mkdir(parents=True, exist_ok=True)
    if args.merge and (args.out / "results.json").is_file():
        results = merge(json.loads((args.out / "results.json").read_text()), results, chosen)
    suite.dump(args.out / "results.json", results)
    (args.out / "results.md").write_text(report.markdown(results))
    written = report.plots(results, args.out)
    log(f"wrote {args.out / 'results.md'} and {len(written)} plots in {elapsed / 60:.1f} min")
    for label, measured, met in report.targets(results):
        mark = "" if met is None else ("  ok" if met else "  MISSED")
        log(f"  {label}: {measured}{mark}")


def merge(old: dict[str, Any], new: dict[str, Any], chosen: list[str]) -> dict[str, Any]:
    """The earlier results with this run's benchmarks replaced. Each run that measured
    some of them keeps a note naming the benchmarks still its own ("B7: `command` on
    date, pinning"); the run results.md names first is this one when it measured again
    everything the earlier first run did, else that one stays first."""
    merged = {**old, **{k: v for k, v in new.items() if k != "meta"}}
    remeasured = set(chosen)
    notes = []
    noted: set[str] = set()
    for note in old["meta"].get("merged", []):
        head, _, rest = note.partition(":")
        benchmarks = [b.strip() for b in head.split(",")]
        noted.update(benchmarks)
        kept = [b for b in benchmarks if b not in remeasured and b in merged]
        if kept:
            notes.append(f"{', '.join(kept)}:{rest}")
    first_run = {k for k in old if k != "meta"} - noted
    this_run = (f"{', '.join(chosen)}: `{new['meta']['command']}` on {new['meta']['date']}, "
                f"{new['meta']['pinning']}")
    if first_run <= remeasured:
        meta = dict(new["meta"])
    else:
        meta = dict(old["meta"])
        notes.append(this_run)
    meta["merged"] = notes
    merged["meta"] = meta
    return merged


def render(folder: Path) -> None:
    """results.md and the plots again from results.json (after a change to the report)."""
    results = json.loads((folder / "results.json").read_text())
    (folder / "results.md").write_text(report.markdown(results))
    report.plots(results, folder)


def fmt(values: dict[str, float]) -> str:
    return ", ".join(f"{k} {v:.3f}" for k, v in values.items())


def log(message: str) -> None:
    print(message, flush=True)


if __name__ == "__main__":
    main()
