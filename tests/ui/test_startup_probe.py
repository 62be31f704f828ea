"""The benchmarks' first-paint probe: silent unless asked, then one line per event."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
from pytestqt.qtbot import QtBot

from breathe import startup_probe


def window(qtbot: QtBot, text: str) -> QMainWindow:
    w = QMainWindow()
    w.setCentralWidget(QLabel(text, w))
    qtbot.addWidget(w)
    return w


def records(path: Path) -> list[dict[str, object]]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_without_the_variable_nothing_is_watched(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(startup_probe.REPORT_VAR, raising=False)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = len(app.children())
    startup_probe.watch(app)
    assert len(app.children()) == before  # no filter object was made


def test_first_paint_is_reported_once_with_what_was_on_screen(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    report = tmp_path / "paint.jsonl"
    monkeypatch.setenv(startup_probe.REPORT_VAR, str(report))
    monkeypatch.delenv(startup_probe.MINIMIZE_VAR, raising=False)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
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
    assert line["texts"] == ["Breathe in"]
    assert isinstance(line["loaded"], list)
    assert int(line["modules"]) > 0  # type: ignore[call-overload]


def test_the_window_can_be_minimised_after_its_first_paint(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    report = tmp_path / "paint.jsonl"
    monkeypatch.setenv(startup_probe.REPORT_VAR, str(report))
    monkeypatch.setenv(startup_probe.MINIMIZE_VAR, "0.05")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    startup_probe.watch(app)
    w = window(qtbot, "Hold")
    w.show()
    qtbot.waitUntil(lambda: len(records(report)) == 2)
    assert [r["event"] for r in records(report)] == ["first_paint", "minimized"]
    assert w.isMinimized()
