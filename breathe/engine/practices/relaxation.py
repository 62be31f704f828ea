"""Progressive muscle relaxation (Bernstein & Borkovec): 16, 7 or 4 groups -> Plan (no Qt).

Each group is tensed gently for a few seconds and then released for longer. Groups can be
made gentle or skipped (e.g. from a saved pain map); ``release_only`` leaves tensing out
altogether (relaxation by recall, for pain or flare days).
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
INTRO_SECONDS = 6.0
TENSE_SECONDS = 6.0
GENTLE_TENSE_SECONDS = 4.0
RELEASE_SECONDS = 25.0
RECALL_SECONDS = 30.0
OUTRO_SECONDS = 10.0

INTRO_LABEL = "Settle in. Breathe normally."
RELEASE_LABEL = "Let go. Notice the difference."
OUTRO_LABEL = "Rest here for a moment"
PAIN_LEVELS = ("normal", "gentle", "skip")
ALL_SKIPPED = "every muscle group is skipped; leave at least one, e.g. --skip jaw"


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


def _how(how: str) -> str:
    return f", {how}" if how else ""


def _group_drafts(
    gid: str, *, gentle: bool, skipped: frozenset[str], release_only: bool
) -> list[Draft]:
    """The tense and release steps of one group (only a release step by recall)."""
    group = GROUPS[gid]
    if release_only:
        apart = f", apart from {describe_parts(gid, skipped)}" if skipped else ""
        label = f"Notice your {group.name}{apart}. Let any tension there soften."
        say = f"Notice your {group.name}{apart}... and let any tension there soften."
        return [Draft(RECALL_SECONDS, "release", label, say, gid)]
    if skipped:
        # Name the whole group and the part to keep out of it; the tensing phrase of the
        # whole group could ask for the very part that hurts, so it is left out.
        what = f"{group.name}, but leave {describe_parts(gid, skipped)} still"
    else:
        what = f"{group.name}{_how(group.how)}"
    if gentle:
        label = f"Just a little tension in your {what}; stop if it hurts"
        say = f"Just a little tension in your {what}... and hold"
        seconds = GENTLE_TENSE_SECONDS
    else:
        label = f"Gently tense your {what}, about half your strength; stop if it hurts"
        say = f"Gently tense your {what}... and hold"
        seconds = TENSE_SECONDS
    return [
        Draft(seconds, "tense", label, say, gid),
        Draft(RELEASE_SECONDS, "release", RELEASE_LABEL, RELEASE_LABEL, gid),
    ]


def relaxation_plan(
    *,
    groups: int = 16,
    release_only: bool = False,
    gentle: Iterable[str] = (),
    skip: Iterable[str] = (),
    side: str = "right",
) -> Plan:
    """The timeline of one PMR session.

    Args:
        groups: the programme, 16, 7 or 4 groups.
        release_only: no tensing: each group is only noticed and let go (recall).
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
        drafts += _group_drafts(
            gid,
            gentle=bool(skipped or parts & gentle_parts),
            skipped=skipped,
            release_only=release_only,
        )
    if not drafts:
        raise PracticeError(ALL_SKIPPED)
    intro_say = (
        "Settle in. Breathe normally. Today you only notice each area and let it soften."
        if release_only
        else "Settle in. Breathe normally. Tense only gently, and stop if anything hurts."
    )
    outro_say = f"{OUTRO_LABEL}. When you're ready, slowly come back to the room."
    steps = lay_out(
        [
            Draft(INTRO_SECONDS, "intro", INTRO_LABEL, intro_say),
            *drafts,
            Draft(OUTRO_SECONDS, "outro", OUTRO_LABEL, outro_say),
        ]
    )
    options = {
        "groups": groups,
        "release_only": release_only,
        "gentle": sorted(gentle_parts),
        "skip": sorted(skip_parts),
        "side": side,
    }
    log.debug("relaxation plan: %s", options)
    return Plan(PRACTICE, None, options, steps)
