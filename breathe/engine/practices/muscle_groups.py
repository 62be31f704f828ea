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
    """A muscle group as a step names it.

    Attributes:
        name: what the person hears, e.g. "right hand", "chest, shoulders and upper back".
        action: how to tense it, gently, naming it, e.g. "make a gentle fist with your
            right hand" (the start of a spoken instruction, in lower case).
        parts: the part ids it covers, in body order.
    """

    name: str
    action: str
    parts: tuple[str, ...]


# base id -> (name, plural for "both ...", how to tense it gently; {side} is right or left).
# Bernstein & Borkovec's instructions, made gentle for people who live with pain.
_BASES: dict[str, tuple[str, str, str]] = {
    "hand": ("hand", "hands", "make a gentle fist with your {side} hand"),
    "upper-arm": ("upper arm", "upper arms", "gently press your {side} elbow down"),
    "forehead": ("forehead", "", "gently raise your eyebrows"),
    "nose": ("upper cheeks and nose", "", "gently squint and wrinkle your nose"),
    "jaw": ("jaw", "", "bite down lightly and draw the corners of your mouth back"),
    "neck": ("neck and throat", "", "gently tuck your chin down towards your chest"),
    "shoulders": (
        "chest, shoulders and upper back",
        "",
        "gently draw your shoulder blades together",
    ),
    "abdomen": ("stomach", "", "gently draw your stomach in"),
    "thigh": ("thigh", "thighs", "gently tighten the muscles above your {side} knee"),
    "calf": ("calf", "calves", "gently draw your {side} toes towards you"),
    # Toes up, never pointed down: pointing the toes is what brings on a cramp.
    "foot": ("foot", "feet", "gently curl your {side} toes up towards the shin"),
}


def _sided(side: str, base: str) -> str:
    return f"{side}-{base}"


def _part_groups() -> dict[str, Group]:
    groups: dict[str, Group] = {}
    for base, (name, _plural, action) in _BASES.items():
        if base in LATERAL:
            for side in SIDES:
                pid = _sided(side, base)
                groups[pid] = Group(f"{side} {name}", action.format(side=side), (pid,))
        else:
            groups[base] = Group(name, action, (base,))
    return groups


def _merged_groups() -> dict[str, Group]:
    groups: dict[str, Group] = {}
    for side in SIDES:
        groups[f"{side}-arm"] = Group(
            f"{side} arm",
            f"make a gentle fist and press your {side} elbow down",
            (_sided(side, "hand"), _sided(side, "upper-arm")),
        )
        groups[f"{side}-leg"] = Group(
            f"{side} leg",
            f"gently tighten your {side} leg, toes up towards the shin",
            tuple(_sided(side, b) for b in ("thigh", "calf", "foot")),
        )
    groups["face"] = Group("face", "gently scrunch up your face", ("forehead", "nose", "jaw"))
    groups["torso"] = Group(
        "chest, shoulders, back and stomach",
        "gently draw your shoulder blades together and your stomach in",
        ("shoulders", "abdomen"),
    )
    groups["arms"] = Group(
        "arms",
        "make gentle fists and press your elbows down",
        groups["right-arm"].parts + groups["left-arm"].parts,
    )
    groups["face-neck"] = Group(
        "face and neck",
        "gently scrunch up your face and tuck your chin down",
        (*groups["face"].parts, "neck"),
    )
    groups["legs"] = Group(
        "legs",
        "gently tighten your legs, toes up towards the shin",
        groups["right-leg"].parts + groups["left-leg"].parts,
    )
    return groups


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
        raise PracticeError(f"side {side!r}: choose left or right, e.g. --side left")
    if groups not in PROGRAMMES:
        raise PracticeError(f"groups {groups!r}: choose 16, 7 or 4, e.g. --groups 7")
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
    raise PracticeError(
        f"unknown muscle group {group_id!r}: choose from {names} "
        f"(arms and legs may start with left- or right-), e.g. {EXAMPLE}"
    )


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
    """'a', 'a and b', 'a, b and c'."""
    if len(items) == 1:
        return items[0]
    return f"{', '.join(items[:-1])} and {items[-1]}"


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
                both = f"both {_BASES[base][1]}"
                if both not in named:
                    named.append(both)
                continue
        named.append(f"your {GROUPS[pid].name}")
    return _join(named)
