"""breathe's app icon as a QIcon, from the PNG sizes drawn for it (the SVG if they are missing)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from breathe.paths import APP_ID, asset

log = logging.getLogger(__name__)

#: the sizes a window, dialog or tray shows (largest: a task switcher on a HiDPI screen). On
#: X11 every size of a window's icon is decoded and sent: the 512 px one alone was 1.8 MiB
#: of memory for as long as breathe runs. It is drawn all the same, for the desktop entry's
#: icon theme (``breathe.desktop.desktop_entry``), where docks and menus look for it.
SIZES = (16, 32, 48, 64, 128, 256)


def app_icon() -> QIcon:
    """The app icon (for windows, dialogs and the tray)."""
    icon = QIcon()
    for size in SIZES:
        png = asset("icons", f"{APP_ID}-{size}.png")
        if png.is_file():
            icon.addFile(str(png), QSize(size, size))
    svg = asset("icons", f"{APP_ID}.svg")
    if icon.isNull() and svg.is_file():  # the PNGs are missing: draw from the SVG
        icon.addFile(str(svg))
    if icon.isNull():
        log.warning("breathe's icon files are missing from %s", asset("icons"))
    return icon
