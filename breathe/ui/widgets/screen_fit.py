"""A window's first size, never larger than the screen it opens on.

A size worked out from the type (so many characters wide, so many lines tall) grows with
large type: on a small screen it must stop at the screen's edge (the page scrolls inside).
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


def resize_within_screen(window: QWidget, width: int, height: int) -> None:
    """``window.resize(width, height)``, within the available area of its screen."""
    parent = window.parentWidget()
    screen = (parent.screen() if parent is not None else None) or QGuiApplication.primaryScreen()
    if screen is not None:
        area = screen.availableGeometry()
        width, height = min(width, area.width()), min(height, area.height())
    window.resize(width, height)
