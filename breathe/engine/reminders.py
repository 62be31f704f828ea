"""When to offer a gentle breathing break: every N minutes and/or at set times of day.

Pure logic, no Qt: ``ui/reminder_timer.py`` asks it when to look again and whether a
reminder is due. Off by default. Never during a session, and a session counts as a break:
the interval starts again when it ends. A reminder the computer slept through by more than
``GRACE`` is skipped quietly rather than shown late. Times are naive local datetimes (the
wall clock the person sees).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, time, timedelta

log = logging.getLogger(__name__)

MIN_INTERVAL = 5  # minutes
MAX_INTERVAL = 24 * 60
GRACE = timedelta(minutes=15)
#: look again at least this often, so a suspend or a clock change is noticed
MAX_WAIT = 300.0  # seconds
_HHMM = re.compile(r"([01]?\d|2[0-3]):([0-5]\d)")


class ReminderError(ValueError):
    """A reminder setting that cannot work; the message says how to fix it."""


def parse_time(text: str) -> time:
    """``"14:30"`` -> ``time(14, 30)``; 24-hour ``H:MM`` or ``HH:MM``."""
    match = _HHMM.fullmatch(text.strip())
    if not match:
        raise ReminderError(f"reminder time {text!r}: use HH:MM on a 24-hour clock, e.g. 14:30")
    return time(int(match[1]), int(match[2]))


@dataclass(frozen=True)
class ReminderSchedule:
    """When reminders come: every ``every_minutes`` and/or at each of ``times`` each day."""

    enabled: bool = False
    every_minutes: int | None = None
    times: tuple[time, ...] = ()

    def __post_init__(self) -> None:
        every = self.every_minutes
        if every is not None and (
            isinstance(every, bool)
            or not isinstance(every, int)
            or not MIN_INTERVAL <= every <= MAX_INTERVAL
        ):
            raise ReminderError(
                f"reminder interval {every!r}: choose {MIN_INTERVAL} to {MAX_INTERVAL} "
                "minutes, e.g. 90"
            )
        object.__setattr__(self, "times", tuple(sorted(set(self.times))))

    @classmethod
    def from_settings(
        cls, enabled: bool, every_minutes: int | None, times: Iterable[str]
    ) -> ReminderSchedule:
        """Build from settings values, e.g. ``(True, 90, ["10:30", "15:00"])``."""
        return cls(bool(enabled), every_minutes, tuple(parse_time(t) for t in times))

    @property
    def active(self) -> bool:
        """On, with an interval or at least one time."""
        return self.enabled and (self.every_minutes is not None or bool(self.times))


class Reminders:
    """Which reminder comes next, given the last one, sessions and the schedule.

    Args:
        schedule: when reminders come.
        now: the time it starts counting from (the app's start).
    """

    def __init__(self, schedule: ReminderSchedule, now: datetime) -> None:
        self._schedule = schedule
        self._since = now  # the last reminder, the end of a session, or the start
        self._in_session = False

    @property
    def schedule(self) -> ReminderSchedule:
        return self._schedule

    def set_schedule(self, schedule: ReminderSchedule, now: datetime) -> None:
        """Use a new schedule from ``now`` on (a changed setting)."""
        self._schedule = schedule
        self._since = now

    def session_started(self) -> None:
        """A session began: no reminder until it ends."""
        self._in_session = True

    def session_ended(self, now: datetime) -> None:
        """A session ended: it was a break, so counting starts again."""
        self._in_session = False
        self._since = now

    def next_due(self) -> datetime | None:
        """When the next reminder is due; None when off or during a session."""
        if not self._schedule.active or self._in_session:
            return None
        candidates = []
        if self._schedule.every_minutes is not None:
            candidates.append(self._since + timedelta(minutes=self._schedule.every_minutes))
        day = self._since.date()
        for date in (day, day + timedelta(days=1)):
            later = [datetime.combine(date, t) for t in self._schedule.times]
            candidates.extend(at for at in later if at > self._since)
        return min(candidates)

    def wait_seconds(self, now: datetime) -> float | None:
        """How long to wait before calling ``check`` again; None: no need until told."""
        due = self.next_due()
        if due is None:
            return None
        return min(max(0.0, (due - now).total_seconds()), MAX_WAIT)

    def check(self, now: datetime) -> bool:
        """True if a reminder should be shown at ``now`` (it then counts as shown)."""
        # The clock may have gone back (set by hand, or daylight saving): count from now.
        self._since = min(self._since, now)
        due = self.next_due()
        if due is None or now < due:
            return False
        self._since = now
        if now - due > GRACE:
            log.info("skipped a reminder due at %s: it is now %s", due, now)
            return False
        return True
