"""A one-tap 0-10 rating row ("How stressed do you feel?"), optional and easy to ignore."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QWidget

from breathe.i18n import fill
from breathe.ui.theme import RATING_ROW


class RatingRow(QWidget):
    """A question with eleven buttons 0-10 on one line; one tap answers, another changes it.

    Args:
        question: e.g. "How stressed do you feel?".
        subject: a short name for screen readers, e.g. "Stress" ("Stress 3 of 10").
        low, high: what the two ends mean (translated; by default "calm" and "worst").
    """

    rated = Signal(int)

    def __init__(
        self,
        question: str,
        subject: str,
        low: str | None = None,
        high: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.subject = subject
        self.question = QLabel(question)
        # a long question (German, French) wraps rather than pushing the numbers off the row
        self.question.setWordWrap(True)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        self.low = QLabel(self.tr("calm") if low is None else low)
        self.high = QLabel(self.tr("worst") if high is None else high)
        for end in (self.low, self.high):
            end.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # the muted text colour
        self.question.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.low.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.question)
        row.addSpacing(8)
        row.addWidget(self.low)
        for value in range(11):
            button = QPushButton(str(value))
            button.setCheckable(True)
            button.setAutoDefault(True)  # Enter picks the focused number; Space pauses
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setAccessibleName(fill(self.tr("%1 %2 of 10"), subject, value))
            self._group.addButton(button, value)
            row.addWidget(button)
        row.addWidget(self.high)
        # quiet, compact number buttons (they are an offer, not a task): the look is in the
        # application's style sheet (theme.py), found by this name; a style sheet of the
        # row's own would be re-applied to its buttons each time an ancestor is re-parented
        self.setObjectName(RATING_ROW)
        self._group.idClicked.connect(self.rated)
        self.setAccessibleName(question)

    def event(self, event: QEvent) -> bool:
        """Left/Right move between the numbers here, before any window shortcut (skip).

        A focused number does not take the shortcut check for itself, so it comes on to
        the row: one Python handler here, not a filter on each of the eleven buttons.
        """
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right)
        ):
            event.accept()
            return True
        return super().event(event)

    def value(self) -> int | None:
        """The number chosen, or None while unanswered."""
        checked = self._group.checkedId()
        return None if checked < 0 else checked

    def button(self, value: int) -> QPushButton:
        """The button for ``value`` (for keyboard focus and tests)."""
        button = self._group.button(value)
        assert isinstance(button, QPushButton)
        return button


def line_up(rows: list[RatingRow]) -> None:
    """Give stacked rows the same label widths so their numbers sit in columns."""
    for labels in ([r.question for r in rows], [r.low for r in rows], [r.high for r in rows]):
        width = max(label.sizeHint().width() for label in labels)
        for label in labels:
            label.setMinimumWidth(width)
