"""Paced breathing: exact timelines of the presets, options, bad input, glide and re-plans."""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from itertools import pairwise
from typing import Any

import pytest

from breathe.engine.practices.breathing import (
    DEFAULT_PRESET,
    PRESETS,
    breathing_plan,
    cap_notice,
    change_pace,
    describe,
    gentler,
    parse_pattern,
    parse_ratio,
    resume_at_inhale,
)
from breathe.engine.practices.breathing_replan import (
    FASTER,
    GENTLE_SAY,
    SLOWER,
    breath_at,
)
from breathe.engine.practices.errors import PracticeError
from breathe.engine.practices.steps import Draft, Plan, Step, lay_out
from breathe.engine.runner import SessionRunner
from tests.conftest import FakeClock

INTRO = (0.0, 3.0, "intro", "Get comfortable")


def rows(plan: Plan, start: int = 0, stop: int | None = None) -> list[tuple[Any, ...]]:
    """(start, duration, kind, label) of steps, rounded like the JSON output."""
    return [
        (round(s.start, 3), round(s.duration, 3), s.kind, s.label) for s in plan.steps[start:stop]
    ]


def breaths(plan: Plan, since: float = 0.0) -> list[Step]:
    """The first step of each breath starting at or after ``since``."""
    return [s for s in plan.steps if s.label == "Breathe in" and s.start >= since - 1e-9]


def breathing_seconds(plan: Plan) -> float:
    return plan.steps[-1].start - plan.steps[0].end


# -- presets -----------------------------------------------------------------------------
def test_box_timeline() -> None:
    plan = breathing_plan(preset="box")
    assert rows(plan, 0, 6) == [
        INTRO,
        (3.0, 4.0, "inhale", "Breathe in"),
        (7.0, 4.0, "hold", "Hold"),
        (11.0, 4.0, "exhale", "Breathe out"),
        (15.0, 4.0, "hold", "Hold"),
        (19.0, 4.0, "inhale", "Breathe in"),
    ]
    # 4 min of 16 s breaths = 15 breaths; the last one ends after its exhale
    assert len(breaths(plan)) == 15
    assert rows(plan, -3) == [
        (231.0, 4.0, "hold", "Hold"),
        (235.0, 4.0, "exhale", "Breathe out"),
        (239.0, 4.0, "outro", "Let your breath find its own rhythm"),
    ]
    assert plan.total_seconds == 243.0
    assert plan.steps[0].say == "Breathe slower, not deeper."
    assert [s.say for s in plan.steps[1:4]] == ["Breathe in", "Hold", "And out"]


def test_box_json_matches_the_spec() -> None:
    data = json.loads(json.dumps(breathing_plan(preset="box").to_json()))
    assert data["practice"] == "breathing"
    assert data["preset"] == "box"
    assert json.dumps(data["options"]) == '{"pattern": [4, 4, 4, 4], "minutes": 4}'
    assert data["steps"][:3] == [
        {
            "start": 0.0,
            "duration": 3.0,
            "kind": "intro",
            "label": "Get comfortable",
            "say": "Breathe slower, not deeper.",
            "group": None,
        },
        {
            "start": 3.0,
            "duration": 4.0,
            "kind": "inhale",
            "label": "Breathe in",
            "say": "Breathe in",
            "group": None,
        },
        {
            "start": 7.0,
            "duration": 4.0,
            "kind": "hold",
            "label": "Hold",
            "say": "Hold",
            "group": None,
        },
    ]


def test_4_7_8_is_four_breaths() -> None:
    plan = breathing_plan(preset="4-7-8")
    assert plan.options == {"pattern": [4, 7, 8], "cycles": 4}
    expected = [INTRO]
    for k in range(4):
        t = 3.0 + 19 * k
        expected += [
            (t, 4.0, "inhale", "Breathe in"),
            (t + 4, 7.0, "hold", "Hold"),
            (t + 11, 8.0, "exhale", "Breathe out"),
        ]
    expected.append((79.0, 4.0, "outro", "Let your breath find its own rhythm"))
    assert rows(plan) == expected


def test_4_7_8_is_at_most_8_breaths() -> None:
    assert breathing_plan(preset="4-7-8", cycles=8).options["cycles"] == 8
    assert fails(lambda: breathing_plan(preset="4-7-8", cycles=9)) == (
        "cycles 9: 4-7-8 breathing is done at most 8 times in a row, e.g. --cycles 4"
    )
    # the same pattern as your own rhythm is yours to pace
    assert breathing_plan(pattern="4-7-8", cycles=9).options["cycles"] == 9


def test_4_7_8_minutes_stop_at_8_breaths_and_say_so() -> None:
    plan = breathing_plan(preset="4-7-8", minutes=5)  # 16 breaths of 19 s asked for
    assert plan.options == {"pattern": [4, 7, 8], "minutes": 5, "cycles": 8, "capped_at_cycles": 8}
    assert len(breaths(plan)) == 8
    assert cap_notice(plan) == (
        "4-7-8 breathing is done at most 8 times in a row, so this session has 8 breaths "
        "(about 2.6 min) instead of 5 min"
    )
    within = breathing_plan(preset="4-7-8", minutes=2)  # 6 breaths
    assert within.options == {"pattern": [4, 7, 8], "minutes": 2}
    assert len(breaths(within)) == 6
    assert cap_notice(within) is None
    assert cap_notice(breathing_plan(preset="box", minutes=30)) is None
    # a glide makes breaths quicker, never more than 8 of them
    glided = breathing_plan(preset="4-7-8", minutes=3, from_bpm=12)
    assert len(breaths(glided)) == 8
    assert glided.options["capped_at_cycles"] == 8
    assert breaths(glided)[-1].duration == 4.0


