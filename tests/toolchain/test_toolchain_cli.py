"""`python -m wasmbox_build doctor | cache | cmake-dir`, and a Python without ziglang."""

from __future__ import annotations

import importlib.metadata
import json
import re
from pathlib import Path

from toolchain_testlib import RESOLVE, FakeSdk, Mirror, PackageIndex, run_cli, without_zig

from wasmbox_build.toolchain import resolve_toolchain, zig_cache

ZIG_VERSION = importlib.metadata.version("ziglang")


def _line(output: str, start: str) -> str:
    found = [line for line in output.splitlines() if line.strip().startswith(start)]
    assert len(found) == 1, f"no single line starting {start!r} in:\n{output}"
    return found[0].strip()


def test_doctor_shows_every_provider(cache_dir: Path) -> None:
    result = run_cli("doctor")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert re.fullmatch(rf"zig \(ziglang package\)\s+usable\s+{re.escape(ZIG_VERSION)}\s+"
                        rf"\S+ziglang", _line(out, "zig (ziglang package)"))
    cached = cache_dir / "ziglang" / f"ziglang-{zig_cache.PINNED_VERSION}-{zig_cache.host_key()}"
    assert _line(out, "zig (cache)") == (f"zig (cache)                unusable not in the cache "
                                         f"({cached}) (python -m wasmbox_build fetch --zig)")
    assert re.fullmatch(r"system\s+usable\s+Debian clang version 19\S* .*", _line(out, "system"))
    assert "WASI_SDK_PATH is not set" in _line(out, "wasi-sdk (WASI_SDK_PATH)")
    assert "not in the cache" in _line(out, "wasi-sdk (cache)")
    assert "python -m wasmbox_build fetch" in _line(out, "wasi-sdk (cache)")
    assert _line(out, "auto picks:").startswith(
        f"auto picks: zig (ziglang package): zig {ZIG_VERSION}")
    assert re.fullmatch(r"wasm2c: 1\.0\.42\s+\S+wasm2c", _line(out, "wasm2c:"))
    assert re.fullmatch(rf"cache: {re.escape(str(cache_dir))}\s+[\d.]+ (B|KiB|MiB|GiB)",
                        _line(out, "cache:"))
    assert _line(out, "offline:") == "offline: no"


def test_doctor_with_wasi_sdk_path(fake_sdk: FakeSdk, tmp_path: Path) -> None:
    result = run_cli("doctor", env={"WASI_SDK_PATH": str(fake_sdk.root)})
    assert result.returncode == 0, result.stderr
    line = _line(result.stdout, "wasi-sdk (WASI_SDK_PATH)")
    assert re.fullmatch(rf"wasi-sdk \(WASI_SDK_PATH\)\s+usable\s+27\.0\s+"
                        rf"{re.escape(str(fake_sdk.root.resolve()))}", line)
    assert _line(result.stdout, "auto picks:").startswith(
        "auto picks: wasi-sdk (WASI_SDK_PATH): wasi-sdk 27.0")

    # Set but not a wasi-sdk: shown unusable, and auto stops there, as a build would.
    empty = tmp_path / "not-an-sdk"
    empty.mkdir()
    result = run_cli("doctor", env={"WASI_SDK_PATH": str(empty)})
    assert result.returncode == 0, result.stderr
    reason = f"WASI_SDK_PATH={empty} is not a wasi-sdk: missing bin/clang"
    assert "unusable " + reason in _line(result.stdout, "wasi-sdk (WASI_SDK_PATH)")
    assert _line(result.stdout, "auto picks:").startswith("auto picks: nothing: " + reason)


def test_doctor_offline_and_cached(mirror: Mirror, fake_sdk: FakeSdk, cache_dir: Path) -> None:
    resolve_toolchain("wasi-sdk")
    result = run_cli("doctor", env={"WASMBOX_OFFLINE": "1"})
    assert result.returncode == 0, result.stderr
    cached = (cache_dir / "wasi-sdk" / fake_sdk.stem).resolve()
    assert re.fullmatch(rf"wasi-sdk \(cache\)\s+usable\s+27\.0\s+{re.escape(str(cached))}",
                        _line(result.stdout, "wasi-sdk (cache)"))
    assert _line(result.stdout, "auto picks:").startswith("auto picks: wasi-sdk (cache)")
    assert _line(result.stdout, "offline:") == "offline: yes (WASMBOX_OFFLINE=1)"
    assert mirror.requests == 1


