"""Properties of breathing plans and re-plans over all valid option sets (hypothesis)."""

from __future__ import annotations

import math
from itertools import pairwise
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from breathe.engine.practices.breathing import PRESETS, breathing_plan
from breathe.engine.practices.breathing_replan import change_pace, gentler, resume_at_inhale
from breathe.engine.practices.errors import PracticeError
from breathe.engine.practices.steps import Plan

BREATHING_KINDS = {"inhale", "hold", "exhale"}


def seconds(low: float, high: float) -> st.SearchStrategy[float]:
    """Seconds in [low, high] to 1/100 s, rounded down so sums stay within bounds."""
    return st.floats(low, high).map(lambda x: max(low, math.floor(x * 100) / 100))


@st.composite
def patterns(draw: st.DrawFn) -> list[float]:
    """A valid in-out, in-hold-out or in-hold-out-hold pattern: a breath of 2 to 30 s."""
    size = draw(st.integers(2, 4))
    inhale = draw(seconds(1.0, 28.0))
    exhale = draw(seconds(1.0, 29.0 - inhale))
    if size == 2:
        return [inhale, exhale]
    room = 30.0 - inhale - exhale
    hold = draw(st.one_of(st.just(0.0), seconds(0.0, room)))
    if size == 3:
        return [inhale, hold, exhale]
    return [inhale, hold, exhale, draw(st.one_of(st.just(0.0), seconds(0.0, room - hold)))]


@st.composite
def bpm_options(draw: st.DrawFn) -> dict[str, Any]:
    """A rate and a ratio whose breaths in and out last at least 1 s each."""
    bpm = draw(st.one_of(st.none(), st.floats(2.0, 29.0)))
    cycle = 60.0 / (bpm or 6.0)
    low, high = max(0.25, 1.01 / (cycle - 1.01)), min(4.0, (cycle - 1.01) / 1.01)
    texts = [t for t, f in (("1:1", 1.0), ("2:3", 1.5), ("1:2", 2.0)) if low <= f <= high]
    ratio = draw(st.one_of(st.none(), st.floats(low, high), st.sampled_from(texts)))
    out: dict[str, Any] = {"ratio": ratio, "bpm": bpm}
    if bpm is None and ratio is None:
        out["bpm"] = 6.0
    return out


@st.composite
def option_sets(draw: st.DrawFn) -> dict[str, Any]:
    source = draw(st.sampled_from(["preset", "pattern", "pattern-text", "bpm", "none"]))
    kwargs: dict[str, Any] = {}
    if source == "preset":
        kwargs["preset"] = draw(st.sampled_from(sorted(PRESETS)))
    elif source == "pattern":
        kwargs["pattern"] = draw(patterns())
    elif source == "pattern-text":
        kwargs["pattern"] = "-".join(f"{p:g}" for p in draw(patterns()))
    elif source == "bpm":
        kwargs.update(draw(bpm_options()))
    length = draw(st.sampled_from(["default", "minutes", "cycles"]))
    if length == "minutes":
        kwargs["minutes"] = draw(st.one_of(st.floats(0.5, 20.0), st.sampled_from([60, 120])))
    elif length == "cycles":
        kwargs["cycles"] = draw(st.one_of(st.integers(1, 60), st.sampled_from([500, 2000])))
    if draw(st.booleans()):
        kwargs["from_bpm"] = draw(st.floats(2.0, 30.0))
    return kwargs


def assert_valid(plan: Plan) -> None:
    """What every breathing plan, re-planned or not, promises."""
    steps = plan.steps
    assert steps[0].start == 0.0
    assert all(a.end == b.start for a, b in pairwise(steps))
    assert sum(s.duration for s in steps) == pytest.approx(plan.total_seconds)
    assert all(s.duration > 0 for s in steps)
    assert (steps[0].kind, steps[0].duration) == ("intro", 3.0)
    assert steps[-1].kind == "outro"
    assert steps[-1].duration <= 5.0
    assert steps[-2].kind == "exhale"
    assert {s.kind for s in steps[1:-1]} <= BREATHING_KINDS
    assert all(s.label and s.say for s in steps)


