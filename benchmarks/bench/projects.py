"""The extension modules the suite measures, each a small setuptools project under
benchmarks/work/projects/, built with ``setup.py build_ext --inplace`` (the real
plugin path for the sandboxed ones; plain setuptools for the native ones)."""

from __future__ import annotations

import importlib
import os
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from dataclasses import replace as dataclass_replace
from pathlib import Path
from types import ModuleType
from typing import Any

from .paths import NATIVE, REPO, WORK

PROJECTS = WORK / "projects"


@dataclass(frozen=True)
class Project:
    """One extension module: sandboxed (options go to WasmBoxExtension) or native."""

    module: str  # also the project folder's name
    sources: tuple[Path, ...]
    include_dirs: tuple[Path, ...] = ()
    sandboxed: bool = True
    options: dict[str, Any] = field(default_factory=dict)
    cc: str | None = None  # host C compiler (None: the suite's default)

    @property
    def folder(self) -> Path:
        return PROJECTS / self.module

    def setup_py(self) -> str:
        sources = [str(s) for s in self.sources]
        includes = [str(d) for d in self.include_dirs]
        options = "".join(f",\n    {k}={v!r}" for k, v in self.options.items())
        if self.sandboxed:
            head = "from wasmbox_build import WasmBoxExtension as Ext\n"
        else:
            head = "from setuptools import Extension as Ext\n"
        return (f"from setuptools import setup\n{head}\n"
                f"setup(name={self.module!r}, version=\"0\", ext_modules=[Ext(\n"
                f"    {self.module!r},\n    sources={sources!r},\n"
                f"    include_dirs={includes!r}{options},\n)])\n")