def test_cache_info_and_clean(mirror: Mirror, fake_sdk: FakeSdk, cache_dir: Path,
                              zig_shared_cache: Path) -> None:
    resolve_toolchain("wasi-sdk")
    resolve_toolchain("system")
    info = run_cli("cache")
    assert info.returncode == 0, info.stderr
    assert info.stdout.splitlines()[0] == str(cache_dir)
    for entry in ("wasi-sdk", "probes", "system-sysroot"):
        assert re.search(rf"^\s+{entry}\s+[\d.]+ (B|KiB|MiB)$", info.stdout, re.MULTILINE)

    cleaned = run_cli("cache", "clean")
    assert cleaned.returncode == 0, cleaned.stderr
    assert re.fullmatch(rf"removed [\d.]+ (KiB|MiB) from {re.escape(str(cache_dir))}",
                        cleaned.stdout.strip())
    leftovers = [p for p in cache_dir.rglob("*") if not p.is_dir()]
    assert all(p.suffix == ".lock" for p in leftovers), leftovers  # only the install locks
    assert any(zig_shared_cache.iterdir())  # a link is removed, never what it points to

    # Nothing of the old install is reused: the next build downloads again.
    resolve_toolchain("wasi-sdk")
    assert mirror.requests == 2


def test_cmake_dir_prints_a_folder() -> None:
    result = run_cli("cmake-dir")
    assert result.returncode == 0, result.stderr
    folder = Path(result.stdout.strip())
    assert folder.is_absolute() and folder.is_dir()
    assert folder.name == "cmake"


# --------------------------------------------------------------------------- without ziglang


def test_offline_with_nothing_local_lists_what_was_tried(no_zig_path: str,
                                                         cache_dir: Path) -> None:
    result = without_zig(no_zig_path, ["-c", RESOLVE], {"WASMBOX_OFFLINE": "1"})
    assert result.returncode == 0, result.stderr
    outcome = json.loads(result.stdout)
    message = outcome["None"]
    assert "\n" not in message
    assert message.startswith("no wasm toolchain is available offline (tried ")
    # Every provider auto tried, and why it was not usable...
    assert "wasi-sdk: WASI_SDK_PATH is not set" in message
    assert f"wasi-sdk: not in the cache ({cache_dir / 'wasi-sdk'}" in message
    assert "zig: the ziglang package is not installed" in message
    assert f"zig: not in the cache ({cache_dir / 'ziglang'}" in message
    # ...and every way out.
    assert "run 'python -m wasmbox_build fetch --zig' while online" in message
    assert "pip install 'wasmbox-build[zig]'" in message
    assert "set WASI_SDK_PATH" in message
    assert "unset WASMBOX_OFFLINE" in message
    assert outcome["zig"].startswith(f"zig (ziglang {zig_cache.PINNED_VERSION}) is not in the "
                                     f"cache ({cache_dir / 'ziglang'}")
    assert "WASMBOX_OFFLINE=1 forbids fetching it; run 'python -m wasmbox_build fetch --zig'" \
        in outcome["zig"]

    doctor = without_zig(no_zig_path, ["-m", "wasmbox_build", "doctor"],
                          {"WASMBOX_OFFLINE": "1"})
    assert doctor.returncode == 0, doctor.stderr
    assert "unusable the ziglang package is not installed" in _line(doctor.stdout,
                                                                    "zig (ziglang package)")
    assert "unusable not in the cache" in _line(doctor.stdout, "zig (cache)")
    assert _line(doctor.stdout, "auto picks:") == ("auto picks: nothing: every provider is "
                                                   "unusable and WASMBOX_OFFLINE=1 forbids "
                                                   "downloading")


def test_auto_downloads_wasi_sdk_when_zig_cannot_be_fetched(
        no_zig_path: str, zig_index: PackageIndex, ziglang_wheel: Path, mirror: Mirror,
        fake_sdk: FakeSdk, cache_dir: Path) -> None:
    # An index without ziglang (a company mirror, a platform without a wheel): wasi-sdk.
    zig_index.serve(ziglang_wheel, "no-project")
    result = without_zig(no_zig_path, ["-c", RESOLVE])
    assert result.returncode == 0, result.stderr
    outcome = json.loads(result.stdout)
    assert outcome["None"] == "resolved wasi-sdk"
    reason = (f"cannot be fetched: {zig_index.url} has no ziglang=={zig_cache.PINNED_VERSION} "
              f"wheel for this platform")
    assert f"wasmbox-build: zig {reason}; downloading wasi-sdk instead" in result.stderr
    assert mirror.requests == 1
    assert (cache_dir / "wasi-sdk" / fake_sdk.stem / ".wasmbox-complete").is_file()
    # Asked for by name, zig says why it is not there.
    assert outcome["zig"] == ("toolchain 'zig' is not usable: the ziglang package is not "
                              f"installed, and zig {reason}; pip install 'wasmbox-build[zig]'")
