"""For `doctor`: which Python this is, and what a version-specific build with it makes.

The stable-ABI side of "what a build makes" is abi3_survey's; here is the interpreter
itself (free-threaded or not, the GIL on or off now) and the module file and wheel tag
a version-specific build gets.
"""

from __future__ import annotations

import platform
import sys
import sysconfig
from dataclasses import dataclass

from ..pipeline import freethreading


@dataclass(frozen=True)
class PythonFacts:
    implementation: str  # "CPython"
    version: str  # "3.14.10"
    executable: str
    free_threaded: bool  # built with --disable-gil (Py_GIL_DISABLED)
    gil_enabled: bool  # the GIL is on now (a free-threaded build can turn it back on)
    ext_suffix: str  # ".cpython-314t-x86_64-linux-gnu.so"
    platform_tag: str  # "linux_x86_64"

    @property
    def minor(self) -> tuple[int, int]:
        major, minor = self.version.split(".")[:2]
        return int(major), int(minor)


def facts_here() -> PythonFacts:
    free_threaded = bool(sysconfig.get_config_var("Py_GIL_DISABLED"))
    is_gil_enabled = getattr(sys, "_is_gil_enabled", None)  # 3.13+
    return PythonFacts(
        implementation=platform.python_implementation(),
        version=platform.python_version(),
        executable=sys.executable,
        free_threaded=free_threaded,
        gil_enabled=bool(is_gil_enabled()) if is_gil_enabled is not None else True,
        ext_suffix=str(sysconfig.get_config_var("EXT_SUFFIX") or ".so"),
        platform_tag=sysconfig.get_platform().replace("-", "_").replace(".", "_"),
    )


def report(facts: PythonFacts) -> list[str]:
    """doctor's lines about this interpreter and a version-specific build with it."""
    major, minor = facts.minor
    if facts.free_threaded:
        kind = f"free-threaded ({major}.{minor}t), the GIL {'on' if facts.gil_enabled else 'off'}"
    else:
        kind = "with the GIL"
    lines = [f"Python: {facts.implementation} {facts.version}, {kind} ({facts.executable})"]
    interpreter = f"cp{major}{minor}"
    abi = interpreter + ("t" if facts.free_threaded else "")
    lines.append(f"a version-specific build here makes: <name>{facts.ext_suffix}, wheel tag "
                 f"{interpreter}-{abi}-{facts.platform_tag}")
    if facts.free_threaded:
        lines.append(f"without the GIL: {freethreading.status(facts.minor)}")
    return lines
