"""Pacer geometry: the breath level, the box dot and the breath count at given moments."""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from breathe.engine.pacing import (
    TOP_UP_FROM,
    breath_count,
    breath_level,
    breath_rate,
    breath_rates,
    countdown,
    ease,
    from_shown_level,
    rate_from_taps,
    square_point,
)
from breathe.engine.practices.breathing_replan import resume_at_inhale
from breathe.engine.practices.catalog import build_plan
from breathe.engine.practices.steps import Draft, Plan, lay_out

INTRO = Draft(3.0, "intro", "Get comfortable")
IN = Draft(4.0, "inhale", "Breathe in")
HOLD = Draft(4.0, "hold", "Hold")
OUT = Draft(4.0, "exhale", "Breathe out")
OUTRO = Draft(4.0, "outro", "Let your breath find its own rhythm")


def plan_of(*drafts: Draft) -> Plan:
    return Plan("breathing", None, {}, lay_out(drafts))


def box(cycles: int = 2) -> Plan:
    body = [IN, HOLD, OUT, HOLD] * cycles
    return plan_of(INTRO, *body[:-1], OUTRO)  # the last trailing hold is dropped


def sigh() -> Plan:
    cycle = [
        Draft(2.5, "inhale", "Breathe in"),
        Draft(1.0, "inhale", "Top up"),
        Draft(6.5, "exhale", "Breathe out"),
    ]
    return plan_of(INTRO, *cycle * 2, OUTRO)


# -- ease ------------------------------------------------------------------------------
def test_ease_is_slow_at_both_ends_and_symmetric() -> None:
    assert ease(0.0) == 0.0
    assert ease(1.0) == pytest.approx(1.0)
    assert ease(0.5) == pytest.approx(0.5)
    assert ease(0.1) < 0.1  # starts gently, not linearly
    assert ease(0.9) > 0.9
    assert ease(-1.0) == 0.0 and ease(2.0) == pytest.approx(1.0)


# -- breath level ----------------------------------------------------------------------
def test_box_level_through_one_cycle() -> None:
    plan = box()
    assert breath_level(plan, 0.0) == 0.0  # the intro starts empty
    assert breath_level(plan, 1.5) == 0.0  # and stays at the start of the first inhale
    assert breath_level(plan, 3.0) == 0.0
    assert breath_level(plan, 3.0 + 2.0) == pytest.approx(0.5)  # middle of the inhale
    assert breath_level(plan, 3.0 + 1.0) < 0.25  # eased: slow start
    assert breath_level(plan, 7.0) == pytest.approx(1.0)
    assert breath_level(plan, 9.0) == pytest.approx(1.0)  # holding full
    assert breath_level(plan, 13.0) == pytest.approx(0.5)  # middle of the exhale
    assert breath_level(plan, 17.0) == pytest.approx(0.0)  # holding empty
    assert breath_level(plan, 21.0) == pytest.approx(0.5)  # next inhale


def test_level_rises_on_inhale_and_falls_on_exhale() -> None:
    plan = box()
    inhale = [breath_level(plan, 3.0 + k * 0.25) for k in range(17)]
    exhale = [breath_level(plan, 11.0 + k * 0.25) for k in range(17)]
    assert inhale == sorted(inhale)
    assert exhale == sorted(exhale, reverse=True)


def test_top_up_continues_from_the_first_inhale_to_full() -> None:
    plan = sigh()
    assert breath_level(plan, 3.0 + 2.5) == pytest.approx(TOP_UP_FROM)
    assert breath_level(plan, 3.0 + 2.5 + 0.5) == pytest.approx((TOP_UP_FROM + 1.0) / 2)
    assert breath_level(plan, 3.0 + 3.5) == pytest.approx(1.0)
    assert breath_level(plan, 3.0 + 10.0) == pytest.approx(0.0)  # after the exhale


def test_outro_rests_empty_and_beyond_the_end_is_the_end() -> None:
    plan = box(1)
    assert breath_level(plan, plan.total_seconds - 2.0) == 0.0
    assert breath_level(plan, plan.total_seconds + 60.0) == 0.0


def test_intro_before_an_exhale_glides_up_to_full() -> None:
    plan = plan_of(INTRO, OUT)
    assert breath_level(plan, 0.0) == 0.0
    assert breath_level(plan, 1.5) == pytest.approx(0.5)
    assert breath_level(plan, 3.0) == pytest.approx(1.0)


