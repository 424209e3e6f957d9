"""zig fetched with pip into the cache from a package index on 127.0.0.1 serving PyPI's wheel.

The wheel is the real one (downloaded once per test cache from PyPI with the pinned hashes);
pip is the real pip, pointed at the local index; the fetched zig builds real modules.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import signal
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from toolchain_testlib import (
    REPO,
    RESOLVE,
    Mirror,
    PackageIndex,
    child_env,
    cli_argv,
    run_cli,
    wait_for,
    wasm_exports,
    wasm_validate,
    without_zig,
)

from wasmbox_build.errors import DownloadError, ToolchainError
from wasmbox_build.pipeline.compile import WasmBuild, build_wasm
from wasmbox_build.toolchain import Toolchain, Unavailable, pip_download, zig, zig_cache

if TYPE_CHECKING:
    from collections.abc import Iterator

MARKER = ".wasmbox-complete"


def _root(cache: Path) -> Path:
    host = zig_cache.host_key()
    assert host is not None
    return cache / "ziglang" / f"ziglang-{zig_cache.PINNED_VERSION}-{host}"


def assert_fetched(cache: Path) -> Path:
    root = _root(cache)
    assert (root / MARKER).is_file()
    assert os.access(root / "ziglang" / "zig", os.X_OK)
    assert (root / "ziglang" / "lib" / "libc").is_dir()
    assert list(root.parent.glob(".tmp-*")) == []
    assert list(root.rglob("*.whl")) == []  # the wheel is not kept once extracted
    return root


def assert_nothing_fetched(cache: Path) -> None:
    folder = cache / "ziglang"
    if folder.exists():
        assert [p.name for p in folder.iterdir() if not p.name.endswith(".lock")] == []


def _line(output: str, start: str) -> str:
    found = [line.strip() for line in output.splitlines() if line.strip().startswith(start)]
    assert len(found) == 1, f"no single line starting {start!r} in:\n{output}"
    return found[0]


def _fetched() -> Toolchain:
    found = zig.fetch()
    assert isinstance(found, Toolchain), found
    return found


# --------------------------------------------------------------------------- the happy path


@pytest.mark.slow
def test_auto_fetches_zig_that_builds_what_the_zig_extra_builds(
        no_zig_path: str, zig_index: PackageIndex, mirror: Mirror, fetch_cache: Path,
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = _root(fetch_cache)
    doctor = without_zig(no_zig_path, ["-m", "wasmbox_build", "doctor"])
    assert _line(doctor.stdout, "auto picks:") == (
        f"auto picks: fetch ziglang=={zig_cache.PINNED_VERSION} with pip (~100 MB, once) "
        f"into {root}")
    assert zig_index.wheel_requests == 0

    # A Python without ziglang (as an isolated build environment without the extra):
    # auto fetches zig once, probes it, and `zig` then finds it in the cache.
    result = without_zig(no_zig_path, ["-c", RESOLVE], timeout=900)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {"None": "resolved zig", "zig": "resolved zig"}
    assert (zig_index.wheel_requests, mirror.requests) == (1, 0)
    assert result.stderr.count("wasmbox-build: fetching zig") == 1
    assert_fetched(fetch_cache)

    fetched = zig.find_cached()
    assert isinstance(fetched, Toolchain)
    assert fetched.location == root / "ziglang"
    assert fetched.compiler == (str(root / "ziglang" / "zig"), "cc")
    assert fetched.version == zig_cache.PINNED_VERSION
    assert fetched.env == {"ZIG_GLOBAL_CACHE_DIR": str(fetch_cache / "zig")}
    assert _fetched() == fetched  # found in the cache: the index is not asked again
    assert zig_index.wheel_requests == 1

    # The same wheel pip installed (the `zig` extra) is the same toolchain: one identity
    # (so one wasm cache entry; each copy is probed once) and the same bytes out.
    installed = zig.find_installed()
    assert isinstance(installed, Toolchain)
    assert installed.version == fetched.version
    assert installed.identity == fetched.identity
    assert installed.install_identity != fetched.install_identity
    source = tmp_path / "lib.c"
    source.write_text("#include <string.h>\nint answer(const char *s) { return strlen(s); }\n")
    build = WasmBuild(sources=(source,), exports=("answer",))
    wasm = []
    for name, toolchain in (("fetched", fetched), ("installed", installed)):
        # Each its own build cache, so that both really compile.
        monkeypatch.setenv("WASMBOX_CACHE_DIR", str(tmp_path / name / "cache"))
        built = build_wasm(toolchain, build, tmp_path / name / "lib.wasm", tmp_path / name / "w")
        assert built.compiled == (source,) and not built.from_cache
        wasm.append(built)
    monkeypatch.setenv("WASMBOX_CACHE_DIR", str(fetch_cache))
    wasm_validate(wasm[0].wasm)
    assert set(wasm_exports(wasm[0].wasm)) == {"answer", "malloc", "free", "_initialize",
                                               "memory", "__indirect_function_table"}
    assert wasm[0].wasm.read_bytes() == wasm[1].wasm.read_bytes()

    # doctor shows both ways to zig, each usable.
    doctor = run_cli("doctor", env={"WASMBOX_OFFLINE": "1"})
    assert doctor.returncode == 0, doctor.stderr
    assert re.fullmatch(rf"zig \(cache\)\s+usable\s+{re.escape(zig_cache.PINNED_VERSION)}\s+"
                        rf"{re.escape(str(root / 'ziglang'))}", _line(doctor.stdout, "zig (cache)"))
    assert "usable" in _line(doctor.stdout, "zig (ziglang package)").split()


def test_requirements_pin_every_wheel_of_one_version() -> None:
    text = zig_cache.requirements_text()
    assert text.startswith(f"ziglang=={zig_cache.PINNED_VERSION} \\\n")
    hashes = re.findall(r"--hash=sha256:([0-9a-f]{64})", text)
    assert sorted(hashes) == sorted(zig_cache.PINNED_WHEELS.values())
    assert len(set(hashes)) == 12


def test_the_zig_extra_installs_the_version_that_is_fetched() -> None:
    # One zig whichever way it comes: the same identity, the same wasm.
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    wanted = f"ziglang=={zig_cache.PINNED_VERSION}"
    assert project["optional-dependencies"]["zig"] == [wanted]
    assert wanted in project["optional-dependencies"]["test"]


# --------------------------------------------------------------------------- what can go wrong


def test_wrong_hash_is_refused(zig_index: PackageIndex, ziglang_wheel: Path,
                               cache_dir: Path) -> None:
    zig_index.serve(ziglang_wheel, "wrong-bytes")
    with pytest.raises(DownloadError) as caught:
        zig.fetch()
    message = str(caught.value)
    assert "\n" not in message
    assert (f"the ziglang=={zig_cache.PINNED_VERSION} wheel from "
            f"{zig_index.url.removesuffix('/simple')}/files/{ziglang_wheel.name}") in message
    assert f"does not match any pinned sha256 (got {zig_index.altered_sha256()})" in message
    assert "PIP_INDEX_URL" in message
    assert zig_index.wheel_requests == 1
    assert_nothing_fetched(cache_dir)


def test_index_without_ziglang(zig_index: PackageIndex, ziglang_wheel: Path,
                               cache_dir: Path) -> None:
    zig_index.serve(ziglang_wheel, "no-project")
    found = zig.fetch()
    assert isinstance(found, Unavailable)
    assert found.reason == (f"cannot be fetched: {zig_index.url} has no "
                            f"ziglang=={zig_cache.PINNED_VERSION} wheel for this platform")
    assert_nothing_fetched(cache_dir)


def test_unreachable_index(zig_index: PackageIndex, cache_dir: Path,
                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PIP_INDEX_URL", "http://127.0.0.1:9/simple")  # discard: refused
    monkeypatch.setenv("PIP_RETRIES", "1")  # pip names the failure only when it retries
    monkeypatch.setenv("PIP_TIMEOUT", "5")
    with pytest.raises(DownloadError) as caught:
        zig.fetch()
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith("pip could not reach http://127.0.0.1:9/simple to download "
                              f"ziglang=={zig_cache.PINNED_VERSION} (")
    assert "check the network or pip's index-url/proxy settings" in message
    assert_nothing_fetched(cache_dir)


def test_offline_with_nothing_cached(zig_index: PackageIndex, cache_dir: Path,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WASMBOX_OFFLINE", "1")
    with pytest.raises(ToolchainError) as caught:
        zig.fetch()
    assert str(caught.value) == (
        f"zig (ziglang {zig_cache.PINNED_VERSION}) is not in the cache ({_root(cache_dir)}) "
        f"and WASMBOX_OFFLINE=1 forbids fetching it; run 'python -m wasmbox_build fetch --zig' "
        f"while online, pip install 'wasmbox-build[zig]', or unset WASMBOX_OFFLINE")
    assert zig_index.wheel_requests == 0
    result = run_cli("fetch", "--zig")
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0
    assert "WASMBOX_OFFLINE=1 forbids fetching it" in result.stderr


def test_fetch_zig_takes_no_version(zig_index: PackageIndex) -> None:
    result = run_cli("fetch", "--zig", "--version", "27.0")
    assert result.returncode == 1
    assert result.stderr.strip() == ("wasmbox-build: error: --version names a wasi-sdk release; "
                                     "zig is pinned (drop --version, or drop --zig to fetch "
                                     "wasi-sdk)")
    assert zig_index.wheel_requests == 0


def test_pip_from_ensurepip_when_the_interpreter_has_none(tmp_path: Path,
                                                           no_zig_path: str) -> None:
    # As in a uv-made environment: no pip module, so the pip wheel bundled with ensurepip runs.
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    script = ("import json; from wasmbox_build.toolchain import pip_download as p; "
              "print(json.dumps(p.find_pip()))")
    env = child_env({"PYTHONPATH": no_zig_path})
    result = subprocess.run([str(venv / "bin" / "python"), "-c", script], env=env,
                            capture_output=True, text=True, check=False, timeout=120)
    assert result.returncode == 0, result.stderr
    argv = json.loads(result.stdout)
    assert argv[:2] == [str(venv / "bin" / "python"), "-I"]
    assert re.search(r"pip-[\d.]+-py3-none-any\.whl/pip$", argv[2]), argv
    assert pip_download.find_pip() == [sys.executable, "-I", "-m", "pip"]


# --------------------------------------------------------------------------- processes


@pytest.fixture
def processes() -> Iterator[list[subprocess.Popen[str]]]:
    """`fetch --zig` processes, each in its own process group, all ended after the test
    (a killed fetch's pip lives on as an orphan until its download ends)."""
    started: list[subprocess.Popen[str]] = []
    yield started
    for process in started:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.communicate(timeout=30)


def _start_fetch(processes: list[subprocess.Popen[str]]) -> subprocess.Popen[str]:
    process = subprocess.Popen(cli_argv("fetch", "--zig"), env=child_env(), text=True,
                               stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, start_new_session=True)
    processes.append(process)
    return process


def _kill_only(process: subprocess.Popen[str]) -> None:
    """SIGKILL the fetch itself (as the OOM killer would), not the pip it started."""
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL


@pytest.mark.slow
def test_killed_fetches_are_redone(zig_index: PackageIndex, ziglang_wheel: Path,
                                   fetch_cache: Path,
                                   processes: list[subprocess.Popen[str]]) -> None:
    root = _root(fetch_cache)

    def downloading() -> bool:
        return zig_index.bytes_sent > 4 << 20

    def extracting() -> bool:
        return any((tmp / "tree" / "ziglang").exists() for tmp in root.parent.glob(".tmp-*"))

    # Killed while pip downloads (its pip lives on, an orphan), then while extracting.
    for serving, started in ((0.2, downloading), (0.0, extracting)):
        zig_index.serve(ziglang_wheel, delay=serving)
        fetch = _start_fetch(processes)
        assert wait_for(started, timeout=600, interval=0.02), f"never reached {started.__name__}"
        _kill_only(fetch)
        # What the killed process left: a temporary folder, nothing a later run trusts.
        assert list(root.parent.glob(".tmp-*"))
        assert not root.exists()
        assert isinstance(zig.find_cached(), Unavailable)

    zig_index.serve(ziglang_wheel)  # full speed; a slow transfer to the orphan pip stops
    redone = run_cli("fetch", "--zig", timeout=900)
    assert redone.returncode == 0, redone.stderr
    assert Path(redone.stdout.strip()) == root
    assert_fetched(fetch_cache)  # and what the killed ones left is gone
    assert zig_index.wheel_requests == 1


@pytest.mark.slow
def test_two_fetches_at_once_download_once(zig_index: PackageIndex, ziglang_wheel: Path,
                                           fetch_cache: Path,
                                           processes: list[subprocess.Popen[str]]) -> None:
    zig_index.serve(ziglang_wheel, delay=0.02)
    started = [_start_fetch(processes) for _ in range(2)]
    outputs = [process.communicate(timeout=900) for process in started]
    for process, (_, err) in zip(started, outputs, strict=True):
        assert process.returncode == 0, err
    root = _root(fetch_cache)
    assert [Path(out.strip()) for out, _ in outputs] == [root, root]
    assert zig_index.wheel_requests == 1
    assert_fetched(fetch_cache)
    # One of them fetched (and said so); the other waited and reused it.
    assert sum("wasmbox-build: fetching zig" in err for _, err in outputs) == 1

    # `cache clean` removes it (taking its lock), and the next fetch starts afresh.
    cleaned = run_cli("cache", "clean")
    assert cleaned.returncode == 0, cleaned.stderr
    assert_nothing_fetched(fetch_cache)
    assert isinstance(zig.find_cached(), Unavailable)
