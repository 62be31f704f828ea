"""What each home card starts: a person's choice per practice, as a request and a label.

A *choice* is the JSON-friendly dict the app keeps in ``settings.last_choice[practice]``:
the practice's options (keys of ``catalog.FLAGS``) plus a few home-only keys:

- ``preset`` (breathing): a preset name, or ``"custom"`` to use ``pattern``;
- ``voice`` / ``sounds`` (breathing): spoken guidance and cue tones for this card;
- ``self_paced`` (grounding): wait for the person at each item.

No Qt here, so it is tested without a screen.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from breathe.engine.practices.catalog import FLAGS, build_plan, resolve
from breathe.engine.practices.errors import PracticeError
from breathe.engine.resonance_finder import start_options
from breathe.language import N_, decimal, gettext, ngettext
from breathe.launch import LaunchRequest

log = logging.getLogger(__name__)

PRACTICE_ORDER: tuple[str, ...] = ("breathing", "grounding", "relaxation")
# The names below are English message ids: ``card_title``, ``preset_name``, ``variant_name``
# and ``grounding_title`` give them in the language in force.
# Translators: the home screen's three card titles (short: a card is narrow)
CARD_TITLES: dict[str, str] = {
    "breathing": N_("Breathe"),
    "grounding": N_("Ground 3-3-3"),
    "relaxation": N_("Relax muscles"),
}
CUSTOM = "custom"
DEFAULT_PRESET = "coherent"
#: short names, gentlest first (presets with breath holds last: not for panic)
PRESET_NAMES: dict[str, str] = {
    "coherent": N_("Coherent"),
    "extended-exhale": N_("Extended exhale"),
    "sigh": N_("Cyclic sigh"),
    "resonance": N_("Resonance"),
    "box": N_("Box"),
    "4-7-8": "4-7-8",
    CUSTOM: N_("Your own pattern"),
}
VARIANT_NAMES: dict[str, str] = {
    "3-3-3": "3-3-3",
    "3-3-3-still": N_("3-3-3, staying still"),
    "5-4-3-2-1": "5-4-3-2-1",
}
GROUNDING_TITLES: dict[str, str] = {
    "3-3-3": N_("3-3-3 grounding"),
    "3-3-3-still": N_("3-3-3 grounding, staying still"),
    "5-4-3-2-1": N_("5-4-3-2-1 grounding"),
}


def card_title(practice: str) -> str:
    return gettext(CARD_TITLES[practice])


def preset_name(preset: str) -> str:
    """A breathing preset's short name, e.g. "Coherent" (an unknown one as it is)."""
    return gettext(PRESET_NAMES[preset]) if preset in PRESET_NAMES else preset


def variant_name(variant: str) -> str:
    return gettext(VARIANT_NAMES[variant]) if variant in VARIANT_NAMES else variant


def grounding_title(variant: str) -> str:
    """E.g. "5-4-3-2-1 grounding"."""
    if variant in GROUNDING_TITLES:
        return gettext(GROUNDING_TITLES[variant])
    return gettext("{variant} grounding").format(variant=variant)


_DEFAULTS: dict[str, dict[str, Any]] = {
    "breathing": {"preset": DEFAULT_PRESET},
    "grounding": {"variant": "3-3-3", "self_paced": True},
    "relaxation": {},
}


def default_choice(practice: str) -> dict[str, Any]:
    """A fresh copy of the choice a card starts with before the person changes anything."""
    return dict(_DEFAULTS[practice])


def normalise(practice: str, choice: object) -> dict[str, Any]:
    """``choice`` as a dict, or the default when it is missing or not a mapping."""
    if isinstance(choice, Mapping):
        return {str(k): v for k, v in choice.items()}
    return default_choice(practice)


def launch_name(practice: str, choice: Mapping[str, Any]) -> str:
    """The name ``catalog.build_plan`` takes: a breathing preset, or the practice itself."""
    preset = choice.get("preset")
    if practice == "breathing" and isinstance(preset, str) and preset not in ("", CUSTOM):
        return preset
    return practice


def plan_options(choice: Mapping[str, Any]) -> dict[str, Any]:
    """Only the options ``catalog.build_plan`` knows, without the unset ones."""
    return {k: v for k, v in choice.items() if k in FLAGS and v is not None and v is not False}


def problem(practice: str, choice: Mapping[str, Any]) -> str | None:
    """The practice engine's own message if ``choice`` cannot make a session, else None."""
    try:
        build_plan(launch_name(practice, choice), plan_options(choice))
    except PracticeError as exc:
        return str(exc)
    return None


