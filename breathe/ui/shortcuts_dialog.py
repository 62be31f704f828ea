"""A small dialog listing every keyboard shortcut (opened with ? or F1)."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from breathe.i18n import QT_TRANSLATE_NOOP, fill
from breathe.ui.widgets.vertical_scroll import VerticalScroll

log = logging.getLogger(__name__)

HOME = QT_TRANSLATE_NOOP("ShortcutsDialog", "Home")
SESSION = QT_TRANSLATE_NOOP("ShortcutsDialog", "Session")
ANYWHERE = QT_TRANSLATE_NOOP("ShortcutsDialog", "Anywhere")
#: (where, keys, what they do), in the order a person meets them; English, marked for
#: translation (key names that are words too; single letters and F-keys stay as they are)
SHORTCUTS: tuple[tuple[str, str, str], ...] = (
    (
        HOME,
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Enter"),
        QT_TRANSLATE_NOOP(
            "ShortcutsDialog", "Start the highlighted practice (at launch: Start now)"
        ),
    ),
    (
        HOME,
        "1 / 2 / 3",
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Start breathing / grounding / muscle relaxation"),
    ),
    (
        SESSION,
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Space"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Pause or carry on (grounding: next, and P pauses)"),
    ),
    (SESSION, "→", QT_TRANSLATE_NOOP("ShortcutsDialog", "Skip to the next step")),
    (SESSION, "G", QT_TRANSLATE_NOOP("ShortcutsDialog", "Gentler: slow down and soften")),
    (
        SESSION,
        "− / +",
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Slower / faster, from the next breath"),
    ),
    (SESSION, "M", QT_TRANSLATE_NOOP("ShortcutsDialog", "Sounds off or on")),
    (SESSION, "V", QT_TRANSLATE_NOOP("ShortcutsDialog", "Voice off or on")),
    (
        SESSION,
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Esc"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Stop (nothing is lost); on the summary, Done"),
    ),
    (
        ANYWHERE,
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Esc or Alt+Left"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Back to where you were"),
    ),
    (ANYWHERE, "F11", QT_TRANSLATE_NOOP("ShortcutsDialog", "Full screen on or off")),
    (
        ANYWHERE,
        QT_TRANSLATE_NOOP("ShortcutsDialog", "? or F1"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "This list of shortcuts"),
    ),
)


class ShortcutsDialog(QDialog):
    """Every shortcut in a quiet two-column list; Esc or Enter closes it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setAccessibleName(self.tr("Keyboard shortcuts"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(8)
        row = 0
        section = ""
        for entry in SHORTCUTS:
            # a key that is a letter or an F-key has no translation: tr() returns it as it is
            where, keys, what = (self.tr(text) for text in entry)
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
            what_label.setWordWrap(True)  # large type on a small screen
            what_label.setAccessibleName(fill(self.tr("%1: %2", "keys: what they do"), keys, what))
            grid.addWidget(key_label, row, 0)
            grid.addWidget(what_label, row, 1)
            row += 1
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        close.setIcon(QIcon())  # words only, as Settings' Close
        close.setDefault(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(18)
        # the list scrolls when it does not fit (a small screen, large type)
        page = QWidget(self)
        page.setLayout(grid)
        grid.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(VerticalScroll(page), 1)
        layout.addWidget(buttons)

    def keys(self) -> list[str]:
        """The key names shown, in order."""
        return [label.text() for label in self.findChildren(QLabel) if label.objectName() == "key"]
