"""Marking the easiest pace after resonance, and starting "your pace" from home."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QApplication
from pytestqt.qtbot import QtBot

from breathe.launch import LaunchRequest
from breathe.ui.main_window import MainWindow
from breathe.ui.session.summary import SessionSummary


def pace_button(summary: SessionSummary, pace: float) -> QAbstractButton:
    """The summary's button for ``pace`` (breaths a minute)."""
    (button,) = [b for b in summary.pace_group.buttons() if b.text() == f"{pace:g}"]
    return button


def test_the_summary_asks_nothing_unless_paces_are_offered(qtbot: QtBot) -> None:
    summary = SessionSummary()
    qtbot.addWidget(summary)
    summary.show()
    summary.show_result("completed", 600, 60)
    assert not summary.paces.isVisible()


def test_marking_the_easiest_pace_keeps_it_and_says_so(qtbot: QtBot) -> None:
    summary = SessionSummary()
    qtbot.addWidget(summary)
    summary.resize(900, 800)  # a window that shows it whole (a smaller one scrolls)
    summary.show()
    summary.show_result("stopped", 300, 30)
    summary.offer_paces([6.5, 6.0, 5.5])
    assert summary.paces.isVisible()
    assert summary.pace_question.text() == "Which pace felt easiest, if any? (breaths a minute)"
    assert "no air hunger" in summary.pace_hint.text()
    buttons = summary.pace_group.buttons()
    assert [b.text() for b in buttons] == ["6.5", "6", "5.5"]
    assert buttons[1].accessibleName() == "6 breaths a minute"
    with qtbot.waitSignal(summary.pace_chosen) as chosen:
        qtbot.mouseClick(pace_button(summary, 5.5), Qt.MouseButton.LeftButton)
    assert chosen.args == [5.5]
    assert summary.pace_saved.text() == "5.5 breaths a minute is now your pace: start it from home."
    with qtbot.waitSignal(summary.pace_chosen) as chosen:  # a change of mind
        qtbot.mouseClick(pace_button(summary, 6.5), Qt.MouseButton.LeftButton)
    assert chosen.args == [6.5]
    assert [b.isChecked() for b in summary.pace_group.buttons()] == [True, False, False]


def test_offering_again_replaces_the_paces(qtbot: QtBot) -> None:
    summary = SessionSummary()
    qtbot.addWidget(summary)
    summary.show()
    summary.offer_paces([6.5, 6.0, 5.5, 5.0, 4.5])
    summary.offer_paces([6.5])
    assert [b.text() for b in summary.pace_group.buttons()] == ["6.5"]
    assert summary.pace_row.count() == 3  # the one button between two stretches
    summary.offer_paces([])
    assert not summary.paces.isVisible()


def test_home_offers_your_pace_once_there_is_one(qtbot: QtBot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.set_your_pace(5.5)  # before home is built: it comes with it
    started: list[LaunchRequest] = []
    window.start_requested.connect(started.append)
    window.show()
    qtbot.waitExposed(window)
    button = window.home.your_pace_button
    assert button is not None and button.isVisible()
    assert button.text() == "Your pace: 5.5 a minute"
    interface = QAccessible.queryAccessibleInterface(button)
    assert interface is not None
    assert interface.text(QAccessible.Text.Name) == (
        "Start breathing at your pace, 5.5 breaths a minute"
    )
    # Tab reaches it after the breathing card's own links (Start where you are is the last
    # of them, on the line above), and Enter starts it
    window.activateWindow()
    tap = window.home.tap_rate
    tap.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tap)
    qtbot.keyClick(tap, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is button
    qtbot.keyClick(button, Qt.Key.Key_Return)
    assert started == [LaunchRequest(practice="breathing", options={"bpm": 5.5})]
    window.set_your_pace(6)
    assert button.text() == "Your pace: 6 a minute"
    window.set_your_pace(None)
    assert not button.isVisible()


def test_home_has_no_pace_to_offer_at_first(qtbot: QtBot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.home.your_pace_button is None
