"""Fetch zlib 1.3.1's sources at build time, hash-pinned; they are never committed.

First choice: the official release archive (checked against its sha256). Fallback, for
machines that reach only PyPI: the `blosc==1.11.4` sdist, which carries zlib 1.3.1 in
`c-blosc/internal-complibs/`, fetched with pip. Either way every file we compile is
checked against its own pinned sha256 before it is used.
"""

from __future__ import annotations

import hashlib
import io
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import urllib.request
from pathlib import Path

VERSION = "1.3.1"
OFFICIAL_URLS = (
    f"https://zlib.net/zlib-{VERSION}.tar.gz",
    f"https://github.com/madler/zlib/releases/download/v{VERSION}/zlib-{VERSION}.tar.gz",
)
OFFICIAL_SHA256 = "9a93b2b7dfdac77ceba5a558a580e74667dd6fede4585b91eefb60f03b72df23"
FALLBACK_SDIST = ("blosc", "1.11.4",
                  "e0b312d9554d3aea93c75af4ad70dfa8b815ef4fe2b658c313b2f27ed0f41d37",
                  f"blosc/c-blosc/internal-complibs/zlib-{VERSION}/")

# The files the sandboxed library is built from (gz*.c, file I/O, are left out).
FILES = {
    "adler32.c": "9cd1443a24ff2a3053961695bd432035c58347386a420d3388232376ebabe211",
    "compress.c": "86f802c16a965e7a28737e3730b4e576c5ba40981753967e3e30916f4dc1b4b1",
    "crc32.c": "8fd16f0a7714d51c89c2eb37eb98ec15e8a4dc57ba343e7b7398b19144039fda",
    "deflate.c": "3b956337350f94c34987750f785587ef33d9c89ceaebb7c2afb189c956360cbe",
    "infback.c": "62df9a6dd3eef126f1d81d0ad7a534504610dec44482b0a472b61c93cbab6554",
    "inffast.c": "e6ef64ce5dc0a4cd5c7ad08ceeb2b2a698b8447f6bd156057caeb2edab68c0cb",
    "inflate.c": "34c998ce0037c0537c04b03b276f680b945f9b2c9d1e01b287605bd6879f7fd2",
    "inftrees.c": "5d4f335221d2dc76f17abd2577d92c2d7baf68fa6d7f23373b360830493d1563",
    "trees.c": "f63c68c16c05fcd196050529d1a0e7657960e4136b9987d90a6ac3e58a964b0f",
    "uncompr.c": "04dca5e31b3b8a17d1806426f66f0c539f4184d657e149d40be07070c6227b52",
    "zutil.c": "8ced40d8c88588811edd2bdb35b7439983d5e1f8e9e32b8a3b244731f3c317b7",
    "crc32.h": "9a2223575183ac2ee8a247f20bf3ac066e8bd0140369556bdbdffc777435749e",
    "deflate.h": "48baf016326d8d5e3e32ac8153cc7e22f854b8e6834830b167b998a7fb1e7989",
    "gzguts.h": "6f263430cd2a9a12f0c3cf4d68dc74674257f3e24fa869f59067cef99e8ee12d",
    "inffast.h": "05cc5dc9ff1da7b8b52a4bd8bda0d8a5c236a2f39efe84b941516ea13857e6c5",
    "inffixed.h": "237ba710f090e432b62ebf963bee8b302867e9691406b2d3f8ee89ee7bfef9b0",
    "inflate.h": "e8d4a51b07694bf48cb91979c19974cf6a5ab0b8a09d26ec0d14df349230673e",
    "inftrees.h": "0a0fcaf2ae2fae57426bdc06637270e9bba974f35202cadbdba479d946e6409d",
    "trees.h": "bb0a9d3ca88ee00c81adb7c636e73b97085f6ef1b52d6d58edbe2b6dc3adeb4d",
    "zconf.h": "f5134250a67d57459234b63858f0d9d3ef8dcc48e9e1028d3f4fdcf6eae677ae",
    "zlib.h": "8a5579af72ea4f427ff00a4150f0ccb3fc5c1e4379f726e101133b1ab9fc600c",
    "zutil.h": "dddb2dc7a1dc339ecf2c8e089b366f08bb731c0839c7110240d17ce731bb4fea",
}
SOURCES = sorted(name for name in FILES if name.endswith(".c"))


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _is_complete(folder: Path) -> bool:
    return all((folder / name).is_file() and _sha256((folder / name).read_bytes()) == digest
               for name, digest in FILES.items())


