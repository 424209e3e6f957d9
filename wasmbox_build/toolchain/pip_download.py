"""Download one pinned wheel with pip, in hash-checking mode.

Going through pip means the user's own pip configuration applies (index-url, proxies,
certificates, credentials) and that only files whose sha256 is pinned are accepted.

pip may not be importable from a build backend: an isolated build environment hides the
interpreter's site-packages, and uv-made environments have no pip at all. So pip runs as
`python -I -m pip` (isolated mode skips the build environment's PYTHONPATH, so the
interpreter's own pip is found) or, failing that, from the pip wheel bundled with
ensurepip (or Debian's python-wheels), which runs as is.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import threading
from pathlib import Path
from typing import IO

from ..errors import DownloadError, ToolchainError


class NotOnIndex(ToolchainError):
    """The package index has no file of the pinned version for this platform."""


# What pip writes when it could not reach an index (it then reports "no versions").
_NETWORK_SIGNS = ("Retrying (", "Could not fetch URL", "NewConnectionError", "ConnectTimeout",
                  "ReadTimeout", "SSLError", "ProxyError", "Connection refused",
                  "Failed to establish a new connection", "403 Client Error",
                  "401 Client Error", "Network is unreachable")


def _works(argv: list[str]) -> bool:
    try:
        result = subprocess.run([*argv, "--version"], capture_output=True, text=True,
                                timeout=120, check=False, stdin=subprocess.DEVNULL,
                                env=pip_environment())
    except (OSError, subprocess.TimeoutExpired):
        return False
    return result.returncode == 0 and result.stdout.startswith("pip ")


def _bundled_pip_wheels() -> list[Path]:
    folders = [Path("/usr/share/python-wheels")]  # Debian's ensurepip wheels
    try:
        import ensurepip
    except ImportError:
        pass
    else:
        folders.insert(0, Path(ensurepip.__file__).parent / "_bundled")
    return [wheel for folder in folders for wheel in sorted(folder.glob("pip-*.whl"))]


def find_pip() -> list[str] | None:
    """The argv prefix that runs a pip for this interpreter, or None if there is none."""
    candidates = [[sys.executable, "-I", "-m", "pip"]]
    # A pip wheel runs directly: `python pip-X.whl/pip ...`.
    candidates += [[sys.executable, "-I", str(wheel / "pip")] for wheel in _bundled_pip_wheels()]
    return next((argv for argv in candidates if _works(argv)), None)


def pip_environment() -> dict[str, str]:
    """This environment minus what ties pip to the build that is running us."""
    env = dict(os.environ)
    # pip reads each option from PIP_<OPTION> too: drop those that would change what is
    # downloaded (another platform, a constraint on the version) or where it goes.
    for name in ("PIP_BUILD_TRACKER", "PIP_REQUIRE_VIRTUALENV", "PIP_NO_BINARY",
                 "PIP_ONLY_BINARY", "PIP_PREFER_BINARY", "PIP_NO_DEPS", "PIP_DEST",
                 "PIP_REQUIREMENT", "PIP_CONSTRAINT", "PIP_PLATFORM", "PIP_PYTHON_VERSION",
                 "PIP_IMPLEMENTATION", "PIP_ABI", "PIP_PRE"):
        env.pop(name, None)
    return env


def _echo(stream: IO[str], sink: list[str], echo: bool) -> None:
    for line in stream:
        sink.append(line)
        if echo:
            sys.stderr.write(f"  pip: {line}" if line.strip() else line)
            sys.stderr.flush()


def _run(argv: list[str]) -> tuple[int, str, str]:
    """Run pip, showing its progress lines on our stderr as they come; return its output."""
    process = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               stdin=subprocess.DEVNULL, env=pip_environment(),
                               errors="replace")
    out: list[str] = []
    err: list[str] = []
    assert process.stdout is not None and process.stderr is not None
    reader = threading.Thread(target=_echo, args=(process.stderr, err, False), daemon=True)
    reader.start()
    try:
        _echo(process.stdout, out, True)
        code = process.wait()
    except BaseException:
        process.kill()  # interrupted: never leave pip downloading on its own
        process.wait()
        raise
    finally:
        reader.join(30)
    return code, "".join(out), "".join(err)


def _index_of(out: str) -> str:
    match = re.search(r"^Looking in indexes: (.+)$", out, re.MULTILINE)
    return match.group(1).strip() if match else "the package index"


def _error_lines(err: str) -> list[str]:
    return [line.removeprefix("ERROR: ").strip() for line in err.splitlines()
            if line.startswith("ERROR: ")]


def download(requirement: str, pinned: str, dest: Path, elsewhere: str) -> Path:
    """`pip download` the one requirement (pinned by `requirements_text`) into `dest`.

    `pinned` is a requirements file's text: the requirement with a --hash per accepted file;
    `elsewhere` the other way to get the tool, named when the index cannot be reached.
    Raises NotOnIndex if the index offers no file for this platform, DownloadError for
    anything else (a file whose hash is not pinned, no network), each in one line.
    """
    pip = find_pip()
    if pip is None:
        raise NotOnIndex(f"no pip to download {requirement} with (neither {sys.executable} "
                         f"-m pip nor ensurepip's bundled wheel)")
    dest.mkdir(parents=True, exist_ok=True)
    requirements = dest.parent / f"{dest.name}-requirements.txt"
    requirements.write_text(pinned)
    argv = [*pip, "download", "--no-deps", "--only-binary", ":all:", "--no-input",
            "--disable-pip-version-check", "--require-hashes", "--dest", str(dest),
            "--requirement", str(requirements)]
    code, out, err = _run(argv)
    if code == 0:
        files = sorted(dest.iterdir())
        if len(files) == 1:
            return files[0]
        raise DownloadError(f"pip download {requirement} left {len(files)} files in {dest}, "
                            f"expected one wheel; report this with `pip --version`")
    raise _classify(requirement, out, err, code, elsewhere)


def _classify(requirement: str, out: str, err: str, code: int,
              elsewhere: str) -> ToolchainError:
    index = _index_of(out)
    if "DO NOT MATCH THE HASHES" in err:
        url = re.search(r" from (\S+?)(?: \(from|:?$)", err, re.MULTILINE)
        got = re.search(r"Got\s+([0-9a-f]{64})", err)
        where = url.group(1) if url else index
        return DownloadError(
            f"the {requirement} wheel from {where} does not match any pinned sha256 "
            f"(got {got.group(1) if got else 'another file'}); it was discarded: make your "
            f"package index (PIP_INDEX_URL, pip.conf) serve PyPI's own file"
        )
    if any(sign in err for sign in _NETWORK_SIGNS):
        reason = next((line.strip() for line in err.splitlines()
                       if any(sign in line for sign in _NETWORK_SIGNS)), "")
        return DownloadError(
            f"pip could not reach {index} to download {requirement} ({reason[:200]}); check "
            f"the network or pip's index-url/proxy settings (pip.conf, PIP_INDEX_URL), or "
            f"{elsewhere}"
        )
    errors = _error_lines(err)
    if any("No matching distribution found" in line for line in errors):
        return NotOnIndex(f"{index} has no {requirement} wheel for this platform")
    detail = errors[-1] if errors else (err.strip().splitlines() or [f"exit status {code}"])[-1]
    return DownloadError(f"pip download {requirement} from {index} failed: {detail[:300]}; "
                         f"fix pip's configuration (pip.conf, PIP_INDEX_URL) or the network")
