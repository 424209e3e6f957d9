"""Fixtures of the security suite: the corpus built once per session, the host canary."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from seclib import CORPUS_MODULES, HostCanary, build_all


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Every corpus module, built once per session (in the session's wasmbox cache).

    WASMBOX_SECURITY_PREBUILT names a folder of modules built already (the sanitizer test
    runs part of the corpus on modules built with AddressSanitizer this way)."""
    prebuilt = os.environ.get("WASMBOX_SECURITY_PREBUILT")
    if prebuilt:
        return {spec.module: Path(prebuilt) / spec.module for spec in CORPUS_MODULES}
    return build_all(tmp_path_factory.mktemp("corpus"), CORPUS_MODULES)


@pytest.fixture(scope="session")
def canary(tmp_path_factory: pytest.TempPathFactory) -> HostCanary:
    return HostCanary(tmp_path_factory.mktemp("canary"))

