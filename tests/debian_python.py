"""Debian unstable's CPython 3.14 and 3.15, in a chroot the tests own (issue 21).

pyenv here has 3.11-3.13 only and python.org cannot be reached, but Debian's registry
serves python3.14 and python3.15 in unstable. `debootstrap --variant=minbase` puts
them (with their -dev and -venv packages, gcc, and what building CPython itself needs)
into a folder under the test cache: ~2 minutes and ~750 MB, made once and reused until
it is deleted or the package list below changes (its digest names the folder). It is
built in a `.partial` folder and renamed into place whole, under a file lock.

Everything runs in it through `unshare --mount`: /proc, the checkout, the test cache
and the test's temporary folders are mounted at their own paths in a private mount
namespace, which ends with the command, so a killed test leaves no mount behind.
Setting up (pip installs) runs as root; the tests themselves run as the invoking user.
When the tests do not run as root, `sudo -n` must work (run-tests installs apt packages
the same way).

In the chroot, one virtualenv per CPython holds wasmbox-build's dependencies, pytest,
and wasmbox-build itself installed editable from the checkout (the same path inside),
so the tests run this checkout's code with the entry points a user's install has.
"""

from __future__ import annotations

import hashlib
import json
import os
import shlex
import shutil
import subprocess
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from filelock import FileLock

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence

REPO = Path(__file__).resolve().parent.parent
VERSIONS = ("3.14", "3.15")
# The interpreters with their headers and venv, a compiler for the extensions, and
# what building a free-threaded CPython from source needs (tests/freethreaded.py).
PACKAGES = ("python3.14", "python3.14-dev", "python3.14-venv",
            "python3.15", "python3.15-dev", "python3.15-venv",
            "gcc", "make", "pkgconf", "xz-utils", "ca-certificates",
            "libffi-dev", "libssl-dev", "zlib1g-dev", "libexpat1-dev", "libbz2-dev",
            "liblzma-dev", "libmpdec-dev")
# What the tests need in each interpreter besides wasmbox-build's own dependencies.
TEST_REQUIREMENTS = ("pytest>=7", "pytest-timeout>=2")
_SOURCES_LIST = Path("/etc/apt/sources.list.d/debian.sources")
_DEFAULT_MIRROR = "http://deb.debian.org/debian"
_HOST_CA = Path("/etc/ssl/certs/ca-certificates.crt")
# Passed through to pip in the chroot: how this machine reaches PyPI.
_PIP_ENV = ("PIP_INDEX_URL", "HTTP_PROXY", "HTTPS_PROXY", "NO_PROXY",
            "http_proxy", "https_proxy", "no_proxy")


def mirror() -> str:
    """The machine's own Debian mirror (deb.debian.org when it names none)."""
    configured = os.environ.get("WASMBOX_TEST_DEBIAN_MIRROR")
    if configured:
        return configured
    if _SOURCES_LIST.is_file():
        for line in _SOURCES_LIST.read_text().splitlines():
            if line.startswith("URIs:"):
                return line.split()[1]
    return _DEFAULT_MIRROR


def _as_root() -> list[str]:
    """The prefix that runs a command as root: none when the tests run as root."""
    if os.geteuid() == 0:
        return []
    if shutil.which("sudo") is None:
        raise AssertionError("the CPython 3.14/3.15 tests need root for debootstrap and "
                             "chroot: run the tests as root or with passwordless sudo")
    return ["sudo", "-n"]


def _run(argv: Sequence[str], timeout: float, **kwargs: object,
         ) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(list(argv), capture_output=True, text=True, check=False,
                            timeout=timeout, **kwargs)  # type: ignore[call-overload]
    if result.returncode != 0:
        shown = " ".join(shlex.quote(a) for a in argv)[:400]
        raise AssertionError(f"{shown} failed ({result.returncode}):\n"
                             f"{result.stdout[-3000:]}\n{result.stderr[-3000:]}")
    assert isinstance(result, subprocess.CompletedProcess)
    return result


