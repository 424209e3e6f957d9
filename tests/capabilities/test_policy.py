"""The policy keywords themselves: invalid values are a ValueError naming the valid
ones, unknown keywords a TypeError; build-time defaults apply to every Sandbox() and
to the module functions, and each keyword overrides its own default."""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from capslib import BUILD_DEFAULTS, ENOTCAPABLE, MAX_MEMORY, Probe

from wasmbox_build.errors import BuildError
from wasmbox_build.pipeline.capabilities import CAPABILITY_KEYS, normalize_capabilities

if TYPE_CHECKING:
    from types import ModuleType


@pytest.mark.parametrize(("keyword", "value", "names"), [
    ("stdout", "print", ['"discard"', '"inherit"', '"capture"', '"deny"', "callable"]),
    ("stderr", 1, ['"discard"', "callable"]),
    ("capture_limit", -1, ["bytes >= 0"]),
    ("capture_limit", True, ["bytes >= 0"]),
    ("stdin", "text", ["bytes"]),
    ("env", {"A": 1}, ["dict of str to str"]),
    ("env", {"A=B": "c"}, ["without '='"]),
    ("env", {"": "c"}, ["not empty"]),
    ("env", {"A": "nul\0"}, ["NUL"]),
    ("env", ["A=B"], ["dict of str to str"]),
    ("args", "-v", ["list of str"]),
    ("args", ["ok", 3], ["list of str"]),
    ("clock", "realtime", ["False", "True", '"monotonic"']),
    ("clock", 1, ["False", "True", '"monotonic"']),
    ("random", "yes", ["False", "True", "int seed", "NOT secure"]),
    ("random", 2**64, ["int seed"]),
    ("files", {"relative.txt": b""}, ["absolute guest paths"]),
    ("files", {"/a/../b": b""}, ["absolute guest paths"]),
    ("files", {"/a": "text"}, ["bytes"]),
    ("files", {"/a": b"", "/a/b": b""}, ["both a file and a directory"]),
    ("preopens", {"data": "/tmp"}, ["absolute guest directories"]),
    ("preopens", {"/data": ("/tmp", "rwx")}, ['"ro" | "rw"']),
    ("preopens", {"/data": "/no/such/dir"}, ["cannot open the host directory"]),
    ("preopens", {"/data/words.txt": "/tmp"}, ["overlaps the in-memory file"]),
    ("memory_limit", 4096, ["65536", "max_memory"]),
    ("memory_limit", MAX_MEMORY + 65536, [str(MAX_MEMORY)]),
    ("on_denied", "raise", ['"errno"', '"trap"']),
])
def test_invalid_values_name_the_valid_ones(probe: ModuleType, keyword: str, value: object,
                                            names: list[str]) -> None:
    policy: dict[str, object] = {keyword: value}
    if keyword == "preopens" and "/data/words.txt" in str(value):
        policy["files"] = {"/data/words.txt": b"x"}
    with pytest.raises(ValueError) as raised:
        probe.Sandbox(**policy)
    message = str(raised.value)
    assert message.startswith("Sandbox(")
    for name in names:
        assert name in message


def test_unknown_keywords_are_a_type_error(probe: ModuleType) -> None:
    with pytest.raises(TypeError, match=r"'stdot'.*stdout, stderr"):
        probe.Sandbox(stdot="capture")
    with pytest.raises(TypeError, match="positional"):
        probe.Sandbox("capture")


def test_none_is_the_deny_default_for_every_keyword(probe: ModuleType) -> None:
    policy = dict.fromkeys(["stdout", "stderr", "capture_limit", "stdin", "env", "args",
                            "clock", "random", "files", "preopens", "memory_limit",
                            "on_denied"])
    with Probe(probe, **policy) as p:
        assert p.read_file("/etc/passwd") == -ENOTCAPABLE
        assert p.sb.p_clock(1) == -ENOTCAPABLE


def test_the_capability_keys_agree_in_python_c_and_the_stub(probe: ModuleType) -> None:
    """The keys are listed in pipeline/capabilities.py (checked at build time), in
    wasmbox_policy.c (checked by Sandbox(), which names them all when it refuses one)
    and in the stub's Sandbox(): one set."""
    for key in CAPABILITY_KEYS:
        probe.Sandbox(**{key: None}).close()
    with pytest.raises(TypeError) as raised:
        probe.Sandbox(not_a_capability=None)
    listed = re.search(r"the policy keywords are (.*)$", str(raised.value))
    assert listed is not None, raised.value
    in_c = re.split(r", | and ", listed.group(1))
    assert sorted(in_c) == sorted(CAPABILITY_KEYS)
    stub = ast.parse((Path(probe.__file__).parent / "_caps_probe.pyi").read_text())
    sandbox = next(c for c in stub.body if isinstance(c, ast.ClassDef) and c.name == "Sandbox")
    init = next(f for f in sandbox.body if isinstance(f, ast.FunctionDef) and f.name == "__init__")
    # imports= binds the library's imports: a keyword of Sandbox() but no capability.
    assert sorted(a.arg for a in init.args.kwonlyargs) == sorted((*CAPABILITY_KEYS, "imports"))


