"""One session from its first breath to its summary: the only place its parts meet.

A ``SessionHost`` lives as long as one session. It is given a ``SessionSetup`` (the plan
and how to show it, decided by the shell from the person's settings) and builds the
controller, the session view and, in presenter mode, the client's screen. It keeps the
history row (through a ``SessionRecorder``), the ratings given on the way, and builds the
summary report. Sound, speech, the history and the screensaver inhibitor may arrive after
the first paint; ``attach_*`` hands them over then.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from breathe.app.session_setup import SessionSetup
from breathe.engine.cues import CueSink, SessionRecorder, VoiceSink
from breathe.engine.practices.catalog import runner_policy
from breathe.engine.runner import Clock, Status
from breathe.ui.session.controller import Inhibitor, SessionController
from breathe.ui.session.pacer import Pacer
from breathe.ui.session.view import SessionView

if TYPE_CHECKING:  # built when first needed
    from PySide6.QtGui import QScreen

    from breathe.ui.presenter.control import ControlPanel
    from breathe.ui.presenter.screens import Placement
    from breathe.ui.presenter.view import PresenterView
    from breathe.ui.session.report import SessionReport
    from breathe.ui.session.report_dialog import ReportDialog

log = logging.getLogger(__name__)

#: the history fields that are 0-10 scores (the rest of a ratings update is tags)
SCORE_FIELDS = ("rating_before", "rating_after", "pain_before", "pain_after")


class SessionHost(QObject):
    """Builds, runs and ends one session; the shell shows ``view`` in its window.

    Signals:
        finished(Status): the session ended (completed or stopped) and its row is written.
        done_requested(): the person pressed Done on the summary.
        again_requested(): the person asked for the same session again.
        explain_requested(str): the person asked why this practice helps (the practice).
        fullscreen_toggled(): F11 or the full-screen control.
        notice(str): a calm line for the window's banner.
        pace_chosen(float): after resonance, the pace the person marked easiest.
    """

    finished = Signal(object)
    done_requested = Signal()
    again_requested = Signal()
    explain_requested = Signal(str)
    fullscreen_toggled = Signal()
    notice = Signal(str)
    pace_chosen = Signal(float)

    def __init__(
        self,
        setup: SessionSetup,
        *,
        cues: CueSink | None = None,
        voice: VoiceSink | None = None,
        recorder: SessionRecorder | None = None,
        inhibitor: Inhibitor | None = None,
        clock: Clock = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.setup = setup
        self.recorder = recorder
        self.ratings: dict[str, int] = {}
        self.tags: list[str] = []
        self.presenter: PresenterView | None = None
        self.placement: Placement | None = None
        self._started_at: datetime | None = None
        self._saved_notes = ""
        self._clock = clock
        self.controller = SessionController(
            setup.plan,
            clock=clock,
            cues=cues,
            voice=voice,
            recorder=recorder,
            gated_kinds=runner_policy(setup.plan, self_paced=setup.self_paced).gated_kinds,
            voice_on=setup.voice_on,
            inhibitor=inhibitor,
            parent=self,
        )
        self.controller.set_muted(not setup.sounds_on)
        self.view: SessionView | ControlPanel = (
            self._control_panel() if setup.request.presenter else self._session_view()
        )
        self.controller.finished.connect(self._on_finished)
        self._label = (setup.plan.preset, dict(setup.plan.options))
        self.controller.replanned.connect(self._relabel)

    def _session_view(self) -> SessionView:
        """The person's own session page (the usual case)."""
        setup = self.setup
        view = SessionView(
            self.controller,
            pacer=self._new_pacer(),
            pacer_style=setup.pacer_style,
            reduced_motion=setup.reduced_motion,
            offer_explainer=setup.offer_explainer,
            clock=self._clock,
        )
        view.explain_requested.connect(self._explain)
        view.fullscreen_toggled.connect(self.fullscreen_toggled)
        view.ratings_changed.connect(self._rated)
        view.again_requested.connect(self.again_requested)
        view.done_requested.connect(self.done_requested)
        view.pdf_requested.connect(self.open_report)
        return view

    def _control_panel(self) -> ControlPanel:
        """Presenter mode: the therapist's page; the client's screen comes with
        ``show_presenter``."""
        from breathe.ui.presenter.control import ControlPanel

        panel = ControlPanel(
            self.controller,
            pacer=self._new_pacer(),
            pacer_style=self.setup.pacer_style,
            reduced_motion=self.setup.reduced_motion,
            recording=not self.setup.private,
        )
        panel.ratings_changed.connect(self._rated)
        panel.again_requested.connect(self.again_requested)
        panel.done_requested.connect(self.done_requested)
        panel.pdf_requested.connect(self.open_report)
        return panel

    # -- the parts that come later -------------------------------------------------------
    def start(self) -> None:
        """Start the clock now (the view is already on screen)."""
        self._started_at = datetime.now().astimezone()
        self.controller.start()

    def attach_audio(self, cues: CueSink | None, voice: VoiceSink | None) -> None:
        """Sound and speech, once they are loaded (just after the first paint)."""
        self.controller.attach_audio(cues, voice)
        self.view.sync_voice()

    def attach_recorder(self, recorder: SessionRecorder) -> None:
        """Record this session from its start (a quick start opens the history later)."""
        if self.recorder is not None:
            return
        self.recorder = recorder
        self.controller.attach_recorder(recorder)
        if self.controller.status.ended:
            self._save_after_end()

    def attach_inhibitor(self, inhibitor: Inhibitor) -> None:
        self.controller.set_inhibitor(inhibitor)

    # -- presenter mode ---------------------------------------------------------------------
    def show_presenter(self, screens: Sequence[QScreen], where: Placement | None = None) -> None:
        """The client's screen: the session alone, where it was chosen to go.

        ``where`` is the therapist's answer when the asked-for screen was missing; without
        it (a command line), the sensible fallback, which the control window names.
        """
        from breathe.ui.presenter.view import PresenterView, show_client

        panel = self.view
        assert not isinstance(panel, SessionView), "presenter mode has a control panel"
        presenter = PresenterView(
            self.controller,
            pacer=self._new_pacer(for_client=True),
            pacer_style=self.setup.pacer_style,
            reduced_motion=self.setup.reduced_motion,
            actions=panel.control_actions(),  # a key does the same on either screen
        )
        presenter.closed.connect(self._client_closed)
        presenter.summary_requested.connect(self.open_report)
        self.presenter = presenter
        request = self.setup.request
        self.placement, text = show_client(
            presenter,
            panel,
            screens,
            where,
            requested=request.screen,
            default=self.setup.presenter_screen,
        )
        panel.attach_client(presenter, text)

    def _client_closed(self) -> None:
        """The client's window went: a running session stops (saved as stopped); the
        therapist's window stays, with the summary, Again and Done."""
        if not self.controller.status.ended:
            self.controller.stop()

    # -- the summary --------------------------------------------------------------------------
    def report(self) -> SessionReport:
        """The one-page summary of this session as it stands (one place builds it)."""
        from breathe.ui.session.report import report_for

        scores: Mapping[str, int | None] = {k: self.ratings.get(k) for k in SCORE_FIELDS}
        return report_for(
            self.controller.plan,
            self.controller.status.value,
            self.controller.position().elapsed,
            scores,
            tags=self.tags,
            started_at=self._started_at,
        )

    def open_report(self) -> ReportDialog | None:
        """Open the summary (ratings and a note can be added), then "Save as PDF…"."""
        if not self.controller.status.ended:
            return None  # nothing to sum up while it runs
        from PySide6.QtCore import Qt

        from breathe.ui.session.report_details import home_practice_suggestion
        from breathe.ui.session.report_dialog import ReportDialog

        suggestion = home_practice_suggestion(self.controller.plan)
        # on the therapist's own screen, never the client's
        dialog = ReportDialog(self.report(), self.view, home_suggestion=suggestion)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.open()
        return dialog

    # -- ending -----------------------------------------------------------------------------
    def end(self) -> None:
        """Stop the session if it runs (saved as stopped) and let go of its windows."""
        if not self.controller.status.ended:
            self.controller.stop()
        self._save_notes()
        if self.presenter is not None:
            presenter, self.presenter = self.presenter, None
            presenter.closed.disconnect(self._client_closed)
            presenter.close()
            presenter.deleteLater()
        self.view.hide()
        self.view.deleteLater()

    # -- internals ----------------------------------------------------------------------------
    def _new_pacer(self, *, for_client: bool = False) -> Pacer | None:
        """The practice's own pacer (None: the view's breath pacer); one per window.

        ``for_client``: the client's screen in presenter mode, which only shows the session.
        """
        practice = self.setup.practice
        if practice == "grounding":
            from breathe.ui.grounding.card import GroundingCard

            card = GroundingCard()
            card.set_keep_notes(self.setup.keep_notes)
            if for_client:
                card.set_for_client()
            return card
        if practice == "relaxation":
            from breathe.ui.relaxation.session_map import SessionBodyMap

            return SessionBodyMap()
        return None

    def _explain(self) -> None:
        """Pause (the person chose to read) and ask for the explainer; Back returns."""
        if self.controller.status is Status.RUNNING:
            self.controller.toggle_pause()
        self.explain_requested.emit(self.setup.practice)

    def _rated(self, fields: Mapping[str, object]) -> None:
        fields = {k: (None if v == -1 else v) for k, v in fields.items()}  # -1: not asked
        for name, value in fields.items():
            if name in SCORE_FIELDS and value is None:
                self.ratings.pop(name, None)
            elif name in SCORE_FIELDS and isinstance(value, int):
                self.ratings[name] = value
            elif name == "tags" and isinstance(value, list):
                self.tags = [str(tag) for tag in value]
        if self.recorder is not None:
            self.recorder.update(**fields)

    def _relabel(self) -> None:
        """A preset whose pace was changed is recorded as what it became ("custom, from box")."""
        plan = self.controller.plan
        label = (plan.preset, dict(plan.options))
        if label != self._label:
            self._label = label
            if self.recorder is not None:
                self.recorder.update(preset=plan.preset, options=dict(plan.options))

    def _on_finished(self, status: Status) -> None:
        if self.recorder is not None:
            self._save_after_end()
        self._offer_paces()
        self.finished.emit(status)

    def _offer_paces(self) -> None:
        """After resonance, ask which pace felt easiest (a private session keeps nothing)."""
        from breathe.engine.resonance_finder import paces_tried

        tried = paces_tried(self.controller.plan, self.controller.position().elapsed)
        # the person's own summary asks; a presenter session is the therapist's to note
        if tried and not self.setup.private and isinstance(self.view, SessionView):
            self.view.summary.offer_paces(tried)
            self.view.summary.pace_chosen.connect(self.pace_chosen)

    def _save_after_end(self) -> None:
        """The person's words from a grounding card, if they chose to keep notes, and the
        therapist's private notes (only a recorded session has a recorder at all)."""
        assert self.recorder is not None
        self._saved_notes = self._notes()
        if self._saved_notes:
            self.recorder.update(note=self._saved_notes)

    def _notes(self) -> str:
        typed = [w for w in self.view.pacer.typed_words() if w] if self.setup.keep_notes else []
        parts = ["; ".join(typed)] if typed else []
        if isinstance(self.view, SessionView):
            return "".join(parts)
        from breathe.store.history_record import MAX_NOTE

        private = self.view.private_notes()
        return "\n".join([*parts, private] if private else parts)[:MAX_NOTE]

    def _save_notes(self) -> None:
        """Notes typed after the end, kept when the session is (Done, Again, closing)."""
        if self.recorder is not None and self.controller.status.ended:
            notes = self._notes()
            if notes != self._saved_notes:
                self._saved_notes = notes
                self.recorder.update(note=notes or None)
