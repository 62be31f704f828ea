"""Presenter mode on screen: room-sized, no buttons, keyboard only, the right screen, a PDF."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from breathe.engine.cues import NullCues
from breathe.engine.practices.breathing import breathing_plan
from breathe.engine.runner import Status
from breathe.paths import locations
from breathe.ui.presenter.screens import type_sizes
from breathe.ui.presenter.view import KEYS_HINT, PresenterView, show_presenter
from breathe.ui.session.controller import SessionController
from breathe.ui.session.screen import GENTLER_HINT, NO_PACE


def show_active(qtbot: QtBot, widget: QWidget, size: tuple[int, int] = (1920, 1080)) -> None:
    widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


def at(view: PresenterView, clock: object, t: float) -> None:
    clock.now = 1000.0 + t  # type: ignore[attr-defined]
    view.controller.tick()
    view.session_screen.refresh()


def presenter(qtbot: QtBot, clock: object, **plan_options: object) -> PresenterView:
    plan = breathing_plan(**plan_options)  # type: ignore[arg-type]
    controller = SessionController(plan, clock=clock, cues=NullCues())
    view = PresenterView(controller)
    qtbot.addWidget(view)
    show_active(qtbot, view)
    controller.start()
    return view


def visible_buttons(view: QWidget) -> list[str]:
    return [b.text() for b in view.findChildren(QPushButton) if b.isVisible()]


def test_room_sized_words_and_nothing_to_press(qtbot: QtBot, clock: object) -> None:
    view = presenter(qtbot, clock, pattern="4-6", minutes=2)
    sizes = type_sizes(1080)
    assert view.session_screen.phase.font().pixelSize() == sizes.phase >= 110
    assert view.session_screen.countdown.font().pixelSize() == sizes.countdown
    assert visible_buttons(view) == []  # no clutter while the session runs
    assert (
        view.session_screen.hint.text() == KEYS_HINT
    )  # a short reminder of the keys for the therapist
    at(view, clock, 3.5)
    assert view.session_screen.phase.text() == "Breathe in"
    assert view.session_screen.phase.accessibleName() == "Breathe in"
    assert view.session_screen.countdown.text() == "4"
    assert view.session_screen.count.text() == "Breath 1 of 12"
    at(view, clock, 12.0)
    assert view.session_screen.hint.text() == ""  # the reminder leaves once the session has settled
    assert not locations().database.exists()  # private: nothing is recorded


def test_type_follows_the_screen_size(qtbot: QtBot, clock: object) -> None:
    view = presenter(qtbot, clock, pattern="4-6", minutes=2)
    view.resize(1280, 720)
    qtbot.waitUntil(lambda: view.height() == 720)
    assert view.session_screen.phase.font().pixelSize() == type_sizes(720).phase


def test_space_pauses_and_resumes(qtbot: QtBot, clock: object) -> None:
    view = presenter(qtbot, clock, pattern="4-6", minutes=2)
    at(view, clock, 4.0)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert view.controller.status is Status.PAUSED
    assert view.session_screen.hint.text() == "Paused"
    assert not view.session_screen.frame_timer.isActive()
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert view.controller.status is Status.RUNNING
    assert view.session_screen.hint.text() == ""
    assert view.session_screen.frame_timer.isActive()


def test_a_minimised_or_hidden_presenter_paints_nothing_but_time_goes_on(
    qtbot: QtBot, clock: object
) -> None:
    view = presenter(qtbot, clock, pattern="4-6", minutes=2)
    at(view, clock, 4.0)
    assert view.session_screen.frame_timer.isActive()
    view.showMinimized()
    qtbot.waitUntil(lambda: not view.session_screen.frame_timer.isActive())
    view.showNormal()
    qtbot.waitUntil(view.session_screen.frame_timer.isActive)
    view.hide()
    assert not view.session_screen.frame_timer.isActive()
    assert view.controller.boundary_timer.isActive()  # the session keeps its own time


def test_pace_changes_at_the_next_breath_not_mid_breath(qtbot: QtBot, clock: object) -> None:
    view = presenter(qtbot, clock, pattern="4-6", minutes=2)
    at(view, clock, 4.0)  # 1 s into the first inhale
    before = view.controller.position()
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    now = view.controller.position()
    assert now.step.end == pytest.approx(before.step.end)  # this breath keeps its length
    plan = view.controller.plan
    later = [s for s in plan.steps if s.kind == "inhale" and s.start > now.step.end]
    assert later[0].duration == pytest.approx(4.4)  # the next one is 10 % slower
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    plan = view.controller.plan
    later = [s for s in plan.steps if s.kind == "inhale" and s.start > now.step.end]
    assert later[0].duration == pytest.approx(4.0)


def test_a_preset_changes_pace_too_and_becomes_custom(qtbot: QtBot, clock: object) -> None:
    view = presenter(qtbot, clock, preset="box")
    plan = view.controller.plan
    at(view, clock, 4.0)
    qtbot.keyClick(view, Qt.Key.Key_Equal)
    assert view.controller.plan is not plan
    assert view.controller.plan.options["from_preset"] == "box"
    assert view.session_screen.hint.text() != NO_PACE


def test_g_makes_it_gentler(qtbot: QtBot, clock: object) -> None:
    view = presenter(qtbot, clock, preset="box")
    at(view, clock, 24.0)  # past the lead-in, whose words say it already
    qtbot.keyClick(view, Qt.Key.Key_G)
    assert view.session_screen.hint.text() == GENTLER_HINT
    future = [s for s in view.controller.plan.steps if s.start > 25.0]
    assert all(s.kind != "hold" for s in future)


def test_esc_stops_then_closes_and_s_asks_for_the_summary(qtbot: QtBot, clock: object) -> None:
    view = presenter(qtbot, clock, pattern="4-6", minutes=2)
    asked: list[bool] = []
    view.summary_requested.connect(lambda: asked.append(True))
    at(view, clock, 40.0)
    qtbot.keyClick(view, Qt.Key.Key_S)
    assert asked == []  # nothing to sum up while it runs
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert view.controller.status is Status.STOPPED
    assert view.stack.currentWidget() is view.ending
    assert view.end_heading.text() == "Thank you for taking this time."
    assert view.end_facts.text() == "40 s · 4 breaths"
    assert visible_buttons(view) == ["Save summary as PDF…", "Close"]
    qtbot.keyClick(view, Qt.Key.Key_S)
    assert asked == [True]

    with qtbot.waitSignal(view.closed):
        qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not view.isVisible()


def test_a_completed_session_says_well_done(qtbot: QtBot, clock: object) -> None:
    view = presenter(qtbot, clock, pattern="4-6", cycles=1)
    at(view, clock, 100.0)
    assert view.controller.status is Status.COMPLETED
    assert view.end_heading.text() == "Well done."
    assert view.save_button.hasFocus()


def test_an_ended_session_opens_on_its_end(qtbot: QtBot, clock: object) -> None:
    controller = SessionController(breathing_plan(preset="box"), clock=clock)
    controller.start()
    controller.stop()
    view = PresenterView(controller)
    qtbot.addWidget(view)
    assert view.stack.currentWidget() is view.ending


def test_one_screen_falls_back_to_it_with_a_notice(qtbot: QtBot, clock: object) -> None:
    view = PresenterView(SessionController(breathing_plan(preset="box"), clock=clock))
    qtbot.addWidget(view)
    screens = QApplication.screens()
    choice = show_presenter(view, screens, None, 2)
    assert choice.index == 0
    assert choice.notice == "Screen 2 is not connected, so the session is on your main screen."
    qtbot.waitExposed(view)
    assert view.isFullScreen()
    assert view.screen() is screens[0]


TWO_SCREENS = {
    "screens": [
        {"name": "Laptop", "x": 0, "y": 0, "width": 1280, "height": 800, "logicalDpi": 96},
        {"name": "Projector", "x": 1280, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96},
    ]
}

CHILD = textwrap.dedent(
    """
    import sys
    from PySide6.QtWidgets import QApplication
    from breathe.engine.practices.breathing import breathing_plan
    from breathe.ui.presenter.view import PresenterView, show_presenter
    from breathe.ui.session.controller import SessionController

    app = QApplication(sys.argv[:1])
    requested = None if sys.argv[1] == "-" else int(sys.argv[1])
    view = PresenterView(SessionController(breathing_plan(preset="box")))
    choice = show_presenter(view, app.screens(), requested, int(sys.argv[2]))
    app.processEvents()
    g = view.geometry()
    print(view.screen().name(), g.x(), g.width(), g.height(), view.isFullScreen(), choice.notice)
    """
)


@pytest.mark.parametrize(
    ("requested", "default", "expected"),
    [
        ("-", "2", "Projector 1280 1920 1080 True None"),  # the setting: screen 2
        ("1", "2", "Laptop 0 1280 800 True None"),  # --screen 1 wins
        ("2", "1", "Projector 1280 1920 1080 True None"),  # --screen 2 wins
        ("3", "2", "Laptop 0 1280 800 True There is no screen 3 (this computer has 2)"),
    ],
)
def test_presenter_opens_on_the_asked_screen_of_two(
    tmp_path: Path, requested: str, default: str, expected: str
) -> None:
    config = tmp_path / "two-screens.json"
    config.write_text(json.dumps(TWO_SCREENS), encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    done = subprocess.run(
        [sys.executable, "-c", CHILD, requested, default],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().startswith(expected)


def test_the_therapists_window_and_the_presenter_follow_one_session(
    qtbot: QtBot, clock: object
) -> None:
    from breathe.ui.session.view import SessionView

    controller = SessionController(breathing_plan(pattern="4-6", minutes=2), clock=clock)
    own = SessionView(controller)  # the therapist's screen, with every control
    qtbot.addWidget(own)
    view = PresenterView(controller)
    qtbot.addWidget(view)
    show_active(qtbot, view)
    controller.start()
    at(view, clock, 4.0)
    own.session_screen.refresh()
    assert own.session_screen.phase.text() == view.session_screen.phase.text() == "Breathe in"
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert own.controls.button("pause").text().startswith("Resume")
