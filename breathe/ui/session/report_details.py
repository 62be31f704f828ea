"""What the session summary says about the practice, in words: its title, its rhythm and
pace (and whether the pace was changed), what was noticed or relaxed, and what "Same as
today" suggests for practice at home."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import Any

from breathe.engine import choices
from breathe.engine.pacing import breath_count, breath_rate, breath_rates
from breathe.engine.practices.breathing_replan import FROM_PRESET
from breathe.engine.practices.steps import Plan
from breathe.i18n import QT_TRANSLATE_NOOP

_PHASES = {2: ("in", "out"), 3: ("in", "hold", "out"), 4: ("in", "hold", "out", "hold")}
#: grounding prompts by step kind, as the summary counts them
_NOTICED = {
    "see": "seen",
    "hear": "heard",
    "touch": "felt",
    "smell": "smelled",
    "taste": "tasted",
    "move": "small movements",
}
# the details' labels, marked for translation here and translated where shown (``_table``)
RHYTHM = QT_TRANSLATE_NOOP("SessionReport", "Rhythm")
PACE = QT_TRANSLATE_NOOP("SessionReport", "Pace")
BREATHS = QT_TRANSLATE_NOOP("SessionReport", "Breaths")
NOTICED = QT_TRANSLATE_NOOP("SessionReport", "Noticed")
GROUPS = QT_TRANSLATE_NOOP("SessionReport", "Muscle groups")
STYLE = QT_TRANSLATE_NOOP("SessionReport", "Style")
SIDE = QT_TRANSLATE_NOOP("SessionReport", "Starting side")
GENTLY = QT_TRANSLATE_NOOP("SessionReport", "Gently")
LEFT_OUT = QT_TRANSLATE_NOOP("SessionReport", "Left out")
#: a change of pace smaller than this (breaths a minute) is rounding, not a change
_PACE_CHANGED = 0.05


Details = tuple[tuple[str, str], ...]


def _seconds(value: float) -> str:
    return f"{value:g} s"


def _rate(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def practice_title(plan: Plan) -> str:
    """``Box breathing``, ``4-6 breathing``, ``Custom breathing, from box``,
    ``5-4-3-2-1 grounding``, ``Muscle relaxation``."""
    options = plan.options
    if plan.practice == "breathing":
        if plan.preset:
            return f"{choices.PRESET_NAMES.get(plan.preset, plan.preset)} breathing"
        if isinstance(options.get(FROM_PRESET), str):
            return f"Custom breathing, from {options[FROM_PRESET]}"
        if options.get("pattern"):
            return "-".join(f"{v:g}" for v in options["pattern"]) + " breathing"
        return "Paced breathing"
    if plan.practice == "grounding":
        variant = str(options.get("variant") or "3-3-3")
        return choices.GROUNDING_TITLES.get(variant, f"{variant} grounding")
    return "Muscle relaxation"


def _breathing_details(plan: Plan, elapsed: float) -> list[tuple[str, str]]:
    options = plan.options
    details = []
    pattern = options.get("pattern")
    if pattern and len(pattern) in _PHASES:
        parts = zip(pattern, _PHASES[len(pattern)], strict=True)
        rhythm = ", ".join(f"{_seconds(v)} {phase}" for v, phase in parts if v)
        details.append((RHYTHM, rhythm))
    if options.get("rates"):
        rates = options["rates"]
        details.append((RHYTHM, f"{rates[0]:g} down to {rates[-1]:g} breaths a minute"))
    elif options.get("bpm") and not pattern:
        details.append((RHYTHM, f"{options['bpm']:g} breaths a minute"))
    rates = breath_rates(plan)
    start, end = breath_rate(rates, 0.0), breath_rate(rates, elapsed)
    if start is not None and end is not None and not options.get("rates"):
        if abs(start - end) < _PACE_CHANGED:
            details.append((PACE, f"{_rate(start)} breaths a minute"))
        else:
            details.append(
                (
                    PACE,
                    f"{_rate(start)} breaths a minute at the start, {_rate(end)} at the end "
                    "(changed during the session)",
                )
            )
    done, total = breath_count(plan, elapsed)
    details.append((BREATHS, f"{done} of {total}"))
    return details


def _grounding_details(plan: Plan, elapsed: float) -> list[tuple[str, str]]:
    items = [s for s in plan.steps if s.kind in _NOTICED]
    done = [s for s in items if s.end <= elapsed + 1e-6]
    counts = Counter(s.kind for s in done)
    what = [f"{counts[k]} {_NOTICED[k]}" for k in _NOTICED if counts[k]]
    text = f"{len(done)} of {len(items)} prompts"
    return [(NOTICED, text + (": " + ", ".join(what) if what else ""))]


def _relaxation_details(options: Mapping[str, Any]) -> list[tuple[str, str]]:
    details = [(GROUPS, str(options.get("groups") or 16))]
    if options.get("release_only"):
        details.append((STYLE, "release only, no tensing"))
    if options.get("side"):
        details.append((SIDE, str(options["side"])))
    for key, label in (("gentle", GENTLY), ("skip", LEFT_OUT)):
        if options.get(key):
            details.append((label, ", ".join(options[key]).replace("-", " ")))
    return details


def details_for(plan: Plan, elapsed: float) -> Details:
    """The rows under the practice: label (marked for translation) and value."""
    if plan.practice == "breathing":
        return tuple(_breathing_details(plan, elapsed))
    if plan.practice == "relaxation":
        return tuple(_relaxation_details(plan.options))
    return tuple(_grounding_details(plan, elapsed))


def home_practice_suggestion(plan: Plan) -> str:
    """What "Same as today" offers for the practice-at-home line, e.g. ``Box breathing, 4
    min``."""
    name = plan.practice if plan.preset is None else plan.preset
    options = {k: v for k, v in plan.options.items() if k != FROM_PRESET}
    if FROM_PRESET in plan.options:
        options.pop("pattern", None)
        name = str(plan.options[FROM_PRESET])
    return choices.describe(name, options)
