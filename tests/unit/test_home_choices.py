"""What the home cards start and say: choices -> launch requests and labels (no Qt)."""

from __future__ import annotations

import sys

import pytest

from breathe.engine import choices
from breathe.engine.practices.catalog import build_plan
from breathe.engine.practices.errors import PracticeError
from breathe.launch import LaunchRequest


def test_default_choices_start_coherent_breathing_3_3_3_and_full_pmr() -> None:
    assert choices.request_for("breathing", choices.default_choice("breathing")) == (
        LaunchRequest(practice="coherent")
    )
    grounding = choices.request_for("grounding", choices.default_choice("grounding"))
    assert (grounding.practice, grounding.options) == ("grounding", {"variant": "3-3-3"})
    assert choices.request_for("relaxation", {}) == LaunchRequest(practice="relaxation")


def test_default_choice_is_a_fresh_copy() -> None:
    choices.default_choice("breathing")["preset"] = "box"
    assert choices.default_choice("breathing") == {"preset": "coherent"}


@pytest.mark.parametrize("broken", [None, "box", 3, ["preset", "box"]])
def test_a_missing_or_broken_saved_choice_falls_back_to_the_default(broken: object) -> None:
    assert choices.normalise("grounding", broken) == choices.default_choice("grounding")


def test_a_saved_choice_is_kept_as_a_plain_dict() -> None:
    assert choices.normalise("breathing", {"preset": "box", "minutes": 3}) == {
        "preset": "box",
        "minutes": 3,
    }


def test_a_custom_pattern_starts_breathing_with_its_pattern_and_length() -> None:
    choice = {"preset": "custom", "pattern": "4-6", "minutes": 7.5, "voice": True, "sounds": False}
    request = choices.request_for("breathing", choice)
    assert request.practice == "breathing"
    assert request.options == {"pattern": "4-6", "minutes": 7.5}
    assert (request.voice, request.sounds) == (True, False)
    build_plan(request.practice, request.options)  # the engine takes it as it is


def test_a_preset_with_breaths_starts_that_preset_with_cycles() -> None:
    request = choices.request_for("breathing", {"preset": "4-7-8", "cycles": 6})
    assert (request.practice, request.options) == ("4-7-8", {"cycles": 6})
    assert len(build_plan(request.practice, request.options).steps) > 6 * 3


def test_unset_and_home_only_keys_never_reach_the_engine() -> None:
    choice = {"variant": "5-4-3-2-1", "pace": None, "self_paced": False, "colour": "blue"}
    assert choices.plan_options(choice) == {"variant": "5-4-3-2-1"}
    assert choices.plan_options({"groups": 7, "release_only": False}) == {"groups": 7}


def test_self_paced_travels_only_if_the_launch_request_has_a_field_for_it() -> None:
    request = choices.request_for("grounding", {"variant": "3-3-3", "self_paced": False})
    assert getattr(request, "self_paced", False) is False
    assert "self_paced" not in request.options


def test_problem_is_the_engines_own_message() -> None:
    choice = {"preset": "custom", "pattern": "4-x-8"}
    with pytest.raises(PracticeError) as raised:
        build_plan("breathing", {"pattern": "4-x-8"})
    assert choices.problem("breathing", choice) == str(raised.value)
    assert choices.problem("breathing", {"preset": "custom", "pattern": "4-6"}) is None
    assert "variant" in str(choices.problem("grounding", {"variant": "7-7-7"}))


@pytest.mark.parametrize(
    ("practice", "choice", "summary", "headline"),
    [
        ("breathing", {"preset": "coherent"}, "Coherent 5 min", "Coherent breathing, 5 min"),
        ("breathing", {"preset": "box"}, "Box 4 min", "Box breathing, 4 min"),
        ("breathing", {"preset": "4-7-8"}, "4-7-8 4 breaths", "4-7-8 breathing, 4 breaths"),
        ("breathing", {"preset": "resonance"}, "Resonance 10 min", "Resonance breathing, 10 min"),
        ("breathing", {"preset": "sigh", "minutes": 2.5}, "Cyclic sigh 2.5 min", None),
        ("breathing", {"preset": "box", "cycles": 3}, "Box 3 breaths", None),
        ("breathing", {"preset": "custom", "pattern": "4-6"}, "4-6 5 min", "4-6 breathing, 5 min"),
        ("breathing", {"preset": "custom", "pattern": "4-x"}, "4-x", "4-x breathing"),
        ("breathing", {"preset": "custom"}, "Your own pattern 5 min", None),
        ("breathing", {"preset": "slow"}, "slow", None),
        ("grounding", {"variant": "3-3-3"}, "3-3-3", "3-3-3 grounding"),
        (
            "grounding",
            {"variant": "3-3-3-still", "self_paced": False},
            "3-3-3, staying still, timed",
            "3-3-3 grounding, staying still, timed",
        ),
        ("grounding", {"variant": "9-9"}, "9-9", "9-9 grounding"),
        ("grounding", {}, "3-3-3", None),
        ("relaxation", {}, "16 groups, 12 min", "Muscle relaxation, 16 groups, 12 min"),
        ("relaxation", {"groups": 4, "release_only": True}, "4 groups, release only, 3 min", None),
        ("relaxation", {"groups": 7, "learning": True}, "7 groups, each twice, 11 min", None),
        ("relaxation", {"groups": 5}, "5 groups", None),
    ],
)
def test_what_the_start_buttons_say(
    practice: str, choice: dict[str, object], summary: str, headline: str | None
) -> None:
    assert choices.summary(practice, choice) == summary
    if headline is not None:
        assert choices.headline(practice, choice) == headline


def test_a_plan_without_a_cycle_count_is_described_in_minutes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    plan = build_plan("coherent", {})
    bare = type(plan)(plan.practice, plan.preset, {}, plan.steps)
    monkeypatch.setattr(choices, "build_plan", lambda _name, _options: bare)
    assert choices.summary("breathing", {"preset": "coherent"}) == "Coherent 5 min"
    assert "breathe.engine.practices.catalog" in sys.modules


@pytest.mark.parametrize(
    ("practice", "options", "text"),
    [
        ("breathing", {"pattern": [4, 6], "minutes": 8}, "4-6 breathing, 8 min"),
        ("box", {}, "Box breathing, 4 min"),
        ("breathing", {"bpm": 5.5}, "Paced breathing at 5.5 a minute, 5 min"),
        ("breathing", {"bpm": 6, "cycles": 10}, "Paced breathing at 6 a minute, 10 breaths"),
        ("breathing", {"bpm": 60}, "Paced breathing at 60 a minute"),  # no plan: no length
        ("grounding", {"variant": "5-4-3-2-1"}, "5-4-3-2-1 grounding"),
        ("no-such-thing", {}, "no-such-thing"),
    ],
)
def test_a_programme_is_described_in_a_few_words(
    practice: str, options: dict[str, object], text: str
) -> None:
    assert choices.describe(practice, options) == text
