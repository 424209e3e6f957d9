"""Measuring: one core, contenders interleaved round by round, medians and spreads, and
ratios taken within each round (so load from elsewhere on the machine cancels out).

Time is the CPU time of the measuring thread (CLOCK_THREAD_CPUTIME_ID: user + system),
not the wall clock: on a shared machine the wall clock also counts the time this
thread waits while other processes run, which varied 2x between rounds here. Every
contender runs its library on the calling thread (the GIL is released, but no other
thread takes over), so CPU time is the whole cost."""

from __future__ import annotations

import gc
import os
import statistics
import time
from collections.abc import Callable
from typing import Any

clock = time.thread_time

UNROLL = 10  # calls per loop iteration in call loops


def pin() -> str:
    """Pin this process to one core (the last), as `taskset -c N` would."""
    if not hasattr(os, "sched_setaffinity"):
        return "not pinned (no sched_setaffinity)"
    cores = sorted(os.sched_getaffinity(0))
    core = cores[-1]
    os.sched_setaffinity(0, {core})
    return f"pinned to core {core} of {len(cores)}"


def interleave(contenders: dict[str, Callable[[], Any]], rounds: int,
               warmup: int = 1) -> dict[str, list[float]]:
    """Run every contender once per round, in a rotating order; seconds per run."""
    names = list(contenders)
    samples: dict[str, list[float]] = {n: [] for n in names}
    gc_was = gc.isenabled()
    gc.disable()
    try:
        for r in range(warmup + rounds):
            order = names[r % len(names):] + names[:r % len(names)]
            for name in order:
                start = clock()
                contenders[name]()
                elapsed = clock() - start
                if r >= warmup:
                    samples[name].append(elapsed)
    finally:
        if gc_was:
            gc.enable()
    return samples


def call_loop(fn: Callable[..., Any], args: tuple[Any, ...]) -> Callable[[int], float]:
    """A function running fn(*args) n*UNROLL times; returns seconds per call."""
    names = ", ".join(f"a{i}" for i in range(len(args)))
    body = "; ".join([f"fn({names})"] * UNROLL)
    namespace: dict[str, Any] = {}
    exec(  # a loop with no per-call overhead but the call itself
        f"def loop(n, fn, {names}):\n"
        f"    for _ in range(n):\n"
        f"        {body}\n", namespace)
    loop = namespace["loop"]

    def run(n: int) -> float:
        start = clock()
        loop(n, fn, *args)
        return (clock() - start) / (n * UNROLL)

    return run


def calibrate(run: Callable[[int], float], seconds: float) -> int:
    """Loop iterations so that one run(n) takes about `seconds`."""
    n = 1
    while True:
        per_call = run(n)
        if per_call * n * UNROLL > seconds / 20 or n > 1 << 24:
            return max(1, int(seconds / (per_call * UNROLL)))
        n *= 4


def interleave_calls(contenders: dict[str, tuple[Callable[..., Any], tuple[Any, ...]]],
                     rounds: int, seconds: float = 0.04) -> dict[str, list[float]]:
    """Seconds per call of each fn(*args), sampled round by round (each sample a loop
    of about `seconds`)."""
    loops = {name: call_loop(fn, args) for name, (fn, args) in contenders.items()}
    counts = {name: calibrate(run, seconds) for name, run in loops.items()}
    samples: dict[str, list[float]] = {n: [] for n in loops}
    gc_was = gc.isenabled()
    gc.disable()
    try:
        names = list(loops)
        for r in range(rounds + 1):
            order = names[r % len(names):] + names[:r % len(names)]
            for name in order:
                value = loops[name](counts[name])
                if r:  # the first round warms up
                    samples[name].append(value)
    finally:
        if gc_was:
            gc.enable()
    return samples


def summary(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    q = statistics.quantiles(ordered, n=4) if len(ordered) >= 2 else [ordered[0]] * 3
    return {"median": statistics.median(ordered), "min": ordered[0], "max": ordered[-1],
            "q1": q[0], "q3": q[2], "n": len(ordered)}


def round_ratios(numerator: list[float], denominator: list[float]) -> dict[str, float]:
    """numerator/denominator within each round: median, min, max."""
    values = [a / b for a, b in zip(numerator, denominator, strict=True)]
    return {"median": statistics.median(values), "min": min(values), "max": max(values),
            "n": len(values)}


def geomean(values: list[float]) -> float:
    return statistics.geometric_mean(values)
