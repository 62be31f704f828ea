"""The Plan timeline: layout, lookup, splicing and JSON."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from breathe.engine.practices.steps import KINDS, Draft, Plan, lay_out


def plan_of(*durations: float) -> Plan:
    return Plan(
        "breathing", None, {}, lay_out(Draft(d, "inhale", f"s{i}") for i, d in enumerate(durations))
    )


def test_lay_out_places_steps_back_to_back() -> None:
    steps = lay_out([Draft(3, "intro", "a"), Draft(4, "inhale", "b")], start=10)
    assert [(s.start, s.end) for s in steps] == [(10, 13), (13, 17)]


def test_lay_out_refuses_unknown_kinds_and_empty_steps() -> None:
    with pytest.raises(ValueError, match="kind"):
        lay_out([Draft(1, "sneeze", "a")])
    with pytest.raises(ValueError, match="no length"):
        lay_out([Draft(0, "hold", "a")])


def test_plan_needs_a_step() -> None:
    with pytest.raises(ValueError):
        Plan("breathing", None, {}, ())


def test_index_at_clamps_and_finds_boundaries() -> None:
    plan = plan_of(3, 4, 4)
    assert plan.index_at(-1) == 0
    assert plan.index_at(2.999) == 0
    assert plan.index_at(3.0) == 1
    assert plan.index_at(10.9) == 2
    assert plan.index_at(99) == 2


def test_splice_keeps_the_past_and_lays_the_future_from_now() -> None:
    plan = plan_of(3, 4, 4)
    new = plan.splice(5.0, [Draft(2, "exhale", "x")])
    assert [(s.start, s.duration, s.label) for s in new.steps] == [
        (0, 3, "s0"),
        (3, 2, "s1"),
        (5, 2, "x"),
    ]


def test_splice_at_a_step_start_drops_that_step() -> None:
    new = plan_of(3, 4).splice(3.0, [Draft(1, "exhale", "x")])
    assert [s.label for s in new.steps] == ["s0", "x"]


def test_splice_can_extend_a_step_that_ran_long() -> None:
    new = plan_of(3, 4).splice(9.0, [Draft(1, "exhale", "x")], index=0)
    assert [(s.start, s.duration) for s in new.steps] == [(0, 9), (9, 1)]


def test_splice_at_zero_with_nothing_after_keeps_the_plan() -> None:
    plan = plan_of(3)
    assert plan.splice(0.0, []) is plan


def test_to_json_rounds_and_nulls_empty_text() -> None:
    plan = Plan("breathing", "box", {"pattern": [4]}, lay_out([Draft(1 / 3, "intro", "a", "")]))
    data = plan.to_json()
    assert data["total_seconds"] == 0.333
    assert data["steps"][0] == {
        "start": 0.0,
        "duration": 0.333,
        "kind": "intro",
        "label": "a",
        "say": None,
        "group": None,
    }


@given(st.lists(st.floats(0.01, 100), min_size=1, max_size=40), st.floats(0, 500))
def test_splice_is_contiguous_and_keeps_the_past(durations: list[float], at: float) -> None:
    plan = plan_of(*durations)
    new = plan.splice(at, [Draft(2.0, "exhale", "x")])
    assert new.steps[0].start == 0
    for a, b in itertools.pairwise(new.steps):
        assert b.start == pytest.approx(a.end)
        assert a.duration > 0
    for old in plan.steps:
        if old.end <= at and old.end < plan.total_seconds:
            assert old in new.steps


def test_kinds_match_the_spec() -> None:
    assert KINDS == (
        "intro",
        "inhale",
        "hold",
        "exhale",
        "see",
        "hear",
        "touch",
        "smell",
        "taste",
        "move",
        "tense",
        "release",
        "outro",
    )
