"""The session controller keeps time on its own: boundary timer, cues, voice, history row."""

from __future__ import annotations

import math
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from breathe.engine.cues import NullCues
from breathe.engine.practices.breathing import breathing_plan
from breathe.engine.practices.errors import PracticeError
from breathe.engine.practices.steps import Draft, Plan, drafts_of, lay_out
from breathe.engine.runner import Status
from breathe.ui.session.controller import (
    FREEZE_GAP,
    PACE_LIMIT_NOTICE,
    NullRecorder,
    Replanners,
    SessionController,
    practice_replanners,
)

# -- what a session talks to, recorded -------------------------------------------------


@dataclass
class Sounds:
    """A CueSink and VoiceSink that remembers what it was asked to do."""

    available: bool = True
    cues: list[str] = field(default_factory=list)
    spoken: list[str] = field(default_factory=list)
    prepared: list[str] = field(default_factory=list)
    silenced: int = 0
    muted: list[bool] = field(default_factory=list)

    def play_cue(self, kind: str) -> None:
        self.cues.append(kind)

    def set_muted(self, muted: bool) -> None:
        self.muted.append(muted)

    def prepare(self, texts: Iterable[str]) -> None:
        self.prepared.extend(texts)

    def speak(self, text: str) -> None:
        self.spoken.append(text)

    def silence(self) -> None:
        self.silenced += 1


@dataclass
class Recorder:
    """A SessionRecorder that remembers the row's life."""

    begun: list[Plan] = field(default_factory=list)
    started_at: list[datetime | None] = field(default_factory=list)
    touches: list[float] = field(default_factory=list)
    finished: list[tuple[str, float]] = field(default_factory=list)

    def begin(self, plan: Plan, started_at: datetime | None = None) -> None:
        self.begun.append(plan)
        self.started_at.append(started_at)

    def touch(self, elapsed: float) -> None:
        self.touches.append(elapsed)

    def finish(self, status: Status, elapsed: float) -> None:
        self.finished.append((status.value, elapsed))


@dataclass
class Inhibitor:
    calls: list[str] = field(default_factory=list)

    def inhibit(self, reason: str) -> None:
        self.calls.append("inhibit")

    def release(self) -> None:
        self.calls.append("release")


# -- plans and stand-in re-planners built on Plan.splice ---------------------------------

IN = Draft(4.0, "inhale", "Breathe in", "Breathe in")
OUT = Draft(4.0, "exhale", "Breathe out", "And out")
INTRO = Draft(3.0, "intro", "Get comfortable", "Get comfortable.")
OUTRO = Draft(4.0, "outro", "Let your breath find its own rhythm")


def box_plan() -> Plan:
    """Box breathing: intro 3 s, then 4-4-4-4 cycles."""
    return breathing_plan(preset="box")


def custom_plan(cycles: int = 3) -> Plan:
    """A custom 4-4 rhythm (no preset: the pace keys apply)."""
    return Plan("breathing", None, {}, lay_out([INTRO, *[IN, OUT] * cycles, OUTRO]))


def resume_in(plan: Plan, now: float) -> Plan:
    i = plan.index_at(now)
    return plan.splice(now, [IN, *drafts_of(plan.steps[i + 1 :])])


def easier(plan: Plan, now: float) -> Plan:
    gentle = Draft(3.0, "exhale", "Breathe out", "Breathe gently, slower not deeper")
    return plan.splice(now, [gentle, Draft(3.0, "inhale", "Breathe in"), OUT, OUTRO])


def pace(plan: Plan, now: float, factor: float) -> Plan:
    if factor < 0.5:
        raise PracticeError("faster than 30 breaths a minute, e.g. 6")
    i = plan.index_at(now)
    later = [d._replace(duration=d.duration * factor) for d in drafts_of(plan.steps[i + 1 :])]
    return plan.splice(plan.steps[i].end, later, index=i + 1)


STAND_INS = Replanners(on_resume=resume_in, gentler=easier, change_pace=pace)


def make(plan: Plan, clock: object, **kw: object) -> tuple[SessionController, Sounds, Recorder]:
    sounds, recorder = Sounds(), Recorder()
    if "replanners" not in kw:
        kw["replanners"] = STAND_INS
    elif kw["replanners"] is None:
        del kw["replanners"]  # the practice's own
    controller = SessionController(
        plan,
        clock=clock,
        cues=sounds,
        voice=sounds,
        recorder=recorder,
        **kw,  # type: ignore[arg-type]
    )
    return controller, sounds, recorder


