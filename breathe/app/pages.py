"""The pages and dialogs the running app opens: history, settings, programmes, crisis help,
the pain map and About; and what they change, applied to the shell.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Protocol

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from breathe.i18n import fill
from breathe.launch import LaunchRequest
from breathe.store.painmap import PainMap

if TYPE_CHECKING:
    from breathe.app.desktop_side import DesktopSide
    from breathe.audio.speech import Voice
    from breathe.desktop.reminder_timer import ReminderTimer
    from breathe.paths import Locations
    from breathe.store.history import History
    from breathe.store.settings import Settings
    from breathe.ui.about_dialog import AboutDialog
    from breathe.ui.main_window import MainWindow
    from breathe.ui.settings.dialog import SettingsDialog
    from breathe.ui.theme import Theme

log = logging.getLogger(__name__)


def open_dialog(dialog: QDialog) -> None:
    """Open ``dialog`` (window-modal, deleted when closed); closing it puts the keyboard
    focus back where it was, e.g. on the Settings button that opened it."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    parent = dialog.parentWidget()
    focus = parent.window().focusWidget() if parent is not None else QApplication.focusWidget()
    if focus is not None and not dialog.isAncestorOf(focus):
        # after Qt's own re-activation of the window, which may pick another widget
        dialog.finished.connect(lambda _result: QTimer.singleShot(0, lambda: _refocus(focus)))
    dialog.open()


def _refocus(widget: QWidget) -> None:
    if shiboken6.isValid(widget) and widget.isVisible():
        widget.setFocus(Qt.FocusReason.OtherFocusReason)


class Shell(Protocol):
    """What the pages use of the app shell (``app.shell.AppShell``)."""

    app: QApplication
    window: MainWindow
    settings: Settings
    pain_map: PainMap
    locations: Locations
    theme: Theme
    desktop: DesktopSide | None
    request: LaunchRequest | None

    @property
    def voice(self) -> Voice | None: ...

    @property
    def reminders(self) -> ReminderTimer | None: ...

    @property
    def history(self) -> History | None: ...

    @property
    def opened_history(self) -> History | None: ...

    def forget_history(self) -> None: ...

    def launch(self, request: LaunchRequest) -> None: ...

    def launch_asking(self, request: LaunchRequest) -> None: ...

    def end_session(self) -> None: ...

    def set_reduced_motion(self, on: bool) -> None: ...

    def set_flare_day(self, on: bool) -> None: ...


