"""About breathe: version, licence, where a person's data lives, and third-party notices."""

from __future__ import annotations

import logging
from importlib import metadata
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, QUrl, Signal, qVersion
from PySide6.QtGui import QDesktopServices, QIcon, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from breathe import __version__
from breathe.desktop.app_icon import app_icon
from breathe.i18n import fill
from breathe.paths import Locations
from breathe.ui.home.practice_card import apply_type_scale, set_type_scale
from breathe.ui.widgets.screen_fit import resize_within_screen
from breathe.ui.widgets.vertical_scroll import VerticalScroll

log = logging.getLogger(__name__)

LICENCE = "GPL-3.0-or-later"
LICENCE_URL = "https://www.gnu.org/licenses/gpl-3.0.html"
HOMEPAGE = "https://github.com/breathe-desktop/breathe"


def _version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return ""


def third_party() -> list[tuple[str, str, str, str]]:
    """(name, version, licence, homepage) of what breathe is built on."""
    return [
        ("Qt", qVersion(), "LGPL-3.0", "https://www.qt.io/"),
        ("PySide6 (Qt for Python)", pyside_version, "LGPL-3.0", "https://doc.qt.io/qtforpython/"),
        ("espeak-ng", "", "GPL-3.0-or-later", "https://github.com/espeak-ng/espeak-ng"),
        ("pyttsx3", _version("pyttsx3"), "MPL-2.0", "https://github.com/nateshmbhat/pyttsx3"),
        (
            "platformdirs",
            _version("platformdirs"),
            "MIT",
            "https://github.com/tox-dev/platformdirs",
        ),
    ]


def _label(text: str, parent: QWidget, *, rich: bool = False) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    if rich:
        label.setOpenExternalLinks(True)
        label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
    return label


def _muted(label: QLabel) -> QLabel:
    label.setObjectName("muted")
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # the theme's muted text
    return label


def _scrolling(page: QWidget) -> VerticalScroll:
    # Large type must never clip: every tab scrolls when it does not fit.
    return VerticalScroll(page)


