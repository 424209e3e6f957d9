"""M.interrupt_signals(): signals besides SIGINT that end a sandboxed call as Ctrl-C
does, opted into for the whole process. Each case runs in a child process, which the
test sends the signal once the child says it is inside the call (test_interrupt.py
covers SIGINT itself)."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from spinlib import run_script

if TYPE_CHECKING:
    from types import ModuleType

CHILD = textwrap.dedent("""\
    import signal, sys, threading, time
    sys.path[:0] = [sys.argv[1], sys.argv[3]]
    M = __import__(sys.argv[2])
    other = __import__(sys.argv[4])  # another wasmbox module in the same process
    case = sys.argv[5]
    TIME_LIMIT = 1.5
    called = []

    class Stop(Exception):
        pass

    def record(signum, frame):
        called.append(time.monotonic())

    def stop(signum, frame):
        called.append(time.monotonic())
        raise Stop("raised by the handler")

    def exit_(signum, frame):
        raise SystemExit("terminated")

    both = {signal.SIGINT, signal.SIGTERM}
    if case.startswith("SIGTERM"):
        assert M.interrupt_signals(both) == {signal.SIGINT}  # the set before
        assert M.interrupt_signals() == both
    if case in ("SIGTERM-raises", "SIGTERM-raises-in-an-import"):
        signal.signal(signal.SIGTERM, exit_)
    elif case in ("SIGTERM-returns", "SIGTERM-returns-in-a-nested-call"):
        signal.signal(signal.SIGTERM, record)
    elif case == "SIGTERM-default":
        signal.signal(signal.SIGTERM, signal.SIG_DFL)  # the signal's own meaning: the end
    elif case == "SIGUSR1-not-in-the-set":
        signal.signal(signal.SIGUSR1, stop)
    elif case == "SIGINT-taken-out":
        def ctrl_c(signum, frame):
            called.append(time.monotonic())
            raise KeyboardInterrupt
        signal.signal(signal.SIGINT, ctrl_c)
        M.interrupt_signals(set())  # SIGINT's handler is Python's alone again
    elif case == "set-by-the-other-module":
        # One set for the process: what one module sets, the other's calls obey. (And
        # the handler set before the signal joins the set, where the cases above set it
        # after.)
        signal.signal(signal.SIGTERM, exit_)
        other.interrupt_signals(both)
        assert M.interrupt_signals() == both

    inside = threading.Event()

    def host_tick(n):
        if not inside.is_set():  # the call's first import: it is inside
            inside.set()
            print("ready", flush=True)
            if case.endswith("in-a-nested-call"):
                return sb.spin()  # a call from the import into the same sandbox
        return 0

    timed = case in ("SIGUSR1-not-in-the-set", "SIGINT-taken-out")
    sb = M.Sandbox(clock=True, imports={"host_tick": host_tick},
                   time_limit=TIME_LIMIT if timed else None)
    call = sb.tick_until_negative if case.endswith("in-an-import") else sb.tick_then_spin
    start = time.monotonic()
    outcome = "nothing"
    try:
        try:
            call()
            outcome = "returned"
        except M.Timeout:
            outcome = "Timeout"
        except M.Interrupted as error:
            outcome = (f"Interrupted {error.signal!r} trap={isinstance(error, M.Trap)} "
                       f"handler called={bool(called)}: {error}")
        except SystemExit as error:
            outcome = f"SystemExit: {error}"
        time.sleep(0.1)  # any handler left runs by now
    except (Stop, KeyboardInterrupt) as error:
        # Run after the call: it ended by its time limit, not by the signal.
        after = called[0] - start >= TIME_LIMIT if called else "no handler ran"
        outcome += f", then {type(error).__name__} after the call: {after}"
    print(outcome)
    print("poisoned" if sb.poisoned else "not poisoned")
    sb.reset()
    print("alive", sb.count_to(5))
    """)

# case -> (the signal the test sends, what the child prints after "ready")
CASES = {
    "SIGTERM-raises": (signal.SIGTERM, "SystemExit: terminated\npoisoned\nalive 5"),
    "SIGTERM-raises-in-an-import": (signal.SIGTERM, "SystemExit: terminated\npoisoned\nalive 5"),
    "SIGTERM-returns": (signal.SIGTERM,
                        "Interrupted <Signals.SIGTERM: 15> trap=True handler called=True: "
                        "tick_then_spin() was stopped by SIGTERM (one of "
                        "M.interrupt_signals()), whose handler returned: the library cannot "
                        "resume\npoisoned\nalive 5"),
    # The nested call ends first, then the call around it, with the same exception.
    "SIGTERM-returns-in-a-nested-call": (
        signal.SIGTERM,
        "Interrupted <Signals.SIGTERM: 15> trap=True handler called=True: spin() was stopped "
        "by SIGTERM (one of M.interrupt_signals()), whose handler returned: the library "
        "cannot resume\npoisoned\nalive 5"),
    "SIGUSR1-not-in-the-set": (signal.SIGUSR1,
                               "Timeout, then Stop after the call: True\npoisoned\nalive 5"),
    "SIGINT-taken-out": (signal.SIGINT,
                         "Timeout, then KeyboardInterrupt after the call: True\npoisoned\n"
                         "alive 5"),
    "set-by-the-other-module": (signal.SIGTERM, "SystemExit: terminated\npoisoned\nalive 5"),
}


def run_child(M: ModuleType, other: ModuleType, case: str, sig: int,
              tmp_path: Path) -> subprocess.CompletedProcess[str]:
    script = tmp_path / "child.py"
    script.write_text(CHILD)
    child = subprocess.Popen([sys.executable, str(script), str(Path(M.__file__).parent),
                              M.__name__, str(Path(other.__file__).parent), other.__name__,
                              case],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None
        assert child.stdout.readline() == "ready\n"
        time.sleep(0.2)  # (back in the library by now, or the import ends the call)
        child.send_signal(sig)
        out, err = child.communicate(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    return subprocess.CompletedProcess(child.args, child.returncode, out, err)


def other_module(M: ModuleType, modules: dict[str, ModuleType]) -> ModuleType:
    return next(module for module in modules.values() if module is not M)


@pytest.mark.parametrize("case", list(CASES))
def test_an_interrupt_signal_ends_the_call(M: ModuleType, modules: dict[str, ModuleType],
                                           case: str, tmp_path: Path) -> None:
    sig, expected = CASES[case]
    result = run_child(M, other_module(M, modules), case, sig, tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == expected


def test_sig_dfl_keeps_its_meaning(M: ModuleType, modules: dict[str, ModuleType],
                                   tmp_path: Path) -> None:
    """SIGTERM in the set with its default action: the process ends, as without wasmbox."""
    result = run_child(M, other_module(M, modules), "SIGTERM-default", signal.SIGTERM,
                       tmp_path)
    assert result.returncode == -signal.SIGTERM


REFUSED = textwrap.dedent("""\
    import os, signal, sys
    os.environ["WASMBOX_DEADLINE_SIGNAL"] = str(int(signal.SIGRTMIN + 3))
    sys.path.insert(0, sys.argv[1])
    M = __import__(sys.argv[2])
    for signals in ([signal.SIGKILL], [signal.SIGSTOP], [signal.SIGSEGV], [signal.SIGBUS],
                    [signal.SIGFPE], [signal.SIGILL], [signal.SIGABRT],
                    [signal.SIGRTMIN + 3], [0], [65], ["SIGTERM"], [signal.SIGTERM, -1], 15):
        try:
            M.interrupt_signals(signals)
        except (ValueError, TypeError) as error:
            print(type(error).__name__, error)
    print(sorted(M.interrupt_signals()))  # unchanged by the refusals
    print(sorted(M.interrupt_signals({signal.SIGRTMIN + 4, signal.SIGUSR2})))
    print(sorted(M.interrupt_signals()))
    """)


def test_signals_that_cannot_end_a_call_are_refused(M: ModuleType, tmp_path: Path) -> None:
    result = run_script(M, REFUSED, tmp_path)
    assert result.returncode == 0, result.stderr
    prefix = "ValueError interrupt_signals(): "
    cannot = "; it cannot end a sandboxed call"
    rt = int(signal.SIGRTMIN)
    assert result.stdout.splitlines() == [
        prefix + "SIGKILL cannot be caught" + cannot,
        prefix + "SIGSTOP cannot be caught" + cannot,
        prefix + "SIGSEGV reports faults, which guard-mode memory checks and faulthandler "
                 "handle" + cannot,
        prefix + "SIGBUS reports faults, which guard-mode memory checks and faulthandler "
                 "handle" + cannot,
        prefix + "SIGFPE reports faults, which faulthandler handles" + cannot,
        prefix + "SIGILL reports faults, which faulthandler handles" + cannot,
        prefix + "SIGABRT is abort(), which faulthandler handles" + cannot,
        prefix + f"signal {rt + 3} is the one time limits use (set WASMBOX_DEADLINE_SIGNAL "
                 "to move them to another)",
        prefix + "0 is not a signal number (1 to 64); use the signal module's, e.g. "
                 "signal.SIGTERM",
        prefix + "65 is not a signal number (1 to 64); use the signal module's, e.g. "
                 "signal.SIGTERM",
        prefix + "'SIGTERM' is not a signal number (1 to 64); use the signal module's, e.g. "
                 "signal.SIGTERM",
        prefix + "-1 is not a signal number (1 to 64); use the signal module's, e.g. "
                 "signal.SIGTERM",
        "TypeError interrupt_signals(15): give a set of signal numbers, e.g. "
        "{signal.SIGINT, signal.SIGTERM}",
        "[<Signals.SIGINT: 2>]",
        "[<Signals.SIGINT: 2>]",
        f"[<Signals.SIGUSR2: 12>, {rt + 4}]",
    ]