def at_next_boundary(controller: SessionController, clock: object) -> None:
    """Let the fake clock reach the moment the boundary timer is aimed at, then fire it."""
    assert controller.boundary_timer.isActive()
    clock.advance(controller.boundary_timer.interval() / 1000.0)  # type: ignore[attr-defined]
    controller.tick()


# -- tests ---------------------------------------------------------------------------------


def test_start_opens_the_row_and_aims_one_single_shot_timer_at_the_first_boundary(
    qtbot: QtBot, clock: object
) -> None:
    plan = box_plan()
    controller, sounds, recorder = make(plan, clock, voice_on=True)
    with qtbot.waitSignal(controller.step_changed) as step:
        controller.start()
    assert step.args == [0]
    assert recorder.begun == [plan]
    assert sounds.cues == ["intro"]
    assert sounds.spoken == [plan.steps[0].say]
    assert set(sounds.prepared) == {s.say for s in plan.steps if s.say}
    assert len(sounds.prepared) == len(set(sounds.prepared))  # each text once
    timer = controller.boundary_timer
    assert timer.isSingleShot() and timer.timerType() == Qt.TimerType.PreciseTimer
    assert timer.isActive() and timer.interval() == 3000  # the intro lasts 3 s
    controller.start()  # a second start changes nothing
    assert recorder.begun == [plan]


def test_each_boundary_plays_the_cue_speaks_and_touches_the_row(
    qtbot: QtBot, clock: object
) -> None:
    controller, sounds, recorder = make(box_plan(), clock, voice_on=True)
    controller.start()
    clock.advance(1.0)  # type: ignore[attr-defined]
    controller.tick()  # an early tick changes nothing and re-aims the timer
    assert sounds.cues == ["intro"] and controller.boundary_timer.interval() == 2000
    with qtbot.waitSignal(controller.step_changed) as step:
        at_next_boundary(controller, clock)
    assert step.args == [1]
    assert sounds.cues == ["intro", "inhale"]
    assert sounds.spoken[-1] == "Breathe in"
    assert recorder.touches[-1] == pytest.approx(3.0)
    assert controller.boundary_timer.interval() == 4000
    at_next_boundary(controller, clock)
    assert controller.position().step.label == "Hold" and sounds.cues[-1] == "hold"


def test_a_thirty_minute_session_lands_every_step_change_on_time(clock: object) -> None:
    # uneven phases, so the boundaries are not round numbers
    body = [Draft(4.7, "inhale", "Breathe in"), Draft(6.3, "exhale", "Breathe out")] * 164
    plan = Plan("breathing", None, {}, lay_out([INTRO, *body, OUTRO]))
    assert plan.total_seconds > 30 * 60
    controller, sounds, recorder = make(plan, clock)
    landed: list[tuple[int, float]] = []
    controller.step_changed.connect(lambda i: landed.append((i, controller.position().elapsed)))
    ended: list[str] = []
    controller.finished.connect(ended.append)
    controller.start()
    ticks = 0
    while controller.boundary_timer.isActive():
        at_next_boundary(controller, clock)
        ticks += 1
    assert [i for i, _ in landed] == list(range(len(plan.steps)))
    for i, elapsed in landed:
        assert 0.0 <= elapsed - plan.steps[i].start <= 0.0011  # never early, <= 1 ms late
    assert ticks <= len(plan.steps) + 1  # one wake-up per step, not a polling loop
    assert ended == [Status.COMPLETED]
    assert recorder.finished == [("completed", pytest.approx(plan.total_seconds))]
    assert sounds.cues[-1] == "end"


def test_pause_freezes_time_and_resume_starts_at_an_inhale(qtbot: QtBot, clock: object) -> None:
    inhibitor = Inhibitor()
    controller, sounds, recorder = make(box_plan(), clock, inhibitor=inhibitor)
    controller.start()
    at_next_boundary(controller, clock)  # inhale
    at_next_boundary(controller, clock)  # hold
    clock.advance(1.5)  # type: ignore[attr-defined]
    with qtbot.waitSignal(controller.paused_changed) as paused:
        controller.toggle_pause()
    assert paused.args == [True] and controller.status is Status.PAUSED
    assert sounds.silenced == 1 and not controller.boundary_timer.isActive()
    before = controller.position()
    clock.advance(60.0)  # type: ignore[attr-defined]
    assert controller.position().step_remaining == before.step_remaining
    assert controller.position().elapsed == before.elapsed
    assert recorder.touches[-1] == pytest.approx(before.elapsed)

    with qtbot.waitSignals([controller.replanned, controller.paused_changed]):
        controller.toggle_pause()
    now = controller.position()
    assert now.step.kind == "inhale" and now.step.start == pytest.approx(before.elapsed)
    assert sounds.cues[-1] == "inhale"
    assert controller.boundary_timer.isActive() and controller.boundary_timer.interval() == 4000
    assert inhibitor.calls == ["inhibit"]


