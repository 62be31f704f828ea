"""Muscle relaxation plans: which group is tensed and released, with which words, for how long."""

from __future__ import annotations

import itertools
import json
import logging
import math
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from breathe import language
from breathe.engine.practices.errors import PracticeError
from breathe.engine.practices.muscle_groups import (
    BASE_IDS,
    GROUPS,
    LATERAL,
    PART_IDS,
    area_name,
    programme,
)
from breathe.engine.practices.relaxation import (
    PARTS,
    PROGRAMMES,
    apply_pain_map,
    parse_groups,
    relaxation_plan,
)
from breathe.engine.practices.steps import Plan

SIXTEEN_RIGHT = [
    "right-hand",
    "right-upper-arm",
    "left-hand",
    "left-upper-arm",
    "forehead",
    "nose",
    "jaw",
    "neck",
    "shoulders",
    "abdomen",
    "right-thigh",
    "right-calf",
    "right-foot",
    "left-thigh",
    "left-calf",
    "left-foot",
]


def swap_sides(group_id: str) -> str:
    if group_id.startswith("right-"):
        return "left-" + group_id.removeprefix("right-")
    if group_id.startswith("left-"):
        return "right-" + group_id.removeprefix("left-")
    return group_id


def sequence(plan: Plan) -> list[tuple[str, str | None]]:
    return [(s.kind, s.group) for s in plan.steps]


def expected(
    groups: list[str], *, release_only: bool = False, learning: bool = False
) -> list[tuple[str, str | None]]:
    middle: list[tuple[str, str | None]] = []
    for gid in groups:
        for _ in range(2 if learning else 1):
            if not release_only:
                middle.append(("tense", gid))
            middle.append(("release", gid))
    return [("intro", None), *middle, ("outro", None), ("outro", None)]


def tense_labels(plan: Plan) -> dict[str | None, str]:
    return {s.group: s.label for s in plan.steps if s.kind == "tense"}


# -- the programmes --------------------------------------------------------------------
def test_sixteen_groups_right_handed() -> None:
    plan = relaxation_plan()
    assert sequence(plan) == expected(SIXTEEN_RIGHT)
    assert plan.practice == "relaxation"
    assert plan.preset is None
    assert plan.options == {
        "groups": 16,
        "release_only": False,
        "learning": False,
        "gentle": [],
        "skip": [],
        "side": "right",
    }
    # 10 s intro, 16 x (7 s tense + 30 s release), two minutes of rest
    assert plan.total_seconds == 10 + 16 * 37 + 120


def test_sixteen_groups_left_handed_start_on_the_left() -> None:
    plan = relaxation_plan(side="left")
    assert sequence(plan) == expected([swap_sides(g) for g in SIXTEEN_RIGHT])
    assert plan.steps[1].label == (
        "Make a gentle fist with your left hand, about half your strength."
    )
    assert plan.options["side"] == "left"


def test_seven_groups() -> None:
    seven = ["right-arm", "left-arm", "face", "neck", "torso", "right-leg", "left-leg"]
    assert sequence(relaxation_plan(groups=7)) == expected(seven)
    left = [swap_sides(g) for g in seven]
    assert sequence(relaxation_plan(groups=7, side="left")) == expected(left)
    assert relaxation_plan(groups=7).total_seconds == 10 + 7 * 37 + 120


@pytest.mark.parametrize("side", ["right", "left"])
def test_four_groups(side: str) -> None:
    plan = relaxation_plan(groups=4, side=side)
    assert sequence(plan) == expected(["arms", "face-neck", "torso", "legs"])
    assert plan.total_seconds == 10 + 4 * 37 + 60  # a shorter rest for the shortest


