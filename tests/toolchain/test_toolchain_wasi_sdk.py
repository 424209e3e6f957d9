"""wasi-sdk downloaded from a mirror on 127.0.0.1, verified, extracted atomically; every fault."""

from __future__ import annotations

import hashlib
import shutil
import socket
from typing import TYPE_CHECKING

import pytest
from toolchain_testlib import FakeSdk, Mirror, run_cli, wasm_exports, wasm_validate

from wasmbox_build.errors import DownloadError, ToolchainError
from wasmbox_build.pipeline.compile import WasmBuild, build_wasm
from wasmbox_build.toolchain import resolve_toolchain, wasi_sdk
from wasmbox_build.toolchain.wasi_sdk import PINNED_SHA256, Release

if TYPE_CHECKING:
    from pathlib import Path

MARKER = ".wasmbox-complete"


def assert_nothing_half_written(cache: Path, stem: str) -> None:
    """No temporary folder, no final folder, no partial or unverified download in the cache."""
    sdk_root = cache / "wasi-sdk"
    if not sdk_root.exists():
        return
    leftovers = [p.relative_to(cache) for p in sdk_root.rglob("*")
                 if p.name.startswith(".tmp-") or p.name.endswith(".part")]
    assert leftovers == []
    assert not (sdk_root / stem).exists()
    downloads = sdk_root / "downloads"
    assert not downloads.exists() or list(downloads.iterdir()) == []


def assert_installed(cache: Path, stem: str) -> Path:
    root = cache / "wasi-sdk" / stem
    assert (root / MARKER).is_file()
    assert (root / "bin" / "clang").is_file()
    assert (root / "share" / "wasi-sysroot" / "lib" / "wasm32-wasi" / "libc.a").is_file()
    assert list((cache / "wasi-sdk").glob(".tmp-*")) == []
    assert list((cache / "wasi-sdk").rglob("*.part")) == []
    return root


# --------------------------------------------------------------------------- the happy path


def test_download_verify_extract_then_build(mirror: Mirror, fake_sdk: FakeSdk, cache_dir: Path,
                                            tmp_path: Path) -> None:
    toolchain = resolve_toolchain("wasi-sdk")
    assert mirror.requests == 1
    root = assert_installed(cache_dir, fake_sdk.stem)
    assert toolchain.provider == "wasi-sdk"
    assert toolchain.location == root.resolve()
    assert toolchain.version == "27.0"
    assert toolchain.target == "wasm32-wasi"
    # The verified archive is not kept once extracted.
    assert list((cache_dir / "wasi-sdk" / "downloads").iterdir()) == []

    source = tmp_path / "lib.c"
    source.write_text("int answer(int x) { return x + 42; }\n")
    result = build_wasm(toolchain, WasmBuild(sources=(source,), exports=("answer",)),
                        tmp_path / "lib.wasm", tmp_path / "work")
    wasm_validate(result.wasm)
    assert set(wasm_exports(result.wasm)) == {"answer", "malloc", "free", "_initialize", "memory",
                                              "__indirect_function_table"}

    # Once cached it is reused, explicitly and by `auto` (ahead of zig), without a request.
    assert resolve_toolchain("wasi-sdk").location == root.resolve()
    auto = resolve_toolchain()
    assert (auto.provider, auto.location) == ("wasi-sdk", root.resolve())
    assert mirror.requests == 1


