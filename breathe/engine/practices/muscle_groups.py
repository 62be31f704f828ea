"""Muscle groups for progressive muscle relaxation: ids, names and programmes (no Qt).

Part ids are the 16 groups of Bernstein & Borkovec, sided where the body has two:
``right-hand``, ``left-upper-arm``, ``forehead``, ``nose`` (upper cheeks and nose), ``jaw``,
``neck``, ``shoulders`` (chest, shoulders, upper back), ``abdomen``, ``right-thigh``, ...
The 7- and 4-group programmes merge parts into groups with ids of their own.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from breathe.engine.practices.errors import PracticeError
from breathe.language import N_, gettext

SIDES: tuple[str, ...] = ("right", "left")
BASE_IDS: tuple[str, ...] = (
    "hand",
    "upper-arm",
    "forehead",
    "nose",
    "jaw",
    "neck",
    "shoulders",
    "abdomen",
    "thigh",
    "calf",
    "foot",
)
LATERAL: frozenset[str] = frozenset({"hand", "upper-arm", "thigh", "calf", "foot"})
PROGRAMMES: tuple[int, ...] = (16, 7, 4)
EXAMPLE = "--skip left-hand,jaw"


@dataclass(frozen=True)
class Group:
    """A muscle group as a step names it (English message ids; see ``name`` and ``yours``).

    Attributes:
        name_id: what it is called, e.g. "right hand", "chest, shoulders and upper back".
        yours_id: the same as the object of an instruction, e.g. "your right hand" (a
            language may need another case here).
        action_id: how to tense it, gently, naming it, e.g. "make a gentle fist with your
            right hand" (the start of a spoken instruction, in lower case).
        parts: the part ids it covers, in body order.
    """

    name_id: str
    yours_id: str
    action_id: str
    parts: tuple[str, ...]

    @property
    def name(self) -> str:
        """Its name in the language in force."""
        return gettext(self.name_id)

    @property
    def yours(self) -> str:
        return gettext(self.yours_id)

    @property
    def action(self) -> str:
        return gettext(self.action_id)


# Bernstein & Borkovec's instructions, made gentle for people who live with pain; each
# group is written out whole (no "{side} hand"), so that every language can say it right.
# Translators: muscle-group names are shown on the body map and in labels; "your ..."
# forms are the object of "Gently tense ...", "Notice ..." and "keep ... still"; actions
# start an instruction, in lower case, and are followed by ", about half your strength."
_PARTS: dict[str, tuple[str, str, str]] = {
    "right-hand": (
        N_("right hand"),
        N_("your right hand"),
        N_("make a gentle fist with your right hand"),
    ),
    "left-hand": (
        N_("left hand"),
        N_("your left hand"),
        N_("make a gentle fist with your left hand"),
    ),
    "right-upper-arm": (
        N_("right upper arm"),
        N_("your right upper arm"),
        N_("gently press your right elbow down"),
    ),
    "left-upper-arm": (
        N_("left upper arm"),
        N_("your left upper arm"),
        N_("gently press your left elbow down"),
    ),
    "forehead": (N_("forehead"), N_("your forehead"), N_("gently raise your eyebrows")),
    "nose": (
        N_("upper cheeks and nose"),
        N_("your upper cheeks and nose"),
        N_("gently squint and wrinkle your nose"),
    ),
    "jaw": (
        N_("jaw"),
        N_("your jaw"),
        N_("bite down lightly and draw the corners of your mouth back"),
    ),
    "neck": (
        N_("neck and throat"),
        N_("your neck and throat"),
        N_("gently tuck your chin down towards your chest"),
    ),
    "shoulders": (
        N_("chest, shoulders and upper back"),
        N_("your chest, shoulders and upper back"),
        N_("gently draw your shoulder blades together"),
    ),
    "abdomen": (N_("stomach"), N_("your stomach"), N_("gently draw your stomach in")),
    "right-thigh": (
        N_("right thigh"),
        N_("your right thigh"),
        N_("gently tighten the muscles above your right knee"),
    ),
    "left-thigh": (
        N_("left thigh"),
        N_("your left thigh"),
        N_("gently tighten the muscles above your left knee"),
    ),
    "right-calf": (
        N_("right calf"),
        N_("your right calf"),
        N_("gently draw your right toes towards you"),
    ),
    "left-calf": (
        N_("left calf"),
        N_("your left calf"),
        N_("gently draw your left toes towards you"),
    ),
    # Toes up, never pointed down: pointing the toes is what brings on a cramp.
    "right-foot": (
        N_("right foot"),
        N_("your right foot"),
        N_("gently curl your right toes up towards the shin"),
    ),
    "left-foot": (
        N_("left foot"),
        N_("your left foot"),
        N_("gently curl your left toes up towards the shin"),
    ),
}
#: a lateral base's name without its side, and both of them as an instruction names them
_AREAS: dict[str, tuple[str, str]] = {
    "hand": (N_("hand"), N_("both hands")),
    "upper-arm": (N_("upper arm"), N_("both upper arms")),
    "thigh": (N_("thigh"), N_("both thighs")),
    "calf": (N_("calf"), N_("both calves")),
    "foot": (N_("foot"), N_("both feet")),
}
_MERGED: dict[str, tuple[str, str, str]] = {
    "right-arm": (
        N_("right arm"),
        N_("your right arm"),
        N_("make a gentle fist and press your right elbow down"),
    ),
    "left-arm": (
        N_("left arm"),
        N_("your left arm"),
        N_("make a gentle fist and press your left elbow down"),
    ),
    "right-leg": (
        N_("right leg"),
        N_("your right leg"),
        N_("gently tighten your right leg, toes up towards the shin"),
    ),
    "left-leg": (
        N_("left leg"),
        N_("your left leg"),
        N_("gently tighten your left leg, toes up towards the shin"),
    ),
    "face": (N_("face"), N_("your face"), N_("gently scrunch up your face")),
    "torso": (
        N_("chest, shoulders, back and stomach"),
        N_("your chest, shoulders, back and stomach"),
        N_("gently draw your shoulder blades together and your stomach in"),
    ),
    "arms": (N_("arms"), N_("your arms"), N_("make gentle fists and press your elbows down")),
    "face-neck": (
        N_("face and neck"),
        N_("your face and neck"),
        N_("gently scrunch up your face and tuck your chin down"),
    ),
    "legs": (
        N_("legs"),
        N_("your legs"),
        N_("gently tighten your legs, toes up towards the shin"),
    ),
}


def _sided(side: str, base: str) -> str:
    return f"{side}-{base}"


def _part_groups() -> dict[str, Group]:
    return {pid: Group(*words, (pid,)) for pid, words in _PARTS.items()}


def _merged_groups() -> dict[str, Group]:
    covers: dict[str, tuple[str, ...]] = {}
    for side in SIDES:
        covers[f"{side}-arm"] = (_sided(side, "hand"), _sided(side, "upper-arm"))
        covers[f"{side}-leg"] = tuple(_sided(side, b) for b in ("thigh", "calf", "foot"))
    covers["face"] = ("forehead", "nose", "jaw")
    covers["torso"] = ("shoulders", "abdomen")
    covers["arms"] = covers["right-arm"] + covers["left-arm"]
    covers["face-neck"] = (*covers["face"], "neck")
    covers["legs"] = covers["right-leg"] + covers["left-leg"]
    return {gid: Group(*words, covers[gid]) for gid, words in _MERGED.items()}


def area_name(base: str) -> str:
    """A lateral area's name without its side, in the language in force, e.g. "upper arm"."""
    return gettext(_AREAS[base][0])


