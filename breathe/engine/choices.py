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
from breathe.launch import LaunchRequest

log = logging.getLogger(__name__)

PRACTICE_ORDER: tuple[str, ...] = ("breathing", "grounding", "relaxation")
CARD_TITLES: dict[str, str] = {
    "breathing": "Breathe",
    "grounding": "Ground 3-3-3",
    "relaxation": "Relax muscles",
}
CUSTOM = "custom"
DEFAULT_PRESET = "coherent"
#: short names, gentlest first (presets with breath holds last: not for panic)
PRESET_NAMES: dict[str, str] = {
    "coherent": "Coherent",
    "extended-exhale": "Extended exhale",
    "sigh": "Cyclic sigh",
    "resonance": "Resonance",
    "box": "Box",
    "4-7-8": "4-7-8",
    CUSTOM: "Your own pattern",
}
VARIANT_NAMES: dict[str, str] = {
    "3-3-3": "3-3-3",
    "3-3-3-still": "3-3-3, staying still",
    "5-4-3-2-1": "5-4-3-2-1",
}
GROUNDING_TITLES: dict[str, str] = {
    "3-3-3": "3-3-3 grounding",
    "3-3-3-still": "3-3-3 grounding, staying still",
    "5-4-3-2-1": "5-4-3-2-1 grounding",
}
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
    return f"{value:g}"


def _length(practice: str, choice: Mapping[str, Any]) -> str:
    """``5 min`` or ``4 breaths``: the chosen length, else what the engine plans."""
    if choice.get("cycles"):
        return f"{_number(choice['cycles'])} breaths"
    if choice.get("minutes"):
        return f"{_number(choice['minutes'])} min"
    try:
        plan = build_plan(launch_name(practice, choice), plan_options(choice))
    except PracticeError:
        return ""
    cycles = plan.options.get("cycles")
    if cycles:
        return f"{_number(cycles)} breaths"
    return f"{max(1, round(plan.total_seconds / 60))} min"


def _breathing_parts(choice: Mapping[str, Any]) -> tuple[str, str]:
    """The breathing card's (name, length), e.g. ("Coherent", "5 min") or ("4-6", "5 min")."""
    preset = str(choice.get("preset") or CUSTOM)
    name = PRESET_NAMES.get(preset, preset)
    if preset == CUSTOM and choice.get("pattern"):
        name = str(choice["pattern"])
    return name, _length("breathing", choice)


def summary(practice: str, choice: Mapping[str, Any]) -> str:
    """What a card's Start button says after "Start · ", e.g. ``Coherent 5 min``."""
    if practice == "breathing":
        return " ".join(part for part in _breathing_parts(choice) if part)
    if practice == "grounding":
        variant = str(choice.get("variant") or "3-3-3")
        text = VARIANT_NAMES.get(variant, variant)
        return text if choice.get("self_paced", True) else f"{text}, timed"
    groups = choice.get("groups") or 16
    text = f"{groups} groups, release only" if choice.get("release_only") else f"{groups} groups"
    if choice.get("learning"):
        text += ", each twice"
    length = _length(practice, choice)
    return f"{text}, {length}" if length else text


def headline(practice: str, choice: Mapping[str, Any]) -> str:
    """The quick-start wording, e.g. ``Coherent breathing, 5 min``."""
    if practice == "breathing":
        name, length = _breathing_parts(choice)
        return f"{name} breathing, {length}" if length else f"{name} breathing"
    if practice == "grounding":
        variant = str(choice.get("variant") or "3-3-3")
        title = GROUNDING_TITLES.get(variant, f"{variant} grounding")
        return title if choice.get("self_paced", True) else f"{title}, timed"
    return f"Muscle relaxation, {summary(practice, choice)}"


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
            return f"Paced breathing at {_number(bpm)} a minute" + (f", {length}" if length else "")
    return headline(kind, choice)
