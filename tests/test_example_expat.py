"""The sandboxed expat example as a drop-in for pyexpat.

CPython's own XML suites (test_pyexpat, test_sax, test_minidom, test_pulldom and
test_xml_etree with the pure-Python ElementTree) run against an in-place build of
example_project/expat through example_project/run_cpython_xml_tests.py, and against
the native pyexpat: every test must end as it does natively. The checks below cover
what those suites cannot see: the same events as the native pyexpat on real documents,
threads, a handler that raises or stops the parser, hostile documents (a billion
laughs, memory exhaustion, a memory-safety bug), and the hash salt.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from typing import TYPE_CHECKING

import pytest
from projects import REPO, build_example, python_with_example, run_with_example

if TYPE_CHECKING:
    from pathlib import Path

RUNNER = REPO / "example_project" / "run_cpython_xml_tests.py"
SUMMARY = re.compile(r"^(native|sandboxed) (test_\w+): (\d+) run, (\d+) passed, (\d+) failed, "
                     r"(\d+) errors, (\d+) skipped, (\d+) expected failures$", re.MULTILINE)
SUITES = ("test_pyexpat", "test_sax", "test_minidom", "test_pulldom", "test_xml_etree")

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def example(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """example_project/expat, copied and built in place."""
    return build_example("expat", tmp_path_factory.mktemp("expat"))


def _run(argv: list[str], example: Path) -> subprocess.CompletedProcess[str]:
    return run_with_example(argv, example, timeout=900)


def _python(example: Path, code: str) -> str:
    return python_with_example(example, code, timeout=900)


def _suites(example: Path, native: bool, tmp_path: Path) -> tuple[dict[str, tuple[int, ...]],
                                                                  dict[str, dict[str, str]]]:
    out = tmp_path / ("native.json" if native else "sandboxed.json")
    argv = [sys.executable, str(RUNNER), "--json", str(out)]
    result = _run([*argv, "--native"] if native else [*argv, "--path", str(example)], example)
    counts = {m.group(2): tuple(map(int, m.groups()[2:])) for m in SUMMARY.finditer(result.stdout)}
    assert set(counts) == set(SUITES), result.stdout[-3000:] + result.stderr[-6000:]
    outcomes: dict[str, dict[str, str]] = json.loads(out.read_text())
    return counts, outcomes


def test_cpython_xml_suites_pass_as_they_do_natively(example: Path, tmp_path: Path) -> None:
    pytest.importorskip("test.test_pyexpat", reason="this Python ships without its test suite")
    native_counts, native = _suites(example, True, tmp_path)
    counts, sandboxed = _suites(example, False, tmp_path)
    for suite in SUITES:
        differences = {test: (outcome, sandboxed[suite].get(test))
                       for test, outcome in native[suite].items()
                       if sandboxed[suite].get(test) != outcome}
        assert not differences, (suite, differences)
        assert counts[suite] == native_counts[suite], suite
        _, passed, failed, errors, _, _ = counts[suite]
        assert (failed, errors) == (0, 0) and passed > 0, (suite, counts[suite])
    # The suites' sizes on CPython 3.11 (a new Python may add tests, never remove them).
    assert counts["test_pyexpat"][0] >= 39 and counts["test_sax"][0] >= 183
    assert counts["test_minidom"][0] >= 129 and counts["test_pulldom"][0] >= 11
    assert counts["test_xml_etree"][0] >= 190


# Every handler, recording its arguments; the same documents through both parsers.
_RECORDER = """
    import glob, os, sys, io
    import pyexpat
    import sandboxed_expat
    from test.support import findfile

    NAMES = [n for n in dir(pyexpat.ParserCreate()) if n.endswith("Handler")
             or n == "DefaultHandlerExpand"]

    def events(module, data, options, chunk):
        parser = module.ParserCreate(*options.get("create", ()))
        for key, value in options.get("set", {}).items():
            setattr(parser, key, value)
        log = []
        for name in NAMES:
            if name in options.get("skip", ()):
                continue
            def handler(*args, name=name):
                log.append((name, args, parser.CurrentLineNumber,
                            parser.CurrentColumnNumber, parser.CurrentByteIndex))
                return 1
            setattr(parser, name, handler)
        try:
            for start in range(0, len(data), chunk):
                parser.Parse(data[start:start + chunk], False)
            parser.Parse(b"", True)
        except module.ExpatError as error:
            log.append(("error", str(error), error.code, error.lineno, error.offset))
        return log

    folder = os.path.dirname(findfile("simple.xml", subdir="xmltestdata"))
    documents = [open(path, "rb").read() for path in sorted(glob.glob(folder + "/**/*.xml",
                                                                  recursive=True))]
    documents += [
        b"<a xmlns:p='urn:p' p:x='1' y='2'><p:b/>t&amp;<![CDATA[c]]><?pi d?></a>",
        b"<!DOCTYPE r [<!ATTLIST r d CDATA 'dv'><!ENTITY e 'ent'>]><r a='1'>&e;</r>",
        "<r>\\u00e9\\u4e2d\\U0001f600</r>".encode("utf-16"),
        b"<?xml version='1.0' encoding='iso-8859-1'?><r>\\xe9</r>",
        b"<r><unclosed></r>", b"<r>&undefined;</r>", b"", b"<r/>junk",
    ]
    variants = [
        {"create": (None, "!")},
        {"create": (None, None, None), "set": {"ordered_attributes": True,
                                               "specified_attributes": True}},
        {"create": (None, " "), "set": {"namespace_prefixes": True, "buffer_text": True},
         "skip": ("DefaultHandler", "DefaultHandlerExpand")},
        {"create": ("iso-8859-1",), "skip": ("DefaultHandler",)},
    ]
    compared = 0
    for data in documents:
        for options in variants:
            for chunk in (len(data) or 1, 7):
                expected = events(pyexpat, data, options, chunk)
                got = events(sandboxed_expat, data, options, chunk)
                assert got == expected, (data[:80], options, chunk, got, expected)
                compared += len(expected)
    print(len(documents), compared)