def build_env(cc: str | None, repo: Path = REPO) -> dict[str, str]:
    """The environment of every build: this checkout's wasmbox_build (or the one in
    `repo`), one compiler."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(repo), env.get("PYTHONPATH")]))
    if cc:
        env["CC"] = cc
    return env


def build(project: Project | WasmextProject, cc: str | None, folder: Path | None = None,
          log: Path | None = None, python: str = sys.executable, repo: Path = REPO) -> float:
    """Build `project` in place (incrementally) in `folder` with its own compiler, else
    `cc`; return the seconds it took."""
    cc = project.cc or cc
    folder = folder or project.folder
    folder.mkdir(parents=True, exist_ok=True)
    setup = folder / "setup.py"
    text = project.setup_py()
    if not setup.is_file() or setup.read_text() != text:
        setup.write_text(text)
    log = log or WORK / "logs" / f"{folder.name}.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    result = subprocess.run([python, "setup.py", "build_ext", "--inplace"], cwd=folder,
                            env=build_env(cc, repo), capture_output=True, text=True,
                            check=False)
    seconds = time.perf_counter() - start
    log.write_text(result.stdout + result.stderr)
    if result.returncode != 0:
        tail = "\n".join((result.stdout + result.stderr).splitlines()[-30:])
        raise SystemExit(f"building {project.module} failed (log: {log}):\n{tail}")
    return seconds


def clean(folder: Path) -> None:
    """Remove what a build left in `folder` (keeps setup.py)."""
    for child in folder.iterdir():
        if child.name != "setup.py":
            if child.is_dir():
                shutil.rmtree(child)
            else:
                child.unlink()


def load(project: Project | WasmextProject) -> ModuleType:
    folder = str(project.folder)
    if folder not in sys.path:
        sys.path.insert(0, folder)
    return importlib.import_module(project.module)


def wasm_of(project: Project) -> Path:
    """The .wasm the sandboxed module was translated from (for wasmtime)."""
    found = sorted(project.folder.glob("build/temp*/wasmbox/*/*.wasm"))
    if not found:
        raise SystemExit(f"no .wasm found in {project.folder}/build")
    return found[0]


# ---- the projects --------------------------------------------------------------------

ZLIB_EXPORTS = ["compress2", "compressBound", "uncompress", "crc32"]
SNAPPY_EXPORTS = ["snappy_compress", "snappy_uncompress", "snappy_max_compressed_length"]
ZSTD_EXPORTS = ["ZSTD_compress", "ZSTD_compressBound", "ZSTD_decompress", "ZSTD_isError"]


def clang() -> str | None:
    """A clang for the host, if there is one."""
    return next((c for c in ("clang", "clang-19", "clang-18", "clang-17", "clang-16")
                 if shutil.which(c)), None)


def _natives(module: str, sources: tuple[Path, ...], includes: tuple[Path, ...],
             with_clang: bool) -> dict[str, Project]:
    out = {"native": Project(module, sources, includes, sandboxed=False)}
    compiler = clang() if with_clang else None
    if compiler:
        out["native clang"] = Project(f"{module}_clang", sources, includes, sandboxed=False,
                                      options={"define_macros": [("NATIVE_NAME",
                                                                  f"{module}_clang")]},
                                      cc=compiler)
    return out


def _sandboxes(prefix: str, sources: tuple[Path, ...], includes: tuple[Path, ...],
               base: dict[str, Any], modes: dict[str, dict[str, Any]]) -> dict[str, Project]:
    """One sandboxed build per mode; a mode whose name ends in "clang" is built by clang
    (and skipped without one)."""
    out = {}
    for name, options in modes.items():
        compiler = clang() if name.endswith("clang") else None
        if name.endswith("clang") and compiler is None:
            continue
        slug = "".join(c if c.isalnum() else "_" for c in name)
        out[name] = Project(f"{prefix}_{slug}", sources, includes, options={**base, **options},
                            cc=compiler)
    return out


def zlib_projects(folder: Path, sources: list[str], modes: dict[str, dict[str, Any]],
                  with_clang: bool = False) -> dict[str, Project]:
    files = tuple(folder / s for s in sources)
    return {**_sandboxes("_zlib", files, (folder,),
                         {"exports": ZLIB_EXPORTS, "max_memory": 256 << 20}, modes),
            **_natives("_native_zlib", (*files, NATIVE / "native_zlib.c"), (folder, NATIVE),
                       with_clang)}


def zstd_projects(folder: Path, modes: dict[str, dict[str, Any]],
                  with_clang: bool = False) -> dict[str, Project]:
    return {**_sandboxes("_zstd", (folder / "zstd.c",), (folder,),
                         {"exports": ZSTD_EXPORTS, "max_memory": 1 << 30}, modes),
            **_natives("_native_zstd", (folder / "zstd.c", NATIVE / "native_zstd.c"),
                       (folder, NATIVE), with_clang)}


CPUKERNEL_EXPORTS = ["cpu_list", "cpu_matrix", "cpu_state", "cpu_calls"]


def cpukernel_projects(modes: dict[str, dict[str, Any]]) -> dict[str, Project]:
    """B13's CPU-bound kernel (native/cpukernel.c), sandboxed and native (gcc only)."""
    kernel = NATIVE / "cpukernel.c"
    return {**_sandboxes("_cpukernel", (kernel,), (), {"exports": CPUKERNEL_EXPORTS}, modes),
            **_natives("_native_cpukernel", (kernel, NATIVE / "native_cpukernel.c"), (NATIVE,),
                       with_clang=False)}


def tiny_projects(modes: dict[str, dict[str, Any]], with_clang: bool = False,
                  ) -> dict[str, Project]:
    tiny = NATIVE / "tiny.c"
    # add() keeping the GIL (keep_gil), to compare with a plain native call
    modes = {**modes, "guard, GIL kept": {"memory_check": "guard", "keep_gil": ["add"]}}
    return {**_sandboxes("_tiny", (tiny,), (), {"exports": ["add"]}, modes),
            **_natives("_native_tiny", (tiny, NATIVE / "native_tiny.c"), (), with_clang)}


# The Lua embedding of the Lua proof (tests/sjlj): one small API over lua_pcall.
LUA_GLUE = REPO / "tests" / "sjlj" / "lib"
LUA_EXPORTS = ["lua_glue_new", "lua_glue_run", "lua_glue_close"]


def lua_projects(folder: Path, files: tuple[str, ...],
                 modes: dict[str, dict[str, Any]]) -> dict[str, Project]:
    sources = (*(folder / f for f in files), LUA_GLUE / "lua_glue.c")
    includes = (folder, LUA_GLUE)
    # lstate.h takes sig_atomic_t from <signal.h>, which wasi-libc declares on request.
    base = {"exports": LUA_EXPORTS, "max_memory": 256 << 20,
            "define_macros": [("_WASI_EMULATED_SIGNAL", None)]}
    return {**_sandboxes("_lua", sources, includes, base, modes),
            **_natives("_native_lua", (*sources, NATIVE / "native_lua.c"),
                       (*includes, NATIVE), with_clang=False)}


