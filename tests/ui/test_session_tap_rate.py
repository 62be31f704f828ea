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


def test_the_breathe_card_opens_it_and_the_session_glides_from_the_taps(
    qtbot: QtBot, clock: object
) -> None:
    """Start where you are: from the Breathe card, tap, and the card's session starts at
    the tapped pace (``from_bpm``), to glide down from there."""
    from breathe.engine.practices.catalog import build_plan
    from breathe.launch import LaunchRequest
    from breathe.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    started: list[LaunchRequest] = []
    window.start_requested.connect(started.append)
    link = window.home.tap_rate
    assert link.isVisible() and link.text() == "Start where you are"
    window.home.tap_rate_requested.disconnect()  # this test gives the page its fake clock
    link.clicked.connect(lambda: window.show_tap_rate(clock))  # type: ignore[arg-type]
    link.click()
    page = window.current_page()
    assert isinstance(page, TapRate) and page.back.isVisible()
    for _ in range(4):
        page.tap()
        clock.advance(5.0)  # type: ignore[attr-defined]  12 breaths a minute
    page.start_button.click()
    assert started == [LaunchRequest(practice="coherent", options={"from_bpm": 12.0})]
    plan = build_plan(started[0].practice, started[0].options)
    assert plan.steps[1].kind == "inhale" and plan.steps[1].duration == pytest.approx(2.5)
    qtbot.waitUntil(lambda: window.findChild(TapRate) is None)  # the session replaces it


def test_going_back_starts_nothing_and_returns_to_the_card(qtbot: QtBot) -> None:
    from breathe.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    started: list[object] = []
    window.start_requested.connect(started.append)
    link = window.home.tap_rate
    link.setFocus()
    link.click()
    page = window.current_page()
    assert isinstance(page, TapRate)
    page.back.click()
    assert window.current_page() is window.home and started == []
    assert window.focusWidget() is link


def test_the_usual_pace_and_an_unstartable_card(qtbot: QtBot) -> None:
    from breathe.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    started: list[object] = []
    window.start_requested.connect(started.append)
    assert window.home.start_from_pace(None)
    panel = window.home.panel("breathing")
    panel.preset.setCurrentIndex(panel.preset.findData("custom"))  # type: ignore[attr-defined]
    panel.pattern.setText("4-x")  # type: ignore[attr-defined]
    assert not window.home.start_from_pace(10.0)  # its problem is on the card: nothing starts
    assert [r.practice for r in started] == ["coherent"]  # type: ignore[attr-defined]
