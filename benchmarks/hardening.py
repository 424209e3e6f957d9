#!/usr/bin/env python3
"""hardening=[...]: what it costs and what it catches. ``python benchmarks/hardening.py``

1. Cost: zlib 1.3.1 (B1's workload: compress at levels 1, 6, 9 and decompress the
   10 MiB corpus) sandboxed with each hardening mechanism alone and all together, in
   both memory-check modes, against the same build without hardening. One process
   pinned to one core; every build interleaved round by round; the ratio taken within
   each round (median, min-max).
2. Detection: the escape corpus (tests/security/corpus) built without and with
   hardening=['all'], by zig and by Debian's clang: for each attack, what happens.

Writes benchmarks/results/hardening.md and hardening.json; SECURITY.md quotes them.
Takes ~15 minutes, builds included (--part cost|detection runs one half).
"""

from __future__ import annotations

import argparse
import datetime
import functools
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from bench import corpus, paths, projects, sources, suite, timing  # noqa: E402
from bench.contenders import NativeAPI, SandboxAPI  # noqa: E402

SECURITY = HERE.parent / "tests" / "security" / "corpus"
LEVELS = ("none", "stack", "bounds", "fortify", "heap", "all")
ZLIB_LEVELS = (1, 6, 9)


# ---- 1. cost on zlib ---------------------------------------------------------------------

def _hardening(level: str) -> list[str]:
    return [] if level == "none" else [level]


def cost(rounds: int) -> tuple[list[str], dict[str, Any]]:
    zlib_dir, zlib_files = sources.zlib_sources()
    modes = {f"{mode} {level}": {"memory_check": mode, "hardening": _hardening(level)}
             for mode in ("bounds", "guard") for level in LEVELS}
    built = projects.zlib_projects(zlib_dir, zlib_files, modes)
    for name, project in built.items():
        seconds = projects.build(project, None)
        print(f"built {name}: {seconds:.1f} s", flush=True)
    data = corpus.corpus()
    pinning = timing.pin()
    apis: dict[str, Any] = {"native": NativeAPI(projects.load(built["native"]))}
    apis |= {name: SandboxAPI(projects.load(built[name])) for name in modes}
    codecs = {name: suite.Codec(api, data, zlib=True) for name, api in apis.items()}
    reference = codecs["native"].compress(6)
    for name, codec in codecs.items():  # the same bytes out of every build
        if codec.compress(6) != reference:
            raise SystemExit(f"{name}: compress level 6 differs from native zlib")
        codec.compressed = reference
        if codec.decompress() != data:
            raise SystemExit(f"{name}: decompress did not give the corpus back")
    ops: dict[str, Any] = {f"compress L{lv}": functools.partial(_compress, level=lv)
                           for lv in ZLIB_LEVELS}
    ops["decompress"] = suite.Codec.decompress
    samples = {op: timing.interleave({n: functools.partial(fn, c) for n, c in codecs.items()},
                                     rounds) for op, fn in ops.items()}
    result: dict[str, Any] = {"pinning": pinning, "rounds": rounds, "ops": {}}
    for op, by_name in samples.items():
        result["ops"][op] = {name: timing.round_ratios(by_name[name],
                                                       by_name[f"{name.split()[0]} none"])
                             for name in modes}
        result["ops"][op]["native"] = {mode: timing.round_ratios(by_name[f"{mode} none"],
                                                                 by_name["native"])
                                       for mode in ("bounds", "guard")}
    lines = ["| hardening | memory check | compress L1 | compress L6 | compress L9 | "
             "decompress | geomean |", "|---|---|---|---|---|---|---|"]
    for mode in ("bounds", "guard"):
        for level in LEVELS:
            name = f"{mode} {level}"
            ratios = [result["ops"][op][name] for op in ops]
            cells = [f"{r['median']:.3f} ({r['min']:.2f}-{r['max']:.2f})" for r in ratios]
            geo = timing.geomean([r["median"] for r in ratios])
            lines.append(f"| {level} | {mode} | {' | '.join(cells)} | {geo:.3f} |")
    native = []
    for mode in ("bounds", "guard"):
        geo = timing.geomean([result["ops"][op]["native"][mode]["median"] for op in ops])
        native.append(f"{mode} {geo:.2f}x")
    lines += ["", f"Ratio: time with the hardening ÷ time of the same build without it, per "
              f"round (median (min-max) of {rounds} rounds, {pinning}). For scale, the "
              f"unhardened builds against native zlib (geomean): {', '.join(native)}."]
    for api in apis.values():
        api.close()
    return lines, result


def _compress(codec: suite.Codec, level: int) -> bytes:
    return codec.compress(level)


# ---- 2. what the escape corpus does, plain and hardened ------------------------------------

