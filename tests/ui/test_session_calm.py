"""A calm session screen: controls that step back, toggles that say their state, only the
controls that apply, the lead-in's safety words, the pace said where it changes, and the
keys grounding needs. Driven by a fake clock (no sleeps)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QGraphicsOpacityEffect, QWidget
from pytestqt.qtbot import QtBot

from breathe.engine.cues import NullCues
from breathe.engine.practices.catalog import build_plan
from breathe.engine.practices.steps import Plan
from breathe.engine.runner import Status
from breathe.ui.grounding.card import GroundingCard
from breathe.ui.relaxation.session_map import SessionBodyMap
from breathe.ui.session.controller import SessionController
from breathe.ui.session.idle_fade import IDLE_SECONDS
from breathe.ui.session.screen import LEAD_IN_SECONDS
from breathe.ui.session.view import SessionView
from tests.conftest import FakeClock


def show_active(qtbot: QtBot, widget: QWidget) -> None:
    widget.resize(1000, 720)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


def session(
    qtbot: QtBot,
    clock: FakeClock,
    plan: Plan,
    *,
    reduced_motion: bool = False,
    voice: object | None = None,
) -> SessionView:
    """A started session of ``plan`` in its own active window, at fake time 0."""
    pacer = None
    if plan.practice == "grounding":
        pacer = GroundingCard()
    elif plan.practice == "relaxation":
        pacer = SessionBodyMap()
    controller = SessionController(plan, clock=clock, cues=NullCues(), voice=voice)  # type: ignore[arg-type]
    view = SessionView(controller, pacer=pacer, reduced_motion=reduced_motion, clock=clock)
    qtbot.addWidget(view)
    show_active(qtbot, view)
    clock.now = 1000.0  # each session starts at fake time 0
    controller.start()
    return view


def at(view: SessionView, clock: FakeClock, t: float) -> None:
    clock.now = 1000.0 + t
    view.controller.tick()
    view.session_screen.refresh()


def opacity_of(widget: QWidget) -> float:
    """How visible ``widget`` is: 1 without a fade, else its fade's opacity."""
    effect = widget.graphicsEffect()
    return effect.opacity() if isinstance(effect, QGraphicsOpacityEffect) else 1.0


def move_mouse(view: SessionView, where: QPointF) -> None:
    """The pointer moves over the window, as the platform tells its native window."""
    window = view.window().windowHandle()
    assert window is not None
    global_where = view.mapToGlobal(where)
    event = QMouseEvent(
        QEvent.Type.MouseMove,
        where,
        global_where,
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, event)


def press_on_window(view: SessionView, key: Qt.Key) -> None:
    """A key pressed, as the platform tells the native window (which gives it to a widget)."""
    window = view.window().windowHandle()
    assert window is not None
    event = QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, event)


@pytest.fixture
def box(qtbot: QtBot, clock: FakeClock) -> Iterator[SessionView]:
    yield session(qtbot, clock, build_plan("box", {}), reduced_motion=True)


# -- controls that step back ------------------------------------------------------------------


def test_controls_step_back_after_a_few_idle_seconds(box: SessionView, clock: FakeClock) -> None:
    at(box, clock, IDLE_SECONDS - 0.5)
    assert not box.fade.check() and opacity_of(box.controls) == 1.0
    at(box, clock, IDLE_SECONDS + 0.1)
    assert box.fade.check()
    assert opacity_of(box.controls) == 0.0 and opacity_of(box.lead_in) == 0.0
    assert box.controls.isVisible()  # still there: its keys work, nothing moves
    assert opacity_of(box.session_screen.phase) == 1.0  # the phase word and countdown stay
    assert opacity_of(box.session_screen.countdown) == 1.0


def test_every_key_still_works_while_they_are_away(
    box: SessionView, clock: FakeClock, qtbot: QtBot
) -> None:
    at(box, clock, IDLE_SECONDS + 1)
    box.fade.check()
    qtbot.keyClick(box, Qt.Key.Key_G)  # gentler, with the controls away
    assert box.controller.gentle
    assert opacity_of(box.controls) == 1.0  # and they came back with the key
    at(box, clock, 2 * IDLE_SECONDS + 2)
    assert box.fade.check()
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert box.controller.status is Status.STOPPED


def test_a_mouse_movement_or_any_key_brings_them_back(
    box: SessionView, clock: FakeClock, qtbot: QtBot
) -> None:
    at(box, clock, IDLE_SECONDS + 1)
    assert box.fade.check()
    move_mouse(box, QPointF(200, 200))
    assert not box.fade.faded and opacity_of(box.controls) == 1.0
    at(box, clock, 2 * IDLE_SECONDS + 2)
    assert box.fade.check()
    move_mouse(box, QPointF(200, 200))  # Qt's own move under a resting pointer: not input
    assert box.fade.faded
    at(box, clock, 3 * IDLE_SECONDS + 3)
    assert box.fade.check()
    press_on_window(box, Qt.Key.Key_Shift)  # a key that does nothing else
    assert not box.fade.faded