@settings(max_examples=150, deadline=None)
@given(option_sets())
def test_any_valid_option_set_makes_a_sound_plan(kwargs: dict[str, Any]) -> None:
    plan = breathing_plan(**kwargs)
    assert_valid(plan)
    assert plan.practice == "breathing"
    assert plan.preset == kwargs.get("preset", plan.preset)
    if "cycles" in kwargs:
        assert plan.options["cycles"] == kwargs["cycles"]
        starts = [s for s in plan.steps if s.label == "Breathe in"]
        assert len(starts) == kwargs["cycles"]
    if "minutes" in kwargs and "from_bpm" not in kwargs and kwargs.get("preset") != "resonance":
        breath = sum(s.duration for s in plan.steps[1:-1]) / len(
            [s for s in plan.steps if s.label == "Breathe in"]
        )
        assert abs(plan.steps[-1].start - 3 - kwargs["minutes"] * 60) <= breath


@settings(max_examples=60, deadline=None)
@given(option_sets(), st.floats(2.0, 30.0))
def test_from_bpm_at_or_below_the_target_changes_nothing(
    kwargs: dict[str, Any], from_bpm: float
) -> None:
    kwargs.pop("from_bpm", None)
    plain = breathing_plan(**kwargs)
    options = plain.options
    if "pattern" in options:
        cycle = sum(options["pattern"])
    elif "bpm" in options:
        cycle = 60.0 / (kwargs["bpm"] or 6.0)
    else:  # sigh and resonance: 10 s and 9.2 s breaths at first
        cycle = 10.0 if plain.preset == "sigh" else 60 / 6.5
    glided = breathing_plan(**kwargs, from_bpm=from_bpm)
    if from_bpm <= 60.0 / cycle:
        assert glided.steps == plain.steps
    elif from_bpm > 60.0 / cycle * 1.000001:
        assert glided.steps[1].duration < plain.steps[1].duration


REPLANS = st.sampled_from(["gentler", "slower", "faster", "resume", "x2", "x0.6"])


def replan(plan: Plan, name: str, now: float) -> Plan:
    if name == "gentler":
        return gentler(plan, now)
    if name == "resume":
        return resume_at_inhale(plan, now)
    factor = {"slower": 1.1, "faster": 1 / 1.1, "x2": 2.0, "x0.6": 0.6}[name]
    try:
        return change_pace(plan, now, factor)
    except PracticeError as error:
        assert "\n" not in str(error)
        assert "e.g." in str(error)
        return plan


@settings(max_examples=150, deadline=None)
@given(
    option_sets(),
    st.lists(st.tuples(REPLANS, st.floats(0.0, 1.05)), min_size=1, max_size=4),
)
def test_replans_keep_the_past_and_stay_sound(
    kwargs: dict[str, Any], moves: list[tuple[str, float]]
) -> None:
    plan = breathing_plan(**kwargs)
    now = 0.0
    for name, where in moves:
        # the runner re-plans at the session's own time, which never goes back
        now = max(now, where * plan.total_seconds)
        new = replan(plan, name, now)
        assert_valid(new)
        kept = [s for s in plan.steps if s.end <= now]
        assert new.steps[: len(kept)] == tuple(kept)
        pairs = enumerate(zip(plan.steps, new.steps, strict=False))
        changed = next((k for k, (a, b) in pairs if a != b), None)
        if changed is not None:
            old, first = plan.steps[changed], new.steps[changed]
            assert first.start == old.start
            if first.start < now:  # the step running at now, cut there
                assert first.end == pytest.approx(now)
                assert (first.kind, first.label) == (old.kind, old.label)
        if name in ("gentler", "resume") and plan.steps[1].start < now < plan.steps[-1].start:
            # the future starts right at now: with a breath in after a pause
            at_now = [s for s in new.steps if s.start == pytest.approx(now)]
            assert at_now
            if name == "resume":
                assert at_now[0].label == "Breathe in"
        plan = new
