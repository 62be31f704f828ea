"""The client's screen in presenter mode: room-sized, nothing to press, nothing for the
therapist on it, the keys working, the right screen."""

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
from breathe.ui.presenter.screens import Placement, type_sizes
from breathe.ui.presenter.view import PresenterView, place_presenter
from breathe.ui.session.controller import PACE_LIMIT_NOTICE, SessionController
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
    assert view.session_screen.hint.text() == ""  # the keys are the therapist's business
    at(view, clock, 3.5)
    assert view.session_screen.phase.text() == "Breathe in"
    assert view.session_screen.phase.accessibleName() == "Breathe in"
    assert view.session_screen.countdown.text() == "4"
    assert view.session_screen.count.text() == "Breath 1 of 12"
    assert not locations().database.exists()  # private: nothing is recorded


def test_notices_for_the_therapist_never_reach_the_clients_screen(
    qtbot: QtBot, clock: object
) -> None:
    view = presenter(qtbot, clock, pattern="1-1", minutes=1)  # 30 a minute: the fastest
    at(view, clock, 4.0)
    with qtbot.waitSignal(view.controller.notice):
        qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.session_screen.hint.text() == ""
    assert PACE_LIMIT_NOTICE not in view.session_screen.hint.text()


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
    """The end is a calm word for the client; the summary opens on the therapist's screen."""
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
    assert visible_buttons(view) == []
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
    assert visible_buttons(view) == []


def test_an_ended_session_opens_on_its_end(qtbot: QtBot, clock: object) -> None:
    controller = SessionController(breathing_plan(preset="box"), clock=clock)
    controller.start()
    controller.stop()
    view = PresenterView(controller)
    qtbot.addWidget(view)
    assert view.stack.currentWidget() is view.ending


def test_the_clients_session_fills_a_screen_or_sits_in_a_window(
    qtbot: QtBot, clock: object
) -> None:
    screens = QApplication.screens()
    full = PresenterView(SessionController(breathing_plan(preset="box"), clock=clock))
    qtbot.addWidget(full)
    assert place_presenter(full, screens, Placement(0), 0) is screens[0]
    qtbot.waitExposed(full)
    assert full.isFullScreen()
    window = PresenterView(SessionController(breathing_plan(preset="box"), clock=clock))
    qtbot.addWidget(window)
    place_presenter(window, screens, Placement(None, missing=2), 0)
    qtbot.waitExposed(window)
    assert not window.isFullScreen()
    area = screens[0].availableGeometry()
    assert window.width() < area.width() and window.height() < area.height()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F11)  # F11: this window's own full screen
    qtbot.waitUntil(window.isFullScreen)


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
    from breathe.app.shell import AppShell
    from breathe.launch import LaunchRequest
    from breathe.paths import locations

    app = QApplication(sys.argv[:1])
    screen = None if sys.argv[1] == "-" else int(sys.argv[1])
    locs = locations()
    locs.ensure()
    shell = AppShell(app, locs)
    shell.settings.presenter_screen = int(sys.argv[2])
    shell.launch(LaunchRequest(practice="box", presenter=True, screen=screen))
    app.processEvents()
    client = shell.session.presenter
    panel = shell.session.view
    print(panel.window().screen().name(), panel.window().isFullScreen())
    print(client.screen().name(), client.geometry().width(), client.isFullScreen())
    print(panel.where.text())
    shell.end_session()
    """
)


@pytest.mark.parametrize(
    ("requested", "default", "expected"),
    [
        ("-", "2", ["Laptop False", "Projector 1920 True", "The client's session is on screen 2"]),
        ("1", "2", ["Laptop False", "Laptop 1280 True", "The client's session is on screen 1"]),
        (
            "3",
            "2",
            [
                "Laptop False",
                "Projector 1920 True",  # another screen than the therapist's, full screen
                "Screen 3 is not connected. The client's session is on screen 2 (Projector",
            ],
        ),
    ],
)
def test_the_control_window_and_the_clients_screen_on_two_screens(
    tmp_path: Path, requested: str, default: str, expected: list[str]
) -> None:
    """The therapist's controls on the laptop, the session alone on the projector."""
    done = run_child(tmp_path, TWO_SCREENS, requested, default)
    lines = done.stdout.strip().splitlines()
    assert [line[: len(want)] for line, want in zip(lines, expected, strict=True)] == expected


def test_one_screen_from_the_command_line_is_a_window_and_says_so(tmp_path: Path) -> None:
    one = {"screens": TWO_SCREENS["screens"][:1]}
    done = run_child(tmp_path, one, "-", "2")
    lines = done.stdout.strip().splitlines()
    assert lines[1].startswith("Laptop") and lines[1].endswith("False")  # a window
    assert lines[2] == (
        "Screen 2 is not connected. The client's session is in a window on this screen."
    )


def run_child(
    tmp_path: Path, screens: dict[str, object], requested: str, default: str
) -> subprocess.CompletedProcess[str]:
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(screens), encoding="utf-8")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "BREATHE_HOME": str(tmp_path / "home"),
    }
    done = subprocess.run(
        [sys.executable, "-c", CHILD, requested, default],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done


def test_the_question_offers_every_other_screen_and_a_window(qtbot: QtBot) -> None:
    from breathe.ui.presenter.screen_question import ScreenQuestion

    screen = QApplication.screens()[0]
    size = f"{screen.size().width()} × {screen.size().height()}"
    asked = ScreenQuestion(3, [screen, screen], 0)  # two screens, the therapist's is 1
    qtbot.addWidget(asked)
    asked.show()
    assert [b.text() for b in asked.choices] == [
        f"Full screen on screen 2 ({screen.name()}, {size})",
        "In a window on this screen",
    ]
    assert asked.choices[0].isDefault()
    with qtbot.waitSignal(asked.chosen) as chosen:
        asked.choices[0].click()
    assert chosen.args == [Placement(1, missing=3)]


def test_the_clients_screen_names_no_key_and_takes_no_words(qtbot: QtBot, clock: object) -> None:
    from PySide6.QtWidgets import QLabel, QLineEdit

    from breathe.engine.practices.grounding import grounding_plan
    from breathe.ui.grounding.card import GroundingCard

    box = presenter(qtbot, clock, preset="box")
    words = box.session_screen.safety.text()
    assert "holds the breath" in words and "press G" not in words  # the therapist has the keys
    card = GroundingCard()
    card.set_for_client()
    controller = SessionController(grounding_plan(), clock=clock, cues=NullCues())
    view = PresenterView(controller, pacer=card)
    qtbot.addWidget(view)
    show_active(qtbot, view)
    controller.start()
    at(view, clock, 6.0)  # the first item: "Name something you can see"
    assert card.findChild(QLineEdit, "word").isHidden()  # type: ignore[union-attr]
    assert visible_buttons(view) == []  # no Next: the therapist moves on
    shown = " ".join(label.text() for label in card.findChildren(QLabel) if label.isVisible())
    assert "Name something you can see" in shown and "Keep my notes" not in shown
