"""The compiler launcher of CMake builds: the host objects from the machine-wide cache.

    python -m wasmbox_build.pipeline.cached_compile <compiler> <arguments...>

`wasmbox_add_library` sets it as the module target's C_COMPILER_LAUNCHER. scikit-build-core
empties CMake's build folder whenever the build environment is new — and pip's isolated
`pip install .` makes a new one every time — so Ninja alone would compile the runtime and
the generated C again on every install. Here a compile whose compiler, arguments (the
build folder's path written relative to it) and the content of its source and of every
header it read are those of an earlier one is answered from the cache that setuptools
builds use too (object_cache.py), depfile included; any other compile runs as given and
is remembered. Commands that are not a `-c` compile with `-o` and `-MF` run untouched.

With `--host-compiler=FILE` (written by cmake-configure when host_compiler= picks zig's
clang), the sources FILE lists — wasm2c's output — are compiled by that compiler
instead, the command rewritten as the setuptools front end rewrites it
(pipeline/host_compiler.py), and cached under that compiler's identity. A launcher the
project had set (`--launcher=WORD`..., e.g. ccache) still runs every other compile,
uncached here as before.

    python -m wasmbox_build.pipeline.cached_compile [--host-compiler=FILE]
        [--launcher=WORD]... [--] <compiler> <arguments...>

Kept to light imports: it starts once per object.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from .host_compiler import RECIPE, HostCompiler, fallback_warning
from .object_cache import ObjectCache

if TYPE_CHECKING:
    from collections.abc import Sequence


def _value_of(arguments: Sequence[str], flag: str) -> str | None:
    """The argument after the last `flag` (`-o out.o`), if any."""
    found = None
    for index, argument in enumerate(arguments[:-1]):
        if argument == flag:
            found = arguments[index + 1]
    return found


def _split(argv: Sequence[str]) -> tuple[str | None, list[str], list[str]]:
    """The --host-compiler file, the project's launcher, and the compile command."""
    host, launcher, rest = None, [], list(argv)
    while rest and rest[0].startswith(("--host-compiler=", "--launcher=", "--")):
        option = rest.pop(0)
        if option == "--":
            break
        name, _, value = option.partition("=")
        if name == "--host-compiler":
            host = value
        else:
            launcher.append(value)
    return host, launcher, rest


def _host_compiler(config: str | None, source: str) -> HostCompiler | None:
    """The compiler of `source` if the configure step gave it one."""
    if config is None:
        return None
    data = json.loads(Path(config).read_text(encoding="utf-8"))
    sources = {os.path.realpath(s) for s in data["sources"]}
    return HostCompiler.from_json(data) if os.path.realpath(source) in sources else None


def _compile(cache: ObjectCache, argv: list[str], arguments: list[str]) -> int:
    """Run `argv` (a compile of `arguments`), or answer it from `cache`."""
    obj, source, depfile = (_value_of(arguments, flag) for flag in ("-o", "-c", "-MF"))
    if obj is None or source is None or depfile is None:
        return subprocess.call(argv)
    key = cache.key(Path(source), arguments)
    target = _value_of(arguments, "-MT") or obj
    if cache.fetch(key, Path(obj), (Path(depfile), target, Path(source))):
        return 0
    status = subprocess.call(argv)
    if status == 0:
        cache.store(key, Path(obj), Path(depfile))
    return status


def main(given: Sequence[str]) -> int:
    config, launcher, argv = _split(given)
    if not argv:
        print("usage: python -m wasmbox_build.pipeline.cached_compile [--host-compiler=FILE] "
              "[--launcher=WORD]... [--] COMPILER ARGS...", file=sys.stderr)
        return 2
    compiler, *arguments = argv
    source = _value_of(arguments, "-c")
    host = _host_compiler(config, source) if source is not None else None
    if host is not None:
        # zig's clang instead of the project's compiler.
        status = _compile(ObjectCache(host.arguments([]), Path.cwd(), RECIPE),
                          host.arguments(arguments), arguments)
        if status == 0 or not host.fallback:
            return status
        sys.stderr.write(fallback_warning(str(source), "HOST_COMPILER cc"))
    if launcher:
        return subprocess.call([*launcher, *argv])
    return _compile(ObjectCache([compiler], Path.cwd()), argv, arguments)


if __name__ == "__main__":
    # The cache must never turn a build into a failure it would not have been: anything
    # unexpected here (a full disk, an unreadable entry) falls back to the plain compile.
    try:
        sys.exit(main(sys.argv[1:]))
    except (OSError, ValueError, KeyError) as error:  # main() has a compiler to fall back to
        print(f"wasmbox-build: object cache unusable ({error}); compiling", file=sys.stderr)
        command = _split(sys.argv[1:])[2]
        os.execvp(command[0], command)
