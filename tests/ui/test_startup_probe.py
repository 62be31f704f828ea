"""The benchmarks' first-paint probe: silent unless asked, then one line per event."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
from pytestqt.qtbot import QtBot

from breathe.app import startup_probe


def window(qtbot: QtBot, text: str) -> QMainWindow:
    w = QMainWindow()
    w.setCentralWidget(QLabel(text, w))
    qtbot.addWidget(w)
    return w


@pytest.fixture
def app(monkeypatch: pytest.MonkeyPatch) -> QApplication:
    """The test application, with no first-paint report asked for."""
    monkeypatch.delenv(startup_probe.REPORT_VAR, raising=False)
    found = QApplication.instance()
    assert isinstance(found, QApplication)
    return found


@pytest.fixture
def report(app: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A first-paint report asked for (not there yet), with no minimising after it."""
    path = tmp_path / "paint.jsonl"
    monkeypatch.setenv(startup_probe.REPORT_VAR, str(path))
    monkeypatch.delenv(startup_probe.MINIMIZE_VAR, raising=False)
    return path


def records(path: Path) -> list[dict[str, object]]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_without_the_variable_nothing_is_watched(
    qtbot: QtBot, tmp_path: Path, app: QApplication
) -> None:
    before = len(app.children())
    startup_probe.watch(app)
    assert len(app.children()) == before  # no filter object was made


def test_first_paint_is_reported_once_with_what_was_on_screen(
    qtbot: QtBot, app: QApplication, report: Path
) -> None:
    startup_probe.watch(app)
    shown = time.monotonic()
    w = window(qtbot, "Breathe in")
    w.show()
    qtbot.waitUntil(lambda: bool(records(report)))
    w.repaint()  # a later paint, at once
    QApplication.processEvents()
    (line,) = records(report)
    assert line["event"] == "first_paint"
    assert shown <= float(line["t"]) <= time.monotonic()  # type: ignore[arg-type]
    assert 0 < float(line["cpu"]) <= time.process_time()  # type: ignore[arg-type]
    assert line["texts"] == ["Breathe in"]
    assert isinstance(line["loaded"], list)
    assert int(line["modules"]) > 0  # type: ignore[call-overload]


def test_the_window_can_be_minimised_after_its_first_paint(
    qtbot: QtBot, app: QApplication, report: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(startup_probe.MINIMIZE_VAR, "0.05")
    startup_probe.watch(app)
    w = window(qtbot, "Hold")
    w.show()
    qtbot.waitUntil(lambda: len(records(report)) == 2)
    assert [r["event"] for r in records(report)] == ["first_paint", "minimized"]
    assert w.isMinimized()


def test_deferred_work_runs_after_the_first_paint_and_after_its_report(
    qtbot: QtBot, app: QApplication, report: Path
) -> None:
    seen: list[int] = []  # how many report lines existed when the work ran
    startup_probe.watch(app)
    startup_probe.after_first_paint(app, lambda: seen.append(len(records(report))))
    startup_probe.after_first_paint(app, lambda: seen.append(-1))
    w = window(qtbot, "Breathe out")
    QApplication.processEvents()
    assert seen == []  # nothing painted yet, nothing run
    w.show()
    qtbot.waitUntil(lambda: len(seen) == 2)
    assert seen == [1, -1]  # in order, after the paint was reported


def test_deferred_work_runs_anyway_when_nothing_paints(qtbot: QtBot, app: QApplication) -> None:
    ran: list[str] = []
    startup_probe.after_first_paint(app, lambda: ran.append("late"), fallback_ms=20)
    startup_probe.after_first_paint(app, lambda: ran.append("later"), fallback_ms=5000)
    qtbot.waitUntil(lambda: bool(ran))  # the earliest fallback wins for all of them
    assert ran == ["late", "later"]
    ran.clear()
    w = window(qtbot, "Hold")
    w.show()
    qtbot.waitExposed(w)
    w.repaint()
    QApplication.processEvents()
    assert ran == []  # each piece of work runs once


def test_without_a_report_work_still_waits_for_the_paint(qtbot: QtBot, app: QApplication) -> None:
    ran: list[str] = []
    w = window(qtbot, "Breathe in")

    def first() -> None:
        ran.append("first" if w.isVisible() else "too early")
        # asked while the finished watcher still exists: a new one waits for the next paint
        startup_probe.after_first_paint(app, lambda: ran.append("next"), fallback_ms=60_000)

    startup_probe.after_first_paint(app, first, fallback_ms=60_000)
    w.show()
    qtbot.waitUntil(lambda: bool(ran))
    assert ran == ["first"]
    w.repaint()
    qtbot.waitUntil(lambda: len(ran) == 2)
    assert ran == ["first", "next"]


def test_a_late_paint_is_still_reported_after_the_work_ran(
    qtbot: QtBot, app: QApplication, report: Path
) -> None:
    ran: list[int] = []
    startup_probe.watch(app)
    startup_probe.after_first_paint(app, lambda: ran.append(1), fallback_ms=10)
    qtbot.waitUntil(lambda: bool(ran))
    assert records(report) == []
    w = window(qtbot, "Rest")
    w.show()
    qtbot.waitUntil(lambda: len(records(report)) == 1)
    assert ran == [1]


def test_work_asked_for_after_the_window_is_shown_waits_for_its_first_paint(
    qtbot: QtBot, app: QApplication
) -> None:
    # the app's order: the window is shown, then the work is queued (the probe watches
    # that window, not every event of the application)
    w = window(qtbot, "Breathe in")
    painted: list[bool] = []
    w.centralWidget().paintEvent = lambda e: painted.append(True)  # type: ignore[method-assign]
    w.show()
    ran: list[bool] = []
    startup_probe.after_first_paint(app, lambda: ran.append(bool(painted)), fallback_ms=60_000)
    assert not ran
    qtbot.waitUntil(lambda: bool(ran))
    assert ran == [True]


def test_the_report_and_every_piece_of_work_share_one_watcher(
    qtbot: QtBot, app: QApplication, report: Path
) -> None:
    before = len(app.children())
    ran: list[str] = []
    startup_probe.watch(app)
    startup_probe.after_first_paint(app, lambda: ran.append("sound"))
    startup_probe.after_first_paint(app, lambda: ran.append("tray"))
    assert len(app.children()) <= before + 1  # one filter, however often asked
    w = window(qtbot, "Breathe in")
    w.show()
    qtbot.waitUntil(lambda: len(ran) == 2)
    assert len(records(report)) == 1 and ran == ["sound", "tray"]
