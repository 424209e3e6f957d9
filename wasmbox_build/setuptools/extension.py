"""`WasmBoxExtension`: a setuptools Extension whose C library is built for the sandbox."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from setuptools import Extension

from ..errors import BuildError
from ..pipeline.capabilities import normalize_capabilities
from ..pipeline.compile import DEFAULT_STACK_SIZE, WasmBuild
from ..pipeline.extension import DEFAULT_MEMORY_CHECK, SandboxedExtension
from ..pipeline.header import find_header

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence


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


class WasmBoxExtension(Extension):  # type: ignore[misc]
    """An extension module whose C library runs inside a WebAssembly sandbox.

    `sources`, `include_dirs` and `define_macros` describe the *library*: they are
    compiled to wasm32-wasi, not for the host. Sources may be C++ (.cc .cpp .cxx .C),
    built with the toolchain's clang++ and libc++. `exports=None` exposes every
    function the library defines with external linkage (extern "C" ones in C++; with
    `header`, every function the header declares, each with a typed wrapper).
    `wasm_cflags`/`wasm_ldflags` are extra flags for the wasm compiler (C sources)
    and linker; `wasm_cxxflags` and `cxx_std` ("c++17") are for the C++ sources.
    `native_sources` are host C files compiled into the module (wasmbox_native.h).
    `capabilities` are the defaults of every `M.Sandbox()` (and of the module
    functions), a dict of its keywords without callables (pipeline/capabilities.py).
    Everything else is handed to setuptools as an ordinary Extension built from
    generated C; `py_limited_api=True` among it builds the module against the stable
    ABI, for one cp311-abi3 wheel (setuptools/stable_abi.py).
    """

    def __init__(
        self,
        name: str,
        sources: Sequence[str | os.PathLike[str]],
        *,
        include_dirs: Iterable[str | os.PathLike[str]] = (),
        define_macros: Iterable[tuple[str, str | None]] = (),
        exports: Iterable[str] | None = None,
        stack_size: int = DEFAULT_STACK_SIZE,
        max_memory: int | None = None,
        memory_check: str = DEFAULT_MEMORY_CHECK,
        toolchain: str | None = None,
        wasm_cflags: Iterable[str] = (),
        wasm_ldflags: Iterable[str] = (),
        optimization: str = "-O2",
        max_call_depth: int | None = None,
        capabilities: Mapping[str, object] | None = None,
        header: str | os.PathLike[str] | None = None,
        native_sources: Iterable[str | os.PathLike[str]] = (),
        cxx_std: str | None = None,
        wasm_cxxflags: Iterable[str] = (),
        **kwargs: Any,
    ) -> None:
        library_sources = [os.fspath(s) for s in sources]
        # The library's sources stay in `sources` so that sdists include them; the
        # build swaps in the generated C just for the host compile.
        super().__init__(name, library_sources, **kwargs)
        self.wasm_include_dirs = [os.fspath(d) for d in include_dirs]
        self.wasm_define_macros = list(define_macros)
        self.exports = None if exports is None else list(exports)
        self.stack_size = stack_size
        self.max_memory = max_memory
        self.memory_check = memory_check
        self.toolchain = toolchain
        self.wasm_cflags = list(wasm_cflags)
        self.wasm_ldflags = list(wasm_ldflags)
        self.optimization = optimization
        self.max_call_depth = max_call_depth
        self.capabilities = capabilities  # Sandbox() defaults; checked when built
        self.header = None if header is None else os.fspath(header)
        self.native_sources = [os.fspath(s) for s in native_sources]
        self.cxx_std = cxx_std
        self.wasm_cxxflags = list(wasm_cxxflags)
        self.library_sources = library_sources
        # Headers beside the sources and in the include folders count as inputs, so
        # that sdists carry them (no MANIFEST.in) and editing one triggers a rebuild.
        given: list[str] = list(kwargs.get("depends") or [])
        own = [*self.native_sources, *([self.header] if self.header else [])]
        self.depends = sorted({*given, *_headers(library_sources, self.wasm_include_dirs),
                               *(path for path in own if Path(path).is_file())})

    def to_sandboxed(self, root: Path,
                     limited_api: tuple[int, int] | None = None) -> SandboxedExtension:
        """The pipeline's description of this extension, paths made absolute under root;
        `limited_api` is the stable ABI's floor for an abi3 module (setuptools/stable_abi.py).
        """

        def absolute(path: str) -> Path:
            candidate = Path(path)
            return candidate if candidate.is_absolute() else (root / candidate).resolve()

        build = WasmBuild(
            sources=tuple(absolute(s) for s in self.library_sources),
            include_dirs=tuple(absolute(d) for d in self.wasm_include_dirs),
            defines=tuple((n, None if v is None else str(v)) for n, v in self.wasm_define_macros),
            extra_cflags=tuple(self.wasm_cflags),
            extra_ldflags=tuple(self.wasm_ldflags),
            exports=None if self.exports is None else tuple(self.exports),
            stack_size=self.stack_size,
            max_memory=self.max_memory,
            optimization=self.optimization,
            cxx_std=self.cxx_std,
            extra_cxxflags=tuple(self.wasm_cxxflags),
        )
        capabilities = normalize_capabilities(self.capabilities, self.max_memory)
        header = None
        if self.header is not None:
            header = find_header(self.header, root, build.include_dirs, build.sources)
        native_sources = tuple(absolute(s) for s in self.native_sources)
        for native in native_sources:
            if not native.is_file():
                raise BuildError(f"native source {native} does not exist; fix the path in "
                                 "native_sources=[...]")
        return SandboxedExtension(name=self.name, build=build, memory_check=self.memory_check,
                                  toolchain=self.toolchain, max_call_depth=self.max_call_depth,
                                  capabilities=capabilities, header=header,
                                  native_sources=native_sources, limited_api=limited_api)