def test_sigh_has_a_top_up_inhale() -> None:
    plan = breathing_plan(preset="sigh")
    assert plan.options == {"minutes": 5}
    assert rows(plan, 0, 5) == [
        INTRO,
        (3.0, 2.5, "inhale", "Breathe in"),
        (5.5, 1.0, "inhale", "Top up"),
        (6.5, 6.5, "exhale", "Breathe out"),
        (13.0, 2.5, "inhale", "Breathe in"),
    ]
    assert len(breaths(plan)) == 30
    assert plan.total_seconds == pytest.approx(307.0)


def test_resonance_slows_every_two_minutes() -> None:
    plan = breathing_plan(preset="resonance")
    assert plan.options == {"rates": [6.5, 6, 5.5, 5, 4.5], "ratio": "1:1", "minutes": 10}
    ins = breaths(plan)
    lengths = [round(60 / (2 * s.duration), 3) for s in ins]  # breaths a minute, 1:1
    assert lengths == [6.5] * 13 + [6.0] * 12 + [5.5] * 11 + [5.0] * 10 + [4.5] * 9
    slower = [k for k, s in enumerate(ins) if s.say == "Now a little slower"]
    assert slower == [13, 25, 36, 46]
    assert all(s.say == "Breathe in" for k, s in enumerate(ins) if k not in slower)
    assert ins[13].start == pytest.approx(3.0 + 120.0)
    assert plan.total_seconds == pytest.approx(3 + 600 + 4)
    assert rows(plan, -2)[0][2] == "exhale"


@pytest.mark.parametrize(
    ("preset", "options", "breathing"),
    [
        ("coherent", {"pattern": [5, 5], "minutes": 5}, 300.0),
        ("extended-exhale", {"pattern": [4, 6], "minutes": 5}, 300.0),
    ],
)
def test_two_phase_presets(preset: str, options: dict[str, Any], breathing: float) -> None:
    plan = breathing_plan(preset=preset)
    assert plan.options == options
    assert {s.kind for s in plan.steps} == {"intro", "inhale", "exhale", "outro"}
    assert breathing_seconds(plan) == pytest.approx(breathing)


def test_default_is_coherent() -> None:
    assert DEFAULT_PRESET == "coherent"
    plan = breathing_plan()
    assert (plan.practice, plan.preset) == ("breathing", "coherent")
    assert plan == breathing_plan(preset="coherent")
    assert breathing_plan(minutes=2).preset == "coherent"


def test_preset_descriptions() -> None:
    assert set(PRESETS) == {"box", "4-7-8", "coherent", "extended-exhale", "sigh", "resonance"}
    for name, preset in PRESETS.items():
        assert preset.name == name
        assert "\n" not in preset.description
        assert (preset.default_minutes is None) != (preset.default_cycles is None)
        warns = "air hunger" in preset.description and "panic" in preset.description
        assert warns == preset.has_holds == (name in {"box", "4-7-8"})


# -- lengths and options -----------------------------------------------------------------
@pytest.mark.parametrize(
    ("kwargs", "count"),
    [
        ({"preset": "box", "minutes": 1}, 4),  # 60 / 16 = 3.75
        ({"preset": "box", "minutes": 0.5}, 2),  # 1.875
        ({"preset": "4-7-8", "minutes": 2}, 6),  # 120 / 19 = 6.3
        ({"pattern": "10-10-10", "minutes": 0.5}, 1),
        ({"preset": "box", "cycles": 3}, 3),
        ({"preset": "resonance", "minutes": 0.5}, 5),  # at least one at each rate
        ({"preset": "resonance", "cycles": 7}, 7),
        ({"preset": "resonance", "cycles": 2}, 2),
    ],
)
def test_number_of_breaths(kwargs: dict[str, Any], count: int) -> None:
    assert len(breaths(breathing_plan(**kwargs))) == count


def test_intro_and_outro_do_not_count_towards_minutes() -> None:
    plan = breathing_plan(pattern="4-6", minutes=1)
    assert breathing_seconds(plan) == 60.0
    assert plan.total_seconds == 3 + 60 + 4


def test_resonance_with_few_breaths_keeps_the_first_rates() -> None:
    plan = breathing_plan(preset="resonance", cycles=2)
    assert [round(s.duration, 3) for s in breaths(plan)] == [4.615, 5.0]
    assert breaths(plan)[1].say == "Now a little slower"


def test_zero_phases_are_left_out() -> None:
    plan = breathing_plan(pattern="4-0-6-0", cycles=2)
    assert [s.kind for s in plan.steps] == [
        "intro",
        "inhale",
        "exhale",
        "inhale",
        "exhale",
        "outro",
    ]
    plan = breathing_plan(pattern=[4, 2, 6, 0], cycles=2)
    assert [s.kind for s in plan.steps[1:5]] == ["inhale", "hold", "exhale", "inhale"]
    assert all(s.duration > 0 for s in plan.steps)


