"""For `doctor`: would a build of the project in a folder give one abi3 wheel?

Reads what the two front ends read: `py-limited-api` in `[[tool.wasmbox.extension]]`
and bdist_wheel's `py_limited_api` (setup.cfg, or `[tool.distutils.bdist_wheel]` in
pyproject.toml) for setuptools, `wheel.py-api` for scikit-build-core. A setup.py is
code, so for it a `py_limited_api=True` in its text is taken as the switch (or
`py_limited_api=sys.version_info >= (3, N)`, abi3 only from that version on).
"""

from __future__ import annotations

import configparser
import re
import sys
import sysconfig
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import WasmBoxError
from ..pipeline import abi3
from ..pipeline.declared import declared_extensions, read_pyproject

_SWITCH_IN_SETUP_PY = re.compile(
    r"\bpy_limited_api\s*=\s*(?:True\b|sys\.version_info\s*>=\s*\(\s*3\s*,\s*(\d+)\s*\))")


@dataclass(frozen=True)
class Abi3Plan:
    """What a build here asks for."""

    floor: str | None  # "cp311" as written (or the default), None: version-specific
    where: str  # which setting says so
    wheel_tag_only: bool = False  # bdist_wheel's option without any abi3 extension


def _pyproject(folder: Path) -> dict[str, Any]:
    try:
        return read_pyproject(folder / "pyproject.toml")
    except WasmBoxError:
        return {}  # doctor reports what it can; the build says what is wrong


def _table(data: Any, *keys: str) -> dict[str, Any]:
    for key in keys:
        data = data.get(key) if isinstance(data, dict) else None
    return data if isinstance(data, dict) else {}


def _bdist_wheel_option(folder: Path, pyproject: dict[str, Any]) -> tuple[str, str] | None:
    """(value, where) of bdist_wheel's py_limited_api, if the project sets it."""
    parser = configparser.ConfigParser()
    try:
        parser.read(folder / "setup.cfg", encoding="utf-8")
    except (configparser.Error, UnicodeDecodeError):
        parser.clear()
    for key in ("py_limited_api", "py-limited-api"):
        if parser.has_option("bdist_wheel", key):
            written = parser.get("bdist_wheel", key)
            return written, f"{key} = {written} in setup.cfg [bdist_wheel]"
        value = _table(pyproject, "tool", "distutils", "bdist_wheel").get(key)
        if isinstance(value, str):
            return value, f"{key} = {value} in pyproject.toml [tool.distutils.bdist_wheel]"
    return None


def _extension_switch(folder: Path, python: tuple[int, int]) -> tuple[str, bool] | None:
    """Where a WasmBoxExtension asks for the stable ABI, and whether it does so with this
    Python; None if none does."""
    try:
        declared = declared_extensions(folder)
    except WasmBoxError:
        declared = []
    for extension in declared:
        if extension.options.get("py_limited_api") is True:
            return "py-limited-api = true in pyproject.toml [[tool.wasmbox.extension]]", True
    setup_py = folder / "setup.py"
    found = setup_py.is_file() and _SWITCH_IN_SETUP_PY.search(
        setup_py.read_text(encoding="utf-8", errors="replace"))
    if not found:
        return None
    applies = found.group(1) is None or python >= (3, int(found.group(1)))
    return f"{' '.join(found.group(0).split())} in setup.py", applies


def plan(folder: Path, python: tuple[int, int]) -> Abi3Plan:
    pyproject = _pyproject(folder)
    py_api = _table(pyproject, "tool", "scikit-build", "wheel").get("py-api")
    if isinstance(py_api, str) and py_api.startswith("cp"):
        where = f'wheel.py-api = "{py_api}" in pyproject.toml [tool.scikit-build]'
        asked = abi3.parse_version(py_api)
        if asked is not None and python < asked:  # scikit-build-core's own fallback
            return Abi3Plan(None, f"{where} applies from CPython {asked[0]}.{asked[1]} on")
        return Abi3Plan(py_api, where)
    found = _extension_switch(folder, python)
    if found is not None and not found[1]:
        return Abi3Plan(None, f"{found[0]} is false on {python[0]}.{python[1]}")
    switch = found[0] if found is not None else None
    option = _bdist_wheel_option(folder, pyproject)
    if switch is None:
        if option is not None:
            return Abi3Plan(option[0], option[1], wheel_tag_only=True)
        return Abi3Plan(None, "nothing in pyproject.toml, setup.cfg or setup.py asks for "
                              "py_limited_api or wheel.py-api")
    if option is not None:
        return Abi3Plan(option[0], f"{switch}; {option[1]}")
    return Abi3Plan(abi3.FLOOR_TAG, f"{switch}; floor {abi3.FLOOR_TAG}, the default")


def report(folder: Path, python: tuple[int, int] | None = None) -> list[str]:
    """doctor's lines about the stable ABI for a build in `folder` with this Python."""
    python = python or (sys.version_info[0], sys.version_info[1])
    here = f"{python[0]}.{python[1]}"
    if sysconfig.get_config_var("Py_GIL_DISABLED"):
        here += ", free-threaded"
    can = python >= abi3.FLOOR and not sysconfig.get_config_var("Py_GIL_DISABLED")
    lines = [f"this Python ({here}) {'can' if can else 'cannot'} build abi3 wasmbox modules "
             f"(CPython >= 3.11 with the GIL"
             f"{'' if can else '; build version-specific wheels with it'})"]
    found = plan(folder, python)
    if found.floor is None:
        tag = f"cp{python[0]}{python[1]}"
        lines.append(f"abi3 here: no, a version-specific build ({tag}-{tag}): {found.where}")
        return lines
    try:
        version = abi3.check_floor(found.floor, found.where, python)
    except WasmBoxError as error:
        lines.append(f"abi3 here: asked for, but the build would stop: {error}")
        return lines
    tag = f"{abi3.tag(version)}-abi3"
    if found.wheel_tag_only:
        lines.append(f"abi3 here: only the wheel tag ({tag}, {found.where}): no "
                     "WasmBoxExtension has py_limited_api=True, so its module would be "
                     "version-specific; set it on the extension")
    else:
        lines.append(f"abi3 here: yes, one {tag} wheel for CPython {version[0]}.{version[1]}+ "
                     f"({found.where})")
    return lines
