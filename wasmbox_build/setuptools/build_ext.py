"""build_ext integration: run the pipeline, then compile the generated C the usual way.

Like cffi, the pipeline produces ordinary C; setuptools' own build_ext then compiles
and links it, so --inplace, editable installs, -j and wheel tags behave as usual.
"""

from __future__ import annotations

import copy
import functools
import os
import shutil
import sys
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from setuptools.errors import CompileError

from ..errors import WasmBoxError
from ..pipeline.extension import prepare
from ..pipeline.host_compiler import RECIPE, HostCompiler, compiler_words, fallback_warning
from ..pipeline.object_cache import ObjectCache
from ..progress import Steps
from . import stable_abi
from .extension import WasmBoxExtension


class _HostCompile:
    """Stands in for CCompiler.compile while a WasmBoxExtension builds.

    - Sources compile `jobs` at a time, largest first: wasm2c splits a large library
      into parts precisely so that they build in parallel, and setuptools compiles one
      extension's sources one by one.
    - Each object comes from the host-object cache when one of the same C, compiler and
      flags is there (pipeline/object_cache.py), and goes into it otherwise.
    - wasm2c's C (its output and its runtime) compiles without warnings: they are not
      the user's to fix. The user's own native_sources keep theirs.
    - Progress: "host compile 3/25" lines under pip -v, a bar on a terminal.
    """

    def __init__(self, compiler: Any, jobs: int, cache: ObjectCache,
                 quiet: frozenset[str], label: str,
                 host: tuple[HostCompiler, frozenset[str]] | None = None) -> None:
        self.compiler = compiler
        self.original = compiler.compile
        self.jobs = jobs
        self.cache = cache
        self.quiet = quiet
        self.label = label
        # wasm2c's output, when zig's clang compiles it (pipeline/host_compiler.py).
        self.host_sources: frozenset[str] = frozenset()
        if host is not None:
            self.host, self.host_sources = host
            self.host_cache, self.host_compile = _host_compiler(compiler, self.host,
                                                                cache.work_dir)

    def __call__(self, sources: list[str], output_dir: str | None = None,
                 *args: Any, **kwargs: Any) -> list[str]:
        # Largest first, so the long wasm2c parts do not end up last.
        ordered = sorted(sources, key=lambda s: -Path(s).stat().st_size)
        with Steps(f"{self.label}: host compile", len(sources)) as steps:

            def one(source: str) -> str:
                obj = self._one(source, output_dir, *args, **kwargs)
                steps.done(Path(source).name)
                return obj

            with ThreadPoolExecutor(max_workers=max(1, self.jobs)) as pool:
                objects = dict(zip(ordered, pool.map(one, ordered), strict=True))
        return [objects[s] for s in sources]

    def _one(self, source: str, output_dir: str | None, macros: Any = None,
             include_dirs: Any = None, debug: Any = 0, extra_preargs: Any = None,
             extra_postargs: Any = None, depends: Any = None) -> str:
        [obj] = self.compiler.object_filenames([source], output_dir=output_dir or "")
        postargs = [*(extra_postargs or []), *(["-w"] if source in self.quiet else [])]
        identity = [repr(macros), *map(str, include_dirs or []), str(debug),
                    *map(str, extra_preargs or []), *postargs]
        arguments = {"output_dir": output_dir, "macros": macros, "include_dirs": include_dirs,
                     "debug": debug, "extra_preargs": extra_preargs, "depends": depends}
        if source in self.host_sources:
            try:
                return self._cached(self.host_cache, self.host_compile, source, obj, identity,
                                    postargs, arguments)
            except CompileError:
                if not self.host.fallback:
                    raise
                sys.stderr.write(fallback_warning(source, "host_compiler='cc'"))
        return self._cached(self.cache, self.original, source, obj, identity, postargs,
                            arguments)

    def _cached(self, cache: ObjectCache, compile: Callable[..., list[str]], source: str,
                obj: str, identity: list[str], postargs: list[str],
                arguments: dict[str, Any]) -> str:
        key = cache.key(Path(source), identity)
        if not self.compiler.force and cache.fetch(key, Path(obj)):
            return obj
        depfile = Path(f"{obj}.d")
        [built] = compile([source], extra_postargs=[*postargs, "-MD", "-MF", str(depfile)],
                          **arguments)
        cache.store(key, Path(built), depfile)
        return str(built)


def _host_compiler(compiler: Any, host: HostCompiler,
                   work_dir: str) -> tuple[ObjectCache, Callable[..., list[str]]]:
    """The object cache and the compile function of wasm2c's output with `host`: the
    project's compiler with each command it would run rewritten (host.arguments), so
    that setuptools' flags, macros and include folders reach zig's clang as they would
    have reached gcc."""
    program, flags = compiler_words(compiler.compiler_so)
    clone = copy.copy(compiler)
    # setuptools runs a compile through `call` (since 80) or `spawn` (before).
    for runner in ("call", "spawn"):
        if hasattr(compiler, runner):
            setattr(clone, runner, _rewriting(getattr(compiler, runner), host, len(program)))
    cache = ObjectCache(host.arguments(flags), Path(work_dir), RECIPE)
    # The class's compile, not the instance's: that one is the _HostCompile itself.
    return cache, functools.partial(type(compiler).compile, clone)


def _rewriting(run: Callable[..., Any], host: HostCompiler,
               program_words: int) -> Callable[..., Any]:
    def rewritten(command: list[str], **kwargs: Any) -> Any:
        return run(host.arguments(command[program_words:]), **kwargs)

    return rewritten


def _stub_beside(module_file: Path, ext: WasmBoxExtension) -> Path:
    return module_file.parent / f"{ext.name.rsplit('.', 1)[-1]}.pyi"


