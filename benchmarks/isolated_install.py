"""Wall-clock of isolated `pip install .` builds, compared across wasmbox-build wheels.

    python benchmarks/isolated_install.py \\
        --variant 'before=WHEELHOUSE_A:wasmbox-build[zig]' \\
        --variant 'after=WHEELHOUSE_B:wasmbox-build' --rounds 3

Each variant is a folder holding a wasmbox-build wheel and the requirement a project names
in `build-system.requires`. Three projects: the sandboxed zlib example (setuptools), and a
five-function library built by setuptools (`five`) and by scikit-build-core (`five-cmake`;
`five-cmake-dir` keeps scikit-build-core's build folder between builds); and `floor`, a
pure-Python setuptools project without wasmbox-build: what pip's isolated build costs by
itself, the floor under every no-change build.
For each, per round and variant (variants interleaved, their order rotating):

- cold: an empty WASMBOX_CACHE_DIR (only zlib's sources seeded, so no network for them),
  a fresh venv: `pip install .` — the first build on a machine;
- no-change: `pip install .` again, same venv, same folder;
- warm first: a fresh venv and a fresh copy of the project, the same cache — a new
  project (or a CI job with the cache restored) on a machine that has built before.

pip's own caches (wheels, HTTP) are left as they are, as on a developer's machine.
Reports medians (min-max) over rounds.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
import venv
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

FIVE_C = """\
#include <stdint.h>
#include <string.h>
int five_add(int a, int b) { return a + b; }
int five_mul(int a, int b) { return a * b; }
uint32_t five_sum(const uint8_t *data, size_t n) {
    uint32_t total = 0;
    for (size_t i = 0; i < n; i++) total += data[i];
    return total;
}
size_t five_len(const char *s) { return strlen(s); }
int five_clamp(int x, int lo, int hi) { return x < lo ? lo : x > hi ? hi : x; }
"""

FIVE_H = """\
#include <stddef.h>
#include <stdint.h>
int five_add(int a, int b);
int five_mul(int a, int b);
uint32_t five_sum(const uint8_t *data, size_t n);
size_t five_len(const char *s);
int five_clamp(int x, int lo, int hi);
"""


def _pyproject(requirement: str, rest: str) -> str:
    return (f'[build-system]\nrequires = ["setuptools>=64", "{requirement}"]\n'
            f'build-backend = "setuptools.build_meta"\n\n{rest}')


def make_zlib(dest: Path, requirement: str) -> Path:
    shutil.copytree(REPO / "example_project" / "setuptools", dest, symlinks=False,
                    ignore=shutil.ignore_patterns("build", "vendor", "*.egg-info", "*.so"))
    text = (dest / "pyproject.toml").read_text()
    _, _, rest = text.partition("[project]")
    (dest / "pyproject.toml").write_text(_pyproject(requirement, "[project]" + rest))
    return dest


def make_floor(dest: Path, requirement: str) -> Path:
    """One empty pure-Python package: a build environment with setuptools alone, pip's
    three build hooks, an install. `requirement` is not used."""
    del requirement
    (dest / "floor").mkdir(parents=True)
    (dest / "floor" / "__init__.py").write_text("")
    (dest / "pyproject.toml").write_text(
        '[build-system]\nrequires = ["setuptools>=64"]\nbuild-backend = "setuptools.build_meta"'
        '\n\n[project]\nname = "floor"\nversion = "1.0"\n\n[tool.setuptools]\n'
        'packages = ["floor"]\n')
    return dest


def make_five(dest: Path, requirement: str) -> Path:
    (dest / "csrc").mkdir(parents=True)
    (dest / "csrc" / "five.c").write_text(FIVE_C)
    (dest / "csrc" / "five.h").write_text(FIVE_H)
    (dest / "five").mkdir()
    (dest / "five" / "__init__.py").write_text("")
    (dest / "pyproject.toml").write_text(_pyproject(requirement, """\
[project]
name = "five"
version = "1.0"
requires-python = ">=3.11"

[tool.setuptools]
packages = ["five"]

[[tool.wasmbox.extension]]
name = "five._five"
sources = ["csrc/five.c"]
header = "csrc/five.h"
"""))
    return dest


def make_five_cmake(dest: Path, requirement: str, build_dir: bool = False) -> Path:
    """The five-function library as a scikit-build-core project, as docs/cmake.md shows it;
    with `build_dir`, its build folder kept between builds (docs/cmake.md, "Rebuilds")."""
    (dest / "csrc").mkdir(parents=True)
    (dest / "csrc" / "five.c").write_text(FIVE_C)
    (dest / "csrc" / "five.h").write_text(FIVE_H)
    (dest / "five").mkdir()
    (dest / "five" / "__init__.py").write_text("")
    (dest / "CMakeLists.txt").write_text("""\
cmake_minimum_required(VERSION 3.15...4.4)
project(five LANGUAGES C)
find_package(WasmBox CONFIG REQUIRED)
wasmbox_add_library(_five MODULE_NAME five._five SOURCES csrc/five.c HEADER csrc/five.h)
install(TARGETS _five DESTINATION five)
""")
    (dest / "pyproject.toml").write_text(f"""\
