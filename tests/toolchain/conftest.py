"""Toolchain test fixtures: isolated caches, one shared zig cache, a fake wasi-sdk, a mirror.

zig builds its wasm32-wasi libc on first use (~25 s) into ZIG_GLOBAL_CACHE_DIR, which the zig
provider puts at <WASMBOX_CACHE_DIR>/zig. Every test gets its own empty wasmbox cache whose
`zig` entry is a link to one folder shared by the whole session, so that cost is paid once.
Set WASMBOX_TEST_ZIG_CACHE to a folder to keep zig's cache across sessions as well.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from toolchain_testlib import (
    WASMBOX_ENV,
    FakeSdk,
    Mirror,
    build_fake_sdk_tree,
    make_tarball,
)

from wasmbox_build.toolchain import Toolchain, resolve_toolchain, wasi_sdk

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
