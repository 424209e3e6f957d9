"""The real libraries the suite sandboxes, fetched once into benchmarks/work/src and
checked against pinned digests: zlib 1.3.1 (through the example project's fetcher),
zstd 1.5.7 (the single-file zstd.c that the zstandard 0.25.0 sdist carries), Lua 5.4.8
(the lupa 2.8 sdist's third-party/lua54) and snappy 1.1.9 (C++, Debian's source
package, through the C++ tests' fetcher)."""

from __future__ import annotations

import hashlib
import importlib.util
import shutil
import subprocess
import sys
import tarfile
import tempfile
import urllib.request
from pathlib import Path
from typing import Any

from .paths import REPO, WORK

ZSTD_SDIST = ("zstandard", "0.25.0",
              "7713e1179d162cf5c7906da876ec2ccb9c3a9dcbdffef0cc7f70c3667a205f0b")
ZSTD_FILES = {  # file in the sdist's zstd/ folder -> sha256 as shipped
    "zstd.c": "68181bcc33ce17fdd4acc8b954abfb32e1d40bfc332235cdff8c6c95c341dab1",
    "zstd.h": "9b4bc8245565c98ccfc61c07749928b57e7c0f6fddb0530c4f6aa1971893d88b",
    "zstd_errors.h": "66a8c3f71d12ea6e797e4f622f31f3f8f81c41b36f48cad4f5de7d8bfb6aac0a",
}
# The amalgamation turns on threads everywhere but Emscripten; the sandbox has none.
ZSTD_PATCH = ("#ifndef __EMSCRIPTEN__\n#define ZSTD_MULTITHREAD\n#endif\n",
              "/* wasmbox benchmarks: single-threaded, as in the sandbox */\n")


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def zlib_sources() -> tuple[Path, list[str]]:
    """(folder, the .c files the example project builds) of zlib 1.3.1."""
    spec = importlib.util.spec_from_file_location(
        "_bench_fetch_zlib", REPO / "example_project" / "fetch_zlib.py")
    assert spec is not None and spec.loader is not None
    fetcher = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(fetcher)
    folder = fetcher.fetch(WORK / "src" / f"zlib-{fetcher.VERSION}")
    return Path(folder), list(fetcher.SOURCES)


def _load(name: str, path: Path) -> Any:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def snappy_sources() -> tuple[Path, list[str]]:
    """(folder, the .cc files) of snappy 1.1.9, configured as its CMake build would."""
    fetcher = _load("_bench_debian_sources", REPO / "tests" / "cxx" / "debian_sources.py")
    return fetcher.snappy_tree(WORK / "src"), list(fetcher.SNAPPY_SOURCES)


def zstd_sources() -> Path:
    """The folder holding zstd.c (patched: no threads), zstd.h and zstd_errors.h."""
    folder = WORK / "src" / "zstd-1.5.7"
    if (folder / "zstd.c").is_file() and (folder / ".complete").is_file():
        return folder
    name, version, digest = ZSTD_SDIST
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
                        "--no-binary", name, f"{name}=={version}", "-d", tmp], check=True)
        sdist = next(Path(tmp).glob(f"{name}-{version}.tar.gz"))
        if _sha256(sdist.read_bytes()) != digest:
            raise SystemExit(f"{sdist.name} does not match its pinned sha256")
        with tarfile.open(sdist) as tar:
            files = {}
            for file, file_digest in ZSTD_FILES.items():
                member = tar.extractfile(f"{name}-{version}/zstd/{file}")
                assert member is not None
                files[file] = member.read()
                if _sha256(files[file]) != file_digest:
                    raise SystemExit(f"zstd/{file} does not match its pinned sha256")
    text = files["zstd.c"].decode()
    if ZSTD_PATCH[0] not in text:
        raise SystemExit("zstd.c: the ZSTD_MULTITHREAD block to disable was not found")
    files["zstd.c"] = text.replace(ZSTD_PATCH[0], ZSTD_PATCH[1]).encode()
    staging = folder.with_name(folder.name + ".partial")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    for file, data in files.items():
        (staging / file).write_bytes(data)
    (staging / ".complete").write_text("ok\n")
    shutil.rmtree(folder, ignore_errors=True)
    staging.rename(folder)
    return folder


LUA_SDIST = ("lupa", "2.8", "d8022641b9ec8ecf2c5ecbe9f47e5a70e0b87c4b5ae921b92cb02a638e0acd08",
             "https://files.pythonhosted.org/packages/c3/a6/0f869fbb07c393f15473b1eefefb7b5bec"
             "162fb7481803d040ed4dc46002/lupa-2.8.tar.gz")
# Lua's core and the libraries lua_glue.c opens (as tests/sjlj/lualib.py builds it).
LUA_SOURCES = ("lapi.c", "lcode.c", "lctype.c", "ldebug.c", "ldo.c", "ldump.c", "lfunc.c",
               "lgc.c", "llex.c", "lmem.c", "lobject.c", "lopcodes.c", "lparser.c", "lstate.c",
               "lstring.c", "ltable.c", "ltm.c", "lundump.c", "lvm.c", "lzio.c", "lauxlib.c",
               "lbaselib.c", "lcorolib.c", "ldblib.c", "lmathlib.c", "lstrlib.c", "ltablib.c",
               "lutf8lib.c")


def lua_sources() -> Path:
    """The folder holding Lua 5.4.8's .c and .h files, as the lupa sdist ships them."""
    folder = WORK / "src" / "lua-5.4.8"
    if (folder / ".complete").is_file():
        return folder
    name, version, digest, url = LUA_SDIST
    with tempfile.TemporaryDirectory() as tmp:
        sdist = Path(tmp) / f"{name}-{version}.tar.gz"
        try:
            with urllib.request.urlopen(url, timeout=120) as response:
                sdist.write_bytes(response.read())
        except OSError:  # no direct route to PyPI's files: let pip find the sdist
            subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
                            "--no-binary", name, f"{name}=={version}", "-d", tmp], check=True)
        if _sha256(sdist.read_bytes()) != digest:
            raise SystemExit(f"{sdist.name} does not match its pinned sha256")
        prefix = f"{name}-{version}/third-party/lua54/"
        staging = folder.with_name(folder.name + ".partial")
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir(parents=True)
        with tarfile.open(sdist) as tar:
            for member in tar.getmembers():
                inner = member.name[len(prefix):]
                if member.name.startswith(prefix) and member.isfile() and "/" not in inner \
                        and inner.endswith((".c", ".h")):
                    extracted = tar.extractfile(member)
                    assert extracted is not None
                    (staging / inner).write_bytes(extracted.read())
    (staging / ".complete").write_text("ok\n")
    shutil.rmtree(folder, ignore_errors=True)
    staging.rename(folder)
    return folder
