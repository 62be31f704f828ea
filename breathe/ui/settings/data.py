"""Settings, "Privacy & history" and "Backup": what is kept, and moving or clearing it."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from breathe.desktop import desktop_entry
from breathe.desktop.desktop_entry import DesktopEntryError
from breathe.i18n import fill
from breathe.store.config_backup import backup_config, restore_config
from breathe.store.errors import ConfigError
from breathe.store.settings import Settings
from breathe.ui.home.practice_card import apply_type_scale, set_type_scale
from breathe.ui.settings.pages import Page, SettingsBinder, note
from breathe.ui.widgets.focus_ring import CheckBox
from breathe.ui.widgets.prompts import ask, choose_file

log = logging.getLogger(__name__)

BACKUP_FILTER = "breathe backups (*.json)"
#: kept by "Reset settings": the people to call in a crisis are never dropped by a reset
KEPT_BY_RESET = ("crisis_contacts",)


def _button(parent: QWidget, text: str, name: str) -> QPushButton:
    button = QPushButton(text, parent)
    button.setAccessibleName(name)
    button.setAutoDefault(True)
    return button


class ConfirmErase(QDialog):
    """ "Delete all my data?": says what goes; Delete is off until the person ticks a box."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Delete all your data?"))
        self.setAccessibleName(self.windowTitle())
        heading = QLabel(self.tr("Delete all your data from this computer?"), self)
        set_type_scale(heading, 1.3, bold=True)
        text = QLabel(
            self.tr(
                "This removes every session in your history with its ratings and notes, "
                "your settings, crisis contacts, pain map and saved programmes, the log and "
                "the rendered speech. It cannot be undone. A backup you saved elsewhere is "
                "not touched."
            ),
            self,
        )
        text.setWordWrap(True)
        self.understood = CheckBox(self.tr("I understand this cannot be undone"), self)
        self.understood.setAccessibleName(self.understood.text())
        self.keep = _button(self, self.tr("Keep my data"), self.tr("Keep my data"))
        self.keep.setDefault(True)
        self.delete = _button(self, self.tr("Delete everything"), self.tr("Delete everything"))
        self.delete.setEnabled(False)
        self.understood.toggled.connect(self.delete.setEnabled)
        self.keep.clicked.connect(self.reject)
        self.delete.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.delete)
        buttons.addWidget(self.keep)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(14)
        for widget in (heading, text, self.understood):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        apply_type_scale(self)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        self.keep.setFocus()


