"""Edit one past session: its stress and pain ratings, its tags and (if notes are on) its note.

Save writes to the history on a worker (a busy database never stops the window); the
dialog closes once it is written. A value the history refuses, or a write that could not
be done, is shown in the dialog, which stays open so nothing typed is lost.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from breathe.store.errors import HistoryError
from breathe.store.history import History
from breathe.store.history_record import MAX_NOTE, SCORES, SessionRecord
from breathe.ui.history.text import practice_text, when_text
from breathe.ui.session.summary import duration_text
from breathe.ui.widgets.background import Background
from breathe.ui.widgets.live_label import LiveLabel

log = logging.getLogger(__name__)

NOT_RATED = -1  # the spin box value shown as "Not rated"


def _muted(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # the theme's muted text
    return label


def parse_tags(text: str) -> list[str]:
    """``"flare, Work ,,night"`` -> ``["flare", "Work", "night"]`` (blanks dropped)."""
    return [" ".join(part.split()) for part in text.split(",") if part.strip()]


class SessionEditor(QDialog):
    """A small dialog over the history page.

    Args:
        history: where Save writes.
        record: the session as it is now.
        keep_notes: the person's "keep notes" setting; without it there is no note field,
            and the dialog says why.
    """

    def __init__(
        self,
        history: History,
        record: SessionRecord,
        *,
        keep_notes: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.history = history
        self.record = record
        self.keep_notes = keep_notes
        self.background = Background(self)
        self._saving = False
        self.setWindowTitle(self.tr("Edit session"))
        self.setModal(True)
        self.setMinimumWidth(460)
        about = QLabel(
            f"{practice_text(record)}\n{when_text(record)} · "
            f"{duration_text(record.duration_seconds)}",
            self,
        )
        about.setTextFormat(Qt.TextFormat.PlainText)
        about.setWordWrap(True)
        form = self._make_form(record)
        self.notes_off = _muted(self._notes_off_text(), self)
        self.notes_off.setVisible(not keep_notes)
        self.error = LiveLabel("", self, purpose=self.tr("Problem"))
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.hide()
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        assert isinstance(self.save_button, QPushButton)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.setSpacing(12)
        column.addWidget(about)
        column.addLayout(form)
        column.addWidget(self.notes_off)
        column.addWidget(self.error)
        column.addWidget(self.buttons)
        self.scores["rating_before"].setFocus()

    def _make_form(self, record: SessionRecord) -> QFormLayout:
        self.scores: dict[str, QSpinBox] = {}
        form = QFormLayout()
        form.setSpacing(10)
        names = {
            "rating_before": self.tr("Stress before"),
            "rating_after": self.tr("Stress after"),
            "pain_before": self.tr("Pain before"),
            "pain_after": self.tr("Pain after"),
        }
        for name in SCORES:
            box = QSpinBox(self)
            box.setRange(NOT_RATED, 10)
            box.setSpecialValueText(self.tr("Not rated"))
            value = getattr(record, name)
            box.setValue(NOT_RATED if value is None else value)
            box.setAccessibleName(f"{names[name]} (0–10)")
            box.setObjectName(name)
            self.scores[name] = box
            form.addRow(names[name], box)
        self.scale = _muted(self.tr("0 is calm, or no pain; 10 is the worst."), self)
        form.addRow("", self.scale)
        self.tags = QLineEdit(", ".join(record.tags), self)
        self.tags.setPlaceholderText(self.tr("e.g. flare, work, night"))
        self.tags.setAccessibleName(self.tr("Tags, separated by commas"))
        form.addRow(self.tr("Tags"), self.tags)
        self.note: QPlainTextEdit | None = None
        if self.keep_notes:
            self.note = QPlainTextEdit(record.note or "", self)
            self.note.setTabChangesFocus(True)
            self.note.setAccessibleName(self.tr("Note"))
            self.note.setMaximumHeight(110)
            form.addRow(self.tr("Note"), self.note)
        return form

    def _notes_off_text(self) -> str:
        if self.record.note:
            return self.tr(
                "This session has a note, kept as it is. Notes are off in Settings; "
                "turn on “Keep my notes” to read or change it."
            )
        return self.tr(
            "Notes are off, so no note is kept. You can turn on “Keep my notes” in Settings."
        )

    def changes(self) -> dict[str, Any]:
        """What differs from the record, in the shape ``History.update`` takes."""
        found: dict[str, Any] = {}
        for name, box in self.scores.items():
            value = None if box.value() == NOT_RATED else box.value()
            if value != getattr(self.record, name):
                found[name] = value
        tags = parse_tags(self.tags.text())
        if tuple(tags) != self.record.tags:
            found["tags"] = tags
        if self.note is not None:
            note = self.note.toPlainText()
            if (note.strip() or None) != self.record.note:
                found["note"] = note if note.strip() else None
        return found

    def save(self) -> None:
        """Write the changes on the worker; the dialog closes once they are written, or
        shows the problem and stays open (``saving`` meanwhile)."""
        if self.saving:
            return
        changes = self.changes()
        if self.note is not None and len(self.note.toPlainText()) > MAX_NOTE:
            self._show_problem(
                self.tr("The note is a little long: please keep it under 5,000 characters.")
            )
            return
        if not changes:
            self.accept()  # nothing to write
            return
        self._set_saving(True)
        self.background.start(
            "save",
            lambda: self.history.update(self.record.id, **changes),
            done=lambda found: self._saved(found, changes),
            failed=self._not_saved,
        )

    @property
    def saving(self) -> bool:
        """A save is under way (until it is written or refused)."""
        return self._saving

    def reject(self) -> None:
        """Cancel and Esc close the dialog, except while a save is under way."""
        if not self._saving:
            super().reject()

    def wait(self, timeout: float = 30.0) -> bool:
        """Wait until a save under way is written or refused (tests)."""
        return self.background.wait(timeout)

    def _set_saving(self, on: bool) -> None:
        self._saving = on
        self.save_button.setEnabled(not on)
        self.cancel_button.setEnabled(not on)
        if on:
            self.error.hide()

    def _saved(self, found: bool, changes: dict[str, Any]) -> None:
        self._set_saving(False)
        if not found:
            self._show_problem(self.tr("This session is no longer in your history."))
            return
        log.info("edited session %s: %s", self.record.id, sorted(changes))
        self.accept()

    def _not_saved(self, exc: Exception) -> None:
        self._set_saving(False)
        if isinstance(exc, HistoryError):
            text = str(exc)
            self._show_problem(text[:1].upper() + text[1:] + ".")
            return
        log.warning("could not save session %s: %s", self.record.id, exc)
        self._show_problem(self.tr("This could not be saved just now. Please try again."))

    def _show_problem(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
