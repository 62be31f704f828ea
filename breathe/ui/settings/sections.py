"""The settings' sections: one button each, a column beside the page or a row above it.

A button per section (not a list view) because a screen reader switches sections by
pressing one (AT-SPI's selection on a list changes nothing the list reports), and the
arrow keys move between them as between radio buttons. In a wide dialog they stand in a
column on the left; in a narrow one (a small screen, large type) they wrap in rows above
the page, so the page keeps the width it needs.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QPushButton, QSizePolicy, QWidget

from breathe.ui.widgets.flow_layout import FlowLayout

#: the section buttons' look (palette(link) is the theme's focus colour)
STYLE = """
QPushButton#section { text-align: left; padding: 8px 12px; border-radius: 8px;
                      border: 2px solid transparent; background: transparent;
                      color: palette(text); }
QPushButton#section:checked { background: palette(highlight); color: palette(highlighted-text); }
QPushButton#section:focus { border-color: palette(link); }
QPushButton#section:hover:!checked { background: palette(alternate-base); }
"""


class SectionList(QWidget):
    """The sections, one checked at a time.

    Signals:
        currentRowChanged(int): another section was chosen (as ``QListWidget`` says it).
    """

    currentRowChanged = Signal(int)  # noqa: N815 - named as QListWidget names it

    def __init__(self, titles: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sections")
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._flow = FlowLayout(self, spacing=4)
        self._buttons: list[QPushButton] = []
        for row, title in enumerate(titles):
            button = QPushButton(title.replace("&", "&&"), self)  # "&" is no shortcut here
            button.setAccessibleName(title)
            button.setObjectName("section")
            button.setCheckable(True)
            button.setAutoExclusive(True)  # a screen reader hears one choice among them
            button.setAutoDefault(False)
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            self._group.addButton(button, row)
            self._flow.add(button)
            self._buttons.append(button)
        self.setStyleSheet(STYLE)
        self._group.idToggled.connect(self._toggled)
        self.set_column(True)

    def set_column(self, column: bool) -> None:
        """One section a line (beside the page), or as many as fit (above it)."""
        self._column = column
        widest = max((b.sizeHint().width() for b in self._buttons), default=0)
        if column:
            self.setFixedWidth(widest)
            self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        else:
            self.setMinimumWidth(0)
            self.setMaximumWidth(16777215)
            self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.updateGeometry()

    def column_width(self) -> int:
        """How wide the sections are as a column."""
        return max((b.sizeHint().width() for b in self._buttons), default=0)

    def _toggled(self, row: int, checked: bool) -> None:
        # as in a radio group, Tab stops at the section shown; the arrows move from there
        self._buttons[row].setFocusPolicy(
            Qt.FocusPolicy.StrongFocus if checked else Qt.FocusPolicy.ClickFocus
        )
        if checked:
            self.currentRowChanged.emit(row)

    # -- as a list widget answers ----------------------------------------------------------
    def count(self) -> int:
        return len(self._buttons)

    def currentRow(self) -> int:
        return self._group.checkedId()

    def setCurrentRow(self, row: int) -> None:
        self._buttons[row].setChecked(True)

    def button(self, row: int) -> QPushButton:
        return self._buttons[row]

    def title(self, row: int) -> str:
        return self._buttons[row].accessibleName()

    def focus_current(self) -> None:
        """Keyboard focus on the section shown (the arrow keys move from there)."""
        current = self._group.checkedButton()
        if current is not None:
            current.setFocus()