class PrivacyPage(Page):
    """History on or off, keeping notes, and "Delete all my data".

    Signals:
        erase_confirmed(): the person confirmed deleting everything.
    """

    erase_confirmed = Signal()

    def __init__(self, binder: SettingsBinder, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Privacy & history"), binder, parent)
        self.column.insertWidget(
            1, note(self.tr("Everything stays on this computer. Nothing is sent anywhere."), self)
        )
        self.history = self.add_check(
            "history_enabled",
            self.tr("Keep a history of my sessions"),
            self.tr("Dates, lengths and any ratings you give. Turn off to record nothing."),
        )
        self.keep_notes = self.add_check(
            "keep_notes",
            self.tr("Keep my notes"),
            self.tr(
                "What you type during grounding is kept with the session, and a note can be "
                "added in History. Off: your words are gone when the session ends."
            ),
        )
        self.erase = _button(
            self, self.tr("Delete all my data\u2026"), self.tr("Delete all my data")
        )
        self.erase.clicked.connect(self.ask_erase)
        self.add_buttons(self.erase)
        self.confirm: ConfirmErase | None = None
        self.finish()

    def ask_erase(self) -> ConfirmErase:
        """Open the strong confirmation (window-modal; a session keeps time meanwhile)."""
        self.confirm = ConfirmErase(self)
        self.confirm.accepted.connect(self.erase_confirmed)
        self.confirm.open()
        return self.confirm


class BackupPage(Page):
    """Back up and restore settings, pain map and programmes; reset the settings.

    Signals:
        restored(): settings, pain map and programmes were replaced from a backup.
    """

    restored = Signal()

    def __init__(self, binder: SettingsBinder, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Backup"), binder, parent)
        self.column.insertWidget(
            1,
            note(
                self.tr(
                    "One file with your settings, pain map and programmes, to keep safe or "
                    "to take to another computer. Your session history is not in it."
                ),
                self,
            ),
        )
        self.back_up = _button(
            self, self.tr("Back up to a file\u2026"), self.tr("Back up settings to a file")
        )
        self.restore = _button(
            self, self.tr("Restore from a file\u2026"), self.tr("Restore settings from a file")
        )
        self.reset = _button(
            self, self.tr("Reset settings\u2026"), self.tr("Reset settings to how they started")
        )
        self.back_up.clicked.connect(self.ask_backup)
        self.restore.clicked.connect(self.ask_restore)
        self.reset.clicked.connect(self.ask_reset)
        self.add_buttons(self.back_up, self.restore)
        self.add_buttons(self.reset)
        self.form.addRow(
            note(self.tr("Reset keeps your crisis contacts, pain map and programmes."), self)
        )
        self.status = note("", self)
        self.status.setAccessibleDescription(self.tr("Backup result"))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form.addRow(self.status)
        self.finish()

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setAccessibleDescription(text)

    # -- back up ---------------------------------------------------------------------------
    def ask_backup(self) -> None:
        suggested = f"breathe-settings-{date.today().isoformat()}.json"
        choose_file(
            self,
            self.tr("Back up settings"),
            self.back_up_to,
            save=True,
            name_filter=BACKUP_FILTER,
            suggested=str(Path.home() / suggested),
            suffix="json",
        )

    def back_up_to(self, path: Path) -> bool:
        """Write the backup to ``path``; says how it went."""
        try:
            backup_config(path)
        except OSError as exc:
            log.warning("backup failed: %s", exc)
            self._say(fill(self.tr("The backup could not be written: %1"), exc.strerror or exc))
            return False
        self._say(fill(self.tr("Backed up to %1"), path))
        return True

    # -- restore ---------------------------------------------------------------------------
    def ask_restore(self) -> None:
        choose_file(
            self,
            self.tr("Restore settings"),
            self._confirm_restore,
            save=False,
            name_filter=BACKUP_FILTER,
        )

    def _confirm_restore(self, path: Path) -> None:
        ask(
            self,
            self.tr("Restore settings"),
            self.tr("Replace your settings, pain map and programmes with the backup's?"),
            self.tr("Restore"),
            self.tr("Cancel"),
            on_yes=lambda: self.restore_from(path),
        )

    def restore_from(self, path: Path) -> bool:
        """Replace settings, pain map and programmes with ``path``'s (all or nothing)."""
        try:
            restore_config(path)
        except (ConfigError, OSError) as exc:
            log.warning("restore failed: %s", exc)
            self._say(fill(self.tr("Nothing was changed: %1"), exc))
            return False
        self.binder.replace_all(Settings.load(self.binder.settings.path), save=False)
        self._say(fill(self.tr("Restored from %1"), path))
        self.restored.emit()
        return True

    # -- reset -----------------------------------------------------------------------------
    def ask_reset(self) -> None:
        ask(
            self,
            self.tr("Reset settings"),
            self.tr("Put every setting back to how it was when breathe was new?"),
            self.tr("Reset"),
            self.tr("Cancel"),
            on_yes=self.reset_settings,
            detail=self.tr("Your crisis contacts, pain map, programmes and history are kept."),
        )

    def reset_settings(self) -> None:
        """Every setting to its default, except those in ``KEPT_BY_RESET``."""
        fresh = self.binder.settings.reset(keep=KEPT_BY_RESET)
        if self.binder.get("autostart"):
            try:
                desktop_entry.set_autostart(False)
            except (OSError, DesktopEntryError) as exc:
                log.warning("start at login left on: %s", exc)
                fresh.autostart = True  # the entry is still there: say so
        self.binder.replace_all(fresh)
        self._say(self.tr("Settings are back to how they started."))
