"""Building C++: C and C++ mixed in one module, their own flags, exports, a constructor
that traps, both front ends, and the one-line errors when a provider has no libc++."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from cxxtestlib import build, built, error_lines, provider_env
from projects import REPO, import_built, write_project

from wasmbox_build.errors import BuildError
from wasmbox_build.pipeline import options
from wasmbox_build.pipeline.compile import is_cxx
from wasmbox_build.setuptools.pyproject_config import extensions_from_pyproject
from wasmbox_build.toolchain import system

# C and C++ side by side: each file fails to compile if it gets the other's flags.
PLAIN_C = """\
#ifdef CXX_ONLY
#error "wasm_cxxflags reached a C source"
#endif
int c_value(void) { return C_ONLY; }
"""
MODERN_CPP = """\
#ifndef CXX_ONLY
#error "wasm_cxxflags did not reach a C++ source"
#endif
#ifdef C_ONLY
#error "wasm_cflags reached a C++ source"
#endif
#if __cplusplus < 202002L
#error "cxx_std did not select C++20"
#endif
#include <span>
#include <string>

static std::string greeting = "hello";  // a static constructor

int helper(std::span<const int> values) { return static_cast<int>(values.size()); }

extern "C" int cxx_value(void)
{
    const int three[] = {1, 2, 3};
    return CXX_ONLY * 10 + helper(three) + static_cast<int>(greeting.size()) * 100;
}
"""
UPPER_C = """\
#ifndef __cplusplus
#error "x.C is C++"
#endif
extern "C" int upper_value(void) { return 5; }
"""
MIXED = {"plain.c": PLAIN_C, "modern.cpp": MODERN_CPP, "upper.C": UPPER_C}
MIXED_OPTIONS = {"cxx_std": "c++20", "wasm_cflags": ["-DC_ONLY=3"],
                 "wasm_cxxflags": ["-DCXX_ONLY=4"]}

THROWING_CONSTRUCTOR = """\
#include <stdexcept>
namespace {
struct Fails {
    Fails() { throw std::runtime_error("cannot start"); }
};
Fails fails;
}
extern "C" int answer(void) { return 42; }
"""


# A library that forges its abort note (it is the adversary: linear memory is its own):
# no NUL anywhere, bytes that are not UTF-8, or a kind the runtime does not know.
FORGED_NOTE = """\
#include <string.h>
#include <stdint.h>
extern "C" struct { uint32_t kind; char type[128]; char message[1024]; } __wasmbox_abort_note;
extern "C" void forge(uint32_t kind, int fill)
{
    memset(__wasmbox_abort_note.type, fill, sizeof __wasmbox_abort_note.type);
    memset(__wasmbox_abort_note.message, fill, sizeof __wasmbox_abort_note.message);
    __wasmbox_abort_note.kind = kind;
    __builtin_trap();
}
"""


def test_suffixes() -> None:
    assert [is_cxx(Path(n)) for n in ("a.cc", "a.cpp", "a.cxx", "a.C", "a.c", "a.h")] == [
        True, True, True, True, False, False]


@pytest.mark.slow
def test_c_and_cxx_in_one_module(tmp_path: Path) -> None:
    write_project(tmp_path, "mixed", MIXED, **MIXED_OPTIONS)
    built(tmp_path, provider_env("system"))
    m = import_built(tmp_path, "mixed")
    assert (m.c_value(), m.cxx_value(), m.upper_value()) == (3, 543, 5)
    # exports=None: the functions with C names; helper() is C++ (mangled) and stays inside.
    assert sorted(m.__wasmbox__["exports"]) == ["c_value", "cxx_value", "upper_value"]
    assert m.__wasmbox__["cxx"] == {"std": "c++20", "exceptions": False}


@pytest.mark.slow
def test_a_constructor_that_throws_makes_sandbox_raise(tmp_path: Path) -> None:
    write_project(tmp_path, "cxxbad", {"bad.cc": THROWING_CONSTRUCTOR})
    built(tmp_path, provider_env("system"))
    m = import_built(tmp_path, "cxxbad")
    message = "_initialize() let a C++ exception escape: std::runtime_error: cannot start"
    with pytest.raises(m.CxxException) as caught:
        m.Sandbox()
    assert str(caught.value) == message
    assert (caught.value.type, caught.value.what) == ("std::runtime_error", "cannot start")
    with pytest.raises(m.CxxException, match=r"cannot start"):
        m.answer()  # the module's default sandbox cannot start either


@pytest.mark.slow
def test_a_forged_abort_note_is_only_text(tmp_path: Path) -> None:
    write_project(tmp_path, "forged", {"forged.cc": FORGED_NOTE})
    built(tmp_path, provider_env("system"))
    m = import_built(tmp_path, "forged")
    with pytest.raises(m.CxxException) as caught:
        m.Sandbox().forge(1, 0xFF)  # no NUL: cut at each field's end; not UTF-8: replaced
    assert caught.value.type == "\ufffd" * 127 and caught.value.what == "\ufffd" * 1023
    with pytest.raises(m.Unreachable) as aborted:
        m.Sandbox().forge(2, ord("x"))
    assert str(aborted.value) == "forge() aborted: " + "x" * 1023
    for kind in (0, 3, 0xFFFFFFFF):  # not a note: the plain trap
        with pytest.raises(m.Unreachable) as plain:
            m.Sandbox().forge(kind, ord("x"))
        assert str(plain.value) == "forge() trapped: Unreachable instruction executed"
        assert not isinstance(plain.value, m.CxxException)


@pytest.mark.slow
def test_cmake_builds_cxx_with_its_own_flags(tmp_path: Path) -> None:
    """wasmbox_add_library(... SOURCES x.cpp CXX_STD ... WASM_CXXFLAGS ...) in a project
    whose only language is C: the C++ goes to wasm through the pipeline."""
    sys.path.insert(0, str(REPO / "tests" / "cmake"))
    from cmake_testlib import build as cmake_build
    from cmake_testlib import configure

    source = tmp_path / "src"
    source.mkdir()
    for name, text in MIXED.items():
        (source / name).write_text(text)
    (source / "CMakeLists.txt").write_text(textwrap.dedent("""\
        cmake_minimum_required(VERSION 3.15...4.4)
        project(mixed LANGUAGES C)
        find_package(WasmBox CONFIG REQUIRED)
        wasmbox_add_library(mixed SOURCES plain.c modern.cpp upper.C TOOLCHAIN system
                            CXX_STD c++20 WASM_CFLAGS -DC_ONLY=3 WASM_CXXFLAGS -DCXX_ONLY=4)
        """))
    configure(source, tmp_path / "build")
    cmake_build(tmp_path / "build")
    script = "import mixed as m; print(m.c_value(), m.cxx_value(), m.upper_value())"
    result = subprocess.run([sys.executable, "-c", script], cwd=tmp_path / "build",
                            capture_output=True, text=True, check=False)
    assert result.stdout.split() == ["3", "543", "5"], result.stderr


# ---- errors --------------------------------------------------------------------------------


def test_a_provider_without_libcxx_is_one_line(tmp_path: Path, sdk_without_cxx: Path) -> None:
    write_project(tmp_path, "nolib", {"x.cc": 'extern "C" int f(void) { return 1; }\n'},
                  toolchain="wasi-sdk")
    result = build(tmp_path, provider_env("wasi-sdk", sdk_without_cxx))
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert error_lines(result.stderr) == [
        "error: building nolib: C++ sources need libc++ for wasm32, and toolchain 'wasi-sdk' "
        f"has none: {sdk_without_cxx.resolve()}/share/wasi-sysroot has no libc++ for "
        "wasm32-wasi: use a complete wasi-sdk release (they all ship libc++), or "
        "WASMBOX_TOOLCHAIN=zig"]
    # The same sdk builds C.
    write_project(tmp_path / "c", "withc", {"x.c": "int f(void) { return 1; }\n"},
                  toolchain="wasi-sdk")
    built(tmp_path / "c", provider_env("wasi-sdk", sdk_without_cxx))


def test_cmake_configure_stops_on_a_provider_without_libcxx(tmp_path: Path,
                                                            sdk_without_cxx: Path) -> None:
    sys.path.insert(0, str(REPO / "tests" / "cmake"))
    from cmake_testlib import child_env, configure

    source = tmp_path / "src"
    source.mkdir()
    (source / "x.cc").write_text('extern "C" int f(void) { return 1; }\n')
    (source / "CMakeLists.txt").write_text(textwrap.dedent("""\
        cmake_minimum_required(VERSION 3.15...4.4)
        project(nolib LANGUAGES C)
        find_package(WasmBox CONFIG REQUIRED)
        wasmbox_add_library(nolib SOURCES x.cc TOOLCHAIN wasi-sdk)
        """))
    result = configure(source, tmp_path / "build", check=False,
                       env=child_env(WASI_SDK_PATH=str(sdk_without_cxx)))
    assert result.returncode != 0
    stderr = " ".join(result.stderr.split())  # CMake wraps long messages
    assert ("wasmbox_add_library(nolib): C++ sources need libc++ for wasm32, and toolchain "
            "'wasi-sdk' has none: ") in stderr
    assert "or WASMBOX_TOOLCHAIN=zig Call Stack" in stderr


def test_the_system_fix_names_the_debian_packages(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Debian's clang without libc++-19-dev-wasm32 (the real one is installed here: the
    check is pointed at an empty wasi-libc tree instead)."""
    assert system._cxx_problem("Debian clang version 19.1.7 (3~deb12u1)") is None
    monkeypatch.setattr(system, "_WASI_LIBC_LIB", tmp_path / "lib")
    monkeypatch.setattr(system, "_WASI_LIBC_INCLUDE", tmp_path / "include")
    assert system._cxx_problem("Debian clang version 19.1.7 (3~deb12u1)") == (
        f"no libc++ for wasm32 in {tmp_path / 'lib'}: apt-get install libc++-19-dev-wasm32 "
        "libc++abi-19-dev-wasm32, or use WASMBOX_TOOLCHAIN=zig")


