"""What home's Start now begins: the person's choice in Settings, never a card's.

A choice is a breathing preset (at its own length), ``grounding`` or ``relaxation`` (with
their usual options); voice, sounds and self-pacing come from the settings.
"""

from __future__ import annotations

from typing import Any

from breathe.engine import choices


def start_now_choice(value: str | None) -> str:
    """``value`` if Start now can begin it, else coherent breathing."""
    known = value in choices.PRESET_NAMES or value in ("grounding", "relaxation")
    return value if known and value != choices.CUSTOM and value is not None else "coherent"


def start_now_target(start_now: str) -> tuple[str, dict[str, Any]]:
    """The practice and choice Start now begins: a preset at its own length, or a practice
    with its usual options (voice, sounds and self-pacing come from the settings)."""
    if start_now in ("grounding", "relaxation"):
        return start_now, {"variant": "3-3-3"} if start_now == "grounding" else {}
    return "breathing", {"preset": start_now}
