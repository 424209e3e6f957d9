"""results.json -> results.md and the PNG plots."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .suite import LUA_ERROR_LOOP, geomeans, lua_geomeans

# The targets: (label, how to read it from the results, limit, "<=" or ">=").


def _fmt_ratio(r: dict[str, float]) -> str:
    return f"{r['median']:.2f}x ({r['min']:.2f}-{r['max']:.2f})"


def _fmt_seconds(s: dict[str, float]) -> str:
    m = s["median"]
    if m >= 1:
        return f"{m:.2f} s"
    if m >= 1e-3:
        return f"{m * 1e3:.1f} ms"
    if m >= 1e-6:
        return f"{m * 1e6:.1f} µs"
    return f"{m * 1e9:.1f} ns"


def targets(results: dict[str, Any]) -> list[tuple[str, str, bool | None]]:
    """(target, measured, met) for the issue's targets that this run measured."""
    rows: list[tuple[str, str, bool | None]] = []
    b1 = results.get("B1")
    if b1:
        g = geomeans(b1)
        for mode, limit in (("guard", 1.10), ("bounds", 1.25)):
            for name in (mode, f"{mode} clang"):
                if name in g:
                    against = "native clang" if name.endswith("clang") else "native"
                    rows.append((f"B1 zlib geomean, {name} / {against} ≤ {limit:.2f}",
                                 f"{g[name]:.3f}", g[name] <= limit))
        # Issue 20, goal 2: the default host compiler (host_compiler=auto) against
        # native gcc, and the same with gcc compiling wasm2c's output (the "gcc" variants).
        for mode, limit in (("bounds", 1.15), ("guard", 1.08)):
            for name in (mode, f"{mode} gcc"):
                if name in g:
                    rows.append((f"goal 2: B1 zlib geomean, {name} / native ≤ {limit:.2f}",
                                 f"{g[name]:.3f}", g[name] <= limit))
        best = min(v for k, v in g.items() if k.startswith(("guard", "bounds")))
        rows.append(("B1 better than wasmtime-py on the same wasm",
                     f"wasmtime {g['wasmtime']:.3f} vs sandbox {best:.3f}",
                     best < g["wasmtime"]))
    b14 = results.get("B14")
    if b14:
        g = geomeans(b14)
        for name in g:
            if name != "native":
                rows.append((f"goal 2: B14 zlib through its public API, {name} / the standard "
                             "library's zlib ≤ 1.20", f"{g[name]:.3f}", g[name] <= 1.20))
    b2 = results.get("B2")
    if b2:
        g = geomeans(b2)
        # Issue 20, goal 3 (the default host compiler; the gcc variants for comparison).
        for mode, limit in (("guard", 1.35), ("bounds", 1.50)):
            for name in (mode, f"{mode} gcc"):
                if name in g:
                    rows.append((f"goal 3: B2 zstd geomean, {name} / native ≤ {limit:.2f}",
                                 f"{g[name]:.3f}", g[name] <= limit))
        rows.append(("B2 zstd geomean, every contender: "
                     + ", ".join(k for k in g if k != "native"),
                     " / ".join(f"{v:.3f}" for k, v in g.items() if k != "native"), None))
    b10 = results.get("B10")
    if b10:
        g = geomeans(b10)
        for name in ("bounds", "bounds clang", "guard", "guard clang"):
            if name in g:
                against = "native clang" if name.endswith("clang") else "native"
                bounded = name.startswith("bounds")  # 1.30 for checks in code, none for guard
                rows.append((f"B10 snappy (C++) geomean, {name} / {against}"
                             + (" ≤ 1.30" if bounded else " (no target)"),
                             f"{g[name]:.3f}", g[name] <= 1.30 if bounded else None))
    b3 = results.get("B3")
    if b3:
        sandboxes = [k for k in b3 if k.startswith("sandbox") and "module" not in k]
        for name in sandboxes:
            if "GIL kept" in name:  # against a native call that keeps it too
                r = b3[name]["seconds"]["median"] / b3["native"]["seconds"]["median"]
                rows.append((f"B3 scalar call, {name}, ≤ 1.5x native call (GIL kept)",
                             f"{r:.3f}x", r <= 1.5))
                continue
            r = b3[name]["ratio"]["median"]
            rows.append((f"B3 scalar call, {name}, ≤ 1.25x native GIL-releasing call",
                         f"{r:.3f}x", r <= 1.25))
        wt = b3["wasmtime"]["seconds"]["median"]
        fastest = min(b3[k]["seconds"]["median"] for k in sandboxes)
        rows.append(("B3 ≥ 300x faster than wasmtime-py", f"{wt / fastest:.0f}x",
                     wt / fastest >= 300))
    b7 = results.get("B7")
    if b7:
        sandboxes = [k for k in b7 if k.startswith("sandbox")]
        for name in sandboxes:
            r = b7[name]["ratio"]["median"]
            rows.append((f"B7 callback round trip, {name}, ≤ 1.5x native", f"{r:.3f}x",
                         r <= 1.5))
        wt = b7["wasmtime"]["seconds"]["median"]
        slowest = max(b7[k]["seconds"]["median"] for k in sandboxes)
        rows.append(("B7 ≥ 50x faster than wasmtime-py's host function", f"{wt / slowest:.0f}x",
                     wt / slowest >= 50))
    b8 = results.get("B8")
    if b8:
        for op, limit in (("start/end/text handlers", 1.5), ("no handlers", 1.3)):
            for name, r in b8["ops"][op].items():
                if name != "native":
                    median = r["ratio"]["median"]
                    rows.append((f"B8 expat 10 MiB, {op}, sandbox {name} ≤ {limit}x native "
                                 "pyexpat", f"{median:.2f}x", median <= limit))
        for name, r in b8["ops"]["start/end/text handlers doing nothing"].items():
            if name != "native":
                rows.append((f"B8 expat, handlers doing nothing, sandbox {name} (no target)",
                             f"{r['ratio']['median']:.2f}x", None))
    b5 = results.get("B5")
    if b5:
        for name, s in b5["lifecycle"].items():
            if name.startswith("tiny") and "wasmtime" not in name and "wasmext" not in name:
                us = s["median"] * 1e6
                rows.append((f"B5 create + first call + close ≤ 10 µs ({name})", f"{us:.1f} µs",
                             us <= 10))
    b9 = results.get("B9")
    if b9:
        g = lua_geomeans(b9)
        loop = b9["ops"][LUA_ERROR_LOOP[0]]
        for mode in ("guard", "bounds"):
            if mode in g:
                rows.append((f"B9 Lua CPU-bound geomean, {mode} / native ≤ 1.30",
                             f"{g[mode]:.3f}", g[mode] <= 1.30))
                r = loop[mode]["ratio"]["median"]
                rows.append((f"B9 Lua pcall(error) loop, {mode} / native ≤ 1.50", f"{r:.3f}",
                             r <= 1.50))
    b4 = results.get("B4")
    if b4 and "1 MiB" in b4:
        for mode in ("bounds", "guard"):
            if mode in b4["1 MiB"]:
                r = b4["1 MiB"][mode]["ratio"]["median"]
                rows.append((f"goal 4: B4 crc32 1 MiB incl. copy-in, {mode} / native"
                             + (" ≤ 1.25" if mode == "bounds" else " (no target)"),
                             f"{r:.3f}x", r <= 1.25 if mode == "bounds" else None))
    for label, ours, theirs, unit in side_by_side(results):
        if ours is not None and theirs is not None:
            rows.append((f"{label}: ours ≤ wasmext", f"{ours:.3f}{unit} vs {theirs:.3f}{unit}",
                         ours <= theirs))
    b6 = results.get("B6")
    if b6:
        r = b6["ratio"]["median"]
        rows.append(("B6 clean sandboxed build ≤ 3x native", f"{r:.2f}x", r <= 3))
        t = b6["no-change rebuild"]["median"]
        rows.append(("B6 no-change rebuild ≤ 1 s", f"{t:.2f} s", t <= 1))
    return rows


