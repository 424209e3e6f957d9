"""Run CPython's own XML test suites against the sandboxed expat.

    python example_project/run_cpython_xml_tests.py [--native] [--path DIR] [-v]
                                                    [--suite NAME ...] [--json FILE]

Before any test imports them, sandboxed_expat is installed as `pyexpat` and
`xml.parsers.expat` (sandboxed_expat.install()), and the C accelerator of ElementTree
is blocked (`sys.modules["_elementtree"] = None`), so ElementTree, SAX, minidom and
pulldom all parse with the sandboxed expat. The test files are not edited. Suites:
test_pyexpat, test_sax, test_minidom, test_pulldom, test_xml_etree (the pure-Python
ElementTree, as test_xml_etree tests it). With --native the same suites run against
the standard library's own pyexpat: the baseline.

Needs a Python whose standard library includes its tests (the `test` package;
Debian ships it as libpython3.X-testsuite) and sandboxed_expat importable (installed,
or built in place: --path DIR for the folder that holds the sandboxed_expat package).

Prints, per suite, `sandboxed test_pyexpat: N run, P passed, F failed, E errors,
S skipped, X expected failures` (`native ...` with --native) and the tests that failed;
--json writes every test's outcome. Exits non-zero if any test failed.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import unittest
from typing import Any

SUITES = ("test_pyexpat", "test_sax", "test_minidom", "test_pulldom", "test_xml_etree")


class Outcomes(unittest.TextTestResult):
    """unittest's result, also keeping each test's (or subtest's) outcome by id."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.outcomes: dict[str, str] = {}

    def _note(self, test: Any, outcome: str) -> None:
        self.outcomes[test.id()] = outcome

    def addSuccess(self, test: Any) -> None:
        super().addSuccess(test)
        self.outcomes.setdefault(test.id(), "passed")

    def addFailure(self, test: Any, err: Any) -> None:
        super().addFailure(test, err)
        self._note(test, "failed")

    def addError(self, test: Any, err: Any) -> None:
        super().addError(test, err)
        self._note(test, "error")

    def addSkip(self, test: Any, reason: str) -> None:
        super().addSkip(test, reason)
        self._note(test, "skipped")

    def addExpectedFailure(self, test: Any, err: Any) -> None:
        super().addExpectedFailure(test, err)
        self._note(test, "expected failure")

    def addUnexpectedSuccess(self, test: Any) -> None:
        super().addUnexpectedSuccess(test)
        self._note(test, "unexpected success")

    def addSubTest(self, test: Any, subtest: Any, err: Any) -> None:
        super().addSubTest(test, subtest, err)
        if err is not None:
            failed = issubclass(err[0], test.failureException)
            self._note(subtest, "failed" if failed else "error")
            # The test as a whole failed too (unittest counts it once).
            self.outcomes[test.id()] = "failed" if failed else "error"


def install(native: bool) -> Any:
    """Put the parser under test in place; return the module the suites will use."""
    sys.modules["_elementtree"] = None  # type: ignore[assignment]
    if native:
        import pyexpat

        return pyexpat
    already = [name for name in sys.modules if name.startswith(("xml.", "pyexpat"))]
    if already:
        raise SystemExit(f"error: {', '.join(already)} imported before the sandboxed "
                         "expat could be installed")
    import sandboxed_expat

    sandboxed_expat.install()
    return sandboxed_expat


def check_installed(module: Any) -> None:
    """Every XML module the suites use parses with `module`."""
    import xml.dom.expatbuilder
    import xml.parsers.expat
    import xml.sax.expatreader

    assert xml.parsers.expat.ParserCreate is module.ParserCreate
    assert xml.sax.expatreader.expat.ParserCreate is module.ParserCreate
    assert xml.dom.expatbuilder.expat.ParserCreate is module.ParserCreate
    assert sys.modules["pyexpat"] is module


def run_suite(name: str, label: str, verbose: bool, tests: list[str]) -> Outcomes:
    test_module = importlib.import_module(f"test.{name}")
    loader = unittest.defaultTestLoader
    suite = (loader.loadTestsFromNames(tests, test_module) if tests
             else loader.loadTestsFromModule(test_module))
    runner = unittest.TextTestRunner(verbosity=2 if verbose else 0, resultclass=Outcomes,
                                     stream=sys.stderr)
    result = runner.run(suite)
    assert isinstance(result, Outcomes)
    failed, errors = len(result.failures), len(result.errors)
    skipped = len(result.skipped)
    expected = len(result.expectedFailures)
    passed = sum(1 for outcome in result.outcomes.values() if outcome == "passed")
    print(f"{label} {name}: {result.testsRun} run, {passed} passed, {failed} failed, "
          f"{errors} errors, {skipped} skipped, {expected} expected failures", flush=True)
    for test, _ in result.failures + result.errors:
        print(f"  failed {test.id()}", flush=True)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--native", action="store_true",
                        help="run against the standard library's pyexpat (the baseline)")
    parser.add_argument("--path", help="folder holding the sandboxed_expat package")
    parser.add_argument("--suite", action="append", choices=SUITES,
                        help="run only this suite (repeatable)")
    parser.add_argument("--json", help="write every test's outcome to this file")
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("tests", nargs="*",
                        help="test names within the one --suite, e.g. ParseTest.test_parse_str")
    args = parser.parse_args(argv)
    if args.tests and len(args.suite or ()) != 1:
        parser.error("naming tests needs exactly one --suite")
    if args.path:
        sys.path.insert(0, args.path)

    module = install(args.native)
    check_installed(module)
    support: Any = importlib.import_module("test.support")
    if args.verbose:
        support.verbose = True
    label = "native" if args.native else "sandboxed"
    ok = True
    outcomes: dict[str, dict[str, str]] = {}
    for name in args.suite or SUITES:
        result = run_suite(name, label, args.verbose, args.tests)
        ok = ok and result.wasSuccessful()
        outcomes[name] = result.outcomes
    if args.json:
        with open(args.json, "w", encoding="utf-8") as out:
            json.dump(outcomes, out, indent=1, sort_keys=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
