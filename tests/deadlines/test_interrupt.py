"""Ctrl-C: SIGINT while the main thread is inside a sandboxed call runs Python's handler
first, then ends the call (KeyboardInterrupt, or what the handler raised); the sandbox
is poisoned, the process carries on. Each case runs in a child process, which the test
sends SIGINT once the child says it is inside the call (from a Python import the call
makes first)."""

from __future__ import annotations

import os
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
    import os, signal, sys, threading, time
    sys.path.insert(0, sys.argv[1])
    M = __import__(sys.argv[2])
    case = sys.argv[3]
    called = []

    class Stop(Exception):
        pass

    if case == "custom-handler":
        signal.signal(signal.SIGINT, lambda signum, frame: called.append(signum))
    elif case == "raising-handler":
        def stop(signum, frame):
            raise Stop("raised by the handler")
        signal.signal(signal.SIGINT, stop)
    elif case == "ignored":
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    elif case == "handler-uses-the-sandbox":
        # It runs while the interrupted call still holds the sandbox: refused, not a hang.
        signal.signal(signal.SIGINT, lambda signum, frame: sb.reset())

    inside = threading.Event()

    def host_tick(n):
        if not inside.is_set():  # the call's first import: it is inside
            inside.set()
            print("ready", flush=True)
        return 0

    sb = M.Sandbox(clock=True, imports={"host_tick": host_tick},
                   time_limit=3 if case == "ignored" else None)
    calls = {
        "loop-in-wasm": sb.tick_then_spin,
        "loop-of-python-imports": sb.tick_until_negative,
        "sleep-in-wasi": lambda: sb.tick_then_sleep_ms(3_600_000),
    }
    call = calls.get(case, sb.tick_then_spin)
    if case == "signal-to-another-thread":
        # The signal lands on a thread that is not in a call: the main thread's ends.
        def send():
            inside.wait()
            time.sleep(0.2)
            signal.pthread_kill(threading.get_ident(), signal.SIGINT)
        threading.Thread(target=send).start()
    try:
        call()
        print("returned")
    except KeyboardInterrupt:
        print("KeyboardInterrupt", "handler called" if called else "")
    except Stop as error:
        print("Stop:", error)
    except RuntimeError as error:
        print("RuntimeError:", str(error).split(";")[0])
    except M.Timeout:
        print("Timeout")
    print("poisoned" if sb.poisoned else "not poisoned")
    sb.reset()
    print("alive", sb.count_to(5))
    """)

# case -> what the child prints after "ready"
CASES = {
    "loop-in-wasm": "KeyboardInterrupt \npoisoned\nalive 5",
    "loop-of-python-imports": "KeyboardInterrupt \npoisoned\nalive 5",
    "sleep-in-wasi": "KeyboardInterrupt \npoisoned\nalive 5",
    "custom-handler": "KeyboardInterrupt handler called\npoisoned\nalive 5",
    "raising-handler": "Stop: raised by the handler\npoisoned\nalive 5",
    "signal-to-another-thread": "KeyboardInterrupt \npoisoned\nalive 5",
    # SIG_IGN: Ctrl-C does nothing; the call's own time limit ends it.
    "ignored": "Timeout\npoisoned\nalive 5",
    "handler-uses-the-sandbox": "RuntimeError: cannot reset the sandbox from inside a call "
                                "on it (a callback or an output callable it runs)\npoisoned\n"
                                "alive 5",
}


def run_child(M: ModuleType, case: str, tmp_path: Path) -> str:
    script = tmp_path / "child.py"
    script.write_text(CHILD)
    folder = str(Path(M.__file__).parent)
    child = subprocess.Popen([sys.executable, str(script), folder, M.__name__, case],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None
        assert child.stdout.readline() == "ready\n"
        if case != "signal-to-another-thread":
            time.sleep(0.2)  # (back in the library by now, or the import ends the call)
            child.send_signal(signal.SIGINT)
        out, err = child.communicate(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == 0, err
    return out.strip()


@pytest.mark.parametrize("case", list(CASES))
def test_ctrl_c_ends_the_call(M: ModuleType, case: str, tmp_path: Path) -> None:
    assert run_child(M, case, tmp_path) == CASES[case]


def test_an_unknown_deadline_signal_is_refused(M: ModuleType, tmp_path: Path) -> None:
    script = tmp_path / "child.py"
    script.write_text("import sys; sys.path.insert(0, sys.argv[1]); __import__(sys.argv[2])\n")
    result = subprocess.run([sys.executable, str(script), str(Path(M.__file__).parent),
                             M.__name__], capture_output=True, text=True,
                            env={**os.environ, "WASMBOX_DEADLINE_SIGNAL": "1"}, check=False)
    assert result.returncode != 0
    assert "ImportError: WASMBOX_DEADLINE_SIGNAL=1: use a real-time signal number" in \
        result.stderr


TAKEOVER = textwrap.dedent("""\
    import ctypes, os, signal, sys, time
    ours = signal.SIGRTMIN + 3
    os.environ["WASMBOX_DEADLINE_SIGNAL"] = str(int(ours))
    sys.path.insert(0, sys.argv[1])
    M = __import__(sys.argv[2])

    def stopped(sb):
        try:
            sb.spin()
        except M.Timeout:
            return "stopped"
        return "returned"

    # Python code takes the signal: its own signals still reach it, and time limits work.
    seen = []
    signal.signal(ours, lambda signum, frame: seen.append(signum))
    os.kill(os.getpid(), ours)
    time.sleep(0.05)
    print("program's handler", "called" if seen else "not called")
    sb = M.Sandbox(time_limit=0.05)
    print("after signal.signal:", stopped(sb))
    # C code takes it (here: ignores it) behind Python's back, after the sandbox was
    # made: a timed call takes it back (at most a second after the last look).
    libc = ctypes.CDLL(None)
    libc.signal.restype = ctypes.c_void_p
    libc.signal.argtypes = [ctypes.c_int, ctypes.c_void_p]
    libc.signal(int(ours), ctypes.c_void_p(1))  # SIG_IGN
    time.sleep(1.1)
    sb.reset()
    print("after a C takeover:", stopped(sb))
    libc.signal(int(ours), ctypes.c_void_p(1))
    print("with a new sandbox:", stopped(M.Sandbox(time_limit=0.05)))
    """)


def test_a_program_taking_the_deadline_signal_is_detected(M: ModuleType,
                                                          tmp_path: Path) -> None:
    result = run_script(M, TAKEOVER, tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "program's handler called", "after signal.signal: stopped",
        "after a C takeover: stopped", "with a new sandbox: stopped"]
