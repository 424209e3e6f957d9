#!/usr/bin/env python3
"""Build options tried for speed: ``python benchmarks/experiments.py [--quick]``.

Builds zlib (B1's workload) and the boundary module (B3's) in several ways and measures
them side by side, interleaved, against the same zlib built natively (by gcc and by
clang). Writes benchmarks/results/experiments.md; benchmarks/README.md discusses it.
Takes ~15 minutes (builds included).
"""

from __future__ import annotations

import argparse
import datetime
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from bench import corpus, paths, projects, sources, suite, timing  # noqa: E402
from bench.contenders import NativeAPI, SandboxAPI  # noqa: E402

CLANG = next((c for c in ("clang", "clang-19", "clang-18", "clang-17") if shutil.which(c)), None)
SEGUE = ["-DWASM_RT_ALLOW_SEGUE=1", "-mfsgsbase"]

# name -> (WasmBoxExtension options, host compiler or None for the default, what it tests)
VARIANTS: dict[str, tuple[dict[str, Any], str | None, str]] = {
    "bounds": ({"memory_check": "bounds"}, None, "the default build, bounds checks"),
    "guard": ({"memory_check": "guard"}, None, "the default build, guard pages"),
    "guard -O2": ({"memory_check": "guard", "extra_compile_args": ["-O2"]}, None,
                  "host -O2 instead of Python's -O3"),
    "guard LTO": ({"memory_check": "guard", "extra_compile_args": ["-flto"],
                   "extra_link_args": ["-flto"]}, None, "link-time optimisation (gcc)"),
    "guard wasm -O3": ({"memory_check": "guard", "optimization": "-O3"}, None,
                       "the library compiled to wasm at -O3 (default -O2)"),
    "guard wasm -Os": ({"memory_check": "guard", "optimization": "-Os"}, None,
                       "the library compiled to wasm at -Os"),
    "bounds clang": ({"memory_check": "bounds"}, CLANG, "generated C compiled by clang"),
    "guard clang": ({"memory_check": "guard"}, CLANG, "generated C compiled by clang"),
    "bounds clang+segue": ({"memory_check": "bounds", "extra_compile_args": SEGUE}, CLANG,
                           "clang, linear memory addressed through %gs (segue)"),
    "guard clang+segue": ({"memory_check": "guard", "extra_compile_args": SEGUE}, CLANG,
                          "clang, linear memory addressed through %gs (segue)"),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--only", default="", help="comma-separated variant names")
    parser.add_argument("--rounds", type=int, default=0)
    parser.add_argument("--out", type=Path, default=paths.RESULTS / "experiments.md")
    args = parser.parse_args()
    chosen = {n: v for n, v in VARIANTS.items()
              if not args.only or n in args.only.split(",")}
    chosen = {n: v for n, v in chosen.items() if v[1] is not None or n.find("clang") < 0}
    started = time.monotonic()
    zlib_dir, zlib_files = sources.zlib_sources()
    options = {_slug(n): v[0] for n, v in chosen.items()}
    zlib = projects.zlib_projects(zlib_dir, zlib_files, options)
    tiny = projects.tiny_projects(options)
    natives: dict[str, tuple[projects.Project, projects.Project, str | None]] = {
        "native": (zlib["native"], tiny["native"], None)}
    if CLANG:
        natives["native clang"] = (
            projects.Project("_native_zlib_clang", zlib["native"].sources,
                             zlib["native"].include_dirs, sandboxed=False,
                             options={"define_macros": [("NATIVE_NAME", "_native_zlib_clang")]}),
            projects.Project("_native_tiny_clang", tiny["native"].sources, sandboxed=False,
                             options={"define_macros": [("NATIVE_NAME", "_native_tiny_clang")]}),
            CLANG)
    build_seconds: dict[str, float] = {}
    for name, (_, cc, _) in chosen.items():
        build_seconds[name] = projects.build(zlib[_slug(name)], cc)
        projects.build(tiny[_slug(name)], cc)
        print(f"built {name}: {build_seconds[name]:.1f} s", flush=True)
    for label, (nz, nt, cc) in natives.items():
        build_seconds[label] = projects.build(nz, cc)
        projects.build(nt, cc)
    data = corpus.corpus()
    pinning = timing.pin()
    rounds = args.rounds or (2 if args.quick else 3)

    apis: dict[str, Any] = {}
    for label, (nz, _, _) in natives.items():
        apis[label] = NativeAPI(projects.load(nz))
    for name in chosen:
        apis[name] = SandboxAPI(projects.load(zlib[_slug(name)]))
    b1 = suite.bench_codec(apis, data, zlib=True, levels=(1, 6, 9), rounds=rounds)

    calls: dict[str, Any] = {}
    for label, (_, nt, _) in natives.items():
        module = projects.load(nt)
        calls[f"{label}, GIL released"] = (module.add_nogil, (1, 2))
    for name in chosen:
        calls[name] = (projects.load(tiny[_slug(name)]).Sandbox().add, (1, 2))
    b3 = timing.interleave_calls(calls, 7 if args.quick else 15)
    b3_result = suite.compare(b3, "native, GIL released")

    lines = ["# Build options tried for speed", "",
             f"`python benchmarks/experiments.py{' --quick' if args.quick else ''}`, "
             f"{datetime.datetime.now():%Y-%m-%d %H:%M}, {pinning}, {rounds} rounds; "
             f"took {(time.monotonic() - started) / 60:.1f} min. zlib 1.3.1 on the 10 MiB "
             "corpus (B1) and a scalar call (B3). Ratios are per round, median (min-max).",
             "", "| build | what it tests | zlib geomean vs native gcc | vs native clang | "
             "L1 | L6 | L9 | decompress | scalar call | build |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    geo = suite.geomeans(b1)
    for name in [*natives, *chosen]:
        what = VARIANTS[name][2] if name in VARIANTS else "the same zlib source, native"
        ops = [b1["ops"][op][name]["ratio"]["median"] for op in b1["ops"]]
        vs_clang = "—"
        if "native clang" in geo:
            vs_clang = f"{geo[name] / geo['native clang']:.3f}"
        call_key = f"{name}, GIL released" if name in natives else name
        call = b3_result[call_key]
        lines.append(f"| {name} | {what} | {geo[name]:.3f} | {vs_clang} | "
                     + " | ".join(f"{r:.3f}" for r in ops)
                     + f" | {call['seconds']['median'] * 1e9:.1f} ns "
                       f"({call['ratio']['median']:.3f}x) | {build_seconds.get(name, 0):.0f} s |")
    lines += ["", "Scalar call: ns per `add(1, 2)` and its ratio to the native call that "
              "releases the GIL (built by gcc). Build: clean `build_ext` of the zlib "
              "extension, including the wasm compile.", ""]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(lines))
    suite.dump(args.out.with_suffix(".json"), {"B1": b1, "B3": b3_result,
                                                "build_seconds": build_seconds})
    print("\n".join(lines))


def _slug(name: str) -> str:
    return "".join(c if c.isalnum() else "_" for c in name).strip("_").replace("__", "_")


if __name__ == "__main__":
    if subprocess.run([sys.executable, "-c", "import wasmtime, matplotlib"],
                      capture_output=True, check=False).returncode != 0:
        subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "-r",
                        str(HERE / "requirements.txt")], check=True)
    main()
