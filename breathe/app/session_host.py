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
from PySide6.QtWidgets import QWidget

from breathe.engine.cues import CueSink, SessionRecorder, VoiceSink
from breathe.engine.practices.catalog import runner_policy
from breathe.engine.practices.steps import Plan
from breathe.engine.runner import Clock, Status
from breathe.launch import LaunchRequest
from breathe.ui.session.controller import Inhibitor, SessionController
from breathe.ui.session.pacer import Pacer
from breathe.ui.session.view import SessionView

if TYPE_CHECKING:  # built when first needed
    from PySide6.QtGui import QScreen

    from breathe.ui.presenter.view import PresenterView
    from breathe.ui.session.report import SessionReport
    from breathe.ui.session.report_dialog import ReportDialog

log = logging.getLogger(__name__)

#: the history fields that are 0-10 scores (the rest of a ratings update is tags)
SCORE_FIELDS = ("rating_before", "rating_after", "pain_before", "pain_after")


class SessionSetup:
    """Everything one session needs to know, decided before it starts.

    A plain class, not a dataclass: it is made on the way to the first breath, and a
    dataclass writes and compiles its methods when it is defined.

    Attributes:
        request: what was asked (practice, options, presenter, private...).
        plan: the timeline, already shaped by the person's pain map, side and flare day.
        voice_on, sounds_on, self_paced: the request's choice, else the setting.
        voice_name, voice_rate: the voice and words a minute it speaks with (a programme's
            own, else the setting's).
        pacer_style, reduced_motion, keep_notes: the person's settings.
        offer_explainer: offer "why this helps" in the lead-in (a practice still new).
        presenter_screen: the setting's screen for presenter mode (counted from 1).
    """

    __slots__ = (
        "keep_notes",
        "offer_explainer",
        "pacer_style",
        "plan",
        "presenter_screen",
        "reduced_motion",
        "request",
        "self_paced",
        "sounds_on",
        "voice_name",
        "voice_on",
        "voice_rate",
    )

    def __init__(
        self,
        request: LaunchRequest,
        plan: Plan,
        *,
        voice_on: bool,
        sounds_on: bool,
        self_paced: bool,
        pacer_style: str = "circle",
        reduced_motion: bool = False,
        keep_notes: bool = False,
        offer_explainer: bool = False,
        presenter_screen: int = 2,
        voice_name: str | None = None,
        voice_rate: int = 150,
    ) -> None:
        self.request = request
        self.plan = plan
        self.voice_on = voice_on
        self.sounds_on = sounds_on
        self.self_paced = self_paced
        self.pacer_style = pacer_style
        self.reduced_motion = reduced_motion
        self.keep_notes = keep_notes
        self.offer_explainer = offer_explainer
        self.presenter_screen = presenter_screen
        self.voice_name = voice_name
        self.voice_rate = voice_rate

    @property
    def practice(self) -> str:
        return self.plan.practice

    @property
    def private(self) -> bool:
        """Private sessions write nothing; presenter mode is private unless it records."""
        return self.request.private or (self.request.presenter and not self.request.record)


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
        self._started_at: datetime | None = None
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
        self.view = SessionView(
            self.controller,
            pacer=self._new_pacer(),
            pacer_style=setup.pacer_style,
            reduced_motion=setup.reduced_motion,
            offer_explainer=setup.offer_explainer,
            clock=clock,
        )
        self.view.explain_requested.connect(self._explain)
        self.view.fullscreen_toggled.connect(self.fullscreen_toggled)
        self.view.ratings_changed.connect(self._rated)
        self.view.again_requested.connect(self.again_requested)
        self.view.done_requested.connect(self.done_requested)
        self.view.pdf_requested.connect(self.open_report)
        self.controller.finished.connect(self._on_finished)
        self._label = (setup.plan.preset, dict(setup.plan.options))
        self.controller.replanned.connect(self._relabel)

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
    def show_presenter(self, screens: Sequence[QScreen]) -> None:
        """The clean full-screen view for the client, on the chosen screen."""
        from breathe.ui.presenter.view import PresenterView, show_presenter

        presenter = PresenterView(
            self.controller,
            pacer=self._new_pacer(),
            pacer_style=self.setup.pacer_style,
            reduced_motion=self.setup.reduced_motion,
        )
        presenter.closed.connect(self.end)
        presenter.summary_requested.connect(self.open_report)
        self.presenter = presenter
        choice = show_presenter(
            presenter, screens, self.setup.request.screen, self.setup.presenter_screen
        )
        if choice.notice:
            self.notice.emit(choice.notice)

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

        parent: QWidget = self.presenter if self.presenter is not None else self.view
        suggestion = home_practice_suggestion(self.controller.plan)
        dialog = ReportDialog(self.report(), parent, home_suggestion=suggestion)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.open()
        return dialog

    # -- ending -----------------------------------------------------------------------------
    def end(self) -> None:
        """Stop the session if it runs (saved as stopped) and let go of its windows."""
        if not self.controller.status.ended:
            self.controller.stop()
        if self.presenter is not None:
            presenter, self.presenter = self.presenter, None
            presenter.closed.disconnect(self.end)
            presenter.close()
            presenter.deleteLater()
        self.view.hide()
        self.view.deleteLater()

    # -- internals ----------------------------------------------------------------------------
    def _new_pacer(self) -> Pacer | None:
        """The practice's own pacer (None: the view's breath pacer); one per window."""
        practice = self.setup.practice
        if practice == "grounding":
            from breathe.ui.grounding.card import GroundingCard

            card = GroundingCard()
            card.set_keep_notes(self.setup.keep_notes)
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
        for name, value in fields.items():
            if name in SCORE_FIELDS and isinstance(value, int):
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
        if tried and not self.setup.private:
            self.view.summary.offer_paces(tried)
            self.view.summary.pace_chosen.connect(self.pace_chosen)

    def _save_after_end(self) -> None:
        """The person's words from a grounding card, if they chose to keep notes."""
        assert self.recorder is not None
        if not self.setup.keep_notes:
            return
        typed = [w for w in self.view.pacer.typed_words() if w]
        if typed:
            self.recorder.update(note="; ".join(typed))
