"""Shipping: the machine-wide build cache, declarative pyproject config, complete sdists."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tarfile
import textwrap
import uuid
from pathlib import Path
from typing import Any

import pytest
from projects import REPO, build_inplace, import_built, write_project

from wasmbox_build.pipeline import compile as wasm_compile
from wasmbox_build.pipeline import translate, wasm2c_fixes
from wasmbox_build.toolchain import resolve_toolchain
from wasmbox_build.toolchain.wasm2c import find_wasm2c

LIB_C = '#include "lib.h"\nint triple(int x) { return x * FACTOR; }\n'
LIB_H = "#define FACTOR 3\n"


def test_a_fresh_build_folder_reuses_the_cached_wasm(tmp_path: Path) -> None:
    src = tmp_path / "lib.c"
    src.write_text(LIB_C)
    (tmp_path / "lib.h").write_text(LIB_H)
    toolchain = resolve_toolchain("zig")
    build = wasm_compile.WasmBuild(sources=(src,), exports=("triple",))
    first = wasm_compile.build_wasm(toolchain, build, tmp_path / "a" / "m.wasm", tmp_path / "a")
    assert not first.from_cache and first.compiled == (src,)
    assert tmp_path / "lib.h" in first.inputs  # headers come from the compiler's depfile

    second = wasm_compile.build_wasm(toolchain, build, tmp_path / "b" / "m.wasm", tmp_path / "b")
    assert second.from_cache and second.compiled == ()
    assert second.sha256 == first.sha256 and second.exports == ("triple",)
    assert not (tmp_path / "b" / "obj").exists()  # nothing was compiled

    (tmp_path / "lib.h").write_text(LIB_H.replace("3", "4"))  # a header changes: a miss
    third = wasm_compile.build_wasm(toolchain, build, tmp_path / "c" / "m.wasm", tmp_path / "c")
    assert not third.from_cache and third.sha256 != first.sha256


def _triple_library(folder: Path, factor: str) -> wasm_compile.WasmBuild:
    """A one-function library (multiplying by `factor`) written into `folder`."""
    src = folder / "lib.c"
    src.write_text(LIB_C.replace("FACTOR", factor))
    (folder / "lib.h").write_text(LIB_H)
    return wasm_compile.WasmBuild(sources=(src,), exports=("triple",))


def test_a_damaged_cache_entry_is_a_miss(tmp_path: Path, session_cache: Path) -> None:
    toolchain = resolve_toolchain("zig")
    build = _triple_library(tmp_path, "5")
    first = wasm_compile.build_wasm(toolchain, build, tmp_path / "a" / "m.wasm", tmp_path / "a")
    blob = session_cache / "build-cache" / "wasm" / f"{first.sha256}.wasm"
    blob.write_bytes(blob.read_bytes()[:-10])  # truncated by a crash or a full disk
    again = wasm_compile.build_wasm(toolchain, build, tmp_path / "b" / "m.wasm", tmp_path / "b")
    assert not again.from_cache and again.sha256 == first.sha256


def test_an_edit_to_the_wasm2c_fixes_is_never_served_their_old_output(
        tmp_path: Path, session_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The cached wasm2c output is keyed by the fixes' own source, so a changed
    wasm2c_fixes.py (a developer's edit, a new release) translates afresh."""
    build = _triple_library(tmp_path, "6")
    wasm = wasm_compile.build_wasm(resolve_toolchain("zig"), build, tmp_path / "w" / "m.wasm",
                                   tmp_path / "w").wasm
    wasm2c = find_wasm2c()
    runs: list[Path] = []
    real_run = translate._run_wasm2c

    def counted(*args: Any) -> None:
        runs.append(args[1])
        real_run(*args)

    monkeypatch.setattr(translate, "_run_wasm2c", counted)
    translate.translate(wasm2c, wasm, "lib", tmp_path / "a")
    translate.translate(wasm2c, wasm, "lib", tmp_path / "b")  # from the cache
    assert len(runs) <= 1
    edited = tmp_path / "wasm2c_fixes.py"
    # An edit never made before (the cache outlives this test).
    edited.write_text(Path(wasm2c_fixes.__file__).read_text() + f"# {uuid.uuid4()}\n")
    monkeypatch.setattr(wasm2c_fixes, "__file__", str(edited))
    before = len(runs)
    translate.translate(wasm2c, wasm, "lib", tmp_path / "b")
    translate.translate(wasm2c, wasm, "lib", tmp_path / "c")
    assert len(runs) == before + 1  # translated once afresh, then cached under the new key


PYPROJECT_ONLY = """\
[build-system]
requires = ["setuptools>=64", "wasmbox-build"]
build-backend = "setuptools.build_meta"

[project]
name = "declared"
version = "0.1.0"

[tool.setuptools]
packages = ["declared"]

[[tool.wasmbox.extension]]
name = "declared._lib"
sources = ["csrc/lib.c"]
include-dirs = ["csrc"]
define-macros = ["EXTRA=1"]
exports = ["triple"]
max-memory = 16777216
"""


def _pyproject_project(root: Path, pyproject: str = PYPROJECT_ONLY) -> Path:
    (root / "csrc").mkdir(parents=True)
    (root / "csrc" / "lib.c").write_text(LIB_C + "int extra(void) { return EXTRA; }\n")
    (root / "csrc" / "lib.h").write_text(LIB_H)
    (root / "declared").mkdir()
    (root / "declared" / "__init__.py").write_text("")
    (root / "pyproject.toml").write_text(pyproject)
    return root


