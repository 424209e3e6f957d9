"""zig from PyPI, fetched once per machine into the wasmbox cache (see pinned_wheel.py).

Its `ziglang/zig` is run where it lies. The path stays the same from build to build, which
matters: zig keys its cache of the wasi libc it builds (~30 s) by that path, so a zig
installed afresh into every isolated build environment rebuilds it every time.
"""

from __future__ import annotations

import platform
import sys
from pathlib import Path

from .pinned_wheel import USUAL_PLATFORMS, PinnedWheel, os_and_cpu

PINNED_VERSION = "0.17.1"  # the same as the `zig` extra in pyproject.toml
REQUIREMENT = f"ziglang=={PINNED_VERSION}"

# sha256 of every ziglang 0.17.1 wheel on PyPI (one per platform; there is no sdist).
PINNED_WHEELS = {
    "macosx_13_0_arm64": "09953b6af7f64168b915180a42774f520f92d86ef6331b28e33915c7e1f0bb23",
    "macosx_13_0_x86_64": "4e0b4b9c02b8d0d220e9948010f860b62ff11d96abb39762eca5fa2ef3f7bc97",
    "manylinux_2_12_i686.manylinux2010_i686.musllinux_1_1_i686":
        "d0549d5db63961ad9ed83ef628a45e3309542410dbcb6010116f4f2a3274d966",
    "manylinux_2_12_x86_64.manylinux2010_x86_64.musllinux_1_1_x86_64":
        "ea6cc5d87b033cf0aedfbc8f9549a908cae6c50ac31f1698188fa48a74524b54",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64":
        "b7c5f02fccd40f89b999ee16a1f5ddced56e6182370f8affe494bcf8a28cf07e",
    "manylinux_2_17_armv7l.manylinux2014_armv7l.musllinux_1_1_armv7l":
        "7ec229ead4a08f3bc537ed33fa8c0f811739b81a0d05afbea89db30afb4df1cc",
    "manylinux_2_17_ppc64le.manylinux2014_ppc64le.musllinux_1_1_ppc64le":
        "d3bf27478d4593f2df7daf5c59b616a543b8f9e2cc9235bef84d8e54862a4334",
    "manylinux_2_17_s390x.manylinux2014_s390x.musllinux_1_1_s390x":
        "87f24e5cdca55f5d47c1e20570eebb61a53957fafe4c35c69740e13affe407ba",
    "manylinux_2_31_riscv64.musllinux_1_1_riscv64":
        "d65ae4223b0c351cb3b4596262b8d9773acc9ca94ef8ea9b5fe3ddfa07dd204f",
    "win32": "ae28f1f1150b95c8b1bb5e185d18e6c542877dc480e2476ccc81dac41f191b71",
    "win_amd64": "69c3dfc3aff6a297ec4017aa904782c0e450eb988982d7f675d83edce27526fb",
    "win_arm64": "27a8da5f8eaa0e76ebbc7c2594130ed4646c1101ada2ce0aa86fe580c74154b9",
}

_PUBLISHED = USUAL_PLATFORMS  # the platforms those wheels serve


def wheel_name(platform_tag: str) -> str:
    return f"ziglang-{PINNED_VERSION}-py3-none-{platform_tag}.whl"


def host_key() -> str | None:
    """`linux-x86_64` and the like, or None if ziglang publishes no wheel for this host."""
    system, arch = os_and_cpu()
    if system is None or arch not in _PUBLISHED[system]:
        return None
    return f"{system}-{arch}"


def unpublished_reason() -> str:
    return (f"ziglang {PINNED_VERSION} publishes no wheel for {platform.machine()}-"
            f"{sys.platform}")


def executable_name() -> str:
    return "zig.exe" if sys.platform == "win32" else "zig"


def is_complete_tree(root: Path) -> bool:
    package = root / "ziglang"
    return (package / executable_name()).is_file() and (package / "lib").is_dir()


ZIG = PinnedWheel(
    project="ziglang", version=PINNED_VERSION, hashes=PINNED_WHEELS, tool="zig",
    size="~100 MB", fetch_command="python -m wasmbox_build fetch --zig", extra="zig",
    elsewhere="set WASI_SDK_PATH to a local wasi-sdk", host_key=host_key,
    unpublished_reason=unpublished_reason, is_complete_tree=is_complete_tree)
requirements_text = ZIG.requirements_text
cached_install = ZIG.cached_install
find_cached = ZIG.find_cached
ensure_fetched = ZIG.ensure_fetched
