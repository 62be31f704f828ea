"""What the session summary says about the practice, in words: its title, its rhythm and
pace (and whether the pace was changed), what was noticed or relaxed, and what "Same as
today" suggests for practice at home."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from breathe.engine import choices
from breathe.engine.pacing import breath_count, breath_rate, breath_rates
from breathe.engine.practices.breathing_replan import FROM_PRESET
from breathe.engine.practices.muscle_groups import GROUPS, LATERAL, area_name
from breathe.engine.practices.steps import Plan
from breathe.i18n import QT_TRANSLATE_NOOP, fill, plural
from breathe.language import gettext

translate = QCoreApplication.translate

#: a breath's parts, as the rhythm names them: "4 s in, 7 s hold, 8 s out"
_IN = QT_TRANSLATE_NOOP("SessionReport", "%1 s in")
_HOLD = QT_TRANSLATE_NOOP("SessionReport", "%1 s hold")
_OUT = QT_TRANSLATE_NOOP("SessionReport", "%1 s out")
_PHASES = {2: (_IN, _OUT), 3: (_IN, _HOLD, _OUT), 4: (_IN, _HOLD, _OUT, _HOLD)}
#: grounding prompts by step kind, as the summary counts them: "3 seen"
_NOTICED: dict[str, Callable[[int], str]] = {
    "see": lambda n: plural("SessionReport", "%n seen", "%n seen", n),
    "hear": lambda n: plural("SessionReport", "%n heard", "%n heard", n),
    "touch": lambda n: plural("SessionReport", "%n felt", "%n felt", n),
    "smell": lambda n: plural("SessionReport", "%n smelled", "%n smelled", n),
    "taste": lambda n: plural("SessionReport", "%n tasted", "%n tasted", n),
    "move": lambda n: plural("SessionReport", "%n small movement", "%n small movements", n),
}
_SIDES = {
    "right": QT_TRANSLATE_NOOP("SessionReport", "right"),
    "left": QT_TRANSLATE_NOOP("SessionReport", "left"),
}
# the details' labels, marked for translation here and translated where shown (``_table``)
RHYTHM = QT_TRANSLATE_NOOP("SessionReport", "Rhythm")
PACE = QT_TRANSLATE_NOOP("SessionReport", "Pace")
BREATHS = QT_TRANSLATE_NOOP("SessionReport", "Breaths")
NOTICED = QT_TRANSLATE_NOOP("SessionReport", "Noticed")
GROUPS_LABEL = QT_TRANSLATE_NOOP("SessionReport", "Muscle groups")
STYLE = QT_TRANSLATE_NOOP("SessionReport", "Style")
SIDE = QT_TRANSLATE_NOOP("SessionReport", "Starting side")
GENTLY = QT_TRANSLATE_NOOP("SessionReport", "Gently")
LEFT_OUT = QT_TRANSLATE_NOOP("SessionReport", "Left out")
#: a change of pace smaller than this (breaths a minute) is rounding, not a change
_PACE_CHANGED = 0.05


Details = tuple[tuple[str, str], ...]


def _number(value: float, decimals: int) -> str:
    """``4``, ``4.5`` (``4,5`` in French): at most ``decimals`` decimals, as the locale writes."""
    rounded = round(value, decimals)
    if rounded == int(rounded):
        return QLocale().toString(int(rounded))
    return QLocale().toString(rounded, "f", decimals).rstrip("0")


def _rate(value: float) -> str:
    return _number(value, 1)


def _per_minute(rate: str) -> str:
    return fill(translate("SessionReport", "%1 breaths a minute"), rate)


def practice_title(plan: Plan) -> str:
    """``Box breathing``, ``4-6 breathing``, ``Custom breathing, from box``,
    ``5-4-3-2-1 grounding``, ``Muscle relaxation`` (in the language in force)."""
    options = plan.options
    if plan.practice == "breathing":
        if plan.preset:
            name = choices.preset_name(plan.preset)
            return gettext("{name} breathing").format(name=name)
        if isinstance(options.get(FROM_PRESET), str):
            return fill(
                translate("SessionReport", "Custom breathing, from %1"), options[FROM_PRESET]
            )
        if options.get("pattern"):
            pattern = "-".join(f"{v:g}" for v in options["pattern"])
            return gettext("{name} breathing").format(name=pattern)
        return gettext("Paced breathing")
    if plan.practice == "grounding":
        return choices.grounding_title(str(options.get("variant") or "3-3-3"))
    return gettext("Muscle relaxation")


def _breathing_details(plan: Plan, elapsed: float) -> list[tuple[str, str]]:
    options = plan.options
    details = []
    pattern = options.get("pattern")
    if pattern and len(pattern) in _PHASES:
        parts = zip(pattern, _PHASES[len(pattern)], strict=True)
        each = [fill(translate("SessionReport", phase), _number(v, 2)) for v, phase in parts if v]
        details.append((RHYTHM, ", ".join(each)))
    if options.get("rates"):
        rates = options["rates"]
        first, last = _number(rates[0], 2), _number(rates[-1], 2)
        text = translate("SessionReport", "%1 down to %2 breaths a minute")
        details.append((RHYTHM, fill(text, first, last)))
    elif options.get("bpm") and not pattern:
        details.append((RHYTHM, _per_minute(_number(options["bpm"], 2))))
    rates = breath_rates(plan)
    start, end = breath_rate(rates, 0.0), breath_rate(rates, elapsed)
    if start is not None and end is not None and not options.get("rates"):
        if abs(start - end) < _PACE_CHANGED:
            details.append((PACE, _per_minute(_rate(start))))
        else:
            changed = translate(
                "SessionReport",
                "%1 breaths a minute at the start, %2 at the end (changed during the session)",
            )
            details.append((PACE, fill(changed, _rate(start), _rate(end))))
    done, total = breath_count(plan, elapsed)
    details.append((BREATHS, fill(translate("SessionReport", "%1 of %2"), done, total)))
    return details


def _grounding_details(plan: Plan, elapsed: float) -> list[tuple[str, str]]:
    items = [s for s in plan.steps if s.kind in _NOTICED]
    done = [s for s in items if s.end <= elapsed + 1e-6]
    counts = Counter(s.kind for s in done)
    what = [_NOTICED[k](counts[k]) for k in _NOTICED if counts[k]]
    if not what:
        return [
            (NOTICED, fill(translate("SessionReport", "%1 of %2 prompts"), len(done), len(items)))
        ]
    text = translate("SessionReport", "%1 of %2 prompts: %3")
    return [(NOTICED, fill(text, len(done), len(items), ", ".join(what)))]


def _area(group_id: str) -> str:
    """A muscle group's name as the practice says it, e.g. "left hand"."""
    if group_id in GROUPS:
        return GROUPS[group_id].name
    if group_id in LATERAL:
        return area_name(group_id)
    return group_id.replace("-", " ")


def _relaxation_details(options: Mapping[str, Any]) -> list[tuple[str, str]]:
    details = [(GROUPS_LABEL, str(options.get("groups") or 16))]
    if options.get("release_only"):
        details.append((STYLE, translate("SessionReport", "release only, no tensing")))
    side = options.get("side")
    if side:
        details.append((SIDE, translate("SessionReport", _SIDES[side]) if side in _SIDES else side))
    for key, label in (("gentle", GENTLY), ("skip", LEFT_OUT)):
        if options.get(key):
            details.append((label, ", ".join(_area(str(g)) for g in options[key])))
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