def callback_projects(modes: dict[str, dict[str, Any]]) -> dict[str, Project]:
    lib = NATIVE / "callback.c"
    return {**_sandboxes("_callback", (lib,), (NATIVE,),
                         {"header": str(NATIVE / "callback.h")}, modes),
            **_natives("_native_callback", (lib, NATIVE / "native_callback.c"), (NATIVE,),
                       with_clang=False)}


def snappy_projects(folder: Path, sources: list[str], modes: dict[str, dict[str, Any]],
                    with_clang: bool = False) -> dict[str, Project]:
    """snappy (C++) sandboxed and native, both at -O2 without asserts. The native build
    is C++ too: g++ (or clang++ for "native clang") compiles snappy, g++ links it."""
    files = tuple(folder / s for s in sources)
    release = [("NDEBUG", None)]
    sandboxes = _sandboxes("_snappy", files, (folder,),
                           {"exports": SNAPPY_EXPORTS, "max_memory": 256 << 20,
                            "define_macros": release}, modes)
    native = {"extra_compile_args": ["-O2"], "language": "c++", "define_macros": release}
    natives = _natives("_native_snappy", (*files, NATIVE / "native_snappy.c"),
                       (folder, NATIVE), with_clang)
    for name, project in natives.items():
        options = {**native, **project.options}
        if "define_macros" in project.options:
            options["define_macros"] = [*release, *project.options["define_macros"]]
        natives[name] = dataclass_replace(project, options=options)
    return {**sandboxes, **natives}


# ---- the peer: wasmext, given the very .wasm a sandbox was translated from -------------

# wasmext's two memory checks (its default stack check, a stack-pointer limit, in both):
# guard pages (its default) and checks in code, against our guard and bounds modes.
WASMEXT_MODES = {"wasmext guard": True, "wasmext bounds": False}


@dataclass(frozen=True)
class WasmextProject:
    """A setuptools project that hands `wasm` to `wasmext.natify()` (guard pages or not);
    wasmext picks its own defaults for everything else (abi3, its stack check)."""

    module: str
    wasm: Path
    guard_pages: bool
    cc: str | None = None
    sandboxed: bool = True

    @property
    def folder(self) -> Path:
        return PROJECTS / self.module

    def setup_py(self) -> str:
        return ("from setuptools import Extension, setup\nfrom wasmext import natify\n\n"
                f"setup(name={self.module!r}, version=\"0\", ext_modules=natify(\n"
                f"    [Extension({self.module!r}, sources=[\"module.wasm\"])],\n"
                f"    guard_pages={self.guard_pages!r}, quiet=True, stubs=False))\n")


def portable(project: Project, cc: str | None) -> Project:
    """`project`, or where its .wasm imports from our runtime (`wasmbox.prefetch`: the
    library prefetches) the same build without guest/prefetch/wasmbox_prefetch.h (its
    include guard defined up front), built here: the .wasm another runtime (wasmext,
    wasmtime) can load, as its own users would compile it."""
    from wasmbox_build.pipeline.wasm_info import read_wasm_info

    if not any(i.module == "wasmbox" for i in read_wasm_info(wasm_of(project)).imports):
        return project
    macros = [*project.options.get("define_macros", []), ("WASMBOX_PREFETCH_H", "1")]
    other = dataclass_replace(project, module=f"{project.module}_portable",
                              options={**project.options, "define_macros": macros})
    build(other, cc)
    return other


def wasmext_projects(prefix: str, wasm_from: Project) -> dict[str, WasmextProject]:
    """wasmext's builds of the .wasm that `wasm_from` (a sandboxed project, built
    first) was translated from."""
    return {name: WasmextProject(f"{prefix}_{name.split()[-1]}", wasm_of(wasm_from),
                                 guard_pages)
            for name, guard_pages in WASMEXT_MODES.items()}


