"""A small dialog listing every keyboard shortcut (opened with ? or F1)."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

log = logging.getLogger(__name__)

#: (where, keys, what they do), in the order a person meets them
SHORTCUTS: tuple[tuple[str, str, str], ...] = (
    ("Home", "Enter", "Start the highlighted practice (at launch: Start now)"),
    ("Home", "1 / 2 / 3", "Start breathing / grounding / muscle relaxation"),
    ("Session", "Space", "Pause or carry on"),
    ("Session", "G", "Gentler: slow down and soften"),
    ("Session", "M", "Sounds off or on"),
    ("Session", "V", "Voice off or on"),
    ("Session", "Esc", "Stop and go back (nothing is lost)"),
    ("Anywhere", "F11", "Full screen on or off"),
    ("Anywhere", "? or F1", "This list of shortcuts"),
)


class ShortcutsDialog(QDialog):
    """Every shortcut in a quiet two-column list; Esc or Enter closes it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keyboard shortcuts")
        self.setAccessibleName("Keyboard shortcuts")
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(8)
        row = 0
        section = ""
        for where, keys, what in SHORTCUTS:
            if where != section:
                section = where
                heading = QLabel(where, self)
                font = heading.font()
                font.setBold(True)
                heading.setFont(font)
                grid.addWidget(heading, row, 0, 1, 2)
                row += 1
            key_label = QLabel(keys, self)
            key_label.setObjectName("key")
            key_label.setTextFormat(Qt.TextFormat.PlainText)
            key_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            what_label = QLabel(what, self)
            what_label.setTextFormat(Qt.TextFormat.PlainText)
            what_label.setAccessibleName(f"{keys}: {what}")
            grid.addWidget(key_label, row, 0)
            grid.addWidget(what_label, row, 1)
            row += 1
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName("Close")
        close.setDefault(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(18)
        layout.addLayout(grid)
        layout.addWidget(buttons)

    def keys(self) -> list[str]:
        """The key names shown, in order."""
        return [label.text() for label in self.findChildren(QLabel) if label.objectName() == "key"]
