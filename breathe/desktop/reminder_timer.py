"""A QTimer that offers a breathing break when ``breathe.engine.reminders`` says one is due."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import Protocol

from PySide6.QtCore import QObject, QTimer, Signal

from breathe.engine.reminders import Reminders, ReminderSchedule

log = logging.getLogger(__name__)


class Notifier(Protocol):
    """What the timer shows reminders with (the tray)."""

    def notify(self, title: str, text: str) -> bool: ...


class ReminderTimer(QObject):
    """Waits for the next reminder and shows it through ``notifier`` (the tray).

    ``reminder_due(title, text)`` is emitted for every reminder, shown or not, so the window
    can offer it where there is no tray.

    Args:
        schedule: when reminders come (off by default).
        notifier: usually the ``Tray``; None to only emit ``reminder_due``.
        parent: owner of the timer.
        now: the wall clock, as local naive datetimes (tests pass their own).
    """

    reminder_due = Signal(str, str)  # title, text

    def __init__(
        self,
        schedule: ReminderSchedule,
        notifier: Notifier | None = None,
        parent: QObject | None = None,
        *,
        now: Callable[[], datetime] = datetime.now,
    ) -> None:
        super().__init__(parent)
        self._now = now
        self._notifier = notifier
        self._reminders = Reminders(schedule, now())
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.check)
        self._arm()

    @property
    def reminders(self) -> Reminders:
        return self._reminders

    def set_schedule(self, schedule: ReminderSchedule) -> None:
        """Use a changed setting from now on."""
        self._reminders.set_schedule(schedule, self._now())
        self._arm()

    def session_started(self) -> None:
        """No reminders until the session ends."""
        self._reminders.session_started()
        self._arm()

    def session_ended(self) -> None:
        self._reminders.session_ended(self._now())
        self._arm()

    def message(self) -> tuple[str, str]:
        """The reminder's title and text."""
        return (
            self.tr("Time for a breathing break?"),
            self.tr("A minute or two of slow breathing is here whenever you'd like it."),
        )

    def check(self) -> bool:
        """Offer a reminder if one is due now; True if one was offered."""
        due = self._reminders.check(self._now())
        if due:
            title, text = self.message()
            shown = self._notifier.notify(title, text) if self._notifier else False
            log.info("breathing-break reminder (%s)", "shown" if shown else "no tray")
            self.reminder_due.emit(title, text)
        self._arm()
        return due

    def _arm(self) -> None:
        wait = self._reminders.wait_seconds(self._now())
        if wait is None:
            self.timer.stop()
            return
        self.timer.start(max(1000, round(wait * 1000)))