def build_wasmext(project: WasmextProject, cc: str | None) -> float:
    """Copy the .wasm in (the C is made again when it changed: wasmext compares digests)
    and build in place; the seconds it took."""
    folder = project.folder
    folder.mkdir(parents=True, exist_ok=True)
    wasm = folder / "module.wasm"
    data = project.wasm.read_bytes()
    if not wasm.is_file() or wasm.read_bytes() != data:
        wasm.write_bytes(data)
    return build(project, cc)


# ---- B8 and B14: the examples of example_project/, built as their users build them ----

EXAMPLES = REPO / "example_project"


@dataclass(frozen=True)
class ExampleProject:
    """An example of example_project/ (its folder `example`, its package `original`)
    copied to benchmarks/work/projects/ as package `package`, its WasmBoxExtension
    `extension` built with `memory_check`."""

    example: str
    original: str
    extension: str
    package: str
    memory_check: str

    @property
    def folder(self) -> Path:
        return PROJECTS / self.package

    @property
    def module(self) -> str:
        return f"{self.package}.{self.extension}"

    def setup_py(self) -> str:
        """The example's setup.py, with the package renamed and the memory check set (the
        expat example asks for "guard"; the zlib example takes the default, "bounds")."""
        text = (EXAMPLES / self.example / "setup.py").read_text()
        name = f'"{self.original}.{self.extension}"'
        if name not in text:
            raise SystemExit(f"example_project/{self.example}/setup.py no longer names "
                             f"{name}; update benchmarks/bench/projects.py")
        text = text.replace(name, f'"{self.module}"')
        if "memory_check=" in text:
            text = re.sub(r'memory_check="\w+"', f'memory_check="{self.memory_check}"', text)
        else:
            text = text.replace(f'"{self.module}",',
                                f'"{self.module}", memory_check="{self.memory_check}",', 1)
        if f'memory_check="{self.memory_check}"' not in text:
            raise SystemExit(f"example_project/{self.example}/setup.py: cannot set its "
                             "memory_check; update benchmarks/bench/projects.py")
        return text


def expat_projects(modes: tuple[str, ...]) -> dict[str, ExampleProject]:
    return {mode: ExampleProject("expat", "sandboxed_expat", "_expat",
                                 f"sandboxed_expat_{mode}", mode) for mode in modes}


def public_zlib_projects(modes: tuple[str, ...]) -> dict[str, ExampleProject]:
    """example_project/setuptools: the drop-in for the standard library's zlib."""
    return {mode: ExampleProject("setuptools", "sandboxed_zlib", "_zlib",
                                 f"sandboxed_zlib_{mode}", mode) for mode in modes}


def build_example(project: ExampleProject, cc: str | None) -> float:
    """Copy the example in (everything but its package, which is copied under the
    project's name, and what builds leave) and build it in place; the seconds it took."""
    source, folder = EXAMPLES / project.example, project.folder
    folder.mkdir(parents=True, exist_ok=True)
    skipped = {project.original, "setup.py", "build", "vendor", "__pycache__"}
    for child in source.iterdir():
        if child.name in skipped or child.name.endswith(".egg-info"):
            continue
        if child.is_dir():
            shutil.copytree(child, folder / child.name, dirs_exist_ok=True)
        else:
            shutil.copy2(child, folder / child.name)
    package = folder / project.package
    package.mkdir(exist_ok=True)
    for module in (source / project.original).glob("*.py"):
        shutil.copy2(module, package / module.name)
    setup = project.setup_py()
    if not (folder / "setup.py").is_file() or (folder / "setup.py").read_text() != setup:
        (folder / "setup.py").write_text(setup)
    log = WORK / "logs" / f"{project.package}.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "setup.py", "build_ext", "--inplace"],
                            cwd=folder, env=build_env(cc), capture_output=True, text=True,
                            check=False)
    seconds = time.perf_counter() - start
    log.write_text(result.stdout + result.stderr)
    if result.returncode != 0:
        tail = "\n".join((result.stdout + result.stderr).splitlines()[-30:])
        raise SystemExit(f"building {project.package} failed (log: {log}):\n{tail}")
    return seconds


def load_example(project: ExampleProject) -> ModuleType:
    folder = str(project.folder)
    if folder not in sys.path:
        sys.path.insert(0, folder)
    return importlib.import_module(project.package)
