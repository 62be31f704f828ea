"""Settings, "Reminders": gentle breaks (off by default), start at login, keep in the tray."""

from __future__ import annotations

import logging

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QWidget

from breathe.desktop import desktop_entry
from breathe.desktop.desktop_entry import DesktopEntryError
from breathe.engine.reminders import MAX_INTERVAL, MIN_INTERVAL, ReminderError, parse_time
from breathe.i18n import fill
from breathe.ui.settings.pages import Page, SettingsBinder, note
from breathe.ui.widgets.focus_ring import CheckBox, RingedSpinBox

log = logging.getLogger(__name__)

DEFAULT_MINUTES = 60


def times_text(times: list[str]) -> str:
    """``["10:30", "15:00"]`` -> ``"10:30, 15:00"``."""
    return ", ".join(times)


def parse_times(text: str) -> list[str]:
    """``"9:00, 15:30"`` -> ``["09:00", "15:30"]`` (sorted, no repeats).

    Raises:
        ReminderError: a time is not HH:MM on a 24-hour clock (the message says so).
    """
    parts = [p for p in text.replace(";", ",").replace(" ", ",").split(",") if p]
    return sorted({parse_time(p).strftime("%H:%M") for p in parts})


class RemindersPage(Page):
    """Reminders every so many minutes and/or at times of day; login start; tray."""

    def __init__(self, binder: SettingsBinder, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Reminders"), binder, parent)
        self.reminders = self.add_check(
            "reminders",
            self.tr("Gentle reminders to take a breathing break"),
            self.tr("A quiet note from the tray; never during a session."),
        )
        self.reminders.toggled.connect(self._enable)

        self.every = CheckBox(self.tr("Every"), self)
        self.every.setAccessibleName(self.tr("Remind me every so many minutes"))
        self.minutes = RingedSpinBox(self)
        self.minutes.setRange(MIN_INTERVAL, MAX_INTERVAL)
        self.minutes.setSingleStep(15)
        self.minutes.setSuffix(self.tr(" minutes"))
        self.minutes.setAccessibleName(self.tr("Minutes between reminders"))
        row = QHBoxLayout()
        row.addWidget(self.every)
        row.addWidget(self.minutes)
        row.addStretch(1)
        self.form.addRow(row)
        self.every.toggled.connect(self._save_interval)
        self.minutes.editingFinished.connect(self._save_interval)
        self.minutes.valueChanged.connect(self._interval_stepped)

        self.times = QLineEdit(self)
        self.times.setPlaceholderText(self.tr("e.g. 10:30, 15:00"))
        self.times.setAccessibleName(self.tr("Times of day for reminders"))
        self.times.editingFinished.connect(self._save_times)
        self.form.addRow(self.tr("At these times"), self.times)
        self.times_problem = note("", self)
        self.times_problem.setObjectName("problem")
        self.times_problem.setAccessibleDescription(self.tr("Problem with the times"))
        self.times_problem.hide()
        self.form.addRow(self.times_problem)
        self.on_refresh(self._show_schedule)

        self.autostart = CheckBox(self.tr("Start breathe when I log in"), self)
        self.autostart.setAccessibleName(self.autostart.text())
        self.autostart.toggled.connect(self._set_autostart)
        self.form.addRow(self.autostart)
        self.form.addRow(note(self.tr("Only if you would like reminders from the start."), self))
        self.autostart_message = note("", self)
        self.autostart_message.hide()
        self.form.addRow(self.autostart_message)
        self.on_refresh(self._show_autostart)

        self.keep_in_tray = self.add_check(
            "keep_in_tray",
            self.tr("Keep breathe in the tray when I close its window"),
        )
        self.finish()

    # -- showing -------------------------------------------------------------------------
    def _show_schedule(self) -> None:
        minutes = self.binder.get("reminder_minutes")
        with QSignalBlocker(self.every), QSignalBlocker(self.minutes):
            self.every.setChecked(minutes is not None)
            self.minutes.setValue(minutes if minutes is not None else DEFAULT_MINUTES)
        self.times.setText(times_text(self.binder.get("reminder_times")))
        self.times_problem.hide()
        self._enable(bool(self.binder.get("reminders")))

    def _show_autostart(self) -> None:
        with QSignalBlocker(self.autostart):
            self.autostart.setChecked(bool(self.binder.get("autostart")))

    def _enable(self, on: bool) -> None:
        for widget in (self.every, self.times):
            widget.setEnabled(on)
        self.minutes.setEnabled(on and self.every.isChecked())

    # -- saving --------------------------------------------------------------------------
    def _interval_stepped(self) -> None:
        if not self.minutes.hasFocus():  # arrows and wheel: at once; typing: when done
            self._save_interval()

    def _save_interval(self) -> None:
        self.minutes.setEnabled(self.every.isEnabled() and self.every.isChecked())
        value = self.minutes.value() if self.every.isChecked() else None
        self.binder.set("reminder_minutes", value)

    def _save_times(self) -> None:
        try:
            times = parse_times(self.times.text())
        except ReminderError as exc:
            self.times_problem.setText(str(exc))
            self.times_problem.show()
            return
        self.times_problem.hide()
        if self.binder.set("reminder_times", times):
            self.times.setText(times_text(times))

    def _set_autostart(self, on: bool) -> None:
        try:
            message = desktop_entry.set_autostart(on)
        except (OSError, DesktopEntryError) as exc:
            log.warning("start at login not changed: %s", exc)
            message = fill(self.tr("breathe could not change this: %1"), exc)
            self._show_autostart()
        else:
            self.binder.set("autostart", on)
        self.autostart_message.setText(message)
        self.autostart_message.show()
