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

Kept to light imports: it starts once per object.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

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


def main(argv: Sequence[str]) -> int:
    if not argv:
        print("usage: python -m wasmbox_build.pipeline.cached_compile COMPILER ARGS...",
              file=sys.stderr)
        return 2
    compiler, *arguments = argv
    obj, source, depfile = (_value_of(arguments, flag) for flag in ("-o", "-c", "-MF"))
    if obj is None or source is None or depfile is None:
        return subprocess.call(argv)
    cache = ObjectCache([compiler], Path.cwd())
    key = cache.key(Path(source), arguments)
    target = _value_of(arguments, "-MT") or obj
    if cache.fetch(key, Path(obj), (Path(depfile), target, Path(source))):
        return 0
    status = subprocess.call(argv)
    if status == 0:
        cache.store(key, Path(obj), Path(depfile))
    return status


if __name__ == "__main__":
    # The cache must never turn a build into a failure it would not have been: anything
    # unexpected here (a full disk, an unreadable entry) falls back to the plain compile.
    try:
        sys.exit(main(sys.argv[1:]))
    except (OSError, ValueError) as error:  # main() has a compiler to fall back to here
        print(f"wasmbox-build: object cache unusable ({error}); compiling", file=sys.stderr)
        os.execvp(sys.argv[1], sys.argv[1:])
