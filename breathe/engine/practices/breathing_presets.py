"""Breathing presets and the steps a breath is made of (no Qt).

Labels and spoken cues live here so that planning and re-planning speak alike. They are
English message ids here and are translated as each step is made (``breathe.language``), so
a plan speaks the language in force when it is built. Each cue
has a budget: the step length it needs to be heard to its end at the slowest speaking rate
Settings allows (measured with espeak-ng by tests/unit/test_spoken_cues.py). A cue never
goes on a step shorter than its budget: it gives way to the plain cue, or to silence.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from breathe.engine.practices.breathing_options import MIN_BREATH_PHASE, bpm_phases
from breathe.engine.practices.steps import Draft
from breathe.language import N_, gettext, translations

DEFAULT_PRESET = "coherent"
RESONANCE_RATES: tuple[float, ...] = (6.5, 6.0, 5.5, 5.0, 4.5)
RESONANCE_MINUTES_PER_RATE = 2.0

INTRO_SECONDS = 3.0
INTRO_LABEL = N_("Get comfortable")
# the intro is 3 s long, so only the words that matter most
INTRO_SAY = N_("Breathe slower, not deeper.")
OUTRO_SECONDS = 4.0
OUTRO_LABEL = N_("Let your breath find its own rhythm")
OUTRO_SAY = N_("Let your breath find its own rhythm.")
INHALE_LABEL = N_("Breathe in")
INHALE_SAY = N_("Breathe in")
TOP_UP_LABEL = N_("Top up")
TOP_UP_SAY = N_("Top up")
HOLD_LABEL = N_("Hold")
HOLD_SAY = N_("Hold")
EXHALE_LABEL = N_("Breathe out")
EXHALE_SAY = N_("And out")
SLOWER_SAY = N_("Now a little slower")
GENTLE_SAY = N_("Slower, not deeper.")

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


@dataclass(frozen=True)
class BreathingPreset:
    """A named way of breathing, as listed by ``breathe list``.

    ``pattern`` is seconds per phase (None for sigh and resonance, which are not one
    pattern); exactly one of ``default_minutes`` and ``default_cycles`` is set.
    ``max_cycles`` is the most breaths one session may have (None: no limit).
    ``title_id`` and ``description_id`` are English message ids; ``title`` and
    ``description`` are in the language in force.
    """

    name: str
    title_id: str
    description_id: str
    pattern: tuple[float, ...] | None
    default_minutes: float | None
    default_cycles: int | None
    has_holds: bool
    max_cycles: int | None = None

    @property
    def title(self) -> str:
        return gettext(self.title_id)

    @property
    def description(self) -> str:
        return gettext(self.description_id)


PRESETS: dict[str, BreathingPreset] = {
    p.name: p
    for p in (
        BreathingPreset(
            "box",
            N_("Box breathing"),
            N_(
                "In 4, hold 4, out 4, hold 4, for 4 min. "
                "Holds can bring on air hunger: not for panic."
            ),
            (4.0, 4.0, 4.0, 4.0),
            4.0,
            None,
            True,
        ),
        BreathingPreset(
            "4-7-8",
            N_("4-7-8 breathing"),
            N_(
                "In 4, hold 7, out 8, four times (at most 8). "
                "Holds can bring on air hunger: not for panic."
            ),
            (4.0, 7.0, 8.0),
            None,
            4,
            True,
            # Weil: no more than 4 breaths at a time in the first month, up to 8 later
            max_cycles=8,
        ),
        BreathingPreset(
            "coherent",
            N_("Coherent breathing"),
            N_("In 5, out 5: about six easy breaths a minute, for 5 min."),
            (5.0, 5.0),
            5.0,
            None,
            False,
        ),
        BreathingPreset(
            "extended-exhale",
            N_("Extended exhale"),
            N_("In 4, out 6: a longer breath out helps the body settle, for 5 min."),
            (4.0, 6.0),
            5.0,
            None,
            False,
        ),
        BreathingPreset(
            "sigh",
            N_("Cyclic sigh"),
            N_("A breath in, a little top-up, then a long slow sigh out, for 5 min."),
            None,
            5.0,
            None,
            False,
        ),
        BreathingPreset(
            "resonance",
            N_("Resonance breathing"),
            N_(
                "2 min each at 6.5, 6, 5.5, 5 and 4.5 breaths a minute; then mark the easiest "
                "as your pace."
            ),
            None,
            RESONANCE_MINUTES_PER_RATE * len(RESONANCE_RATES),
            None,
            False,
        ),
    )
}


def intro() -> Draft:
    return Draft(INTRO_SECONDS, "intro", gettext(INTRO_LABEL), gettext(INTRO_SAY))


def outro() -> Draft:
    return Draft(OUTRO_SECONDS, "outro", gettext(OUTRO_LABEL), gettext(OUTRO_SAY))


def inhale(seconds: float, say: str = INHALE_SAY) -> Draft:
    """A breath in; ``say`` is an English cue, spoken in the language in force."""
    return Draft(seconds, "inhale", gettext(INHALE_LABEL), gettext(say))


def top_up(seconds: float) -> Draft:
    """The sigh's second, short breath in."""
    return Draft(seconds, "inhale", gettext(TOP_UP_LABEL), gettext(TOP_UP_SAY))