# Equal safety: our guard-page build against wasmext's (its default), our checks in code
# against its checks in code. (label, our contender, wasmext's contender)
PAIRS = (("guard pages", "guard", "wasmext guard"), ("checks in code", "bounds", "wasmext bounds"))


def side_by_side(results: dict[str, Any]) -> list[tuple[str, float | None, float | None, str]]:
    """(row, ours, wasmext's, unit) for every measure both were in; lower is better."""
    rows: list[tuple[str, float | None, float | None, str]] = []

    def add(label: str, values: dict[str, float], unit: str, ours_prefix: str = "") -> None:
        for safety, ours, theirs in PAIRS:
            if theirs in values:
                rows.append((f"{label}, {safety}", values.get(ours_prefix + ours),
                             values.get(theirs), unit))

    for key, label in (("B1", "B1 zlib geomean x native"), ("B2", "B2 zstd geomean x native"),
                       ("B13", "B13 CPU kernel geomean x native")):
        if key in results:
            add(label, geomeans(results[key]), "x")
    b3 = results.get("B3")
    if b3:
        ns = {k: v["seconds"]["median"] * 1e9 for k, v in b3.items()}
        add("B3 add(1, 2), ns", ns, " ns", "sandbox ")
        if "sandbox guard, GIL kept" in ns and "wasmext guard" in ns:
            rows.append(("B3 add(1, 2), ns, guard pages, both keeping the GIL",
                         ns["sandbox guard, GIL kept"], ns["wasmext guard"], " ns"))
    b4 = results.get("B4")
    if b4 and "1 MiB" in b4:
        add("B4 crc32 1 MiB incl. copy-in x native",
            {k: v["ratio"]["median"] for k, v in b4["1 MiB"].items()}, "x")
    b5 = results.get("B5")
    if b5:
        for module in ("tiny", "zlib"):
            life = {k.split(", ", 1)[1]: v["median"] * 1e6 for k, v in b5["lifecycle"].items()
                    if k.startswith(f"{module}, ")}
            add(f"B5 {module}: create + call + close, µs", life, " µs")
        capacity = {k: v["rss_per_sandbox"] / 1024 for k, v in b5.get("capacity", {}).items()
                    if "rss_per_sandbox" in v}
        add("B5 zlib: resident memory per idle instance, KiB", capacity, " KiB")
    return rows


