"""The session screen: the pacer, the phase word, a countdown, and calm controls.

The view keeps no time of its own: its ``SessionFollower`` runs frames (~60 fps, only
while the view can be seen) that ask the controller where the session is, and the view
paints that; the controller's own boundary timer keeps the session going when the window
is hidden or minimised.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QHideEvent, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from breathe.engine.pacing import countdown
from breathe.engine.runner import Position, Status
from breathe.i18n import QT_TRANSLATE_NOOP
from breathe.ui.home.practice_card import WHY_NEW, apply_type_scale, link_button, set_type_scale
from breathe.ui.session.breath_pacer import BreathPacer
from breathe.ui.session.controller import SessionController
from breathe.ui.session.controls import SessionControls
from breathe.ui.session.follower import SessionFollower
from breathe.ui.session.pacer import Pacer
from breathe.ui.session.progress_line import ProgressLine
from breathe.ui.widgets.rating_row import RatingRow, line_up

if TYPE_CHECKING:  # the end-of-session page, built when the session ends
    from breathe.ui.session.summary import SessionSummary

log = logging.getLogger(__name__)

# marked for translation here, translated where shown (context "SessionView")
GENTLER_HINT = QT_TRANSLATE_NOOP("SessionView", "Breathe gently, slower not deeper")
HINT_SECONDS = 8.0  # how long a hint stays (session time)
LEAD_IN_SECONDS = 20.0  # the before-ratings stay this long unless answered
PACE_STEP = 1.1  # one press of - or + makes breaths 10 % longer or shorter
PAUSED_HINT = QT_TRANSLATE_NOOP("SessionView", "Paused. Press Space when you are ready.")
WAITING_HINT = QT_TRANSLATE_NOOP("SessionView", "Take your time.")
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
        self.pacer: Pacer = pacer if pacer is not None else BreathPacer(pacer_style)
        self._reduced_motion = reduced_motion
        self._ratings: dict[str, int] = {}
        self._watched: QWidget | None = None  # the window whose controls defer to it

        self.follower = SessionFollower(
            controller,
            self,
            on_step=self._show_step,
            on_frame=self._show_frame,
            on_hint_expired=self._hint_expired,
            reduced_motion=reduced_motion,
        )
        self.frame_timer = self.follower.timer

        self.stack = QStackedWidget()
        self.running = QWidget()
        self._ask_pain = ask_pain
        self._summary: SessionSummary | None = None  # built at the end (not before paint)
        self.stack.addWidget(self.running)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self._build_running_page(ask_ratings, ask_pain)
        self.why.setVisible(offer_explainer)
        self._mark_type_sizes()

        self.pacer.set_plan(controller.plan)
        self.pacer.set_reduced_motion(reduced_motion)
        self.pacer.advance_requested.connect(controller.advance)
        controller.replanned.connect(self._on_replanned)
        controller.paused_changed.connect(self._on_paused)
        controller.finished.connect(self._on_finished)
        controller.notice.connect(self.show_hint)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.refresh()

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
        self.progress = ProgressLine()
        self.progress.setAccessibleName(self.tr("Session progress"))
        self.phase = QLabel()
        self.phase.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.phase.setWordWrap(True)  # relaxation's instructions are whole sentences
        self.countdown = QLabel()
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown.setAccessibleName(self.tr("Seconds left in this phase"))
        self.count = QLabel()
        self.count.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.count.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.hint = QLabel()
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
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

        page = QVBoxLayout(self.running)
        page.setContentsMargins(24, 8, 24, 16)
        page.setSpacing(6)
        page.addWidget(self.progress)
        page.addWidget(self.pacer, 1)
        page.addWidget(self.phase)
        self.phase.setVisible(not self.pacer.shows_prompt)
        page.addWidget(self.countdown)
        page.addWidget(self.count)
        page.addWidget(self.hint)
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
                "gentler": self.gentler,
                "slower": self.slower,
                "faster": self.faster,
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
        for label, scale in (
            (self.phase, 2.6),
            (self.countdown, 1.7),
            (self.count, 1.05),
            (self.hint, 1.1),
        ):
            set_type_scale(label, scale)
        apply_type_scale(self)

    # -- actions ---------------------------------------------------------------------------
    def gentler(self) -> None:
        """Easier breathing from now, with the reminder shown at once."""
        if not self.controller.can_gentler:
            return
        self.show_hint(self.tr(GENTLER_HINT))
        self.controller.gentler()

    def slower(self) -> None:
        self.controller.change_pace(PACE_STEP)

    def faster(self) -> None:
        self.controller.change_pace(1.0 / PACE_STEP)

    def sync_voice(self) -> None:
        """Show whether a voice exists (it may arrive after the first paint) and is on."""
        c = self.controller
        voice = self.controls.button("voice")
        voice.setEnabled(c.voice.available)
        voice.setChecked(c.voice_on)
        voice.setToolTip(
            ""
            if c.voice.available
            else str(getattr(c.voice, "unavailable_reason", None) or self.tr(NO_VOICE))
        )

    def toggle_voice(self) -> None:
        if not self.controller.voice.available:
            return
        self.controller.set_voice(not self.controller.voice_on)
        self.controls.button("voice").setChecked(self.controller.voice_on)

    def toggle_mute(self) -> None:
        self.controller.set_muted(not self.controller.muted)
        self.controls.button("mute").setChecked(self.controller.muted)

    def show_hint(self, text: str) -> None:
        """A short line under the countdown for ``HINT_SECONDS`` of session time."""
        self.hint.setText(text)
        self.follower.hint_for(HINT_SECONDS)

    @property
    def ratings_given(self) -> dict[str, int]:
        """The before-ratings answered so far."""
        return dict(self._ratings)

    # -- following the session ---------------------------------------------------------------
    def refresh(self) -> None:
        """Paint one frame from the controller's position (the frame timer calls this)."""
        self.follower.refresh()

    def _show_frame(self, pos: Position) -> None:
        if not self._reduced_motion:
            self.pacer.show_position(pos)
        self._set_text(self.countdown, countdown(pos, self.controller.runner.gated_kinds))
        self.progress.set_fraction(pos.progress)
        if pos.waiting and not self.hint.text() and not self.pacer.shows_prompt:
            self.hint.setText(self.tr(WAITING_HINT))
        if self.ratings.isVisibleTo(self) and pos.elapsed >= LEAD_IN_SECONDS:
            self.ratings.hide()

    def _hint_expired(self, pos: Position) -> None:
        self.hint.setText(self.tr(PAUSED_HINT) if pos.status is Status.PAUSED else "")

    def _show_step(self, pos: Position) -> None:
        """A new phase: the word (announced to screen readers) and the breath count."""
        self._set_text(self.phase, pos.step.label)
        self.phase.setAccessibleName(pos.step.label)  # screen readers hear the change
        text = self.follower.breath_text(pos)
        if text is not None:
            self._set_text(self.count, text)
        if self._reduced_motion:
            self.pacer.show_position(pos)
        if self.hint.text() == self.tr(WAITING_HINT) and not pos.waiting:
            self.hint.clear()

    @staticmethod
    def _set_text(label: QLabel, text: str) -> None:
        if label.text() != text:  # an unchanged label is not repainted
            label.setText(text)

    def _on_replanned(self) -> None:
        self.pacer.set_plan(self.controller.plan)
        self.follower.show_again()

    def _on_paused(self, paused: bool) -> None:
        self.controls.set_text("pause", "Resume" if paused else "Pause")  # set_text translates
        if paused:
            self.hint.setText(self.tr(PAUSED_HINT))
            self.follower.hint_for(None)
        elif self.hint.text() == self.tr(PAUSED_HINT):
            self.hint.clear()
        self.refresh()
        self.follower.sync()

    def _on_finished(self, status: str) -> None:
        self.follower.stop()
        pos = self.controller.position()
        self.summary.show_result(
            status,
            pos.elapsed,
            self.follower.breaths_done(pos),
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
        self._reduced_motion = on
        self.pacer.set_reduced_motion(on)
        self.pacer.show_position(self.controller.position())
        self.follower.set_reduced_motion(on)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.follower.shown()
        window = self.window()
        if window is not self._watched:
            self._watched = window
            self.controls.defer_to_window()
            # a window with a style sheet re-polishes fonts on reparenting: size them again
            apply_type_scale(self)
        focus = QApplication.focusWidget()
        if focus is None or not (focus is self or self.isAncestorOf(focus)):
            self.setFocus()  # Tab starts among the session's controls

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.follower.sync()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            apply_type_scale(self)