[build-system]
requires = ["scikit-build-core>=0.10", "{requirement}"]
build-backend = "scikit_build_core.build"

[project]
name = "five"
version = "1.0"
requires-python = ">=3.11"

[tool.scikit-build]
wheel.packages = ["five"]
""" + ('build-dir = "build/{wheel_tag}"\n' if build_dir else ""))
    return dest


PROJECTS = {"floor": make_floor, "zlib": make_zlib, "five": make_five,
            "five-cmake": make_five_cmake,
            "five-cmake-dir": lambda dest, req: make_five_cmake(dest, req, build_dir=True)}


def pip_install(python: Path, project: Path, wheelhouse: Path, cache: Path) -> tuple[float, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("WASMBOX_")
           and k != "PYTHONPATH"}
    env["WASMBOX_CACHE_DIR"] = str(cache)
    start = time.perf_counter()
    result = subprocess.run([str(python), "-m", "pip", "install", "-v", "--find-links",
                             str(wheelhouse), str(project)], capture_output=True, text=True,
                            env=env, check=False, cwd=project.parent)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"pip install {project} failed:\n{result.stdout[-4000:]}\n"
                         f"{result.stderr[-4000:]}")
    return elapsed, result.stdout + result.stderr


def fresh_venv(path: Path) -> Path:
    venv.EnvBuilder(with_pip=True).create(path)
    return path / "bin" / "python"


def seed_sources(cache: Path, seed: Path | None) -> None:
    cache.mkdir(parents=True)
    if seed is not None and seed.is_dir():
        shutil.copytree(seed, cache / "sources")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--variant", action="append", required=True,
                        help="NAME=WHEELHOUSE:REQUIREMENT")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--work", type=Path, default=REPO / "benchmarks" / "work" / "isolated")
    parser.add_argument("--projects", default="floor,five,five-cmake,zlib")
    parser.add_argument("--no-warm-first", action="store_true",
                        help="skip the third build (a fresh venv and copy, same cache)")
    parser.add_argument("--out", type=Path, default=None,
                        help="also write the table as markdown here")
    parser.add_argument("--sources", type=Path, default=None,
                        help="a wasmbox cache's sources/ folder to seed (zlib's, verified)")
    args = parser.parse_args()
    variants: dict[str, tuple[Path, str]] = {}
    for spec in args.variant:
        name, _, rest = spec.partition("=")
        wheelhouse, _, requirement = rest.partition(":")
        variants[name] = (Path(wheelhouse).resolve(), requirement)
    projects = args.projects.split(",")
    shutil.rmtree(args.work, ignore_errors=True)
    args.work.mkdir(parents=True)
    times: dict[str, list[float]] = {}
    names = list(variants)
    for round_ in range(args.rounds):
        order = names[round_ % len(names):] + names[:round_ % len(names)]
        for name in order:
            wheelhouse, requirement = variants[name]
            for project_name in projects:
                base = args.work / f"r{round_}-{name}-{project_name}"
                cache = base / "cache"
                seed_sources(cache, args.sources)
                python = fresh_venv(base / "venv")
                project = PROJECTS[project_name](base / "project", requirement)
                cold, log = pip_install(python, project, wheelhouse, cache)
                again, _ = pip_install(python, project, wheelhouse, cache)
                measured = {"cold": cold, "no-change": again}
                if not args.no_warm_first:
                    python2 = fresh_venv(base / "venv2")
                    project2 = PROJECTS[project_name](base / "project2", requirement)
                    measured["warm first"], _ = pip_install(python2, project2, wheelhouse, cache)
                for measure, value in measured.items():
                    times.setdefault(f"{project_name}|{measure}|{name}", []).append(value)
                shown = ", ".join(f"{key} {value:6.1f} s" for key, value in measured.items())
                print(f"round {round_} {name:>9} {project_name:>5}: {shown} (zig fetched: "
                      f"{'fetching zig' in log})", flush=True)
                shutil.rmtree(base, ignore_errors=True)
    table = ["| project | build | " + " | ".join(names) + " |",
             "|---|---|" + "---|" * len(names)]
    for project_name in projects:
        for measure in ("cold", "no-change", "warm first"):
            if f"{project_name}|{measure}|{names[0]}" not in times:
                continue
            cells = []
            for name in names:
                samples = times[f"{project_name}|{measure}|{name}"]
                cells.append(f"{statistics.median(samples):.1f} s ({min(samples):.1f}-"
                             f"{max(samples):.1f})")
            table.append(f"| {project_name} | {measure} | " + " | ".join(cells) + " |")
    print("\n" + "\n".join(table))
    (args.work.parent / "isolated.json").write_text(json.dumps(times, indent=1))
    if args.out is not None:
        args.out.write_text("\n".join([
            "# Isolated `pip install .`: wall clock", "",
            f"`python benchmarks/isolated_install.py {' '.join(sys.argv[1:])}` on "
            f"{platform.node() or 'this machine'} ({os.cpu_count()} cores), "
            f"{args.rounds} round(s), median (min-max). What each row means is in the "
            "script's docstring.", "", *table, ""]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
