"""A practice card's Customise panel, built the first time it is needed (never before the
first paint): the panel, how to read its choice, and its signals."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QWidget


@dataclass(frozen=True)
class Customiser:
    """A card's Customise panel, with how to read its choice and hear about changes."""

    panel: QWidget
    read: Callable[[], dict[str, Any]]
    changed: SignalInstance
    problem: Callable[[], str | None] | None = None
    pain_map: SignalInstance | None = None  # "Edit pain map..." was pressed


def customiser_for(
    practice: str, choice: Mapping[str, Any], voice: bool, sounds: bool
) -> Customiser:
    """The Customise panel of ``practice`` (imported when needed)."""
    if practice == "breathing":
        from breathe.ui.home.breathing_panel import BreathingPanel

        breathing = BreathingPanel(choice, voice=voice, sounds=sounds)
        return Customiser(breathing, breathing.choice, breathing.choice_changed, breathing.problem)
    if practice == "grounding":
        from breathe.ui.home.grounding_panel import GroundingPanel

        grounding = GroundingPanel(choice)
        return Customiser(grounding, grounding.choice, grounding.choice_changed)
    from breathe.ui.home.relaxation_panel import RelaxationPanel

    relaxation = RelaxationPanel(dict(choice))
    return Customiser(
        relaxation,
        relaxation.options,
        relaxation.options_changed,
        pain_map=relaxation.edit_pain_map_requested,
    )