def test_two_exhales_in_a_row_step_down_like_top_ups() -> None:
    plan = plan_of(IN, OUT, OUT)
    assert breath_level(plan, 8.0) == pytest.approx(1.0 - TOP_UP_FROM)
    assert breath_level(plan, 12.0) == pytest.approx(0.0)


def test_a_hold_keeps_a_top_up_level_reached_before_it() -> None:
    plan = plan_of(IN, IN, HOLD, OUT)
    assert breath_level(plan, 4.0) == pytest.approx(TOP_UP_FROM)
    assert breath_level(plan, 10.0) == pytest.approx(1.0)


def test_a_plan_starting_with_a_hold_starts_empty() -> None:
    plan = plan_of(HOLD, IN)
    assert breath_level(plan, 2.0) == 0.0


@given(
    st.lists(st.sampled_from([IN, HOLD, OUT, Draft(1.0, "inhale", "Top up")]), min_size=1),
    st.floats(min_value=-5.0, max_value=400.0),
)
def test_level_is_always_between_empty_and_full(body: list[Draft], t: float) -> None:
    plan = plan_of(INTRO, *body, OUTRO)
    assert 0.0 <= breath_level(plan, t) <= 1.0


@given(
    st.lists(st.sampled_from([IN, HOLD, OUT, Draft(1.0, "inhale", "Top up")]), min_size=1),
    st.floats(min_value=0.0, max_value=100.0),
)
def test_level_never_jumps(body: list[Draft], t: float) -> None:
    """Continuous in time: 10 ms apart, the level moves less than a 1 s step could."""
    plan = plan_of(INTRO, *body, OUTRO)
    assert abs(breath_level(plan, t + 0.01) - breath_level(plan, t)) < 0.02


# -- resuming ------------------------------------------------------------------------
def test_a_breath_restarted_on_resume_grows_from_the_level_shown() -> None:
    plan = box()
    resumed = from_shown_level(resume_at_inhale)
    for now in (5.0, 12.0):  # paused mid in-breath, and mid out-breath
        shown = breath_level(plan, now)
        after = resumed(plan, now)
        step = after.steps[after.index_at(now)]
        assert (step.label, step.start) == ("Breathe in", now)
        assert breath_level(after, now) == pytest.approx(shown)  # no jump
        assert breath_level(after, now + 2.0) > shown  # it is a breath in
        assert breath_level(after, step.end) == pytest.approx(1.0)  # to full
    # without it, the restarted breath would jump (to empty, or to a top-up's level)
    assert breath_level(resume_at_inhale(plan, 12.0), 12.0) == 0.0


def test_resuming_where_nothing_restarts_changes_nothing() -> None:
    plan = box()
    assert from_shown_level(resume_at_inhale)(plan, 1.0) is plan  # still settling in


def test_a_replan_that_restarts_no_breath_now_is_kept_as_it_is() -> None:
    plan = box()
    moved = replace(plan)  # a new plan whose step at 1.0 s (the lead-in) began earlier
    assert from_shown_level(lambda _plan, _now: moved)(plan, 1.0) is moved
    held = from_shown_level(lambda _plan, _now: moved)(plan, 7.0)  # a hold starts at 7 s
    assert held is moved


@given(st.floats(min_value=0.0, max_value=40.0))
def test_resuming_never_makes_the_circle_jump(now: float) -> None:
    plan = box(3)
    after = from_shown_level(resume_at_inhale)(plan, now)
    assert breath_level(after, now) == pytest.approx(breath_level(plan, now), abs=1e-9)


# -- the box dot -----------------------------------------------------------------------
def test_square_point_goes_round_the_square_once_per_box_cycle() -> None:
    plan = box()
    assert square_point(plan, 0.0) == (0.0, 0.0, 0)  # intro waits in the bottom-left corner
    x, y, side = square_point(plan, 5.0)
    assert (x, side) == (0.0, 0) and y == pytest.approx(0.5)  # up the left edge
    x, y, side = square_point(plan, 9.0)
    assert (y, side) == (1.0, 1) and x == pytest.approx(0.5)  # along the top
    x, y, side = square_point(plan, 13.0)
    assert (x, side) == (1.0, 2) and y == pytest.approx(0.5)  # down the right edge
    x, y, side = square_point(plan, 17.0)
    assert (y, side) == (0.0, 3) and x == pytest.approx(0.5)  # back along the bottom
    x, y, side = square_point(plan, 19.0)
    assert (x, y, side) == (0.0, 0.0, 0)  # the next inhale starts at the corner