# ---- build-time defaults ----------------------------------------------------------------


def test_build_time_defaults_apply_to_every_sandbox(defaults_probe: ModuleType) -> None:
    assert defaults_probe.__wasmbox__["capabilities"] == sorted(BUILD_DEFAULTS)
    with Probe(defaults_probe) as p:
        assert p.getenv("GREETING") == "hello" and p.sb.p_environ_count() == 2
        assert p.argv() == ["_caps_defaults", "--built-in"]
        assert p.read_file("/etc/motd") == b"built in\n"
        assert p.read_file("/data/words.txt") == "caf\u00e9\n".encode()  # str stored as UTF-8
        assert p.sb.p_clock(1) > 0
        assert p.entropy(8) == Probe(defaults_probe).entropy(8)  # seeded: 1234
        p.printf("captured by default\n")
        assert p.sb.stdout == b"captured by default\n"
        with pytest.raises(defaults_probe.CapabilityDenied):  # on_denied="trap" built in
            p.sb.p_clock(0)


def test_keywords_override_their_own_default_only(defaults_probe: ModuleType) -> None:
    with Probe(defaults_probe, env={"OTHER": "1"}, stdout=None, on_denied="errno") as p:
        assert p.getenv("GREETING") is None and p.getenv("OTHER") == "1"  # replaced, not merged
        assert p.argv() == ["_caps_defaults", "--built-in"]  # other defaults stay
        p.printf("discarded\n")
        assert p.sb.stdout == b""  # None: back to the deny default (discard)
        assert p.sb.p_clock(0) == -ENOTCAPABLE  # errno now, not a trap
    with Probe(defaults_probe, files=None, random=False, on_denied=None) as p:
        assert p.read_file("/etc/motd") == -ENOTCAPABLE
        assert p.entropy(8) == -ENOTCAPABLE


def test_module_functions_use_the_build_time_defaults(defaults_probe: ModuleType) -> None:
    assert defaults_probe.p_environ_count() == 2
    assert defaults_probe.p_clock(1) > 0


def test_build_time_capabilities_are_checked_when_building() -> None:
    assert normalize_capabilities(None) is None
    assert normalize_capabilities({}) is None
    assert normalize_capabilities('{"env": {"A": "b"}, "clock": true}') == {
        "env": {"A": "b"}, "clock": True}
    assert normalize_capabilities({"stdin": "text", "files": {"/a": "é"}}) == {
        "stdin": b"text", "files": {"/a": "é".encode()}}
    assert normalize_capabilities({"preopens": {"/d": [Path("/srv"), "rw"]}}) == {
        "preopens": {"/d": ("/srv", "rw")}}
    bad: list[tuple[object, str]] = [
        ({"stdout": print}, "a callable cannot be built into the module"),
        ({"stdot": "capture"}, "unknown key 'stdot'; valid keys: stdout"),
        ({"clock": "wall"}, "use False, True or 'monotonic'"),
        ({"files": {"x": b""}}, "absolute guest paths"),
        ({"preopens": {"/d": ["/srv", "rwx"]}}, "[host_dir, 'rw']"),
        ({"memory_limit": 1 << 30}, "at most max_memory"),
        ("[1, 2]", "must be a dict"),
        ("{nope", "not valid JSON"),
    ]
    for value, message in bad:
        with pytest.raises(BuildError, match=None) as raised:
            normalize_capabilities(value, max_memory=1 << 20)  # type: ignore[arg-type]
        assert message in str(raised.value), (value, raised.value)


def test_the_stub_declares_the_policy(probe: ModuleType) -> None:
    stub = (Path(probe.__file__).parent / "_caps_probe.pyi").read_text()
    for name in ("stdout: _Output", "capture_limit:", "preopens: Mapping[str, _Preopen]",
                 "on_denied: Literal[\"errno\", \"trap\"]", "class CapabilityDenied(Trap)",
                 "def stdout_truncated(self) -> bool"):
        assert name in stub