@pytest.mark.parametrize(
    ("kwargs", "options"),
    [
        ({"preset": "box"}, '{"pattern": [4, 4, 4, 4], "minutes": 4}'),
        ({"preset": "4-7-8"}, '{"pattern": [4, 7, 8], "cycles": 4}'),
        ({"preset": "4-7-8", "minutes": 2}, '{"pattern": [4, 7, 8], "minutes": 2}'),
        ({"preset": "box", "cycles": 10}, '{"pattern": [4, 4, 4, 4], "cycles": 10}'),
        ({"bpm": 6, "ratio": "1:2"}, '{"bpm": 6, "ratio": "1:2", "minutes": 5}'),
        ({"bpm": 5.5}, '{"bpm": 5.5, "ratio": "1:1", "minutes": 5}'),
        ({"ratio": "2:3"}, '{"bpm": 6, "ratio": "1:1.5", "minutes": 5}'),
        ({"ratio": 2.0, "minutes": 10.0}, '{"bpm": 6, "ratio": "1:2", "minutes": 10}'),
        ({"pattern": "4.5-6"}, '{"pattern": [4.5, 6], "minutes": 5}'),
        ({"pattern": (4.0, 7.0, 8.0)}, '{"pattern": [4, 7, 8], "minutes": 5}'),
        (
            {"pattern": "4-6", "from_bpm": 12.0, "cycles": 5},
            '{"pattern": [4, 6], "cycles": 5, "from_bpm": 12}',
        ),
        (
            {"preset": "coherent", "from_bpm": 4},
            '{"pattern": [5, 5], "minutes": 5, "from_bpm": 4}',
        ),
    ],
)
def test_options_json(kwargs: dict[str, Any], options: str) -> None:
    plan = breathing_plan(**kwargs)
    assert json.dumps(plan.to_json()["options"]) == options


def test_bpm_and_ratio_set_the_breath() -> None:
    plan = breathing_plan(bpm=6, ratio="1:2", cycles=1)
    assert rows(plan)[1:3] == [
        (3.0, 3.333, "inhale", "Breathe in"),
        (6.333, 6.667, "exhale", "Breathe out"),
    ]
    plan = breathing_plan(bpm=10, cycles=1)  # 1:1
    assert [s.duration for s in plan.steps[1:3]] == [3.0, 3.0]
    plan = breathing_plan(ratio="1:1.5", cycles=1)  # at 6 breaths a minute
    assert [s.duration for s in plan.steps[1:3]] == pytest.approx([4.0, 6.0])


def test_parse_pattern_and_ratio() -> None:
    assert parse_pattern("4-7-8") == (4.0, 7.0, 8.0)
    assert parse_pattern(" 4.5 - 6 ") == (4.5, 6.0)
    assert parse_pattern("4-0-4-0") == (4.0, 0.0, 4.0, 0.0)
    assert parse_ratio("1:2") == 2.0
    assert parse_ratio("1:1.5") == 1.5
    assert parse_ratio("2:3") == 1.5


# -- bad input ----------------------------------------------------------------------------
def fails(call: Callable[[], object]) -> str:
    with pytest.raises(PracticeError) as info:
        call()
    message = str(info.value)
    assert "\n" not in message
    assert "e.g. " in message
    return message


def test_bad_pattern_message_is_exact() -> None:
    message = fails(lambda: breathing_plan(pattern="4-x-8"))
    assert message == "pattern '4-x-8': each part must be a number of seconds, e.g. 4-7-8"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("4-x-8", "number"),
        ("", "number"),
        ("4--8", "number"),
        ("4-nan-8", "number"),
        ("4-1e1", "number"),
        ("4_0-8", "number"),
        ("4-\u0668", "number"),
        ("4", "2 to 4 parts"),
        ("4-4-4-4-4", "2 to 4 parts"),
        ("4-70-8", "0 to 60"),
        ("0.5-4", "at least 1 second"),
        ("4-0", "at least 1 second"),
        ("4-0-0.5", "at least 1 second"),
        ("20-20", "between 2 and 30 s"),
        ("10-10-10-10", "between 2 and 30 s"),
    ],
)
def test_bad_patterns(text: str, words: str) -> None:
    assert words in fails(lambda: parse_pattern(text))
    assert words in fails(lambda: breathing_plan(pattern=text))


@pytest.mark.parametrize(
    ("values", "shown"),
    [
        ([4, "x"], "4-x"),
        ([4.0, math.nan], "4-nan"),
        ([True, 4], "True-4"),
        ([4.0], "'4'"),
        ([4, 61], "4-61"),
        ([4, math.inf], "4-inf"),
    ],
)
def test_bad_pattern_sequences(values: list[Any], shown: str) -> None:
    assert shown in fails(lambda: breathing_plan(pattern=values))


@pytest.mark.parametrize(
    "text", ["1-2", "1:x", "1:2:3", "", "0:2", "1:0", "1:9", "9:1", "-1:2", "1:inf"]
)
def test_bad_ratios(text: str) -> None:
    message = fails(lambda: parse_ratio(text))
    assert message.startswith(f"ratio '{text}':")
    assert "e.g. 1:2" in message
    fails(lambda: breathing_plan(ratio=text))


@pytest.mark.parametrize(
    "kwargs",
    [
        {"ratio": 0.0},
        {"ratio": -1.0},
        {"ratio": 5.0},
        {"ratio": math.nan},
        {"ratio": True},
        {"bpm": 1.9},
        {"bpm": 31},
        {"bpm": math.nan},
        {"bpm": math.inf},
        {"bpm": 30, "ratio": "1:2"},  # a breath in of 0.67 s
        {"bpm": 28, "ratio": "2:1"},  # a breath out of 0.71 s
        {"from_bpm": 1},
        {"from_bpm": 40},
        {"minutes": 0.4},
        {"minutes": 121},
        {"minutes": math.nan},
        {"minutes": "5"},
        {"cycles": 0},
        {"cycles": 2001},
        {"cycles": 2.0},
        {"cycles": True},
        {"preset": "square"},
        {"preset": "box", "minutes": 0},
    ],
)
def test_values_out_of_range(kwargs: dict[str, Any]) -> None:
    fails(lambda: breathing_plan(**kwargs))


