"""Breathing presets and the steps a breath is made of (no Qt).

Labels and spoken cues live here so that planning and re-planning speak alike.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from breathe.engine.practices.breathing_options import bpm_phases
from breathe.engine.practices.steps import Draft

DEFAULT_PRESET = "coherent"
RESONANCE_RATES: tuple[float, ...] = (6.5, 6.0, 5.5, 5.0, 4.5)
RESONANCE_MINUTES_PER_RATE = 2.0

INTRO_SECONDS = 3.0
INTRO_LABEL = "Get comfortable"
INTRO_SAY = "Get comfortable. Breathe gently, slower not deeper."
OUTRO_SECONDS = 4.0
OUTRO_LABEL = "Let your breath find its own rhythm"
OUTRO_SAY = "Let your breath find its own rhythm."
INHALE_LABEL = "Breathe in"
INHALE_SAY = "Breathe in"
TOP_UP_LABEL = "Top up"
TOP_UP_SAY = "Top up"
HOLD_LABEL = "Hold"
HOLD_SAY = "Hold"
EXHALE_LABEL = "Breathe out"
EXHALE_SAY = "And out"
SLOWER_SAY = "Now a little slower"

_HOLDS_WARNING = "Holds can bring on air hunger: not for panic."


@dataclass(frozen=True)
class BreathingPreset:
    """A named way of breathing, as listed by ``breathe list``.

    ``pattern`` is seconds per phase (None for sigh and resonance, which are not one
    pattern); exactly one of ``default_minutes`` and ``default_cycles`` is set.
    """

    name: str
    title: str
    description: str
    pattern: tuple[float, ...] | None
    default_minutes: float | None
    default_cycles: int | None
    has_holds: bool


PRESETS: dict[str, BreathingPreset] = {
    p.name: p
    for p in (
        BreathingPreset(
            "box",
            "Box breathing",
            f"In 4, hold 4, out 4, hold 4, for 4 min. {_HOLDS_WARNING}",
            (4.0, 4.0, 4.0, 4.0),
            4.0,
            None,
            True,
        ),
        BreathingPreset(
            "4-7-8",
            "4-7-8 breathing",
            f"In 4, hold 7, out 8, four times. {_HOLDS_WARNING}",
            (4.0, 7.0, 8.0),
            None,
            4,
            True,
        ),
        BreathingPreset(
            "coherent",
            "Coherent breathing",
            "In 5, out 5: about six easy breaths a minute, for 5 min.",
            (5.0, 5.0),
            5.0,
            None,
            False,
        ),
        BreathingPreset(
            "extended-exhale",
            "Extended exhale",
            "In 4, out 6: a longer breath out helps the body settle, for 5 min.",
            (4.0, 6.0),
            5.0,
            None,
            False,
        ),
        BreathingPreset(
            "sigh",
            "Cyclic sigh",
            "A breath in, a little top-up, then a long slow sigh out, for 5 min.",
            None,
            5.0,
            None,
            False,
        ),
        BreathingPreset(
            "resonance",
            "Resonance breathing",
            "2 min each at 6.5, 6, 5.5, 5 and 4.5 breaths a minute, to find your own pace.",
            None,
            RESONANCE_MINUTES_PER_RATE * len(RESONANCE_RATES),
            None,
            False,
        ),
    )
}

INTRO = Draft(INTRO_SECONDS, "intro", INTRO_LABEL, INTRO_SAY)
OUTRO = Draft(OUTRO_SECONDS, "outro", OUTRO_LABEL, OUTRO_SAY)


def inhale(seconds: float, say: str = INHALE_SAY) -> Draft:
    return Draft(seconds, "inhale", INHALE_LABEL, say)


def hold(seconds: float) -> Draft:
    return Draft(seconds, "hold", HOLD_LABEL, HOLD_SAY)


def exhale(seconds: float, say: str = EXHALE_SAY) -> Draft:
    return Draft(seconds, "exhale", EXHALE_LABEL, say)


_PHASES = {2: (inhale, exhale), 3: (inhale, hold, exhale), 4: (inhale, hold, exhale, hold)}

SIGH_CYCLE: tuple[Draft, ...] = (
    inhale(2.5),
    Draft(1.0, "inhale", TOP_UP_LABEL, TOP_UP_SAY),
    exhale(6.5),
)


_PLAIN_SAY = {
    INHALE_LABEL: INHALE_SAY,
    TOP_UP_LABEL: TOP_UP_SAY,
    HOLD_LABEL: HOLD_SAY,
    EXHALE_LABEL: EXHALE_SAY,
}


def plain_say(d: Draft) -> Draft:
    """``d`` with the everyday cue for its label (no "Now a little slower" and the like)."""
    return d._replace(say=_PLAIN_SAY.get(d.label, d.say))


def pattern_cycle(phases: Sequence[float]) -> tuple[Draft, ...]:
    """One breath of a checked pattern; a 0 phase is left out."""
    return tuple(make(s) for make, s in zip(_PHASES[len(phases)], phases, strict=True) if s > 0)


def rate_cycle(bpm: float, ratio: float, say: str = INHALE_SAY) -> tuple[Draft, ...]:
    """One breath at ``bpm`` breaths a minute, breathing out ``ratio`` times as long."""
    inhale_s, exhale_s = bpm_phases(bpm, ratio)
    return (inhale(inhale_s, say), exhale(exhale_s))
