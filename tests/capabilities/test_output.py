"""stdout/stderr captured with a cap, or handed to Python callables: every byte
arrives, in order; a callable that raises fails the library's write (EIO) and its
exception is raised when the sandbox call returns."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

import pytest
from capslib import EIO, Probe

if TYPE_CHECKING:
    from types import ModuleType


def expected_stream(count: int) -> bytes:
    """What p_write_stream(fd, count) writes."""
    total = sum(i % 37 + 1 for i in range(count))
    return bytes(i % 251 for i in range(total))


def test_capture_limit_keeps_the_first_bytes_and_says_so(probe: ModuleType) -> None:
    with Probe(probe, stdout="capture", capture_limit=100) as p:
        assert p.write_fd(1, b"a" * 60) == 60
        assert not p.sb.stdout_truncated
        assert p.write_fd(1, b"b" * 60) == 60  # reported written: the library carries on
        assert p.write_fd(1, b"c") == 1
        assert p.sb.stdout == b"a" * 60 + b"b" * 40
        assert p.sb.stdout_truncated and not p.sb.stderr_truncated
    with Probe(probe, stderr="capture", capture_limit=0) as p:
        p.write_fd(2, b"x")
        assert p.sb.stderr == b"" and p.sb.stderr_truncated


def test_default_capture_limit_is_one_mebibyte(probe: ModuleType) -> None:
    with Probe(probe, stdout="capture") as p:
        count = 60000  # ~1.1 MB
        assert p.sb.p_write_stream(1, count) == len(expected_stream(count))
        assert p.sb.stdout == expected_stream(count)[: 1 << 20]
        assert p.sb.stdout_truncated


def test_callable_receives_every_byte_in_order(probe: ModuleType) -> None:
    out: list[bytes] = []
    err: list[bytes] = []
    with Probe(probe, stdout=out.append, stderr=err.append) as p:
        assert p.sb.p_write_stream(1, 5000) == len(expected_stream(5000))
        assert p.printf("line one\nline two\n") == 18
        assert p.sb.p_fputs_stderr(p.cstr("oops\n")) == 0
    assert b"".join(out) == expected_stream(5000) + b"line one\nline two\n"
    assert all(isinstance(chunk, bytes) and chunk for chunk in out)
    assert len(out) >= 5000  # one call per write()
    assert b"".join(err) == b"oops\n"


def test_callables_in_many_threads(probe: ModuleType) -> None:
    results: dict[int, bytes] = {}
    errors: list[BaseException] = []

    def work(n: int) -> None:
        chunks: list[bytes] = []
        try:
            with Probe(probe, stdout=chunks.append) as p:
                for _ in range(5):
                    p.sb.p_write_stream(1, 500)
            results[n] = b"".join(chunks)
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors, errors
    assert all(results[n] == expected_stream(500) * 5 for n in range(4))


class SinkError(Exception):
    pass


def test_an_exception_in_the_callable_is_raised_after_the_call(probe: ModuleType) -> None:
    calls: list[bytes] = []

    def sink(chunk: bytes) -> None:
        calls.append(chunk)
        raise SinkError("the sink broke")

    with Probe(probe, stdout=sink, stderr="capture") as p:
        with pytest.raises(SinkError, match="the sink broke") as raised:
            p.sb.p_write_report(1, p.cstr(b"abc"), 3)
        assert raised.traceback[-1].name == "sink"  # the callable's own traceback
        assert p.sb.stderr == f"-{EIO}".encode()  # the library saw its write fail
        # Later writes of that call failed without calling the sink again.
        with pytest.raises(SinkError):
            p.sb.p_write_stream(1, 3)
        assert len(calls) == 2
        # The sandbox is not poisoned: the library handled a failed write.
        assert p.sb.p_environ_count() == 0
        assert not p.sb.poisoned


def test_a_callable_error_and_a_trap_in_one_call(probe: ModuleType) -> None:
    def sink(chunk: bytes) -> None:
        raise SinkError(chunk)

    with Probe(probe, stdout=sink) as p:
        with pytest.raises(probe.SandboxExit) as raised:
            p.sb.p_printf_exit(p.cstr("partial"), 3)  # exit() flushes: the sink raises
        assert raised.value.code == 3
        assert isinstance(raised.value.__context__, SinkError)
        assert raised.value.__context__.args == (b"partial",)


def test_a_callable_may_read_captured_output_but_not_reenter(probe: ModuleType) -> None:
    seen: list[object] = []
    box: list[Probe] = []

    def sink(chunk: bytes) -> None:
        sb = box[0].sb
        seen.append(sb.stderr)  # fine: the call is paused in this import
        seen.append(len(sb.memory))  # a view of memory is fine too
        sb.read(0, 1)  # would wait for itself: refused

    with Probe(probe, stdout=sink, stderr="capture") as p:
        box.append(p)
        p.write_fd(2, b"before")
        with pytest.raises(RuntimeError, match="busy with the call"):
            p.write_fd(1, b"x")
        assert seen[0] == b"before" and isinstance(seen[1], int)
        assert p.sb.p_environ_count() == 0  # and it still works


def test_a_sink_referring_to_its_sandbox_is_collected(probe: ModuleType) -> None:
    import gc
    import weakref

    class Holder:
        sb: object = None

        def write(self, chunk: bytes) -> None:
            pass

    holder = Holder()
    holder.sb = probe.Sandbox(stdout=holder.write)  # a cycle: sb -> method -> holder -> sb
    ref = weakref.ref(holder.sb)
    del holder
    gc.collect()
    assert ref() is None
