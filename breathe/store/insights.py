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
from breathe.language import N_, decimal, gettext, ngettext
from breathe.store.history_record import SessionRecord

PRESET_TITLES = {
    "box": N_("Box breathing"),
    "coherent": N_("Coherent breathing"),
    "extended-exhale": N_("Extended exhale"),
    "4-7-8": N_("4-7-8 breathing"),
    "sigh": N_("Physiological sigh"),
    "resonance": N_("Resonance breathing"),
}


def title(practice: str, preset: str | None) -> str:
    """A person's name for a practice: "Box breathing", "3-3-3 grounding"."""
    if preset in PRESET_TITLES:
        return gettext(PRESET_TITLES[preset])
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
        sessions = ngettext("{count} session", "{count} sessions", self.sessions)
        # Translators: a practice and how often it was done: "Box breathing, 9 sessions"
        head = gettext("{title}, {sessions}").format(
            title=self.title, sessions=sessions.format(count=self.sessions)
        )
        parts = [
            _change_words(stress, change, rated)
            for stress, change, rated in (
                (True, self.stress_change, self.stress_rated),
                (False, self.pain_change, self.pain_rated),
            )
            if change is not None
        ]
        if not parts:
            return gettext("{head} (no before-and-after ratings yet).").format(head=head)
        # Translators: e.g. "Box breathing, 9 sessions: stress typically down 2 points (7
        # rated), pain about the same (3 rated)."
        return gettext("{head}: {changes}.").format(head=head, changes=", ".join(parts))


# Translators: how stress or pain changed over sessions rated before and after; {rated}
# is how many were rated, {amount} "2 points". "typically" when more than one was rated.
_CHANGES: dict[tuple[bool, bool, str], str] = {
    (True, False, "same"): N_("stress about the same ({rated} rated)"),
    (True, True, "same"): N_("stress typically about the same ({rated} rated)"),
    (True, False, "down"): N_("stress down {amount} ({rated} rated)"),
    (True, True, "down"): N_("stress typically down {amount} ({rated} rated)"),
    (True, False, "up"): N_("stress up {amount} ({rated} rated)"),
    (True, True, "up"): N_("stress typically up {amount} ({rated} rated)"),
    (False, False, "same"): N_("pain about the same ({rated} rated)"),
    (False, True, "same"): N_("pain typically about the same ({rated} rated)"),
    (False, False, "down"): N_("pain down {amount} ({rated} rated)"),
    (False, True, "down"): N_("pain typically down {amount} ({rated} rated)"),
    (False, False, "up"): N_("pain up {amount} ({rated} rated)"),
    (False, True, "up"): N_("pain typically up {amount} ({rated} rated)"),
}


def _change_words(stress: bool, change: float, rated: int) -> str:
    direction = "same" if change == 0 else "down" if change < 0 else "up"
    size = abs(change)  # a median of whole numbers: 2.0 reads "2", 1.5 reads "1.5"
    # a median of 1.5 points is not one point: the plural form of the whole part would be
    # wrong, so halves take the "many" form (n = 2)
    points = ngettext("{size} point", "{size} points", int(size) if size.is_integer() else 2)
    amount = points.format(size=decimal(f"{size:g}"))
    return gettext(_CHANGES[(stress, rated > 1, direction)]).format(amount=amount, rated=rated)


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
        return gettext("A fresh week. Whenever you're ready, even one slow breath counts.")
    if n == 1:
        return gettext("1 session this week: a moment you gave yourself.")
    message = ngettext(
        "{count} session this week: time you gave yourself.",
        "{count} sessions this week: time you gave yourself.",
        n,
    )
    return message.format(count=n)


def summary(records: Sequence[SessionRecord], today: date | None = None) -> list[str]:
    """The week's line, then one line per practice."""
    return [this_week_message(records, today), *(e.sentence() for e in effects(records))]
