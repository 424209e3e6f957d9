"""Where the suite keeps things."""

from __future__ import annotations

from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parent.parent
REPO = BENCHMARKS.parent
WORK = BENCHMARKS / "work"  # builds, sources, corpus (gitignored)
RESULTS = BENCHMARKS / "results"  # results.md, results.json, *.png
NATIVE = BENCHMARKS / "native"  # C for the native contenders
