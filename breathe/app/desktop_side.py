"""The desktop around the window, brought in just after the first paint: the tray, gentle
reminders and the single-instance server that takes launches from other breathe processes.

None of it stands between a person and the first breath; the shell makes a ``DesktopSide``
once the first frame is on screen and connects to its signals.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from breathe.launch import LaunchRequest

if TYPE_CHECKING:
    from breathe.desktop.instance_server import InstanceServer
    from breathe.desktop.reminder_timer import ReminderTimer
    from breathe.desktop.tray import Tray
    from breathe.store.settings import Settings

log = logging.getLogger(__name__)


class DesktopSide(QObject):
    """The tray (where the desktop has one), reminders and the instance server.

    Args:
        settings: the person's settings (the reminders' schedule).
        programmes: the named programmes for the tray's quick starts.
        instance_key: the single-instance name of this data folder.

    Signals:
        start_requested(LaunchRequest): a tray quick start or a programme.
        show_requested(): the tray asked for the window.
        quit_requested(): the tray's Quit.
        forwarded(LaunchRequest): another breathe process passed its launch on to this one.
        notice(str): a reminder to show in the window, where there is no tray to carry it.
    """

    start_requested = Signal(object)
    show_requested = Signal()
    quit_requested = Signal()
    forwarded = Signal(object)
    notice = Signal(str)

    def __init__(
        self,
        settings: Settings,
        programmes: Sequence[tuple[str, LaunchRequest]],
        instance_key: str,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.tray: Tray | None = None
        self.reminders: ReminderTimer | None = None
        self._start_tray(programmes)
        self._start_reminders(settings)
        from breathe.desktop.instance_server import InstanceServer

        self.server: InstanceServer = InstanceServer(instance_key, self)
        self.server.request_received.connect(self.forwarded)
        log.info("other launches now come to this window")

    def _start_tray(self, programmes: Sequence[tuple[str, LaunchRequest]]) -> None:
        from breathe.desktop.tray import Tray

        if not Tray.available():
            return
        self.tray = Tray(list(programmes), parent=self)
        self.tray.start_requested.connect(self.start_requested)
        self.tray.show_requested.connect(self.show_requested)
        self.tray.quit_requested.connect(self.quit_requested)
        self.tray.show()

    def _start_reminders(self, settings: Settings) -> None:
        from breathe.desktop.reminder_timer import ReminderTimer
        from breathe.engine.reminders import ReminderError, ReminderSchedule

        try:
            schedule = ReminderSchedule.from_settings(
                settings.reminders, settings.reminder_minutes, settings.reminder_times
            )
        except ReminderError as exc:
            log.warning("reminders off: %s", exc)
            return
        self.reminders = ReminderTimer(schedule, self.tray, self)
        self.reminders.reminder_due.connect(self._remind)

    def _remind(self, title: str, text: str) -> None:
        if self.tray is None:  # no tray to carry it: a quiet line in the window instead
            self.notice.emit(f"{title} {text}")

    def set_programmes(self, items: Sequence[tuple[str, LaunchRequest]]) -> None:
        if self.tray is not None:
            self.tray.set_programmes(list(items))
