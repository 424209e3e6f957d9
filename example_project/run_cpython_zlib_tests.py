"""Run CPython's own zlib tests (test.test_zlib) against the sandboxed zlib.

    python example_project/run_cpython_zlib_tests.py [-v] [unittest options...]

The sandboxed module is put in sys.modules["zlib"] before test.test_zlib is imported,
so the test file (import_helper.import_module("zlib")) gets it without being edited.
Needs a Python whose standard library includes its tests (the `test` package; Debian
ships it as libpython3.X-testsuite) and sandboxed_zlib importable (installed, or built
in place: pass --path DIR for the folder that holds the sandboxed_zlib package).

Prints a summary line `sandboxed test_zlib: N run, P passed, F failed, E errors,
S skipped` and exits non-zero if any test failed. The bigmem tests run in their
small dry-run form unless given -M/--memlimit (as with `python -m test`).
"""

from __future__ import annotations

import argparse
import importlib
import sys
import unittest
from typing import Any


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--path", help="folder holding the sandboxed_zlib package")
    parser.add_argument("-M", "--memlimit", help="run the bigmem tests with this limit, e.g. 8G")
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("tests", nargs="*", help="test names, e.g. CompressTestCase.test_speech")
    args = parser.parse_args(argv)
    if args.path:
        sys.path.insert(0, args.path)

    import sandboxed_zlib

    real_zlib = sys.modules.get("zlib")
    sys.modules["zlib"] = sandboxed_zlib
    try:
        support: Any = importlib.import_module("test.support")
        if args.memlimit:
            support.set_memlimit(args.memlimit)
        if args.verbose:
            support.verbose = True
        sys.modules.pop("test.test_zlib", None)
        test_zlib = importlib.import_module("test.test_zlib")
        assert test_zlib.zlib is sandboxed_zlib, "test_zlib did not get the sandboxed module"
        loader = unittest.defaultTestLoader
        if args.tests:
            suite = loader.loadTestsFromNames(args.tests, test_zlib)
        else:
            suite = loader.loadTestsFromModule(test_zlib)
        result = unittest.TextTestRunner(verbosity=2 if args.verbose else 1).run(suite)
    finally:
        if real_zlib is not None:
            sys.modules["zlib"] = real_zlib
        else:
            sys.modules.pop("zlib", None)

    failed, errors = len(result.failures), len(result.errors)
    passed = result.testsRun - failed - errors - len(result.skipped)
    print(f"sandboxed test_zlib: {result.testsRun} run, {passed} passed, {failed} failed, "
          f"{errors} errors, {len(result.skipped)} skipped")
    for test, reason in result.skipped:
        print(f"  skipped {test.id()}: {reason}")
    return 0 if result.wasSuccessful() else 1


if __name__ == "__main__":
    sys.exit(main())