def hold(seconds: float) -> Draft:
    return Draft(seconds, "hold", gettext(HOLD_LABEL), gettext(HOLD_SAY))


def exhale(seconds: float, say: str = EXHALE_SAY) -> Draft:
    return Draft(seconds, "exhale", gettext(EXHALE_LABEL), gettext(say))


_PHASES = {2: (inhale, exhale), 3: (inhale, hold, exhale), 4: (inhale, hold, exhale, hold)}


def sigh_cycle() -> tuple[Draft, ...]:
    return (inhale(2.5), top_up(1.0), exhale(6.5))


_PLAIN_SAY = {
    INHALE_LABEL: INHALE_SAY,
    TOP_UP_LABEL: TOP_UP_SAY,
    HOLD_LABEL: HOLD_SAY,
    EXHALE_LABEL: EXHALE_SAY,
}
#: the tables above in the language in force, keyed by the translations they were made with
#: (one entry: a process speaks one language; tests switch between several)
_translated: dict[int, tuple[object, dict[str, str], dict[str, float]]] = {}


def _in_force() -> tuple[dict[str, str], dict[str, float]]:
    """``_PLAIN_SAY`` and ``CUE_SECONDS`` keyed by the words a plan holds in this language.

    A plan's steps carry translated words, so the everyday cue of a label and the budget
    of a cue are looked up by those words; every language keeps the English budgets (its
    cues are written to fit them, checked with espeak-ng per language).
    """
    current = translations()
    made = _translated.get(id(current))
    if made is None or made[0] is not current:
        plain = {gettext(k): gettext(v) for k, v in _PLAIN_SAY.items()}
        budgets = {gettext(k): v for k, v in CUE_SECONDS.items()}
        _translated.clear()
        made = _translated[id(current)] = (current, plain, budgets)
    return made[1], made[2]


def plain_say(d: Draft) -> Draft:
    """``d`` with the everyday cue for its label (no "Now a little slower" and the like)."""
    return d._replace(say=_in_force()[0].get(d.label, d.say))


def cue_seconds(say: str) -> float:
    """The step length cue ``say`` (in the language in force) needs to be heard."""
    return _in_force()[1][say]


def fits(say: str | None, seconds: float) -> bool:
    """Whether ``say`` can be heard to its end within a step of ``seconds``.

    Every breathing cue has a budget: a new cue without one fails here, in every test.
    """
    return say is None or cue_seconds(say) <= seconds * (1 + 1e-9)


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