def _mark_typed(module_file: Path, ext: WasmBoxExtension) -> None:
    """A module inside a package: the package gets py.typed (PEP 561) if it has none,
    so that mypy reads the stub of an installed package."""
    if "." in ext.name:
        marker = module_file.parent / "py.typed"
        if not marker.exists():
            marker.parent.mkdir(parents=True, exist_ok=True)
            marker.write_text("")


def _out_of_date(sources: list[str], module: Path) -> bool:
    """Whether `module` is older than any of `sources`, to the nanosecond.

    setuptools (before 69) compares modification times in whole seconds, so a source
    that changed in the same second as the module was linked looks up to date, and the
    stale module is kept (or not copied in place). A missing source counts as newer."""
    try:
        built = module.stat().st_mtime_ns
    except FileNotFoundError:
        return True
    return any(not Path(s).is_file() or Path(s).stat().st_mtime_ns > built for s in sources)


def _copy_if_changed(source: Path, destination: Path) -> None:
    if not destination.is_file() or destination.read_bytes() != source.read_bytes():
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, destination)


class WasmBoxBuildExtMixin:
    """Mixed into whatever build_ext the project uses; touches only WasmBoxExtensions."""

    build_temp: str
    compiler: Any
    parallel: Any
    force: Any

    def build_extension(self, ext: Any) -> None:
        if not isinstance(ext, WasmBoxExtension):
            super().build_extension(ext)  # type: ignore[misc]
            return
        work_dir = Path(self.build_temp).resolve() / "wasmbox" / ext.name
        requested = int(self.parallel or 0)
        jobs = requested if requested > 1 else (os.cpu_count() or 1)
        try:
            limited_api = stable_abi.floor(self.distribution, ext)  # type: ignore[attr-defined]
            parts = prepare(ext.to_options(Path.cwd(), limited_api), work_dir,
                            compiler_type=self.compiler.compiler_type, jobs=jobs,
                            compiler=self.compiler.compiler_so)
        except WasmBoxError as error:
            # One line naming the fix; setuptools would otherwise print a traceback.
            sys.stderr.write(f"error: building {ext.name}: {error}\n")
            raise SystemExit(1) from None
        saved = (ext.sources, ext.include_dirs, ext.define_macros, ext.extra_compile_args)
        ext.sources = [str(p) for p in parts.sources]
        ext.include_dirs = [*map(str, parts.include_dirs), *saved[1]]
        ext.define_macros = [*parts.define_macros, *saved[2]]
        ext.extra_compile_args = [*parts.extra_compile_args, *saved[3]]
        original_compile = self.compiler.compile
        self.compiler.compile = _HostCompile(
            self.compiler, jobs, ObjectCache(self.compiler.compiler_so, work_dir),
            frozenset(map(str, parts.wasm2c_sources)), ext.name,
            None if parts.host_compiler is None
            else (parts.host_compiler, frozenset(map(str, parts.translated))))
        module = Path(self.get_ext_fullpath(ext.name))  # type: ignore[attr-defined]
        saved_force = (self.force, self.compiler.force)
        if _out_of_date([*ext.sources, *ext.depends], module):
            # Rebuild and relink even where setuptools' whole-second check says the
            # module is up to date; and copy it in place afterwards (--inplace).
            self.force = self.compiler.force = True
            self._wasmbox_rebuilt = True
        try:
            super().build_extension(ext)  # type: ignore[misc]
        finally:
            self.compiler.compile = original_compile
            self.force, self.compiler.force = saved_force
            ext.sources, ext.include_dirs, ext.define_macros, ext.extra_compile_args = saved
        self._install_stub(ext, parts.stub)

    def _install_stub(self, ext: WasmBoxExtension, stub: Path) -> None:
        """Put the .pyi stub (and py.typed) beside the built module so editors and mypy
        see it."""
        module = Path(self.get_ext_fullpath(ext.name))  # type: ignore[attr-defined]
        _copy_if_changed(stub, _stub_beside(module, ext))
        _mark_typed(module, ext)

    def copy_extensions_to_source(self) -> None:
        """--inplace and editable installs: the stub travels with the module."""
        saved_force = self.force
        if getattr(self, "_wasmbox_rebuilt", False):
            self.force = True  # copy even if the times look equal to the second
        try:
            super().copy_extensions_to_source()  # type: ignore[misc]
        finally:
            self.force = saved_force
        build_py = self.get_finalized_command("build_py")  # type: ignore[attr-defined]
        for ext in self.extensions:  # type: ignore[attr-defined]
            if isinstance(ext, WasmBoxExtension):
                inplace, regular = self._get_inplace_equivalent(build_py, ext)  # type: ignore[attr-defined]
                built_stub = _stub_beside(Path(regular), ext)
                if built_stub.is_file():
                    _copy_if_changed(built_stub, _stub_beside(Path(inplace), ext))
                    _mark_typed(Path(inplace), ext)

    def get_source_files(self) -> list[str]:
        """What sdist must carry: older setuptools leaves out `depends` (our headers)."""
        files: list[str] = list(super().get_source_files())  # type: ignore[misc]
        for ext in self.extensions:  # type: ignore[attr-defined]
            if isinstance(ext, WasmBoxExtension):
                files.extend(d for d in ext.depends if d not in files)
        return files

    def get_outputs(self) -> list[str]:
        outputs: list[str] = list(super().get_outputs())  # type: ignore[misc]
        for ext in self.extensions:  # type: ignore[attr-defined]
            if isinstance(ext, WasmBoxExtension):
                module = Path(self.get_ext_fullpath(ext.name))  # type: ignore[attr-defined]
                outputs.append(str(_stub_beside(module, ext)))
                marker = str(module.parent / "py.typed")
                if "." in ext.name and marker not in outputs:
                    outputs.append(marker)
        return outputs