def test_merged_groups_know_their_parts() -> None:
    assert PROGRAMMES == (16, 7, 4)
    assert PARTS["right-arm"] == ("right-hand", "right-upper-arm")
    assert PARTS["face"] == ("forehead", "nose", "jaw")
    assert PARTS["torso"] == ("shoulders", "abdomen")
    assert PARTS["left-leg"] == ("left-thigh", "left-calf", "left-foot")
    assert PARTS["face-neck"] == ("forehead", "nose", "jaw", "neck")
    assert set(PARTS["arms"]) == {"right-hand", "right-upper-arm", "left-hand", "left-upper-arm"}
    assert len(PARTS["legs"]) == 6
    assert PARTS["neck"] == ("neck",)
    assert PARTS["left-foot"] == ("left-foot",)
    # every step of every programme can be lit on the body map, and each programme covers
    # every part exactly once
    for groups in PROGRAMMES:
        for side in ("right", "left"):
            covered = [p for gid in programme(groups, side) for p in PARTS[gid]]
            assert sorted(covered) == sorted(PART_IDS)
    assert len(PART_IDS) == 16


# -- wording ---------------------------------------------------------------------------
def test_tense_and_release_wording() -> None:
    plan = relaxation_plan()
    intro, tense, release = plan.steps[:3]
    assert intro.label == (
        "Settle in and breathe normally. Tense only gently, and stop if anything hurts."
    )
    assert intro.duration == 10.0
    assert tense.label == "Make a gentle fist with your right hand, about half your strength."
    assert tense.duration == 7.0  # Bernstein & Borkovec: 5-7 s
    assert release.label == "Breathe out and let go. Notice the difference."
    assert release.duration == 30.0  # Bernstein & Borkovec: 30-40 s
    rest, back = plan.steps[-2:]
    assert (rest.kind, rest.label, rest.duration) == (
        "outro",
        "Rest here, and let your whole body stay soft.",
        110.0,
    )
    assert (back.kind, back.label, back.duration) == (
        "outro",
        "When you're ready, slowly come back to the room.",
        10.0,
    )


def test_what_is_shown_is_what_is_said() -> None:
    for groups in PROGRAMMES:
        for kwargs in ({}, {"gentle": ["neck"]}, {"skip": ["left-hand"]}, {"release_only": True}):
            for step in relaxation_plan(groups=groups, **kwargs).steps:
                assert step.say == step.label


def test_learning_mode_does_each_group_twice() -> None:
    plan = relaxation_plan(groups=4, learning=True)
    assert sequence(plan) == expected(["arms", "face-neck", "torso", "legs"], learning=True)
    assert plan.options["learning"] is True
    assert plan.total_seconds == 10 + 8 * 37 + 60
    tense = [s.label for s in plan.steps if s.kind == "tense"]
    assert (
        tense[0]
        == tense[1]
        == ("Make gentle fists and press your elbows down, about half your strength.")
    )
    recall = relaxation_plan(groups=7, learning=True, release_only=True)
    assert sequence(recall) == expected(
        ["right-arm", "left-arm", "face", "neck", "torso", "right-leg", "left-leg"],
        release_only=True,
        learning=True,
    )


def test_foot_curls_the_toes_up_towards_the_shin() -> None:
    labels = tense_labels(relaxation_plan())
    for foot in ("right-foot", "left-foot"):
        assert "toes up towards the shin" in labels[foot]
        assert "point" not in labels[foot]
    for groups in (7, 4):
        for label in tense_labels(relaxation_plan(groups=groups)).values():
            assert "point" not in label
            if "toes" in label:
                assert "toes up towards the shin" in label


def test_labels_name_the_side_never_dominant() -> None:
    for groups in PROGRAMMES:
        for side in ("right", "left"):
            text = json.dumps(relaxation_plan(groups=groups, side=side).to_json()["steps"])
            assert "dominant" not in text
    labels = tense_labels(relaxation_plan(groups=7, side="left"))
    assert labels["left-arm"].startswith("Make a gentle fist and press your left elbow down")
    assert labels["right-leg"].startswith("Gently tighten your right leg")


def test_every_tense_step_says_how_and_how_gently_and_never_to_hold() -> None:
    for groups in PROGRAMMES:
        for kwargs in ({"gentle": ["neck"]}, {"skip": ["left-hand", "jaw"]}):
            plan = relaxation_plan(groups=groups, **kwargs)
            for step in plan.steps:
                say = step.say or ""
                assert "hold" not in say.lower()
                if step.kind == "tense":
                    assert "gentl" in say.lower() or "lightly" in say.lower()
                    assert say.endswith(
                        ("about half your strength.", "just a little.", "still.")
                    ), say
                if step.kind == "release":
                    assert say.startswith("Breathe out")
            # the one place that says to stop: the first thing heard, before any tensing
            assert "stop if anything hurts" in plan.steps[0].say


