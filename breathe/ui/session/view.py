"""The person's session page: the session screen, optional before-ratings, calm controls.

The shared ``SessionScreen`` paints the session (it keeps no time of its own; the
controller's boundary timer keeps the session going when the window is hidden or
minimised). This page adds what is the person's own: the optional ratings, the controls,
and the summary when the session ends.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QApplication, QStackedWidget, QVBoxLayout, QWidget

from breathe.engine.runner import Position, Status
from breathe.i18n import QT_TRANSLATE_NOOP
from breathe.ui.home.practice_card import WHY_NEW, apply_type_scale, link_button, set_type_scale
from breathe.ui.session.breath_pacer import BreathPacer
from breathe.ui.session.controller import SessionController
from breathe.ui.session.controls import SessionControls
from breathe.ui.session.pacer import Pacer
from breathe.ui.session.screen import SessionScreen
from breathe.ui.widgets.rating_row import RatingRow, line_up

if TYPE_CHECKING:  # the end-of-session page, built when the session ends
    from breathe.ui.session.summary import SessionSummary

log = logging.getLogger(__name__)

# marked for translation here, translated where shown (context "SessionView")
LEAD_IN_SECONDS = 20.0  # the before-ratings stay this long unless answered
PAUSED_HINT = QT_TRANSLATE_NOOP("SessionView", "Paused. Press Space when you are ready.")
NO_VOICE = QT_TRANSLATE_NOOP("SessionView", "Speech is not available on this computer")


class SessionView(QWidget):
    """A running session, then its summary; a page for the main window.

    Args:
        controller: the session to show (the view never starts or times it).
        pacer: a pacer widget for grounding or relaxation; breathing gets a BreathPacer.
        pacer_style: ``circle`` or ``square`` for the breathing pacer.
        reduced_motion: a still fill bar and cross-fades instead of a moving circle.
        ask_ratings: offer the optional before/after stress rating.
        ask_pain: offer the pain rating too.
        offer_explainer: offer "why this helps" with the ratings (a practice still new).
    """

    fullscreen_toggled = Signal()
    again_requested = Signal()
    done_requested = Signal()
    pdf_requested = Signal()
    #: the person asked why this practice helps (the lead-in link for newcomers)
    explain_requested = Signal()
    #: ratings and tags as history fields, e.g. {"rating_before": 6} or {"tags": ["work"]}
    ratings_changed = Signal(dict)

    def __init__(
        self,
        controller: SessionController,
        *,
        pacer: Pacer | None = None,
        pacer_style: str = "circle",
        reduced_motion: bool = False,
        ask_ratings: bool = True,
        ask_pain: bool = True,
        offer_explainer: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self._ratings: dict[str, int] = {}
        self._watched: QWidget | None = None  # the window whose controls defer to it
        self.session_screen = SessionScreen(
            controller,
            pacer if pacer is not None else BreathPacer(pacer_style),
            paused_hint=self.tr(PAUSED_HINT),
            reduced_motion=reduced_motion,
        )
        self.pacer = self.session_screen.pacer

        self.stack = QStackedWidget()
        self._ask_pain = ask_pain
        self._summary: SessionSummary | None = None  # built at the end (not before paint)
        self.stack.addWidget(self.session_screen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self._build_running_page(ask_ratings, ask_pain)
        self.why.setVisible(offer_explainer)
        self._mark_type_sizes()

        self.session_screen.on_frame(self._lead_in_ends)
        controller.paused_changed.connect(self._on_paused)
        controller.finished.connect(self._on_finished)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.session_screen.refresh()

    @property
    def summary(self) -> SessionSummary:
        """The page shown when the session ends (built on first use)."""
        if self._summary is None:
            from breathe.ui.session.summary import SessionSummary

            summary = SessionSummary(ask_pain=self._ask_pain)
            summary.again_requested.connect(self.again_requested)
            summary.done_requested.connect(self.done_requested)
            summary.pdf_requested.connect(self.pdf_requested)
            summary.changed.connect(self.ratings_changed)
            set_type_scale(summary.heading, 1.6)
            self.stack.addWidget(summary)
            apply_type_scale(self)
            self._summary = summary
        return self._summary

    # -- building ------------------------------------------------------------------------
    def _build_running_page(self, ask_ratings: bool, ask_pain: bool) -> None:
        self.stress_before = RatingRow(
            self.tr("How stressed do you feel? (optional)"), self.tr("Stress")
        )
        self.stress_before.rated.connect(lambda v: self._rate("rating_before", v))
        self.pain_before = RatingRow(
            self.tr("Any pain? (optional)"),
            self.tr("Pain"),
            low=self.tr("none"),
            high=self.tr("worst"),
        )
        self.pain_before.rated.connect(lambda v: self._rate("pain_before", v))
        self.ratings = QWidget()
        ratings = QVBoxLayout(self.ratings)
        ratings.setContentsMargins(0, 0, 0, 0)
        ratings.setSpacing(2)
        for row in (self.stress_before, self.pain_before):
            ratings.addWidget(row, 0, Qt.AlignmentFlag.AlignHCenter)
        line_up([self.stress_before, self.pain_before])
        # before a first session of a practice: offered with the ratings, never in the way
        self.why = link_button(
            QCoreApplication.translate("PracticeCard", WHY_NEW),
            self.tr("New to this? Why this practice helps"),
            self.ratings,
        )
        self.why.clicked.connect(self.explain_requested)
        self.why.hide()  # shown when offer_explainer
        ratings.addWidget(self.why, 0, Qt.AlignmentFlag.AlignHCenter)
        if not ask_pain:
            self.pain_before.hide()
        # when the offer goes, its room stays: the circle must not jump mid-breath
        policy = self.ratings.sizePolicy()
        policy.setRetainSizeWhenHidden(ask_ratings)
        self.ratings.setSizePolicy(policy)
        if not ask_ratings:
            self.ratings.hide()

        # the person's own parts go under the shared screen, in its column
        page = self.session_screen.column
        page.setContentsMargins(24, 8, 24, 16)
        page.setSpacing(6)
        page.addSpacing(8)
        page.addWidget(self.ratings)
        page.addSpacing(8)
        self._build_controls(page)

    def _build_controls(self, page: QVBoxLayout) -> None:
        c = self.controller
        self.controls = SessionControls(
            {
                "pause": c.toggle_pause,
                "skip": c.skip,
                "gentler": self.session_screen.gentler,
                "slower": self.session_screen.slower,
                "faster": self.session_screen.faster,
                "voice": self.toggle_voice,
                "mute": self.toggle_mute,
                "fullscreen": self.fullscreen_toggled.emit,
                "stop": c.stop,
            }
        )
        page.addWidget(self.controls)
        voice, mute = self.controls.button("voice"), self.controls.button("mute")
        voice.setCheckable(True)
        mute.setCheckable(True)
        mute.setChecked(c.muted)
        self.sync_voice()
        self.controls.button("gentler").setEnabled(c.can_gentler)
        for pace in (self.controls.button("slower"), self.controls.button("faster")):
            pace.setEnabled(c.can_change_pace)
            if not c.can_change_pace:
                pace.setToolTip(
                    self.tr("The pace keys are for your own rhythms; presets keep theirs")
                )

    def _mark_type_sizes(self) -> None:
        """Sizes relative to the window's font, so Large type scales everything."""
        s = self.session_screen
        for label, scale in ((s.phase, 2.6), (s.countdown, 1.7), (s.count, 1.05), (s.hint, 1.1)):
            set_type_scale(label, scale)
        apply_type_scale(self)

    # -- actions ---------------------------------------------------------------------------
    def sync_voice(self) -> None:
        """Show whether a voice exists (it may arrive after the first paint) and is on."""
        c = self.controller
        voice = self.controls.button("voice")
        voice.setEnabled(c.voice.available)
        voice.setChecked(c.voice_on)
        reason = c.voice.unavailable_reason or self.tr(NO_VOICE)
        voice.setToolTip("" if c.voice.available else reason)

    def toggle_voice(self) -> None:
        if not self.controller.voice.available:
            return
        self.controller.set_voice(not self.controller.voice_on)
        self.controls.button("voice").setChecked(self.controller.voice_on)

    def toggle_mute(self) -> None:
        self.controller.set_muted(not self.controller.muted)
        self.controls.button("mute").setChecked(self.controller.muted)

    @property
    def ratings_given(self) -> dict[str, int]:
        """The before-ratings answered so far."""
        return dict(self._ratings)

    # -- following the session ---------------------------------------------------------------
    def _lead_in_ends(self, pos: Position) -> None:
        if pos.elapsed >= LEAD_IN_SECONDS and self.ratings.isVisibleTo(self):
            self.ratings.hide()

    def _on_paused(self, paused: bool) -> None:
        self.controls.set_text("pause", "Resume" if paused else "Pause")  # set_text translates

    def _on_finished(self, status: Status) -> None:
        pos = self.controller.position()
        self.summary.show_result(
            status.value,
            pos.elapsed,
            self.session_screen.follower.breaths_done(pos),
            self._ratings.get("rating_before"),
            self._ratings.get("pain_before"),
        )
        self.stack.setCurrentWidget(self.summary)

    def _rate(self, field: str, value: int) -> None:
        self._ratings[field] = value
        self.ratings_changed.emit({field: value})
        if self.stress_before.value() is not None and (
            self.pain_before.value() is not None or self.pain_before.isHidden()
        ):
            self.ratings.hide()

    def set_reduced_motion(self, on: bool) -> None:
        """Switch between the moving pacer and the still fill bar."""
        self.session_screen.set_reduced_motion(on)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        window = self.window()
        if window is not self._watched:
            self._watched = window
            self.controls.defer_to_window()
            # a window with a style sheet re-polishes fonts on reparenting: size them again
            apply_type_scale(self)
        focus = QApplication.focusWidget()
        if focus is None or not (focus is self or self.isAncestorOf(focus)):
            self.setFocus()  # Tab starts among the session's controls

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            apply_type_scale(self)