"""


def test_the_same_events_as_the_native_pyexpat(example: Path) -> None:
    pytest.importorskip("test.support", reason="this Python ships without its test suite")
    documents, events = map(int, _python(example, _RECORDER).split())
    assert documents > 40 and events > 5000


def test_four_threads_each_with_its_own_parser(example: Path) -> None:
    assert _python(example, """
        import threading
        import sandboxed_expat as expat
        results, errors = {}, []
        def work(n):
            try:
                for round in range(20):
                    parser = expat.ParserCreate()
                    seen = []
                    parser.StartElementHandler = lambda name, attrs: seen.append(
                        (name, attrs.get("n"), parser.CurrentLineNumber))
                    parser.CharacterDataHandler = lambda text: seen.append(text)
                    document = "<r>" + "".join(f"<e{n} n='{i}'>t{n}</e{n}>\\n"
                                               for i in range(300)) + "</r>"
                    parser.Parse(document, True)
                    starts = [item for item in seen if isinstance(item, tuple)]
                    assert starts[1:] == [(f"e{n}", str(i), i + 1) for i in range(300)]
                    assert seen.count(f"t{n}") == 300
                results[n] = True
            except BaseException as error:
                errors.append(error)
        threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
        for thread in threads: thread.start()
        for thread in threads: thread.join()
        assert not errors, errors
        assert sorted(results) == [0, 1, 2, 3]
        print("ok")
        """).strip() == "ok"


def test_a_handler_that_raises(example: Path) -> None:
    assert _python(example, """
        import traceback
        import pyexpat
        import sandboxed_expat as expat
        for module in (pyexpat, expat):
            calls = []
            parser = module.ParserCreate()
            def start(name, attrs):
                calls.append(name)
                if name == "b":
                    raise KeyError(name)
            parser.StartElementHandler = start
            parser.EndElementHandler = lambda name: calls.append("/" + name)
            try:
                parser.Parse(b"<a><b><c/></b></a>", True)
            except KeyError as error:
                frames = [(f.name, f.filename.rsplit("/", 1)[-1])
                          for f in traceback.extract_tb(error.__traceback__)]
            # The exception ends the handler calls and surfaces from Parse, the
            # handlers are gone, and the traceback has pyexpat's shape.
            assert calls == ["a", "b"], calls
            assert parser.StartElementHandler is None and parser.EndElementHandler is None
            assert frames[1:] == [("StartElement", "pyexpat.c"), ("start", "<string>")], frames
        # The sandbox is fine afterwards: a new parser works.
        parser = expat.ParserCreate()
        parser.StartElementHandler = lambda name, attrs: calls.append(name)
        assert parser.Parse("<z/>", True) == 1 and calls[-1] == "z"
        print("ok")
        """).strip() == "ok"


def test_a_handler_that_stops_the_parser(example: Path) -> None:
    assert _python(example, """
        import sandboxed_expat as expat
        parser = expat.ParserCreate()
        seen = []
        def start(name, attrs):
            seen.append(name)
            if name == "stop":
                parser.StopParser()  # XML_StopParser, nested inside the callback
        parser.StartElementHandler = start
        try:
            parser.Parse(b"<a><b/><stop/><c/><d/></a>", True)
        except expat.ExpatError as error:
            assert error.code == expat.errors.codes[expat.errors.XML_ERROR_ABORTED], error
            assert str(error).startswith("parsing aborted: line 1"), error
        else:
            raise AssertionError("no error after XML_StopParser")
        assert seen == ["a", "b", "stop"], seen
        print("ok")
        """).strip() == "ok"


def test_hostile_documents_end_in_exceptions(example: Path) -> None:
    assert _python(example, """
        import sandboxed_expat as expat
        from sandboxed_expat import _expat
        laughs = ['<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol0 "lol">']
        laughs += [f'<!ENTITY lol{i} "' + f"&lol{i - 1};" * 10 + '">' for i in range(1, 10)]
        laughs = ("".join(laughs) + ']><lolz>&lol9;</lolz>').encode()
        parser = expat.ParserCreate()
        parser.CharacterDataHandler = lambda text: None
        try:
            parser.Parse(laughs, True)
        except expat.ExpatError as error:  # expat's own amplification limit
            assert error.code == expat.errors.codes[
                expat.errors.XML_ERROR_AMPLIFICATION_LIMIT_BREACH], error
        else:
            raise AssertionError("a billion laughs parsed")

        # The memory limit: expat's allocations fail, Parse raises, the process lives.
        expat.set_memory_limit(4 << 20)
        try:
            parser = expat.ParserCreate()
            parser.StartElementHandler = lambda name, attrs: None
            big = b"<r a='" + b"x" * (8 << 20) + b"'/>"
            try:
                parser.Parse(big, True)
            except expat.ExpatError as error:
                assert error.code == expat.errors.codes[expat.errors.XML_ERROR_NO_MEMORY]
            else:
                raise AssertionError("8 MiB parsed within 4 MiB")
        finally:
            expat.set_memory_limit(None)

        # A memory-safety bug, simulated: expat's m_processor, the function pointer
        # of its state machine (offset 284 of XML_ParserStruct for expat 2.5.0 on
        # wasm32 with XML_LARGE_SIZE), is overwritten, as an overflow could.
        victim, bystander = expat.ParserCreate(), expat.ParserCreate()
        victim.Parse(b"<a>", False)
        bystander.Parse(b"<a>", False)
        victim._sb.write(victim._parser + 284, b"\\xf0\\xff\\xff\\x7f")
        for _ in range(2):
            try:
                victim.Parse(b"<b/></a>", True)
            except expat.ExpatError as error:
                assert isinstance(error.__cause__, (_expat.Trap, _expat.SandboxPoisoned)), \\
                    repr(error.__cause__)
            else:
                raise AssertionError("no error after a trap")
        assert victim.ErrorLineNumber == 0 and victim.CurrentByteIndex == -1
        assert bystander.Parse(b"<b/></a>", True) == 1
        print("ok")
        """).strip() == "ok"


def test_the_hash_salt_comes_from_the_host(example: Path) -> None:
    # Every parser is seeded from os.urandom; expat never picks a salt itself: a
    # parser left unseeded (salt 0) would ask for randomness, which the sandbox
    # denies, and trap rather than fall back to a guessable salt.
    assert _python(example, """
        import os
        import sandboxed_expat as expat
        from sandboxed_expat import _expat, _parser
        salts = []
        real = _parser._salt
        _parser._salt = lambda: salts.append(real()) or salts[-1]
        for _ in range(3):
            expat.ParserCreate().Parse(b"<a b='c'/>", True)
        assert len(salts) == 3 and len(set(salts)) == 3 and 0 not in salts
        with _expat.Sandbox() as sb:
            parser = sb.sbx_expat(sb.sbx_create(None, None, 0))
            try:
                sb.XML_Parse(parser, b"<a/>", 4, 1)
            except _expat.Trap as trap:
                print("trapped", type(trap).__name__)
        """).startswith("trapped")


def test_sandboxes_go_with_their_parsers(example: Path) -> None:
    assert _python(example, """
        import gc, weakref
        import sandboxed_expat as expat
        parser = expat.ParserCreate()
        parser.ExternalEntityRefHandler = lambda *args: 1
        child = parser.ExternalEntityParserCreate(None)
        box = weakref.ref(parser._box)
        del parser
        gc.collect()
        assert box() is not None and not box().sb.closed  # the child still needs it
        sandbox = box().sb
        del child
        assert box() is None and sandbox.closed
        def rss():
            with open("/proc/self/statm") as f:
                return int(f.read().split()[1]) * 4096
        def churn():
            for _ in range(300):
                p = expat.ParserCreate()
                p.StartElementHandler = lambda name, attrs: None
                p.Parse(b"<r>" + b"<e a='1'/>" * 2000 + b"</r>", True)
        churn()
        before = rss()
        churn()
        assert rss() - before < 32 << 20, (before, rss())
        print("ok")
        """).strip() == "ok"