def test_cxx_std_must_name_a_standard(tmp_path: Path) -> None:
    (tmp_path / "x.cc").write_text("")

    def check(std: str, dialect: options.Dialect) -> options.ExtensionOptions:
        given = {"name": "m", "sources": ["x.cc"], "cxx_std": std}
        return options.validate(given, dialect, tmp_path)

    checked = check("gnu++17", options.Dialect.SETUPTOOLS)
    assert checked.wasm_build().cxx_std == "gnu++17" and checked.wasm_build().has_cxx
    with pytest.raises(BuildError) as caught:
        check("17", options.Dialect.SETUPTOOLS)
    assert str(caught.value) == ("cxx_std='17' is not a C++ standard; write e.g. "
                                 "cxx_std='c++17' (or cxx_std='gnu++20')")
    with pytest.raises(BuildError) as caught:
        check("c17", options.Dialect.CMAKE)
    assert str(caught.value) == ("CXX_STD 'c17' is not a C++ standard; write e.g. "
                                 "CXX_STD 'c++17' (or CXX_STD 'gnu++20')")


def test_pyproject_keys(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(textwrap.dedent("""\
        [[tool.wasmbox.extension]]
        name = "pkg._lib"
        sources = ["lib.cc"]
        cxx-std = "c++17"
        wasm-cxxflags = ["-fno-rtti"]
        """))
    (tmp_path / "lib.cc").write_text("")
    [ext] = extensions_from_pyproject(tmp_path)
    build_spec = ext.to_options(tmp_path).wasm_build()
    assert (build_spec.cxx_std, build_spec.extra_cxxflags) == ("c++17", ("-fno-rtti",))


@pytest.mark.slow
def test_doctor_says_which_providers_build_cxx(sdk_without_cxx: Path) -> None:
    env = provider_env("auto", sdk_without_cxx)
    env["WASI_SDK_PATH"] = str(sdk_without_cxx)
    result = subprocess.run([sys.executable, "-m", "wasmbox_build", "doctor"], env=env,
                            capture_output=True, text=True, check=False, timeout=1800)
    assert result.returncode == 0, result.stderr
    lines = [line.strip() for line in result.stdout.splitlines()]
    cxx = {lines[i - 1].split()[0]: line for i, line in enumerate(lines)
           if line.startswith("C++:")}
    assert cxx["zig"] == cxx["system"] == "C++: yes (libc++, no C++ exceptions: a throw traps)"
    assert cxx["wasi-sdk"].startswith("C++: no (")
    assert "has no libc++ for wasm32-wasi" in cxx["wasi-sdk"]
