"""Start where you are: tapping at each in-breath measures the person's own pace."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from breathe.ui.home.tap_rate import TapRate


def test_four_taps_give_a_rate_to_start_from(qtbot: QtBot, clock: object) -> None:
    widget = TapRate(clock=clock)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    assert not widget.start_button.isEnabled() and widget.result.text() == "4 more taps"
    for _k in range(3):
        qtbot.keyClick(widget, Qt.Key.Key_Space)  # Space, or the big button
        clock.advance(4.0)  # type: ignore[attr-defined]
    assert widget.result.text() == "1 more tap" and widget.rate() is None
    with qtbot.waitSignal(widget.measured) as measured:
        widget.tap_button.click()
    assert measured.args == [pytest.approx(15.0)]
    assert widget.result.text().startswith("About 15 breaths a minute")
    assert widget.start_button.isEnabled()
    with qtbot.waitSignal(widget.start_requested) as start:
        widget.start_button.click()
    assert start.args == [pytest.approx(15.0)]


def test_taps_that_make_no_sense_are_met_kindly(qtbot: QtBot, clock: object) -> None:
    widget = TapRate(clock=clock)
    qtbot.addWidget(widget)
    for _ in range(4):
        widget.tap()
        clock.advance(0.5)  # type: ignore[attr-defined]  120 a minute: not breaths
    assert widget.rate() is None and not widget.start_button.isEnabled()
    assert "keep going" in widget.result.text()


def test_it_can_be_skipped(qtbot: QtBot, clock: object) -> None:
    widget = TapRate(clock=clock)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.start_requested) as start:
        widget.skip_button.click()
    assert start.args == [None]
