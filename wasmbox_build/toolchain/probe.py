"""Check a resolved toolchain once by building a tiny reactor module with it.

A broken install (no compiler-rt, a libc for another target, a wasm-ld that is
missing) is then reported when the toolchain is chosen, not as a puzzling error in
the middle of a library's build. Success is remembered per toolchain identity.

The probe drives the compiler directly, with only the flags any reactor link needs:
the toolchain layer knows nothing of the pipeline that builds libraries.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from .. import settings
from ..errors import ToolchainError
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


def _marker(toolchain: Toolchain) -> Path:
    return settings.cache_dir() / "probes" / f"{toolchain.provider}-{toolchain.install_identity}.ok"


def verify(toolchain: Toolchain) -> None:
    """Raise ToolchainError unless `toolchain` can build a reactor module."""
    marker = _marker(toolchain)
    if marker.is_file():
        return
    work = Path(tempfile.mkdtemp(prefix="wasmbox-probe-"))
    try:
        source = work / "probe.c"
        source.write_text(_PROBE_C)
        out = work / "probe.wasm"
        argv = [*toolchain.compiler, *toolchain.cflags, *toolchain.ldflags, "-O2",
                "-mexec-model=reactor", "-Wl,--export=wasmbox_probe", str(source),
                "-o", str(out)]
        result = run_capture(argv, env=toolchain.env, timeout=600)
        if result.returncode != 0 or not out.is_file():
            errors = [line for line in result.stderr.splitlines() if "error" in line]
            detail = first_line(errors[0] if errors else result.stderr) or (
                f"exit status {result.returncode}")
            raise ToolchainError(f"{toolchain.describe()} cannot build a wasm module: {detail}")
        marker.parent.mkdir(parents=True, exist_ok=True)
        marker.write_text(toolchain.describe() + "\n")
    finally:
        shutil.rmtree(work, ignore_errors=True)
