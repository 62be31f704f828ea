"""The ways back from a page: Esc, the platform's Back keys (Alt+Left) and the mouse's Back.

Every page but home has a visible Back (or Done) too; these are the keys a person reaches
for without looking. They are bound on the page itself, so they work only while it shows
(pages not on top of the window's stack are hidden) and never compete with a running
session's own Esc (stop).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QMouseEvent, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget


class BackKeys(QObject):
    """Calls ``go_back`` on Esc, Alt+Left (the platform's Back) and the mouse's Back button.

    Args:
        page: the page the keys belong to (they work while it can be seen).
        go_back: what going back means there (emit the page's ``back_requested``...).
        backspace: Backspace goes back too (a page with nothing to type in).
    """

    def __init__(
        self, page: QWidget, go_back: Callable[[], object], *, backspace: bool = False
    ) -> None:
        super().__init__(page)
        self._go_back = go_back
        keys = [QKeySequence(Qt.Key.Key_Escape), QKeySequence(Qt.Key.Key_Back)]
        keys += QKeySequence.keyBindings(QKeySequence.StandardKey.Back)  # Alt+Left here
        if backspace:
            keys.append(QKeySequence(Qt.Key.Key_Backspace))
        for key in keys:
            shortcut = QShortcut(key, page, self.go_back)
            shortcut.setAutoRepeat(False)  # a key held down goes back one page, not several
        page.installEventFilter(self)  # the mouse's Back button, unless a child took it

    def go_back(self) -> None:
        """Go back, as the keys do (the page's Back button calls this too)."""
        self._go_back()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.MouseButtonPress
            and isinstance(event, QMouseEvent)
            and event.button() == Qt.MouseButton.BackButton
        ):
            self._go_back()
            return True
        return False


def back_button(
    page: QWidget, go_back: Callable[[], object], *, backspace: bool = False
) -> QPushButton:
    """The page's visible "← Back" (Enter presses it while it has the focus), and its keys.

    One way back that looks, reads to a screen reader ("Back") and answers the same keys
    on every page.
    """
    button = QPushButton(QCoreApplication.translate("BackKeys", "← Back"), page)
    button.setAccessibleName(QCoreApplication.translate("BackKeys", "Back"))
    button.setAutoDefault(True)
    keys = BackKeys(page, go_back, backspace=backspace)
    button.clicked.connect(keys.go_back)
    return button


def back_row(back: QPushButton, heading: QWidget) -> QHBoxLayout:
    """Back, then the page's name, along the top of a page: the way out always in sight."""
    top = QHBoxLayout()
    top.addWidget(back)
    top.addSpacing(16)
    top.addWidget(heading)
    top.addStretch(1)
    return top
