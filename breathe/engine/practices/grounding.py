"""Grounding through the senses: 3-3-3 grounding and 5-4-3-2-1 -> Plan (no Qt).

Each item (something seen, heard, moved, ...) is one self-paced step: it has a default
pace, and the session waits at its end until the person says they are ready. An item is
never shorter than its spoken cue needs at the slowest speaking rate (``Sense.cue_seconds``,
measured with espeak-ng by tests/unit/test_spoken_cues.py), whatever the pace.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Iterator
from dataclasses import dataclass, replace

from breathe.engine.practices.errors import PracticeError
from breathe.engine.practices.steps import Draft, Plan, lay_out

log = logging.getLogger(__name__)

PRACTICE = "grounding"
DEFAULT_VARIANT = "3-3-3"
DEFAULT_PACE = 8.0
MIN_PACE = 3.0
MAX_PACE = 60.0
INTRO_SECONDS = 4.0
OUTRO_SECONDS = 6.0

INTRO_LABEL = "Let's ground in the room around you"
OUTRO_LABEL = "Take one slow breath"

MOVE_SUGGESTIONS: tuple[str, ...] = (
    "roll your shoulders",
    "wiggle your fingers",
    "press your feet into the floor",
)
SUPPORT_SUGGESTIONS: tuple[str, ...] = (
    "the surface beneath you",
    "where your arms or hands rest",
    "where your back or head rests",
)

SELF_PACED_KINDS: frozenset[str] = frozenset({"see", "hear", "move", "touch", "smell", "taste"})


@dataclass(frozen=True)
class Sense:
    """One sense of a variant and how to invite it.

    Attributes:
        kind: the step kind of its items.
        count: how many items.
        prompt: the shown prompt, e.g. "Name something you can see".
        opener: a short sentence before the first item, e.g. "Look around."
        again: the spoken form for the later items, e.g. "Something else you can see."
        suggestions: one suggestion per item (movement, support), or none.
        cue_seconds: how long the first item's cue and a later one's need to be heard.
    """

    kind: str
    count: int
    prompt: str
    opener: str
    again: str
    suggestions: tuple[str, ...] = ()
    cue_seconds: tuple[float, float] = (4.0, 3.0)


@dataclass(frozen=True)
class Variant:
    """A grounding variant: its title for people and its senses in order."""

    title: str
    senses: tuple[Sense, ...]

    @property
    def items(self) -> int:
        return sum(s.count for s in self.senses)


SEE = Sense("see", 3, "Name something you can see", "Look around.", "Something else you can see.")
HEAR = Sense(
    "hear", 3, "Name something you can hear", "Now listen.", "Something else you can hear."
)
MOVE = Sense(
    "move",
    3,
    "Gently move one part of your body",
    "Now, a little movement.",
    "Another part now.",
    MOVE_SUGGESTIONS,
    (6.0, 5.5),
)
SUPPORTED = Sense(
    "touch",
    3,
    "Notice a place where your body is supported",
    "Stay just as you are.",
    "Another place you are held.",
    SUPPORT_SUGGESTIONS,
    (7.0, 6.0),
)

VARIANTS: dict[str, Variant] = {
    "3-3-3": Variant("3-3-3 grounding", (SEE, HEAR, MOVE)),
    "3-3-3-still": Variant("3-3-3 grounding, staying still", (SEE, HEAR, SUPPORTED)),
    "5-4-3-2-1": Variant(
        "5-4-3-2-1 grounding",
        (
            replace(SEE, count=5),
            Sense(
                "touch",
                4,
                "Name something you can feel or touch",
                "Reach out, or simply notice.",
                "Something else you can feel.",
                cue_seconds=(7.0, 3.0),
            ),
            HEAR,
            Sense(
                "smell",
                2,
                "Name something you can smell, even faintly",
                "Now notice the air.",
                "Another smell, however faint.",
                cue_seconds=(7.0, 4.0),
            ),
            Sense(
                "taste",
                1,
                "Name something you can taste, even faintly",
                "Last, notice your mouth.",
                "Something you can taste.",
                cue_seconds=(7.0, 3.0),
            ),
        ),
    ),
}


def _item_drafts(sense: Sense, pace: float) -> Iterator[Draft]:
    """One draft per item of ``sense``: a fuller prompt first, shorter ones after.

    The first item's suggestion is shown but not said, to keep its cue short.
    """
    for n in range(1, sense.count + 1):
        suggestion = sense.suggestions[n - 1] if sense.suggestions else ""
        prompt = f"{sense.prompt}: {suggestion}" if suggestion else sense.prompt
        counter = f" ({n} of {sense.count})" if sense.count > 1 else ""
        if n == 1:
            label = f"{sense.opener} {prompt}{counter}"
            say = f"{sense.opener} {sense.prompt}."
        else:
            label = f"{prompt}{counter}"
            say = f"{sense.again} Perhaps {suggestion}." if suggestion else sense.again
        seconds = sense.cue_seconds[0 if n == 1 else 1]
        yield Draft(max(pace, seconds), sense.kind, label, say)


def _check_pace(pace: float | None) -> float:
    if pace is None:
        return DEFAULT_PACE
    if isinstance(pace, bool) or not isinstance(pace, (int, float)) or math.isnan(pace):
        raise PracticeError(f"pace {pace!r}: give seconds per item as a number, e.g. --pace 10")
    if not MIN_PACE <= pace <= MAX_PACE:
        raise PracticeError(
            f"pace {pace:g} s per item: choose {MIN_PACE:g} to {MAX_PACE:g} seconds, e.g. --pace 10"
        )
    return float(pace)


def grounding_plan(*, variant: str = DEFAULT_VARIANT, pace: float | None = None) -> Plan:
    """The timeline of one grounding session.

    Args:
        variant: a key of ``VARIANTS``.
        pace: default seconds per item (3-60); each item is self-paced anyway.

    Raises:
        PracticeError: an unknown variant or a pace out of range.
    """
    if variant not in VARIANTS:
        names = ", ".join(VARIANTS)
        raise PracticeError(
            f"unknown grounding variant {variant!r}: choose one of {names}, "
            "e.g. --variant 3-3-3-still"
        )
    seconds = _check_pace(pace)
    chosen = VARIANTS[variant]
    drafts = [
        Draft(
            INTRO_SECONDS,
            "intro",
            INTRO_LABEL,
            # short, to fit the intro: the screen says there is no hurry
            f"{INTRO_LABEL}.",
        )
    ]
    for sense in chosen.senses:
        drafts.extend(_item_drafts(sense, seconds))
    drafts.append(
        Draft(OUTRO_SECONDS, "outro", OUTRO_LABEL, f"{OUTRO_LABEL}. You are here, right now.")
    )
    log.debug("grounding plan: %s, %.1f s per item", variant, seconds)
    return Plan(PRACTICE, None, {"variant": variant, "pace": seconds}, lay_out(drafts))


def item_slots(plan: Plan, index: int) -> tuple[int, int]:
    """Which item ``(slot, count)`` of its sense step ``index`` is, e.g. ``(2, 3)``.

    Slots count the run of neighbouring steps of the same self-paced kind, so the view
    can show three slots filling. Steps that are not items (intro, outro) give ``(0, 0)``.

    Raises:
        IndexError: ``index`` is not a step of ``plan``.
    """
    steps = plan.steps
    if not 0 <= index < len(steps):
        raise IndexError(f"step {index} is not in a plan of {len(steps)} steps")
    kind = steps[index].kind
    if kind not in SELF_PACED_KINDS:
        return (0, 0)
    first = index
    while first > 0 and steps[first - 1].kind == kind:
        first -= 1
    last = index
    while last + 1 < len(steps) and steps[last + 1].kind == kind:
        last += 1
    return (index - first + 1, last - first + 1)
