"""Fetch expat 2.5.0's sources at build time, hash-pinned; they are never committed.

The source is Debian's: the `.orig.tar.gz` of the `expat` source package (bookworm,
2.5.0-1+deb12u2), downloaded from the Debian archive's pool and checked against the
sha256 its `.dsc` lists. It is the upstream R_2_5_0 tag unchanged — the expat CPython
3.11 bundles, so the sandboxed parser and the native pyexpat run the same code. The
mirror is the machine's own Debian mirror when apt names one, else deb.debian.org.
Every file we compile is then checked against its own pinned sha256 before it is used.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import shutil
import sys
import tarfile
import urllib.request
from pathlib import Path

VERSION = "2.5.0"
ORIG = f"expat_{VERSION}.orig.tar.gz"
# From expat_2.5.0-1+deb12u2.dsc (Checksums-Sha256).
ORIG_SHA256 = "ab00ee05c7067fd10a35c5d2a4922ebba746ddd50ff83b79c828da17bbdf1757"
POOL_PATH = f"pool/main/e/expat/{ORIG}"
DEFAULT_MIRRORS = ("https://deb.debian.org/debian", "http://deb.debian.org/debian")
PREFIX = "libexpat-R_2_5_0/expat/"

# The files the sandboxed library is built from, by their path in the archive below
# PREFIX, and where they go in the vendored folder (flat).
FILES = {
    "lib/xmlparse.c": "483518bbd69338eefc706cd7fc0b6039df2d3e347f64097989059ed6d2385a1e",
    "lib/xmlrole.c": "6fcf8c72ac0112c1b98bd2039c632a66b4c3dc516ce7c1f981390951121ef3c0",
    "lib/xmltok.c": "1110f651bdccfa765ad3d6f3857a35887ab35fc0fe7f3f3488fde2b238b482e3",
    "lib/xmltok_impl.c": "0fbcba7931707c60301305dab78d2298d96447d0a5513926d8b18135228c0818",
    "lib/xmltok_ns.c": "6ce6d03193279078d55280150fe91e7370370b504a6c123a79182f28341f3e90",
    "lib/ascii.h": "42f8b392c70366743eacbc60ce021389ccaa333598dd49eef6ee5c93698ca205",
    "lib/asciitab.h": "1cc0ae749019fc0e488cd1cf245f6beaa6d4f7c55a1fc797e5aa40a408bc266b",
    "lib/expat.h": "f521acdad222644365b0e81a33bcd6939a98c91b225c47582cc84bd73d96febc",
    "lib/expat_external.h": "7ca9ed28dd5e08eac425931894fabd4c876db8f4be26f9b9a33c2e4f70a0d6c3",
    "lib/iasciitab.h": "ad8b01e9f323cc4208bcd22241df383d7e8641fe3c8b3415aa513de82531f89f",
    "lib/internal.h": "d2efe5a1018449968a689f444cca432e3d5875aba6ad08ee18ca235d64f41bb9",
    "lib/latin1tab.h": "eab66226da100372e01e42e1cbcd8ac2bbbb5c1b5f95d735289cc85c7a8fc2ba",
    "lib/nametab.h": "67dcf415d37a4b692a6a8bb46f990c02d83f2ef3d01a65cd61c8594a084246f2",
    "lib/siphash.h": "fbce56cd680e690043bbf572188cc2d0a25dbfc0d47ac8cb98eb3de768d4e694",
    "lib/utf8tab.h": "8cd26bd461d334d5e1caedb3af4518d401749f2fc66d56208542b29085159c18",
    "lib/xmlrole.h": "2b5d674be6ef20c7e3f69295176d75e68c5616e4dfce0a186fdd5e2ed8315f7a",
    "lib/xmltok.h": "4299a03828b98bfe47ec6809f6e279252954a9a911dc7e0f19551bd74e3af971",
    "lib/xmltok_impl.h": "f05ad4fe5e98429a7349ff04f57192cac58c324601f2a2e5e697ab0bc05d36d5",
    "COPYING": "122f2c27000472a201d337b9b31f7eb2b52d091b02857061a8880371612d9534",
}
# Compiled as units (xmltok_impl.c and xmltok_ns.c are included by xmltok.c).
SOURCES = ["xmlparse.c", "xmlrole.c", "xmltok.c"]


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _flat(name: str) -> str:
    return name.rsplit("/", 1)[-1]


def _is_complete(folder: Path) -> bool:
    return all((folder / _flat(name)).is_file()
               and _sha256((folder / _flat(name)).read_bytes()) == digest
               for name, digest in FILES.items())


def _machine_mirrors() -> list[str]:
    """The Debian mirrors apt is configured with here (deb822 or one-line sources)."""
    found: list[str] = []
    for path in [Path("/etc/apt/sources.list"),
                 *sorted(Path("/etc/apt/sources.list.d").glob("*"))]:
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        found += re.findall(r"^URIs:\s*(\S+)", text, re.MULTILINE)
        found += re.findall(r"^deb(?:-src)?\s+(?:\[[^]]*\]\s+)?(\S+)", text, re.MULTILINE)
    return [url.rstrip("/") for url in found
            if url.startswith(("http://", "https://")) and "security" not in url]


def _download(timeout: float = 30) -> bytes:
    mirrors = list(dict.fromkeys([*_machine_mirrors(), *DEFAULT_MIRRORS]))
    tried: list[str] = []
    for mirror in mirrors:
        url = f"{mirror}/{POOL_PATH}"
        try:
            with urllib.request.urlopen(url, timeout=timeout) as response:
                archive: bytes = response.read()
        except OSError as error:
            tried.append(f"{url} ({error})")
            continue
        if _sha256(archive) == ORIG_SHA256:
            return archive
        tried.append(f"{url} (sha256 mismatch)")
    raise SystemExit(f"error: expat {VERSION}'s sources could not be fetched from the Debian "
                     f"archive ({'; '.join(tried)}); put them in vendor/expat-{VERSION} "
                     f"(the files of {PREFIX}lib/ and COPYING, flat)")


def _extract(archive: bytes) -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        for name in FILES:
            member = tar.extractfile(PREFIX + name)
            if member is None:
                raise SystemExit(f"error: {ORIG} has no {PREFIX + name}")
            files[name] = member.read()
    return files


def _write_whole(dest: Path, files: dict[str, bytes]) -> None:
    staging = dest.with_name(dest.name + f".partial-{os.getpid()}")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    for name, data in files.items():
        (staging / _flat(name)).write_bytes(data)
    shutil.rmtree(dest, ignore_errors=True)
    try:
        staging.rename(dest)
    except OSError:  # another build put it there first
        shutil.rmtree(staging, ignore_errors=True)
        if not _is_complete(dest):
            raise


def fetch(dest: Path, cache: Path | None = None) -> Path:
    """Ensure dest holds the pinned expat sources (flat); return dest.

    With `cache`, a verified copy kept there is reused, so repeated builds (and every
    test's fresh copy of the project) download once.
    """
    if all((dest / _flat(name)).is_file() for name in FILES):
        # Present (written whole, by rename): keep it, so a developer's patch to the
        # vendored sources is built rather than silently replaced.
        return dest
    if cache is not None and cache != dest:
        if not _is_complete(cache):
            shutil.rmtree(cache, ignore_errors=True)
            fetch(cache)
        _write_whole(dest, {name: (cache / _flat(name)).read_bytes() for name in FILES})
        return dest
    files = _extract(_download())
    for name, digest in FILES.items():
        if _sha256(files[name]) != digest:
            raise SystemExit(f"error: expat source {name} does not match its pinned sha256")
    _write_whole(dest, files)
    return dest


if __name__ == "__main__":
    print(fetch(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("vendor") / f"expat-{VERSION}"))
