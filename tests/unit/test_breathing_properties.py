"""Properties of breathing plans and re-plans over all valid option sets (hypothesis)."""

from __future__ import annotations

import math
from itertools import pairwise
from typing import Any

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from breathe.engine.practices.breathing import PRESETS, breathing_plan
from breathe.engine.practices.breathing_presets import CUE_SECONDS, plain_say
from breathe.engine.practices.breathing_replan import change_pace, gentler, resume_at_inhale
from breathe.engine.practices.errors import PracticeError
from breathe.engine.practices.steps import Draft, Plan, Step

BREATHING_KINDS = {"inhale", "hold", "exhale"}
MAX_4_7_8 = 8  # Weil: at most 8 breaths of 4-7-8 in a row


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
    hold = draw(st.one_of(st.just(0.0), seconds(0.0, max(0.0, room))))
    if size == 3:
        return [inhale, hold, exhale]
    # max(): a float sum can leave -1e-15 of room, which hypothesis refuses as a bound
    left = max(0.0, room - hold)
    return [inhale, hold, exhale, draw(st.one_of(st.just(0.0), seconds(0.0, left)))]


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


def was_cut(step: Step, cuts: list[float]) -> bool:
    """Whether a re-plan at one of ``cuts`` ended ``step`` early."""
    return any(math.isclose(step.end, now, abs_tol=1e-9) for now in cuts)


def full_4_7_8_breaths(plan: Plan, cuts: list[float]) -> int:
    """Breaths of 4-7-8 (a hold between a breath in and out) that no re-plan cut short."""
    kinds = [(s.kind, was_cut(s, cuts)) for s in plan.steps]
    return sum(
        1
        for a, b, c in zip(kinds, kinds[1:], kinds[2:], strict=False)
        if [a[0], b[0], c[0]] == ["inhale", "hold", "exhale"] and not (a[1] or b[1] or c[1])
    )


def assert_valid(plan: Plan, cuts: list[float] | None = None) -> None:
    """What every breathing plan, re-planned (at ``cuts``) or not, promises."""
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
    assert all(s.label for s in steps)
    # every breath in and out lasts 1 s or more (a step a re-plan cut short excepted)
    cuts = cuts or []
    whole = [s for s in steps if not was_cut(s, cuts)]
    assert all(s.duration >= 1 - 1e-9 for s in whole if s.kind in ("inhale", "exhale"))
    # every cue can be heard to its end (a re-plan may cut one short: the person asked);
    # a step too short for any cue says nothing
    for s in whole:
        if s.say is None:
            plain = plain_say(Draft(s.duration, s.kind, s.label)).say
            assert plain is not None
            assert CUE_SECONDS[plain] > s.duration
        else:
            assert CUE_SECONDS[s.say] <= s.duration + 1e-9
    if plan.preset == "4-7-8":
        assert full_4_7_8_breaths(plan, cuts) <= MAX_4_7_8


def too_many(kwargs: dict[str, Any]) -> bool:
    """Whether ``kwargs`` ask for more breaths of 4-7-8 than one session may have."""
    return bool(kwargs.get("preset") == "4-7-8" and kwargs.get("cycles", 0) > MAX_4_7_8)


def inhales(plan: Plan) -> list[float]:
    """The length of each breath's first breath in."""
    return [s.duration for s in plan.steps if s.label == "Breathe in"]


@settings(max_examples=150, deadline=None)
@given(option_sets())
def test_any_valid_option_set_makes_a_sound_plan(kwargs: dict[str, Any]) -> None:
    if too_many(kwargs):
        with pytest.raises(PracticeError) as error:
            breathing_plan(**kwargs)
        assert str(error.value) == (
            f"cycles {kwargs['cycles']}: 4-7-8 breathing is done at most 8 times in a row, "
            "e.g. --cycles 4"
        )
        return
    plan = breathing_plan(**kwargs)
    assert_valid(plan)
    assert plan.practice == "breathing"
    assert plan.preset == kwargs.get("preset", plan.preset)
    lead_in = plan.options.get("lead_in_minutes")
    capped = plan.options.get("capped_at_cycles")
    assert capped in (None, MAX_4_7_8)
    if capped:
        assert plan.preset == "4-7-8"
        assert "minutes" in kwargs
        assert plan.options["cycles"] == capped == len(inhales(plan))
    if "cycles" in kwargs:
        assert plan.options["cycles"] == kwargs["cycles"]
        if not lead_in:
            assert len(inhales(plan)) == kwargs["cycles"]
    if "minutes" in kwargs and "from_bpm" not in kwargs and kwargs.get("preset") != "resonance":
        breath = sum(s.duration for s in plan.steps[1:-1]) / len(inhales(plan))
        if capped:
            assert plan.steps[-1].start - 3 < kwargs["minutes"] * 60 - breath
        else:
            assert abs(plan.steps[-1].start - 3 - kwargs["minutes"] * 60) <= breath
    if "from_bpm" in kwargs:
        plain = breathing_plan(**{k: v for k, v in kwargs.items() if k != "from_bpm"})
        if lead_in:  # resonance: a glide of its own, then every stage as it was
            assert lead_in == 2
            extra = len(plan.steps) - len(plain.steps)
            assert [(s.kind, s.duration, s.say) for s in plan.steps[1 + extra :]] == [
                (s.kind, pytest.approx(s.duration), s.say) for s in plain.steps[1:]
            ]
        else:  # the glide reaches the pace asked for by the last breath at the latest
            assert inhales(plan)[-1] == pytest.approx(inhales(plain)[-1])


@settings(max_examples=60, deadline=None)
@given(option_sets(), st.floats(2.0, 30.0))
def test_from_bpm_at_or_below_the_target_changes_nothing(
    kwargs: dict[str, Any], from_bpm: float
) -> None:
    kwargs.pop("from_bpm", None)
    assume(not too_many(kwargs))
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
        # the first breath is quicker, unless no breath in or out can be (1 s or less), or
        # the session is one breath, which is to be at the pace asked for
        first, plain_first = (
            next(s.start for s in p.steps[2:] if s.label == "Breathe in" or s.kind == "outro")
            for p in (glided, plain)
        )
        longer = [s for s in plain.steps[1:3] if s.kind != "hold" and s.duration > 1]
        assert first < plain_first or not longer or len(inhales(plain)) == 1


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
    assume(not too_many(kwargs))
    plan = breathing_plan(**kwargs)
    now = 0.0
    cuts: list[float] = []
    for name, where in moves:
        # the runner re-plans at the session's own time, which never goes back
        now = max(now, where * plan.total_seconds)
        new = replan(plan, name, now)
        cuts.append(now)
        assert_valid(new, cuts)
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
            at_now = [s for s in new.steps if math.isclose(s.start, now, abs_tol=1e-6)]
            assert at_now
            if name == "resume":
                assert at_now[0].label == "Breathe in"
        plan = new
