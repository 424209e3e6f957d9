"""The real libraries of the setjmp/longjmp proofs, fetched at test time, checked against
pinned sha256 digests and kept in the session's source cache; never committed.

- libpng 1.6.39 and libjpeg-turbo 2.1.5: the upstream tarballs of Debian bookworm's
  source packages (`libpng1.6`, `libjpeg-turbo`), from the machine's Debian mirror.
  libpng's carries PngSuite (`contrib/pngsuite`) and `contrib/testpngs` with `crashers/`.
- Lua 5.4.8: `third-party/lua54` of the `lupa==2.8` sdist on PyPI.
- zlib 1.3.1 (libpng needs it), through the example project's pinned fetcher.
"""

from __future__ import annotations

import hashlib
import importlib.util
import shutil
import tarfile
import tempfile
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from projects import REPO

from wasmbox_build.settings import cache_dir

_DEBIAN_SOURCES = Path("/etc/apt/sources.list.d/debian.sources")


def _debian_mirror() -> str:
    """The machine's own Debian mirror (as apt uses it), else deb.debian.org."""
    if _DEBIAN_SOURCES.is_file():
        for line in _DEBIAN_SOURCES.read_text().splitlines():
            if line.startswith("URIs:") and line.split()[1:]:
                return line.split()[1].rstrip("/")
    return "http://deb.debian.org/debian"


@dataclass(frozen=True)
class Archive:
    file: str
    url: str
    sha256: str
    root: str  # the folder inside the archive that is unpacked


LIBPNG = Archive(
    "libpng1.6_1.6.39.orig.tar.gz",
    f"{_debian_mirror()}/pool/main/libp/libpng1.6/libpng1.6_1.6.39.orig.tar.gz",
    "a00e9d2f2f664186e4202db9299397f851aea71b36a35e74910b8820e380d441",
    "libpng-1.6.39")
LIBJPEG_TURBO = Archive(
    "libjpeg-turbo_2.1.5.orig.tar.gz",
    f"{_debian_mirror()}/pool/main/libj/libjpeg-turbo/libjpeg-turbo_2.1.5.orig.tar.gz",
    "254f3642b04e309fee775123133c6464181addc150499561020312ec61c1bf7c",
    "libjpeg-turbo-2.1.5")
LUA = Archive(
    "lupa-2.8.tar.gz",
    "https://files.pythonhosted.org/packages/c3/a6/0f869fbb07c393f15473b1eefefb7b5bec162fb"
    "7481803d040ed4dc46002/lupa-2.8.tar.gz",
    "d8022641b9ec8ecf2c5ecbe9f47e5a70e0b87c4b5ae921b92cb02a638e0acd08",
    "lupa-2.8/third-party/lua54")


def _download(archive: Archive, dest: Path) -> None:
    with urllib.request.urlopen(archive.url, timeout=120) as response:
        data = response.read()
    digest = hashlib.sha256(data).hexdigest()
    if digest != archive.sha256:
        raise AssertionError(f"{archive.url} has sha256 {digest}, not the pinned "
                             f"{archive.sha256}")
    dest.write_bytes(data)


def unpacked(archive: Archive) -> Path:
    """The archive's `root` folder, unpacked once into the source cache."""
    folder = cache_dir() / "sources" / archive.root.replace("/", "-")
    if (folder / ".complete").is_file():
        return folder
    folder.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=folder.parent) as tmp:
        tarball = Path(tmp) / archive.file
        _download(archive, tarball)
        staging = Path(tmp) / "unpacked"
        prefix = archive.root + "/"
        with tarfile.open(tarball) as tar:
            members = [m for m in tar.getmembers()
                       if m.name.startswith(prefix) and (m.isfile() or m.isdir())]
            for member in members:
                member.name = member.name[len(prefix):]
            tar.extractall(staging, members=[m for m in members if m.name],
                           filter="data")
        (staging / ".complete").write_text(archive.sha256 + "\n")
        shutil.rmtree(folder, ignore_errors=True)
        staging.rename(folder)
    return folder


def zlib_copy(dest: Path) -> Path:
    """zlib 1.3.1's pinned sources (the files the example project builds) in `dest`."""
    spec = importlib.util.spec_from_file_location("_sjlj_fetch_zlib",
                                                  REPO / "example_project" / "fetch_zlib.py")
    assert spec is not None and spec.loader is not None
    fetcher = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(fetcher)
    version = fetcher.VERSION
    return Path(fetcher.fetch(dest / f"zlib-{version}",
                              cache=cache_dir() / "sources" / f"zlib-{version}"))
