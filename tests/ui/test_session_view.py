"""The session screen as a person sees it, driven by a fake clock (no sleeps)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from breathe.engine.cues import NullCues
from breathe.engine.practices.breathing import breathing_plan
from breathe.engine.practices.steps import Draft, Plan, lay_out
from breathe.engine.runner import Position, Status
from breathe.ui.session.breath_pacer import BreathPacer
from breathe.ui.session.controller import Replanners, SessionController
from breathe.ui.session.follower import CALM_FRAME_MS, FRAME_MS
from breathe.ui.session.pacer import Pacer
from breathe.ui.session.screen import GENTLER_HINT, WAITING_HINT
from breathe.ui.session.view import LEAD_IN_SECONDS, NO_VOICE, PAUSED_HINT, SessionView
from breathe.ui.widgets.rating_row import RatingRow

IN = Draft(4.0, "inhale", "Breathe in", "Breathe in")
OUT = Draft(4.0, "exhale", "Breathe out", "And out")
INTRO = Draft(3.0, "intro", "Get comfortable", "Get comfortable.")
OUTRO = Draft(4.0, "outro", "Let your breath find its own rhythm")


def box_plan() -> Plan:
    """Box breathing: intro 3 s, then 4-4-4-4 cycles."""
    return breathing_plan(preset="box")


def easier(plan: Plan, now: float) -> Plan:
    gentle = [Draft(3.0, "exhale", "Breathe out"), Draft(3.0, "inhale", "Breathe in")]
    return plan.splice(now, [*gentle * 3, OUTRO])


def keep_pace(plan: Plan, now: float, factor: float) -> Plan:
    return plan


@dataclass
class Recorder:
    finished: list[tuple[str, float]] = field(default_factory=list)

    def begin(self, plan: Plan) -> None:
        return None

    def touch(self, elapsed: float) -> None:
        return None

    def finish(self, status: Status, elapsed: float) -> None:
        self.finished.append((status.value, elapsed))


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


def show_active(qtbot: QtBot, widget: QWidget) -> None:
    """Show ``widget`` as the active window: the session keys work there."""
    widget.resize(900, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


@pytest.fixture
def view(qtbot: QtBot, clock: object, recorder: Recorder) -> Iterator[SessionView]:
    """A box session shown in its own active window, started at fake time 0."""
    controller = SessionController(box_plan(), clock=clock, cues=NullCues(), recorder=recorder)
    v = SessionView(controller)
    qtbot.addWidget(v)
    show_active(qtbot, v)
    controller.start()
    yield v


def at(view: SessionView, clock: object, t: float) -> None:
    """Move the fake clock to session time ``t`` and let timer and frame catch up."""
    clock.now = 1000.0 + t  # type: ignore[attr-defined]
    view.controller.tick()
    view.session_screen.refresh()


def test_nothing_but_a_plan_a_clock_and_null_cues(qtbot: QtBot, clock: object) -> None:
    view = SessionView(SessionController(box_plan(), clock=clock, cues=NullCues()))
    qtbot.addWidget(view)
    assert view.session_screen.phase.text() == "Get comfortable"
    assert isinstance(view.pacer, BreathPacer)


def test_the_phase_word_follows_the_clock(view: SessionView, clock: object) -> None:
    assert view.session_screen.phase.text() == "Get comfortable"
    assert view.session_screen.countdown.text() == "3"
    assert view.session_screen.count.text() == "15 breaths"
    at(view, clock, 3.0 + 0.9)
    assert view.session_screen.phase.text() == "Breathe in"
    assert (
        view.session_screen.countdown.text() == "4"
    )  # 3.1 s left: whole seconds, counting down 4-3-2-1
    assert view.session_screen.count.text() == "Breath 1 of 15"
    at(view, clock, 3.0 + 4.0)
    assert view.session_screen.phase.text() == "Hold"
    at(view, clock, 3.0 + 11.9)
    assert view.session_screen.phase.text() == "Breathe out"
    assert view.session_screen.countdown.text() == "1"
    at(view, clock, 3.0 + 16.0)
    assert view.session_screen.count.text() == "Breath 2 of 15"


def test_the_frame_alone_follows_the_clock(view: SessionView, clock: object) -> None:
    """Even if a boundary tick is late, the next painted frame shows the right phase."""
    clock.now = 1000.0 + 7.5  # type: ignore[attr-defined]
    view.session_screen.refresh()
    assert view.session_screen.phase.text() == "Hold"


def test_the_circle_is_half_full_in_the_middle_of_an_inhale(
    view: SessionView, clock: object
) -> None:
    pacer = view.pacer
    assert isinstance(pacer, BreathPacer)
    at(view, clock, 3.0 + 0.2)
    assert pacer.level < 0.05
    at(view, clock, 3.0 + 2.0)
    assert pacer.level == pytest.approx(0.5, abs=0.01)
    at(view, clock, 3.0 + 6.0)
    assert pacer.level == pytest.approx(1.0)


def test_pause_freezes_the_countdown(view: SessionView, clock: object, qtbot: QtBot) -> None:
    at(view, clock, 4.5)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert view.controller.status is Status.PAUSED
    assert view.session_screen.hint.text() == PAUSED_HINT
    pause = view.controls.button("pause")
    # its key beside the word where the row has room, else in its tooltip (narrow windows,
    # long words, large type left by an earlier test)
    assert pause.text() in ("Resume  Space", "Resume") and "Space" in pause.toolTip()
    shown = (
        view.session_screen.phase.text(),
        view.session_screen.countdown.text(),
        view.session_screen.progress.fraction,
    )
    at(view, clock, 60.0)
    assert (
        view.session_screen.phase.text(),
        view.session_screen.countdown.text(),
        view.session_screen.progress.fraction,
    ) == shown
    assert not view.session_screen.frame_timer.isActive()  # nothing moves, nothing is painted
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert view.controller.status is Status.RUNNING and view.session_screen.hint.text() == ""
    assert view.session_screen.frame_timer.isActive()


def test_escape_stops_at_once_and_saves_stopped(
    view: SessionView, clock: object, qtbot: QtBot, recorder: Recorder
) -> None:
    at(view, clock, 12.5)
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert recorder.finished == [("stopped", pytest.approx(12.5))]
    assert view.stack.currentWidget() is view.summary  # no question asked
    assert view.summary.facts.text() == "12 s · 1 breath"
    assert not view.session_screen.frame_timer.isActive()
    qtbot.keyClick(view, Qt.Key.Key_Space)  # the session keys are gone with the session
    assert view.controller.status is Status.STOPPED


def test_right_arrow_skips_the_step(view: SessionView, clock: object, qtbot: QtBot) -> None:
    at(view, clock, 1.0)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert (
        view.session_screen.phase.text() == "Breathe in"
        and view.session_screen.countdown.text() == "4"
    )


def test_arrows_in_a_rating_row_move_between_numbers_not_steps(
    view: SessionView, clock: object, qtbot: QtBot
) -> None:
    at(view, clock, 1.0)
    view.rate_offer.click()
    row = view.ratings.findChildren(RatingRow)[0]
    row.button(3).setFocus()
    qtbot.keyClick(row.button(3), Qt.Key.Key_Right)
    assert view.session_screen.phase.text() == "Get comfortable"  # the step was not skipped
    assert QApplication.focusWidget() is row.button(4)


def test_g_shows_the_gentle_reminder_at_once(qtbot: QtBot, clock: object) -> None:
    controller = SessionController(box_plan(), clock=clock, replanners=Replanners(gentler=easier))
    view = SessionView(controller)
    qtbot.addWidget(view)
    show_active(qtbot, view)
    controller.start()
    at(view, clock, 25.0)  # past the lead-in (whose words say it already: not twice)
    qtbot.keyClick(view, Qt.Key.Key_G)
    assert view.session_screen.hint.text() == GENTLER_HINT
    assert view.session_screen.phase.text() == "Breathe out"  # the re-planned step shows at once
    at(view, clock, 25.0 + 7.9)
    assert view.session_screen.hint.text() == GENTLER_HINT
    at(view, clock, 25.0 + 8.0)
    assert view.session_screen.hint.text() == ""  # the reminder goes after a while


def test_in_the_lead_in_g_does_not_say_it_twice(qtbot: QtBot, clock: object) -> None:
    controller = SessionController(box_plan(), clock=clock, replanners=Replanners(gentler=easier))
    view = SessionView(controller)
    qtbot.addWidget(view)
    show_active(qtbot, view)
    controller.start()
    at(view, clock, 5.0)
    qtbot.keyClick(view, Qt.Key.Key_G)
    assert GENTLER_HINT in view.session_screen.safety.text()
    assert view.session_screen.hint.text() == ""


def test_gentler_is_off_where_the_practice_has_no_gentler(qtbot: QtBot, clock: object) -> None:
    controller = SessionController(box_plan(), clock=clock, replanners=Replanners())
    view = SessionView(controller)
    qtbot.addWidget(view)
    view.show()
    assert not view.controls.button("gentler").isVisible()  # shown only where it does something
    view.session_screen.gentler()
    assert view.session_screen.hint.text() == ""


def test_pace_keys_for_breathing_only(qtbot: QtBot, clock: object) -> None:
    preset = SessionView(SessionController(box_plan(), clock=clock))
    qtbot.addWidget(preset)
    show_active(qtbot, preset)
    preset.controller.start()
    for name in ("slower", "faster"):  # a preset too: it becomes "custom, from box"
        assert preset.controls.button(name).isVisible()
    fixed = SessionView(SessionController(box_plan(), clock=clock, replanners=Replanners()))
    qtbot.addWidget(fixed)
    show_active(qtbot, fixed)
    fixed.controller.start()
    for name in ("slower", "faster"):  # no greyed-out buttons where the pace is fixed
        assert not fixed.controls.button(name).isVisible()
    qtbot.keyClick(fixed, Qt.Key.Key_Minus)  # the key still answers, kindly
    assert fixed.session_screen.hint.text() == "This pattern keeps its own pace."

    custom = Plan("breathing", None, {}, lay_out([INTRO, IN, OUT, IN, OUT, OUTRO]))
    seen: list[float] = []

    def record(plan: Plan, now: float, factor: float) -> Plan:
        seen.append(factor)
        return plan

    controller = SessionController(custom, clock=clock, replanners=Replanners(change_pace=record))
    view = SessionView(controller)
    qtbot.addWidget(view)
    show_active(qtbot, view)
    controller.start()
    assert view.controls.button("slower").isVisible() and view.controls.button("faster").isVisible()
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    qtbot.keyClick(view, Qt.Key.Key_Equal)
    assert seen == [pytest.approx(1.1), pytest.approx(1 / 1.1), pytest.approx(1 / 1.1)]


def test_pace_limit_notice_is_shown(qtbot: QtBot, clock: object) -> None:
    from breathe.engine.practices.errors import PracticeError

    def refuse(plan: Plan, now: float, factor: float) -> Plan:
        raise PracticeError("slower than 2 breaths a minute, e.g. 6")

    custom = Plan("breathing", None, {}, lay_out([INTRO, IN, OUT, OUTRO]))
    controller = SessionController(custom, clock=clock, replanners=Replanners(change_pace=refuse))
    view = SessionView(controller)
    qtbot.addWidget(view)
    controller.start()
    view.session_screen.slower()
    assert "as far as the pace goes" in view.session_screen.hint.text()


def test_sound_voice_and_fullscreen_keys(view: SessionView, qtbot: QtBot) -> None:
    sound = view.controls.button("sound")
    assert sound.isChecked() and sound.accessibleName() == "Cue sounds: on"
    qtbot.keyClick(view, Qt.Key.Key_M)
    assert view.controller.muted and not sound.isChecked()
    assert sound.accessibleName() == "Cue sounds: off" and sound.text() == "Sound: off  M"
    qtbot.keyClick(view, Qt.Key.Key_M)
    assert not view.controller.muted and sound.text() == "Sound: on  M"
    assert not view.controls.button("voice").isEnabled()  # NullCues has no voice...
    assert view.controls.button("voice").toolTip() == NO_VOICE  # ...and the button says why
    qtbot.keyClick(view, Qt.Key.Key_V)
    assert not view.controller.voice_on
    with qtbot.waitSignal(view.fullscreen_toggled):
        qtbot.keyClick(view, Qt.Key.Key_F11)


def test_voice_key_turns_speech_on_and_off(qtbot: QtBot, clock: object) -> None:
    class Voice(NullCues):
        available = True

    controller = SessionController(box_plan(), clock=clock, voice=Voice())
    view = SessionView(controller)
    qtbot.addWidget(view)
    voice = view.controls.button("voice")
    assert voice.isEnabled() and not voice.isChecked()
    view.toggle_voice()
    assert controller.voice_on and view.controls.button("voice").isChecked()
    view.toggle_voice()
    assert not controller.voice_on


def test_every_control_is_named_and_reachable_by_keyboard(view: SessionView) -> None:
    buttons = view.findChildren(QPushButton)
    assert len(buttons) > 9
    for button in buttons:
        assert button.accessibleName(), button.text()
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus, button.text()
    names = {b.accessibleName() for b in buttons}
    assert {"Pause", "Stop the session", "Skip to the next step"} <= names


def test_the_phase_change_is_announced(view: SessionView, clock: object) -> None:
    assert view.session_screen.phase.accessibleName() == "Get comfortable"
    at(view, clock, 3.5)
    assert view.session_screen.phase.accessibleName() == "Breathe in"


class PaintCounter(QObject):
    def __init__(self, *widgets: QWidget) -> None:
        super().__init__()
        self.counts = dict.fromkeys(widgets, 0)
        for w in widgets:
            w.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and watched in self.counts:
            self.counts[watched] += 1  # type: ignore[index]
        return False


def test_a_frame_repaints_the_pacer_not_the_words(
    view: SessionView, clock: object, qtbot: QtBot
) -> None:
    at(view, clock, 4.8)  # the middle of an in-breath, where the circle grows fastest
    QApplication.processEvents()
    counter = PaintCounter(
        view.pacer,
        view.session_screen.phase,
        view.session_screen.count,
        view.controls.button("stop"),
    )
    for k in range(10):  # ten frames within one second of one phase
        clock.now = 1000.0 + 4.9 + k * 0.016  # type: ignore[attr-defined]
        view.session_screen.refresh()
        QApplication.processEvents()
    assert counter.counts[view.pacer] >= 5
    assert counter.counts[view.session_screen.phase] == 0
    assert counter.counts[view.session_screen.count] == 0
    assert counter.counts[view.controls.button("stop")] == 0


def test_frame_timer_runs_only_while_the_view_can_be_seen(view: SessionView, qtbot: QtBot) -> None:
    timer = view.session_screen.frame_timer
    assert timer.isActive() and timer.interval() == FRAME_MS
    assert timer.timerType() == Qt.TimerType.PreciseTimer
    view.hide()
    assert not timer.isActive()
    view.show()
    assert timer.isActive()
    view.showMinimized()
    qtbot.waitUntil(lambda: not timer.isActive())
    view.showNormal()
    qtbot.waitUntil(timer.isActive)
    assert view.controller.boundary_timer.isActive()  # time goes on regardless


def test_frame_timer_of_an_embedded_view_follows_its_window(qtbot: QtBot, clock: object) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    view = SessionView(SessionController(box_plan(), clock=clock), parent=window)
    window.show()
    qtbot.waitExposed(window)
    view.controller.start()
    assert view.session_screen.frame_timer.isActive()
    window.showMinimized()
    qtbot.waitUntil(lambda: not view.session_screen.frame_timer.isActive())
    window.showNormal()
    qtbot.waitUntil(view.session_screen.frame_timer.isActive)
    other = QWidget()  # moved to another window: that one is watched now
    qtbot.addWidget(other)
    view.setParent(other)
    other.show()
    qtbot.waitExposed(other)
    other.showMinimized()
    qtbot.waitUntil(lambda: not view.session_screen.frame_timer.isActive())
    other.showNormal()
    qtbot.waitUntil(view.session_screen.frame_timer.isActive)
    view.controller.stop()
    assert not view.session_screen.frame_timer.isActive()


def test_reduced_motion_shows_a_still_bar_and_paints_only_at_changes(
    qtbot: QtBot, clock: object
) -> None:
    view = SessionView(SessionController(box_plan(), clock=clock), reduced_motion=True)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.controller.start()
    pacer = view.pacer
    assert isinstance(pacer, BreathPacer) and pacer.reduced_motion
    assert view.session_screen.frame_timer.interval() == CALM_FRAME_MS
    at(view, clock, 3.0)
    assert pacer.fill_level == pytest.approx(1.0)  # the inhale's fill fades in at once
    level = pacer.level
    at(view, clock, 5.0)
    assert pacer.level == level  # nothing moves within a phase
    assert view.session_screen.countdown.text() == "2"  # the words still follow
    at(view, clock, 11.0)
    assert pacer.fill_level == pytest.approx(0.0)
    view.set_reduced_motion(False)
    assert view.session_screen.frame_timer.interval() == FRAME_MS and not pacer.reduced_motion


def test_lead_in_ratings_are_one_small_optional_line(
    view: SessionView, clock: object, qtbot: QtBot
) -> None:
    """Nothing competes with the first breaths: one link, the rows only if asked for."""
    assert view.rate_offer.isVisible() and not view.ratings.isVisible()
    view.rate_offer.click()
    assert view.ratings.isVisible() and not view.rate_offer.isVisible()
    assert QApplication.focusWidget() is view.stress_before.button(0)
    with qtbot.waitSignal(view.ratings_changed) as got:
        view.stress_before.button(6).click()
    assert got.args == [{"rating_before": 6}]
    assert view.ratings.isVisible()  # pain is still open
    view.setFocus()  # the person moved on
    at(view, clock, LEAD_IN_SECONDS)
    assert not view.lead_in.isVisible()  # not answered: it simply goes
    assert view.ratings_given == {"rating_before": 6}


def test_the_lead_in_line_goes_by_itself_and_nothing_asks_later(
    view: SessionView, clock: object
) -> None:
    at(view, clock, LEAD_IN_SECONDS - 0.1)
    assert view.rate_offer.isVisible()
    at(view, clock, LEAD_IN_SECONDS)
    assert not view.lead_in.isVisible()
    asking = [
        w for w in [*view.findChildren(RatingRow), view.rate_offer, view.why] if w.isVisible()
    ]
    assert asking == []


def test_rows_being_answered_stay_past_the_lead_in(view: SessionView, clock: object) -> None:
    view.open_ratings()
    at(view, clock, LEAD_IN_SECONDS + 3)
    assert view.ratings.isVisible()  # the focus is on them: the person is answering
    view.pain_before.button(2).setFocus()
    view.stress_before.button(4).click()
    view.pain_before.button(2).click()
    assert not view.lead_in.isVisible() and view.hasFocus()


def test_answering_both_ratings_tucks_them_away(view: SessionView, qtbot: QtBot) -> None:
    view.open_ratings()
    view.stress_before.button(7).click()
    view.pain_before.button(4).click()
    assert not view.ratings.isVisible()
    assert view.ratings_given == {"rating_before": 7, "pain_before": 4}


def test_no_pain_question_when_not_asked(qtbot: QtBot, clock: object) -> None:
    view = SessionView(SessionController(box_plan(), clock=clock), ask_pain=False)
    qtbot.addWidget(view)
    view.show()
    view.open_ratings()
    assert not view.pain_before.isVisible() and not view.summary.pain.isVisibleTo(view.summary)
    view.stress_before.button(3).click()
    assert not view.ratings.isVisible()


def test_no_ratings_when_not_asked(qtbot: QtBot, clock: object) -> None:
    view = SessionView(SessionController(box_plan(), clock=clock), ask_ratings=False)
    qtbot.addWidget(view)
    view.show()
    assert not view.ratings.isVisible() and not view.rate_offer.isVisible()


def test_summary_after_a_completed_session(qtbot: QtBot, clock: object) -> None:
    plan = Plan("breathing", None, {}, lay_out([INTRO, IN, OUT, IN, OUT, OUTRO]))
    view = SessionView(SessionController(plan, clock=clock))
    qtbot.addWidget(view)
    view.show()
    view.controller.start()
    view.open_ratings()
    view.stress_before.button(7).click()
    at(view, clock, plan.total_seconds + 1.0)
    summary = view.summary
    assert view.stack.currentWidget() is summary
    assert summary.heading.text().startswith("Well done")
    assert summary.facts.text() == "23 s · 2 breaths"
    with qtbot.waitSignal(view.ratings_changed) as got:
        summary.stress.button(3).click()
    assert got.args == [{"rating_after": 3}]
    assert summary.changes.text() == "Stress: 7 before, 3 now"
    with qtbot.waitSignal(view.ratings_changed) as got:
        summary.pain.button(2).click()
    assert got.args == [{"pain_after": 2}]
    assert summary.changes.text() == "Stress: 7 before, 3 now"  # no pain before: no change line
    with qtbot.waitSignal(view.ratings_changed) as got:
        summary.tag_button("work").click()
    assert got.args == [{"tags": ["work"]}]
    summary.own_tag.setText("  Before   bed ")
    with qtbot.waitSignal(view.ratings_changed) as got:
        qtbot.keyClick(summary.own_tag, Qt.Key.Key_Return)
    assert got.args == [{"tags": ["work", "before bed"]}]
    summary.own_tag.setText("   ")
    qtbot.keyClick(summary.own_tag, Qt.Key.Key_Return)  # nothing typed: nothing added
    summary.own_tag.setText("WORK")
    qtbot.keyClick(summary.own_tag, Qt.Key.Key_Return)  # already there: nothing new
    assert summary.tags() == ["work", "before bed"] and summary.own_tag.text() == ""
    with qtbot.waitSignal(view.again_requested):
        summary.again.click()
    with qtbot.waitSignal(view.done_requested):
        summary.done.click()


def test_summary_for_a_long_session_and_for_other_practices(qtbot: QtBot, clock: object) -> None:
    from breathe.ui.session.summary import duration_text

    assert duration_text(243.0) == "4 min 3 s"
    assert duration_text(600.2) == "10 min"
    see = Draft(60.0, "see", "Name something you can see (1 of 3)")
    grounding = Plan("grounding", None, {}, lay_out([INTRO, see, OUTRO]))
    timed = SessionController(grounding, clock=clock, gated_kinds=frozenset())  # not waiting
    view = SessionView(timed)
    qtbot.addWidget(view)
    view.controller.start()
    at(view, clock, 70.0)
    assert view.summary.facts.text() == "1 min 7 s"  # no breath count for grounding
    assert view.session_screen.count.text() == ""


class StubPacer(Pacer):
    """A grounding-like pacer: records what it was given."""

    def __init__(self) -> None:
        super().__init__()
        self.plans: list[Plan] = []
        self.positions: list[Position] = []
        self.reduced: list[bool] = []

    def set_plan(self, plan: Plan) -> None:
        self.plans.append(plan)

    def show_position(self, position: Position) -> None:
        self.positions.append(position)

    def set_reduced_motion(self, on: bool) -> None:
        self.reduced.append(on)


def test_any_pacer_can_be_hosted_and_ask_to_move_on(qtbot: QtBot, clock: object) -> None:
    see = Draft(10.0, "see", "Name something you can see (1 of 3)")
    plan = Plan("grounding", None, {}, lay_out([INTRO, see, see, OUTRO]))
    controller = SessionController(plan, clock=clock, gated_kinds=frozenset({"see"}))
    pacer = StubPacer()
    view = SessionView(controller, pacer=pacer)
    qtbot.addWidget(view)
    view.show()
    controller.start()
    assert pacer.plans == [plan] and pacer.reduced == [False]
    at(view, clock, 13.0)
    assert pacer.positions[-1].index == 1 and pacer.positions[-1].waiting
    assert (
        view.session_screen.hint.text() == WAITING_HINT
        and view.session_screen.countdown.text() == ""
    )
    pacer.advance_requested.emit()
    at(view, clock, 13.5)
    assert pacer.positions[-1].index == 2 and view.session_screen.hint.text() == ""
    assert len(pacer.plans) == 2  # the advance re-timed the future


def test_font_sizes_follow_the_application_font(view: SessionView) -> None:
    base = view.font().pointSizeF()
    assert view.session_screen.phase.font().pointSizeF() == pytest.approx(base * 2.6)
    bigger = view.font()
    bigger.setPointSizeF(base * 1.3)
    view.setFont(bigger)
    assert view.session_screen.phase.font().pointSizeF() == pytest.approx(base * 1.3 * 2.6)


def test_square_style_for_box(qtbot: QtBot, clock: object) -> None:
    view = SessionView(SessionController(box_plan(), clock=clock), pacer_style="square")
    qtbot.addWidget(view)
    pacer = view.pacer
    assert isinstance(pacer, BreathPacer) and pacer.pacer_style == "square"
    with pytest.raises(ValueError, match="circle or square"):
        pacer.set_style("triangle")


def test_a_hint_given_while_paused_stays_after_resuming(qtbot: QtBot, clock: object) -> None:
    controller = SessionController(box_plan(), clock=clock, replanners=Replanners(gentler=easier))
    view = SessionView(controller)
    qtbot.addWidget(view)
    controller.start()
    at(view, clock, 25.0)
    controller.toggle_pause()
    view.session_screen.gentler()
    controller.toggle_pause()
    assert view.session_screen.hint.text() == GENTLER_HINT


def test_a_hold_paints_nothing_at_all(view: SessionView, clock: object) -> None:
    at(view, clock, 7.2)  # box: holding full
    QApplication.processEvents()
    counter = PaintCounter(view.pacer, view.session_screen.phase)
    for k in range(30):  # half a second of frames
        clock.now = 1000.0 + 7.3 + k * 0.016  # type: ignore[attr-defined]
        view.session_screen.refresh()
        QApplication.processEvents()
    assert counter.counts == {view.pacer: 0, view.session_screen.phase: 0}


def test_keys_the_window_already_has_stay_with_the_window(qtbot: QtBot, clock: object) -> None:
    """A main window binding F11 itself keeps it; two bindings would cancel each other out."""
    from PySide6.QtGui import QKeySequence, QShortcut
    from PySide6.QtWidgets import QVBoxLayout

    window = QWidget()
    qtbot.addWidget(window)
    toggled: list[str] = []
    own = QShortcut(QKeySequence(Qt.Key.Key_F11), window, lambda: toggled.append("window"))
    own.setContext(Qt.ShortcutContext.WindowShortcut)
    off = QShortcut(QKeySequence(Qt.Key.Key_Space), window)  # switched off: not in the way
    off.setEnabled(False)
    home = QWidget()  # another page's keys only count while that page shows
    QShortcut(QKeySequence(Qt.Key.Key_G), home).setContext(Qt.ShortcutContext.WindowShortcut)
    view = SessionView(SessionController(box_plan(), clock=clock))
    layout = QVBoxLayout(window)
    layout.addWidget(home)
    layout.addWidget(view)
    view.fullscreen_toggled.connect(lambda: toggled.append("view"))
    show_active(qtbot, window)
    view.controller.start()
    keys = view.controls.keys_in_use()
    assert "F11" not in keys and {"Space", "G", "Esc"} <= set(keys)
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert toggled == ["window"]
    view.controls.button("fullscreen").click()  # the button still asks
    assert toggled == ["window", "view"]
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert view.controller.status is Status.PAUSED  # the rest are the session's


def test_a_newcomer_is_offered_why_it_helps_in_the_lead_in(qtbot: QtBot, clock: object) -> None:
    controller = SessionController(box_plan(), clock=clock, cues=NullCues())
    view = SessionView(controller, offer_explainer=True)
    qtbot.addWidget(view)
    show_active(qtbot, view)
    controller.start()
    assert view.why.isVisible() and view.why.text() == "New to this? Why it helps"
    with qtbot.waitSignal(view.explain_requested, timeout=1000):
        view.why.click()
    at(view, clock, 25.0)  # the lead-in offer goes with the ratings
    assert not view.why.isVisible()
    seasoned = SessionView(SessionController(box_plan(), clock=clock, cues=NullCues()))
    qtbot.addWidget(seasoned)
    assert seasoned.why.isHidden()


def test_a_row_too_narrow_for_the_keys_leaves_them_off_its_buttons(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    from breathe.ui.session.controls import CONTROLS, SessionControls

    window = QWidget()  # a window narrower than the row (long words, a small screen)
    qtbot.addWidget(window)
    controls = SessionControls({c.id: (lambda: None) for c in CONTROLS})
    QVBoxLayout(window).addWidget(controls)
    window.setFixedWidth(2400)
    window.show()
    qtbot.waitExposed(window)
    assert controls.button("stop").text() == "Stop  Esc"
    window.setFixedWidth(300)  # the keys would take the row onto a third line
    qtbot.waitUntil(lambda: controls.button("stop").text() == "Stop")
    assert "Esc" in controls.button("stop").toolTip()  # the key is still told
    window.setFixedWidth(2400)
    qtbot.waitUntil(lambda: controls.button("stop").text() == "Stop  Esc")