def test_mirror_url_may_name_the_archive_itself(mirror: Mirror, fake_sdk: FakeSdk,
                                                cache_dir: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WASMBOX_WASI_SDK_URL", mirror.url + fake_sdk.asset)
    assert resolve_toolchain("wasi-sdk").provider == "wasi-sdk"
    assert mirror.requests == 1
    assert_installed(cache_dir, fake_sdk.stem)


def test_auto_prefers_installed_zig_over_downloading(mirror: Mirror) -> None:
    toolchain = resolve_toolchain()
    assert toolchain.provider == "zig"
    assert mirror.requests == 0


def test_retry_once_after_a_server_error(mirror: Mirror, fake_sdk: FakeSdk,
                                         cache_dir: Path) -> None:
    mirror.serve(fake_sdk.payload, fake_sdk.asset, "fail-first")
    assert resolve_toolchain("wasi-sdk").provider == "wasi-sdk"
    assert mirror.requests == 2
    assert_installed(cache_dir, fake_sdk.stem)


# --------------------------------------------------------------------------- download faults


def _download_error() -> str:
    with pytest.raises(DownloadError) as caught:
        resolve_toolchain("wasi-sdk")
    message = str(caught.value)
    assert "\n" not in message
    return message


def test_checksum_mismatch(mirror: Mirror, fake_sdk: FakeSdk, cache_dir: Path) -> None:
    mirror.serve(fake_sdk.payload, fake_sdk.asset, "wrong-bytes")
    payload = fake_sdk.payload
    middle = len(payload) // 2
    served = payload[:middle] + bytes(b ^ 0xFF for b in payload[middle:middle + 64]) \
        + payload[middle + 64:]
    actual = hashlib.sha256(served).hexdigest()
    message = _download_error()
    assert f"checksum mismatch for {mirror.url}{fake_sdk.asset}" in message
    assert f"expected sha256 {fake_sdk.sha256}, got {actual}" in message
    assert "WASMBOX_WASI_SDK_URL" in message
    assert mirror.requests == 1  # a wrong file is not fetched again
    assert_nothing_half_written(cache_dir, fake_sdk.stem)


def test_mirror_file_is_checked_against_the_pinned_sha256(mirror: Mirror, fake_sdk: FakeSdk,
                                                          cache_dir: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    # A mirror without WASMBOX_WASI_SDK_SHA256 must serve the real release, byte for byte.
    monkeypatch.delenv("WASMBOX_WASI_SDK_SHA256")
    _, _, _, arch, system = fake_sdk.stem.split("-")
    pinned = PINNED_SHA256[("27.0", arch, system)]
    message = _download_error()
    assert f"expected sha256 {pinned}, got {fake_sdk.sha256}" in message
    assert_nothing_half_written(cache_dir, fake_sdk.stem)


@pytest.mark.parametrize("mode", ["truncated", "cut"])
def test_interrupted_body_is_retried_once_then_reported(mode: str, mirror: Mirror,
                                                        fake_sdk: FakeSdk,
                                                        cache_dir: Path) -> None:
    mirror.serve(fake_sdk.payload, fake_sdk.asset, mode)
    message = _download_error()
    assert f"downloading {mirror.url}{fake_sdk.asset} failed after 2 attempts" in message
    if mode == "truncated":
        assert "the connection closed before the whole file arrived" in message
    else:
        assert "the connection was cut mid-download (Connection reset by peer)" in message
    assert "WASMBOX_WASI_SDK_URL" in message and "WASI_SDK_PATH" in message
    assert mirror.requests == 2
    assert_nothing_half_written(cache_dir, fake_sdk.stem)


def test_http_404_is_not_retried(mirror: Mirror, fake_sdk: FakeSdk, cache_dir: Path) -> None:
    mirror.serve(fake_sdk.payload, fake_sdk.asset, "404")
    message = _download_error()
    assert "HTTP 404" in message
    assert "after 2 attempts" not in message
    assert "WASMBOX_WASI_SDK_URL" in message
    assert mirror.requests == 1
    assert_nothing_half_written(cache_dir, fake_sdk.stem)


def test_nothing_listening(fake_sdk: FakeSdk, cache_dir: Path,
                          monkeypatch: pytest.MonkeyPatch) -> None:
    with socket.socket() as probe:  # a port that was free a moment ago, now closed
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    monkeypatch.setenv("WASMBOX_WASI_SDK_URL", f"http://127.0.0.1:{port}/")
    monkeypatch.setenv("WASMBOX_WASI_SDK_SHA256", fake_sdk.sha256)
    message = _download_error()
    assert "failed after 2 attempts: cannot connect (" in message
    assert "Connection refused" in message
    assert_nothing_half_written(cache_dir, fake_sdk.stem)


def test_stalled_server_times_out(mirror: Mirror, fake_sdk: FakeSdk, cache_dir: Path,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WASMBOX_DOWNLOAD_TIMEOUT", "1")
    mirror.serve(fake_sdk.payload, fake_sdk.asset, "stall")
    message = _download_error()
    assert "timed out" in message
    assert "after 2 attempts" in message
    assert mirror.requests == 2
    assert_nothing_half_written(cache_dir, fake_sdk.stem)


def test_bad_download_timeout_setting(monkeypatch: pytest.MonkeyPatch, mirror: Mirror) -> None:
    monkeypatch.setenv("WASMBOX_DOWNLOAD_TIMEOUT", "soon")
    with pytest.raises(ToolchainError, match="WASMBOX_DOWNLOAD_TIMEOUT='soon' is not a positive"):
        resolve_toolchain("wasi-sdk")
    assert mirror.requests == 0


def test_cli_fetch_failure_is_one_line(mirror: Mirror, fake_sdk: FakeSdk, cache_dir: Path) -> None:
    mirror.serve(fake_sdk.payload, fake_sdk.asset, "404")
    result = run_cli("fetch")
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if "wasmbox-build: error:" in line]
    assert len(errors) == 1 and "HTTP 404" in errors[0]
    assert "Traceback" not in result.stderr
    assert_nothing_half_written(cache_dir, fake_sdk.stem)


# --------------------------------------------------------------------------- offline, local SDKs


def test_offline_never_downloads(mirror: Mirror, fake_sdk: FakeSdk,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WASMBOX_OFFLINE", "1")
    with pytest.raises(ToolchainError) as caught:
        resolve_toolchain("wasi-sdk")
    assert "WASMBOX_OFFLINE=1 forbids downloading" in str(caught.value)
    assert "python -m wasmbox_build fetch" in str(caught.value)
    assert mirror.requests == 0


def test_offline_uses_a_cached_sdk(mirror: Mirror, fake_sdk: FakeSdk, cache_dir: Path,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    resolve_toolchain("wasi-sdk")
    monkeypatch.setenv("WASMBOX_OFFLINE", "1")
    toolchain = resolve_toolchain()
    assert toolchain.provider == "wasi-sdk"
    assert toolchain.location == (cache_dir / "wasi-sdk" / fake_sdk.stem).resolve()
    assert mirror.requests == 1


def test_unmarked_cache_folder_is_never_used(mirror: Mirror, fake_sdk: FakeSdk,
                                             cache_dir: Path) -> None:
    # A complete-looking tree without the completion marker: whoever wrote it did not finish.
    planted = cache_dir / "wasi-sdk" / fake_sdk.stem
    shutil.copytree(fake_sdk.root, planted, symlinks=True)
    (planted / "planted-here").write_text("not from a verified archive\n")
    toolchain = resolve_toolchain()  # auto: not the cached sdk, zig instead
    assert toolchain.provider == "zig"
    assert mirror.requests == 0
    toolchain = resolve_toolchain("wasi-sdk")  # explicit: downloaded and replaced
    assert mirror.requests == 1
    assert toolchain.location == planted.resolve()
    assert_installed(cache_dir, fake_sdk.stem)
    assert not (planted / "planted-here").exists()


def test_wasi_sdk_path_is_used_first(fake_sdk: FakeSdk, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WASI_SDK_PATH", str(fake_sdk.root))
    toolchain = resolve_toolchain()
    assert (toolchain.provider, toolchain.location) == ("wasi-sdk", fake_sdk.root.resolve())
    assert toolchain.version == "27.0"


def _make_partial_sdk(folder: Path, parts: list[str]) -> Path:
    for part in parts:
        (folder / part).parent.mkdir(parents=True, exist_ok=True)
        if part.startswith("bin/"):
            (folder / part).write_text("#!/bin/sh\n")
        else:
            (folder / part).mkdir()
    return folder


@pytest.mark.parametrize("choice", [None, "wasi-sdk"])
def test_wasi_sdk_path_not_a_wasi_sdk(choice: str | None, tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    monkeypatch.setenv("WASI_SDK_PATH", str(empty))
    with pytest.raises(ToolchainError) as caught:
        resolve_toolchain(choice)
    message = str(caught.value)
    assert f"WASI_SDK_PATH={empty} is not a wasi-sdk: missing bin/clang, bin/wasm-ld, " \
           "share/wasi-sysroot/include, share/wasi-sysroot/lib" in message

    no_clang = _make_partial_sdk(tmp_path / "no-clang", [
        "bin/wasm-ld", "share/wasi-sysroot/include", "share/wasi-sysroot/lib"])
    monkeypatch.setenv("WASI_SDK_PATH", str(no_clang))
    with pytest.raises(ToolchainError, match=r"is not a wasi-sdk: missing bin/clang \("):
        resolve_toolchain(choice)

    monkeypatch.setenv("WASI_SDK_PATH", str(tmp_path / "nowhere"))
    with pytest.raises(ToolchainError, match="nowhere does not exist; point it at an extracted"):
        resolve_toolchain(choice)


def test_wasi_sdk_path_without_a_libc(fake_sdk: FakeSdk, tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    sdk = tmp_path / fake_sdk.stem
    shutil.copytree(fake_sdk.root, sdk, symlinks=True)
    (sdk / "share" / "wasi-sysroot" / "lib" / "wasm32-wasi" / "libc.a").unlink()
    monkeypatch.setenv("WASI_SDK_PATH", str(sdk))
    with pytest.raises(ToolchainError, match=r"no wasm32-wasip1 or wasm32-wasi libc\.a"):
        resolve_toolchain()


# --------------------------------------------------------------------------- releases, choices


def test_release_without_a_pinned_asset() -> None:
    with pytest.raises(ToolchainError) as caught:
        wasi_sdk.host_release("99.0")
    assert "wasi-sdk 99.0 has no pinned archive" in str(caught.value)
    assert "--version 27.0" in str(caught.value)
    assert "WASMBOX_WASI_SDK_SHA256" in str(caught.value)
    with pytest.raises(ToolchainError) as caught:
        _ = Release("27.0", "riscv64", "linux").sha256
    assert "no pinned sha256 for wasi-sdk 27.0 on riscv64-linux" in str(caught.value)
    assert "WASMBOX_WASI_SDK_SHA256" in str(caught.value)


def test_release_urls() -> None:
    release = Release("27.0", "x86_64", "linux")
    assert release.url == ("https://github.com/WebAssembly/wasi-sdk/releases/download/"
                           "wasi-sdk-27/wasi-sdk-27.0-x86_64-linux.tar.gz")
    assert release.sha256 == "b7d4d944c88503e4f21d84af07ac293e3440b1b6210bfd7fe78e0afd92c23bc2"


def test_cli_fetch_unknown_version(mirror: Mirror, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WASMBOX_WASI_SDK_SHA256")  # a custom checksum would pin any version
    result = run_cli("fetch", "--version", "99.0")
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0
    assert "wasi-sdk 99.0 has no pinned archive" in result.stderr
    assert mirror.requests == 0


@pytest.mark.parametrize("where", ["env", "argument"])
def test_invalid_toolchain_choice(where: str, monkeypatch: pytest.MonkeyPatch) -> None:
    if where == "env":
        monkeypatch.setenv("WASMBOX_TOOLCHAIN", "gcc")
        expected = "WASMBOX_TOOLCHAIN is 'gcc'; use one of: auto, wasi-sdk, zig, system"
        call = None
    else:
        expected = "toolchain= is 'gcc'; use one of: auto, wasi-sdk, zig, system"
        call = "gcc"
    with pytest.raises(ToolchainError) as caught:
        resolve_toolchain(call)
    assert str(caught.value) == expected


def test_toolchain_choice_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WASMBOX_TOOLCHAIN", "system")
    assert resolve_toolchain().provider == "system"
    # An explicit argument wins over the environment.
    assert resolve_toolchain("zig").provider == "zig"
