"""Check a resolved toolchain once by building a tiny reactor module with it.

A broken install (no compiler-rt, a libc for another target, a wasm-ld that is
missing) is then reported when the toolchain is chosen, not as a puzzling error in
the middle of a library's build. Success is remembered per toolchain identity.
C++ is checked the same way, separately (`verify_cxx`), when a build has C++ sources:
many installs build C but have no libc++ for wasm32.

The probe drives the compiler directly, with only the flags any reactor link needs:
the toolchain layer knows nothing of the pipeline that builds libraries.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from .. import settings
from ..errors import ToolchainError
from ..guest import CXX_ABORT_NOTE, CXX_INCLUDE_DIR, CXX_SUPPORT_SOURCES
from ..process import first_line, run_capture

if TYPE_CHECKING:
    from .model import Toolchain

_PROBE_C = """\
#include <stdlib.h>
#include <string.h>
int wasmbox_probe(int n) {
    char *p = malloc((size_t)n + 1);
    if (!p) return -1;
    memset(p, 'x', (size_t)n);
    p[n] = 0;
    int len = (int)strlen(p);
    free(p);
    return len;
}
"""


# A static constructor (run by _initialize), std::string and std::vector, and a file
# stream, built as every C++ module is (guest/: its support sources and overlay).
_PROBE_CXX = """\
#include <fstream>
#include <string>
#include <vector>
struct Seven { int n; Seven() : n(7) {} };
static Seven seven;
extern "C" int wasmbox_probe(int n) {
    std::vector<std::string> words(static_cast<size_t>(n), "x");
    std::string joined;
    for (const std::string &word : words) joined += word;
    std::ifstream missing("/nothing");
    return static_cast<int>(joined.size()) + seven.n + missing.is_open();
}
"""

def _marker(toolchain: Toolchain, kind: str = "") -> Path:
    return (settings.cache_dir() / "probes"
            / f"{toolchain.provider}-{toolchain.install_identity}{kind}.ok")


def _build(toolchain: Toolchain, driver: tuple[str, ...], sources: dict[str, str],
           extra: list[str], what: str) -> None:
    """Build `sources` (file name → text) into a reactor module, or raise ToolchainError."""
    work = Path(tempfile.mkdtemp(prefix="wasmbox-probe-"))
    try:
        paths = []
        for name, text in sources.items():
            (work / name).write_text(text)
            paths.append(str(work / name))
        out = work / "probe.wasm"
        argv = [*driver, *toolchain.cflags, *toolchain.ldflags, "-O2",
                "-mexec-model=reactor", "-Wl,--export=wasmbox_probe", *extra, *paths,
                "-o", str(out)]
        result = run_capture(argv, env=toolchain.env, timeout=900)
        if result.returncode != 0 or not out.is_file():
            errors = [line for line in result.stderr.splitlines() if "error" in line]
            detail = first_line(errors[0] if errors else result.stderr) or (
                f"exit status {result.returncode}")
            raise ToolchainError(f"{toolchain.describe()} cannot build {what}: {detail}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _remember(marker: Path, toolchain: Toolchain) -> None:
    marker.parent.mkdir(parents=True, exist_ok=True)
    tmp = marker.with_name(f".{marker.name}.{os.getpid()}")
    tmp.write_text(toolchain.describe() + "\n")
    tmp.replace(marker)


def verify(toolchain: Toolchain) -> None:
    """Raise ToolchainError unless `toolchain` can build a reactor module."""
    marker = _marker(toolchain)
    if marker.is_file():
        return
    _build(toolchain, toolchain.compiler, {"probe.c": _PROBE_C}, [], "a wasm module")
    _remember(marker, toolchain)


def verify_cxx(toolchain: Toolchain) -> None:
    """Raise ToolchainError (one line: the provider and the fix) unless `toolchain` can
    build a C++ reactor module against its libc++."""
    if toolchain.cxx_problem is not None or not toolchain.cxx_compiler:
        problem = toolchain.cxx_problem or "it has no C++ compiler"
        raise ToolchainError(f"C++ sources need libc++ for wasm32, and toolchain "
                             f"{toolchain.provider!r} has none: {problem}")
    marker = _marker(toolchain, "-cxx")
    if marker.is_file():
        return
    support = {source.name: source.read_text() for source in CXX_SUPPORT_SOURCES}
    _build(toolchain, toolchain.cxx_compiler, {"probe.cc": _PROBE_CXX, **support},
           [f"-I{CXX_INCLUDE_DIR}", f"-Wl,--export={CXX_ABORT_NOTE}"], "C++ (libc++)")
    _remember(marker, toolchain)