def test_stop_saves_stopped_silences_and_lets_the_screensaver_go(
    qtbot: QtBot, clock: object
) -> None:
    inhibitor = Inhibitor()
    controller, sounds, recorder = make(box_plan(), clock, inhibitor=inhibitor)
    controller.start()
    clock.advance(5.25)  # type: ignore[attr-defined]
    with qtbot.waitSignal(controller.finished) as ended:
        controller.stop()
    assert ended.args == [Status.STOPPED]
    assert recorder.finished == [("stopped", pytest.approx(5.25))]
    assert sounds.silenced == 1 and "end" not in sounds.cues
    assert not controller.boundary_timer.isActive()
    assert inhibitor.calls == ["inhibit", "release"]
    controller.toggle_pause()  # nothing happens after the end
    controller.gentler()
    assert controller.status is Status.STOPPED and recorder.finished[-1][0] == "stopped"


def test_skip_moves_on_at_once_and_reaims_the_timer(qtbot: QtBot, clock: object) -> None:
    controller, sounds, _ = make(box_plan(), clock)
    controller.start()
    clock.advance(1.0)  # type: ignore[attr-defined]
    with qtbot.waitSignals([controller.step_changed, controller.replanned]):
        controller.skip()
    pos = controller.position()
    assert pos.step.kind == "inhale" and pos.step.start == pytest.approx(1.0)
    assert sounds.cues == ["intro", "inhale"]
    assert controller.boundary_timer.interval() == 4000


def test_skipping_the_last_step_completes(qtbot: QtBot, clock: object) -> None:
    plan = Plan("breathing", None, {}, lay_out([INTRO, IN]))
    controller, _, recorder = make(plan, clock)
    controller.start()
    at_next_boundary(controller, clock)
    with qtbot.waitSignal(controller.finished) as ended:
        controller.skip()
    assert ended.args == [Status.COMPLETED] and recorder.finished[0][0] == "completed"


def test_gentler_replans_from_now_and_announces_the_new_step(qtbot: QtBot, clock: object) -> None:
    controller, sounds, _ = make(box_plan(), clock, voice_on=True)
    controller.start()
    at_next_boundary(controller, clock)
    clock.advance(2.0)  # type: ignore[attr-defined]  mid-inhale
    assert controller.can_gentler
    with qtbot.waitSignal(controller.replanned):
        controller.gentler()
    pos = controller.position()
    assert pos.step.kind == "exhale" and pos.step.start == pytest.approx(5.0)
    assert sounds.spoken[-1] == "Breathe gently, slower not deeper"
    assert controller.boundary_timer.interval() == 3000


def test_gentler_that_keeps_the_current_step_announces_nothing_new(clock: object) -> None:
    def keep(plan: Plan, now: float) -> Plan:
        return plan.splice(plan.steps[plan.index_at(now)].end, [OUT], index=plan.index_at(now) + 1)

    controller, sounds, _ = make(box_plan(), clock, replanners=Replanners(gentler=keep))
    controller.start()
    controller.gentler()
    assert sounds.cues == ["intro"]


def test_pace_keys_for_every_breathing_session_a_preset_becoming_custom(clock: object) -> None:
    box, _, _ = make(box_plan(), clock, replanners=None)  # breathing's own re-planners
    box.start()
    assert box.can_change_pace and box.change_pace(1.1) is True
    assert (box.plan.preset, box.plan.options["from_preset"]) == (None, "box")
    grounding, _, _ = make(breathing_plan(preset="box"), clock, replanners=Replanners())
    assert not grounding.can_change_pace and grounding.change_pace(1.1) is False
    controller, _, _ = make(custom_plan(), clock)
    controller.start()
    assert controller.can_change_pace
    assert controller.change_pace(1.5) is True
    assert controller.plan.steps[1].duration == pytest.approx(6.0)  # from the next breath
    assert controller.plan.steps[0].duration == pytest.approx(3.0)  # the intro stays