def _from_official(timeout: float = 20) -> dict[str, bytes]:
    for url in OFFICIAL_URLS:
        try:
            with urllib.request.urlopen(url, timeout=timeout) as response:
                archive = response.read()
        except OSError:
            continue
        if _sha256(archive) != OFFICIAL_SHA256:
            continue
        prefix = f"zlib-{VERSION}/"
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            return {name: tar.extractfile(prefix + name).read()  # type: ignore[union-attr]
                    for name in FILES}
    raise OSError("the official zlib archive could not be fetched")


def _from_pypi_sdist() -> dict[str, bytes]:
    name, version, digest, inner = FALLBACK_SDIST
    with tempfile.TemporaryDirectory() as tmp:
        # Inside pip's isolated build environment, PYTHONPATH points at the build
        # overlay and hides the interpreter's own pip; the outer pip is what we want.
        env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONNOUSERSITE")}
        pip = [sys.executable, "-m", "pip"]
        if subprocess.run([*pip, "--version"], env=env, capture_output=True).returncode != 0:
            found = shutil.which("pip3") or shutil.which("pip")
            if found is None:
                raise SystemExit("error: fetching zlib needs pip; install it, or put zlib "
                                 f"{VERSION}'s sources in vendor/zlib-{VERSION}")
            pip = [found]
        subprocess.run([*pip, "download", "--quiet", "--no-deps", "--no-binary", name,
                        f"{name}=={version}", "-d", tmp], env=env, check=True)
        sdist = next(Path(tmp).glob(f"{name}-{version}.tar.gz"))
        if _sha256(sdist.read_bytes()) != digest:
            raise OSError(f"{sdist.name} does not match its pinned sha256")
        with tarfile.open(sdist) as tar:
            prefix = f"{name}-{version}/{inner}"
            return {file: tar.extractfile(prefix + file).read()  # type: ignore[union-attr]
                    for file in FILES}


def fetch(dest: Path, cache: Path | None = None) -> Path:
    """Ensure dest holds the pinned zlib sources; return dest.

    With `cache`, a verified copy kept there is reused, so repeated builds (and
    every test's fresh copy of the project) download once.
    """
    if all((dest / name).is_file() for name in FILES):
        # Present (written whole, by rename): keep it, so a developer's patch to the
        # vendored sources is built rather than silently replaced.
        return dest
    if cache is not None and cache != dest:
        if not _is_complete(cache):
            shutil.rmtree(cache, ignore_errors=True)
            fetch(cache)
        staging = dest.with_name(dest.name + ".partial")
        shutil.rmtree(staging, ignore_errors=True)
        shutil.copytree(cache, staging)
        shutil.rmtree(dest, ignore_errors=True)
        staging.rename(dest)
        return dest
    try:
        files = _from_official()
    except OSError:
        files = _from_pypi_sdist()
    for file, digest in FILES.items():
        if _sha256(files[file]) != digest:
            raise SystemExit(f"error: zlib source {file} does not match its pinned sha256")
    staging = dest.with_name(dest.name + ".partial")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    for file, data in files.items():
        (staging / file).write_bytes(data)
    shutil.rmtree(dest, ignore_errors=True)
    staging.rename(dest)
    return dest


if __name__ == "__main__":
    print(fetch(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("vendor") / f"zlib-{VERSION}"))
