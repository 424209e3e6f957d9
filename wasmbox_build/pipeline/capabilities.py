"""Build-time capabilities: the `Sandbox()` defaults baked into a module.

`WasmBoxExtension(..., capabilities={...})` (and `capabilities = {...}` in a
`[[tool.wasmbox.extension]]` table) sets the policy every `M.Sandbox()` of the module
starts from, and the one `M.<export>()` runs under; a keyword given to `Sandbox()`
replaces the default for that key (`None` restores the deny default).

Only what can be written into the module: no callables (give `stdout=callable` to
`Sandbox()` at run time). `stdin` and file contents may be bytes or str (stored as
UTF-8). Preopened host directories are opened when each `Sandbox()` is made; a relative
one is relative to the working directory then. The values are checked here with the
same rules as `Sandbox()` applies, so a typo fails the build, not the first import.
"""

from __future__ import annotations

import ast
import json
import os
from collections.abc import Callable, Mapping

from ..errors import BuildError
from .wasm_info import WASM_PAGE_SIZE

__all__ = ["CAPABILITY_KEYS", "LIMIT_KEYS", "capabilities_literal", "normalize_capabilities",
           "parse_capabilities_literal"]

CAPABILITY_KEYS = (
    "stdout", "stderr", "capture_limit", "stdin", "env", "args", "clock", "random", "files",
    "preopens", "memory_limit", "on_denied",
)
# Sandbox() keywords that limit time rather than grant anything: not capabilities (the
# module's default time_limit is a build option of its own, options.py).
LIMIT_KEYS = ("time_limit", "cpu_limit")
OUTPUT_MODES = ("discard", "inherit", "capture", "deny")


def _fail(key: str, value: object, valid: str) -> BuildError:
    return BuildError(f"capabilities[{key!r}] = {value!r}: {valid}")


def _output(key: str, value: object) -> object:
    if value is None or value in OUTPUT_MODES:
        return value
    if callable(value):
        raise _fail(key, value, f"a callable cannot be built into the module; pass it to "
                    f"Sandbox({key}=...) at run time")
    raise _fail(key, value, "use " + ", ".join(repr(m) for m in OUTPUT_MODES))


def _count(key: str, value: object, low: int, valid: str) -> object:
    if value is None or (isinstance(value, int) and not isinstance(value, bool) and value >= low):
        return value
    raise _fail(key, value, valid)


def _capture_limit(key: str, value: object) -> object:
    return _count(key, value, 0, "use a number of bytes >= 0")


def _memory_limit(key: str, value: object) -> object:
    return _count(key, value, WASM_PAGE_SIZE, "use a number of bytes >= 65536 (at most max_memory)")


def _data(key: str, value: object) -> bytes:
    if isinstance(value, str):
        return value.encode("utf-8")
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value)
    raise _fail(key, value, "use bytes or str (stored as UTF-8)")


def _stdin(key: str, value: object) -> object:
    return None if value is None else _data(key, value)


def _text(value: object) -> bool:
    return isinstance(value, str) and "\0" not in value


def _env(key: str, value: object) -> object:
    valid = "use a dict of str to str (names not empty, without '=' or NUL)"
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise _fail(key, value, valid)
    for name, text in value.items():
        if not (_text(name) and name and "=" not in name and _text(text)):
            raise _fail(key, value, valid)
    return dict(value)


def _args(key: str, value: object) -> object:
    if value is None:
        return None
    if not isinstance(value, (list, tuple)) or not all(_text(a) for a in value):
        raise _fail(key, value, "use a list of str (argv[1:])")
    return list(value)


def _clock(key: str, value: object) -> object:
    if value is None or isinstance(value, bool) or value == "monotonic":
        return value
    raise _fail(key, value, "use False, True or 'monotonic'")


def _random(key: str, value: object) -> object:
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, int) and -(2**63) <= value < 2**64:
        return value
    raise _fail(key, value, "use False, True or an int seed from -2**63 to 2**64-1")