def test_limit_messages_name_the_value_and_range() -> None:
    assert fails(lambda: breathing_plan(bpm=31.0)) == (
        "bpm 31: choose 2 to 30 breaths a minute, e.g. 6"
    )
    assert fails(lambda: breathing_plan(from_bpm=40)) == (
        "from-bpm 40: choose 2 to 30 breaths a minute, e.g. 12"
    )
    assert fails(lambda: breathing_plan(minutes=200)) == (
        "minutes 200: a session can be 0.5 to 120 minutes, e.g. 5"
    )
    assert "box, 4-7-8, coherent" in fails(lambda: breathing_plan(preset="square"))
    assert fails(lambda: breathing_plan(ratio=5.0)).startswith("ratio '5':")


@pytest.mark.parametrize(
    ("kwargs", "names"),
    [
        ({"minutes": 5, "cycles": 4}, ("--minutes", "--cycles")),
        ({"preset": "box", "minutes": 5, "cycles": 4}, ("--minutes", "--cycles")),
        ({"preset": "box", "pattern": "4-6"}, ("box", "--pattern")),
        ({"preset": "coherent", "bpm": 6}, ("coherent", "--bpm")),
        ({"preset": "sigh", "ratio": "1:2"}, ("sigh", "--ratio")),
        ({"pattern": "4-6", "bpm": 6}, ("--pattern", "--bpm")),
        ({"pattern": "4-6", "ratio": "1:2"}, ("--pattern", "--ratio")),
    ],
)
def test_conflicts(kwargs: dict[str, Any], names: tuple[str, str]) -> None:
    message = fails(lambda: breathing_plan(**kwargs))
    assert all(name in message for name in names)


def test_limits_are_inclusive() -> None:
    assert breathing_plan(bpm=30, minutes=0.5).options["bpm"] == 30
    assert breathing_plan(bpm=2, cycles=1).steps[1].duration == 15.0
    assert breathing_plan(pattern="1-1", cycles=2000).total_seconds == 3 + 4000 + 4
    assert breathing_plan(pattern="15-0-15", cycles=1).steps[1].duration == 15.0
    assert breathing_plan(ratio=4.0, cycles=1).steps[2].duration == pytest.approx(8.0)
    assert breathing_plan(ratio="4:1", cycles=1).steps[2].duration == pytest.approx(2.0)
    assert breathing_plan(minutes=120).options["minutes"] == 120


# -- starting where you are ---------------------------------------------------------------
def test_from_bpm_at_or_below_the_target_changes_nothing() -> None:
    plain = breathing_plan(preset="coherent")
    for rate in (6, 4, 2):
        glided = breathing_plan(preset="coherent", from_bpm=rate)
        assert glided.steps == plain.steps
        assert glided.options == {**plain.options, "from_bpm": rate}


def test_from_bpm_glides_to_the_target_over_two_minutes() -> None:
    plan = breathing_plan(preset="extended-exhale", from_bpm=12)  # 5 s -> 10 s breaths
    ins = breaths(plan)
    first = plan.steps[1:3]
    assert [s.duration for s in first] == pytest.approx([2.0, 3.0])  # 4:6 kept, 5 s long
    for s in ins:
        t = s.start - 3.0
        length = s.duration * 10 / 4
        expected = 5 + 5 * t / 120 if t < 120 else 10
        assert length == pytest.approx(expected)
    starts = [s.start for s in ins]
    assert starts == sorted(starts)
    assert any(abs(s.start - 3 - 120) < 10 for s in ins)
    # the breathing part is as close as possible to 5 minutes
    assert abs(breathing_seconds(plan) - 300) <= 5
    assert len(ins) > len(breaths(breathing_plan(preset="extended-exhale")))


def test_from_bpm_with_cycles_counts_the_glide_breaths() -> None:
    plan = breathing_plan(pattern="4-6", from_bpm=20, cycles=10)
    assert len(breaths(plan)) == 10
    assert plan.steps[1].duration == pytest.approx(3 * 0.4)  # a 3 s breath, 4:6
    lengths = [s.duration for s in breaths(plan)]
    assert lengths == sorted(lengths)
    assert lengths[-2] < 4
    assert lengths[-1] == 4  # the last breath is at the pace asked for


def test_a_short_glide_reaches_the_pace_before_the_end() -> None:
    # 4 breaths of 19 s last under two minutes: the glide is over by the last breath
    plan = breathing_plan(preset="4-7-8", from_bpm=12)
    firsts = breaths(plan)
    assert len(firsts) == 4
    assert firsts[0].duration == pytest.approx(4 * 5 / 19)  # a 5 s breath, 4-7-8 kept
    last = plan.steps[-4:-1]
    assert [(s.kind, s.duration) for s in last] == [("inhale", 4), ("hold", 7), ("exhale", 8)]


