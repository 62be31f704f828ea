"""The running app: settings, history, the window and the session in it, wired together.

``Breathe.launch`` shows the window and, for a quick start, begins the session before
anything else is loaded; ``after_first_paint`` brings in sound, speech, the tray,
reminders and the single-instance server.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication

from breathe.app.pages import Pages
from breathe.cli.main import make_plan
from breathe.engine.practices.catalog import resolve, runner_policy
from breathe.launch import LaunchRequest
from breathe.paths import Locations
from breathe.store.settings import Settings
from breathe.ui.main_window import MainWindow
from breathe.ui.theme import Theme

if TYPE_CHECKING:  # imported when first used: the home screen needs none of them
    from breathe.store.history import History
    from breathe.store.recorder import HistoryRecorder
    from breathe.ui.session.controller import SessionController
    from breathe.ui.session.view import SessionView

log = logging.getLogger(__name__)

SCORE_FIELDS = ("rating_before", "rating_after", "pain_before", "pain_after")


class Breathe(Pages, QObject):
    """Owns the window, the settings, the history and at most one running session."""

    def __init__(self, app: QApplication, locations: Locations) -> None:
        super().__init__(app)
        self.app = app
        self.locations = locations
        self.notices: list[str] = []
        self.settings = Settings.load(locations.settings)
        if self.settings.notice:
            self.notices.append(self.settings.notice)
        self.theme = Theme(
            self.settings.theme,
            large_type=self.settings.large_type,
            reduced_motion=self.settings.reduced_motion,
        )
        self.theme.apply(app)
        self._history: History | None = None
        self._history_failed = False
        self.controller: SessionController | None = None
        self.view: SessionView | None = None
        self.recorder: HistoryRecorder | None = None
        self.request: LaunchRequest | None = None
        self.presenter: Any = None
        self._painted = False
        self._ratings: dict[str, Any] = {}
        self.cues: Any = None
        self.voice: Any = None
        self.tray: Any = None
        self.reminders: Any = None
        self.server: Any = None
        self.window = MainWindow(
            self.settings.last_choice,
            self.settings.default_practice,
            new_to=self._new_to(),
            voice=self.settings.voice,
            sounds=self.settings.sounds,
        )
        self.window.start_requested.connect(self.launch)
        self.window.choice_changed.connect(self._remember_choice)
        self.window.explainer_shown.connect(self._seen_explainer)
        self.window.history_requested.connect(self.show_history)
        self.window.settings_requested.connect(self.show_settings)
        self.window.crisis_requested.connect(self.show_crisis)
        self.window.pain_map_requested.connect(self.show_pain_map)
        self.window.programmes_requested.connect(self.show_programmes)
        self.window.installEventFilter(self)
        app.aboutToQuit.connect(self.end_session)
        # logout: the session manager asks us to save; a running session ends as stopped
        app.commitDataRequest.connect(lambda _manager: self.end_session())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        """Closing the window ends a session as stopped; keep-in-tray hides instead."""
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.end_session()
            if self.settings.keep_in_tray and self.tray is not None:
                self.window.hide()
                self.window.show_home()
                event.ignore()
                return True
        return False

    # -- history ---------------------------------------------------------------------
    @property
    def history(self) -> History | None:
        """The history database, opened on first use; None when it cannot be used."""
        if self._history is None and not self._history_failed:
            try:
                from breathe.store.history import History

                self._history = History.open(self.locations.database)
            except Exception as exc:  # a broken disk must never stop a session
                self._history_failed = True
                message = f"History is off for now: {exc}. Sessions will not be saved."
                log.exception("cannot open the history")
                self.notices.append(message)
                self.window.show_banner(message)
            else:
                if self._history.notice:
                    self.notices.append(self._history.notice)
                    self.window.show_banner(self._history.notice)
        return self._history

    def _new_to(self) -> list[str]:
        seen = set(self.settings.seen_explainers)
        return [p for p in ("breathing", "grounding", "relaxation") if p not in seen]

    # -- launching ------------------------------------------------------------------
    def launch(self, request: LaunchRequest) -> None:
        """Show the window, and start the requested session at once."""
        if request.practice is not None:
            self.start_session(request)
        if request.presenter and self.controller is not None:
            self.window.show()  # the therapist's own controls
            self._show_presenter(request)
        elif request.fullscreen:
            self._place_on_screen(request.screen)
            self.window.showFullScreen()
        else:
            if request.screen is not None:
                self._place_on_screen(request.screen)
            self.window.show()

    def _show_presenter(self, request: LaunchRequest) -> None:
        """The clean full-screen view for the client, on the chosen screen."""
        from breathe.ui.presenter.view import PresenterView, show_presenter

        assert self.controller is not None and self.view is not None and request.practice
        practice, _ = resolve(request.practice)
        self.presenter = PresenterView(
            self.controller,
            pacer=self._pacer_for(practice),
            pacer_style=self.settings.pacer_style,
            reduced_motion=self.settings.reduced_motion,
        )
        self.view.ratings_changed.connect(self.presenter.set_ratings)
        self.presenter.closed.connect(self.end_session)
        choice = show_presenter(
            self.presenter, self.app.screens(), request.screen, self.settings.presenter_screen
        )
        if choice.notice:
            self.window.show_banner(choice.notice)

    def _place_on_screen(self, number: int | None) -> None:
        screens = self.app.screens()
        if number is None:
            number = self.settings.presenter_screen if len(screens) > 1 else 1
        screen = screens[min(number, len(screens)) - 1]
        self.window.setScreen(screen)
        self.window.move(screen.availableGeometry().topLeft())

    def start_session(self, request: LaunchRequest) -> None:
        """Build the plan, controller and view for ``request`` and start it now."""
        from breathe.ui.session.controller import SessionController
        from breathe.ui.session.view import SessionView

        assert request.practice is not None
        self.end_session()
        plan = make_plan(request.practice, dict(request.options))
        practice, _preset = resolve(request.practice)
        self.request = request
        # a quick start opens the history just after the first paint (_attach_recorder)
        self.recorder = self._recorder_for(request) if self._painted else None
        self_paced = (
            request.self_paced
            if request.self_paced is not None
            else self.settings.grounding_self_paced
        )
        voice_on = request.voice if request.voice is not None else self.settings.voice
        sounds_on = request.sounds if request.sounds is not None else self.settings.sounds
        self.controller = SessionController(
            plan,
            cues=self.cues,
            voice=self.voice,
            recorder=self.recorder,
            gated_kinds=runner_policy(plan, self_paced=self_paced).gated_kinds,
            voice_on=voice_on,
            # Qt D-Bus loads after the first paint: see after_first_paint
            inhibitor=self._inhibitor() if self._painted else None,
            parent=self,
        )
        self.controller.set_muted(not sounds_on)
        self.view = SessionView(
            self.controller,
            pacer=self._pacer_for(practice),
            pacer_style=self.settings.pacer_style,
            reduced_motion=self.settings.reduced_motion,
            offer_explainer=self.settings.show_explainers
            and practice not in self.settings.seen_explainers,
        )
        self.view.explain_requested.connect(lambda: self._explain_during_session(practice))
        self.view.fullscreen_toggled.connect(self.window.toggle_fullscreen)
        self.view.ratings_changed.connect(self._save_ratings)
        self.view.again_requested.connect(lambda: self.start_session(request))
        self.view.done_requested.connect(self._done)
        self.view.pdf_requested.connect(self._save_pdf)
        self._ratings = {}
        self.controller.finished.connect(self._on_finished)
        self.window.show_page(self.view)
        self.controller.start()
        if self.reminders is not None:
            self.reminders.session_started()
        self.settings.default_practice = practice
        self.window.set_default_practice(practice)
        log.info("session started: %s %s", request.practice, dict(request.options))

    @staticmethod
    def is_private(request: LaunchRequest) -> bool:
        """Private sessions write nothing; presenter mode is private unless it records."""
        return request.private or (request.presenter and not request.record)

    def _recorder_for(self, request: LaunchRequest) -> HistoryRecorder | None:
        if self.is_private(request) or not self.settings.history_enabled:
            return None  # private: nothing at all is written
        history = self.history
        if history is None:
            return None
        from breathe.store.recorder import HistoryRecorder

        return HistoryRecorder(history)

    def _pacer_for(self, practice: str) -> Any:
        if practice == "grounding":
            from breathe.ui.grounding.card import GroundingCard

            card = GroundingCard()
            card.set_keep_notes(self.settings.keep_notes)
            return card
        if practice == "relaxation":
            from breathe.ui.relaxation.body_map import BodyMap

            return BodyMap()
        return None

    def _attach_recorder(self) -> None:
        """Record a session that started before the first paint (once, from its start)."""
        controller, request = self.controller, self.request
        if controller is None or request is None or self.recorder is not None:
            return
        self.recorder = self._recorder_for(request)
        if self.recorder is not None:
            controller.attach_recorder(self.recorder)

    def _inhibitor(self) -> Any:
        from breathe.desktop.screensaver import ScreenSaverInhibitor

        return ScreenSaverInhibitor()

    def _save_ratings(self, fields: dict[str, Any]) -> None:
        self._ratings.update(fields)
        if self.recorder is not None:
            self.recorder.update(**fields)

    def _on_finished(self, status: str) -> None:
        if not self._painted:  # ended (stop, Esc, SIGTERM) before the first paint: still saved
            self._attach_recorder()
        if self.controller is not None:  # after a first session it is no longer "new"
            self._seen_explainer(self.controller.plan.practice)
        pacer = self.view.pacer if self.view is not None else None
        words = getattr(pacer, "typed_words", None)
        if words is not None and self.settings.keep_notes and self.recorder is not None:
            typed = [w for w in words() if w]
            if typed:
                self.recorder.update(note="; ".join(typed))
        self._save_settings()
        if self.reminders is not None:
            self.reminders.session_ended()
        if not self.window.has_home:  # built now, so that "Done" shows it at once
            QTimer.singleShot(0, self, lambda: self.window.home)
        if self.request is not None and self.request.quit_at_end:
            self.app.quit()

    def _explain_during_session(self, practice: str) -> None:
        """Pause (the person chose to read) and open the explainer; Back returns."""
        if self.controller is not None and self.controller.status.value == "running":
            self.controller.toggle_pause()
        self.window.show_explainer(practice)

    def _save_pdf(self) -> None:
        """A one-page summary for the clinical record (nothing is asked before saving)."""
        from breathe.ui.session.report import ReportDialog, report_for

        if self.controller is None:
            return
        scores = {k: v for k, v in self._ratings.items() if k in SCORE_FIELDS}
        report = report_for(
            self.controller.plan,
            self.controller.status.value,
            self.controller.position().elapsed,
            scores,
        )
        dialog = ReportDialog(report, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _done(self) -> None:
        self.end_session()
        self.window.show_home()

    def end_session(self) -> None:
        """Stop a running session (saved as stopped) and drop its view."""
        if self.controller is not None and not self.controller.status.ended:
            self.controller.stop()
        if self.presenter is not None:
            presenter, self.presenter = self.presenter, None
            presenter.close()
            presenter.deleteLater()
        if self.view is not None:
            self.view.hide()
            self.view.deleteLater()
        if self.controller is not None:
            self.controller.deleteLater()
        self.controller = None
        self.view = None

    # -- after the first paint -----------------------------------------------------
    def after_first_paint(self) -> None:
        """Load what the first screen did not need."""
        from breathe.desktop.app_icon import app_icon

        self._painted = True
        # on X11 a window's icon is every size of it decoded and sent to the window manager:
        # 37 M instructions before the first paint, for an icon that can come a moment later
        self.app.setWindowIcon(app_icon())
        if self.controller is not None:
            self.controller.set_inhibitor(self._inhibitor())
        # a private session leaves the history as it was: not even opened (or created)
        private = self.request is not None and self.is_private(self.request)
        if not private and self.history is None:
            log.info("history unavailable")
        self._attach_recorder()
        try:
            from breathe.audio.cue_player import CuePlayer
            from breathe.audio.speech import Voice
            from breathe.audio.speech_cache import RenderSettings

            self.cues = CuePlayer(parent=self)
            self.voice = Voice(
                self.cues,
                cache_dir=self.locations.speech_cache,
                settings=RenderSettings(
                    self.settings.voice_name, self.settings.voice_rate, self.settings.voice_volume
                ),
            )
            self.app.aboutToQuit.connect(self.voice.close)
        except Exception:  # sound must never stop a session
            log.exception("sound and speech unavailable")
        if self.controller is not None:
            if self.cues is not None:
                self.controller.cues = self.cues
                self.controller.set_muted(self.controller.muted)
            if self.voice is not None:
                self.controller.voice = self.voice
                self.controller.prepare_voice()  # only with the voice on
                self._follow_voice_start()
        self._start_tray_and_reminders()
        self._refresh_programmes()
        if self.window.has_home:  # the Customise panels (a quick start has no home yet)
            self.window.home.build_panels()
        from breathe.desktop.instance_server import InstanceServer

        self.server = InstanceServer(self.locations.instance_key(), self)
        self.server.request_received.connect(self._on_forwarded)

    def _follow_voice_start(self, tries: int = 200) -> None:
        """Show the voice control now, and again once the engine has started or failed.

        The engine starts on its own thread: a missing one is only known a little later,
        and then the control must say so (looked at every 50 ms, for 10 s at most).
        """
        if self.view is not None:
            self.view.sync_voice()
        if self.voice is not None and not self.voice.wait_started(0) and tries > 0:
            QTimer.singleShot(50, lambda: self._follow_voice_start(tries - 1))

    def _start_tray_and_reminders(self) -> None:
        from breathe.desktop.reminder_timer import ReminderTimer
        from breathe.desktop.tray import Tray
        from breathe.engine.reminders import ReminderError, ReminderSchedule

        if Tray.available():
            self.tray = Tray(self._programmes(), parent=self)
            self.tray.start_requested.connect(self.launch)
            self.tray.show_requested.connect(self._show_window)
            self.tray.quit_requested.connect(self.shutdown)
            self.tray.show()
        try:
            schedule = ReminderSchedule.from_settings(
                self.settings.reminders,
                self.settings.reminder_minutes,
                self.settings.reminder_times,
            )
        except ReminderError as exc:
            log.warning("reminders off: %s", exc)
            return
        self.reminders = ReminderTimer(schedule, self.tray, self)
        self.reminders.reminder_due.connect(self._remind)

    def _remind(self, title: str, text: str) -> None:
        if self.tray is None:  # no tray to carry it: a quiet banner instead
            self.window.show_banner(f"{title} {text}")

    def _show_window(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    def _on_forwarded(self, request: LaunchRequest) -> None:
        self.window.setWindowState(self.window.windowState() & ~Qt.WindowState.WindowMinimized)
        try:
            self.launch(request)
        except ValueError as exc:
            self.window.show_banner(str(exc))
        self.window.raise_()
        self.window.activateWindow()

    # -- settings ------------------------------------------------------------------
    def _remember_choice(self, practice: str, options: dict[str, Any]) -> None:
        self.settings.remember_choice(practice, options)
        self._save_settings()

    def _seen_explainer(self, explainer: str) -> None:
        if explainer not in self.settings.seen_explainers:
            self.settings.seen_explainers = [*self.settings.seen_explainers, explainer]
            self._save_settings()
            self.window.set_new_to(self._new_to())

    def _save_settings(self) -> None:
        try:
            self.settings.save(self.locations.settings)
        except OSError as exc:
            log.warning("settings not saved: %s", exc)

    # -- ending ------------------------------------------------------------------------
    def shutdown(self) -> None:
        """SIGTERM, logout or quit: end the session as stopped (saved), then quit."""
        self.end_session()
        self.app.quit()

    def close(self) -> None:
        """Release the history (its locks) when the event loop has ended."""
        if self._history is not None:
            self._history.close()
            self._history = None
