"""What the session summary says about the practice, in words: its title, its rhythm and
pace (and whether the pace was changed), what was noticed or relaxed, and what "Same as
today" suggests for practice at home."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from breathe.engine import choices
from breathe.engine.pacing import breath_count, breath_rate, breath_rates
from breathe.engine.practices import muscle_groups
from breathe.engine.practices.breathing_options import shown_number
from breathe.engine.practices.breathing_replan import FROM_PRESET
from breathe.engine.practices.steps import Plan
from breathe.i18n import QT_TRANSLATE_NOOP, fill, plural
from breathe.language import gettext

_IN = QT_TRANSLATE_NOOP("SessionReport", "%1 s in")
_HOLD = QT_TRANSLATE_NOOP("SessionReport", "%1 s hold")
_OUT = QT_TRANSLATE_NOOP("SessionReport", "%1 s out")
_PHASES = {2: (_IN, _OUT), 3: (_IN, _HOLD, _OUT), 4: (_IN, _HOLD, _OUT, _HOLD)}
#: grounding prompts by step kind, as the summary counts them
_NOTICED = {
    "see": QT_TRANSLATE_NOOP("SessionReport", "%1 seen"),
    "hear": QT_TRANSLATE_NOOP("SessionReport", "%1 heard"),
    "touch": QT_TRANSLATE_NOOP("SessionReport", "%1 felt"),
    "smell": QT_TRANSLATE_NOOP("SessionReport", "%1 smelled"),
    "taste": QT_TRANSLATE_NOOP("SessionReport", "%1 tasted"),
    "move": "",  # a count of movements: its own plural, below
}
_SIDES = {
    "left": QT_TRANSLATE_NOOP("SessionReport", "left"),
    "right": QT_TRANSLATE_NOOP("SessionReport", "right"),
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


def _tr(text: str) -> str:
    return QCoreApplication.translate("SessionReport", text)


def _rate(value: float) -> str:
    return shown_number(round(value, 1))


def practice_title(plan: Plan) -> str:
    """``Box breathing``, ``4-6 breathing``, ``Custom breathing, from box``,
    ``5-4-3-2-1 grounding``, ``Muscle relaxation``."""
    options = plan.options
    # the engine's words where it has them, so a title reads as on the home screen
    named = gettext("{name} breathing")
    if plan.practice == "breathing":
        if plan.preset:
            return named.format(name=choices.preset_name(plan.preset))
        if isinstance(options.get(FROM_PRESET), str):
            return fill(_tr("Custom breathing, from %1"), options[FROM_PRESET])
        if options.get("pattern"):
            return named.format(name="-".join(f"{v:g}" for v in options["pattern"]))
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
        rhythm = ", ".join(fill(_tr(phase), shown_number(v)) for v, phase in parts if v)
        details.append((RHYTHM, rhythm))
    if options.get("rates"):
        rates = options["rates"]
        down = _tr("%1 down to %2 breaths a minute")
        details.append((RHYTHM, fill(down, shown_number(rates[0]), shown_number(rates[-1]))))
    elif options.get("bpm") and not pattern:
        details.append((RHYTHM, fill(_tr("%1 breaths a minute"), shown_number(options["bpm"]))))
    rates = breath_rates(plan)
    start, end = breath_rate(rates, 0.0), breath_rate(rates, elapsed)
    if start is not None and end is not None and not options.get("rates"):
        if abs(start - end) < _PACE_CHANGED:
            details.append((PACE, fill(_tr("%1 breaths a minute"), _rate(start))))
        else:
            changed = _tr(
                "%1 breaths a minute at the start, %2 at the end (changed during the session)"
            )
            details.append((PACE, fill(changed, _rate(start), _rate(end))))
    done, total = breath_count(plan, elapsed)
    details.append((BREATHS, fill(_tr("%1 of %2"), done, total)))
    return details


def _grounding_details(plan: Plan, elapsed: float) -> list[tuple[str, str]]:
    items = [s for s in plan.steps if s.kind in _NOTICED]
    done = [s for s in items if s.end <= elapsed + 1e-6]
    counts = Counter(s.kind for s in done)
    what = [
        fill(_tr(words), counts[kind])
        if words
        else plural("SessionReport", "%n small movement", "%n small movements", counts[kind])
        for kind, words in _NOTICED.items()
        if counts[kind]
    ]
    text = fill(_tr("%1 of %2 prompts"), len(done), len(items))
    # Translators: the prompts noticed, then how many of each: "9 of 9 prompts: 3 seen, ..."
    return [(NOTICED, fill(_tr("%1: %2"), text, ", ".join(what)) if what else text)]


def _area(group_id: str) -> str:
    """A muscle group a person chose, as the body map names it: "left hand", "calf"."""
    if group_id in muscle_groups.GROUPS:
        return muscle_groups.GROUPS[group_id].name
    if group_id in muscle_groups.LATERAL:
        return muscle_groups.area_name(group_id)
    return group_id.replace("-", " ")


def _relaxation_details(options: Mapping[str, Any]) -> list[tuple[str, str]]:
    details = [(GROUPS, str(options.get("groups") or 16))]
    if options.get("release_only"):
        details.append((STYLE, _tr("release only, no tensing")))
    if options.get("side"):
        side = str(options["side"])
        details.append((SIDE, _tr(_SIDES[side]) if side in _SIDES else side))
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
    for key in ("gentle", "skip"):  # a plan lists its areas; a choice names them "a,b"
        if isinstance(options.get(key), list):
            options[key] = ",".join(options[key])
    if FROM_PRESET in plan.options:
        options.pop("pattern", None)
        name = str(plan.options[FROM_PRESET])
    return choices.describe(name, options)
