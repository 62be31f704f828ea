"""A one-tap 0-10 rating row ("How stressed do you feel?"), optional and easy to ignore.

The row keeps to one line when it fits; in a narrow window or with large type the question
goes above the numbers, and then the ends ("calm", "worst") go under the first and last
number, so the row never grows wider than the window. To a screen reader the row is one
choice: the question names it and each number is a radio button in it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QPalette, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QLabel, QPushButton, QWidget

from breathe.i18n import fill
from breathe.ui.theme import RATING_ROW

Align = Qt.AlignmentFlag
GAP = 8  # between the question and the numbers
SPACING = 4  # between numbers
LINE, STACKED, NARROW = "line", "stacked", "narrow"  # the three arrangements, widest first


class RatingRow(QWidget):
    """A question with eleven buttons 0-10; one tap answers, another changes it.

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
        self.peers: list[RatingRow] = [self]  # rows stacked with this one (``line_up``)
        # the grid sits on an inner widget: the row itself answers for its size (it has no
        # layout, so its parent asks it, not a layout, how tall it is at a width)
        self._inner = QWidget(self)
        self.question = QLabel(question, self._inner)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self.low = QLabel(self.tr("calm") if low is None else low, self._inner)
        self.high = QLabel(self.tr("worst") if high is None else high, self._inner)
        for end in (self.low, self.high):
            end.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # the muted text colour
        self._numbers: list[QPushButton] = []
        for value in range(11):
            button = QPushButton(str(value), self._inner)
            button.setCheckable(True)
            # one choice among eleven: a screen reader hears radio buttons, not check boxes
            button.setAutoExclusive(True)
            button.setAutoDefault(True)  # Enter picks the focused number; Space pauses
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setAccessibleName(fill(self.tr("%1 %2 of 10"), subject, value))
            self._group.addButton(button, value)
            self._numbers.append(button)
        self._grid = QGridLayout(self._inner)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(SPACING)
        self._grid.setVerticalSpacing(2)
        self._arrangement = ""
        self._stale = False  # laid out for other label widths or fonts (see ``rearrange``)
        self._arrange(LINE)
        # quiet, compact number buttons (they are an offer, not a task): the look is in the
        # application's style sheet (theme.py), found by this name; a style sheet of the
        # row's own would be re-applied to its buttons each time an ancestor is re-parented
        self.setObjectName(RATING_ROW)
        self._group.idClicked.connect(self.rated)
        self.setAccessibleName(question)

    # -- arrangement -------------------------------------------------------------------------
    def _label_widths(self) -> tuple[int, int, int]:
        """The widest question, low and high end among the peers (their columns line up)."""
        rows = [r for r in self.peers if not r.isHidden()] or [self]
        return (
            max(r.question.sizeHint().width() for r in rows),
            max(r.low.sizeHint().width() for r in rows),
            max(r.high.sizeHint().width() for r in rows),
        )

    def _numbers_width(self) -> int:
        return sum(b.sizeHint().width() for b in self._numbers) + SPACING * 10

    def _width_for(self, arrangement: str) -> int:
        question, low, high = self._label_widths()
        scale = low + SPACING + self._numbers_width() + SPACING + high
        if arrangement == LINE:
            return question + GAP + scale
        if arrangement == STACKED:
            return max(question, scale)
        return max(self.question.minimumSizeHint().width(), self._numbers_width())

    def _fitting(self, width: int) -> str:
        """The widest arrangement that fits in ``width``."""
        for arrangement in (LINE, STACKED):
            if self._width_for(arrangement) <= width:
                return arrangement
        return NARROW

    def rearrange(self) -> None:
        """Lay the row out again for its width and its peers' label widths (a hidden row
        waits until it shows: the ratings are built well before anyone opens them)."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self._arrange(self._fitting(self.width()))
        self._place_inner()
        self.updateGeometry()

    def _arrange(self, arrangement: str) -> None:
        grid = self._grid
        for widget in (self.question, self.low, self.high, *self._numbers):
            grid.removeWidget(widget)
        for column in range(grid.columnCount()):
            grid.setColumnMinimumWidth(column, 0)
            grid.setColumnStretch(column, 0)
        question, low, high = self._label_widths()
        middle = Align.AlignVCenter
        self.question.setWordWrap(arrangement == NARROW)
        # above the numbers the question spans their width (a wrapped label given its own
        # width would wrap early); its text sits on the left, just above them
        self.question.setAlignment(
            middle | Align.AlignRight
            if arrangement == LINE
            else Align.AlignLeft | Align.AlignBottom
        )
        if arrangement == LINE:  # question  low  0 1 ... 10  high
            grid.addWidget(self.question, 0, 0, middle | Align.AlignRight)
            grid.setColumnMinimumWidth(0, question + GAP - SPACING)
            grid.addWidget(self.low, 0, 1, middle | Align.AlignRight)
            grid.setColumnMinimumWidth(1, low)
            for value, button in enumerate(self._numbers):
                grid.addWidget(button, 0, 2 + value)
            grid.addWidget(self.high, 0, 13, middle | Align.AlignLeft)
            grid.setColumnMinimumWidth(13, high)
        elif arrangement == STACKED:  # the question above: low  0 1 ... 10  high
            grid.addWidget(self.question, 0, 0, 1, 13)
            grid.addWidget(self.low, 1, 0, middle | Align.AlignRight)
            grid.setColumnMinimumWidth(0, low)
            for value, button in enumerate(self._numbers):
                grid.addWidget(button, 1, 1 + value)
            grid.addWidget(self.high, 1, 12, middle | Align.AlignLeft)
            grid.setColumnMinimumWidth(12, high)
        else:  # the question, the numbers, and the ends under the first and last number
            grid.addWidget(self.question, 0, 0, 1, 11)
            for value, button in enumerate(self._numbers):
                grid.addWidget(button, 1, value)
            grid.addWidget(self.low, 2, 0, 1, 5, Align.AlignLeft | Align.AlignTop)
            grid.addWidget(self.high, 2, 6, 1, 5, Align.AlignRight | Align.AlignTop)
        self._arrangement = arrangement

    @property
    def arrangement(self) -> str:
        """``line``, ``stacked`` (question above) or ``narrow`` (ends under the numbers)."""
        return self._arrangement

    def minimumSizeHint(self) -> QSize:
        """As narrow as the narrowest arrangement: a wider one is used only when it fits."""
        return QSize(self._width_for(NARROW), self._height_for(NARROW))

    def sizeHint(self) -> QSize:
        return QSize(self._width_for(LINE), self._height_for(LINE))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._height_for(self._fitting(width), width)

    def _height_for(self, arrangement: str, width: int | None = None) -> int:
        number = max(b.sizeHint().height() for b in self._numbers)
        line = max(number, self.low.sizeHint().height(), self.question.sizeHint().height())
        if arrangement == LINE:
            return line
        spacing = self._grid.verticalSpacing()
        if arrangement == STACKED:
            return self.question.sizeHint().height() + spacing + line
        room = self._width_for(NARROW) if width is None else width
        question = (
            self.question.heightForWidth(room)
            if self.question.wordWrap()
            else self.question.sizeHint().height()
        )
        ends = max(self.low.sizeHint().height(), self.high.sizeHint().height())
        return max(question, 0) + spacing + number + spacing + ends

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.rearrange()

    def resizeEvent(self, event: QResizeEvent) -> None:
        arrangement = self._fitting(event.size().width())
        if arrangement != self._arrangement or self._stale:
            self._stale = False
            self._arrange(arrangement)
            self.updateGeometry()  # its height changes with it
        self._place_inner()
        super().resizeEvent(event)

    def _place_inner(self) -> None:
        """The grid at its own width, centred: numbers never spread across a wide page."""
        width = min(self.width(), self._width_for(self._arrangement))
        self._inner.setGeometry((self.width() - width) // 2, 0, width, self.height())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            if self.isVisible():
                QTimer.singleShot(0, self, self.rearrange)  # once the labels have their font
            else:
                self._stale = True

    # -- answering ---------------------------------------------------------------------------
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
        return self._numbers[value]


def line_up(rows: list[RatingRow]) -> None:
    """Stacked rows share their label widths, so their numbers sit in columns."""
    for row in rows:
        row.peers = list(rows)
        row.rearrange()