def markdown(results: dict[str, Any]) -> str:
    out: list[str] = ["# wasmbox-build benchmark results", ""]
    meta = results["meta"]
    out += [f"Generated by `{meta['command']}` on {meta['date']} in {meta['duration']}; "
            f"{meta['pinning']}. Every ratio is taken within one round (contenders "
            "interleaved, order rotated each round) and given as median (min-max) over "
            "the rounds; times are medians.", ""]
    for note in meta.get("merged", []):
        out += [f"Measured separately, {note}.", ""]
    out += ["| machine | |", "|---|---|"]
    out += [f"| {k} | {v} |" for k, v in meta["machine"].items()]
    out.append("")
    rows = targets(results)
    if rows:
        out += ["## Targets", "", "| target | measured | met |", "|---|---|---|"]
        for label, measured, met in rows:
            mark = "—" if met is None else ("yes" if met else "**no**")
            out.append(f"| {label} | {measured} | {mark} |")
        out.append("")
    pairs = side_by_side(results)
    if pairs:
        out += ["## Side by side with wasmext", "",
                "wasmext (PyPI, the peer that does our back half) builds the very `.wasm` each "
                "sandbox was translated from; equal safety is compared: guard pages with guard "
                "pages (wasmext's default; both check the stack by its pointer), checks in "
                "code with checks in code (wasmext: the stack pointer; ours: a count of "
                "frames). wasmext's calls keep the GIL, ours release it unless built with "
                "`keep_gil`. Lower is better; the last column is ours / wasmext's.", "",
                "| measure | ours | wasmext | ours / wasmext |", "|---|---|---|---|"]
        for label, ours, theirs, unit in pairs:
            if ours is None or theirs is None:
                continue
            out.append(f"| {label} | {ours:.3f}{unit} | {theirs:.3f}{unit} | "
                       f"{ours / theirs:.2f} |")
        out += ["", "![side by side](side_by_side.png)", ""]
    for key, title, picture in (("B1", "B1 — zlib 1.3.1, 10 MiB mixed corpus", "b1_zlib.png"),
                                ("B2", "B2 — zstd 1.5.7, 10 MiB mixed corpus", "b2_zstd.png"),
                                ("B10", "B10 — snappy 1.1.9 (C++), 10 MiB mixed corpus",
                                 "b10_snappy.png")):
        if key in results:
            out += _codec_table(title, results[key], picture)
    if "B13" in results:
        out += _cpu_table(results["B13"])
    if "B14" in results:
        b14 = results["B14"]
        out += ["## B14 — zlib as its users call it: `example_project`'s drop-in", "",
                "`sandboxed_zlib.compress(data, 6)` and `sandboxed_zlib.decompress(...)` of "
                "the 10 MiB corpus (bytes in, bytes out: every copy and check a user pays), "
                "built as the example ships (`setup.py build_ext`, default options but the "
                f"memory check), against `native`: {b14['native']}.", ""]
        out += _ratio_table(b14, "operation", "geomean ratio", geomeans(b14))
        out.append("")
    if "B3" in results:
        out += ["## B3 — crossing the boundary: a scalar export, `add(1, 2)`", "",
                "| contender | per call | x native, GIL released |", "|---|---|---|"]
        for name, r in results["B3"].items():
            out.append(f"| {name} | {_fmt_seconds(r['seconds'])} | {_fmt_ratio(r['ratio'])} |")
        out += ["", "![B3](b3_boundary.png)", ""]
    if "B7" in results:
        out += ["## B7 — the library calls Python: a C loop calling `f(i, s)`, two ints in, "
                "an int out", "",
                "`native` is the same C loop with a C callback that calls the function with "
                "`PyObject_Vectorcall`, holding the GIL throughout; `native, GIL released in C` "
                "releases it while the loop runs and takes it back for each call, as a sandbox "
                "does around each return into wasm. `wasmtime` is wasmtime-py calling an "
                "imported host function from the same loop in wasm.", "",
                "| contender | per round trip | x native |", "|---|---|---|"]
        for name, r in results["B7"].items():
            out.append(f"| {name} | {_fmt_seconds(r['seconds'])} | {_fmt_ratio(r['ratio'])} |")
        out += ["", "![B7](b7_callbacks.png)", ""]
    if "B8" in results:
        b8 = results["B8"]
        out += ["## B8 — expat: a 10 MiB document, handlers in Python", "",
                f"`native` is the standard library's pyexpat (expat 2.5.0, as bundled with "
                f"CPython); the sandboxes are `example_project/expat` (the same expat 2.5.0, "
                f"pyexpat's API in Python), built with each memory check. The document "
                f"({b8['document'] / 2**20:.1f} MiB) is `bench/xmldoc.py`'s. The handlers "
                "count element names, attributes and text characters; 'doing nothing' "
                "ones measure the dispatch alone.", "",
                "| workload | " + " | ".join(next(iter(b8["ops"].values()))) + " |",
                "|---|" + "---|" * len(next(iter(b8["ops"].values())))]
        for op, contenders in b8["ops"].items():
            cells = [_fmt_seconds(r["seconds"]) + ("" if n == "native"
                                                   else f", {_fmt_ratio(r['ratio'])}")
                     for n, r in contenders.items()]
            out.append(f"| {op} | " + " | ".join(cells) + " |")
        out += ["", "![B8](b8_expat.png)", ""]
    if "B4" in results:
        out += ["## B4 — data across the boundary: crc32 of `bytes`, copy-in included", "",
                "`native` is zlib's crc32 on the bytes object in place; `native, copied in` "
                "does what the sandbox must (write into a buffer, then crc32).", ""]
        for size, contenders in results["B4"].items():
            out += [f"**{size}**", "", "| contender | per call | GB/s | x native |",
                    "|---|---|---|---|"]
            nbytes = _bytes_of(size)
            for name, r in contenders.items():
                gbs = nbytes / r["seconds"]["median"] / 1e9
                out.append(f"| {name} | {_fmt_seconds(r['seconds'])} | {gbs:.2f} | "
                           f"{_fmt_ratio(r['ratio'])} |")
            out.append("")
        out += ["![B4](b4_crc32.png)", ""]
    if "B5" in results:
        b5 = results["B5"]
        out += ["## B5 — a sandbox's life", "", "Create + first call + close:", "",
                "| module | per life |", "|---|---|"]
        out += [f"| {n} | {_fmt_seconds(s)} |" for n, s in b5["lifecycle"].items()]
        out += ["", "Idle sandboxes (zlib; a child process creates them until it cannot):", "",
                "| mode | resident memory per idle sandbox | address space per sandbox | "
                "live sandboxes | stopped by |", "|---|---|---|---|---|"]
        for mode, c in b5["capacity"].items():
            if "error" in c:
                out.append(f"| {mode} | | | | {c['error']} |")
                continue
            out.append(f"| {mode} | {c['rss_per_sandbox'] / 1024:.0f} KiB | "
                       f"{c['address_space_per_sandbox'] / 2**20:.0f} MiB | {c['live']:,} | "
                       f"{c['stopped_by']} |")
        out += ["", "![B5](b5_lifecycle.png)", ""]
    if "B9" in results:
        out += _lua_table(results["B9"])
    if "B6" in results:
        b6 = results["B6"]
        out += ["## B6 — build time (zlib, `setup.py build_ext --inplace`)", "",
                f"Built with {b6.get('environment', 'this interpreter')}; wall-clock time, "
                "both cores; the wasm toolchain warm (zig's libc built once). \"clean "
                "sandboxed\" has no cached wasm or wasm2c output; \"cached wasm\" is a clean "
                "build of the same sources in a fresh folder, with the wasm and the wasm2c "
                "output found in the build cache (another virtualenv, or CI with the cache "
                "restored): only the host compiler runs.", "", "| build | time |", "|---|---|"]
        for name in ("clean sandboxed", "clean sandboxed, cached wasm", "clean native",
                     "no-change rebuild"):
            if name in b6:
                out.append(f"| {name} | {_fmt_seconds(b6[name])} |")
        out.append(f"| sandboxed / native | {_fmt_ratio(b6['ratio'])} |")
        if "cached ratio" in b6:
            out.append(f"| sandboxed with cached wasm / native | "
                       f"{_fmt_ratio(b6['cached ratio'])} |")
        out += ["",
                "![B6](b6_build.png)", ""]
    return "\n".join(out)


