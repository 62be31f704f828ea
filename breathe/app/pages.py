"""The pages and dialogs the running app opens: history, settings, programmes, crisis help
and the pain map. A mixin of ``app_session.Breathe``, kept apart to keep each module small.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt

from breathe.launch import LaunchRequest
from breathe.store.settings import PainMap

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from breathe.paths import Locations
    from breathe.store.history import History
    from breathe.store.settings import Settings
    from breathe.ui.main_window import MainWindow
    from breathe.ui.theme import Theme

log = logging.getLogger(__name__)


class Pages:
    """Opening pages and dialogs, and applying what they change."""

    app: QApplication
    window: MainWindow
    settings: Settings
    locations: Locations
    theme: Theme
    voice: Any
    tray: Any
    reminders: Any
    view: Any
    request: LaunchRequest | None
    _history: History | None
    # Breathe also provides: history (property), launch(request), end_session()

    def show_history(self) -> None:
        """The history page, read afresh each time it is opened."""
        history = self.history
        if history is None:
            return  # the banner already says why history is off
        from breathe.ui.history.page import HistoryPage

        page = HistoryPage(history, keep_notes=self.settings.keep_notes)
        page.back_requested.connect(self.window.show_home)
        page.back_requested.connect(page.deleteLater)  # it leaves the stack when deleted
        self.window.show_page(page)

    def show_settings(self, section: str | None = None) -> Any:
        """The settings dialog; every change is saved at once and applied live."""
        from breathe.ui.settings.dialog import SettingsDialog

        dialog = SettingsDialog(
            self.settings,
            voice=self.voice,
            theme=self.theme,
            history=self._history,
            where=self.locations,
            parent=self.window,
        )
        dialog.settings_changed.connect(self._apply_settings)
        dialog.programmes_changed.connect(self._refresh_programmes)
        dialog.about_to_erase.connect(self._before_erase)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if section is not None:
            dialog.show_section(getattr(dialog, section))
        dialog.open()
        return dialog

    def _before_erase(self) -> None:
        """Delete all my data: end the session and let go of the history first."""
        self.end_session()
        self._history = None

    def _apply_settings(self, names: frozenset[str]) -> None:
        s = self.settings
        if names & {"voice_name", "voice_rate", "voice_volume"} and self.voice is not None:
            self.voice.configure(s.voice_name, s.voice_rate, s.voice_volume)
        if names & {"reminders", "reminder_minutes", "reminder_times"} and self.reminders:
            from breathe.engine.reminders import ReminderError, ReminderSchedule

            try:
                self.reminders.set_schedule(
                    ReminderSchedule.from_settings(
                        s.reminders, s.reminder_minutes, s.reminder_times
                    )
                )
            except ReminderError as exc:
                log.warning("reminders unchanged: %s", exc)
        if "reduced_motion" in names and self.view is not None:
            self.view.set_reduced_motion(s.reduced_motion)
        if "keep_in_tray" in names:
            self.app.setQuitOnLastWindowClosed(not s.keep_in_tray)

    def show_programmes(self) -> None:
        """Save the current choice under a name, rename, delete or start one."""
        from breathe.store.programmes import Programmes
        from breathe.ui.programmes_dialog import ProgrammesDialog

        dialog = ProgrammesDialog(Programmes.load(), current=self.request, parent=self.window)
        dialog.start_requested.connect(self.launch)
        dialog.programmes_changed.connect(lambda _items: self._refresh_programmes())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _refresh_programmes(self) -> None:
        items = self._programmes()
        if self.tray is not None:
            self.tray.set_programmes(items)
        self.window.set_programmes(items)

    def show_crisis(self) -> None:
        from breathe.ui.crisis_page import CrisisPage

        page = CrisisPage(self.settings.crisis_contacts)
        page.back_requested.connect(self.window.show_home)
        page.edit_contacts_requested.connect(lambda: self.show_settings("contacts"))
        self.window.show_page(page)

    def show_pain_map(self) -> None:
        from breathe.ui.relaxation.pain_map_editor import PainMapEditor

        editor = PainMapEditor()
        editor.set_pain_map(PainMap.load().regions)

        def save(regions: dict[str, str]) -> None:
            try:
                PainMap(regions).save()
            except OSError as exc:
                self.window.show_banner(f"Your pain map could not be saved: {exc.strerror}")

        editor.changed.connect(save)
        self.window.show_page(editor)

    def _programmes(self) -> list[tuple[str, LaunchRequest]]:
        from breathe.store.programmes import Programmes
        from breathe.ui.programmes_dialog import programme_requests

        return programme_requests(Programmes.load())