def test_square_outro_returns_along_the_bottom() -> None:
    plan = box(1)
    outro = plan.steps[-1]
    assert square_point(plan, outro.start) == (1.0, 0.0, 3)
    x, _, side = square_point(plan, outro.start + outro.duration / 2)
    assert side == 3 and x == pytest.approx(0.5)


# -- breath count ----------------------------------------------------------------------
def test_breath_count_box() -> None:
    plan = box(3)
    assert breath_count(plan, 0.0) == (0, 3)  # the intro is before the first breath
    assert breath_count(plan, 3.0) == (1, 3)
    assert breath_count(plan, 18.9) == (1, 3)
    assert breath_count(plan, 19.0) == (2, 3)
    assert breath_count(plan, plan.total_seconds) == (3, 3)


def test_a_top_up_is_part_of_the_same_breath() -> None:
    plan = sigh()
    assert breath_count(plan, 3.0 + 3.0) == (1, 2)
    assert breath_count(plan, 3.0 + 10.0) == (2, 2)


# -- start where you are ---------------------------------------------------------------
def test_rate_from_taps_needs_a_few_breaths() -> None:
    assert rate_from_taps([]) is None
    assert rate_from_taps([0.0, 4.0, 8.0]) is None
    assert rate_from_taps([0.0, 4.0, 8.0, 12.0]) == pytest.approx(15.0)


def test_rate_from_taps_shrugs_off_one_hurried_tap_and_uses_recent_ones() -> None:
    assert rate_from_taps([0.0, 5.0, 5.3, 10.0, 15.0, 20.0]) == pytest.approx(12.0)
    # early slow breaths fall out of the window once the person has settled
    taps = [0.0, 20.0, 40.0] + [40.0 + 5.0 * k for k in range(1, 8)]
    assert rate_from_taps(taps) == pytest.approx(12.0)


def test_rate_from_taps_refuses_impossible_rates() -> None:
    assert rate_from_taps([0.0, 1.0, 2.0, 3.0]) is None  # 60 a minute: not breaths
    assert rate_from_taps([0.0, 40.0, 80.0, 120.0]) is None  # 1.5 a minute
    assert rate_from_taps([5.0, 5.0, 5.0, 5.0]) is None  # no time between taps


def test_countdown_shows_whole_seconds_left_and_nothing_without_a_clock() -> None:
    from breathe.engine.practices.steps import Draft, Plan, lay_out
    from breathe.engine.runner import SessionRunner

    now = [0.0]
    plan = Plan("grounding", None, {}, lay_out([Draft(4, "intro", "a"), Draft(8, "see", "b")]))
    runner = SessionRunner(plan, lambda: now[0], gated_kinds=frozenset({"see"}))
    runner.start()
    now[0] = 0.2
    assert countdown(runner.position()) == "4"  # 3.8 s left shows as 4
    now[0] = 3.99
    assert countdown(runner.position()) == "1"
    now[0] = 5.0
    assert countdown(runner.position(), frozenset({"see"})) == ""  # self-paced: no clock
    assert countdown(runner.position()) == "7"
    runner.stop()
    assert countdown(runner.position()) == ""


def test_breath_rates_follow_a_glide_and_the_resonance_stages() -> None:
    glide = breath_rates(build_plan("coherent", {"from_bpm": 12}))
    first, last = glide[0][1], glide[-1][1]
    assert first > 10 and last == pytest.approx(6.0)  # from the tapped pace down to 6
    assert all(a[1] >= b[1] - 1e-9 for a, b in pairwise(glide))
    stages = {round(rate, 2) for _, rate in breath_rates(build_plan("resonance", {}))}
    assert stages == {6.5, 6.0, 5.5, 5.0, 4.5}
    box = breath_rates(build_plan("box", {}))
    assert {round(rate, 3) for _, rate in box} == {3.75}  # the last, without its hold, too
    assert breath_rate(box, 0.0) == pytest.approx(3.75)  # the lead-in: the first breath's
    assert breath_rate(box, 100.0) == pytest.approx(3.75)
    assert breath_rate([], 5.0) is None
    assert breath_rates(build_plan("grounding", {})) == []


def test_a_lone_breath_has_the_rate_of_its_own_length() -> None:
    rates = breath_rates(build_plan("breathing", {"pattern": "4-2-4", "cycles": 1}))
    assert [round(rate, 3) for _, rate in rates] == [6.0]  # 4 + 2 + 4 s
