"""Building lib/spin.c, and what the deadline tests share: how long a call may take to
be stopped, and work of a known length."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from projects import TESTS, build_inplace, import_built, write_project

if TYPE_CHECKING:
    from types import ModuleType

LIB = TESTS / "deadlines" / "lib"
# A stopped call must end within this of its deadline. Measured lateness is well under
# a millisecond (benchmarks/ B11); the bound is generous for a loaded test machine.
SLACK = 2.0


def build_spin(root: Path, module: str, **options: object) -> ModuleType:
    write_project(root, module, {name: (LIB / name).read_text() for name in ("spin.c", "spin.h")},
                  header="spin.h", **options)
    build_inplace(root)
    return import_built(root, module)


def work_for(M: Any, seconds: float) -> int:
    """How many count_to() steps take about `seconds` here (measured on a fresh sandbox)."""
    sb = M.Sandbox(time_limit=None)
    n = 1 << 20
    while True:
        start = time.monotonic()
        sb.count_to(n)
        took = time.monotonic() - start
        if took > 0.02:
            return max(1, int(n * seconds / took))
        n *= 4


def run_script(M: ModuleType, text: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """Run `text` in a fresh interpreter, M's folder and name as sys.argv[1:]."""
    script = tmp_path / "child.py"
    script.write_text(text)
    return subprocess.run([sys.executable, str(script), str(Path(M.__file__).parent),
                           M.__name__], capture_output=True, text=True, timeout=60, check=False)
