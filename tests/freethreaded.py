"""A free-threaded CPython (--disable-gil), built from Debian's source package in the chroot.

No Debian suite ships a free-threaded interpreter, and of the CPython source packages the
Debian registry reachable here serves, only python3.13's files can be downloaded (every
python3.14 and python3.15 source file is 404 there, in sid and experimental alike). So
the interpreter is CPython 3.13.5 (trixie's upstream tarball, pinned), configured with
--disable-gil and built with the chroot's gcc (tests/debian_python.py): 3 minutes on two
idle cores (~5 CPU-minutes), once; the install is kept in the chroot under /opt and
reused until it is deleted or this recipe changes (its digest names the folder). The
build folder is removed afterwards; a stamp written last marks a finished install.

`python tests/freethreaded.py` builds it ahead of time and prints its path.
"""

from __future__ import annotations

import hashlib
import json
import shlex
import sys
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path

from filelock import FileLock

sys.path.insert(0, str(Path(__file__).resolve().parent))  # as a script, too
from debian_python import (
    Chroot,
    debian_unstable,
    mirror,
    pip_env,
    remove_as_root,
    write_as_root,
)


@dataclass(frozen=True)
class CPythonSource:
    package: str  # the Debian source package
    suite: str
    tarball: str  # its upstream tarball, as the package's .dsc names it
    sha256: str  # as the .dsc lists it (Checksums-Sha256)
    top: str  # the folder the tarball holds
    version: str  # "3.13": the interpreter is python3.13t


# trixie's python3.13 (3.13.5-2+deb13u5 when pinned).
SOURCE = CPythonSource("python3.13", "trixie", "python3.13_3.13.5.orig.tar.xz",
                       "93e583f243454e6e9e4588ca2c2662206ad961659863277afcdb96801647d640",
                       "Python-3.13.5", "3.13")
# No PGO/LTO: they would triple the build time, and the tests need correctness. No test
# modules (Lib/test and _testcapi: a third of the install's byte-compiling). With
# docstrings, as every CPython users have: inspect.signature() of builtins reads them.
CONFIGURE = ("--disable-gil", "--with-ensurepip=install", "--disable-test-modules")


def _key() -> str:
    text = json.dumps([SOURCE.sha256, CONFIGURE])
    return hashlib.sha256(text.encode()).hexdigest()[:12]


def prefix() -> Path:
    """Where the interpreter is installed, inside the chroot."""
    return Path("/opt") / f"cpython-{SOURCE.version}t-{_key()}"


def _download(chroot: Chroot, work: Path) -> Path:
    """The pinned upstream tarball, fetched by the chroot's apt with a private folder."""
    apt = work / "apt"
    (apt / "lists" / "partial").mkdir(parents=True)
    (apt / "cache" / "archives" / "partial").mkdir(parents=True)
    (apt / "src.list").write_text(
        "deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] "
        f"{mirror()} {SOURCE.suite} main\n")
    options = " ".join(shlex.quote(o) for o in [
        f"-o=Dir::Etc::sourcelist={apt / 'src.list'}", "-o=Dir::Etc::sourceparts=-",
        f"-o=Dir::State::Lists={apt / 'lists'}", f"-o=Dir::Cache={apt / 'cache'}",
        "-o=APT::Sandbox::User=root"])
    script = (f"cd {shlex.quote(str(work))} && apt-get {options} update -qq && "
              f"apt-get {options} source --download-only -qq {SOURCE.package}")
    chroot.run(["sh", "-c", script], binds=[work], env=pip_env(), as_root=True, network=True,
               timeout=900)
    tarball = work / SOURCE.tarball
    if not tarball.is_file():
        found = ", ".join(sorted(p.name for p in work.iterdir()))
        raise AssertionError(f"apt-get source {SOURCE.package} ({SOURCE.suite}) gave no "
                             f"{SOURCE.tarball} (got: {found}); Debian moved to another "
                             "upstream version: pin the new tarball's sha256 from its .dsc "
                             "in tests/freethreaded.py")
    digest = hashlib.sha256(tarball.read_bytes()).hexdigest()
    if digest != SOURCE.sha256:
        raise AssertionError(f"{SOURCE.tarball} has sha256 {digest}, pinned {SOURCE.sha256}")
    return tarball


def freethreaded_python(cache: Path) -> tuple[Chroot, Path]:
    """The chroot and the free-threaded interpreter in it, built first if need be."""
    chroot = debian_unstable(cache)
    installed = prefix()
    python = installed / "bin" / f"python{SOURCE.version}t"
    stamp = chroot.root / installed.relative_to("/") / "wasmbox-tests.json"
    with FileLock(str(chroot.root.parent / f".cpython-{_key()}.lock")):
        if stamp.is_file():
            return chroot, python
        work = Path(tempfile.mkdtemp(prefix=".cpython-build-", dir=chroot.root.parent))
        try:
            tarball = _download(chroot, work)
            with tarfile.open(tarball) as archive:
                archive.extractall(work, filter="data")
            tree = work / SOURCE.top
            configure = " ".join(shlex.quote(a) for a in [
                "./configure", f"--prefix={installed}", *CONFIGURE])
            script = " && ".join([
                f"rm -rf {shlex.quote(str(installed))}", f"cd {shlex.quote(str(tree))}",
                f"{configure} >configure.log 2>&1 || (tail -40 configure.log; false)",
                "make -j2 >make.log 2>&1 || (tail -60 make.log; false)",
                "make install >install.log 2>&1 || (tail -40 install.log; false)",
            ])
            chroot.run(["sh", "-c", script], binds=[work],
                       env={"PATH": "/usr/local/bin:/usr/bin:/bin", "LANG": "C.UTF-8",
                            "HOME": "/tmp"}, as_root=True, timeout=3600)
            chroot.run([str(python), "-c", "import sys, ssl, zlib, ctypes; "
                        "assert not sys._is_gil_enabled()"], as_root=True, timeout=120)
            write_as_root(stamp, json.dumps({"source": SOURCE.sha256, "configure": CONFIGURE}))
        finally:
            remove_as_root(work)
    return chroot, python


if __name__ == "__main__":
    from conftest import SESSION_CACHE

    chroot, python = freethreaded_python(SESSION_CACHE)
    print(chroot.root / python.relative_to("/"))