def _on_denied(key: str, value: object) -> object:
    if value is None or value in ("errno", "trap"):
        return value
    raise _fail(key, value, "use 'errno' or 'trap'")


def guest_path_ok(path: object) -> bool:
    """An absolute guest path in normal form: "/" or "/a/b", no empty/"."/".." part."""
    if not _text(path) or not str(path).startswith("/") or len(str(path).encode()) > 4095:
        return False
    if path == "/":
        return True
    parts = str(path)[1:].split("/")
    return all(p not in ("", ".", "..") and len(p.encode()) <= 255 for p in parts)


def _files(key: str, value: object) -> object:
    valid = "use a dict of absolute guest paths ('/data/words.txt') to bytes or str"
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise _fail(key, value, valid)
    out: dict[str, bytes] = {}
    for path, content in value.items():
        if not guest_path_ok(path) or path == "/":
            raise BuildError(f"capabilities['files']: {path!r}: {valid}")
        out[path] = _data("files", content)
    return out


def _preopens(key: str, value: object) -> object:
    valid = "use a dict of guest directories ('/data') to a host directory or [host_dir, 'rw']"
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise _fail(key, value, valid)
    out: dict[str, object] = {}
    for guest, target in value.items():
        mode = "ro"
        host = target
        if isinstance(target, (list, tuple)) and len(target) == 2:
            host, mode = target
        if not guest_path_ok(guest) or mode not in ("ro", "rw") or not (
            isinstance(host, (str, os.PathLike))
        ):
            raise BuildError(f"capabilities['preopens']: {guest!r}: {target!r}: {valid}")
        host_path = os.fspath(host)
        if not isinstance(host_path, str):
            raise BuildError(f"capabilities['preopens']: {guest!r}: {target!r}: {valid}")
        out[guest] = (host_path, mode) if mode == "rw" else host_path
    return out


_CHECKS: dict[str, Callable[[str, object], object]] = {
    "stdout": _output,
    "stderr": _output,
    "capture_limit": _capture_limit,
    "stdin": _stdin,
    "env": _env,
    "args": _args,
    "clock": _clock,
    "random": _random,
    "files": _files,
    "preopens": _preopens,
    "memory_limit": _memory_limit,
    "on_denied": _on_denied,
}


def normalize_capabilities(
    value: Mapping[str, object] | str | None, max_memory: int | None = None
) -> dict[str, object] | None:
    """Check build-time capabilities (a dict, or a JSON object's text for CMake) and
    return them in the form the module stores, or None if there are none."""
    if value is None:
        return None
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError as error:
            raise BuildError(f"capabilities are not valid JSON: {error}") from None
    if not isinstance(value, Mapping):
        raise BuildError(f"capabilities must be a dict (of Sandbox() keywords), not {value!r}")
    out: dict[str, object] = {}
    for key, item in value.items():
        if key in LIMIT_KEYS:
            raise BuildError(f"capabilities: {key!r} is no capability; give the module a default "
                             "with the time_limit= option (cpu_limit: Sandbox(cpu_limit=...))")
        if key not in _CHECKS:
            raise BuildError(f"capabilities: unknown key {key!r}; valid keys: "
                             + ", ".join(CAPABILITY_KEYS))
        out[key] = _CHECKS[key](key, item)
    limit = out.get("memory_limit")
    if isinstance(limit, int) and max_memory is not None and limit > max_memory:
        raise _fail("memory_limit", limit, f"use at most max_memory ({max_memory})")
    return out or None


def capabilities_literal(capabilities: Mapping[str, object]) -> str:
    """The Python literal the module reads back with ast.literal_eval."""
    text = repr(dict(capabilities))
    if ast.literal_eval(text) != dict(capabilities):  # a guard: only literals get here
        raise BuildError("capabilities cannot be stored in the module")
    return text


def parse_capabilities_literal(text: str) -> dict[str, object]:
    """The inverse of capabilities_literal."""
    value = ast.literal_eval(text)
    if not isinstance(value, dict):
        raise ValueError("capabilities literal is not a dict")
    return value
