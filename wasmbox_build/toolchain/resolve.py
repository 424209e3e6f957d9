"""Choose the toolchain: explicitly, or `auto` in the order below.

auto: WASI_SDK_PATH → a wasi-sdk already in the cache → zig if installed (the `[zig]` extra)
→ zig already in the cache → fetch zig into the cache with pip → download wasi-sdk (only when
zig cannot be fetched here: no wheel for the platform, no pip, an index without it). Nothing is
fetched when offline. `system` is used only when asked for.
"""

from __future__ import annotations

from dataclasses import dataclass

from .. import settings
from ..errors import ToolchainError
from ..progress import say
from . import install, system, wasi_sdk, zig
from .model import Toolchain, Unavailable
from .probe import verify

_FROM_ENV = "wasi-sdk (WASI_SDK_PATH)"


@dataclass(frozen=True)
class Candidate:
    """One provider as `doctor` shows it: usable (with its toolchain) or not, and why."""

    name: str
    toolchain: Toolchain | None
    reason: str


def _wasi_sdk_from_env() -> Toolchain | Unavailable:
    path = settings.wasi_sdk_path()
    if path is None:
        return Unavailable("wasi-sdk", "WASI_SDK_PATH is not set")
    return wasi_sdk.toolchain_from(path, "WASI_SDK_PATH")


def _wasi_sdk_cached() -> Toolchain | Unavailable:
    try:
        release = wasi_sdk.host_release()
    except ToolchainError as error:
        return Unavailable("wasi-sdk", str(error))
    root = install.find_cached(release)
    if root is None:
        return Unavailable("wasi-sdk", f"not in the cache ({wasi_sdk.cached_install(release)})",
                           "python -m wasmbox_build fetch")
    return wasi_sdk.toolchain_from(root, "cached wasi-sdk")


def _wasi_sdk_download() -> Toolchain:
    release = wasi_sdk.host_release()
    return wasi_sdk.toolchain_from(install.ensure_installed(release), "downloaded wasi-sdk")


def _checked(found: Toolchain | Unavailable) -> Toolchain | Unavailable:
    if isinstance(found, Toolchain):
        verify(found)
    return found


def zig_any_way() -> Toolchain | Unavailable:
    """zig installed, else cached, else fetched into the cache."""
    installed = zig.find_installed()
    if isinstance(installed, Toolchain):
        return installed
    cached = zig.find_cached()
    if isinstance(cached, Toolchain):
        return cached
    fetched = zig.fetch()
    if isinstance(fetched, Unavailable):
        return Unavailable("zig", f"{installed.reason}, and zig {fetched.reason}", installed.fix)
    return fetched


def _explicit(choice: str) -> Toolchain:
    if choice == "wasi-sdk":
        if settings.wasi_sdk_path() is not None:
            found = _wasi_sdk_from_env()
        else:
            cached = _wasi_sdk_cached()
            found = cached if isinstance(cached, Toolchain) else _wasi_sdk_download()
    elif choice == "zig":
        found = zig_any_way()
    else:
        found = system.find()
    found = _checked(found)
    if isinstance(found, Unavailable):
        raise ToolchainError(f"toolchain {choice!r} is not usable: {found.reason}"
                             + (f"; {found.fix}" if found.fix else ""))
    return found


def resolve_toolchain(choice: str | None = None) -> Toolchain:
    """The toolchain to build with, verified; ToolchainError says why none is usable."""
    picked = settings.toolchain_choice(choice)
    if picked != "auto":
        return _explicit(picked)
    tried: list[str] = []
    for finder in (_wasi_sdk_from_env, _wasi_sdk_cached, zig.find_installed, zig.find_cached):
        found = _checked(finder())
        if isinstance(found, Toolchain):
            return found
        tried.append(str(found))
    if settings.offline():
        raise ToolchainError(
            "no wasm toolchain is available offline (tried " + "; ".join(tried)
            + f"); run '{zig.FETCH_HINT}' while online, install the zig extra (pip install "
            "'wasmbox-build[zig]'), set WASI_SDK_PATH, or unset WASMBOX_OFFLINE"
        )
    fetched = _checked(zig.fetch())
    if isinstance(fetched, Toolchain):
        return fetched
    say(f"zig {fetched.reason}; downloading wasi-sdk instead")
    try:
        downloaded = _wasi_sdk_download()
    except ToolchainError as error:
        raise type(error)(f"{error} (and zig {fetched.reason})") from None
    verify(downloaded)
    return downloaded


def survey() -> list[Candidate]:
    """Every provider's state, without downloading anything (for `doctor`)."""
    finders = ((_FROM_ENV, _wasi_sdk_from_env),
               ("wasi-sdk (cache)", _wasi_sdk_cached),
               ("zig (ziglang package)", zig.find_installed),
               ("zig (cache)", zig.find_cached),
               ("system", system.find))
    found: list[Candidate] = []
    for name, finder in finders:
        try:
            result = _checked(finder())
        except ToolchainError as error:
            found.append(Candidate(name, None, str(error)))
            continue
        if isinstance(result, Toolchain):
            found.append(Candidate(name, result, "usable"))
        else:
            fix = f" ({result.fix})" if result.fix else ""
            found.append(Candidate(name, None, result.reason + fix))
    return found


def describe_auto_pick(candidates: list[Candidate]) -> str:
    """What `auto` would do given `survey()`'s answer, in words (no download happens here)."""
    for candidate in candidates:
        if candidate.name == _FROM_ENV and candidate.toolchain is None \
                and settings.wasi_sdk_path() is not None:
            # resolve_toolchain() stops at a WASI_SDK_PATH that is set but broken.
            return f"nothing: {candidate.reason}"
        if candidate.name != "system" and candidate.toolchain is not None:
            return f"{candidate.name}: {candidate.toolchain.describe()}"
    if settings.offline():
        return "nothing: every provider is unusable and WASMBOX_OFFLINE=1 forbids downloading"
    cannot_fetch_zig = zig.fetch_possible()
    if cannot_fetch_zig is None:
        return zig.describe_fetch()
    try:
        release = wasi_sdk.host_release()
    except ToolchainError as error:
        return f"nothing: {error}"
    return f"download {release.asset} from {release.url} (zig: {cannot_fetch_zig})"
