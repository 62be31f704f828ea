"""The live preview's breath: one cycle of the engine's plan, as a shape and in words."""

from __future__ import annotations

from breathe.engine import breath_shape
from breathe.engine.practices.catalog import build_plan
from breathe.engine.practices.steps import Draft, Plan, lay_out


def test_4_7_8_rises_holds_flat_and_falls() -> None:
    cycle = breath_shape.first_cycle(build_plan("4-7-8", {}))
    assert [s.kind for s in cycle] == ["inhale", "hold", "exhale"]
    assert breath_shape.outline(cycle) == [(0.0, 0.0), (4.0, 1.0), (11.0, 1.0), (19.0, 0.0)]
    assert breath_shape.words(cycle) == "In 4 s, hold 7 s, out 8 s"


def test_box_keeps_its_second_hold_and_stops_before_the_next_breath() -> None:
    cycle = breath_shape.first_cycle(build_plan("box", {}))
    assert breath_shape.words(cycle) == "In 4 s, hold 4 s, out 4 s, hold 4 s"
    assert breath_shape.outline(cycle)[-2:] == [(12.0, 0.0), (16.0, 0.0)]


def test_a_sigh_tops_up_to_full_after_a_first_deep_breath() -> None:
    cycle = breath_shape.first_cycle(build_plan("sigh", {}))
    points = breath_shape.outline(cycle)
    assert points == [(0.0, 0.0), (2.5, breath_shape.FIRST_OF_SEVERAL), (3.5, 1.0), (10.0, 0.0)]
    assert breath_shape.words(cycle) == "In 2.5 s, top up 1 s, out 6.5 s"


def test_a_single_breath_plan_ignores_intro_and_outro() -> None:
    cycle = breath_shape.first_cycle(build_plan("breathing", {"pattern": "4-6", "cycles": 1}))
    assert breath_shape.words(cycle) == "In 4 s, out 6 s"


def test_several_inhales_and_exhales_share_the_way_up_and_down() -> None:
    drafts = [
        Draft(1, "intro", "Ready"),
        Draft(1, "inhale", "Breathe in"),
        Draft(1, "inhale", "More"),
        Draft(1, "inhale", "Top up"),
        Draft(2, "exhale", "Out"),
        Draft(2, "exhale", "Further out"),
        Draft(1, "inhale", "Breathe in"),
    ]
    plan = Plan("breathing", None, {}, lay_out(drafts))
    cycle = breath_shape.first_cycle(plan)
    assert len(cycle) == 5
    levels = [level for _, level in breath_shape.outline(cycle)]
    assert levels == [0.0, 0.75, 0.875, 1.0, 0.5, 0.0]
    assert breath_shape.words(cycle) == "In 1 s, more 1 s, top up 1 s, out 2 s, out 2 s"


def test_a_plan_without_breaths_has_no_shape() -> None:
    plan = Plan("grounding", None, {}, lay_out([Draft(3, "see", "Look")]))
    assert breath_shape.first_cycle(plan) == ()
    assert breath_shape.outline(()) == [(0.0, 0.0)]
    assert breath_shape.words(()) == ""
