"""The PySide6 reference leak that kills a long session, and the pin that keeps it out.

PySide6 6.12.0 on Python 3.11 takes a reference away from ``None`` on every wrapped call
that returns nothing; after a few thousand the interpreter aborts (``none_dealloc``). A
60 fps session makes that many calls in seconds (docs/platform.md).
"""

from __future__ import annotations

import subprocess
import sys
from importlib import metadata

import pytest
from packaging.requirements import Requirement
from packaging.version import Version

CALLS = 1000

COUNT = f"""
import sys
from PySide6.QtCore import QObject
before = sys.getrefcount(None)
for _ in range({CALLS}):
    QObject().setObjectName("x")
print(before, sys.getrefcount(None))
"""


def test_void_calls_do_not_take_references_from_none() -> None:
    # in a child: if the leak is there, the test process itself must not abort
    done = subprocess.run(
        [sys.executable, "-c", COUNT], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    before, after = map(int, done.stdout.split())
    assert before - after < CALLS // 2, f"None lost {before - after} references in {CALLS} calls"


def pyside_requirements(python: str) -> dict[str, Requirement]:
    """breathe's PySide6 requirements that apply on Python ``python`` (e.g. "3.11")."""
    wanted = {}
    for text in metadata.requires("breathe-desktop") or []:
        req = Requirement(text)
        env = {"python_version": python, "python_full_version": f"{python}.0", "extra": ""}
        if req.name.lower().startswith("pyside6") and (
            req.marker is None or req.marker.evaluate(env)
        ):
            wanted[req.name.lower()] = req
    return wanted


@pytest.mark.parametrize("python", ["3.10", "3.11"])
def test_the_broken_pyside6_is_pinned_out_below_python_3_12(python: str) -> None:
    wanted = pyside_requirements(python)
    assert set(wanted) == {"pyside6-essentials", "pyside6-addons"}  # not the meta-package
    for req in wanted.values():
        assert not req.specifier.contains(Version("6.12.0")), req
        assert req.specifier.contains(Version("6.11.3")), req


def test_python_3_12_may_use_pyside6_6_12() -> None:
    for req in pyside_requirements("3.12").values():
        assert req.specifier.contains(Version("6.12.0")), req


def test_the_installed_pyside6_obeys_the_pin_for_this_python() -> None:
    here = f"{sys.version_info.major}.{sys.version_info.minor}"
    for name, req in pyside_requirements(here).items():
        installed = Version(metadata.version(name))
        assert req.specifier.contains(installed), f"{name} {installed} does not meet {req}"
