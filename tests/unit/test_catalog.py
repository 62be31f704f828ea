"""The catalog: one entry point from a practice name and options to a plan and its rules."""

from __future__ import annotations

import pytest

from breathe.engine.practices.catalog import PRACTICES, build_plan, presets, resolve, runner_policy
from breathe.engine.practices.errors import PracticeError


def test_presets_are_breathing_shortcuts() -> None:
    assert resolve("box") == ("breathing", "box")
    assert resolve("grounding") == ("grounding", None)
    assert set(presets()) == {"box", "4-7-8", "coherent", "extended-exhale", "sigh", "resonance"}


def test_an_unknown_practice_names_the_choices_and_an_example() -> None:
    with pytest.raises(PracticeError, match=r"unknown practice 'yoga'.*e\.g\. breathe start box"):
        resolve("yoga")


def test_an_unknown_option_is_refused() -> None:
    with pytest.raises(PracticeError, match="unknown option 'tempo'"):
        build_plan("breathing", {"tempo": 3})


def test_an_option_for_another_practice_is_refused_with_an_example() -> None:
    with pytest.raises(PracticeError, match=r"--pattern does not apply to grounding, e\.g\."):
        build_plan("grounding", {"pattern": "4-6"})


def test_options_not_given_are_ignored() -> None:
    plan = build_plan("grounding", {"pattern": None, "release_only": False})
    assert plan.practice == "grounding"


def test_relaxation_takes_the_saved_pain_map_and_side() -> None:
    plan = build_plan("relaxation", {"groups": 16}, pain_map={"left-hand": "skip"}, side="left")
    groups = {s.group for s in plan.steps if s.group}
    assert "left-hand" not in groups and "right-hand" in groups
    assert plan.options["side"] == "left"
    explicit = build_plan("relaxation", {"skip": "jaw", "gentle": "neck"}, side="right")
    assert "jaw" not in {s.group for s in explicit.steps}
    assert explicit.options["gentle"] == ["neck"]


@pytest.mark.parametrize("name", list(PRACTICES))
def test_each_practice_has_its_runner_rules(name: str) -> None:
    policy = runner_policy(build_plan(name, {}))
    assert (policy.gated_kinds != frozenset()) == (name == "grounding")
    assert (policy.on_resume is not None) == (name == "breathing")


def test_grounding_can_keep_its_default_pace() -> None:
    policy = runner_policy(build_plan("grounding", {}), self_paced=False)
    assert policy.gated_kinds == frozenset()