def test_pace_beyond_the_limits_says_so_gently(qtbot: QtBot, clock: object) -> None:
    controller, _, _ = make(custom_plan(), clock)
    controller.start()
    before = controller.plan
    with qtbot.waitSignal(controller.notice) as notice:
        assert controller.change_pace(0.1) is False
    assert notice.args == [PACE_LIMIT_NOTICE] and controller.plan is before


def test_no_replanners_means_no_gentler_and_no_pace(clock: object) -> None:
    controller, _, _ = make(custom_plan(), clock, replanners=Replanners())
    controller.start()
    before = controller.plan
    controller.gentler()
    assert controller.change_pace(1.1) is False
    assert controller.plan is before and not controller.can_gentler


def test_voice_and_mute(clock: object) -> None:
    controller, sounds, _ = make(box_plan(), clock)
    assert not controller.voice_on
    controller.start()
    at_next_boundary(controller, clock)
    assert sounds.spoken == [] and sounds.prepared == []  # voice off: nothing rendered
    controller.set_voice(True)
    assert controller.voice_on and sounds.prepared
    at_next_boundary(controller, clock)
    assert sounds.spoken == ["Hold"]
    controller.set_muted(True)
    assert controller.muted and sounds.muted == [True] and sounds.silenced == 1
    at_next_boundary(controller, clock)
    assert sounds.spoken == ["Hold"] and sounds.cues[-1] == "exhale"  # the sink mutes cues
    controller.set_muted(False)
    controller.set_voice(False)
    assert sounds.silenced == 2 and not controller.voice_on


def test_voice_stays_off_when_unavailable(clock: object) -> None:
    sounds = Sounds(available=False)
    controller = SessionController(
        box_plan(), clock=clock, cues=sounds, voice=sounds, voice_on=True, replanners=STAND_INS
    )  # type: ignore[arg-type]
    controller.start()
    assert not controller.voice_on and sounds.spoken == []


def test_self_paced_steps_wait_for_advance(qtbot: QtBot, clock: object) -> None:
    see = Draft(10.0, "see", "Name something you can see (1 of 3)")
    plan = Plan("grounding", None, {}, lay_out([INTRO, see, see, OUTRO]))
    controller, _, _ = make(plan, clock, gated_kinds=frozenset({"see"}))
    controller.start()
    at_next_boundary(controller, clock)
    at_next_boundary(controller, clock)  # the first item's pace is over...
    pos = controller.position()
    assert pos.index == 1 and pos.waiting  # ...and the session waits, no timer running
    assert not controller.boundary_timer.isActive()
    with qtbot.waitSignal(controller.step_changed) as step:
        controller.advance()
    assert step.args == [2] and controller.boundary_timer.interval() == 10000


def test_defaults_need_nothing_but_a_plan_and_a_clock(clock: object) -> None:
    controller = SessionController(box_plan(), clock=clock)
    controller.start()
    assert isinstance(controller.cues, NullCues) and isinstance(controller.recorder, NullRecorder)
    clock.advance(3.0)  # type: ignore[attr-defined]
    controller.tick()
    assert controller.position().step.label == "Breathe in"
    controller.stop()
    assert controller.status is Status.STOPPED
    practice = practice_replanners(box_plan())
    assert controller.replanners.gentler is practice.gentler is not None
    assert controller.replanners.change_pace is practice.change_pace
    assert controller.replanners.on_resume is not None


def test_grounding_by_default_waits_at_each_item_and_has_no_breathing_replanners(
    clock: object,
) -> None:
    from breathe.engine.practices.grounding import grounding_plan

    plan = grounding_plan()
    controller = SessionController(plan, clock=clock)
    assert controller.replanners == Replanners()
    controller.start()
    first_item = next(i for i, s in enumerate(plan.steps) if s.kind == "see")
    while controller.boundary_timer.isActive():
        at_next_boundary(controller, clock)
    pos = controller.position()
    assert pos.index == first_item and pos.waiting  # no one is rushed
    controller.advance()
    assert controller.position().index == first_item + 1


def test_on_the_real_clock_the_timer_fires_by_itself(qtbot: QtBot) -> None:
    """No window, no painting: the boundary timer alone walks the session to its end."""
    short = [Draft(0.05, "intro", "a"), Draft(0.05, "inhale", "b"), Draft(0.05, "exhale", "c")]
    plan = Plan("breathing", None, {}, lay_out(short))
    controller = SessionController(plan, clock=time.monotonic, replanners=Replanners())
    seen: list[int] = []
    controller.step_changed.connect(seen.append)
    started = time.monotonic()
    with qtbot.waitSignal(controller.finished, timeout=5000) as ended:
        controller.start()
    assert ended.args == [Status.COMPLETED] and seen == [0, 1, 2]
    assert time.monotonic() - started >= 0.15 - 0.001
    assert not math.isnan(controller.position().elapsed)


