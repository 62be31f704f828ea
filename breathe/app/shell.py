"""The app shell: what lives as long as breathe runs, and the session host of the moment.

The shell owns the window, the settings (and the pain map) in memory, the theme, the
history, sound and speech, the tray, reminders and the single-instance server. It turns a
``LaunchRequest`` into a ``SessionSetup`` and hands it to a new ``SessionHost``; it never
reaches into a session's parts. ``launch`` shows the window and, for a quick start, begins
the session before anything else is loaded; ``after_first_paint`` brings in the rest.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication

from breathe.app import logging_setup, startup_probe
from breathe.app.history_access import HistoryAccess
from breathe.app.pages import Pages
from breathe.app.preferences import Preferences
from breathe.app.sound_side import SoundSide
from breathe.launch import LaunchRequest
from breathe.paths import Locations
from breathe.store.painmap import PainMap
from breathe.ui.main_window import MainWindow
from breathe.ui.theme import Theme

if TYPE_CHECKING:  # loaded when first used: the first screen needs none of them
    from breathe.app.desktop_side import DesktopSide
    from breathe.app.session_host import SessionHost
    from breathe.app.session_setup import SessionSetup
    from breathe.audio.cue_player import CuePlayer
    from breathe.audio.speech import Voice
    from breathe.desktop.reminder_timer import ReminderTimer
    from breathe.desktop.screensaver import ScreenSaverInhibitor
    from breathe.desktop.tray import Tray
    from breathe.engine.runner import Status
    from breathe.store.history import History
    from breathe.store.recorder import HistoryRecorder
    from breathe.ui.presenter.screens import Placement

log = logging.getLogger(__name__)


class AppShell(QObject):
    """Owns the window, the settings, the history and at most one running session.

    Signals:
        trouble(str): a line for the person from another thread (queued to ``notify``).
    """

    trouble = Signal(str)

    def __init__(
        self,
        app: QApplication,
        locations: Locations,
        *,
        unusable: Mapping[str, OSError] | None = None,
    ) -> None:
        """``unusable``: folders that could not be made (``Locations.ensure``): breathe runs
        without them, and says so once."""
        super().__init__(app)
        self.app = app
        self.locations = locations
        self.unusable = dict(unusable or {})
        self.prefs = Preferences(locations, self.unusable, self.notify)
        self.notices: list[str] = list(self.prefs.notices)
        self.settings = self.prefs.settings
        self.theme = Theme(
            self.settings.theme,
            large_type=self.settings.large_type,
            reduced_motion=self.settings.reduced_motion,
        )
        self.theme.apply(app)
        self.session: SessionHost | None = None
        self.request: LaunchRequest | None = None
        self._replacing = False  # a new session is replacing the current one
        self.sound = SoundSide(self)  # cue tones and the voice: just after the first paint
        app.aboutToQuit.connect(self.sound.close)
        self.desktop: DesktopSide | None = None  # the tray, reminders...: after the paint
        # a data folder that cannot be used is never opened: the line above said so
        self.histories = HistoryAccess(
            locations.database, self.notify, self, off="data" in self.unusable
        )
        self.histories.ready.connect(self._history_ready)
        self._painted = False
        self.window = MainWindow(
            self.settings.last_choice,
            self.settings.start_now,
            new_to=self.prefs.new_to(),
            voice=self.settings.voice,
            sounds=self.settings.sounds,
        )
        self.pages = Pages(self)
        self.window.start_requested.connect(self.launch_asking)
        self.window.choice_changed.connect(self.prefs.remember_choice)
        self.window.explainer_shown.connect(self._seen_explainer)
        self.window.history_requested.connect(self.pages.show_history)
        self.window.settings_requested.connect(self.pages.show_settings)
        self.window.crisis_requested.connect(self.pages.show_crisis)
        self.window.pain_map_requested.connect(self.pages.show_pain_map)
        self.window.programmes_requested.connect(self.pages.show_programmes)
        self.window.programme_import_requested.connect(self.pages.ask_import)
        self.window.programme_export_requested.connect(self.pages.ask_export)
        self.window.about_requested.connect(self.pages.show_about)
        self.window.set_flare_day(self.settings.flare_day)
        self.window.flare_day_changed.connect(self.set_flare_day)
        self.window.set_your_pace(self.settings.your_pace)
        # a Python filter on the window would see (and wrap) each of its events: a hook only
        self.window.close_guard = self._closing
        self.trouble.connect(self.notify)
        for notice in self.notices:  # someone who started breathe from a menu sees them too
            self.window.show_banner(notice)
        app.aboutToQuit.connect(self.end_session)
        # logout: the session manager asks us to save; a running session ends as stopped
        app.commitDataRequest.connect(lambda _manager: self.end_session())

    @property
    def pain_map(self) -> PainMap:
        return self.prefs.pain_map

    @pain_map.setter
    def pain_map(self, pain_map: PainMap) -> None:
        """The pain map the next session uses (saved or not)."""
        self.prefs.pain_map = pain_map

    def _closing(self) -> bool:
        """Closing the window ends a session as stopped; keep-in-tray hides instead (True)."""
        self.end_session()
        if self.settings.keep_in_tray and self.tray is not None:
            self.window.hide()
            self.window.show_home()
            return True
        return False

    @property
    def cues(self) -> CuePlayer | None:
        return self.sound.cues

    @property
    def voice(self) -> Voice | None:
        return self.sound.voice

    @property
    def tray(self) -> Tray | None:
        """The tray icon, once the desktop side is up (None where the desktop has none)."""
        return None if self.desktop is None else self.desktop.tray

    @property
    def reminders(self) -> ReminderTimer | None:
        return None if self.desktop is None else self.desktop.reminders

    # -- history ---------------------------------------------------------------------
    @property
    def history(self) -> History | None:
        """The history database, opened now if need be; None when it cannot be used."""
        return self.histories.history

    @property
    def opened_history(self) -> History | None:
        """The history if it is open already (None: not opened, or not usable)."""
        return self.histories.opened

    def forget_history(self) -> None:
        """Let go of the history (before its files are deleted); reopened on next use."""
        self.histories.forget()

    def _history_ready(self) -> None:
        """The history opened in the background: the running session is recorded from now."""
        if self.session is not None:
            self._attach_recorder(self.session)

    def notify(self, message: str) -> None:
        """A calm line for the person: in the window's banner, and once on stderr."""
        self.notices.append(message)
        self.window.show_banner(message)

    # -- launching ------------------------------------------------------------------
    def launch_asking(self, request: LaunchRequest) -> None:
        """What the person chose in the app: like ``launch``, but a presenter session whose
        screen is not connected asks first where the client's session should go."""
        from breathe.app.screen_choice import ask_if_missing

        if not ask_if_missing(self, request):
            self.launch(request)

    def launch(self, request: LaunchRequest, where: Placement | None = None) -> None:
        """Show the window, and start the requested session at once (or offer a file).

        ``where``: the client's screen as the therapist chose it (presenter mode); without
        it nothing is asked (a command line never waits) and a missing one falls back.
        """
        if request.open_file is not None:
            self.window.show()
            self.pages.offer_programme_file(request.open_file)
            return
        if request.practice is not None:
            self.start_session(request)
        if request.presenter and self.session is not None:
            self.window.show()  # the therapist's own controls
            self.session.show_presenter(self.app.screens(), where)
        elif request.fullscreen:
            self._place_on_screen(request.screen)
            self.window.showFullScreen()
        else:
            if request.screen is not None:
                self._place_on_screen(request.screen)
            self.window.show()

    def _place_on_screen(self, number: int | None) -> None:
        screens = self.app.screens()
        if number is None:
            number = self.settings.presenter_screen if len(screens) > 1 else 1
        screen = screens[min(number, len(screens)) - 1]
        self.window.setScreen(screen)
        self.window.move(screen.availableGeometry().topLeft())

    def setup_for(self, request: LaunchRequest) -> SessionSetup:
        """The session ``request`` asks for, from the settings in memory.

        Raises:
            PracticeError: the request's practice or options are not valid.
        """
        from breathe.app.session_setup import setup_for

        return setup_for(request, self.settings, self.pain_map)

    def start_session(self, request: LaunchRequest) -> None:
        """Build the session for ``request`` and start it now (ending any other first)."""
        from breathe.app.session_host import SessionHost

        setup = self.setup_for(request)  # bad input raises before anything changes
        self._replacing = True  # the session it replaces does not quit the app (hand-off)
        try:
            self.end_session()
        finally:
            self._replacing = False
        self.request = request
        # a private session leaves no trace: no log line names it, nothing cached stays
        logging_setup.set_private(setup.private)
        self.sound.render_privately(setup.private or "cache" in self.unusable)
        # a quick start opens the history just after the first paint (after_first_paint)
        session = SessionHost(
            setup,
            cues=self.cues,
            voice=self.voice,
            recorder=self._recorder_for(setup) if self._painted else None,
            inhibitor=self._inhibitor() if self._painted else None,  # Qt D-Bus: after paint
            parent=self,
        )
        session.explain_requested.connect(self.window.show_explainer)
        session.fullscreen_toggled.connect(self.window.toggle_fullscreen)
        session.again_requested.connect(lambda: self.start_session(request))
        session.done_requested.connect(self._done)
        session.notice.connect(self.window.show_banner)
        session.finished.connect(self._on_finished)
        session.pace_chosen.connect(self._keep_your_pace)
        self.session = session
        self._speak_as_session()
        self.window.show_page(session.view)
        session.start()  # Start now stays what the person chose: a session never changes it
        if self.reminders is not None:
            self.reminders.session_started()
        if setup.private:
            log.info("private session started")  # never what, or for how long
            return
        log.info("session started: %s %s", request.practice, dict(request.options))

    def _recorder_for(self, setup: SessionSetup, *, wait: bool = False) -> HistoryRecorder | None:
        """A recorder for ``setup``'s row; None for a private session, or while the history
        is still opening in the background (unless ``wait``: it is attached on ``ready``)."""
        if setup.private or not self.settings.history_enabled:
            return None  # private: nothing at all is written
        history = self.history if wait else self.histories.opened
        if history is None:
            return None
        from breathe.store.recorder import HistoryRecorder

        return HistoryRecorder(history)

    def _inhibitor(self) -> ScreenSaverInhibitor:
        from breathe.desktop.screensaver import ScreenSaverInhibitor

        return ScreenSaverInhibitor()

    def _on_finished(self, status: Status) -> None:
        session = self.session
        if session is None:
            return
        if session.recorder is None:  # ended before its history was open: still saved
            self._attach_recorder(session, wait=True)
        if not session.setup.private:  # a private session changes no setting, not even these
            self._seen_explainer(session.setup.practice)  # after a first session, not "new"
            self.prefs.save()
        if self.reminders is not None:
            self.reminders.session_ended()
        if not self.window.has_home:  # built now, so that "Done" shows it at once
            QTimer.singleShot(0, self, lambda: self.window.home)
        # --quit-at-end belongs to its own session: one replaced by a newer request (a second
        # `breathe start`, a tray quick start) ends as stopped and leaves the newer running
        if session.setup.request.quit_at_end and not self._replacing:
            self.app.quit()

    def _attach_recorder(self, session: SessionHost, *, wait: bool = False) -> None:
        """Record a session that started without its history (once, from its start)."""
        recorder = self._recorder_for(session.setup, wait=wait)
        if recorder is not None:
            session.attach_recorder(recorder)

    def _done(self) -> None:
        self.end_session()
        self.window.show_home()

    def end_session(self) -> None:
        """Stop a running session (saved as stopped) and drop it."""
        session = self.session
        if session is not None:
            session.end()  # its end is handled (saved) while it is still the current one
            self.session = None
            session.deleteLater()
            self._speak_as_session()
            logging_setup.set_private(False)

    def _voice_choice(self) -> tuple[str | None, int]:
        """The voice and words a minute of this session (a programme's own), else the settings'."""
        if self.session is None:
            return self.settings.voice_name, self.settings.voice_rate
        return self.session.setup.voice_name, self.session.setup.voice_rate

    def _speak_as_session(self) -> None:
        self.sound.speak_as(*self._voice_choice(), self.settings.voice_volume)

    def _keep_your_pace(self, pace: float) -> None:
        """The pace marked easiest after resonance: kept, and offered on home."""
        self.prefs.keep_your_pace(pace)
        self.window.set_your_pace(pace)

    def set_reduced_motion(self, on: bool) -> None:
        if self.session is not None:
            self.session.view.set_reduced_motion(on)

    def set_flare_day(self, on: bool) -> None:
        """A flare day: relaxation is release-only from the next session until turned off."""
        if self.prefs.set_flare_day(on):
            self.window.set_flare_day(on)

    # -- after the first paint -----------------------------------------------------
    def after_first_paint(self) -> None:
        """Load what the first screen did not need."""
        from breathe.desktop.app_icon import app_icon

        self._painted = True
        # on X11 a window's icon is every size of it decoded and sent to the window manager:
        # 37 M instructions before the first paint, for an icon that can come a moment later
        self.app.setWindowIcon(app_icon())
        session = self.session
        if session is not None:
            session.attach_inhibitor(self._inhibitor())
        # a private session leaves the history as it was: not even opened (or created); else
        # it opens on a worker (a busy database must not stall the breath on screen), and
        # the session's row is written from its start once it is open (_history_ready)
        if session is None or not session.setup.private:
            self.histories.open_later()
        private = session is not None and session.setup.private
        self.sound.start(
            self.locations.speech_cache,
            (*self._voice_choice(), self.settings.voice_volume),
            private=private or "cache" in self.unusable,
            on_trouble=self.trouble.emit,
        )
        if session is not None:
            session.attach_audio(self.cues, self.voice)
            self.sound.follow_start(self._show_voice)
        self._start_desktop_side()
        self.pages.refresh_programmes()
        if self.window.has_home:  # the Customise panels (a quick start has no home yet)
            self.window.home.build_panels()

    def _show_voice(self) -> None:
        if self.session is not None:
            self.session.view.sync_voice()

    def _start_desktop_side(self) -> None:
        from breathe.app.desktop_side import DesktopSide

        desktop = DesktopSide(self.settings, self.pages.programmes(), self.locations.instance_key())
        desktop.setParent(self)
        desktop.start_requested.connect(self.launch_asking)
        desktop.show_requested.connect(self._show_window)
        desktop.quit_requested.connect(self.shutdown)
        desktop.forwarded.connect(self._on_forwarded)
        desktop.notice.connect(self.window.show_banner)
        self.desktop = desktop

    def _show_window(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    def _on_forwarded(self, request: LaunchRequest) -> None:
        self.window.setWindowState(self.window.windowState() & ~Qt.WindowState.WindowMinimized)
        startup_probe.report_next_paint(self.window, "handoff_paint")  # benchmarks only
        try:
            self.launch(request)
        except ValueError as exc:
            self.window.show_banner(str(exc))
        self.window.raise_()
        self.window.activateWindow()

    # -- settings ------------------------------------------------------------------
    def _seen_explainer(self, explainer: str) -> None:
        if self.session is not None and self.session.setup.private:
            return  # read during a private session: remembered nowhere
        if self.prefs.mark_seen(explainer):
            self.window.set_new_to(self.prefs.new_to())

    def continued(self, act: bool) -> None:
        """The process was stopped and continues (SIGCONT): that time is not practice.

        Called from the signal handler first (``act`` False: the controller only sets a
        flag) and then from the event loop, where the session catches up at once.
        """
        session = self.session
        if session is None:
            return
        if act:
            session.controller.heartbeat()  # unless an overdue tick has already
        else:
            session.controller.note_continued()

    # -- ending ------------------------------------------------------------------------
    def shutdown(self) -> None:
        """SIGTERM, logout or quit: end the session as stopped (saved), then quit."""
        self.end_session()
        self.app.quit()

    def close(self) -> None:
        """Flush and release the history (its locks) when the event loop has ended."""
        self.histories.close()