# -- gentle, skip, release only ------------------------------------------------------------
def test_gentle_groups_are_lighter_and_shorter() -> None:
    plan = relaxation_plan(gentle=["neck", "left-calf"])
    labels = tense_labels(plan)
    assert labels["neck"] == "Gently tuck your chin down towards your chest, just a little."
    assert labels["left-calf"] == "Gently draw your left toes towards you, just a little."
    assert labels["right-calf"] == (
        "Gently draw your right toes towards you, about half your strength."
    )
    durations = {s.group: s.duration for s in plan.steps if s.kind == "tense"}
    assert durations["neck"] == durations["left-calf"] == 6.0
    assert durations["right-calf"] == 7.0
    assert plan.options["gentle"] == ["left-calf", "neck"]


def test_a_merged_group_is_gentle_when_one_of_its_parts_is() -> None:
    labels = tense_labels(relaxation_plan(groups=4, gentle=["jaw"]))
    assert labels["face-neck"].endswith(", just a little.")
    assert labels["arms"].endswith(", about half your strength.")


def test_sixteen_groups_leave_a_skipped_group_out() -> None:
    plan = relaxation_plan(skip=["jaw", "left-hand"])
    rest = [g for g in SIXTEEN_RIGHT if g not in ("jaw", "left-hand")]
    assert sequence(plan) == expected(rest)
    assert plan.options["skip"] == ["jaw", "left-hand"]


def test_an_id_without_a_side_means_both_sides() -> None:
    plan = relaxation_plan(skip=["calf"])
    groups = {s.group for s in plan.steps}
    assert "right-calf" not in groups
    assert "left-calf" not in groups
    assert "right-thigh" in groups
    assert plan.options["skip"] == ["left-calf", "right-calf"]


def test_merged_group_partly_skipped_becomes_gentle_and_says_what_to_leave_still() -> None:
    plan = relaxation_plan(groups=7, skip=["left-hand"])
    assert sequence(plan) == expected(
        ["right-arm", "left-arm", "face", "neck", "torso", "right-leg", "left-leg"]
    )
    labels = tense_labels(plan)
    assert labels["left-arm"] == "Gently tense your left arm, but keep your left hand still."
    # the tensing phrase of the whole arm ("make a gentle fist") would ask for the hand
    assert "fist" not in labels["left-arm"]
    assert labels["right-arm"].startswith("Make a gentle fist and press your right elbow down")
    left_arm = next(s for s in plan.steps if s.group == "left-arm")
    assert left_arm.duration == 10.0  # more to hear before tensing lightly


def test_merged_group_wholly_skipped_is_left_out() -> None:
    plan = relaxation_plan(groups=7, skip=["left-hand", "left-upper-arm", "neck"])
    assert sequence(plan) == expected(["right-arm", "face", "torso", "right-leg", "left-leg"])
    plan = relaxation_plan(groups=4, skip=["foot", "thigh", "calf"])
    assert sequence(plan) == expected(["arms", "face-neck", "torso"])


def test_partly_skipped_parts_are_named_together() -> None:
    labels = tense_labels(relaxation_plan(groups=4, skip=["foot", "left-hand", "right-upper-arm"]))
    assert labels["legs"] == "Gently tense your legs, but keep both feet still."
    assert "but keep your right upper arm and your left hand still" in labels["arms"]
    labels = tense_labels(relaxation_plan(groups=4, skip=["right-foot", "jaw", "nose", "neck"]))
    assert "but keep your right foot still" in labels["legs"]
    assert (
        "but keep your upper cheeks and nose, your jaw and your neck and throat still"
        in (labels["face-neck"])
    )


