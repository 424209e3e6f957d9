"""doctor's lines about the interpreter: which Python, free-threaded or not, what a build makes."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
import sysconfig

from projects import REPO

from wasmbox_build.cli.python_survey import PythonFacts, facts_here, report

GIL_314 = PythonFacts("CPython", "3.14.10", "/usr/bin/python3.14", free_threaded=False,
                      gil_enabled=True, ext_suffix=".cpython-314-x86_64-linux-gnu.so",
                      platform_tag="linux_x86_64")
FREE_314 = dataclasses.replace(GIL_314, version="3.14.10", executable="/opt/py/bin/python3.14t",
                               free_threaded=True, gil_enabled=False,
                               ext_suffix=".cpython-314t-x86_64-linux-gnu.so")


def test_a_gil_build_says_so_and_names_its_module_and_wheel_tag() -> None:
    assert report(GIL_314) == [
        "Python: CPython 3.14.10, with the GIL (/usr/bin/python3.14)",
        "a version-specific build here makes: <name>.cpython-314-x86_64-linux-gnu.so, "
        "wheel tag cp314-cp314-linux_x86_64"]


def test_a_free_threaded_build_says_whether_the_gil_is_on_and_what_our_modules_do() -> None:
    lines = report(FREE_314)
    assert lines[:2] == [
        "Python: CPython 3.14.10, free-threaded (3.14t), the GIL off (/opt/py/bin/python3.14t)",
        "a version-specific build here makes: <name>.cpython-314t-x86_64-linux-gnu.so, "
        "wheel tag cp314-cp314t-linux_x86_64"]
    assert lines[2].startswith("without the GIL: "), lines
    assert report(dataclasses.replace(FREE_314, gil_enabled=True))[0].startswith(
        "Python: CPython 3.14.10, free-threaded (3.14t), the GIL on ")


def test_doctor_prints_this_python() -> None:
    facts = facts_here()
    assert facts.version == "{}.{}.{}".format(*sys.version_info[:3])
    assert facts.ext_suffix == sysconfig.get_config_var("EXT_SUFFIX")
    assert facts.free_threaded is bool(sysconfig.get_config_var("Py_GIL_DISABLED"))
    doctor = subprocess.run([sys.executable, "-m", "wasmbox_build", "doctor"], cwd=REPO,
                            capture_output=True, text=True, check=True)
    lines = doctor.stdout.splitlines()
    assert lines[1:3] == report(facts), lines[:4]
