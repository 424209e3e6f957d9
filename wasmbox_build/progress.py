"""Saying what a long build is doing, as scikit-build-core does.

On a terminal, a step with several items is a progress bar (tqdm); anywhere else
(`pip -v`, CI logs) each item is one line on stderr, `wasmbox-build: <what> i/n: item`.
pip without -v hides the backend's output, so a quiet build stays quiet.
"""

from __future__ import annotations

import sys
import threading
from types import TracebackType
from typing import Any


def say(line: str) -> None:
    print(f"wasmbox-build: {line}", file=sys.stderr, flush=True)


class Steps:
    """Counts `total` items of one step; `done(item)` may be called from any thread."""

    def __init__(self, what: str, total: int) -> None:
        self.what = what
        self.total = total
        self.count = 0
        self._lock = threading.Lock()
        self._bar: Any = None
        if total > 1 and sys.stderr.isatty():
            from tqdm import tqdm  # type: ignore[import-untyped, unused-ignore]

            self._bar = tqdm(total=total, desc=f"wasmbox-build: {what}", unit="file",
                             leave=False, file=sys.stderr)

    def done(self, item: str) -> None:
        with self._lock:
            self.count += 1
            if self._bar is not None:
                self._bar.update(1)
            else:
                say(f"{self.what} {self.count}/{self.total}: {item}")

    def __enter__(self) -> Steps:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        if self._bar is not None:
            self._bar.close()
