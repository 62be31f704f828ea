"""Breathing presets and the steps a breath is made of (no Qt).

Labels and spoken cues live here so that planning and re-planning speak alike. Each cue
has a budget: the step length it needs to be heard to its end at the slowest speaking rate
Settings allows (measured with espeak-ng by tests/unit/test_spoken_cues.py). A cue never
goes on a step shorter than its budget: it gives way to the plain cue, or to silence.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from breathe.engine.practices.breathing_options import MIN_BREATH_PHASE, bpm_phases
from breathe.engine.practices.steps import Draft

DEFAULT_PRESET = "coherent"
RESONANCE_RATES: tuple[float, ...] = (6.5, 6.0, 5.5, 5.0, 4.5)
RESONANCE_MINUTES_PER_RATE = 2.0

INTRO_SECONDS = 3.0
INTRO_LABEL = "Get comfortable"
# the intro is 3 s long, so only the words that matter most
INTRO_SAY = "Breathe slower, not deeper."
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
GENTLE_SAY = "Slower, not deeper."

#: seconds of step each cue needs (see the module docstring); the plain cues of a breath
#: fit the shortest breath in or out, so only holds and special cues can give way
CUE_SECONDS: dict[str, float] = {
    INTRO_SAY: INTRO_SECONDS,
    OUTRO_SAY: OUTRO_SECONDS,
    INHALE_SAY: MIN_BREATH_PHASE,
    TOP_UP_SAY: MIN_BREATH_PHASE,
    HOLD_SAY: MIN_BREATH_PHASE,
    EXHALE_SAY: MIN_BREATH_PHASE,
    SLOWER_SAY: 2.0,
    GENTLE_SAY: 2.0,
}

_HOLDS_WARNING = "Holds can bring on air hunger: not for panic."


@dataclass(frozen=True)
class BreathingPreset:
    """A named way of breathing, as listed by ``breathe list``.

    ``pattern`` is seconds per phase (None for sigh and resonance, which are not one
    pattern); exactly one of ``default_minutes`` and ``default_cycles`` is set.
    ``max_cycles`` is the most breaths one session may have (None: no limit).
    """

    name: str
    title: str
    description: str
    pattern: tuple[float, ...] | None
    default_minutes: float | None
    default_cycles: int | None
    has_holds: bool
    max_cycles: int | None = None


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
            f"In 4, hold 7, out 8, four times (at most 8). {_HOLDS_WARNING}",
            (4.0, 7.0, 8.0),
            None,
            4,
            True,
            # Weil: no more than 4 breaths at a time in the first month, up to 8 later
            max_cycles=8,
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
            "2 min each at 6.5, 6, 5.5, 5 and 4.5 breaths a minute; then mark the easiest "
            "as your pace.",
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


def fits(say: str | None, seconds: float) -> bool:
    """Whether ``say`` can be heard to its end within a step of ``seconds``.

    Every breathing cue has a budget: a new cue without one fails here, in every test.
    """
    return say is None or CUE_SECONDS[say] <= seconds * (1 + 1e-9)


def fitted(d: Draft) -> Draft:
    """``d`` with a cue that fits it: its own, else the plain one, else none.

    A cue cut off by the next one is worse than no cue, so a step too short for its cue
    (a short hold, a breath made quicker) is silent; its sound cue still plays. A silent
    step made long enough again gets its plain cue back.
    """
    if d.say is not None and fits(d.say, d.duration):
        return d
    plain = plain_say(d)
    return plain if fits(plain.say, d.duration) else d._replace(say=None)


def pattern_cycle(phases: Sequence[float]) -> tuple[Draft, ...]:
    """One breath of a checked pattern; a 0 phase is left out."""
    return tuple(make(s) for make, s in zip(_PHASES[len(phases)], phases, strict=True) if s > 0)


def rate_cycle(bpm: float, ratio: float, say: str = INHALE_SAY) -> tuple[Draft, ...]:
    """One breath at ``bpm`` breaths a minute, breathing out ``ratio`` times as long."""
    inhale_s, exhale_s = bpm_phases(bpm, ratio)
    return (inhale(inhale_s, say), exhale(exhale_s))