@pytest.mark.parametrize("preset", ["4-7-8", "box", "sigh", "extended-exhale"])
def test_a_glide_keeps_every_breath_in_and_out_at_one_second_or_more(preset: str) -> None:
    plan = breathing_plan(preset=preset, from_bpm=30)
    moving = [s.duration for s in plan.steps if s.kind in ("inhale", "exhale")]
    assert min(moving) >= 1.0 - 1e-9
    assert plan.steps[1].duration < PRESETS[preset].pattern[0] if PRESETS[preset].pattern else True
    # 4-7-8 from 30 a minute starts as quick as its 4 s breath in allows: 1 s in, 2 s out
    if preset == "4-7-8":
        assert [round(s.duration, 3) for s in plan.steps[1:4]] == [1.0, 1.75, 2.0]


def test_from_bpm_with_a_short_session() -> None:
    plan = breathing_plan(preset="box", from_bpm=30, minutes=0.5)
    assert abs(breathing_seconds(plan) + 4 - 30) <= 2  # 4: the dropped last hold
    assert plan.steps[-2].kind == "exhale"
    assert [s.duration for s in plan.steps[-4:-1]] == [4, 4, 4]  # one full breath at least


def test_from_bpm_with_resonance_glides_in_a_lead_in_and_keeps_every_stage() -> None:
    plain = breathing_plan(preset="resonance")
    plan = breathing_plan(preset="resonance", from_bpm=10)
    ins = breaths(plan)
    assert ins[0].duration == pytest.approx(3.0)
    assert [s.say for s in ins].count("Now a little slower") == 4
    assert plan.options == {**plain.options, "from_bpm": 10, "lead_in_minutes": 2}
    # the glide is two minutes of its own; then all five stages, each as long as before
    lead_in = len(plan.steps) - len(plain.steps)
    assert abs(plan.steps[1 + lead_in].start - 3 - 120) <= 9.3
    shift = plan.steps[1 + lead_in].start - 3
    assert rows(plan, 1 + lead_in) == [
        (round(s.start + shift, 3), round(s.duration, 3), s.kind, s.label) for s in plain.steps[1:]
    ]
    assert [s.say for s in plan.steps[1 + lead_in :]] == [s.say for s in plain.steps[1:]]
    lead = plan.steps[1 : 1 + lead_in]
    assert max(s.duration for s in lead) < 60 / 6.5 / 2


# -- describe ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("kwargs", "text"),
    [
        ({"preset": "box"}, "Box breathing · 4-4-4-4 · 4 min"),
        ({"preset": "4-7-8"}, "4-7-8 breathing · 4 breaths"),
        ({"preset": "sigh", "minutes": 1.5}, "Cyclic sigh · 1.5 min"),
        ({"preset": "resonance"}, "Resonance breathing · 6.5 to 4.5 breaths/min · 10 min"),
        ({"bpm": 5.5, "ratio": "1:2"}, "Paced breathing · 5.5 breaths/min, 1:2 · 5 min"),
        ({"pattern": "4-6", "cycles": 1}, "Paced breathing · 4-6 · 1 breath"),
        (
            {"preset": "coherent", "from_bpm": 12},
            "Coherent breathing · 5-5 · 5 min · from 12 breaths/min",
        ),
    ],
)
def test_describe_a_plan(kwargs: dict[str, Any], text: str) -> None:
    assert describe(breathing_plan(**kwargs)) == text


def test_describe_history_options() -> None:
    assert describe({"pattern": [4, 4, 4, 4], "minutes": 4}, "box") == (
        "Box breathing · 4-4-4-4 · 4 min"
    )
    assert describe({"bpm": 6}) == "Paced breathing · 6 breaths/min"
    assert describe({}, "gone-preset") == "Paced breathing"
    odd = {"pattern": ["x"], "rates": "fast", "bpm": True, "minutes": "5", "cycles": None}
    assert describe(odd) == "Paced breathing"


# -- re-planning -------------------------------------------------------------------------
def assert_past_kept(old: Plan, new: Plan, now: float) -> None:
    for k, s in enumerate(old.steps):
        if s.end <= now:
            assert new.steps[k] == s


def test_gentler_while_breathing_in() -> None:
    box = breathing_plan(preset="box")
    plan = gentler(box, 5.0)
    assert_past_kept(box, plan, 5.0)
    assert rows(plan, 1, 4) == [
        (3.0, 2.0, "inhale", "Breathe in"),  # cut at now
        (5.0, 3.4, "exhale", "Breathe out"),  # breathe out first: no jump
        (8.4, 3.4, "inhale", "Breathe in"),
    ]
    assert plan.steps[2].say == GENTLE_SAY
    assert plan.steps[3].say == "Breathe in"
    assert "hold" not in {s.kind for s in plan.steps[2:]}
    assert abs(plan.total_seconds - box.total_seconds) <= 3.4
    assert [s.kind for s in plan.steps[-2:]] == ["exhale", "outro"]


@pytest.mark.parametrize(
    ("now", "first"),
    [
        (8.0, "exhale"),  # holding after a breath in
        (11.0, "exhale"),  # just at the end of the hold: still full
        (13.0, "inhale"),  # breathing out
        (17.0, "inhale"),  # holding after a breath out
        (19.0, "inhale"),  # just at the start of a breath in
    ],
)
def test_gentler_starts_with_the_natural_next_phase(now: float, first: str) -> None:
    box = breathing_plan(preset="box")
    plan = gentler(box, now)
    assert_past_kept(box, plan, now)
    step = plan.steps[plan.index_at(now)]
    assert (step.start, step.kind, step.say) == (now, first, GENTLE_SAY)


def test_gentler_in_the_intro_starts_with_the_first_breath() -> None:
    box = breathing_plan(preset="box")
    plan = gentler(box, 1.0)
    assert plan.steps[0] == box.steps[0]
    assert rows(plan, 1, 3) == [
        (3.0, 3.4, "inhale", "Breathe in"),
        (6.4, 3.4, "exhale", "Breathe out"),
    ]
    assert plan.steps[1].say == GENTLE_SAY


