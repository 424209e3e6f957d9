"""Real C++ libraries from Debian's source packages, fetched at test time and pinned.

`apt-get source --download-only` runs with a private apt folder (its own sources list,
lists and cache), so the machine's apt state is never touched and no root is needed.
apt checks the files against the package's signed .dsc; the upstream tarball is then
checked again against the sha256 the .dsc listed when it was pinned here, and only then
extracted (a later Debian revision with the same upstream tarball still matches). The
extracted tree is kept in a cache folder, renamed into place whole under a file lock.

Also used by benchmarks/bench (B10), which loads this file by path.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path

from filelock import FileLock

_SOURCES_LIST = Path("/etc/apt/sources.list.d/debian.sources")
_DEFAULT_MIRROR = "http://deb.debian.org/debian"
_KEYRING = "/usr/share/keyrings/debian-archive-keyring.gpg"


@dataclass(frozen=True)
class DebianSource:
    package: str  # the source package: "snappy"
    tarball: str  # its upstream tarball: "snappy_1.1.9.orig.tar.gz"
    sha256: str  # as the package's .dsc lists it (Checksums-Sha256)
    top: str  # the folder the tarball holds: "snappy-1.1.9"


# bookworm's snappy 1.1.9-3 and hunspell 1.7.1-1.
SNAPPY = DebianSource("snappy", "snappy_1.1.9.orig.tar.gz",
                      "75c1fbb3d618dd3a0483bff0e26d0a92b495bbe5059c8b4f1c962b478b6e06e7",
                      "snappy-1.1.9")
HUNSPELL = DebianSource("hunspell", "hunspell_1.7.1.orig.tar.gz",
                        "b2d9c5369c2cc7f321cb5983fda2dbf007dce3d9e17519746840a6f0c4bf7444",
                        "hunspell-1.7.1")


def _mirror() -> str:
    """The machine's own Debian mirror (deb.debian.org when it names none)."""
    if _SOURCES_LIST.is_file():
        for line in _SOURCES_LIST.read_text().splitlines():
            if line.startswith("URIs:"):
                return line.split()[1]
    return _DEFAULT_MIRROR


def _download(source: DebianSource, folder: Path) -> Path:
    apt = folder / "apt"
    (apt / "lists" / "partial").mkdir(parents=True)
    (apt / "cache" / "archives" / "partial").mkdir(parents=True)
    (apt / "src.list").write_text(
        f"deb-src [signed-by={_KEYRING}] {_mirror()} bookworm main\n")
    options = [f"-o=Dir::Etc::sourcelist={apt / 'src.list'}", "-o=Dir::Etc::sourceparts=-",
               f"-o=Dir::State::Lists={apt / 'lists'}", f"-o=Dir::Cache={apt / 'cache'}"]
    for argv in (["apt-get", *options, "update", "-qq"],
                 ["apt-get", *options, "source", "--download-only", "-qq", source.package]):
        result = subprocess.run(argv, cwd=folder, capture_output=True, text=True, check=False,
                                timeout=600)
        if result.returncode != 0:
            raise AssertionError(f"{' '.join(argv[:1] + argv[-3:])} failed:\n{result.stderr}")
    tarball = folder / source.tarball
    if not tarball.is_file():
        found = ", ".join(sorted(p.name for p in folder.iterdir()))
        raise AssertionError(f"apt-get source {source.package} gave no {source.tarball} "
                             f"(got: {found}); Debian moved to another upstream version: "
                             "pin the new tarball's sha256 from its .dsc")
    digest = hashlib.sha256(tarball.read_bytes()).hexdigest()
    if digest != source.sha256:
        raise AssertionError(f"{source.tarball} has sha256 {digest}, pinned {source.sha256}")
    return tarball


def fetch(source: DebianSource, cache: Path) -> Path:
    """The extracted upstream tree of `source`, from `cache` or fetched into it."""
    cache.mkdir(parents=True, exist_ok=True)
    tree = cache / source.top
    done = tree / ".wasmbox-complete"
    with FileLock(str(cache / f".{source.package}.lock")):
        if done.is_file() and done.read_text().strip() == source.sha256:
            return tree
        work = Path(tempfile.mkdtemp(prefix=f".{source.package}-", dir=cache))
        try:
            tarball = _download(source, work)
            with tarfile.open(tarball) as archive:
                archive.extractall(work / "x", filter="data")
            extracted = work / "x" / source.top
            (extracted / ".wasmbox-complete").write_text(source.sha256 + "\n")
            shutil.rmtree(tree, ignore_errors=True)
            extracted.rename(tree)
        finally:
            shutil.rmtree(work, ignore_errors=True)
    return tree


# ---- snappy: what its CMake build would generate ------------------------------------------

SNAPPY_SOURCES = ("snappy.cc", "snappy-sinksource.cc", "snappy-stubs-internal.cc",
                  "snappy-c.cc")

# cmake/config.h.in, as CMake fills it in for wasm32-wasi and for a baseline x86-64 (no
# -mssse3/-mbmi2: the portable code paths, the same for the sandbox and the native build).
_SNAPPY_CONFIG = """\
#ifndef THIRD_PARTY_SNAPPY_OPENSOURCE_CMAKE_CONFIG_H_
#define THIRD_PARTY_SNAPPY_OPENSOURCE_CMAKE_CONFIG_H_
#define HAVE_ATTRIBUTE_ALWAYS_INLINE 1
#define HAVE_BUILTIN_CTZ 1
#define HAVE_BUILTIN_EXPECT 1
#define HAVE_SYS_UIO_H 1
#define HAVE_UNISTD_H 1
#define SNAPPY_HAVE_SSSE3 0
#define SNAPPY_HAVE_BMI2 0
#endif
"""


def snappy_tree(cache: Path) -> Path:
    """snappy 1.1.9 with config.h and snappy-stubs-public.h written, as its CMake
    configure step would write them."""
    tree = fetch(SNAPPY, cache)
    stubs = (tree / "snappy-stubs-public.h.in").read_text()
    for name, value in (("HAVE_SYS_UIO_H_01", "1"), ("PROJECT_VERSION_MAJOR", "1"),
                        ("PROJECT_VERSION_MINOR", "1"), ("PROJECT_VERSION_PATCH", "9")):
        stubs = stubs.replace("${" + name + "}", value)
    with FileLock(str(cache / ".snappy.lock")):
        for name, text in (("config.h", _SNAPPY_CONFIG), ("snappy-stubs-public.h", stubs)):
            path = tree / name
            if not path.is_file() or path.read_text() != text:
                tmp = path.with_name(f".{name}.tmp")
                tmp.write_text(text)
                tmp.replace(path)
    return tree


HUNSPELL_SOURCES = ("affentry.cxx", "affixmgr.cxx", "csutil.cxx", "filemgr.cxx",
                    "hashmgr.cxx", "hunspell.cxx", "hunzip.cxx", "phonet.cxx", "replist.cxx",
                    "suggestmgr.cxx")