def test_they_stay_while_paused(box: SessionView, clock: FakeClock, qtbot: QtBot) -> None:
    qtbot.keyClick(box, Qt.Key.Key_Space)
    at(box, clock, 60.0)
    assert not box.fade.check()  # Resume must be in sight
    qtbot.keyClick(box, Qt.Key.Key_Space)
    at(box, clock, 60.0 + IDLE_SECONDS + 1)
    assert box.fade.check()


def test_with_motion_they_fade_slowly_and_return_quickly(qtbot: QtBot, clock: FakeClock) -> None:
    view = session(qtbot, clock, build_plan("coherent", {}))
    at(view, clock, IDLE_SECONDS + 1)
    assert view.fade.check()
    qtbot.waitUntil(lambda: opacity_of(view.controls) == 0.0, timeout=3000)
    view.fade.wake()
    qtbot.waitUntil(lambda: view.controls.graphicsEffect() is None, timeout=3000)  # no effect


# -- toggles and the controls that apply ----------------------------------------------------


def test_toggles_say_their_state_three_ways(qtbot: QtBot, clock: FakeClock) -> None:
    class Voice(NullCues):
        available = True

    view = session(qtbot, clock, build_plan("box", {}), voice=Voice())
    voice = view.controls.button("voice")
    off_icon = voice.icon().pixmap(20, 20).toImage()
    assert (voice.isChecked(), voice.text(), voice.accessibleName()) == (
        False,
        "Voice: off  V",
        "Spoken guidance: off",
    )
    qtbot.keyClick(view, Qt.Key.Key_V)
    assert (voice.isChecked(), voice.text(), voice.accessibleName()) == (
        True,
        "Voice: on  V",
        "Spoken guidance: on",
    )
    assert voice.icon().pixmap(20, 20).toImage() != off_icon
    gentler = view.controls.button("gentler")
    assert gentler.text() == "Gentler  G" and not gentler.isChecked()
    gentler.click()
    assert gentler.isChecked() and gentler.text() == "Gentler: on  G"
    assert gentler.accessibleName() == "Gentler breathing: on"
    gentler.click()  # there is no "less gentle": it stays on, and says so
    assert gentler.isChecked() and view.controller.gentle


# offscreen: a popup menu can neither grab the keyboard nor raise itself
@pytest.mark.qt_log_ignore("does not support grabbing the keyboard", r"does not support raise\(\)")
def test_only_what_applies_shows_and_the_rest_is_under_more(qtbot: QtBot, clock: FakeClock) -> None:
    def shown(view: SessionView) -> list[str]:
        ids = ("pause", "skip", "gentler", "slower", "faster", "voice", "sound", "stop")
        return [i for i in ids if view.controls.button(i).isVisible()]

    preset = session(qtbot, clock, build_plan("box", {}))  # a preset's pace changes too
    assert shown(preset) == ["pause", "gentler", "slower", "faster", "voice", "sound", "stop"]
    custom = session(qtbot, clock, build_plan("breathing", {"pattern": "4-6"}))
    assert shown(custom) == ["pause", "gentler", "slower", "faster", "voice", "sound", "stop"]
    grounding = session(qtbot, clock, build_plan("grounding", {}))
    assert shown(grounding) == ["pause", "voice", "sound", "stop"]
    assert grounding.controls.more.isVisible()
    menu = grounding.controls.show_more()
    assert [a.text() for a in menu.actions()] == ["Skip\t→", "Full screen\tF11"]
    at(grounding, clock, 1.0)
    menu.actions()[0].trigger()  # Skip, from the menu
    assert grounding.controller.position().index == 1
    menu.close()


# -- grounding's keys and progress ------------------------------------------------------------


def test_grounding_moves_on_with_space_or_enter_and_p_pauses(
    qtbot: QtBot, clock: FakeClock
) -> None:
    view = session(qtbot, clock, build_plan("grounding", {}))
    at(view, clock, 30.0)  # the first item has waited for the person
    first = view.controller.position().index
    view.setFocus()  # the focus anywhere on the page, not only on Next
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert view.controller.position().index == first + 1
    assert view.controller.status is Status.RUNNING  # Space did not pause
    at(view, clock, 32.0)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert view.controller.position().index == first + 2
    assert view.controls.button("pause").text() == "Pause  P"
    qtbot.keyClick(view, Qt.Key.Key_P)
    assert view.controller.status is Status.PAUSED
    assert view.session_screen.hint.text() == "Paused. Press P when you are ready."
    stop = view.controls.button("stop")
    stop.setFocus()
    qtbot.keyClick(stop, Qt.Key.Key_Return)  # a focused control still does what it says
    assert view.controller.status is Status.STOPPED