def request_for(practice: str, choice: Mapping[str, Any]) -> LaunchRequest:
    """The launch request that starts ``practice`` as chosen on its card."""
    fields: dict[str, Any] = {
        "practice": launch_name(practice, choice),
        "options": plan_options(choice),
        "voice": choice.get("voice"),
        "sounds": choice.get("sounds"),
        "self_paced": choice.get("self_paced"),
    }
    # ``self_paced`` travels only once LaunchRequest has such a field.
    known = LaunchRequest.__dataclass_fields__
    return LaunchRequest(**{k: v for k, v in fields.items() if k in known and v is not None})


def your_pace_request(pace: float) -> LaunchRequest:
    """The launch request that starts paced breathing at "your pace" (from resonance)."""
    return LaunchRequest(practice="breathing", options=start_options(pace))


def _number(value: float) -> str:
    return decimal(f"{value:g}")


def _breaths(count: float) -> str:
    return ngettext("{count} breath", "{count} breaths", int(count)).format(count=_number(count))


def _minutes(minutes: float) -> str:
    return gettext("{minutes} min").format(minutes=_number(minutes))


def _length(practice: str, choice: Mapping[str, Any]) -> str:
    """``5 min`` or ``4 breaths``: the chosen length, else what the engine plans."""
    if choice.get("cycles"):
        return _breaths(choice["cycles"])
    if choice.get("minutes"):
        return _minutes(choice["minutes"])
    try:
        plan = build_plan(launch_name(practice, choice), plan_options(choice))
    except PracticeError:
        return ""
    cycles = plan.options.get("cycles")
    if cycles:
        return _breaths(cycles)
    return _minutes(max(1, round(plan.total_seconds / 60)))


def _breathing_parts(choice: Mapping[str, Any]) -> tuple[str, str]:
    """The breathing card's (name, length), e.g. ("Coherent", "5 min") or ("4-6", "5 min")."""
    preset = str(choice.get("preset") or CUSTOM)
    name = preset_name(preset)
    if preset == CUSTOM and choice.get("pattern"):
        name = str(choice["pattern"])
    return name, _length("breathing", choice)


def summary(practice: str, choice: Mapping[str, Any]) -> str:
    """What a card's Start button says after "Start · ", e.g. ``Coherent 5 min``."""
    if practice == "breathing":
        return " ".join(part for part in _breathing_parts(choice) if part)
    if practice == "grounding":
        variant = str(choice.get("variant") or "3-3-3")
        text = variant_name(variant)
        return text if choice.get("self_paced", True) else _timed(text)
    groups = choice.get("groups") or 16
    if choice.get("release_only"):
        text = gettext("{groups} groups, release only").format(groups=groups)
    else:
        text = gettext("{groups} groups").format(groups=groups)
    if choice.get("learning"):
        # Translators: added to "16 groups": each muscle group is done twice (learning)
        text = gettext("{text}, each twice").format(text=text)
    length = _length(practice, choice)
    return _then(text, length) if length else text


def _timed(text: str) -> str:
    # Translators: a grounding session that moves on by itself, e.g. "3-3-3, timed"
    return gettext("{text}, timed").format(text=text)


def _then(text: str, more: str) -> str:
    # Translators: two parts of a summary, e.g. "16 groups, 9 min"
    return gettext("{text}, {more}").format(text=text, more=more)


def headline(practice: str, choice: Mapping[str, Any]) -> str:
    """The quick-start wording, e.g. ``Coherent breathing, 5 min``."""
    if practice == "breathing":
        name, length = _breathing_parts(choice)
        # Translators: {name} is a preset's short name ("Coherent") or a pattern ("4-6")
        title = gettext("{name} breathing").format(name=name)
        return _then(title, length) if length else title
    if practice == "grounding":
        variant = str(choice.get("variant") or "3-3-3")
        title = grounding_title(variant)
        return title if choice.get("self_paced", True) else _timed(title)
    return _then(gettext("Muscle relaxation"), summary(practice, choice))


def describe(practice: str, options: Mapping[str, Any]) -> str:
    """What a practice name with options does, in a few words: ``4-6 breathing, 8 min``.

    For programmes (saved, in a file, in the tray); an unknown practice is named as it is.
    """
    try:
        kind, preset = resolve(practice)
    except PracticeError:
        return practice
    choice = dict(options)
    if kind == "breathing":
        choice["preset"] = preset or CUSTOM
        if isinstance(choice.get("pattern"), list):
            choice["pattern"] = "-".join(f"{v:g}" for v in choice["pattern"])
        bpm = choice.get("bpm")
        if preset is None and not choice.get("pattern") and isinstance(bpm, (int, float)):
            length = _length(practice, choice)
            at = gettext("Paced breathing at {bpm} a minute").format(bpm=_number(bpm))
            return _then(at, length) if length else at
    return headline(kind, choice)