PART_GROUPS: dict[str, Group] = _part_groups()
PART_IDS: frozenset[str] = frozenset(PART_GROUPS)
GROUPS: dict[str, Group] = {**PART_GROUPS, **_merged_groups()}
# Every group id a step can carry -> the part ids it covers (for the body map).
PARTS: dict[str, tuple[str, ...]] = {gid: g.parts for gid, g in GROUPS.items()}


def programme(groups: int, side: str) -> tuple[str, ...]:
    """The group ids of a programme in order, the dominant ``side`` first.

    Raises:
        PracticeError: ``groups`` is not 16, 7 or 4, or ``side`` is not left or right.
    """
    if side not in SIDES:
        message = gettext("side {side}: choose left or right, e.g. --side left")
        raise PracticeError(message.format(side=repr(side)))
    if groups not in PROGRAMMES:
        message = gettext("groups {groups}: choose 16, 7 or 4, e.g. --groups 7")
        raise PracticeError(message.format(groups=repr(groups)))
    other = SIDES[1 - SIDES.index(side)]
    if groups == 16:
        arms = [_sided(s, b) for s in (side, other) for b in ("hand", "upper-arm")]
        legs = [_sided(s, b) for s in (side, other) for b in ("thigh", "calf", "foot")]
        middle = ["forehead", "nose", "jaw", "neck", "shoulders", "abdomen"]
        return (*arms, *middle, *legs)
    if groups == 7:
        return (
            *(f"{s}-arm" for s in (side, other)),
            "face",
            "neck",
            "torso",
            *(f"{s}-leg" for s in (side, other)),
        )
    return ("arms", "face-neck", "torso", "legs")


