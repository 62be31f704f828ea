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
    MIN_BREATH_PHASE,
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
    shown_number,
)
from breathe.engine.practices.breathing_presets import (
    DEFAULT_PRESET,
    INHALE_SAY,
    PRESETS,
    RESONANCE_RATES,
    SLOWER_SAY,
    BreathingPreset,
    fitted,
    intro,
    outro,
    pattern_cycle,
    plain_say,
    rate_cycle,
    sigh_cycle,
)
from breathe.engine.practices.breathing_replan import (
    FROM_PRESET,
    change_pace,
    gentler,
    resume_at_inhale,
)
from breathe.engine.practices.errors import PracticeError
from breathe.engine.practices.steps import Draft, Plan, lay_out
from breathe.language import gettext, ngettext

__all__ = [
    "DEFAULT_PRESET",
    "PRESETS",
    "BreathingPreset",
    "breathing_plan",
    "cap_notice",
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
            gettext("--minutes and --cycles cannot go together; choose one, e.g. --minutes 5")
        )
    if preset is not None:
        for flag, value in (("--pattern", pattern), ("--bpm", bpm), ("--ratio", ratio)):
            if value is not None:
                message = gettext(
                    "{preset} has its own pace, so it cannot take {flag}; "
                    "use breathing instead, e.g. breathing --pattern 4-6"
                )
                raise PracticeError(message.format(preset=preset, flag=flag))
    if pattern is not None:
        for flag, value in (("--bpm", bpm), ("--ratio", ratio)):
            if value is not None:
                message = gettext(
                    "--pattern sets the pace, so it cannot go with {flag}; choose one, "
                    "e.g. --bpm 6 --ratio 1:2"
                )
                raise PracticeError(message.format(flag=flag))


def _preset_source(name: str) -> _Source:
    p = PRESETS.get(name)
    if p is None:
        names = ", ".join(PRESETS)
        message = gettext("preset '{name}': choose one of {names}, e.g. box")
        raise PracticeError(message.format(name=name, names=names))
    if p.pattern is not None:
        cycles: tuple[tuple[Draft, ...], ...] = (pattern_cycle(p.pattern),)
        options: dict[str, Any] = {"pattern": [num(x) for x in p.pattern]}
    elif name == "sigh":
        cycles, options = (sigh_cycle(),), {}
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


def _fixed(d: Draft) -> bool:
    """A breath in or out of 1 s or less (a sigh's top-up) keeps its length in a glide."""
    return d.kind != "hold" and d.duration <= MIN_BREATH_PHASE


class _Shape:
    """How one breath can be made quicker: every phase scales by ``s``, except that a breath
    in or out never goes under 1 s (those of 1 s or less keep their length)."""

    def __init__(self, cycle: Sequence[Draft]) -> None:
        self.cycle = tuple(cycle)
        self.fixed = sum(d.duration for d in cycle if _fixed(d))
        self.scalable = sum(d.duration for d in cycle if not _fixed(d))
        breaths = [d.duration for d in cycle if d.kind != "hold" and not _fixed(d)]
        self.lowest = min(1.0, max((MIN_BREATH_PHASE / b for b in breaths), default=1.0))

    @property
    def seconds(self) -> float:
        return self.fixed + self.scalable

    def length(self, s: float) -> float:
        return self.fixed + self.scalable * s

    def scale_for(self, seconds: float) -> float:
        """The scale that makes the breath last ``seconds`` (as close as the floor allows)."""
        s = (seconds - self.fixed) / self.scalable if self.scalable else 1.0
        return min(1.0, max(self.lowest, s))

    def drafts(self, s: float, *, first: bool) -> list[Draft]:
        breath = self.cycle if first else tuple(plain_say(d) for d in self.cycle)
        return [d if _fixed(d) else d._replace(duration=d.duration * s) for d in breath]


def _glide_from(shape: _Shape, start: float) -> float | None:
    """The first breath of a glide from a ``start``-second breath, or None if there is no
    glide (``start`` is not quicker than the breath, or it cannot be made quicker)."""
    first = max(start, shape.length(shape.lowest))
    return first if first < shape.seconds * (1 - 1e-9) else None


def _glide(shape: _Shape, first: float, window: float) -> list[float]:
    """Scales of breaths whose length moves linearly from ``first`` towards the full breath
    over ``window`` seconds (the breaths that start within it)."""
    out: list[float] = []
    t = 0.0
    while t < window:
        s = shape.scale_for(first + (shape.seconds - first) * min(1.0, t / window))
        out.append(s)
        t += shape.length(s)
    return out


def _segment(
    shape: _Shape, *, seconds: float, count: int | None, first: float | None
) -> list[float]:
    """The scales of one segment's breaths: ``count`` of them, else about ``seconds`` worth.

    With a glide from a ``first``-second breath, the breaths reach the full length over the
    first two minutes, or sooner, so that at least the last breath is a full one.
    """
    cycle = shape.seconds
    if first is None or count == 1:  # a single breath is at the pace asked for
        n = count if count is not None else max(1, round(seconds / cycle))
        return [1.0] * n
    if count is not None:
        # linear in time over two minutes, and in breaths so that the last one is full
        out: list[float] = []
        t = 0.0
        for k in range(count):
            progress = max(min(1.0, t / GLIDE_SECONDS), k / (count - 1))
            out.append(shape.scale_for(first + (cycle - first) * progress))
            t += shape.length(out[-1])
        return out
    # room for at least one full breath after the glide (a half more, as breaths are whole)
    window = min(GLIDE_SECONDS, seconds - 1.5 * cycle)
    out = _glide(shape, first, window) if window > 0 else []
    done = sum(shape.length(s) for s in out)
    return out + [1.0] * max(1, round((seconds - done) / cycle))


