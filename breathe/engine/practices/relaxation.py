"""Progressive muscle relaxation (Bernstein & Borkovec): 16, 7 or 4 groups -> Plan (no Qt).

Each group is tensed gently for a few seconds (5-7 s in the method) and then released for
longer (30-40 s); the session ends with a few quiet minutes of rest. Learners may do each
group twice (``learning``). Groups can be made gentle or skipped (e.g. from a saved pain
map); ``release_only`` leaves tensing out altogether (relaxation by recall, for pain or
flare days).

Every step's label and spoken cue are the same words, so what is shown and what is said
agree on how gently to tense; each cue fits inside its step at the slowest speaking rate
(see ``breathe.engine.cues``).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping

from breathe.engine.practices.errors import PracticeError
from breathe.engine.practices.muscle_groups import (
    GROUPS,
    PARTS,
    PROGRAMMES,
    describe_parts,
    expand,
    expand_all,
    parse_groups,
    programme,
)
from breathe.engine.practices.steps import Draft, Plan, lay_out
from breathe.language import N_, gettext

__all__ = [
    "PARTS",
    "PRACTICE",
    "PROGRAMMES",
    "apply_pain_map",
    "parse_groups",
    "relaxation_plan",
]

log = logging.getLogger(__name__)

PRACTICE = "relaxation"
INTRO_SECONDS = 10.0
TENSE_SECONDS = 7.0  # the method tenses for 5-7 s; the instruction is heard as it begins
GENTLE_TENSE_SECONDS = 6.0  # lighter, and a little shorter
#: a group with parts to keep still: a longer instruction to hear before tensing lightly
PARTLY_TENSE_SECONDS = 10.0
RELEASE_SECONDS = 30.0  # the method releases for 30-40 s
RECALL_SECONDS = 30.0
#: the quiet rest at the end, per programme (the last words included)
REST_SECONDS: dict[int, float] = {16: 120.0, 7: 120.0, 4: 60.0}
RETURN_SECONDS = 10.0

# Translators: how hard to tense, after a muscle group's action: "Make a gentle fist with
# your right hand, about half your strength."
STRENGTH = N_("{action}, about half your strength.")
LIGHT = N_("{action}, just a little.")
INTRO_TENSE = N_("Settle in and breathe normally. Tense only gently, and stop if anything hurts.")
INTRO_RECALL = N_(
    "Settle in and breathe normally. Today you only notice each area and let it soften."
)
RELEASE = N_("Breathe out and let go. Notice the difference.")
REST = N_("Rest here, and let your whole body stay soft.")
RETURN = N_("When you're ready, slowly come back to the room.")
PAIN_LEVELS = ("normal", "gentle", "skip")
ALL_SKIPPED = N_("every muscle group is skipped; leave at least one, e.g. --skip jaw")


def apply_pain_map(
    pain_map: Mapping[str, str], gentle: Iterable[str], skip: Iterable[str]
) -> tuple[frozenset[str], frozenset[str]]:
    """Merge a saved pain map ``{group_id: "normal"|"gentle"|"skip"}`` with explicit options.

    An explicit ``gentle`` or ``skip`` wins over the map, and skip beats gentle. In the map a
    sided id (``left-calf``) wins over a both-sides one (``calf``). Entries the map should not
    hold (an unknown id or level, e.g. from a newer version) are ignored with a warning, so a
    stale map never stops a session.

    Returns:
        ``(gentle, skip)`` as part ids, disjoint.

    Raises:
        PracticeError: an unknown id in the explicit options.
    """
    entries: list[tuple[frozenset[str], str]] = []
    for gid, level in pain_map.items():
        if level not in PAIN_LEVELS:
            log.warning("pain map: ignoring %r for %r (not one of %s)", level, gid, PAIN_LEVELS)
            continue
        try:
            entries.append((expand(gid), level))
        except PracticeError:
            log.warning("pain map: ignoring unknown muscle group %r", gid)
    levels: dict[str, str] = {}
    # Both-sides entries (two parts) first, so that a sided entry overrides them.
    for parts, level in sorted(entries, key=lambda entry: -len(entry[0])):
        levels.update(dict.fromkeys(parts, level))
    explicit_gentle = expand_all(gentle)
    explicit_skip = expand_all(skip)
    levels.update(dict.fromkeys(explicit_gentle, "gentle"))
    levels.update(dict.fromkeys(explicit_skip, "skip"))
    return (
        frozenset(p for p, level in levels.items() if level == "gentle"),
        frozenset(p for p, level in levels.items() if level == "skip"),
    )


def _sentence(text: str) -> str:
    return text[0].upper() + text[1:]


def _tense_words(gid: str, *, gentle: bool, skipped: frozenset[str]) -> str:
    """What to tense and how gently, e.g. "Make a gentle fist with your right hand, about
    half your strength." """
    group = GROUPS[gid]
    if skipped:
        # The action of the whole group could ask for the very part that hurts: name the
        # group and the parts to keep still instead.
        # Translators: e.g. "Gently tense your right arm, but keep your right hand still."
        message = gettext("Gently tense {group}, but keep {parts} still.")
        return message.format(group=group.yours, parts=describe_parts(gid, skipped))
    return _sentence(gettext(LIGHT if gentle else STRENGTH).format(action=group.action))