def _color(name: str) -> str:
    """One colour per kind of contender in the bar charts."""
    if "wasmtime" in name:
        return "tab:red"
    if "wasmext" in name:
        return "tab:orange"
    return "tab:gray" if name.startswith("native") else "tab:blue"


def _bytes_of(label: str) -> int:
    number, unit = label.split()
    return int(number) << (20 if unit == "MiB" else 10)


def _ratio_table(result: dict[str, Any], row_name: str, geomean_row: str,
                 geomean: dict[str, float], outputs: str | None = None) -> list[str]:
    """One row per operation: native's time, then each contender's time and ratio (and,
    with `outputs`, the result every contender had to agree on); a geomean row last."""
    names = list(next(iter(result["ops"].values())).keys())
    others = [n for n in names if n != "native"]
    tail = f" {outputs} |" if outputs else ""
    out = [f"| {row_name} | native | " + " | ".join(others) + " |" + tail,
           "|---|---|" + "---|" * len(others) + ("---|" if outputs else "")]
    for op, r in result["ops"].items():
        cells = [_fmt_seconds(r["native"]["seconds"])]
        cells += [f"{_fmt_seconds(r[n]['seconds'])}, {_fmt_ratio(r[n]['ratio'])}"
                  for n in others]
        shown = f" `{result['outputs'][op]}` |" if outputs else ""
        out.append(f"| {op} | " + " | ".join(cells) + " |" + shown)
    out.append(f"| **{geomean_row}** | 1 | "
               + " | ".join(f"**{geomean[n]:.3f}x**" for n in others) + " |"
               + (" |" if outputs else ""))
    return out