def test_gentler_in_the_outro_changes_nothing() -> None:
    box = breathing_plan(preset="box")
    assert gentler(box, 240.0) is box
    assert gentler(box, 500.0) is box


def test_gentler_sigh_drops_the_top_up() -> None:
    sigh = breathing_plan(preset="sigh")
    plan = gentler(sigh, 20.0)  # in an exhale
    later = plan.steps[plan.index_at(20.0) :]
    assert "Top up" not in {s.label for s in later}
    assert later[0].duration == pytest.approx(3.5 * 0.85)
    assert later[1].duration == pytest.approx(6.5 * 0.85)


@pytest.mark.parametrize(("pattern", "lengths"), [("2-3", [2.0, 2.55]), ("1-1", [1.0, 1.0])])
def test_gentler_never_under_two_seconds(pattern: str, lengths: list[float]) -> None:
    plan = gentler(breathing_plan(pattern=pattern, minutes=1), 0)
    assert [s.duration for s in plan.steps[1:3]] == pytest.approx(lengths)


def test_gentler_follows_the_slowing_of_resonance() -> None:
    plan = gentler(breathing_plan(preset="resonance"), 10.0)
    ins = breaths(plan, 10.0)
    early = next(s for s in ins if s.start > 20)
    late = next(s for s in ins if s.start > 500)
    assert early.duration == pytest.approx(60 / 6.5 / 2 * 0.85)
    assert late.duration == pytest.approx(60 / 4.5 / 2 * 0.85)
    assert [s.say for s in ins].count("Now a little slower") == 4


def test_gentler_in_the_last_breath() -> None:
    plan = breathing_plan(preset="4-7-8")  # the last breath: 60 in, 64 hold, 71 out, 79 end
    last = gentler(plan, 65.0)
    assert rows(last, 11) == [
        (64.0, 1.0, "hold", "Hold"),
        (65.0, 6.8, "exhale", "Breathe out"),
        (71.8, 3.4, "inhale", "Breathe in"),  # ending at 82 is nearer to 79 than 71.8
        (75.2, 6.8, "exhale", "Breathe out"),
        (82.0, 4.0, "outro", "Let your breath find its own rhythm"),
    ]
    again = gentler(last, 66.0)  # breathing out: a breath in comes next, easier again
    assert rows(again, 12, 15) == [
        (65.0, 1.0, "exhale", "Breathe out"),
        (66.0, 2.89, "inhale", "Breathe in"),
        (68.89, 5.78, "exhale", "Breathe out"),
    ]
    assert [s.kind for s in again.steps[-2:]] == ["exhale", "outro"]


def test_gentler_twice_eases_more() -> None:
    plan = gentler(gentler(breathing_plan(preset="coherent"), 30.0), 60.0)
    ins = breaths(plan, 60.0)
    assert ins[1].duration == pytest.approx(5 * 0.85 * 0.85)


def test_gentler_after_a_cut_breath_models_on_a_whole_one() -> None:
    # 1 s in, 11 s out: gentler while breathing in cuts that breath in to 0.5 s
    first = gentler(breathing_plan(pattern=[1.0, 11.0], minutes=0.5), 15.5)
    assert rows(first, 3, 5) == [
        (15.0, 0.5, "inhale", "Breathe in"),
        (15.5, 9.35, "exhale", "Breathe out"),
    ]
    # in the last breath out: the new breath is modelled on the whole breath (1 s in),
    # not on the one just cut (it came out 0.5 s in)
    again = gentler(first, 23.25)
    assert rows(again, 5, 7) == [
        (23.25, 1.0, "inhale", "Breathe in"),
        (24.25, 9.35, "exhale", "Breathe out"),
    ]
    # the only breath cut short: its cut breath in is modelled at the shortest whole one
    single = gentler(breathing_plan(pattern=[2.0, 11.0], cycles=1), 3.5)
    assert rows(gentler(single, 6.0), 3, 5) == [
        (6.0, 1.0, "inhale", "Breathe in"),
        (7.0, 7.947, "exhale", "Breathe out"),
    ]


def test_resume_when_the_last_breath_was_cut_takes_one_whole_breath_more() -> None:
    cut = gentler(breathing_plan(pattern=[1.0, 11.0], minutes=0.5), 15.5)
    resumed = resume_at_inhale(cut, 15.5)  # the breath out after the cut breath in, not begun
    assert rows(resumed, 4) == [
        (15.5, 1.0, "inhale", "Breathe in"),
        (16.5, 11.0, "exhale", "Breathe out"),
        (27.5, 4.0, "outro", "Let your breath find its own rhythm"),
    ]
    single = gentler(breathing_plan(pattern=[2.0, 11.0], cycles=1), 3.5)
    assert rows(resume_at_inhale(single, 3.5), 2, 4) == [
        (3.5, 1.0, "inhale", "Breathe in"),
        (4.5, 9.35, "exhale", "Breathe out"),
    ]


