"""Free-threaded CPython (3.13t and later, built with --disable-gil): what our modules do there.

A module that does not declare `Py_mod_gil = Py_MOD_GIL_NOT_USED` makes a free-threaded
interpreter turn the GIL back on when it is imported (with a RuntimeWarning). The runtime
declares it (wasmbox_module.c): what the GIL guarded is guarded by the sandbox's own lock,
critical sections on the sandbox and a module lock instead (runtime/wasmbox.h).
"""

from __future__ import annotations

# Whether the runtime declares Py_MOD_GIL_NOT_USED (wasmbox_module.c).
RUNS_WITHOUT_GIL = True


def status(python: tuple[int, int]) -> str:
    """One line for doctor: what importing a module built here does to the GIL."""
    if RUNS_WITHOUT_GIL:
        return (f"yes: modules built here declare Py_mod_gil = Py_MOD_GIL_NOT_USED, so "
                f"{python[0]}.{python[1]}t keeps the GIL off; calls on different sandboxes "
                "run in parallel, calls on one sandbox one at a time")
    return ("no: modules built here turn the GIL back on when imported (they do not declare "
            "Py_mod_gil yet)")