def _codec_table(title: str, result: dict[str, Any], picture: str) -> list[str]:
    out = [f"## {title}", "",
           *_ratio_table(result, "operation", "geomean ratio", geomeans(result))]
    sizes = ", ".join(f"{k}: {v:,} B" for k, v in result["sizes"].items())
    out += ["", f"Output sizes (identical for every contender): {sizes}.", "",
            f"![{title.split()[0]}]({picture})", ""]
    return out


def _cpu_table(result: dict[str, Any]) -> list[str]:
    return ["## B13 — CPU-bound work in the manner of CoreMark", "",
            "`benchmarks/native/cpukernel.c` (written for this suite, not CoreMark's code): a "
            "4096-node linked list merge-sorted, searched and reversed; 64x64 `int16` matrices "
            "multiplied; a state machine classifying the tokens of a 64 KiB text; range queries "
            "walking an 8192-node binary search tree recursively (nearly all calls). Each "
            "returns a checksum, which must be the same for every contender. The wasm is "
            "compiled by the wasm toolchain's clang at -O2, the native code by the host "
            "compiler with Python's flags: where clang's code is better than gcc's, a sandbox "
            "can beat native.", "",
            *_ratio_table(result, "kernel", "geomean ratio", geomeans(result), "checksum"),
            "", "![B13](b13_cpu.png)", ""]


