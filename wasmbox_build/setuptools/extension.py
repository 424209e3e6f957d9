"""`WasmBoxExtension`: a setuptools Extension whose C library is built for the sandbox."""

from __future__ import annotations

import inspect
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from setuptools import Extension

from ..pipeline import options as model

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence
    from typing import Unpack

    from .keywords import WasmBoxExtensionKeywords

# The build options after name and sources (pipeline/options.py).
EXTENSION_KEYWORDS = frozenset(o.name for o in model.OPTIONS) - {"name", "sources"}


def _setuptools_keywords() -> frozenset[str]:
    """setuptools.Extension's own keywords, handed on as they are (host compiler and
    linker settings for the generated C; py_limited_api names the module .abi3.so).
    Where one of ours has the same name (include_dirs, define_macros) ours means the
    *library's*."""
    names = {"py_limited_api"}  # setuptools takes it from **kw
    for cls in Extension.__mro__:
        init = cls.__dict__.get("__init__")
        # object.__init__ is C: its signature comes from its docstring, which a CPython
        # built --without-doc-strings lacks (and it takes no keywords anyway).
        if init is not None and cls is not object:
            names.update(p.name for p in inspect.signature(init).parameters.values()
                         if p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY))
    return frozenset(names - {"self", "name", "sources"})


SETUPTOOLS_KEYWORDS = _setuptools_keywords()


_HEADER_PATTERNS = ("*.h", "*.hh", "*.hpp", "*.hxx")


def _headers(sources: Iterable[str], include_dirs: Iterable[str]) -> set[str]:
    folders = {str(Path(source).parent) for source in sources} | set(include_dirs)
    found: set[str] = set()
    for folder in folders:
        base = Path(folder)
        if base.is_absolute() or not base.is_dir():
            continue  # only the project's own headers belong in its sdist
        for pattern in _HEADER_PATTERNS:
            found.update(str(header) for header in base.glob(pattern))
    return found


def _strings(values: object) -> list[str]:
    if isinstance(values, (str, bytes)) or not hasattr(values, "__iter__"):
        return []  # the options model says what is wrong with it
    return [os.fspath(v) for v in values if isinstance(v, (str, os.PathLike))]


class WasmBoxExtension(Extension):  # type: ignore[misc]
    """An extension module whose C library runs inside a WebAssembly sandbox.

    `sources` and the build options (pipeline/options.py, the README's table) describe
    the *library*, compiled to wasm32-wasi: `include_dirs` and `define_macros` among
    them. The remaining setuptools.Extension keywords are handed to setuptools for the
    host compile of the generated C; `py_limited_api=True` among them also builds the
    module against the stable ABI, for one cp311-abi3 wheel (setuptools/stable_abi.py).
    An unknown keyword stops the build with one line naming the closest valid one.
    """

    def __init__(self, name: str, sources: Sequence[str | os.PathLike[str]],
                 **keywords: Unpack[WasmBoxExtensionKeywords]) -> None:
        given: dict[str, Any] = dict(keywords)
        unknown = [k for k in given if k not in EXTENSION_KEYWORDS
                   and k not in SETUPTOOLS_KEYWORDS]
        if unknown:
            known = sorted({*EXTENSION_KEYWORDS, *SETUPTOOLS_KEYWORDS})
            # Raised while setup.py builds its arguments, before setup() could report
            # it: one line, no traceback.
            raise SystemExit(f"error: WasmBoxExtension({name!r}): "
                             + model.unknown_name_error(unknown[0], model.Dialect.SETUPTOOLS,
                                                        known))
        host = {k: v for k, v in given.items() if k not in EXTENSION_KEYWORDS}
        if "py_limited_api" in given:
            host["py_limited_api"] = given["py_limited_api"]
        library_sources = _strings(sources)
        # The library's sources stay in `sources` so that sdists include them; the
        # build swaps in the generated C just for the host compile.
        super().__init__(name, library_sources, **host)
        # What the options model checks when the module is built (build_ext.py); kept
        # as given, so a project's build_ext may still adjust it before then.
        self.wasmbox_options: dict[str, Any] = {
            "name": name, "sources": sources,
            **{k: v for k, v in given.items() if k in EXTENSION_KEYWORDS}}
        # How messages spell the options: [[tool.wasmbox.extension]] sets PYPROJECT.
        self.wasmbox_dialect = model.Dialect.SETUPTOOLS
        # Headers beside the sources and in the include folders count as inputs, so
        # that sdists carry them (no MANIFEST.in) and editing one triggers a rebuild.
        include_dirs = _strings(given.get("include_dirs", ()))
        own = [*_strings(given.get("native_sources", ())),
               *_strings([given["header"]] if given.get("header") else [])]
        self.depends = sorted({*_strings(host.get("depends") or []),
                               *_headers(library_sources, include_dirs),
                               *(path for path in own if Path(path).is_file())})

    def to_options(self, root: Path, limited_api: tuple[int, int] | None = None,
                   ) -> model.ExtensionOptions:
        """The checked options of this extension, paths made absolute under root;
        `limited_api` is the stable ABI's floor for an abi3 module (stable_abi.py)."""
        checked = model.validate(self.wasmbox_options, self.wasmbox_dialect, root)
        return model.with_limited_api(checked, limited_api)
