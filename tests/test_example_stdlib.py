"""The example as a drop-in for the standard library's zlib module.

CPython's own test_zlib runs against an in-place build of example_project/setuptools
(through example_project/run_cpython_zlib_tests.py, as the README shows), and the
checks below cover what test_zlib cannot see: byte identity with the standard module,
a trap failing one stream only, sandboxes freed with their objects, and threads.
"""

from __future__ import annotations

import re
import subprocess
import sys
from typing import TYPE_CHECKING

import pytest
from projects import REPO, build_example, python_with_example, run_with_example

if TYPE_CHECKING:
    from pathlib import Path

RUNNER = REPO / "example_project" / "run_cpython_zlib_tests.py"
SUMMARY = re.compile(r"sandboxed test_zlib: (\d+) run, (\d+) passed, (\d+) failed, "
                     r"(\d+) errors, (\d+) skipped")

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def example(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """example_project/setuptools, copied and built in place."""
    return build_example("setuptools", tmp_path_factory.mktemp("stdlib"))


def _run(argv: list[str], example: Path) -> subprocess.CompletedProcess[str]:
    return run_with_example(argv, example, timeout=600)


def _python(example: Path, code: str) -> str:
    return python_with_example(example, code, timeout=600)


def test_cpython_test_zlib_passes(example: Path) -> None:
    pytest.importorskip("test.test_zlib", reason="this Python ships without its test suite")
    result = _run([sys.executable, str(RUNNER), "--path", str(example)], example)
    output = result.stdout + result.stderr
    summary = SUMMARY.search(output)
    assert summary, output[-3000:]
    run, passed, failed, errors, skipped = map(int, summary.groups())
    assert (failed, errors) == (0, 0), output[-6000:]
    assert result.returncode == 0, output[-3000:]
    # Only the bigmem tests may skip (they need -M and gigabytes; see the README).
    skips = re.findall(r"^  skipped (\S+): (.*)$", output, re.MULTILINE)
    assert len(skips) == skipped
    assert all(reason.startswith("not enough memory") for _, reason in skips), skips
    assert passed == run - skipped and passed >= 60


def test_output_is_byte_identical_to_the_standard_module(example: Path) -> None:
    assert _python(example, """
        import random, zlib
        import sandboxed_zlib as sz
        rng = random.Random(3)
        words = [bytes(rng.choice(b"etaoinshrdlu") for _ in range(rng.randint(1, 8)))
                 for _ in range(500)]
        data = b" ".join(rng.choice(words) for _ in range(60000)) + rng.randbytes(30000)
        for level in range(-1, 10):
            sample = data if level else data[:60000]  # level 0: see README, differences
            for wbits in (9, 15, -15, 31):
                assert sz.compress(sample, level, wbits) == zlib.compress(sample, level, wbits)
            for strategy in range(5):
                streams = []
                for module in (zlib, sz):
                    co = module.compressobj(level, module.DEFLATED, 15, 9, strategy,
                                            zdict=b"etaoin shrdlu")
                    streams.append(co.compress(sample[:7000]) + co.flush(zlib.Z_SYNC_FLUSH)
                                   + co.compress(sample[7000:]) + co.flush())
                assert streams[0] == streams[1], (level, strategy)
        print("ok")
        """).strip() == "ok"


def test_a_trap_fails_its_stream_and_copies_and_nothing_else(example: Path) -> None:
    assert _python(example, """
        import struct, zlib
        import sandboxed_zlib as sz
        from sandboxed_zlib import _zlib
        data = bytes(range(256)) * 4000
        packed = zlib.compress(data)
        victim, bystander = sz.decompressobj(), sz.decompressobj()
        head = victim.decompress(packed[:500])
        assert bystander.decompress(packed[:500]) == head
        twin = victim.copy()  # copies share their original's sandbox
        # A memory-safety bug, simulated: zlib's state pointer now leads outside memory.
        victim._zs.sandbox.write(victim._zs.ptr + 28, struct.pack("<I", 0xFFFFFFF0))
        for stream in (victim, victim, twin):
            try:
                stream.decompress(packed[500:])
            except sz.error as error:
                assert isinstance(error.__cause__, _zlib.OutOfBounds), repr(error.__cause__)
            else:
                raise AssertionError("no error after a trap")
        for stream in (victim, twin):
            try:
                stream.copy()
            except sz.error:
                pass
            else:
                raise AssertionError("copied a failed stream")
        assert head + bystander.decompress(packed[500:]) + bystander.flush() == data
        assert sz.decompress(packed) == data and sz.compressobj().flush()
        print("ok")
        """).strip() == "ok"


def test_sandboxes_go_with_their_streams(example: Path) -> None:
    assert _python(example, """
        import gc, weakref
        import sandboxed_zlib as sz
        co = sz.compressobj(9)
        head = co.compress(b"abc" * 100000)
        twin = co.copy()
        sandbox = weakref.ref(co._zs.box.sb)
        assert twin._zs.box.sb is sandbox()
        del co
        gc.collect()
        assert sandbox() is not None and not sandbox().closed  # the copy still needs it
        assert sz.decompress(head + twin.flush()) == b"abc" * 100000
        del twin
        gc.collect()
        assert sandbox() is None or sandbox().closed
        # Many short-lived streams: memory comes back (the process does not grow).
        def rss():
            with open("/proc/self/statm") as f:
                return int(f.read().split()[1]) * 4096
        def churn():
            for _ in range(300):
                do = sz.decompressobj()
                do.decompress(sz.compress(b"xyz" * 30000))
                sz.compressobj().compress(b"q" * 70000)
        churn()
        before = rss()
        churn()
        assert rss() - before < 32 << 20, (before, rss())
        print("ok")
        """).strip() == "ok"


def test_objects_are_shared_by_threads_one_call_at_a_time(example: Path) -> None:
    assert _python(example, """
        import threading, zlib
        import sandboxed_zlib as sz
        co = sz.compressobj(1)
        outputs, errors = [], []
        def writer(n):
            try:
                for i in range(300):
                    record = b"%02d:%05d|" % (n, i) * 40
                    outputs.append(co.compress(record))
            except BaseException as error:
                errors.append(error)
        threads = [threading.Thread(target=writer, args=(n,)) for n in range(6)]
        for thread in threads: thread.start()
        for thread in threads: thread.join()
        assert not errors, errors
        stream = zlib.decompress(b"".join(outputs) + co.flush())
        # Each compress() call went in whole: the stream is 1800 intact records.
        records = [stream[i:i + 360] for i in range(0, len(stream), 360)]
        assert len(records) == 1800
        assert all(r == r[:9] * 40 for r in records)
        # Streams in different sandboxes run in parallel and agree with the stdlib.
        data = bytes(range(256)) * 20000
        results = {}
        def compress(n):
            results[n] = sz.compress(data, n % 9 + 1)
        threads = [threading.Thread(target=compress, args=(n,)) for n in range(4)]
        for thread in threads: thread.start()
        for thread in threads: thread.join()
        assert all(results[n] == zlib.compress(data, n % 9 + 1) for n in range(4))
        print("ok")
        """).strip() == "ok"


def test_past_the_sandbox_limit_streams_share_and_still_work(example: Path) -> None:
    # Every sandbox takes two memory mappings (vm.max_map_count allows 65530), so past
    # SANDBOX_LIMIT live sandboxes new streams share one, SHARED_STREAMS at a time.
    assert _python(example, """
        import struct, zlib
        import sandboxed_zlib as sz
        from sandboxed_zlib import _zstream
        _zstream.SANDBOX_LIMIT = _zstream.Box.owned + 2
        _zstream.SHARED_STREAMS = 3
        data = bytes(range(256)) * 1000
        packed = zlib.compress(data)
        streams = [sz.decompressobj() for _ in range(8)]
        boxes = [stream._zs.box for stream in streams]
        assert len({id(box) for box in boxes}) == 2 + 2  # 2 own, 6 streams in 2 shared
        heads = [stream.decompress(packed[:300]) for stream in streams]
        victim = streams[3]
        victim._zs.sandbox.write(victim._zs.ptr + 28, struct.pack("<I", 0xFFFFFFF0))
        outcome = []
        for stream, head in sorted(zip(streams, heads), key=lambda pair: pair[0] is not victim):
            try:
                outcome.append(head + stream.decompress(packed[300:]) + stream.flush() == data)
            except sz.error as error:
                outcome.append(type(error.__cause__).__name__)
        failed = [box is boxes[3] for box in boxes]
        assert sorted(map(str, outcome)) == sorted(
            "OutOfBounds" if f else "True" for f in failed), outcome
        print("ok")
        """).strip() == "ok"


def test_a_time_limit_stops_a_decompression_bomb(example: Path) -> None:
    assert _python(example, """
        import time, zlib
        import sandboxed_zlib as sz
        packer = zlib.compressobj(9)
        zeros = bytes(1 << 20)
        bomb = b"".join(packer.compress(zeros) for _ in range(1024)) + packer.flush()
        assert len(bomb) < 2 << 20  # 1 GiB of zeros
        sz.set_time_limit(0.05)
        for run in (lambda: sz.decompress(bomb), lambda: sz.decompressobj().decompress(bomb)):
            start = time.monotonic()
            try:
                run()
            except sz.error as error:
                assert type(error.__cause__).__name__ == "Timeout", repr(error.__cause__)
                assert time.monotonic() - start < 2.05
            else:
                raise AssertionError("the bomb went off")
        sz.set_time_limit(None)
        assert sz.decompress(zlib.compress(b"still here")) == b"still here"
        print("ok")
        """).strip() == "ok"