# (module source, export, arguments, what it is); the bugs that stay inside linear memory
# first, then the escapes, which trap with or without hardening.
INSIDE = [
    ("hardening.c", "stack_overflow", (32,), "stack buffer written 16 bytes too far"),
    ("hardening.c", "index_write", (4, 0x666), "`table[4]` of a 4-element array"),
    ("hardening.c", "pointer_write", (4, 0x666), "the same through an `int *`"),
    ("hardening.c", "pointer_write", (5, 0x666), "`p[5]`: past the whole struct"),
    ("hardening.c", "copy_overflow", (24,), "memcpy 24 bytes into a 16-byte member"),
    ("hardening.c", "string_overflow", (20,), "strcpy 20 chars into a 16-byte member"),
    ("hardening.c", "heap_overflow", (1,), "heap block overrun by 1 byte, then freed"),
    ("hardening.c", "double_free", (), "double free"),
    ("hardening.c", "invalid_free", (), "free of an interior pointer"),
    ("hardening.c", "use_after_free", (), "write to a freed block"),
    ("oob.c", "heap_overflow_inside", (4096,), "memset 4 KiB past a 16-byte heap block"),
    ("oob.c", "indexed_read", (-1,), "`table[-1]` through a pointer (read)"),
    ("oob.c", "indexed_read", (4,), "`table[4]` through a pointer (read)"),
    ("heap.c", "double_free", (), "double free"),
    ("heap.c", "free_wild", (12345,), "free of a wild pointer inside memory"),
    ("heap.c", "smash_header", (), "chunk headers overwritten, then freed"),
]
ESCAPES = [
    ("oob.c", "write_just_past_end", (), "a store one byte past the end of memory"),
    ("oob.c", "write_far", (0xFFFFFFFC, 0x41414141), "a store at the top of 4 GiB"),
    ("oob.c", "memcpy_huge", (0x7FFFFFFF,), "memcpy of 2 GiB from a 64-byte array"),
    ("oob.c", "memset_huge", (0x200000,), "memset of 2 MiB from a 64-byte array"),
    ("oob.c", "memcpy_from_end", (64,), "memcpy from the end of memory"),
    ("heap.c", "free_wild", (0xFFFFFFF0,), "free of a pointer outside memory"),
    ("stack.c", "fat_shadow_frames", (100,), "shadow stack overflow (4 KiB frames)"),
    ("stack.c", "alloca_huge", (1 << 20,), "alloca larger than the shadow stack"),
]
PROVIDERS = ("zig", "system")
MODULE_OPTIONS = {"stack.c": {"stack_size": 64 * 1024}, "heap.c": {"max_memory": 16 << 20}}


def _corpus_project(source: str, provider: str, hardened: bool) -> projects.Project:
    stem = source.removesuffix(".c")
    options: dict[str, Any] = {"toolchain": provider, **MODULE_OPTIONS.get(source, {})}
    if hardened:
        options["hardening"] = ["all"]
    return projects.Project(f"_hard_{stem}_{provider}_{'on' if hardened else 'off'}",
                            (SECURITY / source,), (SECURITY,), options=options)


def _outcome(module: Any, export: str, args: tuple[int, ...]) -> str:
    sb = module.Sandbox()
    try:
        getattr(sb, export)(*args)
        return "returns: not detected"
    except module.CorruptionDetected as error:
        return f"**CorruptionDetected** ({error.kind})"
    except module.Trap as error:
        return type(error).__name__
    finally:
        sb.close()


def detection() -> tuple[list[str], dict[str, Any]]:
    cases = [*INSIDE, *ESCAPES]
    built = {(source, provider, hardened): _corpus_project(source, provider, hardened)
             for source in dict.fromkeys(c[0] for c in cases)
             for provider in PROVIDERS for hardened in (False, True)}
    for project in built.values():
        projects.build(project, None)
    modules = {key: projects.load(project) for key, project in built.items()}
    table: list[dict[str, Any]] = []
    for source, export, args, what in cases:
        row: dict[str, Any] = {"case": f"{source.removesuffix('.c')}.{export}{args}",
                               "what": what}
        for provider in PROVIDERS:
            for hardened in (False, True):
                key = f"{provider} {'hardened' if hardened else 'plain'}"
                row[key] = _outcome(modules[source, provider, hardened], export, args)
        table.append(row)
    columns = [f"{p} {h}" for p in PROVIDERS for h in ("plain", "hardened")]
    lines = ["| corpus case | the bug | " + " | ".join(columns) + " |",
             "|---|---|" + "---|" * len(columns)]
    for i, row in enumerate(table):
        if i == len(INSIDE):
            lines.append("| *escapes from linear memory* | | " + " | " * (len(columns) - 1)
                         + " |")
        lines.append(f"| `{row['case']}` | {row['what']} | "
                     + " | ".join(row[c] for c in columns) + " |")
    return lines, {"rows": table}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--part", choices=("all", "cost", "detection"), default="all")
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--out", type=Path, default=paths.RESULTS / "hardening.md")
    args = parser.parse_args()
    started = time.monotonic()
    out: dict[str, Any] = {}
    lines = ["# hardening=[...]: cost and detection", ""]
    if args.part in ("all", "detection"):
        table, out["detection"] = detection()
        lines += ["## What the escape corpus does, plain and with hardening=['all']", "",
                  "Each call in a fresh sandbox; \"returns: not detected\" means the bug "
                  "ran and the call came back normally (contained: nothing outside the "
                  "sandbox changed, as tests/security checks).", "", *table, ""]
    if args.part in ("all", "cost"):
        table, out["cost"] = cost(args.rounds)
        lines += ["## Cost on zlib 1.3.1 (B1: the 10 MiB corpus)", "", *table, ""]
    when = f"{datetime.datetime.now():%Y-%m-%d %H:%M}"
    lines.insert(1, f"`python benchmarks/hardening.py`, {when}, took "
                 f"{(time.monotonic() - started) / 60:.1f} min on "
                 f"{suite.machine().get('cpu', 'this machine')}.")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(lines))
    suite.dump(args.out.with_suffix(".json"), out)
    print("\n".join(lines))


if __name__ == "__main__":
    main()