def test_gentler_right_at_a_step_start_still_announces_the_new_step(clock: object) -> None:
    controller, sounds, _ = make(box_plan(), clock)
    controller.start()
    at_next_boundary(controller, clock)  # exactly at the inhale's start
    index = controller.position().index
    controller.gentler()
    pos = controller.position()
    assert pos.index == index and pos.step.kind == "exhale"
    assert sounds.cues == ["intro", "inhale", "exhale"]


def test_changes_while_paused_are_announced_on_resume(qtbot: QtBot, clock: object) -> None:
    see = Draft(10.0, "see", "Name something you can see (1 of 3)")
    plan = Plan("grounding", None, {}, lay_out([INTRO, see, see, OUTRO]))
    controller, sounds, _ = make(plan, clock, replanners=Replanners(gentler=easier))
    controller.start()
    controller.toggle_pause()
    controller.skip()
    controller.gentler()  # re-planned while paused: nothing is played yet
    assert sounds.cues == ["intro"]
    with qtbot.assertNotEmitted(controller.replanned):
        controller.toggle_pause()  # grounding has no resume rule: the plan stays
    assert sounds.cues == ["intro", "exhale"]
    assert controller.status is Status.RUNNING


# -- with the real breathing engine ------------------------------------------------------


def test_real_gentler_drops_holds_and_starts_with_an_exhale(clock: object) -> None:
    controller, sounds, _ = make(breathing_plan(preset="box"), clock, replanners=None)
    controller.start()
    at_next_boundary(controller, clock)
    clock.advance(2.0)  # type: ignore[attr-defined]  mid-inhale
    controller.gentler()
    pos = controller.position()
    assert pos.step.kind == "exhale" and pos.step.start == pytest.approx(5.0)
    later = controller.plan.steps[pos.index :]
    assert all(s.kind != "hold" for s in later)
    assert sounds.cues[-1] == "exhale"


def test_real_resume_starts_at_an_inhale(clock: object) -> None:
    controller, _, _ = make(breathing_plan(preset="coherent"), clock, replanners=None)
    controller.start()
    clock.advance(3.0 + 5.0 + 2.0)  # type: ignore[attr-defined]  mid-exhale
    controller.tick()
    assert controller.position().step.kind == "exhale"
    controller.toggle_pause()
    clock.advance(30.0)  # type: ignore[attr-defined]
    controller.toggle_pause()
    pos = controller.position()
    assert pos.step.kind == "inhale" and pos.step.start == pytest.approx(10.0)


def test_real_pace_change_waits_for_the_next_breath(clock: object) -> None:
    controller, _, _ = make(breathing_plan(pattern="4-6"), clock, replanners=None)
    controller.start()
    at_next_boundary(controller, clock)
    clock.advance(1.0)  # type: ignore[attr-defined]  into the first inhale
    assert controller.can_change_pace
    assert controller.change_pace(1.1) is True
    steps = controller.plan.steps
    assert steps[1].duration == pytest.approx(4.0)  # this breath stays as it is
    assert steps[3].duration == pytest.approx(4.4)  # the next one is slower
    notices: list[str] = []
    controller.notice.connect(notices.append)
    while controller.change_pace(1.1):  # slower and slower, until the limit
        pass
    assert notices == [PACE_LIMIT_NOTICE]


def test_an_inhibitor_that_arrives_late_takes_effect_at_once(clock: object) -> None:
    class Inhibit:
        def __init__(self) -> None:
            self.calls: list[str] = []

        def inhibit(self, reason: str) -> None:
            self.calls.append("inhibit")

        def release(self) -> None:
            self.calls.append("release")

    controller = SessionController(box_plan(), clock=clock, cues=NullCues())
    controller.start()
    late = Inhibit()
    controller.set_inhibitor(late)
    controller.set_inhibitor(Inhibit())  # the first one stays
    controller.stop()
    assert late.calls == ["inhibit", "release"]


# -- a history opened after the session began (a quick start, after its first paint) ------