def _lengths(
    shapes: Sequence[_Shape], counts: Sequence[int | None], seconds: float, from_bpm: float | None
) -> tuple[list[float], list[list[float]]]:
    """The lead-in glide (several segments only) and the scales of each segment's breaths.

    A glide never runs into a later segment: with more than one (resonance's stages) it
    is a lead-in of its own before the first, which stays whole.
    """
    first = None if from_bpm is None else _glide_from(shapes[0], 60.0 / from_bpm)
    lead_in: list[float] = []
    if first is not None and len(shapes) > 1:
        lead_in, first = _glide(shapes[0], first, GLIDE_SECONDS), None
    segments = [
        _segment(shape, seconds=seconds, count=n, first=first if j == 0 else None)
        for j, (shape, n) in enumerate(zip(shapes, counts, strict=True))
    ]
    return lead_in, segments


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
    limit = PRESETS[preset].max_cycles if preset is not None else None
    options = dict(source.options)
    count = check_cycles(cycles) if cycles is not None else None
    if count is not None and limit is not None and count > limit:
        message = gettext(
            "cycles {count}: {title} is done at most {limit} times in a row, "
            "e.g. --cycles {example}"
        )
        title = PRESETS[preset or ""].title
        raise PracticeError(
            message.format(count=count, title=title, limit=limit, example=source.default_cycles)
        )
    length = check_minutes(minutes) if minutes is not None else None
    if count is None and length is None:
        count, length = source.default_cycles, source.default_minutes
    segments = len(source.cycles)
    if length is not None or count is None:
        length = length or DEFAULT_MINUTES  # always set here; keeps the type a float
        options["minutes"] = num(length)
    seconds = (length or 0.0) * 60.0 / segments
    glide = None if from_bpm is None else check_bpm(from_bpm, "from-bpm", "12")
    counts: list[int | None] = [None] * segments if count is None else list(_split(count, segments))
    shapes = [_Shape(c) for c in source.cycles]
    lead_in, scales = _lengths(shapes, counts, seconds, glide)
    if limit is not None and sum(map(len, scales)) > limit:  # --minutes asked for more
        count = limit
        options["capped_at_cycles"] = limit
        lead_in, scales = _lengths(shapes, _split(limit, segments), seconds, glide)
    if count is not None:
        options["cycles"] = count
    if glide is not None:
        options["from_bpm"] = num(glide)
        if lead_in:
            options["lead_in_minutes"] = num(GLIDE_SECONDS / 60)

    drafts = [intro()]
    for shape, breaths in zip([shapes[0], *shapes], [lead_in, *scales], strict=True):
        for k, s in enumerate(breaths):
            drafts += shape.drafts(s, first=k == 0)
    while drafts[-1].kind == "hold":  # the last breath ends after its exhale
        drafts.pop()
    drafts.append(outro())
    plan = Plan(PRACTICE, preset, options, lay_out([fitted(d) for d in drafts]))
    log.debug("breathing plan %s %s: %d steps", preset, options, len(plan.steps))
    return plan


def cap_notice(plan: Plan) -> str | None:
    """One line telling that ``--minutes`` asked for more breaths than the preset allows."""
    cap = plan.options.get("capped_at_cycles")
    if cap is None:
        return None
    title = PRESETS[plan.preset or ""].title
    minutes = shown_number(plan.options["minutes"])
    message = gettext(
        "{title} is done at most {cap} times in a row, so this session has {cap} breaths "
        "(about {about} min) instead of {minutes} min"
    )
    about = shown_number(round(plan.total_seconds / 60, 1))
    return message.format(title=title, cap=cap, about=about, minutes=minutes)


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
    parts = [known.title if known is not None else gettext("Paced breathing")]
    changed_from = options.get(FROM_PRESET)
    if known is None and isinstance(changed_from, str):
        # a preset whose pace was changed; {preset} is its id, e.g. "box"
        parts = [gettext("Custom, from {preset}").format(preset=changed_from)]

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
        rates_text = gettext("{first} to {last} breaths/min")
        parts.append(rates_text.format(first=shown_number(rates[0]), last=shown_number(rates[-1])))
    elif bpm is not None:
        ratio = options.get("ratio")
        rate_text = gettext("{bpm} breaths/min").format(bpm=shown_number(bpm))
        parts.append(rate_text + (f", {ratio}" if isinstance(ratio, str) else ""))
    cycles, minutes, from_bpm = number("cycles"), number("minutes"), number("from_bpm")
    if cycles is not None:
        breaths = ngettext("{count} breath", "{count} breaths", int(cycles))
        parts.append(breaths.format(count=shown_number(cycles)))
    elif minutes is not None:
        parts.append(gettext("{minutes} min").format(minutes=shown_number(minutes)))
    if from_bpm is not None:
        parts.append(gettext("from {bpm} breaths/min").format(bpm=shown_number(from_bpm)))
    return " · ".join(parts)