def _group_drafts(
    gid: str, *, gentle: bool, skipped: frozenset[str], release_only: bool
) -> list[Draft]:
    """The tense and release steps of one group (only a release step by recall)."""
    if release_only:
        group = GROUPS[gid].yours
        if skipped:
            # Translators: e.g. "Notice your legs, apart from your left foot. Breathe out..."
            message = gettext(
                "Notice {group}, apart from {parts}. Breathe out and let any tension there soften."
            )
            words = message.format(group=group, parts=describe_parts(gid, skipped))
        else:
            message = gettext("Notice {group}. Breathe out and let any tension there soften.")
            words = message.format(group=group)
        return [Draft(RECALL_SECONDS, "release", words, words, gid)]
    if skipped:
        seconds = PARTLY_TENSE_SECONDS
    elif gentle:
        seconds = GENTLE_TENSE_SECONDS
    else:
        seconds = TENSE_SECONDS
    tense = _tense_words(gid, gentle=gentle, skipped=skipped)
    release = gettext(RELEASE)
    return [
        Draft(seconds, "tense", tense, tense, gid),
        Draft(RELEASE_SECONDS, "release", release, release, gid),
    ]


def _said(seconds: float, kind: str, words: str) -> Draft:
    """A step whose label and spoken cue are the same words (``words`` in English)."""
    said = gettext(words)
    return Draft(seconds, kind, said, said)


def relaxation_plan(
    *,
    groups: int = 16,
    release_only: bool = False,
    learning: bool = False,
    gentle: Iterable[str] = (),
    skip: Iterable[str] = (),
    side: str = "right",
) -> Plan:
    """The timeline of one PMR session.

    Args:
        groups: the programme, 16, 7 or 4 groups.
        release_only: no tensing: each group is only noticed and let go (recall).
        learning: each group twice in a row, as the method teaches it in the first weeks.
        gentle: ids tensed lightly and briefly (``calf`` means both calves).
        skip: ids left out; a merged group is left out only if all its parts are, and is
            made gentle, leaving the skipped parts still, if only some are.
        side: the dominant side, ``right`` or ``left``; it goes first.

    Raises:
        PracticeError: a bad programme, side or id, or every group skipped.
    """
    order = programme(groups, side)
    skip_parts = expand_all(skip)
    gentle_parts = expand_all(gentle) - skip_parts
    drafts: list[Draft] = []
    for gid in order:
        parts = frozenset(PARTS[gid])
        skipped = parts & skip_parts
        if skipped == parts:
            continue
        group = _group_drafts(
            gid, gentle=bool(parts & gentle_parts), skipped=skipped, release_only=release_only
        )
        drafts += group * 2 if learning else group
    if not drafts:
        raise PracticeError(gettext(ALL_SKIPPED))
    rest = REST_SECONDS[groups]
    steps = lay_out(
        [
            _said(INTRO_SECONDS, "intro", INTRO_RECALL if release_only else INTRO_TENSE),
            *drafts,
            _said(rest - RETURN_SECONDS, "outro", REST),
            _said(RETURN_SECONDS, "outro", RETURN),
        ]
    )
    options = {
        "groups": groups,
        "release_only": release_only,
        "learning": learning,
        "gentle": sorted(gentle_parts),
        "skip": sorted(skip_parts),
        "side": side,
    }
    log.debug("relaxation plan: %s", options)
    return Plan(PRACTICE, None, options, steps)
