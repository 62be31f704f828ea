"""SessionRunner on a fake clock: the step shown at any time, pause, skip, self-paced steps."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from breathe.engine.cues import NullCues
from breathe.engine.practices.steps import Draft, Plan, drafts_of, lay_out
from breathe.engine.runner import SessionRunner, Status
from tests.conftest import FakeClock

BOX = [Draft(3, "intro", "Get comfortable")] + [
    Draft(4, kind, label)
    for _ in range(3)
    for kind, label in (
        ("inhale", "Breathe in"),
        ("hold", "Hold"),
        ("exhale", "Breathe out"),
        ("hold", "Hold"),
    )
]


def box_plan() -> Plan:
    return Plan("breathing", "box", {}, lay_out(BOX))


def started(plan: Plan, clock: FakeClock, **kwargs: object) -> SessionRunner:
    runner = SessionRunner(plan, clock, **kwargs)  # type: ignore[arg-type]
    runner.start()
    return runner


@pytest.mark.parametrize(
    ("t", "label", "remaining"),
    [
        (0, "Get comfortable", 3),
        (3.9, "Breathe in", 3.1),
        (7.0, "Hold", 4),
        (14.9, "Breathe out", 0.1),
    ],
)
def test_the_step_at_a_time(clock: FakeClock, t: float, label: str, remaining: float) -> None:
    runner = started(box_plan(), clock)
    clock.advance(t)
    pos = runner.position()
    assert pos.step.label == label
    assert pos.step_remaining == pytest.approx(remaining)


def test_a_very_late_tick_lands_on_the_right_step(clock: FakeClock) -> None:
    seen: list[str] = []
    runner = started(box_plan(), clock)
    runner.on_step(lambda i, s: seen.append(s.label))
    clock.advance(30.5)  # nothing polled for half a minute
    runner.poll()
    assert seen == ["Breathe out"]
    assert runner.position().elapsed == 30.5


def test_ready_runner_is_at_zero(clock: FakeClock) -> None:
    runner = SessionRunner(box_plan(), clock)
    clock.advance(5)
    assert runner.elapsed() == 0
    assert runner.status is Status.READY
    assert runner.until_next_boundary() is None


def test_pause_freezes_time_and_resume_continues(clock: FakeClock) -> None:
    runner = started(box_plan(), clock)
    clock.advance(5)
    runner.pause()
    runner.pause()  # a second pause changes nothing
    clock.advance(100)
    assert runner.elapsed() == 5
    assert runner.position().status is Status.PAUSED
    assert runner.until_next_boundary() is None
    runner.resume()
    clock.advance(1)
    assert runner.elapsed() == 6
    runner.resume()  # not paused: nothing happens
    assert runner.status is Status.RUNNING


def test_toggle_pause(clock: FakeClock) -> None:
    runner = started(box_plan(), clock)
    runner.toggle_pause()
    assert runner.status is Status.PAUSED
    runner.toggle_pause()
    assert runner.status is Status.RUNNING


def test_resume_replans_with_the_policy(clock: FakeClock) -> None:
    calls: list[float] = []

    def at_inhale(plan: Plan, now: float) -> Plan:
        calls.append(now)
        return plan.splice(
            now, [Draft(4, "inhale", "Breathe in"), Draft(4, "exhale", "Breathe out")]
        )

    runner = started(box_plan(), clock, on_resume=at_inhale)
    clock.advance(9)
    runner.pause()
    clock.advance(60)
    runner.resume()
    assert calls == [9]
    assert runner.position().step.label == "Breathe in"
    assert runner.position().fraction == 0


def test_completes_at_the_end_and_reports_once(clock: FakeClock) -> None:
    ends: list[Status] = []
    runner = started(box_plan(), clock)
    runner.on_end(ends.append)
    clock.advance(1000)
    runner.poll()
    runner.poll()
    runner.stop()  # after the end: ignored
    assert ends == [Status.COMPLETED]
    assert runner.elapsed() == box_plan().total_seconds
    assert runner.position().progress == 1.0


def test_stop_records_the_elapsed_time(clock: FakeClock) -> None:
    ends: list[Status] = []
    runner = started(box_plan(), clock)
    runner.on_end(ends.append)
    clock.advance(12.5)
    runner.stop()
    clock.advance(10)
    assert ends == [Status.STOPPED]
    assert runner.elapsed() == 12.5
    assert runner.position().remaining == pytest.approx(box_plan().total_seconds - 12.5)
    runner.replan(lambda p, now: pytest.fail("no replan after the end"))
    runner.skip()
    runner.start()  # cannot restart an ended session
    assert runner.status is Status.STOPPED


def test_stop_before_start_is_a_stop(clock: FakeClock) -> None:
    runner = SessionRunner(box_plan(), clock)
    runner.stop()
    assert runner.status is Status.STOPPED
    assert runner.elapsed() == 0


def test_skip_moves_to_the_next_step_now(clock: FakeClock) -> None:
    runner = started(box_plan(), clock)
    clock.advance(4)
    runner.skip()
    pos = runner.position()
    assert (pos.step.label, pos.step.start) == ("Hold", 4)
    assert runner.plan.total_seconds == box_plan().total_seconds - 3


def test_skip_at_the_start_of_a_step(clock: FakeClock) -> None:
    runner = started(box_plan(), clock)
    clock.advance(3)
    runner.skip()
    assert runner.position().step.label == "Hold"


def test_skipping_the_last_step_completes(clock: FakeClock) -> None:
    runner = started(box_plan(), clock)
    clock.advance(box_plan().total_seconds - 1)
    runner.skip()
    assert runner.status is Status.COMPLETED


def test_until_next_boundary(clock: FakeClock) -> None:
    runner = started(box_plan(), clock)
    clock.advance(1.25)
    assert runner.until_next_boundary() == pytest.approx(1.75)


def test_replan_keeps_the_past(clock: FakeClock) -> None:
    runner = started(box_plan(), clock)
    clock.advance(5)
    runner.replan(lambda plan, now: plan.splice(now, [Draft(6, "exhale", "And out")]))
    assert runner.plan.steps[0] == box_plan().steps[0]
    assert runner.position().step.label == "And out"
    assert runner.plan.total_seconds == 11


GROUNDING = [
    Draft(4, "intro", "Let's ground"),
    Draft(8, "see", "see 1"),
    Draft(8, "see", "see 2"),
    Draft(6, "outro", "One slow breath"),
]


def test_self_paced_steps_wait_for_the_person(clock: FakeClock) -> None:
    plan = Plan("grounding", None, {}, lay_out(GROUNDING))
    runner = started(plan, clock, gated_kinds=frozenset({"see"}))
    clock.advance(60)
    runner.poll()
    pos = runner.position()
    assert (pos.step.label, pos.waiting, pos.fraction) == ("see 1", True, 1.0)
    assert pos.total == pytest.approx(plan.total_seconds + 60 - 12)
    assert runner.until_next_boundary() is None
    runner.advance()
    pos = runner.position()
    assert (pos.step.label, pos.step.start, pos.waiting) == ("see 2", 60, False)
    clock.advance(2)
    runner.advance()  # early: move on before the default pace is over
    assert runner.position().step.label == "One slow breath"
    clock.advance(6)
    runner.poll()
    assert runner.status is Status.COMPLETED


def test_two_advances_at_one_clock_reading_show_each_step(clock: FakeClock) -> None:
    # a double press lands at one reading of a coarse clock (or a key's auto-repeat)
    steps = [*GROUNDING[:3], Draft(8, "see", "see 3"), GROUNDING[3]]
    plan = Plan("grounding", None, {}, lay_out(steps))
    runner = started(plan, clock, gated_kinds=frozenset({"see"}))
    shown: list[str] = []
    runner.on_step(lambda i, s: shown.append(s.label))
    clock.advance(20)
    runner.poll()
    runner.advance()
    runner.advance()  # the same instant: "see 2" is skipped, "see 3" is shown
    assert shown[-2:] == ["see 2", "see 3"]
    clock.advance(30)
    runner.poll()
    pos = runner.position()
    assert (pos.step.label, pos.waiting) == ("see 3", True)  # and waited for


def test_poll_does_nothing_unless_running(clock: FakeClock) -> None:
    seen: list[int] = []
    runner = SessionRunner(box_plan(), clock)
    runner.on_step(lambda i, s: seen.append(i))
    runner.poll()
    assert seen == []
    runner.start()
    runner.start()  # already started
    assert seen == [0]


@given(st.lists(st.floats(0, 40), min_size=1, max_size=30))
def test_position_is_a_function_of_the_clock(ticks: list[float]) -> None:
    """However irregular the ticks, the step shown matches the plan at that time."""
    clock = FakeClock()
    plan = Plan("breathing", None, {}, lay_out(BOX * 3))
    runner = SessionRunner(plan, clock)
    runner.start()
    t = 0.0
    for dt in ticks:
        clock.advance(dt)
        t += dt
        runner.poll()
        if t < plan.total_seconds:
            assert runner.position().index == plan.index_at(t)
            assert drafts_of([runner.position().step]) == drafts_of([plan.steps[plan.index_at(t)]])


def test_null_cues_are_silent_and_say_no_voice_is_available() -> None:
    cues = NullCues()
    assert cues.available is False  # the controller never asks it to speak
    for call in (lambda: cues.play_cue("inhale"), lambda: cues.speak("Breathe in")):
        assert call() is None


# -- frozen time: a stopped process, a suspended computer --------------------------------


def test_time_stopped_is_left_out_once_the_process_continues(clock: FakeClock) -> None:
    ended: list[Status] = []
    runner = started(box_plan(), clock)
    runner.on_end(ended.append)
    clock.advance(5.0)
    runner.heartbeat()
    clock.advance(0.5)  # SIGSTOP half a second after the heartbeat, for an hour
    clock.advance(3600.0)
    runner.note_continued()  # SIGCONT
    runner.poll()  # the boundary timer, overdue, fires first
    assert ended == []  # an hour later the 51 s session is not "completed"
    assert runner.position().elapsed == pytest.approx(5.0)  # back to the last heartbeat
    clock.advance(2.0)
    assert runner.position().elapsed == pytest.approx(7.0)
    runner.stop()
    assert ended == [Status.STOPPED]
    assert runner.elapsed() == pytest.approx(7.0)


def test_a_stop_with_its_continue_leaves_the_frozen_time_out(clock: FakeClock) -> None:
    runner = started(box_plan(), clock)
    clock.advance(10.0)
    runner.heartbeat()
    clock.advance(30.0)  # stopped; then SIGTERM and SIGCONT arrive together
    runner.note_continued()
    runner.stop()
    assert runner.elapsed() == pytest.approx(10.0)


def test_a_long_gap_between_heartbeats_counts_as_frozen_only_when_asked(clock: FakeClock) -> None:
    watched = started(box_plan(), clock, freeze_gap=10.0)
    plain = started(box_plan(), clock)
    clock.advance(4.0)
    assert not watched.heartbeat()  # 4 s: a busy moment, not a freeze
    assert not plain.heartbeat()
    clock.advance(25.0)  # a suspended computer whose clock went on
    assert watched.heartbeat()
    assert not plain.heartbeat()  # no freeze_gap: a late tick is just late
    assert watched.position().elapsed == pytest.approx(4.0)
    assert plain.position().elapsed == pytest.approx(29.0)


def test_a_freeze_while_paused_is_the_pauses_and_resuming_starts_afresh(clock: FakeClock) -> None:
    runner = started(box_plan(), clock, freeze_gap=10.0)
    clock.advance(6.0)
    runner.pause()
    clock.advance(100.0)
    runner.note_continued()  # stopped while paused
    assert not runner.heartbeat()
    runner.resume()
    clock.advance(0.5)
    assert not runner.heartbeat()
    assert runner.position().elapsed == pytest.approx(6.5)


def test_breathing_goes_on_from_an_in_breath_after_a_freeze(clock: FakeClock) -> None:
    resumed_at: list[float] = []

    def from_an_inhale(plan: Plan, now: float) -> Plan:
        resumed_at.append(now)
        return plan

    runner = started(box_plan(), clock, on_resume=from_an_inhale)
    clock.advance(9.0)
    runner.heartbeat()
    clock.advance(60.0)
    runner.note_continued()
    assert runner.heartbeat()
    assert resumed_at == [pytest.approx(9.0)]