def test_grounding_progress_counts_items_not_seconds(qtbot: QtBot, clock: FakeClock) -> None:
    view = session(qtbot, clock, build_plan("grounding", {}))  # 3-3-3: nine items
    progress = view.session_screen.progress
    at(view, clock, 600.0)  # ten minutes on the first item: still none done
    assert progress.fraction == 0.0
    for done in range(1, 4):
        view.pacer.request_advance()
        at(view, clock, 600.0 + done)
        assert progress.fraction == pytest.approx(done / 9)


# -- safety words on screen -------------------------------------------------------------------


def test_the_lead_in_says_slower_not_deeper_and_what_to_do_if_dizzy(
    qtbot: QtBot, clock: FakeClock
) -> None:
    view = session(qtbot, clock, build_plan("coherent", {}))
    safety = view.session_screen.safety
    assert safety.isVisible()
    assert safety.text().splitlines() == [
        "Breathe gently: slower, not deeper.",
        "If you feel dizzy or tingly, stop and breathe normally.",
    ]
    at(view, clock, LEAD_IN_SECONDS)
    assert not safety.isVisible()


@pytest.mark.parametrize("preset", ["box", "4-7-8"])
def test_a_pattern_with_holds_cautions_in_its_lead_in(
    qtbot: QtBot, clock: FakeClock, preset: str
) -> None:
    view = session(qtbot, clock, build_plan(preset, {}))
    words = view.session_screen.safety.text()
    assert "press G for gentler" in words and "holds the breath" in words
    qtbot.keyClick(view, Qt.Key.Key_G)  # gentler: no holds any more, no caution either
    assert "holds the breath" not in view.session_screen.safety.text()


def test_muscle_relaxation_says_tense_gently_and_grounding_says_nothing(
    qtbot: QtBot, clock: FakeClock
) -> None:
    pmr = session(qtbot, clock, build_plan("relaxation", {"groups": 4}))
    assert "half your strength" in pmr.session_screen.safety.text()
    flare = session(qtbot, clock, build_plan("relaxation", {"groups": 4, "release_only": True}))
    assert flare.session_screen.safety.text() == ""  # nothing to tense today
    grounding = session(qtbot, clock, build_plan("grounding", {}))
    assert grounding.session_screen.safety.text() == ""


# -- the pace, where it changes -------------------------------------------------------------


def test_resonance_and_a_glide_show_the_pace(qtbot: QtBot, clock: FakeClock) -> None:
    resonance = session(qtbot, clock, build_plan("resonance", {}))
    at(resonance, clock, 5.0)
    assert resonance.session_screen.count.text().endswith("· 6.5 breaths a minute")
    at(resonance, clock, 5.0 + 4 * 60)
    assert resonance.session_screen.count.text().endswith("· 5.5 breaths a minute")
    glide = session(qtbot, clock, build_plan("coherent", {"from_bpm": 12}))
    at(glide, clock, 4.0)
    first = glide.session_screen.count.text()
    assert first.startswith("Breath 1 of") and "breaths a minute" in first
    at(glide, clock, 200.0)
    assert glide.session_screen.count.text().endswith("· 6 breaths a minute")
    steady = session(qtbot, clock, build_plan("coherent", {}))
    at(steady, clock, 4.0)
    assert "a minute" not in steady.session_screen.count.text()  # nothing changes: no number


def test_slower_and_faster_show_the_new_pace(qtbot: QtBot, clock: FakeClock) -> None:
    view = session(qtbot, clock, build_plan("breathing", {"pattern": "4-6"}))
    at(view, clock, 4.0)
    assert "a minute" not in view.session_screen.count.text()
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    at(view, clock, 30.0)
    assert view.session_screen.count.text().endswith("breaths a minute")


# -- muscle relaxation keeps its layout -----------------------------------------------------


def test_the_body_map_does_not_jump_as_instructions_wrap(qtbot: QtBot, clock: FakeClock) -> None:
    view = session(qtbot, clock, build_plan("relaxation", {"groups": 16}))
    heights = set()
    for t in range(0, int(view.controller.plan.total_seconds), 7):
        at(view, clock, float(t))
        QApplication.processEvents()
        heights.add((view.pacer.height(), view.pacer.y()))
    assert len(heights) == 1, heights
