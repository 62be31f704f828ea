"""Pacer geometry: what a breathing pacer shows, as pure functions of a plan and a time.

Nothing here reads a clock or keeps state, so a frame painted late still shows exactly
where the breath is, and a test can ask for any moment directly.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise, takewhile

from breathe.engine.practices.breathing_options import MAX_BPM, MIN_BPM
from breathe.engine.practices.steps import Plan, Step
from breathe.engine.runner import Position, Replanner

#: where a first inhale ends when a second one ("Top up") follows it directly
TOP_UP_FROM = 0.8
#: taps needed before a rate is trusted (three breaths measured)
MIN_TAPS = 4
#: only the latest intervals count: a person settles as they tap
TAP_WINDOW = 6


def countdown(position: Position, self_paced: frozenset[str] = frozenset()) -> str:
    """Whole seconds left in the phase ("4", "3"... "1"); empty when no clock runs.

    Nothing counts down on a self-paced step, while waiting, or after the end.
    """
    if position.waiting or position.status.ended or position.step.kind in self_paced:
        return ""
    return str(max(1, math.ceil(position.step_remaining - 1e-9)))


def ease(fraction: float) -> float:
    """Sine ease-in-out of ``fraction`` (clamped to 0..1): slow at both ends like a breath."""
    f = min(max(fraction, 0.0), 1.0)
    return 0.5 - 0.5 * math.cos(math.pi * f)


def _next_kind(steps: Sequence[Step], i: int) -> str | None:
    return steps[i + 1].kind if i + 1 < len(steps) else None


def _end_level(steps: Sequence[Step], i: int, start: float) -> float:
    """The lung level at the end of step ``i`` when it began at ``start``."""
    kind = steps[i].kind
    after = _next_kind(steps, i)
    if kind == "inhale":
        return max(start, TOP_UP_FROM) if after == "inhale" else 1.0
    if kind == "exhale":
        return min(start, 1.0 - TOP_UP_FROM) if after == "exhale" else 0.0
    if kind == "hold":
        return start
    # intro, outro and anything else: settle where the next step naturally begins
    return 1.0 if after == "exhale" else 0.0


def _is_anchor(steps: Sequence[Step], i: int) -> bool:
    """True when step ``i`` ends at a level that does not depend on where it began."""
    kind = steps[i].kind
    if kind == "hold":
        return False
    return not (kind in ("inhale", "exhale") and _next_kind(steps, i) == kind)


def _level_before(steps: Sequence[Step], i: int) -> float:
    """The lung level at the start of step ``i`` (0 at the very beginning)."""
    given = steps[i].from_level
    if given is not None:
        return given
    a = i - 1
    while a >= 0 and not _is_anchor(steps, a) and steps[a].from_level is None:
        a -= 1
    level = 0.0
    if a >= 0:
        begun = steps[a].from_level  # None for an anchor, whose end does not depend on it
        level = _end_level(steps, a, 0.0 if begun is None else begun)
    for j in range(a + 1, i):
        level = _end_level(steps, j, level)
    return level


def breath_level(plan: Plan, elapsed: float) -> float:
    """How full the lungs are at ``elapsed`` seconds: 0 empty, 1 full.

    The level rises over inhales (a "Top up" inhale right after another one continues from
    where the first stopped), stays still on holds and falls on exhales, with a sine
    ease-in-out. Other steps (the intro, the outro) glide from where the breath was to where
    the next step begins, so the session starts from 0 and nothing ever jumps.
    """
    steps = plan.steps
    i = plan.index_at(elapsed)
    step = steps[i]
    start = _level_before(steps, i)
    end = _end_level(steps, i, start)
    return start + (end - start) * ease((elapsed - step.start) / step.duration)


def from_shown_level(replanner: Replanner) -> Replanner:
    """``replanner``, with the breath it starts now beginning at the level shown now.

    Resuming restarts the breath at an in-breath; the circle then grows from where it
    was paused instead of jumping to empty (or, mid in-breath, to a top-up's level).
    """

    def replan(plan: Plan, now: float) -> Plan:
        new = replanner(plan, now)
        if new is plan:
            return new
        i = new.index_at(now)
        step = new.steps[i]
        if step.start != now or step.kind not in ("inhale", "exhale"):
            return new
        steps = list(new.steps)
        steps[i] = replace(step, from_level=breath_level(plan, now))
        return replace(new, steps=tuple(steps))

    return replan


def square_point(plan: Plan, elapsed: float) -> tuple[float, float, int]:
    """Where box breathing's dot is on a unit square: ``(x, y, side)``, y pointing up.

    Side 0 is the left edge (breathing in: up from the bottom-left corner, at the breath
    level), side 1 the top (holding full: left to right), side 2 the right edge (breathing
    out: down), side 3 the bottom (holding empty, and the outro: right to left). Holds move
    at an even pace; the edges for breathing follow the eased breath level.
    """
    steps = plan.steps
    i = plan.index_at(elapsed)
    step = steps[i]
    fraction = min(max((elapsed - step.start) / step.duration, 0.0), 1.0)
    level = breath_level(plan, elapsed)
    if step.kind == "exhale":
        return 1.0, level, 2
    if step.kind == "hold":
        if level >= 0.5:
            return fraction, 1.0, 1
        return 1.0 - fraction, 0.0, 3
    if step.kind in ("inhale", "intro"):
        return 0.0, level, 0
    return 1.0 - fraction, 0.0, 3


def _breath_starts(plan: Plan) -> list[float]:
    """Start times of each breath: an inhale not directly after another inhale."""
    starts: list[float] = []
    previous: str | None = None
    for step in plan.steps:
        if step.kind == "inhale" and previous != "inhale":
            starts.append(step.start)
        previous = step.kind
    return starts


def breath_count(plan: Plan, elapsed: float) -> tuple[int, int]:
    """``(breath number, total breaths)`` at ``elapsed``; the number is 0 before the first."""
    starts = _breath_starts(plan)
    return bisect.bisect_right(starts, elapsed), len(starts)


def breath_rates(plan: Plan) -> list[tuple[float, float]]:
    """``(start, breaths per minute)`` of each breath of ``plan``, in order.

    A breath's rate is 60 over the time until the next breath begins. The last breath (whose
    trailing hold is dropped) takes the rate of the one before it; a lone breath, its own
    length.
    """
    starts = _breath_starts(plan)
    rates = [(a, 60.0 / (b - a)) for a, b in pairwise(starts)]
    if len(starts) == 1:
        breath = takewhile(
            lambda s: s.kind in ("inhale", "hold", "exhale"), plan.steps[plan.index_at(starts[0]) :]
        )
        rates.append((starts[0], 60.0 / sum(step.duration for step in breath)))
    elif starts:
        rates.append((starts[-1], rates[-1][1]))
    return rates


def breath_rate(rates: Sequence[tuple[float, float]], elapsed: float) -> float | None:
    """The rate of the breath under way at ``elapsed`` (before the first: the first's);
    None for a plan without breaths. ``rates`` comes from :func:`breath_rates`."""
    if not rates:
        return None
    i = bisect.bisect_right([start for start, _ in rates], elapsed) - 1
    return rates[max(i, 0)][1]


def rate_from_taps(times: Sequence[float]) -> float | None:
    """Breaths per minute from the times a person tapped at each in-breath.

    Uses the median of the latest intervals (one hurried or missed tap does not count for
    much). None until ``MIN_TAPS`` taps, or when the rate is outside the breathing
    options' ``MIN_BPM``-``MAX_BPM`` breaths a minute.
    """
    if len(times) < MIN_TAPS:
        return None
    recent = times[-(TAP_WINDOW + 1) :]
    intervals = [b - a for a, b in pairwise(recent)]
    import statistics  # only here: it costs a session ~10 ms to load before its first frame

    interval = statistics.median(intervals)
    if interval <= 0:
        return None
    bpm = 60.0 / interval
    if not MIN_BPM <= bpm <= MAX_BPM:
        return None
    return bpm
