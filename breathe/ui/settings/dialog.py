"""The settings dialog: a calm list of sections on the left (above, when narrow), one
section at a time.

Every change is checked and saved at once (atomically, by ``Settings.save``); there is no
OK or Apply to forget. ``settings_changed`` names what changed so the app can re-apply it;
the look (theme, large type, reduced motion) is applied to the application here, live.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QSize, QTimer, Signal
from PySide6.QtGui import QIcon, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from breathe.desktop import desktop_entry
from breathe.desktop.desktop_entry import DesktopEntryError
from breathe.i18n import fill
from breathe.paths import Locations, locations
from breathe.store.data_removal import remove_all_data, removed_kinds
from breathe.store.history import History
from breathe.store.settings import Settings
from breathe.ui.home.practice_card import apply_type_scale
from breathe.ui.settings.contacts import ContactsPage
from breathe.ui.settings.data import BackupPage, PrivacyPage
from breathe.ui.settings.pages import (
    STYLE,
    LookPage,
    Page,
    PracticePage,
    SettingsBinder,
    note,
)
from breathe.ui.settings.reminders import RemindersPage
from breathe.ui.settings.sections import SectionList
from breathe.ui.settings.voice import VoiceEngine, VoicePage
from breathe.ui.theme import Theme
from breathe.ui.widgets.screen_fit import resize_within_screen
from breathe.ui.widgets.vertical_scroll import VerticalScroll

log = logging.getLogger(__name__)

#: settings the Theme shows; changing one re-applies the look at once
LOOK = frozenset({"theme", "large_type", "reduced_motion"})
PROBLEM_SECONDS = 12  # how long a refused value's message stays


def _scrolling(page: QWidget) -> VerticalScroll:
    # large type must never clip: a section scrolls when it does not fit
    return VerticalScroll(page)


class SettingsDialog(QDialog):
    """Practice, Voice & sound, Look, Privacy & history, Reminders, Crisis contacts, Backup.

    Args:
        settings: the app's settings object (changed in place and saved to its file).
        voice: the speech engine, for the voice list and "Test voice" (None: no speech).
        theme: the app's theme, re-applied live when the look changes (None: not applied).
        history: the app's open history, emptied and closed by "Delete all my data".
        where: where breathe keeps its files (default: ``paths.locations()``).

    Signals:
        settings_changed(frozenset[str]): names of settings that changed (already saved).
        programmes_changed(): a restore replaced the programmes and the pain map.
        about_to_erase(): "Delete all my data" was confirmed; end a running session now.
        data_erased(): history and config files are gone; the history object is closed.
    """

    settings_changed = Signal(object)
    programmes_changed = Signal()
    about_to_erase = Signal()
    data_erased = Signal()

    def __init__(
        self,
        settings: Settings,
        *,
        voice: VoiceEngine | None = None,
        theme: Theme | None = None,
        history: History | None = None,
        where: Locations | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setAccessibleName(self.tr("breathe settings"))
        self.settings = settings
        self.theme = theme
        self.history = history
        self.where = where if where is not None else locations()
        self.binder = SettingsBinder(settings, self)
        self.binder.changed.connect(self._changed)
        self.binder.problem.connect(self.show_message)

        self.practice = PracticePage(self.binder)
        self.voice = VoicePage(self.binder, voice)
        self.look = LookPage(self.binder)
        self.privacy = PrivacyPage(self.binder)
        self.reminders = RemindersPage(self.binder)
        self.contacts = ContactsPage(self.binder)
        self.backup = BackupPage(self.binder)
        self.pages: list[Page] = [
            self.practice,
            self.voice,
            self.look,
            self.privacy,
            self.reminders,
            self.contacts,
            self.backup,
        ]
        self.privacy.erase_confirmed.connect(self.erase_all_data)
        self.backup.restored.connect(self._restored)

        self._build()
        apply_type_scale(self)
        metrics = self.fontMetrics()
        resize_within_screen(  # never larger than the screen (a small one, large type)
            self, max(760, metrics.averageCharWidth() * 100), max(540, metrics.lineSpacing() * 30)
        )
        self.sections.focus_current()

    def _build(self) -> None:
        """The sections list, the pages, a message line, and Close."""
        self.setStyleSheet(STYLE)
        self.sections = SectionList([page.title for page in self.pages], self)
        self.sections.setAccessibleName(self.tr("Settings sections"))
        self.stack = QStackedWidget(self)
        for page in self.pages:
            self.stack.addWidget(_scrolling(page))
        self.sections.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.sections.setCurrentRow(0)

        self.problem = note("", self)
        self.problem.setObjectName("problem")
        self.problem.setAccessibleDescription(self.tr("Settings message"))  # its text: its name
        self.problem.hide()
        self._problem_timer = QTimer(self)
        self._problem_timer.setSingleShot(True)
        self._problem_timer.timeout.connect(self.problem.hide)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAccessibleName(self.tr("Close settings"))
        self.close_button.setIcon(QIcon())
        saved = QLabel(self.tr("Changes are saved as you make them."), self)
        saved.setForegroundRole(self.problem.foregroundRole())
        bottom = QHBoxLayout()
        bottom.addWidget(saved, 1)
        bottom.addWidget(buttons)

        # the sections beside the page, or above it when the dialog is narrow
        self.body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.body.setSpacing(16)
        self.body.addWidget(self.sections)
        self.body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 16)
        layout.setSpacing(12)
        layout.addLayout(self.body, 1)
        # the dialog may be as narrow as the sections above the page allow: the layout in
        # force (sections beside the page) must not hold it wider (see ``_fit_sections``)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.addWidget(self.problem)
        layout.addLayout(bottom)

    def _fit_sections(self, width: int) -> None:
        """Sections in a column when the widest page still fits beside them, else in rows."""
        layout = self.layout()
        assert layout is not None
        margins = layout.contentsMargins()
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        page = max(p.minimumSizeHint().width() for p in self.pages) + bar
        room = width - margins.left() - margins.right() - self.body.spacing()
        column = room - self.sections.column_width() >= page
        direction = QBoxLayout.Direction.LeftToRight if column else QBoxLayout.Direction.TopToBottom
        if self.body.direction() != direction:
            self.body.setDirection(direction)
            self.body.setStretchFactor(self.stack, 1)
            self.sections.set_column(column)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._fit_sections(event.size().width())
        super().resizeEvent(event)

    def minimumSizeHint(self) -> QSize:
        """The narrowest the dialog can be: sections above the page."""
        layout = self.layout()
        assert layout is not None
        margins = layout.contentsMargins()
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        page = max(p.minimumSizeHint().width() for p in self.pages) + bar
        widest = max(page, self.sections.column_width())
        return QSize(widest + margins.left() + margins.right(), 320)

    def showEvent(self, event: QShowEvent) -> None:
        self.setMinimumSize(self.minimumSizeHint())
        super().showEvent(event)

    # -- navigation ------------------------------------------------------------------------
    def show_section(self, page: Page) -> None:
        """Open ``page`` (e.g. Crisis contacts from the urgent-help page)."""
        self.sections.setCurrentRow(self.pages.index(page))

    # -- changes ---------------------------------------------------------------------------
    def _changed(self, names: frozenset[str]) -> None:
        log.info("settings changed: %s", ", ".join(sorted(names)))
        if names & LOOK:
            self.apply_look()
        self.settings_changed.emit(frozenset(names))

    def apply_look(self) -> None:
        """Show the theme, type size and motion the settings hold, on the whole app."""
        app = QApplication.instance()
        if self.theme is None or not isinstance(app, QApplication):
            return
        self.theme.scheme = self.settings.theme
        self.theme.large_type = self.settings.large_type
        self.theme.reduced_motion = self.settings.reduced_motion
        self.theme.apply(app)
        apply_type_scale(self)

    def show_message(self, text: str) -> None:
        """A one-line message under the sections for ``PROBLEM_SECONDS``."""
        self.problem.setText(text)
        self.problem.setAccessibleDescription(text)
        self.problem.show()
        self._problem_timer.start(PROBLEM_SECONDS * 1000)

    def refresh(self) -> None:
        for page in self.pages:
            page.refresh()

    def _restored(self) -> None:
        self.refresh()
        self.programmes_changed.emit()

    # -- delete all my data ------------------------------------------------------------------
    def erase_all_data(self) -> bool:
        """Remove history and config files; settings go back to their defaults in memory."""
        self.about_to_erase.emit()
        if self.settings.autostart:
            try:
                desktop_entry.set_autostart(False)
            except (OSError, DesktopEntryError) as exc:
                log.warning("start at login left on: %s", exc)
        removed: list[Path] = []
        try:
            removed = remove_all_data(self.where, self.history)
        except OSError as exc:
            self.show_message(
                fill(self.tr("Some of your data could not be deleted: %1"), exc.strerror or exc)
            )
            ok = False
        else:
            ok = True
        self.history = None
        self.binder.replace_all(Settings(), save=False)
        self.refresh()
        self.backup.status.setText("")
        self.data_erased.emit()
        if ok:
            self.show_message(self._removed_text(removed_kinds(removed, self.where)))
        return ok

    def _removed_text(self, kinds: list[str]) -> str:
        """Says what "Delete all my data" removed, e.g. "your session history, the log"."""
        if not kinds:
            return self.tr("There was no data of yours on this computer to delete.")
        names = {
            "history": self.tr("your session history"),
            "settings": self.tr("your settings and crisis contacts"),
            "painmap": self.tr("your pain map"),
            "programmes": self.tr("your programmes"),
            "log": self.tr("the log"),
            "speech": self.tr("the rendered speech"),
        }
        return fill(self.tr("Deleted from this computer: %1."), ", ".join(names[k] for k in kinds))