def test_release_only_has_no_tense_step() -> None:
    for groups in PROGRAMMES:
        plan = relaxation_plan(groups=groups, release_only=True, gentle=["jaw"])
        assert "tense" not in {s.kind for s in plan.steps}
        assert sequence(plan) == expected(list(programme(groups, "right")), release_only=True)
        assert plan.options["release_only"] is True
    plan = relaxation_plan(release_only=True)
    release = plan.steps[1]
    assert release.label == (
        "Notice your right hand. Breathe out and let any tension there soften."
    )
    assert release.duration == 30.0
    assert plan.steps[0].say is not None
    assert "tense" not in plan.steps[0].say.lower()


def test_release_only_with_a_partly_skipped_group() -> None:
    plan = relaxation_plan(groups=4, release_only=True, skip=["left-hand"])
    arms = next(s for s in plan.steps if s.group == "arms")
    assert arms.label == (
        "Notice your arms, apart from your left hand. Breathe out and let any tension there soften."
    )


def test_skip_beats_gentle() -> None:
    plan = relaxation_plan(gentle=["jaw", "neck"], skip=["jaw"])
    assert "jaw" not in {s.group for s in plan.steps}
    assert plan.options["gentle"] == ["neck"]
    assert plan.options["skip"] == ["jaw"]


def test_everything_skipped_is_bad_input() -> None:
    for groups in PROGRAMMES:
        with pytest.raises(PracticeError) as caught:
            relaxation_plan(groups=groups, skip=BASE_IDS)
        assert str(caught.value) == (
            "every muscle group is skipped; leave at least one, e.g. --skip jaw"
        )


# -- parsing and bad input ----------------------------------------------------------------
def test_parse_groups_expands_sides() -> None:
    assert parse_groups("left-hand,jaw,calf") == {"left-hand", "jaw", "left-calf", "right-calf"}
    assert parse_groups(" Left-Hand , jaw,") == {"left-hand", "jaw"}
    assert parse_groups("") == frozenset()
    assert parse_groups("upper-arm") == {"left-upper-arm", "right-upper-arm"}
    assert parse_groups(",".join(BASE_IDS)) == PART_IDS


