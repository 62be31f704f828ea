"""Grounding plans: what a person is asked, in which order, for how long."""

from __future__ import annotations

import itertools
import json
import math
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from breathe.engine.practices.errors import PracticeError
from breathe.engine.practices.grounding import (
    DEFAULT_VARIANT,
    MOVE_SUGGESTIONS,
    SELF_PACED_KINDS,
    VARIANTS,
    grounding_plan,
    item_slots,
)
from breathe.engine.practices.steps import Draft, Plan, lay_out
from breathe.engine.runner import SessionRunner
from tests.conftest import FakeClock


def kinds(variant: str) -> list[str]:
    return [s.kind for s in grounding_plan(variant=variant).steps]


def test_default_is_3_3_3_see_hear_move() -> None:
    plan = grounding_plan()
    assert DEFAULT_VARIANT == "3-3-3"
    assert [s.kind for s in plan.steps] == (
        ["intro"] + ["see"] * 3 + ["hear"] * 3 + ["move"] * 3 + ["outro"]
    )
    assert plan.practice == "grounding"
    assert plan.preset is None
    assert plan.options == {"variant": "3-3-3", "pace": 8.0}
    # 4 s intro, nine items of 8 s, 6 s outro
    assert [s.duration for s in plan.steps] == [4.0, *[8.0] * 9, 6.0]
    assert plan.total_seconds == 82.0


def test_still_variant_notices_support_instead_of_moving() -> None:
    assert kinds("3-3-3-still") == ["intro", *["see"] * 3, *["hear"] * 3, *["touch"] * 3, "outro"]
    labels = [s.label for s in grounding_plan(variant="3-3-3-still").steps if s.kind == "touch"]
    assert all("where your body is supported" in label for label in labels)
    assert not any("move" in label.lower() for label in labels)


def test_5_4_3_2_1_counts_down_through_the_senses() -> None:
    items = [k for k in kinds("5-4-3-2-1") if k in SELF_PACED_KINDS]
    assert items == ["see"] * 5 + ["touch"] * 4 + ["hear"] * 3 + ["smell"] * 2 + ["taste"]
    assert grounding_plan(variant="5-4-3-2-1").total_seconds == 4 + 15 * 8 + 6


def test_intro_and_outro_wording() -> None:
    plan = grounding_plan()
    intro, outro = plan.steps[0], plan.steps[-1]
    assert (intro.kind, intro.label) == ("intro", "Let's ground in the room around you")
    # short enough to be heard in 4 s at the slowest speaking rate
    assert intro.say == "Let's ground in the room around you."
    assert (outro.kind, outro.label, outro.duration) == ("outro", "Take one slow breath", 6.0)


def test_everything_says_3_3_3_grounding_never_breathing() -> None:
    for variant in VARIANTS:
        text = json.dumps(grounding_plan(variant=variant).to_json())
        assert "3-3-3 breathing" not in text
    assert VARIANTS["3-3-3"].title == "3-3-3 grounding"
    assert VARIANTS["3-3-3-still"].title.startswith("3-3-3 grounding")


def test_item_prompts_count_and_the_first_one_is_fuller() -> None:
    sees = [s for s in grounding_plan().steps if s.kind == "see"]
    assert [s.label for s in sees] == [
        "Look around. Name something you can see (1 of 3)",
        "Name something you can see (2 of 3)",
        "Name something you can see (3 of 3)",
    ]
    assert sees[0].say == "Look around. Name something you can see."
    assert sees[1].say == "Something else you can see."
    hears = [s for s in grounding_plan().steps if s.kind == "hear"]
    assert hears[0].label == "Now listen. Name something you can hear (1 of 3)"
    assert hears[2].label == "Name something you can hear (3 of 3)"


def test_a_single_item_has_no_counter() -> None:
    taste = next(s for s in grounding_plan(variant="5-4-3-2-1").steps if s.kind == "taste")
    assert "of 1" not in taste.label
    assert "taste" in taste.label


def test_movement_items_each_come_with_a_suggestion() -> None:
    assert MOVE_SUGGESTIONS == (
        "roll your shoulders",
        "wiggle your fingers",
        "press your feet into the floor",
    )
    moves = [s for s in grounding_plan().steps if s.kind == "move"]
    for step, suggestion in zip(moves, MOVE_SUGGESTIONS, strict=True):
        assert suggestion in step.label
    assert moves[1].label == "Gently move one part of your body: wiggle your fingers (2 of 3)"
    # the first item's cue says what to do; the later ones say the suggestion too
    assert [s.say for s in moves] == [
        "Now, a little movement. Gently move one part of your body.",
        "Another part now. Perhaps wiggle your fingers.",
        "Another part now. Perhaps press your feet into the floor.",
    ]