def test_change_pace_at_the_next_inhale() -> None:
    box = breathing_plan(preset="box")
    plan = change_pace(box, 5.0, SLOWER)
    assert plan.steps[:5] == box.steps[:5]  # the current breath runs as it was
    assert rows(plan, 5, 9) == [
        (19.0, 4.4, "inhale", "Breathe in"),
        (23.4, 4.4, "hold", "Hold"),
        (27.8, 4.4, "exhale", "Breathe out"),
        (32.2, 4.4, "hold", "Hold"),
    ]
    assert abs(plan.total_seconds - box.total_seconds) <= 17.6 / 2
    assert [s.kind for s in plan.steps[-2:]] == ["exhale", "outro"]
    faster = change_pace(box, 5.0, FASTER)
    assert faster.steps[5].duration == pytest.approx(4 / 1.1)
    assert len(breaths(faster)) > len(breaths(box)) > len(breaths(plan))


def test_a_preset_whose_pace_changed_says_so() -> None:
    """Slower box is no longer box: the plan, and so its history row, says where it came from."""
    box = breathing_plan(preset="box")
    plan = change_pace(box, 5.0, SLOWER)
    assert plan.preset is None
    assert dict(plan.options) == {"pattern": [4, 4, 4, 4], "minutes": 4, "from_preset": "box"}
    assert describe(plan) == "Custom, from box · 4-4-4-4 · 4 min"
    assert describe(plan.options, None) == "Custom, from box · 4-4-4-4 · 4 min"  # a history row
    again = change_pace(plan, 40.0, SLOWER)
    assert dict(again.options) == dict(plan.options)  # still from box, said once
    custom = breathing_plan(pattern="4-6")
    assert change_pace(custom, 5.0, SLOWER).options == custom.options
    assert change_pace(box, 240.0, SLOWER) is box  # nothing changed: still box
    assert plan.to_json()["preset"] is None


def test_the_rhythm_being_breathed_now() -> None:
    box = breathing_plan(preset="box")
    assert [(s.kind, s.duration) for s in breath_at(box, 0.0)] == [  # the intro: the first
        ("inhale", 4.0),
        ("hold", 4.0),
        ("exhale", 4.0),
        ("hold", 4.0),
    ]
    slower = change_pace(box, 5.0, SLOWER)
    assert [s.duration for s in breath_at(slower, 5.0)] == [4.0] * 4  # this breath as it was
    assert [s.duration for s in breath_at(slower, 20.0)] == pytest.approx([4.4] * 4)
    # the last breath lost its hold; the outro: the rhythm is still the whole breath's
    assert [s.kind for s in breath_at(box, box.total_seconds)][-1] == "hold"
    sigh = breathing_plan(preset="sigh")
    assert [s.label for s in breath_at(sigh, 4.0)] == ["Breathe in", "Top up", "Breathe out"]
    lone = Plan("breathing", None, {}, lay_out([Draft(3.0, "intro", "Get comfortable")]))
    assert breath_at(lone, 1.0) == ()


def test_change_pace_keeps_the_number_of_breaths_asked_for() -> None:
    plan = change_pace(breathing_plan(preset="4-7-8"), 0.0, SLOWER)
    assert len(breaths(plan)) == 4
    assert [s.duration for s in plan.steps[1:4]] == pytest.approx([4.4, 7.7, 8.8])
    assert plan.total_seconds == pytest.approx(3 + 4 * 19 * 1.1 + 4)


def test_change_pace_in_the_last_breath_or_outro_changes_nothing() -> None:
    plan = breathing_plan(preset="4-7-8")
    assert change_pace(plan, 60.5, SLOWER) is plan
    assert change_pace(plan, 60.0, SLOWER).steps[-4].duration == pytest.approx(4.4)
    assert change_pace(plan, 80.0, FASTER) is plan


def test_change_pace_follows_resonance() -> None:
    plan = change_pace(breathing_plan(preset="resonance"), 0.0, 2.0)
    ins = breaths(plan)
    assert ins[0].duration == pytest.approx(60 / 6.5)
    assert ins[-1].duration == pytest.approx(60 / 4.5)
    assert [s.say for s in ins].count("Now a little slower") == 4


@pytest.mark.parametrize(
    ("pattern", "factor", "rate"),
    [("1-1", FASTER, "33"), ("10-10", 1.6, "1.875"), ("4-6", 0.0, None), ("4-6", math.nan, None)],
)
def test_change_pace_refuses_beyond_the_limits(
    pattern: str, factor: float, rate: str | None
) -> None:
    plan = breathing_plan(pattern=pattern, cycles=3)
    message = fails(lambda: change_pace(plan, 0.0, factor))
    if rate is not None:
        assert f"{rate} breaths a minute" in message


def test_change_pace_keeps_every_breath_in_and_out_at_one_second_or_more() -> None:
    plan = breathing_plan(pattern="1.5-4", cycles=3)  # 5.5 s: 11 breaths a minute
    assert "a breath in or out would be under 1 second" in fails(
        lambda: change_pace(plan, 0.0, 0.6)
    )
    assert change_pace(plan, 0.0, 0.7).steps[1].duration == pytest.approx(1.05)


def test_a_step_too_short_for_its_cue_says_nothing_or_the_plain_cue() -> None:
    plan = breathing_plan(pattern="4-0.5-6")
    assert [(s.kind, s.say) for s in plan.steps[1:4]] == [
        ("inhale", "Breathe in"),
        ("hold", None),  # "Hold" would still be speaking when the breath out begins
        ("exhale", "And out"),
    ]
    quick = breathing_plan(pattern="1.5-1.5", minutes=1)
    eased = gentler(quick, 4.0)  # while breathing in: a 1.5 s breath out comes first
    first = next(s for s in eased.steps if s.start == pytest.approx(4.0))
    assert (first.kind, first.duration, first.say) == ("exhale", 1.5, "And out")
    assert breathing_plan(preset="coherent").steps[0].say == "Breathe slower, not deeper."
    # a quicker pace silences a 1 s hold; slower again, it says "Hold" again
    holding = breathing_plan(pattern="2-1-2", cycles=2)
    quicker = change_pace(holding, 0.0, FASTER)
    assert [s.say for s in quicker.steps if s.kind == "hold"] == [None, None]
    again = change_pace(quicker, 0.0, SLOWER)
    assert [s.say for s in again.steps if s.kind == "hold"] == ["Hold", "Hold"]


