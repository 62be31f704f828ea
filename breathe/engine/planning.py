"""A session's plan from what was asked and what the person keeps (pain map, side, flare day).

The app passes what it holds in memory; the command line reads the same from the store.
Either way one function decides, so a session and ``breathe plan`` never differ.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from breathe.engine.practices.catalog import build_plan, resolve
from breathe.engine.practices.steps import Plan


class Personal:
    """What the person keeps that shapes a plan.

    A plain class, not a dataclass: it is made on the way to the first breath, and a
    dataclass writes and compiles its methods when it is defined.

    Attributes:
        pain_map: muscle groups to treat gently or leave out (``{group: level}``).
        side: the dominant side, ``right`` or ``left``.
        flare_day: muscle relaxation is release-only (no tensing) until it is turned off.
    """

    __slots__ = ("flare_day", "pain_map", "side")

    def __init__(
        self,
        pain_map: Mapping[str, str] | None = None,
        side: str = "right",
        flare_day: bool = False,
    ) -> None:
        self.pain_map: Mapping[str, str] = pain_map or {}
        self.side = side
        self.flare_day = flare_day


def plan_for(name: str, options: Mapping[str, Any], personal: Personal | None = None) -> Plan:
    """The plan for practice or preset ``name`` with ``options``, shaped by ``personal``.

    Raises:
        PracticeError: unknown practice, an option that does not apply, or bad values.
    """
    personal = personal or Personal()
    given = dict(options)
    if personal.flare_day and resolve(name)[0] == "relaxation":
        given["release_only"] = True
    return build_plan(name, given, pain_map=personal.pain_map, side=personal.side)