def expand(group_id: str) -> frozenset[str]:
    """The part ids meant by one id: ``calf`` is both calves, ``left-calf`` just one.

    Raises:
        PracticeError: an unknown id, with the valid ones and an example.
    """
    gid = group_id.strip().lower()
    if gid in PART_IDS:
        return frozenset({gid})
    if gid in LATERAL:
        return frozenset(_sided(s, gid) for s in SIDES)
    names = ", ".join(BASE_IDS)
    message = gettext(
        "unknown muscle group {group}: choose from {names} "
        "(arms and legs may start with left- or right-), e.g. {example}"
    )
    raise PracticeError(message.format(group=repr(group_id), names=names, example=EXAMPLE))


def expand_all(group_ids: Iterable[str]) -> frozenset[str]:
    """The part ids meant by several ids (see ``expand``)."""
    parts: set[str] = set()
    for gid in group_ids:
        parts |= expand(gid)
    return frozenset(parts)


def parse_groups(text: str) -> frozenset[str]:
    """Part ids from a comma-separated list, e.g. "left-hand,jaw,calf".

    Empty items are ignored, so "" gives no parts.

    Raises:
        PracticeError: an unknown id, with the valid ones and an example.
    """
    return expand_all(item for item in text.split(",") if item.strip())


def _join(items: list[str]) -> str:
    """'a', 'a and b', 'a, b and c' in the language in force."""
    if len(items) == 1:
        return items[0]
    # Translators: the end of a list, e.g. "your left hand and your right upper arm"
    last = gettext("{first} and {last}")
    # Translators: the items of a list before its last two, e.g. "your forehead, your jaw"
    comma = gettext("{first}, {next}")
    head = items[0]
    for item in items[1:-1]:
        head = comma.format(first=head, next=item)
    return last.format(first=head, last=items[-1])


def describe_parts(group_id: str, parts: frozenset[str]) -> str:
    """Name the ``parts`` of a group for an instruction: "your left hand", "both feet"."""
    named: list[str] = []
    for pid in PARTS[group_id]:
        if pid not in parts:
            continue
        base = pid.partition("-")[2]
        if base in LATERAL:
            pair = frozenset(_sided(s, base) for s in SIDES)
            if pair <= parts and pair <= set(PARTS[group_id]):
                both = gettext(_AREAS[base][1])
                if both not in named:
                    named.append(both)
                continue
        named.append(GROUPS[pid].yours)
    return _join(named)