def test_change_pace_there_and_back_stays_within_the_limits() -> None:
    plan = change_pace(breathing_plan(pattern="1-1", minutes=1), 0.0, SLOWER)
    back = change_pace(plan, 0.0, FASTER)
    assert back.steps[1].duration == pytest.approx(1.0)


def test_resume_restarts_the_interrupted_breath() -> None:
    box = breathing_plan(preset="box")
    plan = resume_at_inhale(box, 13.0)  # paused while breathing out
    assert_past_kept(box, plan, 13.0)
    assert rows(plan, 3, 6) == [
        (11.0, 2.0, "exhale", "Breathe out"),
        (13.0, 4.0, "inhale", "Breathe in"),
        (17.0, 4.0, "hold", "Hold"),
    ]
    assert len(breaths(plan, 13.0)) == len(breaths(box, 3.0)) == 15
    assert plan.total_seconds == box.total_seconds + 10


def test_resume_in_the_hold_after_a_breath_out_goes_on() -> None:
    box = breathing_plan(preset="box")
    plan = resume_at_inhale(box, 17.0)
    assert rows(plan, 4, 6) == [(15.0, 2.0, "hold", "Hold"), (17.0, 4.0, "inhale", "Breathe in")]
    assert len(breaths(plan, 17.0)) == 14
    assert resume_at_inhale(box, 19.0) == box  # already at a breath in


def test_resume_in_a_top_up_restarts_the_sigh() -> None:
    plan = resume_at_inhale(breathing_plan(preset="sigh"), 6.0)
    assert rows(plan, 1, 4) == [
        (3.0, 2.5, "inhale", "Breathe in"),
        (5.5, 0.5, "inhale", "Top up"),
        (6.0, 2.5, "inhale", "Breathe in"),
    ]


def test_resume_in_intro_or_outro_changes_nothing() -> None:
    box = breathing_plan(preset="box")
    assert resume_at_inhale(box, 1.0) is box
    assert resume_at_inhale(box, 240.0) is box


def test_replans_compose() -> None:
    plan = breathing_plan(preset="sigh")
    plan = resume_at_inhale(plan, 4.0)
    plan = gentler(plan, 4.5)
    plan = change_pace(plan, 5.0, SLOWER)
    plan = resume_at_inhale(plan, 20.0)
    plan = gentler(plan, 20.0)
    assert [s.kind for s in plan.steps[-2:]] == ["exhale", "outro"]
    assert all(a.end == b.start for a, b in pairwise(plan.steps))


def test_replans_leave_other_plans_alone() -> None:
    steps = lay_out([Draft(5, "see", "Name something you can see")])
    plan = Plan("grounding", None, {}, steps)
    assert gentler(plan, 1.0) is plan
    assert resume_at_inhale(plan, 1.0) is plan
    assert change_pace(plan, 1.0, SLOWER) is plan


def test_replans_of_a_plan_without_outro() -> None:
    drafts = [Draft(4, "inhale", "Breathe in"), Draft(4, "exhale", "Breathe out")] * 3
    plan = Plan("breathing", None, {}, lay_out(drafts))
    assert gentler(plan, 30.0) is plan
    eased = gentler(plan, 0.0)
    assert eased.steps[-1].kind == "exhale"
    assert abs(eased.total_seconds - 24) <= 3.4
    assert resume_at_inhale(plan, 6.0).total_seconds == 30.0
    assert change_pace(plan, 1.0, SLOWER).steps[-1].kind == "exhale"


def test_session_resumes_at_a_breath_in(clock: FakeClock) -> None:
    runner = SessionRunner(breathing_plan(preset="box"), clock, on_resume=resume_at_inhale)
    runner.start()
    clock.advance(13.0)
    assert runner.position().step.label == "Breathe out"
    runner.pause()
    clock.advance(60.0)
    runner.resume()
    pos = runner.position()
    assert (pos.step.label, pos.fraction, pos.elapsed) == ("Breathe in", 0.0, 13.0)
    clock.advance(4.5)
    assert runner.position().step.label == "Hold"


def test_session_gentler_and_pace(clock: FakeClock) -> None:
    runner = SessionRunner(breathing_plan(preset="box"), clock)
    runner.start()
    clock.advance(8.0)  # holding after a breath in
    runner.replan(gentler)
    assert (runner.position().step.label, runner.position().step.say) == ("Breathe out", GENTLE_SAY)
    clock.advance(3.5)  # 11.5: the next gentle breath in (11.4 - 14.8)
    assert runner.position().step.label == "Breathe in"
    runner.replan(lambda p, now: change_pace(p, now, SLOWER))
    clock.advance(3.5)  # 15.0: this breath keeps its pace
    assert (runner.position().step.label, runner.position().step.duration) == ("Breathe out", 3.4)
    clock.advance(3.5)  # 18.5: the next one is slower
    pos = runner.position()
    assert pos.step.label == "Breathe in"
    assert pos.step.duration == pytest.approx(3.4 * 1.1)