def test_a_recorder_attached_later_gets_the_real_start_and_time_so_far(
    qtbot: QtBot, clock: object, tmp_path: Path
) -> None:
    from breathe.store.history import History
    from breathe.store.recorder import HistoryRecorder

    controller, _, _ = make(box_plan(), clock)
    before = datetime.now().astimezone()
    controller.start()
    clock.advance(0.4)  # type: ignore[attr-defined]
    history = History.open(tmp_path / "history.sqlite3")
    try:
        controller.attach_recorder(HistoryRecorder(history))
        assert history.flush(timeout=30)  # rows are written by the history's writer thread
        (row,) = history.sessions()
        assert (row.status, row.duration_seconds) == ("running", pytest.approx(0.4))
        assert before.replace(microsecond=0) <= row.started <= before + timedelta(seconds=5)
        at_next_boundary(controller, clock)  # touched from now on
        assert history.flush(timeout=30)
        assert history.sessions()[0].duration_seconds == pytest.approx(3.4)
        clock.advance(1.0)  # type: ignore[attr-defined]
        controller.stop()
        assert history.flush(timeout=30)
        (row,) = history.sessions()
        assert (row.status, row.duration_seconds) == ("stopped", pytest.approx(4.4))
    finally:
        history.close()


def test_a_session_that_ended_before_its_recorder_came_is_saved_as_it_ended(
    qtbot: QtBot, clock: object
) -> None:
    controller, _, _ = make(box_plan(), clock)
    later = Recorder()
    controller.attach_recorder(later)  # not started: start() will begin the row
    assert later.begun == []
    before = datetime.now().astimezone()
    controller.start()
    after = datetime.now().astimezone()
    assert later.started_at == [None]  # begun at the start: "now"
    ended = Recorder()
    clock.advance(2.0)  # type: ignore[attr-defined]
    controller.stop()
    controller.attach_recorder(ended)
    assert (len(ended.begun), ended.finished) == (1, [("stopped", 2.0)])
    assert ended.touches == []
    started = ended.started_at[0]
    assert started is not None and before <= started <= after  # when it really began


# -- frozen time --------------------------------------------------------------------------


def test_a_heartbeat_runs_while_the_session_runs_and_only_then(qtbot: QtBot, clock: object) -> None:
    controller, _, _ = make(custom_plan(), clock)
    assert not controller.heartbeat_timer.isActive()
    controller.start()
    assert controller.heartbeat_timer.isActive()
    controller.toggle_pause()
    assert not controller.heartbeat_timer.isActive()  # a paused session costs no wake-ups
    controller.toggle_pause()
    assert controller.heartbeat_timer.isActive()
    controller.stop()
    assert not controller.heartbeat_timer.isActive()


def test_an_overdue_tick_after_sigcont_goes_on_from_where_the_session_was(
    qtbot: QtBot, clock: object
) -> None:
    controller, _, recorder = make(custom_plan(cycles=20), clock)
    ended: list[Status] = []
    controller.finished.connect(ended.append)
    controller.start()
    clock.advance(5.0)  # type: ignore[attr-defined]
    controller.heartbeat()
    clock.advance(3600.0)  # type: ignore[attr-defined]  # stopped for an hour
    controller.note_continued()  # what the SIGCONT handler does
    controller.tick()  # the boundary timer, long overdue, fires first
    assert ended == []
    position = controller.position()
    assert position.elapsed == pytest.approx(5.0)
    assert position.step.kind == "inhale"  # breathing goes on from an in-breath
    assert max(recorder.touches) < 10  # the row never had the frozen hour in it
    controller.stop()
    assert recorder.finished == [("stopped", pytest.approx(5.0))]


def test_a_suspend_whose_clock_went_on_is_found_by_the_heartbeat(
    qtbot: QtBot, clock: object
) -> None:
    controller, sounds, recorder = make(custom_plan(cycles=20), clock, watch_freezes=True)
    controller.start()
    clock.advance(4.0)  # type: ignore[attr-defined]
    controller.heartbeat()
    silenced = sounds.silenced
    clock.advance(120.0)  # type: ignore[attr-defined]  # no heartbeat for two minutes
    controller.heartbeat()
    assert controller.position().elapsed == pytest.approx(4.0)
    assert sounds.silenced == silenced + 1  # what was being said is not for now
    assert recorder.touches[-1] == pytest.approx(4.0)


def test_gaps_are_judged_on_the_real_clock_only(qtbot: QtBot, clock: object) -> None:
    faked, _, _ = make(custom_plan(), clock)
    real = SessionController(custom_plan(), replanners=STAND_INS)
    assert faked.runner.freeze_gap is None  # a test's fake clock jumps: that is no freeze
    assert real.runner.freeze_gap == FREEZE_GAP