class Pages:
    """Opens pages and dialogs for ``shell`` and applies what they change."""

    def __init__(self, shell: Shell) -> None:
        self.shell = shell

    def show_history(self) -> None:
        """The history page, read afresh each time it is opened."""
        shell = self.shell
        history = shell.history
        if history is None:
            return  # the banner already says why history is off
        from breathe.ui.history.page import HistoryPage

        page = HistoryPage(history, keep_notes=shell.settings.keep_notes)
        page.back_requested.connect(shell.window.go_back)
        page.back_requested.connect(page.deleteLater)  # it leaves the stack when deleted
        shell.window.show_page(page)

    def show_settings(self) -> SettingsDialog:
        """The settings dialog; every change is saved at once and applied live."""
        from breathe.ui.settings.dialog import SettingsDialog

        shell = self.shell
        dialog = SettingsDialog(
            shell.settings,
            voice=shell.voice,
            theme=shell.theme,
            history=shell.opened_history,
            where=shell.locations,
            parent=shell.window,
        )
        dialog.settings_changed.connect(self._apply_settings)
        dialog.programmes_changed.connect(self.refresh_programmes)
        dialog.about_to_erase.connect(self._before_erase)
        open_dialog(dialog)
        return dialog

    def show_contact_settings(self) -> SettingsDialog:
        """Settings, open on the crisis contacts."""
        dialog = self.show_settings()
        dialog.show_section(dialog.contacts)
        return dialog

    def _before_erase(self) -> None:
        """Delete all my data: end the session and let go of the history first."""
        self.shell.end_session()
        self.shell.forget_history()

    def _apply_settings(self, names: frozenset[str]) -> None:
        shell, s = self.shell, self.shell.settings
        if names & {"voice_name", "voice_rate", "voice_volume"} and shell.voice is not None:
            shell.voice.configure(s.voice_name, s.voice_rate, s.voice_volume)
        if names & {"reminders", "reminder_minutes", "reminder_times"} and shell.reminders:
            from breathe.engine.reminders import ReminderError, ReminderSchedule

            try:
                shell.reminders.set_schedule(
                    ReminderSchedule.from_settings(
                        s.reminders, s.reminder_minutes, s.reminder_times
                    )
                )
            except ReminderError as exc:
                log.warning("reminders unchanged: %s", exc)
        if "reduced_motion" in names:
            shell.set_reduced_motion(s.reduced_motion)
        if "keep_in_tray" in names:
            shell.app.setQuitOnLastWindowClosed(not s.keep_in_tray)
        if "flare_day" in names:
            shell.window.set_flare_day(s.flare_day)
        if "start_now" in names:
            shell.window.set_start_now(s.start_now)

    def show_programmes(self) -> None:
        """Save the current choice under a name, rename, delete or start one."""
        from breathe.store.programmes import Programmes
        from breathe.ui.programmes_dialog import ProgrammesDialog

        shell = self.shell
        current = self.current_choice()
        dialog = ProgrammesDialog(Programmes.load(), current=current, parent=shell.window)
        dialog.start_requested.connect(shell.launch_asking)
        dialog.programmes_changed.connect(lambda _items: self.refresh_programmes())
        open_dialog(dialog)

    def current_choice(self) -> LaunchRequest | None:
        """The last session as a programme keeps it: with the voice, its rate, the tones and
        the pacing it ran with (a programme then starts the same on any computer)."""
        request, s = self.shell.request, self.shell.settings
        if request is None or not request.practice:
            return request
        from dataclasses import replace

        from breathe.engine.practices.catalog import resolve

        voice = s.voice if request.voice is None else request.voice
        grounding = resolve(request.practice)[0] == "grounding"
        self_paced = s.grounding_self_paced if request.self_paced is None else request.self_paced
        return replace(
            request,
            voice=voice,
            sounds=s.sounds if request.sounds is None else request.sounds,
            self_paced=self_paced if grounding else None,
            voice_name=(request.voice_name or s.voice_name) if voice else None,
            voice_rate=(request.voice_rate or s.voice_rate) if voice else None,
        )

    def ask_import(self) -> None:
        """Choose a programme file, then see what it holds before adding it."""
        from breathe.ui.programme_files import choose_programme_file

        choose_programme_file(self.shell.window, lambda path: self.offer_programme_file(str(path)))

    def offer_programme_file(self, path: str) -> None:
        """Show what the programme file at ``path`` holds, or in one line why it cannot be used.

        Nothing is added until the person says so (a double-click on a file lands here).
        """
        from pathlib import Path

        from breathe.store import programme_file
        from breathe.store.programmes import Programmes
        from breathe.ui.programme_files import ProgrammeOffer

        shell = self.shell
        try:
            found = programme_file.read(Path(path))
        except programme_file.ProgrammeFileError as exc:
            log.info("a programme file was refused")  # its name may name a client: not logged
            shell.window.show_banner(
                fill(
                    QCoreApplication.translate(
                        "Pages", "That programme file cannot be used: %1. Nothing was changed."
                    ),
                    exc,
                )
            )
            return
        log.info("offering a programme from a file")
        programmes = Programmes.load()
        dialog = ProgrammeOffer(found, programmes, source=Path(path).name, parent=shell.window)
        dialog.added.connect(self._added)
        dialog.start_requested.connect(shell.launch_asking)
        open_dialog(dialog)

    def _added(self, name: str) -> None:
        self.refresh_programmes()
        self.shell.window.show_banner(
            fill(
                QCoreApplication.translate(
                    "Pages", "Added \u201c%1\u201d to your programmes (the Programmes menu)."
                ),
                name,
            )
        )

    def ask_export(self, name: str) -> None:
        """Save the programme called ``name`` as a file to hand to someone."""
        from breathe.store.programmes import Programmes
        from breathe.ui.programme_files import export_programme

        programmes = Programmes.load()
        if name not in programmes:
            return  # deleted since the menu was made
        export_programme(
            self.shell.window,
            programmes.kept_name(name),
            programmes.get(name),
            self.shell.window.show_banner,
        )

    def refresh_programmes(self) -> None:
        items = self.programmes()
        if self.shell.desktop is not None:
            self.shell.desktop.set_programmes(items)
        self.shell.window.set_programmes(items)

    def programmes(self) -> list[tuple[str, LaunchRequest]]:
        """The named programmes as ``(name, LaunchRequest)`` pairs, read afresh."""
        from breathe.store.programmes import Programmes
        from breathe.ui.programmes_dialog import programme_requests

        return programme_requests(Programmes.load())

    def show_crisis(self) -> None:
        from breathe.ui.crisis_page import CrisisPage

        shell = self.shell
        page = CrisisPage(shell.settings.crisis_contacts)
        page.back_requested.connect(shell.window.go_back)
        page.back_requested.connect(page.deleteLater)
        page.edit_contacts_requested.connect(self.show_contact_settings)
        shell.window.show_page(page)

    def show_pain_map(self) -> None:
        """The pain map and the flare-day switch; each change is saved at once."""
        from breathe.ui.relaxation.pain_map_editor import PainMapEditor

        shell = self.shell
        editor = PainMapEditor()
        editor.set_pain_map(shell.pain_map.regions)
        editor.set_flare_day(shell.settings.flare_day)

        def save(regions: dict[str, str]) -> None:
            pain_map = PainMap(regions)
            pain_map.keep_unread_of(shell.pain_map)  # entries this version could not use
            pain_map.path = shell.pain_map.path
            shell.pain_map = pain_map  # the next session uses it, saved or not
            try:
                pain_map.save()
            except OSError as exc:
                problem = QCoreApplication.translate(
                    "Pages", "Your pain map could not be saved: %1"
                )
                shell.window.show_banner(fill(problem, exc.strerror or exc))

        editor.changed.connect(save)
        editor.flare_day_changed.connect(shell.set_flare_day)
        editor.back_requested.connect(shell.window.go_back)
        editor.back_requested.connect(editor.deleteLater)
        shell.window.show_page(editor)

    def show_about(self) -> AboutDialog:
        """Version, licence, where the person's data lives, and third-party notices."""
        from breathe.ui.about_dialog import AboutDialog

        dialog = AboutDialog(self.shell.locations, self.shell.window)
        open_dialog(dialog)
        return dialog
