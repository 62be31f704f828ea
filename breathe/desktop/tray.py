"""The tray icon: quick starts, the person's programmes, Show and Quit; gentle notifications.

Only shown where the desktop has a system tray (``QSystemTrayIcon.isSystemTrayAvailable``);
elsewhere the object still exists, its menu still works, and ``notify`` says it could not show.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from breathe.desktop.app_icon import app_icon
from breathe.launch import LaunchRequest

log = logging.getLogger(__name__)

#: more programmes than this go into their own submenu, so the menu stays short
MAX_FLAT_PROGRAMMES = 5
NOTIFY_MS = 10_000


def _menu_text(name: str) -> str:
    return name.replace("&", "&&")  # a lone & would mark a keyboard mnemonic


class Tray(QObject):
    """breathe in the system tray.

    Args:
        programmes: the person's named programmes, as ``(name, request)``.
        icon: the tray icon (default: the app icon).
        parent: owner of the tray.
    """

    start_requested = Signal(object)  # LaunchRequest
    show_requested = Signal()
    quit_requested = Signal()

    def __init__(
        self,
        programmes: Sequence[tuple[str, LaunchRequest]] = (),
        icon: QIcon | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.menu = QMenu()
        self.menu.setObjectName("trayMenu")
        self.menu.setAccessibleName(self.tr("breathe"))
        self._icon = QSystemTrayIcon(icon if icon is not None else app_icon(), self)
        self._icon.setToolTip(self.tr("breathe"))
        self._icon.setContextMenu(self.menu)
        self._icon.activated.connect(self._on_activated)
        self.destroyed.connect(self.menu.deleteLater)
        self._programmes: list[tuple[str, LaunchRequest]] = list(programmes)
        self._build()

    @staticmethod
    def available() -> bool:
        """Whether this desktop shows tray icons."""
        return QSystemTrayIcon.isSystemTrayAvailable()

    @property
    def visible(self) -> bool:
        return self._icon.isVisible()

    def quick_starts(self) -> list[tuple[str, LaunchRequest]]:
        """The practices every menu offers, in order."""
        return [
            (self.tr("Coherent breathing"), LaunchRequest(practice="coherent")),
            (self.tr("Box breathing"), LaunchRequest(practice="box")),
            (self.tr("3-3-3 grounding"), LaunchRequest(practice="grounding")),
            (self.tr("Muscle relaxation"), LaunchRequest(practice="relaxation")),
        ]

    def set_programmes(self, programmes: Sequence[tuple[str, LaunchRequest]]) -> None:
        """Show these named programmes (after a rename, delete or new one)."""
        self._programmes = list(programmes)
        self._build()

    def show(self) -> bool:
        """Show the icon if the desktop has a tray; True if shown."""
        if not self.available():
            log.info("no system tray on this desktop: breathe runs without one")
            return False
        self._icon.show()
        return True

    def hide(self) -> None:
        self._icon.hide()

    def notify(self, title: str, text: str) -> bool:
        """A quiet notification from the tray; False if there is no tray to show it."""
        if not (self._icon.isVisible() and QSystemTrayIcon.supportsMessages()):
            log.info("notification not shown (no tray): %s", title)
            return False
        self._icon.showMessage(title, text, self._icon.icon(), NOTIFY_MS)
        return True

    def _build(self) -> None:
        self.menu.clear()
        for name, request in self.quick_starts():
            self._add_start(self.menu, name, request)
        if self._programmes:
            self.menu.addSeparator()
            target = self.menu
            if len(self._programmes) > MAX_FLAT_PROGRAMMES:
                target = self.menu.addMenu(self.tr("Your programmes"))
            for name, request in self._programmes:
                self._add_start(target, name, request)
        self.menu.addSeparator()
        show = self.menu.addAction(self.tr("Show breathe"))
        show.triggered.connect(self.show_requested)
        quit_action = self.menu.addAction(self.tr("Quit"))
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.quit_requested)

    def _add_start(self, menu: QMenu, name: str, request: LaunchRequest) -> None:
        action = menu.addAction(_menu_text(name))
        action.triggered.connect(lambda _checked=False, r=request: self.start_requested.emit(r))

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        # A plain click opens the window; the context menu comes on its own.
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.show_requested.emit()
