"""Plans shaped by what the person keeps: pain map, dominant side, flare day."""

from __future__ import annotations

from breathe.engine.planning import Personal, plan_for


def test_a_flare_day_makes_muscle_relaxation_release_only() -> None:
    usual = plan_for("relaxation", {"groups": 4})
    flare = plan_for("relaxation", {"groups": 4}, Personal(flare_day=True))
    assert any(s.kind == "tense" for s in usual.steps)
    assert not any(s.kind == "tense" for s in flare.steps)
    assert flare.options["release_only"] is True  # the history says so honestly


def test_a_flare_day_leaves_breathing_and_grounding_as_they_are() -> None:
    flare = Personal(flare_day=True)
    assert plan_for("box", {}, flare) == plan_for("box", {})
    assert plan_for("grounding", {}, flare) == plan_for("grounding", {})


def test_the_pain_map_and_side_shape_relaxation() -> None:
    plan = plan_for("relaxation", {}, Personal({"right-hand": "skip"}, side="left"))
    groups = [s.group for s in plan.steps if s.group]
    assert "right-hand" not in groups and groups[0] == "left-hand"
