"""The therapist's own record of a presenter session: the client's ratings as they say
them, and private notes never shown to the client (kept only when the session is)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from breathe.i18n import fill
from breathe.ui.home.practice_card import set_type_scale
from breathe.ui.widgets.flow_layout import FlowLayout
from breathe.ui.widgets.focus_ring import RingedSpinBox

#: the most a note keeps (the history's limit)
MAX_NOTES = 5000


class NotesEdit(QPlainTextEdit):
    """A notes field that asks for four lines and takes whatever room is left over."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), self.fontMetrics().lineSpacing() * 4 + 2 * self.frameWidth())


class TherapistNotes(QWidget):
    """Optional 0-10 ratings and a private notes field.

    Args:
        recording: whether this session is recorded (it says whether the notes are kept).

    Signals:
        ratings_changed(dict): e.g. {"rating_before": 6}; -1 when set back to "not asked".
    """

    ratings_changed = Signal(dict)

    def __init__(self, *, recording: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        column.addLayout(self._build_ratings())
        title = QLabel(self.tr("Private notes"), self)
        set_type_scale(title, 1.0, bold=True)
        self.notes_kept = QLabel(self)
        self.notes_kept.setWordWrap(True)
        self.notes_kept.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.notes_kept.setTextFormat(Qt.TextFormat.PlainText)
        self.notes_kept.setText(
            self.tr("Never shown to the client. Kept with this session in your history.")
            if recording
            else self.tr("Never shown to the client, and not kept: this session is not recorded.")
        )
        self.notes = NotesEdit(self)
        self.notes.setAccessibleName(self.tr("Private notes"))
        self.notes.setAccessibleDescription(self.notes_kept.text())
        self.notes.setPlaceholderText(self.tr("Notes for yourself during the session"))
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        column.addSpacing(4)
        column.addWidget(title)
        column.addWidget(self.notes_kept)
        column.addWidget(self.notes, 1)

    def _build_ratings(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(4)
        heading = QLabel(self.tr("The client's ratings (optional, 0 to 10):"), self)
        heading.setWordWrap(True)
        column.addWidget(heading)
        row = FlowLayout(spacing=12, line_spacing=6)  # two lines with large type
        column.addLayout(row)
        shown = {
            "rating_before": self.tr("Stress before"),
            "rating_after": self.tr("after"),
            "pain_before": self.tr("Pain before"),
            "pain_after": self.tr("after"),
        }
        spoken = {
            "rating_before": self.tr("Stress before"),
            "rating_after": self.tr("Stress after"),
            "pain_before": self.tr("Pain before"),
            "pain_after": self.tr("Pain after"),
        }
        self.ratings: dict[str, QSpinBox] = {}
        for field, text in shown.items():
            spin = RingedSpinBox(self)
            spin.setRange(-1, 10)
            spin.setSpecialValueText("\u2013")  # not asked
            spin.setValue(-1)
            spin.setAccessibleName(fill(self.tr("%1, 0 to 10 (optional)"), spoken[field]))
            spin.valueChanged.connect(lambda v, f=field: self.ratings_changed.emit({f: v}))
            pair = QWidget(self)  # a label stays beside its number
            line = QHBoxLayout(pair)
            line.setContentsMargins(0, 0, 0, 0)
            label = QLabel(text, pair)
            label.setBuddy(spin)
            line.addWidget(label)
            line.addWidget(spin)
            row.add(pair)
            self.ratings[field] = spin
        return column

    def private_notes(self) -> str:
        """The notes as typed (trimmed to what the history keeps)."""
        return self.notes.toPlainText().strip()[:MAX_NOTES]
