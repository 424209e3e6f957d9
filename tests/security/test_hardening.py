"""hardening=[...]: memory-safety bugs that stay inside the sandbox's own memory.

Built plainly, the sandbox contains each bug of corpus/hardening.c but does not see it:
the call returns, the library's state is corrupted, nothing outside changes. Built with
hardening=['all'], the same call traps where the bug happens, as CorruptionDetected of
the mechanism that caught it, and the process, the host's memory and a second sandbox
carry on. Both toolchain providers that run here (zig, and Debian's clang with its 2022
wasi-libc), both memory-check modes."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest
from seclib import Containment, CorpusModule, HostCanary, build_all, load

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path
    from types import ModuleType

PROVIDERS = ("zig", "system")
MODES = ("bounds", "guard")
VARIANTS = [(p, m) for p in PROVIDERS for m in MODES]
UNTOUCHED = 0x5AFE  # corpus/hardening.c: the neighbour fields start with this


def _spec(provider: str, mode: str, hardened: bool) -> CorpusModule:
    options: dict[str, object] = {"toolchain": provider, "memory_check": mode}
    if hardened:
        options["hardening"] = ["all"]
    return CorpusModule(f"_sec_hard_{provider}_{mode}_{'on' if hardened else 'off'}",
                        ("hardening.c",), options)


SPECS = {(p, m, h): _spec(p, m, h) for p, m in VARIANTS for h in (False, True)}


@pytest.fixture(scope="session")
def hardening_corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return build_all(tmp_path_factory.mktemp("hardening"), SPECS.values())


def _module(corpus: dict[str, Path], provider: str, mode: str, hardened: bool) -> ModuleType:
    return load(corpus, SPECS[provider, mode, hardened].module)


# export, arguments, the mechanism that catches it, what the plain build returns
# (None: any value - the bug leaves no trace the export can report).
Bug = tuple[str, tuple[int, ...], str, "Callable[[int], bool] | None"]
BUGS: list[Bug] = [
    ("stack_overflow", (32,), "stack", None),
    ("index_write", (4, 0x666), "bounds", lambda neighbour: neighbour == 0x666),
    ("copy_overflow", (24,), "fortify", lambda after: after != UNTOUCHED),
    ("string_overflow", (20,), "fortify", lambda after: after != UNTOUCHED),
    ("heap_overflow", (1,), "heap", None),
    ("double_free", (), "heap", None),
    ("invalid_free", (), "heap", None),
    ("use_after_free", (), "heap", None),
]
MESSAGES = {"stack": "stack smashing detected", "bounds": "out-of-bounds index detected",
            "fortify": "buffer overflow detected", "heap": "detected"}


@pytest.mark.parametrize(("provider", "mode"), VARIANTS)
@pytest.mark.parametrize("bug", BUGS, ids=[b[0] for b in BUGS])
def test_a_bug_inside_the_sandbox_is_contained_but_not_detected_by_default(
        hardening_corpus: dict[str, Path], canary: HostCanary, provider: str, mode: str,
        bug: Bug) -> None:
    export, args, _, corrupted = bug
    plain = Containment(_module(hardening_corpus, provider, mode, False), canary)
    with plain.m.Sandbox() as sb:
        result = getattr(sb, export)(*args)  # returns: nothing noticed the bug
        assert not sb.poisoned
        if corrupted is not None:
            assert corrupted(result), f"{export}{args} returned {result:#x}"
        plain.check_outside()


@pytest.mark.parametrize(("provider", "mode"), VARIANTS)
@pytest.mark.parametrize("bug", BUGS, ids=[b[0] for b in BUGS])
def test_hardening_turns_the_bug_into_a_trap(hardening_corpus: dict[str, Path],
                                             canary: HostCanary, provider: str, mode: str,
                                             bug: Bug) -> None:
    export, args, mechanism, _ = bug
    hardened = Containment(_module(hardening_corpus, provider, mode, True), canary)
    error = hardened.attack(lambda sb: getattr(sb, export)(*args),
                            hardened.m.CorruptionDetected)
    assert isinstance(error, hardened.m.Trap)
    assert error.kind == mechanism  # type: ignore[attr-defined]
    assert MESSAGES[mechanism] in str(error) and f"{export}()" in str(error)


@pytest.mark.parametrize("provider", PROVIDERS)
def test_bounds_through_a_pointer_sees_only_the_whole_object(
        hardening_corpus: dict[str, Path], canary: HostCanary, provider: str) -> None:
    """Without an array type, clang checks an access against the whole object the
    pointer points into (local-bounds), and can only trap on it: Unreachable."""
    plain = _module(hardening_corpus, provider, "bounds", False)
    hardened = Containment(_module(hardening_corpus, provider, "bounds", True), canary)
    with plain.Sandbox() as sb:
        assert sb.pointer_write(4, 0x666) == 0x666  # the neighbour: overwritten, unnoticed
    with plain.Sandbox() as sb:
        assert sb.pointer_write(5, 0x666) == UNTOUCHED  # past the struct: unnoticed
    with hardened.m.Sandbox() as sb:
        assert sb.pointer_write(4, 0x666) == 0x666  # inside the object: still unnoticed
    hardened.attack(lambda sb: sb.pointer_write(5, 0x666), hardened.m.Unreachable)


@pytest.mark.parametrize(("provider", "mode"), VARIANTS)
def test_correct_code_runs_the_same_hardened(hardening_corpus: dict[str, Path],
                                             provider: str, mode: str) -> None:
    """malloc, calloc, realloc, aligned_alloc, free and strdup (libc allocating for the
    library) through the checking allocator, in bounds copies through fortify."""
    plain = _module(hardening_corpus, provider, mode, False)
    hardened = _module(hardening_corpus, provider, mode, True)
    with plain.Sandbox() as a, hardened.Sandbox() as b:
        assert b.heap_churn(2000) == a.heap_churn(2000) > 0
        assert b.copy_overflow(16) == a.copy_overflow(16) == UNTOUCHED
        assert b.string_overflow(15) == a.string_overflow(15) == UNTOUCHED
        assert b.index_write(3, 7) == a.index_write(3, 7) == UNTOUCHED
        assert b.stack_overflow(16) == a.stack_overflow(16)


@pytest.mark.parametrize("provider", PROVIDERS)
def test_the_stack_guard_is_the_hosts_random_value(hardening_corpus: dict[str, Path],
                                                   provider: str) -> None:
    """Never a constant (zig's and wasi-libc's own guards are constants unless WASI
    grants randomness), different in every sandbox and after every reset(); and taken
    from the host, not through WASI: a sandbox that traps on any denied capability
    starts fine."""
    m = _module(hardening_corpus, provider, "bounds", True)
    sandboxes = [m.Sandbox() for _ in range(4)]
    guards = {sb.stack_guard() for sb in sandboxes}
    sandboxes[0].reset()
    guards.add(sandboxes[0].stack_guard())
    assert len(guards) == 5 and 0 not in guards
    with m.Sandbox(on_denied="trap") as strict:
        assert strict.stack_guard() not in guards
    for sb in sandboxes:
        sb.close()


@pytest.mark.parametrize("provider", PROVIDERS)
def test_the_host_allocates_through_the_checking_allocator(
        hardening_corpus: dict[str, Path], canary: HostCanary, provider: str) -> None:
    """sb.alloc/sb.free are the module's malloc/free exports: the checked ones, so a
    block the host places can be freed by the library, and the reverse."""
    hardened = Containment(_module(hardening_corpus, provider, "bounds", True), canary)
    m = hardened.m

    def free_twice(sb: Any) -> None:
        pointer = sb.alloc(b"sixteen bytes...")
        sb.free(pointer)
        sb.free(pointer)

    def free_inside(sb: Any) -> None:
        sb.free(sb.alloc(64) + 8)

    assert "double free" in str(hardened.attack(free_twice, m.CorruptionDetected))
    assert "invalid free" in str(hardened.attack(free_inside, m.CorruptionDetected))