def _build(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pip", *args, "--no-build-isolation",
                           "--no-deps", str(root)], capture_output=True, text=True, check=False)


def test_pyproject_only_project_builds(tmp_path: Path) -> None:
    root = _pyproject_project(tmp_path / "p")
    result = _build(root, "wheel", "-w", str(tmp_path / "dist"))
    assert result.returncode == 0, result.stderr[-3000:]
    wheel = next((tmp_path / "dist").glob("declared-*.whl"))
    assert "-none-any" not in wheel.name  # a platform wheel: it holds an extension
    target = tmp_path / "site"
    shutil.unpack_archive(wheel, target, "zip")
    module = import_built(target, "declared._lib")
    assert module.triple(2) == 6
    assert module.__wasmbox__["max_memory"] == 16777216


def test_pyproject_unknown_key_is_one_clear_line(tmp_path: Path) -> None:
    root = _pyproject_project(tmp_path / "p", PYPROJECT_ONLY.replace("exports =", "exprots ="))
    result = _build(root, "wheel", "-w", str(tmp_path / "dist"))
    assert result.returncode != 0
    assert "unknown key 'exprots'" in result.stderr and "valid keys:" in result.stderr
    assert not (tmp_path / "dist").exists() or not any((tmp_path / "dist").iterdir())


def test_sdist_carries_sources_and_headers_and_builds_alone(tmp_path: Path) -> None:
    root = write_project(tmp_path / "p", "_lib", {"csrc/lib.c": LIB_C, "csrc/lib.h": LIB_H},
                         include_dirs=["csrc"], exports=["triple"])
    (root / "pyproject.toml").write_text(textwrap.dedent("""\
        [build-system]
        requires = ["setuptools>=64", "wasmbox-build"]
        build-backend = "setuptools.build_meta"
        """))
    sdist = subprocess.run([sys.executable, "setup.py", "-q", "sdist", "-d", str(tmp_path / "sd")],
                           cwd=root, capture_output=True, text=True, check=False)
    assert sdist.returncode == 0, sdist.stderr
    archive = next((tmp_path / "sd").glob("*.tar.gz"))
    with tarfile.open(archive) as tar:
        names = {Path(n).relative_to(Path(n).parts[0]).as_posix() for n in tar.getnames()
                 if len(Path(n).parts) > 1}
    assert {"csrc/lib.c", "csrc/lib.h", "setup.py"} <= names
    assert not (root / "MANIFEST.in").exists()

    empty = tmp_path / "empty"
    empty.mkdir()
    shutil.unpack_archive(archive, empty)
    unpacked = next(empty.iterdir())
    build_inplace(unpacked)
    assert import_built(unpacked, "_lib").triple(3) == 9


def test_doctor_reports_the_build_cache(tmp_path: Path, session_cache: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """doctor's cache lines: each entry's size, and what the build cache holds."""
    from wasmbox_build.pipeline.translate import translate
    from wasmbox_build.toolchain import find_wasm2c

    cache_dir = tmp_path / "cache"
    cache_dir.mkdir()
    (cache_dir / "zig").symlink_to(session_cache / "zig")  # zig's libc, built already
    monkeypatch.setenv("WASMBOX_CACHE_DIR", str(cache_dir))

    def doctor_build_cache() -> tuple[int, int]:
        result = subprocess.run([sys.executable, "-m", "wasmbox_build", "doctor"],
                                capture_output=True, text=True, check=True)
        [line] = [line for line in result.stdout.splitlines()
                  if line.startswith("cache entries: ")]
        found = re.search(r"\bbuild-cache [\d.]+ (?:B|KiB|MiB|GiB) "
                          r"\((\d+) wasm modules, (\d+) wasm2c outputs\)", line)
        assert found and re.search(r"\bzig [\d.]+ (?:B|KiB|MiB|GiB)\b", line), line
        return int(found[1]), int(found[2])

    doctor_build_cache()  # probes the toolchains, whose probe builds are cached too
    before = doctor_build_cache()
    toolchain = resolve_toolchain("zig")
    build = _triple_library(tmp_path, "7")
    built = wasm_compile.build_wasm(toolchain, build, tmp_path / "a" / "m.wasm", tmp_path / "a")
    translate(find_wasm2c(), built.wasm, "m", tmp_path / "c")
    after = doctor_build_cache()
    assert after == (before[0] + 1, before[1] + 1)


def test_the_wheel_carries_every_guest_and_runtime_file(wheelhouse: Path) -> None:
    """Files compiled into modules must ship (a header left out of package-data built in
    an editable checkout and failed in every installed wheel)."""
    import zipfile

    [wheel] = wheelhouse.glob("wasmbox_build-*.whl")
    shipped = set(zipfile.ZipFile(wheel).namelist())
    tracked = subprocess.run(["git", "ls-files", "wasmbox_build/guest", "wasmbox_build/runtime",
                              "wasmbox_build/templates", "wasmbox_build/cmake"],
                             cwd=REPO, capture_output=True, text=True, check=True)
    wanted = {name for name in tracked.stdout.split() if not name.endswith(".py")}
    assert wanted and wanted - shipped == set()


def test_an_empty_guest_folder_is_one_clear_error(tmp_path: Path) -> None:
    from wasmbox_build.errors import BuildError
    from wasmbox_build.pipeline.guest_files import staged

    with pytest.raises(BuildError, match=r"guest files are missing from .*; reinstall"):
        staged(tmp_path, "guest-nothing")
