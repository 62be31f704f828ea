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
from breathe.language import N_, gettext

log = logging.getLogger(__name__)

PRACTICE = "grounding"
DEFAULT_VARIANT = "3-3-3"
DEFAULT_PACE = 8.0
MIN_PACE = 3.0
MAX_PACE = 60.0
INTRO_SECONDS = 4.0
OUTRO_SECONDS = 6.0

INTRO_LABEL = N_("Let's ground in the room around you")
# short, to fit the intro: the screen says there is no hurry
INTRO_SAY = N_("Let's ground in the room around you.")
OUTRO_LABEL = N_("Take one slow breath")
OUTRO_SAY = N_("Take one slow breath. You are here, right now.")

# Translators: each suggestion follows "Gently move one part of your body:" on screen and
# "Perhaps" when spoken ("Perhaps roll your shoulders.")
MOVE_SUGGESTIONS: tuple[str, ...] = (
    N_("roll your shoulders"),
    N_("wiggle your fingers"),
    N_("press your feet into the floor"),
)
# Translators: each follows "Notice a place where your body is supported:" on screen and
# "Perhaps" when spoken
SUPPORT_SUGGESTIONS: tuple[str, ...] = (
    N_("the surface beneath you"),
    N_("where your arms or hands rest"),
    N_("where your back or head rests"),
)

SELF_PACED_KINDS: frozenset[str] = frozenset({"see", "hear", "move", "touch", "smell", "taste"})


@dataclass(frozen=True)
class Sense:
    """One sense of a variant and how to invite it (English message ids, see ``_item_drafts``).

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

    title_id: str
    senses: tuple[Sense, ...]

    @property
    def title(self) -> str:
        """The title in the language in force."""
        return gettext(self.title_id)

    @property
    def items(self) -> int:
        return sum(s.count for s in self.senses)


SEE = Sense(
    "see",
    3,
    N_("Name something you can see"),
    N_("Look around."),
    N_("Something else you can see."),
)
HEAR = Sense(
    "hear",
    3,
    N_("Name something you can hear"),
    N_("Now listen."),
    N_("Something else you can hear."),
)
MOVE = Sense(
    "move",
    3,
    N_("Gently move one part of your body"),
    N_("Now, a little movement."),
    N_("Another part now."),
    MOVE_SUGGESTIONS,
    (6.0, 5.5),
)
SUPPORTED = Sense(
    "touch",
    3,
    N_("Notice a place where your body is supported"),
    N_("Stay just as you are."),
    N_("Another place you are held."),
    SUPPORT_SUGGESTIONS,
    (7.0, 6.0),
)

VARIANTS: dict[str, Variant] = {
    "3-3-3": Variant(N_("3-3-3 grounding"), (SEE, HEAR, MOVE)),
    "3-3-3-still": Variant(N_("3-3-3 grounding, staying still"), (SEE, HEAR, SUPPORTED)),
    "5-4-3-2-1": Variant(
        N_("5-4-3-2-1 grounding"),
        (
            replace(SEE, count=5),
            Sense(
                "touch",
                4,
                N_("Name something you can feel or touch"),
                N_("Reach out, or simply notice."),
                N_("Something else you can feel."),
                cue_seconds=(7.0, 3.0),
            ),
            HEAR,
            Sense(
                "smell",
                2,
                N_("Name something you can smell, even faintly"),
                N_("Now notice the air."),
                N_("Another smell, however faint."),
                cue_seconds=(7.0, 4.0),
            ),
            Sense(
                "taste",
                1,
                N_("Name something you can taste, even faintly"),
                N_("Last, notice your mouth."),
                N_("Something you can taste."),
                cue_seconds=(7.0, 3.0),
            ),
        ),
    ),
}


def _item_drafts(sense: Sense, pace: float) -> Iterator[Draft]:
    """One draft per item of ``sense``: a fuller prompt first, shorter ones after.

    The first item's suggestion is shown but not said, to keep its cue short. Words are
    put together by whole translatable patterns, so a language can order them its way.
    """
    opener, again, bare = gettext(sense.opener), gettext(sense.again), gettext(sense.prompt)
    for n in range(1, sense.count + 1):
        suggestion = gettext(sense.suggestions[n - 1]) if sense.suggestions else ""
        # Translators: a grounding prompt and one suggestion, e.g. "Gently move one part of
        # your body: roll your shoulders"
        prompt = gettext("{prompt}: {suggestion}") if suggestion else "{prompt}"
        prompt = prompt.format(prompt=bare, suggestion=suggestion)
        if n == 1:
            # Translators: a short sentence, then a prompt, e.g. "Look around. Name
            # something you can see"
            label = gettext("{opener} {prompt}").format(opener=opener, prompt=prompt)
            # Translators: spoken: "Look around. Name something you can see."
            say = gettext("{opener} {prompt}.").format(opener=opener, prompt=bare)
        else:
            label = prompt
            # Translators: spoken after "Another part now.", e.g. "Perhaps roll your shoulders."
            perhaps = gettext("Perhaps {suggestion}.").format(suggestion=suggestion)
            say = f"{again} {perhaps}" if suggestion else again
        if sense.count > 1:
            # Translators: which item of a sense this is, e.g. "Name something you can
            # hear (1 of 3)"
            counter = gettext("{text} ({n} of {count})")
            label = counter.format(text=label, n=n, count=sense.count)
        seconds = sense.cue_seconds[0 if n == 1 else 1]
        yield Draft(max(pace, seconds), sense.kind, label, say)


def _check_pace(pace: float | None) -> float:
    if pace is None:
        return DEFAULT_PACE
    if isinstance(pace, bool) or not isinstance(pace, (int, float)) or math.isnan(pace):
        message = gettext("pace {pace}: give seconds per item as a number, e.g. --pace 10")
        raise PracticeError(message.format(pace=repr(pace)))
    if not MIN_PACE <= pace <= MAX_PACE:
        message = gettext(
            "pace {pace} s per item: choose {least} to {most} seconds, e.g. --pace 10"
        )
        raise PracticeError(
            message.format(pace=f"{pace:g}", least=f"{MIN_PACE:g}", most=f"{MAX_PACE:g}")
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
        message = gettext(
            "unknown grounding variant {variant}: choose one of {names}, e.g. --variant 3-3-3-still"
        )
        raise PracticeError(message.format(variant=repr(variant), names=names))
    seconds = _check_pace(pace)
    chosen = VARIANTS[variant]
    drafts = [Draft(INTRO_SECONDS, "intro", gettext(INTRO_LABEL), gettext(INTRO_SAY))]
    for sense in chosen.senses:
        drafts.extend(_item_drafts(sense, seconds))
    drafts.append(Draft(OUTRO_SECONDS, "outro", gettext(OUTRO_LABEL), gettext(OUTRO_SAY)))
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
