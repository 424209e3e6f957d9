"""What is derived from the options model as text: the typed keyword list of
WasmBoxExtension (setuptools/keywords.py) and the options table of the docs.

`python -m wasmbox_build options` prints the table; in a source checkout,
`python -m wasmbox_build.cli.reference` rewrites both generated texts (the tests fail
while they disagree with pipeline/options.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..pipeline import options as model

_PACKAGE = Path(__file__).resolve().parent.parent
KEYWORDS_FILE = _PACKAGE / "setuptools" / "keywords.py"
OPTIONS_PAGE = _PACKAGE.parent / "docs" / "options.md"  # in a source checkout
TABLE_START = "<!-- options table: generated from wasmbox_build/pipeline/options.py -->\n"
TABLE_END = "<!-- end of options table -->\n"

_ANNOTATIONS = {
    model.Kind.TEXT: "str",
    model.Kind.TEXT_OR_NONE: "str | None",
    model.Kind.NUMBER: "int",
    model.Kind.NUMBER_OR_NONE: "int | None",
    model.Kind.PATHS: "Iterable[str | os.PathLike[str]]",
    model.Kind.PATH_OR_NONE: "str | os.PathLike[str] | None",
    model.Kind.NAMES: "Iterable[str]",
    model.Kind.NAMES_OR_NONE: "Iterable[str] | None",
    model.Kind.MACROS: "Iterable[tuple[str, str | None]]",
    model.Kind.MAPPING: "Mapping[str, object] | None",
    model.Kind.STABLE_ABI: "bool",
}

# setuptools.Extension's keywords for the host compile, handed on unchanged.
_HOST_KEYWORDS = {
    "undef_macros": "list[str]",
    "library_dirs": "list[str]",
    "libraries": "list[str]",
    "runtime_library_dirs": "list[str]",
    "extra_objects": "list[str]",
    "extra_compile_args": "list[str]",
    "extra_link_args": "list[str]",
    "export_symbols": "list[str]",
    "swig_opts": "list[str]",
    "depends": "list[str]",
    "language": "str",
    "optional": "bool",
}


def keywords_module() -> str:
    lines = [
        '"""The keywords WasmBoxExtension takes after name and sources, typed for editors and',
        "mypy. Generated from pipeline/options.py by `python -m wasmbox_build.cli.reference`;",
        'do not edit (a test checks that the two agree)."""',
        "",
        "from __future__ import annotations",
        "",
        "import os",
        "from collections.abc import Iterable, Mapping",
        "from typing import TypedDict",
        "",
        "",
        "class WasmBoxExtensionKeywords(TypedDict, total=False):",
    ]
    for option in model.OPTIONS:
        if option.name in ("name", "sources"):
            continue
        lines.append(f"    {option.name}: {_ANNOTATIONS[model.kind_of(option)]}")
        lines.append(f'    """{option.help}"""')
    lines.append("    # setuptools.Extension's own, for the host compile of the generated C")
    lines += [f"    {name}: {annotation}" for name, annotation in _HOST_KEYWORDS.items()]
    return "\n".join(lines) + "\n"


def with_table(document: str) -> str:
    """`document` with the text between the table markers replaced by today's table."""
    start = document.index(TABLE_START) + len(TABLE_START)
    end = document.index(TABLE_END, start)
    return document[:start] + model.reference_table() + document[end:]


def main() -> int:
    KEYWORDS_FILE.write_text(keywords_module(), encoding="utf-8")
    OPTIONS_PAGE.write_text(with_table(OPTIONS_PAGE.read_text(encoding="utf-8")),
                            encoding="utf-8")
    print(f"wrote {KEYWORDS_FILE} and the table in {OPTIONS_PAGE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
