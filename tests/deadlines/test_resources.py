"""What time limits hold: one timer per clock per thread, made on the thread's first
timed call, reused, and deleted when the thread ends; nothing grows with the number of
calls stopped. And a child process made by fork() has time limits of its own."""

from __future__ import annotations

import os
import resource
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from types import ModuleType


def timers() -> int:
    """The process's POSIX timers (Linux lists them in /proc/<pid>/timers)."""
    return Path("/proc/self/timers").read_text().count("ID:")


def rss_kib() -> int:
    return int(Path("/proc/self/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE") \
        // 1024


@pytest.mark.slow
def test_a_thousand_deadlines_leak_nothing(M: ModuleType) -> None:
    with M.Sandbox(time_limit=0.001) as sb:
        for _ in range(50):  # warm up: the allocator and the pools settle
            with pytest.raises(M.Timeout):
                sb.spin()
            sb.reset()
        before_rss, before_timers = rss_kib(), timers()
        for _ in range(1000):
            with pytest.raises(M.Timeout):
                sb.spin()
            sb.reset()
        assert timers() == before_timers
        assert rss_kib() - before_rss < 8 * 1024, "RSS grew by more than 8 MiB"


def test_threads_give_their_timers_back(M: ModuleType) -> None:
    before = timers()

    def worker() -> None:
        with M.Sandbox(time_limit=0.01, cpu_limit=10) as sb, pytest.raises(M.Timeout):
            sb.spin()

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    # join() returns once the Python thread is done; the OS thread deletes its timers a
    # moment later, as it exits.
    deadline = time.monotonic() + 10
    while timers() != before and time.monotonic() < deadline:
        time.sleep(0.01)
    assert timers() == before


def test_a_call_without_limits_makes_no_timer(M: ModuleType) -> None:
    got: list[int] = []

    def worker() -> None:
        before = timers()
        with M.Sandbox() as sb:
            sb.count_to(1000)
        got.append(timers() - before)

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    assert got == [0]


def test_time_limits_work_in_a_forked_child(M: ModuleType) -> None:
    with M.Sandbox(time_limit=0.02) as sb, pytest.raises(M.Timeout):
        sb.spin()  # the parent's thread has its timers now
    pid = os.fork()
    if pid == 0:  # the child: timers are not inherited; its calls make their own
        status = 1
        try:
            with M.Sandbox(time_limit=0.02) as child_sb:
                try:
                    child_sb.spin()
                except M.Timeout:
                    status = 0 if timers() >= 1 else 2
        finally:
            os._exit(status)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    resource.getrusage(resource.RUSAGE_CHILDREN)  # reaped
