"""The options model: each option declared once (pipeline/options.py), and every front
end, the docs and the generated keyword list derived from it and agreeing with it."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from wasmbox_build.cli import cmake_steps, reference
from wasmbox_build.errors import BuildError
from wasmbox_build.pipeline import options as model
from wasmbox_build.setuptools.extension import EXTENSION_KEYWORDS, WasmBoxExtension

REPO = Path(__file__).resolve().parent.parent
CMAKE_CONFIG = REPO / "wasmbox_build" / "cmake" / "WasmBoxConfig.cmake"


# ---- derived texts agree with the model -----------------------------------------------------


def test_the_docs_table_is_the_models() -> None:
    page = reference.OPTIONS_PAGE.read_text(encoding="utf-8")
    assert reference.with_table(page) == page, \
        "docs/options.md's table is stale: run python -m wasmbox_build.cli.reference"


def test_the_typed_keyword_list_is_the_models() -> None:
    assert reference.KEYWORDS_FILE.read_text(encoding="utf-8") == reference.keywords_module(), \
        "setuptools/keywords.py is stale: run python -m wasmbox_build.cli.reference"


def test_the_cmake_modules_keyword_list_is_the_models() -> None:
    """The usage comment at the top of WasmBoxConfig.cmake names every keyword the
    configure step parses (from the model), and no other."""
    usage = CMAKE_CONFIG.read_text(encoding="utf-8").split("\n\n")[0]
    listed = set(re.findall(r"(?:\[|\(<target> )([A-Z][A-Z0-9_]+)", usage))
    assert listed == {o.cmake_keyword for o in model.OPTIONS}


def test_every_front_end_spells_every_option() -> None:
    for option in model.OPTIONS:
        assert option.pyproject_key == option.name.replace("_", "-")
        assert option.cmake_keyword and option.cmake_keyword.isupper()
        assert option.help and "\n" not in option.help
    assert {o.name for o in model.OPTIONS} - {"name", "sources"} == EXTENSION_KEYWORDS


def test_the_options_command_prints_the_table() -> None:
    result = subprocess.run([sys.executable, "-m", "wasmbox_build", "options"],
                            capture_output=True, text=True, check=True)
    assert result.stdout == model.reference_table()


# ---- validation: once, in the front end's words -----------------------------------------------


def _given(tmp_path: Path, **extra: object) -> dict[str, object]:
    (tmp_path / "a.c").write_text("int f(int x) { return x; }\n")
    return {"name": "pkg._m", "sources": ["a.c"], **extra}


@pytest.mark.parametrize(("dialect", "expected"), [
    (model.Dialect.SETUPTOOLS, "memory_check='fast'; use one of: bounds, guard"),
    (model.Dialect.PYPROJECT, "memory-check = 'fast'; use one of: bounds, guard"),
    (model.Dialect.CMAKE, "MEMORY_CHECK 'fast'; use one of: bounds, guard"),
])
def test_a_bad_value_is_named_as_its_front_end_spells_it(tmp_path: Path,
                                                         dialect: model.Dialect,
                                                         expected: str) -> None:
    with pytest.raises(BuildError) as error:
        model.validate(_given(tmp_path, memory_check="fast"), dialect, tmp_path)
    assert str(error.value) == expected


@pytest.mark.parametrize(("extra", "expected"), [
    ({"max_call_depth": 0}, "max_call_depth=0; use a value from 1 to 2**30"),
    ({"stack_size": 100}, "stack_size=100 must be a multiple of 16, at least 4096"),
    ({"max_memory": 100}, "max_memory=100 must be a multiple of 64 KiB"),
    ({"toolchain": "gcc"}, "toolchain= is 'gcc'; use one of: auto, wasi-sdk, zig, system"),
    ({"optimization": "O2"}, "optimization='O2' is not an optimization level"),
    ({"wasm2c_parts": 65}, "wasm2c_parts 65; use a number from 1 to 64"),
    ({"exports": "f"}, "exports must be a list of strings, not 'f'"),
    ({"stack_size": True}, "stack_size must be a whole number, not True"),
    ({"define_macros": [("-X", None)]}, "define_macros entry ('-X', None) is not NAME"),
    ({"header": "nothere.h"}, "header 'nothere.h' not found"),
    ({"native_sources": ["n.c"]}, "native source"),
    ({"sources": []}, "no sources given; list the library's C and C++ files in sources=[...]"),
    ({"name": "pkg.2x"}, "module name 'pkg.2x' is not a dotted Python name"),
    ({"capabilities": {"clock": "sometimes"}}, "capabilities['clock'] = 'sometimes'"),
    ({"capabilities": {"memory_limit": 1 << 21}, "max_memory": 1 << 20},
     "use at most max_memory (1048576)"),
    ({"headers": "a.h"}, "unknown keyword headers=; did you mean header=?"),
])
def test_each_check_names_the_fix(tmp_path: Path, extra: dict[str, object],
                                  expected: str) -> None:
    with pytest.raises(BuildError, match=re.escape(expected)):
        model.validate(_given(tmp_path, **extra), model.Dialect.SETUPTOOLS, tmp_path)


def test_checked_options_are_normalised(tmp_path: Path) -> None:
    (tmp_path / "inc").mkdir()
    (tmp_path / "inc" / "m.h").write_text("int f(int);\n")
    checked = model.validate(_given(tmp_path, include_dirs=["inc"], header="m.h",
                                    define_macros=["A=1", ("B", 2), "C"],
                                    toolchain=" Zig ", py_limited_api=True),
                             model.Dialect.PYPROJECT, tmp_path)
    assert checked.sources == (tmp_path / "a.c",)
    assert checked.include_dirs == (tmp_path / "inc",)
    assert checked.header == tmp_path / "inc" / "m.h"
    assert checked.define_macros == (("A", "1"), ("B", "2"), ("C", None))
    assert checked.toolchain == "zig"
    assert checked.py_limited_api == (3, 11)
    assert checked.max_call_depth == model.DEFAULT_MAX_CALL_DEPTH


def test_the_cmake_spec_round_trips(tmp_path: Path) -> None:
    checked = model.validate(
        _given(tmp_path, capabilities={"stdin": b"\x00\xff", "files": {"/a": "text"},
                                       "clock": True},
               define_macros=[("X", None), ("Y", "2")], exports=["f"], max_memory=1 << 20,
               wasm_cflags=["-g"], py_limited_api=True),
        model.Dialect.SETUPTOOLS, tmp_path)
    assert model.from_json(model.to_json(checked)) == checked


def test_spelling_a_pipeline_message_for_cmake() -> None:
    assert model.spell_for(model.Dialect.CMAKE, "list them in exports=[...]; or set "
                           "max_memory=1000 and native_sources=[...]") == \
        "list them in EXPORTS; or set MAX_MEMORY 1000 and NATIVE_SOURCES"
    assert model.spell_for(model.Dialect.PYPROJECT, "give header='x.h'") == \
        "give header = 'x.h'"


# ---- the CMake front end's argument parsing -------------------------------------------------


@pytest.mark.parametrize(("arguments", "expected"), [
    ("BOGUS 1 SOURCES a.c", "unknown argument 'BOGUS'; the keywords are: MODULE_NAME"),
    ("SOURCES a.c EXPORT f", "unknown argument 'EXPORT'"),
    ("SOURCES a.c NOTAFILE", "unknown argument 'NOTAFILE'"),
    ("SOURCES a.c MEMORY_CHECK bounds guard", "unknown argument 'guard'"),
    ("SOURCES a.c EXPORTS", "EXPORTS has no value; list the functions to export"),
    ("SOURCES a.c HEADER", "HEADER has no value; give it a value or leave it out"),
    ("SOURCES a.c TOOLCHAIN zig TOOLCHAIN zig", "TOOLCHAIN is given twice"),
])
def test_cmake_arguments_errors(tmp_path: Path, arguments: str, expected: str) -> None:
    with pytest.raises(BuildError, match=re.escape(expected)):
        cmake_steps.parse_arguments(arguments.split(), tmp_path)


def test_cmake_arguments(tmp_path: Path) -> None:
    (tmp_path / "SRC").mkdir()  # an upper-case path that exists is a path
    parsed = cmake_steps.parse_arguments(
        ["SOURCES", "a.c", "SRC/b.c", "DEFINES", "A=1", "B", "EXPORTS", "f", "g",
         "MAX_MEMORY", "65536", "USE_SABI", "3.12"], tmp_path)
    assert parsed == {"sources": ["a.c", "SRC/b.c"], "define_macros": ["A=1", "B"],
                      "exports": ["f", "g"], "max_memory": "65536", "py_limited_api": "3.12"}


# ---- WasmBoxExtension --------------------------------------------------------------------------


def test_an_unknown_keyword_stops_setup_py_with_one_line(tmp_path: Path) -> None:
    (tmp_path / "a.c").write_text("int f(int x) { return x; }\n")
    (tmp_path / "setup.py").write_text(
        "from setuptools import setup\nfrom wasmbox_build import WasmBoxExtension\n"
        "setup(name='p', ext_modules=[WasmBoxExtension('_m', ['a.c'], headers='a.h')])\n")
    result = subprocess.run([sys.executable, "setup.py", "build_ext", "--inplace"],
                            cwd=tmp_path, capture_output=True, text=True, check=False)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines()[-1].startswith(
        "error: WasmBoxExtension('_m'): unknown keyword headers=; did you mean header=?")
    assert not list(tmp_path.glob("*.so"))


def test_setuptools_keywords_go_to_the_host_extension() -> None:
    ext = WasmBoxExtension("pkg._m", ["a.c"], include_dirs=["inc"],
                           extra_compile_args=["-O3"], libraries=["m"], py_limited_api=True)
    assert ext.include_dirs == []  # ours: the library's, kept for the wasm compile
    assert ext.extra_compile_args == ["-O3"] and ext.libraries == ["m"]
    assert ext.py_limited_api is True  # setuptools names the module .abi3.so
    assert ext.wasmbox_options["include_dirs"] == ["inc"]