@dataclass(frozen=True)
class Chroot:
    """A Debian unstable root folder, and commands run in it."""

    root: Path

    def run(self, argv: Sequence[str], *, binds: Iterable[Path] = (), cwd: Path | None = None,
            env: Mapping[str, str] | None = None, as_root: bool = False,
            network: bool = False, timeout: float = 1800, check: bool = True,
            ) -> subprocess.CompletedProcess[str]:
        """Run argv in the chroot with /proc, a fresh /tmp and each of `binds` (host
        folders, at the same paths) mounted; as the invoking user unless as_root.
        With `network`, the host's resolver and CA bundle are mounted too (pip)."""
        r = shlex.quote(str(self.root))
        lines = ["set -e", f"mount -t proc proc {r}/proc", f"mount -t tmpfs tmpfs {r}/tmp"]
        for folder in sorted({Path(b).resolve() for b in binds}):
            path = shlex.quote(str(folder))
            lines += [f"mkdir -p {r}{path}", f"mount --bind {path} {r}{path}"]
        if network:
            lines += [f"touch {r}/etc/resolv.conf",
                      f"mount --bind /etc/resolv.conf {r}/etc/resolv.conf"]
            if _HOST_CA.is_file():
                lines.append(f"mount --bind {_HOST_CA} {r}{_HOST_CA}")
        user = [] if as_root else [f"--userspec={os.getuid()}:{os.getgid()}"]
        inner = ["env", "-i", *(f"{k}={v}" for k, v in (env or {}).items()),
                 *(["sh", "-c", f"cd {shlex.quote(str(cwd))} && exec \"$@\"", "sh"]
                   if cwd else []), *argv]
        lines.append("exec chroot " + " ".join(shlex.quote(a) for a in
                                               [*user, str(self.root), *inner]))
        command = [*_as_root(), "unshare", "--mount", "--propagation", "private", "--",
                   "sh", "-c", "\n".join(lines)]
        if check:
            return _run(command, timeout)
        return subprocess.run(command, capture_output=True, text=True, check=False,
                              timeout=timeout)

    def python(self, version: str) -> Path:
        return Path("/usr/bin") / f"python{version}"


def _key(*parts: object) -> str:
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()[:12]


def debian_unstable(cache: Path) -> Chroot:
    """The chroot, debootstrapped into the test cache if it is not there yet."""
    folder = cache / "debian-unstable"
    folder.mkdir(parents=True, exist_ok=True)
    root = folder / f"root-{_key(PACKAGES)}"
    with FileLock(str(folder / ".lock")):
        if not root.is_dir():
            partial = root.with_name(root.name + ".partial")
            if partial.exists():  # an earlier run was stopped half-way
                remove_as_root(partial)
            if shutil.which("debootstrap") is None:
                raise AssertionError("debootstrap is not installed: ./run-tests installs it "
                                     "(apt-get install debootstrap)")
            _run([*_as_root(), "debootstrap", "--variant=minbase",
                  f"--include={','.join(PACKAGES)}", "sid", str(partial), mirror()], 1800)
            partial.rename(root)
    return Chroot(root)


def _requirements() -> list[str]:
    """wasmbox-build's dependencies (pyproject.toml), zig, and the test runner."""
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    return [*project["dependencies"], *project["optional-dependencies"]["zig"],
            *TEST_REQUIREMENTS]


def pip_env() -> dict[str, str]:
    env = {"PATH": "/usr/local/bin:/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": "/tmp",
           "PIP_DISABLE_PIP_VERSION_CHECK": "1", "PIP_NO_CACHE_DIR": "1"}
    if _HOST_CA.is_file():
        env["PIP_CERT"] = str(_HOST_CA)
    env.update({k: os.environ[k] for k in _PIP_ENV if k in os.environ})
    return env


def suite_venv(chroot: Chroot, version: str, python: Path | None = None) -> Path:
    """A virtualenv of `python` (Debian's python<version> by default) in the chroot with
    wasmbox-build (editable, from this checkout) and what the tests need; made once,
    and again when pyproject.toml or the checkout's path changes. Returns its python."""
    base = python or chroot.python(version)
    wanted = {"python": str(base), "requirements": _requirements(), "repo": str(REPO),
              "pyproject": hashlib.sha256((REPO / "pyproject.toml").read_bytes()).hexdigest()}
    venv = Path("/opt/wasmbox-tests") / f"venv-{_key(str(base))}"
    host_venv = chroot.root / venv.relative_to("/")
    stamp = host_venv / "wasmbox-tests.json"
    with FileLock(str(chroot.root.parent / f".venv-{_key(str(base))}.lock")):
        try:
            if json.loads(stamp.read_text()) == wanted:
                return venv / "bin" / "python"
        except (OSError, ValueError):
            pass
        pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet"]
        script = " && ".join([
            f"rm -rf {venv}",
            f"{shlex.quote(str(base))} -m venv {venv}",
            " ".join(shlex.quote(a) for a in [*pip, *wanted["requirements"]]),
            " ".join(shlex.quote(a) for a in [*pip, "--no-deps", "-e", str(REPO)]),
        ])
        chroot.run(["sh", "-c", script], binds=[REPO], env=pip_env(), as_root=True,
                   network=True, timeout=1800)
        write_as_root(stamp, json.dumps(wanted))  # last: a venv without it is made again
    return venv / "bin" / "python"


def remove_as_root(path: Path) -> None:
    """rm -rf a folder that root may have written into."""
    _run([*_as_root(), "rm", "-rf", "--one-file-system", str(path)], 600)


def write_as_root(path: Path, text: str) -> None:
    if os.geteuid() == 0:
        path.write_text(text)
    else:
        _run([*_as_root(), "tee", str(path)], 60, input=text)