class AboutDialog(QDialog):
    """Three calm tabs: About, Your data, Licences.

    Args:
        locations: where breathe keeps this person's files (``paths.locations()``).
        parent: the main window.

    Signals:
        folder_opened(Path): an "Open" button asked the desktop to show a folder.
    """

    folder_opened = Signal(Path)

    def __init__(self, locations: Locations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.locations = locations
        self.setWindowTitle(self.tr("About breathe"))
        self.setAccessibleName(self.tr("About breathe"))
        self.setWindowIcon(app_icon())
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(_scrolling(self._about_page()), self.tr("About"))
        self.tabs.addTab(_scrolling(self._data_page()), self.tr("Your data"))
        self.tabs.addTab(_scrolling(self._licences_page()), self.tr("Licences"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.setIcon(QIcon())  # words alone: calmer than the style's cross
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 16)
        layout.setSpacing(14)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        apply_type_scale(self)
        # room for ~85 characters a line and ~28 lines, whatever the type size
        metrics = self.fontMetrics()
        resize_within_screen(
            self, max(580, metrics.averageCharWidth() * 85), max(470, metrics.lineSpacing() * 28)
        )

    # -- pages -------------------------------------------------------------------------------
    def _about_page(self) -> QWidget:
        page = QWidget()
        icon = QLabel(page)
        icon.setPixmap(app_icon().pixmap(72, 72))
        icon.setAccessibleName(self.tr("breathe's icon"))
        name = _label("breathe", page)
        set_type_scale(name, 1.8, bold=True)
        self.version_label = _label(fill(self.tr("Version %1"), __version__), page)
        _muted(self.version_label)
        title = QVBoxLayout()
        title.setSpacing(2)
        title.addWidget(name)
        title.addWidget(self.version_label)
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(title, 1)
        what = _label(
            self.tr(
                "Calm paced breathing, 3-3-3 grounding and muscle relaxation, for moments "
                "of anxiety or pain and for everyday practice."
            ),
            page,
        )
        private = _label(
            self.tr(
                "Everything stays on this computer: no account, no tracking, nothing sent anywhere."
            ),
            page,
        )
        not_care = _label(
            self.tr(
                "breathe supports your own care; it does not replace advice from a "
                "clinician who knows you."
            ),
            page,
        )
        _muted(not_care)
        licence = fill(
            self.tr(
                "breathe is free software: you may share and change it under the "
                '<a href="%1">GNU General Public License</a>, version 3 or any later '
                "version (%2). It comes with no warranty."
            ),
            LICENCE_URL,
            LICENCE,
        )
        self.licence_label = _label(
            licence,
            page,
            rich=True,
        )
        self.licence_label.setAccessibleName(fill(self.tr("Licence: %1"), LICENCE))
        home = _label(f'<a href="{HOMEPAGE}">{HOMEPAGE}</a>', page, rich=True)
        home.setAccessibleName(self.tr("breathe's website"))
        column = QVBoxLayout(page)
        column.setContentsMargins(8, 16, 8, 8)
        column.setSpacing(14)
        column.addLayout(top)
        for label in (what, private, not_care, self.licence_label, home):
            set_type_scale(label, 1.0)
            column.addWidget(label)
        column.addStretch(1)
        return page

    def _data_page(self) -> QWidget:
        page = QWidget()
        intro = _label(
            self.tr(
                "breathe keeps your files here, readable only by you. You can back them "
                "up, or delete them all from Settings."
            ),
            page,
        )
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        self.folders: dict[str, Path] = {
            self.tr("History"): self.locations.data,
            self.tr("Settings, pain map and programmes"): self.locations.config,
            self.tr("Spoken guidance (can be rebuilt)"): self.locations.cache,
            self.tr("Log (for troubleshooting)"): self.locations.log,
        }
        self.open_buttons: list[QPushButton] = []
        for row, (what, folder) in enumerate(self.folders.items()):
            heading = _label(what, page)
            set_type_scale(heading, 1.0, bold=True)
            path = _label(str(folder), page)
            _muted(path)
            path.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse
                | Qt.TextInteractionFlag.TextSelectableByKeyboard
            )
            path.setAccessibleName(f"{what}: {folder}")
            button = QPushButton(self.tr("Open"), page)
            button.setAccessibleName(fill(self.tr("Open the folder for %1"), what.lower()))
            button.setAutoDefault(False)
            button.clicked.connect(lambda _c=False, f=folder: self.open_folder(f))
            self.open_buttons.append(button)
            grid.addWidget(heading, row * 3, 0)
            grid.addWidget(path, row * 3 + 1, 0)
            grid.addWidget(button, row * 3, 1, 2, 1, Qt.AlignmentFlag.AlignVCenter)
            grid.setRowMinimumHeight(row * 3 + 2, 14)  # air between folders
        grid.setColumnStretch(0, 1)
        column = QVBoxLayout(page)
        column.setContentsMargins(8, 16, 8, 8)
        column.setSpacing(14)
        column.addWidget(intro)
        column.addLayout(grid)
        column.addStretch(1)
        return page

    def _licences_page(self) -> QWidget:
        page = QWidget()
        intro = _label(
            self.tr("breathe is built with these free projects, used under their licences:"),
            page,
        )
        column = QVBoxLayout(page)
        column.setContentsMargins(8, 16, 8, 8)
        column.setSpacing(10)
        column.addWidget(intro)
        self.notices: list[QLabel] = []
        for name, version, licence, url in third_party():
            title = f"{name} {version}".strip()
            notice = _label(
                f'<b>{title}</b> — {licence}<br><a href="{url}">{url}</a>', page, rich=True
            )
            notice.setAccessibleName(f"{title}: {licence}")
            self.notices.append(notice)
            column.addWidget(notice)
        sources = _label(
            self.tr(
                "Their full licence texts come with each project. Qt and PySide6 are used as "
                "shared libraries you may replace with your own builds."
            ),
            page,
        )
        _muted(sources)
        column.addWidget(sources)
        column.addStretch(1)
        return page

    # -- actions -----------------------------------------------------------------------------
    def open_folder(self, folder: Path) -> None:
        """Show ``folder`` in the file manager (made first, so it opens)."""
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
        self.folder_opened.emit(folder)