def _lua_table(result: dict[str, Any]) -> list[str]:
    return ["## B9 — Lua 5.4.8: CPU-bound scripts and an error loop", "",
            "The same Lua sources and embedding (`tests/sjlj/lib/lua_glue.c`: one `lua_pcall` "
            "per chunk) built natively and sandboxed; each script runs in one long-lived Lua "
            "state per contender, and its result must be the same everywhere. The error loop "
            "is `pcall(error, i)` 300,000 times: each a C `longjmp`, inside the sandbox a wasm "
            "exception caught by wasm2c's code.", "",
            *_ratio_table(result, "script", "CPU-bound geomean", lua_geomeans(result), "result"),
            "", "![B9](b9_lua.png)", ""]


def plots(results: dict[str, Any], folder: Path) -> list[Path]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    written: list[Path] = []

    def save(fig: Any, name: str) -> None:
        path = folder / name
        fig.tight_layout()
        fig.savefig(path, dpi=110)
        plt.close(fig)
        written.append(path)

    for key, name, title in (("B1", "b1_zlib.png", "zlib 1.3.1"),
                             ("B2", "b2_zstd.png", "zstd 1.5.7"),
                             ("B9", "b9_lua.png", "Lua 5.4.8"),
                             ("B13", "b13_cpu.png", "CPU kernel"),
                             ("B10", "b10_snappy.png", "snappy 1.1.9 (C++)")):
        if key not in results:
            continue
        ops = list(results[key]["ops"])
        contenders = [n for n in results[key]["ops"][ops[0]] if n != "native"]
        fig, ax = plt.subplots(figsize=(8, 4))
        width = 0.8 / len(contenders)
        for i, c in enumerate(contenders):
            med = [results[key]["ops"][op][c]["ratio"]["median"] for op in ops]
            ratios = [results[key]["ops"][op][c]["ratio"] for op in ops]
            low = [m - r["min"] for m, r in zip(med, ratios, strict=True)]
            high = [r["max"] - m for m, r in zip(med, ratios, strict=True)]
            xs = [j + (i - (len(contenders) - 1) / 2) * width for j in range(len(ops))]
            ax.bar(xs, med, width, yerr=[low, high], capsize=3, label=c)
        ax.axhline(1.0, color="black", linewidth=0.8)
        ax.set_xticks(range(len(ops)), ops)
        ax.set_ylabel("time / native (per round)")
        peers = "sandboxed" if key == "B9" else "sandboxed, wasmext and wasmtime-py"
        ax.set_title(f"{title}: {peers} vs the same source built natively")
        ax.set_ylim(0, ax.get_ylim()[1] * 1.25)
        ax.legend(fontsize=8, ncol=len(contenders), loc="upper center")
        save(fig, name)
    if "B3" in results:
        names = list(results["B3"])
        fig, ax = plt.subplots(figsize=(8, 4))
        ns = [results["B3"][n]["seconds"]["median"] * 1e9 for n in names]
        ax.barh(names, ns, color=[_color(n) for n in names])
        ax.set_xscale("log")
        ax.set_xlabel("ns per call (log scale)")
        ax.set_title("Calling a scalar export from Python")
        for y, v in enumerate(ns):
            ax.text(v, y, f" {v:,.0f} ns", va="center", fontsize=8)
        ax.invert_yaxis()
        save(fig, "b3_boundary.png")
    if "B7" in results:
        names = list(results["B7"])
        fig, ax = plt.subplots(figsize=(8, 3))
        ns = [results["B7"][n]["seconds"]["median"] * 1e9 for n in names]
        ax.barh(names, ns, color=["tab:gray"] * 2 + ["tab:blue"] * (len(names) - 3)
                + ["tab:red"])
        ax.set_xscale("log")
        ax.set_xlabel("ns per round trip (log scale)")
        ax.set_title("A C loop calling a Python function")
        for y, v in enumerate(ns):
            ax.text(v, y, f" {v:,.0f} ns", va="center", fontsize=8)
        ax.invert_yaxis()
        save(fig, "b7_callbacks.png")
    if "B8" in results:
        ops = list(results["B8"]["ops"])
        contenders = [n for n in results["B8"]["ops"][ops[0]] if n != "native"]
        fig, ax = plt.subplots(figsize=(8, 4))
        width = 0.8 / len(contenders)
        for i, c in enumerate(contenders):
            ratios = [results["B8"]["ops"][op][c]["ratio"] for op in ops]
            med = [r["median"] for r in ratios]
            low = [m - r["min"] for m, r in zip(med, ratios, strict=True)]
            high = [r["max"] - m for m, r in zip(med, ratios, strict=True)]
            xs = [j + (i - (len(contenders) - 1) / 2) * width for j in range(len(ops))]
            ax.bar(xs, med, width, yerr=[low, high], capsize=3, label=f"sandbox {c}")
        ax.axhline(1.0, color="black", linewidth=0.8)
        ax.set_xticks(range(len(ops)), [op.replace(" handlers", "\nhandlers") for op in ops])
        ax.set_ylabel("time / native pyexpat (per round)")
        ax.set_title("expat 2.5.0 parsing 10 MiB: sandboxed example vs pyexpat")
        ax.legend(fontsize=8)
        save(fig, "b8_expat.png")
    if "B4" in results:
        fig, ax = plt.subplots(figsize=(8, 4))
        sizes = list(results["B4"])
        names = list(results["B4"][sizes[0]])
        for n in names:
            gbs = [_bytes_of(s) / results["B4"][s][n]["seconds"]["median"] / 1e9 for s in sizes]
            ax.plot(sizes, gbs, marker="o", label=n)
        ax.set_ylabel("GB/s (copy-in included)")
        ax.set_title("crc32 of bytes")
        ax.legend()
        save(fig, "b4_crc32.png")
    if "B5" in results:
        life = results["B5"]["lifecycle"]
        fig, ax = plt.subplots(figsize=(8, 4))
        names = list(life)
        us = [life[n]["median"] * 1e6 for n in names]
        ax.barh(names, us, color=[_color(n) for n in names])
        ax.set_xscale("log")
        ax.set_xlabel("µs per create + first call + close (log scale)")
        for y, v in enumerate(us):
            ax.text(v, y, f" {v:,.1f} µs", va="center", fontsize=8)
        ax.invert_yaxis()
        save(fig, "b5_lifecycle.png")
    pairs = [(label, ours, theirs) for label, ours, theirs, _ in side_by_side(results)
             if ours is not None and theirs is not None]
    if pairs:
        fig, ax = plt.subplots(figsize=(9.5, 0.9 + 0.32 * len(pairs)))
        ratios = [ours / theirs for _, ours, theirs in pairs]
        ax.barh([label for label, _, _ in pairs], ratios,
                color=["tab:blue" if r <= 1 else "tab:orange" for r in ratios])
        ax.axvline(1.0, color="black", linewidth=0.8)
        ax.set_xlabel("ours / wasmext (below 1: we are faster or smaller)")
        ax.set_title("Side by side with wasmext, equal safety")
        for y, v in enumerate(ratios):
            ax.text(v, y, f" {v:.2f}", va="center", fontsize=8)
        ax.tick_params(axis="y", labelsize=7)
        ax.invert_yaxis()
        save(fig, "side_by_side.png")
    if "B6" in results:
        b6 = results["B6"]
        names = [n for n in ("clean native", "clean sandboxed", "clean sandboxed, cached wasm",
                             "no-change rebuild") if n in b6]
        colors = {"clean native": "tab:gray", "clean sandboxed": "tab:blue",
                  "clean sandboxed, cached wasm": "tab:cyan", "no-change rebuild": "tab:green"}
        fig, ax = plt.subplots(figsize=(7, 3))
        ax.barh(names, [b6[n]["median"] for n in names], color=[colors[n] for n in names])
        ax.set_xlabel("seconds (zlib, setup.py build_ext --inplace)")
        ax.invert_yaxis()
        save(fig, "b6_build.png")
    return written
