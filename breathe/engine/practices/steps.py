"""Steps and the Plan: the timeline of one session, computed up front."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, NamedTuple

KINDS: tuple[str, ...] = (
    "intro",
    "inhale",
    "hold",
    "exhale",
    "see",
    "hear",
    "touch",
    "smell",
    "taste",
    "move",
    "tense",
    "release",
    "outro",
)


class Draft(NamedTuple):
    """A step before it is placed on the timeline."""

    duration: float
    kind: str
    label: str
    say: str | None = None
    group: str | None = None


@dataclass(frozen=True, slots=True)
class Step:
    """One step of a session: what to do from ``start`` for ``duration`` seconds."""

    start: float
    duration: float
    kind: str
    label: str
    say: str | None = None
    group: str | None = None
    #: how full the lungs are as the step begins, when that is not where the steps before
    #: it end (a breath restarted on resume begins at the level shown when paused)
    from_level: float | None = None

    @property
    def end(self) -> float:
        return self.start + self.duration

    def to_json(self) -> dict[str, Any]:
        return {
            "start": round(self.start, 3),
            "duration": round(self.duration, 3),
            "kind": self.kind,
            "label": self.label,
            "say": self.say or None,
            "group": self.group or None,
        }


def lay_out(drafts: Iterable[Draft], start: float = 0.0) -> tuple[Step, ...]:
    """Place drafts one after another from ``start``, with no gaps."""
    steps: list[Step] = []
    t = start
    for d in drafts:
        if d.kind not in KINDS:
            raise ValueError(f"unknown step kind {d.kind!r}")
        if not d.duration > 0:
            raise ValueError(f"step {d.label!r} has no length")
        steps.append(Step(t, d.duration, d.kind, d.label, d.say, d.group))
        t += d.duration
    return tuple(steps)


def drafts_of(steps: Iterable[Step]) -> list[Draft]:
    """The drafts of placed steps (to re-time them elsewhere)."""
    return [Draft(s.duration, s.kind, s.label, s.say, s.group) for s in steps]


@dataclass(frozen=True)
class Plan:
    """A whole session: ordered, contiguous steps starting at 0."""

    practice: str
    preset: str | None
    options: Mapping[str, Any]
    steps: tuple[Step, ...]
    _starts: tuple[float, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self.steps:
            raise ValueError("a plan needs at least one step")
        object.__setattr__(self, "_starts", tuple(s.start for s in self.steps))

    @property
    def total_seconds(self) -> float:
        return self.steps[-1].end

    def index_at(self, t: float) -> int:
        """Index of the step running at ``t`` (clamped to the first and last step)."""
        i = bisect.bisect_right(self._starts, t) - 1
        return min(max(i, 0), len(self.steps) - 1)

    def splice(self, at: float, future: Sequence[Draft], *, index: int | None = None) -> Plan:
        """Keep the past, end step ``index`` at ``at`` and lay ``future`` from ``at``.

        ``index`` defaults to the step running at ``at``; a step that would end up with no
        length is dropped. The result stays contiguous.
        """
        i = self.index_at(at) if index is None else index
        kept = list(self.steps[:i])
        current = self.steps[i]
        if at > current.start:
            kept.append(replace(current, duration=at - current.start))
        t = kept[-1].end if kept else 0.0
        new = tuple(kept) + lay_out(future, t)
        return replace(self, steps=new) if new else self

    def to_json(self) -> dict[str, Any]:
        return {
            "practice": self.practice,
            "preset": self.preset,
            "options": dict(self.options),
            "total_seconds": round(self.total_seconds, 3),
            "steps": [s.to_json() for s in self.steps],
        }
