"""Paced breathing: presets, custom patterns and rates -> Plan (no Qt).

Timing follows docs/contract.md "Plans": one 3 s intro, whole breaths (the last one
ends after its exhale), one short outro. Re-planning a running session lives in
``breathing_replan`` (re-exported here), presets and step wording in ``breathing_presets``,
reading and checking options in ``breathing_options``.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from breathe.engine.practices.breathing_options import (
    check_bpm,
    check_cycles,
    check_minutes,
    check_pattern,
    check_ratio,
    fmt,
    num,
    parse_pattern,
    parse_ratio,
    ratio_text,
)
from breathe.engine.practices.breathing_presets import (
    DEFAULT_PRESET,
    INHALE_SAY,
    INTRO,
    OUTRO,
    PRESETS,
    RESONANCE_RATES,
    SIGH_CYCLE,
    SLOWER_SAY,
    BreathingPreset,
    pattern_cycle,
    plain_say,
    rate_cycle,
)
from breathe.engine.practices.breathing_replan import change_pace, gentler, resume_at_inhale
from breathe.engine.practices.errors import PracticeError
from breathe.engine.practices.steps import Draft, Plan, lay_out

__all__ = [
    "DEFAULT_PRESET",
    "PRESETS",
    "BreathingPreset",
    "breathing_plan",
    "change_pace",
    "describe",
    "gentler",
    "parse_pattern",
    "parse_ratio",
    "resume_at_inhale",
]

log = logging.getLogger(__name__)

PRACTICE = "breathing"
DEFAULT_MINUTES = 5.0  # custom patterns and rates
GLIDE_SECONDS = 120.0  # --from-bpm: breaths reach the target pace over the first two minutes


@dataclass(frozen=True)
class _Source:
    """What to breathe, before its length is known: one cycle per segment."""

    cycles: tuple[tuple[Draft, ...], ...]
    options: dict[str, Any]
    default_minutes: float | None = DEFAULT_MINUTES
    default_cycles: int | None = None


def _check_conflicts(
    *,
    preset: str | None,
    pattern: object,
    bpm: object,
    ratio: object,
    minutes: object,
    cycles: object,
) -> None:
    if minutes is not None and cycles is not None:
        raise PracticeError(
            "--minutes and --cycles cannot go together; choose one, e.g. --minutes 5"
        )
    if preset is not None:
        for flag, value in (("--pattern", pattern), ("--bpm", bpm), ("--ratio", ratio)):
            if value is not None:
                raise PracticeError(
                    f"{preset} has its own pace, so it cannot take {flag}; "
                    "use breathing instead, e.g. breathing --pattern 4-6"
                )
    if pattern is not None:
        for flag, value in (("--bpm", bpm), ("--ratio", ratio)):
            if value is not None:
                raise PracticeError(
                    f"--pattern sets the pace, so it cannot go with {flag}; choose one, "
                    "e.g. --bpm 6 --ratio 1:2"
                )


def _preset_source(name: str) -> _Source:
    p = PRESETS.get(name)
    if p is None:
        names = ", ".join(PRESETS)
        raise PracticeError(f"preset '{name}': choose one of {names}, e.g. box")
    if p.pattern is not None:
        cycles: tuple[tuple[Draft, ...], ...] = (pattern_cycle(p.pattern),)
        options: dict[str, Any] = {"pattern": [num(x) for x in p.pattern]}
    elif name == "sigh":
        cycles, options = (SIGH_CYCLE,), {}
    else:  # resonance: 1:1 at each rate, a spoken cue when the pace slows
        cycles = tuple(
            rate_cycle(r, 1.0, SLOWER_SAY if j else INHALE_SAY)
            for j, r in enumerate(RESONANCE_RATES)
        )
        options = {"rates": [num(r) for r in RESONANCE_RATES], "ratio": ratio_text(1.0)}
    return _Source(cycles, options, p.default_minutes, p.default_cycles)


def _custom_source(
    pattern: str | Sequence[float] | None, bpm: float | None, ratio: str | float | None
) -> _Source:
    if pattern is not None:
        phases = parse_pattern(pattern) if isinstance(pattern, str) else check_pattern(pattern)
        return _Source((pattern_cycle(phases),), {"pattern": [num(x) for x in phases]})
    rate = 6.0 if bpm is None else check_bpm(bpm)
    if ratio is None:
        factor = 1.0
    else:
        factor = parse_ratio(ratio) if isinstance(ratio, str) else check_ratio(ratio)
    return _Source((rate_cycle(rate, factor),), {"bpm": num(rate), "ratio": ratio_text(factor)})


def _split(total: int, parts: int) -> list[int]:
    """``total`` breaths shared out over ``parts`` segments, earlier ones first."""
    return [total // parts + (1 if j < total % parts else 0) for j in range(parts)]


def _scales(
    cycle: float, t0: float, glide: float | None, seconds: float | None, count: int | None
) -> list[float]:
    """How much to stretch each breath of a segment starting ``t0`` s into the breathing.

    Without a glide every breath keeps its length (factor 1) and a length in seconds gives
    round(seconds / cycle) breaths. With a glide from a ``glide``-second breath, a breath
    starting at t < GLIDE_SECONDS lasts glide + (cycle - glide) * t / GLIDE_SECONDS, and
    breaths are counted so that the segment ends as close as possible to ``seconds``.
    """
    if glide is None:
        n = count if count is not None else max(1, round((seconds or 0.0) / cycle))
        return [1.0] * n

    def scale(t: float) -> float:
        if t >= GLIDE_SECONDS:
            return 1.0
        return (glide + (cycle - glide) * t / GLIDE_SECONDS) / cycle

    out: list[float] = []
    t = 0.0
    while True:
        s = scale(t0 + t)
        if count is not None and len(out) == count:
            return out
        if count is None and out and t + cycle * s / 2 >= (seconds or 0.0):
            return out
        out.append(s)
        t += cycle * s


def breathing_plan(
    *,
    preset: str | None = None,
    pattern: str | Sequence[float] | None = None,
    bpm: float | None = None,
    ratio: str | float | None = None,
    from_bpm: float | None = None,
    minutes: float | None = None,
    cycles: int | None = None,
) -> Plan:
    """The timeline of one paced-breathing session.

    With none of preset, pattern, bpm and ratio, the default preset is used. Raises
    PracticeError for conflicting options or values out of range.
    """
    _check_conflicts(
        preset=preset, pattern=pattern, bpm=bpm, ratio=ratio, minutes=minutes, cycles=cycles
    )
    if preset is None and pattern is None and bpm is None and ratio is None:
        preset = DEFAULT_PRESET
    source = _preset_source(preset) if preset is not None else _custom_source(pattern, bpm, ratio)
    options = dict(source.options)
    count = check_cycles(cycles) if cycles is not None else None
    length = check_minutes(minutes) if minutes is not None else None
    if count is None and length is None:
        count, length = source.default_cycles, source.default_minutes
    segments = len(source.cycles)
    counts: list[int | None] = [None] * segments
    if count is not None:
        options["cycles"] = count
        counts = list(_split(count, segments))
    else:
        length = length or DEFAULT_MINUTES  # always set here; keeps the type a float
        options["minutes"] = num(length)
    seconds = (length or 0.0) * 60.0 / segments
    glide: float | None = None
    if from_bpm is not None:
        start = 60.0 / check_bpm(from_bpm, "from-bpm", "12")
        options["from_bpm"] = num(from_bpm)
        if start < sum(d.duration for d in source.cycles[0]) * (1 - 1e-9):  # not float noise
            glide = start

    drafts = [INTRO]
    t = 0.0
    for cycle, n in zip(source.cycles, counts, strict=True):
        if n == 0:
            continue
        cycle_s = sum(d.duration for d in cycle)
        for k, s in enumerate(_scales(cycle_s, t, glide, seconds, n)):
            breath = cycle if k == 0 else (plain_say(d) for d in cycle)
            drafts.extend(d._replace(duration=d.duration * s) for d in breath)
            t += cycle_s * s
    while drafts[-1].kind == "hold":  # the last breath ends after its exhale
        drafts.pop()
    drafts.append(OUTRO)
    plan = Plan(PRACTICE, preset, options, lay_out(drafts))
    log.debug("breathing plan %s %s: %d steps", preset, options, len(plan.steps))
    return plan


def _numbers(value: object) -> list[float] | None:
    """``value`` as a list of numbers if it is a list of numbers (JSON), else None."""
    if not isinstance(value, list) or not all(
        isinstance(x, (int, float)) and not isinstance(x, bool) for x in value
    ):
        return None
    return [float(x) for x in value]


def describe(plan_or_options: Plan | Mapping[str, Any], preset: str | None = None) -> str:
    """A short summary for people, e.g. ``Box breathing · 4-4-4-4 · 4 min``.

    Takes a plan, or the options of a history row with its preset; unknown or odd
    options are left out rather than failing.
    """
    if isinstance(plan_or_options, Plan):
        preset, options = plan_or_options.preset, plan_or_options.options
    else:
        options = plan_or_options
    known = PRESETS.get(preset or "")
    parts = [known.title if known is not None else "Paced breathing"]

    def number(key: str) -> float | None:
        values = _numbers([options.get(key)])
        return values[0] if values else None

    pattern, rates, bpm = (
        _numbers(options.get("pattern")),
        _numbers(options.get("rates")),
        number("bpm"),
    )
    if pattern:
        text = "-".join(fmt(x) for x in pattern)
        if text not in parts[0]:
            parts.append(text)
    elif rates:
        parts.append(f"{fmt(rates[0])} to {fmt(rates[-1])} breaths/min")
    elif bpm is not None:
        ratio = options.get("ratio")
        parts.append(f"{fmt(bpm)} breaths/min" + (f", {ratio}" if isinstance(ratio, str) else ""))
    cycles, minutes, from_bpm = number("cycles"), number("minutes"), number("from_bpm")
    if cycles is not None:
        parts.append(f"{fmt(cycles)} breath" + ("" if cycles == 1 else "s"))
    elif minutes is not None:
        parts.append(f"{fmt(minutes)} min")
    if from_bpm is not None:
        parts.append(f"from {fmt(from_bpm)} breaths/min")
    return " · ".join(parts)
