"""Shared fixtures: an isolated BREATHE_HOME for every test and a fake monotonic clock."""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

# Qt runs offscreen in tests unless a developer asks for a real display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The tests read English words unless they choose a language themselves: a developer's
# German desktop must not change what `breathe list` prints in them.
for _name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
    os.environ.pop(_name, None)
os.environ["LANG"] = "C.UTF-8"


class FakeClock:
    """A monotonic clock that only moves when a test moves it."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture(autouse=True)
def breathe_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own BREATHE_HOME, so no test touches real user data."""
    home = tmp_path / "breathe-home"
    monkeypatch.setenv("BREATHE_HOME", str(home))
    return home


@pytest.fixture(autouse=True)
def qt_garbage_freed_here(request: pytest.FixtureRequest) -> Iterator[None]:
    """Free a Qt test's widgets on the GUI thread, before the next test.

    Widgets a test made without a parent belong to Python, and many sit in reference
    cycles (a signal connected to a lambda that names the widget). Python frees cycles
    whenever enough objects pile up, on whichever thread is allocating then: if that is a
    speech thread that has just started, Qt deletes the widgets and their timers from it
    ("Timers cannot be stopped from another thread"), and once it crashed. What is
    still alive afterwards is frozen, so these collections stay short.
    """
    yield
    if "qtbot" in request.fixturenames:
        gc.collect()
        gc.freeze()


@pytest.fixture(autouse=True)
def english_by_default() -> Iterator[None]:
    """Each test starts in English and leaves the language (and Qt's locale) as it found it."""
    from breathe import language

    language.use(language.ENGLISH)
    qt_core = sys.modules.get("PySide6.QtCore")
    locale_before = qt_core.QLocale() if qt_core is not None else None
    yield
    language.use(language.ENGLISH)
    if locale_before is not None and qt_core is not None:
        # a test that installed a language's translators also made its locale the default
        qt_core.QLocale.setDefault(locale_before)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()