def test_pace_sets_the_length_of_every_item_only() -> None:
    plan = grounding_plan(pace=20)
    assert {s.duration for s in plan.steps if s.kind in SELF_PACED_KINDS} == {20.0}
    assert plan.steps[0].duration == 4.0
    assert plan.steps[-1].duration == 6.0
    assert plan.options["pace"] == 20.0
    assert grounding_plan(pace=60).total_seconds == 4 + 9 * 60 + 6
    # a quick pace never cuts a cue short: an item lasts as long as its cue needs
    quick = grounding_plan(pace=3)
    assert [s.duration for s in quick.steps[1:-1]] == [4, 3, 3, 4, 3, 3, 6, 5.5, 5.5]
    assert quick.options["pace"] == 3.0


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"variant": "4-4-4"}, "unknown grounding variant '4-4-4'"),
        ({"variant": "3-3-3 "}, "unknown grounding variant"),
        ({"pace": 2.9}, "pace 2.9 s per item: choose 3 to 60 seconds"),
        ({"pace": 61}, "pace 61 s per item"),
        ({"pace": 0}, "pace 0 s per item"),
        ({"pace": math.nan}, "pace nan"),
        ({"pace": math.inf}, "pace inf"),
        ({"pace": True}, "pace True"),
    ],
)
def test_bad_options_give_one_line_and_an_example(kwargs: dict[str, Any], expected: str) -> None:
    with pytest.raises(PracticeError) as caught:
        grounding_plan(**kwargs)
    message = str(caught.value)
    assert expected in message
    assert "\n" not in message
    assert "e.g. --" in message


def test_unknown_variant_lists_the_valid_ones() -> None:
    with pytest.raises(PracticeError, match="3-3-3, 3-3-3-still, 5-4-3-2-1"):
        grounding_plan(variant="54321")


def test_item_slots_fill_per_sense() -> None:
    plan = grounding_plan(variant="5-4-3-2-1")
    slots = [item_slots(plan, i) for i in range(len(plan.steps))]
    assert slots == [
        (0, 0),
        (1, 5), (2, 5), (3, 5), (4, 5), (5, 5),
        (1, 4), (2, 4), (3, 4), (4, 4),
        (1, 3), (2, 3), (3, 3),
        (1, 2), (2, 2),
        (1, 1),
        (0, 0),
    ]  # fmt: skip


def test_item_slots_at_the_edges_of_a_plan() -> None:
    # a re-planned session may start or end on an item
    plan = Plan(
        "grounding",
        None,
        {},
        lay_out([Draft(8, "see", "a"), Draft(8, "see", "b"), Draft(8, "hear", "c")]),
    )
    assert [item_slots(plan, i) for i in range(3)] == [(1, 2), (2, 2), (1, 1)]


@pytest.mark.parametrize("index", [-1, 11])
def test_item_slots_of_a_step_not_in_the_plan(index: int) -> None:
    with pytest.raises(IndexError):
        item_slots(grounding_plan(), index)


def test_session_waits_at_each_item_until_the_person_moves_on(clock: FakeClock) -> None:
    plan = grounding_plan()
    runner = SessionRunner(plan, clock, gated_kinds=SELF_PACED_KINDS)
    runner.start()
    clock.advance(4 + 8 + 30)  # the first item's pace is long over
    pos = runner.position()
    assert pos.waiting
    assert pos.step.label == "Look around. Name something you can see (1 of 3)"
    assert item_slots(runner.plan, pos.index) == (1, 3)
    runner.advance()
    pos = runner.position()
    assert not pos.waiting
    assert item_slots(runner.plan, pos.index) == (2, 3)
    assert pos.step.label == "Name something you can see (2 of 3)"


@given(
    variant=st.sampled_from(sorted(VARIANTS)),
    pace=st.none() | st.floats(min_value=3, max_value=60),
)
def test_any_valid_options_give_a_contiguous_plan(variant: str, pace: float | None) -> None:
    plan = grounding_plan(variant=variant, pace=pace)
    assert plan.steps[0].start == 0.0
    for before, after in itertools.pairwise(plan.steps):
        assert after.start == before.end
    assert all(s.duration > 0 for s in plan.steps)
    assert math.isclose(sum(s.duration for s in plan.steps), plan.total_seconds)
    assert sum(1 for s in plan.steps if s.kind in SELF_PACED_KINDS) == VARIANTS[variant].items
    for i, step in enumerate(plan.steps):
        slot, count = item_slots(plan, i)
        assert (slot > 0) == (step.kind in SELF_PACED_KINDS)
        assert slot <= count
        if count > 1:
            assert f"({slot} of {count})" in step.label
