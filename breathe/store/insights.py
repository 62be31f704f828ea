"""What helps me: plain, honest sentences from the history (pure functions, no I/O).

Changes are medians of after - before over the sessions rated both times, and are worded
"typically"; a single rating is reported as it is. Counts encourage and never scold.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from breathe.engine.practices.catalog import PRACTICES
from breathe.store.history_record import SessionRecord

PRESET_TITLES = {
    "box": "Box breathing",
    "coherent": "Coherent breathing",
    "extended-exhale": "Extended exhale",
    "4-7-8": "4-7-8 breathing",
    "sigh": "Physiological sigh",
    "resonance": "Resonance breathing",
}


def title(practice: str, preset: str | None) -> str:
    """A person's name for a practice: "Box breathing", "3-3-3 grounding"."""
    if preset in PRESET_TITLES:
        return PRESET_TITLES[preset]
    known = PRACTICES.get(practice)
    base = known.title if known is not None else practice.replace("-", " ").capitalize()
    return base if preset is None else f"{base} ({preset})"


@dataclass(frozen=True)
class Effect:
    """How one practice (and preset) has gone: counts and median changes."""

    practice: str
    preset: str | None
    sessions: int
    stress_change: float | None
    stress_rated: int
    pain_change: float | None
    pain_rated: int

    @property
    def title(self) -> str:
        return title(self.practice, self.preset)

    def sentence(self) -> str:
        """E.g. "Box breathing, 9 sessions: stress typically down 2 points (7 rated)."."""
        head = f"{self.title}, {_plural(self.sessions, 'session')}"
        parts = [
            _change_words(what, change, rated)
            for what, change, rated in (
                ("stress", self.stress_change, self.stress_rated),
                ("pain", self.pain_change, self.pain_rated),
            )
            if change is not None
        ]
        if not parts:
            return f"{head} (no before-and-after ratings yet)."
        return f"{head}: {', '.join(parts)}."


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _change_words(what: str, change: float, rated: int) -> str:
    usually = "typically " if rated > 1 else ""
    if change == 0:
        return f"{what} {usually}about the same ({rated} rated)"
    size = abs(change)  # a median of whole numbers: 2.0 reads "2", 1.5 reads "1.5"
    amount = f"{size:g} point" + ("" if size == 1 else "s")
    direction = "down" if change < 0 else "up"
    return f"{what} {usually}{direction} {amount} ({rated} rated)"


def _median(changes: Sequence[int]) -> float | None:
    return float(statistics.median(changes)) if changes else None


#: a row damaged in one of these says nothing sure about what helps, or when
_DAMAGE_THAT_COUNTS = frozenset({"practice", "preset", "status", "started_at"})


def _finished(records: Iterable[SessionRecord]) -> list[SessionRecord]:
    """Sessions that have ended (a running one has no after-rating yet), and can be read."""
    return [
        r for r in records if r.status != "running" and not _DAMAGE_THAT_COUNTS & set(r.damaged)
    ]


def effects(records: Iterable[SessionRecord]) -> list[Effect]:
    """One ``Effect`` per practice and preset, most practised first."""
    groups: dict[tuple[str, str | None], list[SessionRecord]] = {}
    for r in _finished(records):
        groups.setdefault((r.practice, r.preset), []).append(r)
    found = []
    for (practice, preset), rs in groups.items():
        stress = [c for c in (r.stress_change for r in rs) if c is not None]
        pain = [c for c in (r.pain_change for r in rs) if c is not None]
        found.append(
            Effect(
                practice, preset, len(rs), _median(stress), len(stress), _median(pain), len(pain)
            )
        )
    return sorted(found, key=lambda e: (-e.sessions, e.title))


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def this_week(records: Iterable[SessionRecord], today: date | None = None) -> int:
    """Sessions in the ISO week of ``today`` (the local date by default)."""
    monday = _monday(today or date.today())
    return sum(1 for r in _finished(records) if _monday(r.started.date()) == monday)


def this_week_message(records: Iterable[SessionRecord], today: date | None = None) -> str:
    """A kind line about this week: encouraging, never a scolding or a broken streak."""
    n = this_week(records, today)
    if n == 0:
        return "A fresh week. Whenever you're ready, even one slow breath counts."
    if n == 1:
        return "1 session this week: a moment you gave yourself."
    return f"{n} sessions this week: time you gave yourself."


def summary(records: Sequence[SessionRecord], today: date | None = None) -> list[str]:
    """The week's line, then one line per practice."""
    return [this_week_message(records, today), *(e.sentence() for e in effects(records))]