@pytest.mark.parametrize("text", ["elbow", "left-jaw", "hands", "left-", "right-arm"])
def test_parse_groups_rejects_unknown_ids_with_an_example(text: str) -> None:
    with pytest.raises(PracticeError) as caught:
        parse_groups(f"jaw,{text}")
    message = str(caught.value)
    assert message.startswith(f"unknown muscle group {text!r}")
    assert "hand, upper-arm, forehead, nose, jaw, neck, shoulders, abdomen, thigh" in message
    assert message.endswith("e.g. --skip left-hand,jaw")
    assert "\n" not in message


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"groups": 8}, "groups 8: choose 16, 7 or 4, e.g. --groups 7"),
        ({"groups": 0}, "groups 0: choose 16, 7 or 4, e.g. --groups 7"),
        ({"side": "up"}, "side 'up': choose left or right, e.g. --side left"),
        ({"side": "dominant"}, "side 'dominant': choose left or right, e.g. --side left"),
        ({"skip": ["ear"]}, "unknown muscle group 'ear'"),
        ({"gentle": ["ear"]}, "unknown muscle group 'ear'"),
    ],
)
def test_bad_options_give_one_line_with_an_example(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(PracticeError) as caught:
        relaxation_plan(**kwargs)
    assert str(caught.value).startswith(message)
    assert "e.g. --" in str(caught.value)
    assert "\n" not in str(caught.value)


# -- pain map --------------------------------------------------------------------------------
def test_pain_map_alone() -> None:
    gentle, skip = apply_pain_map(
        {"jaw": "skip", "neck": "gentle", "calf": "gentle", "forehead": "normal"}, (), ()
    )
    assert gentle == {"neck", "left-calf", "right-calf"}
    assert skip == {"jaw"}


def test_explicit_options_win_over_the_pain_map() -> None:
    gentle, skip = apply_pain_map(
        {"jaw": "skip", "neck": "gentle", "shoulders": "skip"},
        gentle=["jaw"],
        skip=["neck", "abdomen"],
    )
    assert gentle == {"jaw"}
    assert skip == {"neck", "abdomen", "shoulders"}


def test_explicit_skip_beats_explicit_gentle() -> None:
    gentle, skip = apply_pain_map({}, gentle=["hand", "jaw"], skip=["left-hand"])
    assert gentle == {"right-hand", "jaw"}
    assert skip == {"left-hand"}


def test_a_sided_pain_map_entry_wins_over_both_sides() -> None:
    # listed in either order, the more precise entry decides
    for pain_map in (
        {"left-calf": "normal", "calf": "skip"},
        {"calf": "skip", "left-calf": "normal"},
    ):
        gentle, skip = apply_pain_map(pain_map, (), ())
        assert skip == {"right-calf"}
        assert gentle == frozenset()


def test_a_stale_pain_map_entry_is_ignored_with_a_warning(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.WARNING, logger="breathe.engine.practices.relaxation"):
        gentle, skip = apply_pain_map(
            {"ear": "skip", "jaw": "sore", "neck": "gentle"}, (), ["left-foot"]
        )
    assert gentle == {"neck"}
    assert skip == {"left-foot"}
    assert "'ear'" in caplog.text
    assert "'sore'" in caplog.text


def test_pain_map_explicit_ids_are_checked() -> None:
    with pytest.raises(PracticeError, match="unknown muscle group 'ear'"):
        apply_pain_map({}, gentle=["ear"], skip=())


# -- any valid options ----------------------------------------------------------------------
ANY_ID = st.sampled_from(sorted(PART_IDS | LATERAL))


@given(
    groups=st.sampled_from(PROGRAMMES),
    release_only=st.booleans(),
    learning=st.booleans(),
    gentle=st.lists(ANY_ID, max_size=6),
    skip=st.lists(ANY_ID, max_size=20),
    side=st.sampled_from(["right", "left"]),
)
def test_any_valid_options_give_a_contiguous_plan(
    *,
    groups: int,
    release_only: bool,
    learning: bool,
    gentle: list[str],
    skip: list[str],
    side: str,
) -> None:
    skipped = parse_groups(",".join(skip))
    if skipped == PART_IDS:
        with pytest.raises(PracticeError):
            relaxation_plan(groups=groups, release_only=release_only, skip=skip, side=side)
        return
    plan = relaxation_plan(
        groups=groups,
        release_only=release_only,
        learning=learning,
        gentle=gentle,
        skip=skip,
        side=side,
    )
    steps = plan.steps
    assert steps[0].start == 0.0
    for before, after in itertools.pairwise(steps):
        assert after.start == before.end
    assert all(s.duration > 0 for s in steps)
    assert math.isclose(sum(s.duration for s in steps), plan.total_seconds)
    assert (steps[0].kind, steps[-2].kind, steps[-1].kind) == ("intro", "outro", "outro")
    # the method's timings: release 30-40 s, tension 5-7 s (longer only to hear which parts
    # to keep still), and about two minutes of rest at the end (one for 4 groups)
    assert all(30 <= s.duration <= 40 for s in steps if s.kind == "release")
    tense = [s for s in steps if s.kind == "tense"]
    assert all(5 <= s.duration <= 7 or "still" in s.label for s in tense)
    assert sum(s.duration for s in steps[-2:]) == (60 if groups == 4 else 120)
    assert all(s.say == s.label for s in steps)
    lit: set[str] = set()
    for step in steps[1:-2]:
        assert step.group in GROUPS
        lit |= set(PARTS[step.group])
        if release_only:
            assert step.kind == "release"
    # every part not skipped is covered by some step; a part is only left out if skipped
    assert PART_IDS - skipped <= lit
    if groups == 16:
        assert lit == PART_IDS - skipped
    json.dumps(plan.to_json())


def test_a_lateral_area_is_named_without_its_side_in_the_language_in_force() -> None:
    # the summary names an area chosen on both sides so ("calf", "Wade")
    assert [area_name(a) for a in ("hand", "upper-arm", "calf")] == ["hand", "upper arm", "calf"]
    language.use("de")
    assert area_name("calf") == "Wade"
