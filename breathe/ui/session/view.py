"""The person's session page: the session screen, a quiet lead-in, calm controls.

The shared ``SessionScreen`` paints the session (it keeps no time of its own; the
controller's boundary timer keeps the session going when the window is hidden or
minimised). This page adds what is the person's own: one small optional line in the
lead-in (rate how you feel before, why this practice helps), the controls, and the summary
when the session ends. Nothing asks a question once the lead-in is over, and the controls
step back after a few seconds without input (``IdleFade``): what stays is the pacer, the
phase word and its countdown.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import QApplication, QStackedWidget, QVBoxLayout, QWidget

from breathe.engine.practices.catalog import PRACTICES
from breathe.engine.runner import Position, Status
from breathe.i18n import QT_TRANSLATE_NOOP, fill
from breathe.ui.home.practice_card import WHY_NEW, apply_type_scale, link_button, set_type_scale
from breathe.ui.session.breath_pacer import BreathPacer
from breathe.ui.session.controller import SessionController
from breathe.ui.session.controls import SessionControls
from breathe.ui.session.idle_fade import IdleFade
from breathe.ui.session.pacer import Pacer
from breathe.ui.session.screen import LEAD_IN_SECONDS, SessionScreen
from breathe.ui.widgets.flow_layout import FlowLayout
from breathe.ui.widgets.rating_row import RatingRow, line_up

if TYPE_CHECKING:  # the end-of-session page, built when the session ends
    from breathe.ui.session.summary import SessionSummary

log = logging.getLogger(__name__)

__all__ = ["LEAD_IN_SECONDS", "NO_VOICE", "PAUSED_HINT", "SessionView"]

# marked for translation here, translated where shown (context "SessionView")
PAUSED_HINT = QT_TRANSLATE_NOOP("SessionView", "Paused. Press Space when you are ready.")
PAUSED_HINT_P = QT_TRANSLATE_NOOP("SessionView", "Paused. Press P when you are ready.")
NO_VOICE = QT_TRANSLATE_NOOP("SessionView", "Speech is not available on this computer")
RATE_OFFER = QT_TRANSLATE_NOOP("SessionView", "Rate how you feel first (optional)")
#: Space and Enter mean "Next" where the practice goes at the person's own pace
ADVANCE_KEYS = (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter)
#: the page's height at which the phase word and countdown have their usual size
TYPE_HEIGHT = 640
#: the breathing guide's least size, and in a page too short for everything
PACER, CRAMPED_PACER = (160, 160), (110, 110)
#: under "More": the controls a person rarely needs in the middle of a session
IN_MORE = ("skip", "fullscreen")


class SessionView(QWidget):
    """A running session, then its summary; a page for the main window.

    Args:
        controller: the session to show (the view never starts or times it).
        pacer: a pacer widget for grounding or relaxation; breathing gets a BreathPacer.
        pacer_style: ``circle`` or ``square`` for the breathing pacer.
        reduced_motion: a still fill bar and cross-fades instead of a moving circle (and
            controls that go and come back without fading).
        ask_ratings: offer the optional before/after stress rating.
        ask_pain: offer the pain rating too.
        offer_explainer: offer "why this helps" in the lead-in (a practice still new).
        clock: monotonic seconds for the controls' idle time (tests pass a fake clock).
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
        clock: Callable[[], float] = time.monotonic,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self._ratings: dict[str, int] = {}
        self._height_scale = 1.0  # the big words' share of their size (``_fit_room``)
        self._cramped = False  # the page is too short for everything (``_fit_room``)
        self._offer_made_room = False  # the lead-in's offer hid to make room
        self._lead_in_over = False
        self._kept: dict[QWidget, bool] = {}  # parts' own keep-their-room, while cramped
        self._watched: QWidget | None = None  # the window whose controls defer to it
        pacer = pacer if pacer is not None else BreathPacer(pacer_style)
        self._paused_hint = self.tr(PAUSED_HINT_P if pacer.advances_on_space else PAUSED_HINT)
        self.session_screen = SessionScreen(
            controller, pacer, paused_hint=self._paused_hint, reduced_motion=reduced_motion
        )
        self.pacer = self.session_screen.pacer

        self.stack = QStackedWidget()
        self._ask_pain = ask_pain
        self._summary: SessionSummary | None = None  # built at the end (not before paint)
        self.stack.addWidget(self.session_screen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self._build_running_page(ask_ratings, ask_pain, offer_explainer)
        self._mark_type_sizes()
        self.fade = IdleFade(
            [self.controls, self.lead_in],
            self,
            clock=clock,
            reduced_motion=reduced_motion,
            keep=self._keep_controls,
        )
        self.controls.used.connect(lambda _control: self.fade.wake())

        self.session_screen.on_frame(self._lead_in_ends)
        controller.paused_changed.connect(self._on_paused)
        controller.finished.connect(self._on_finished)
        controller.replanned.connect(self.sync_toggles)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # the page takes the focus at the start (so Enter never presses a button): a screen
        # reader hears what it is, the keys, and later whether it is paused
        title = PRACTICES[controller.plan.practice].title
        self.setAccessibleName(fill(self.tr("%1 session"), title))
        self._describe(paused=False)
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
    def _build_running_page(self, ask_ratings: bool, ask_pain: bool, offer_why: bool) -> None:
        self._build_lead_in(ask_ratings, ask_pain, offer_why)
        # the person's own parts go under the shared screen, in its column
        page = self.session_screen.column
        page.setContentsMargins(24, 8, 24, 16)
        page.setSpacing(6)
        page.addSpacing(4)
        page.addWidget(self.lead_in)
        page.addSpacing(8)
        self._build_controls(page)

    def _build_lead_in(self, ask_ratings: bool, ask_pain: bool, offer_why: bool) -> None:
        """One small, optional line; the ratings open only if the person asks for them."""
        self.lead_in = QWidget()
        column = QVBoxLayout(self.lead_in)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        self.rate_offer = link_button(self.tr(RATE_OFFER), self.tr(RATE_OFFER), self.lead_in)
        self.rate_offer.clicked.connect(self.open_ratings)
        self.rate_offer.setVisible(ask_ratings)
        # before a first session of a practice: offered beside it, never in the way
        self.why = link_button(
            QCoreApplication.translate("PracticeCard", WHY_NEW),
            self.tr("New to this? Why this practice helps"),
            self.lead_in,
        )
        self.why.clicked.connect(self.explain_requested)
        self.why.setVisible(offer_why)
        for offer in (self.rate_offer, self.why):
            offer.setFlat(True)  # a quiet line of links, not two more buttons under the guide
        offers = FlowLayout(spacing=18, line_spacing=2, align=Qt.AlignmentFlag.AlignHCenter)
        offers.add(self.rate_offer)  # a second line, not a wider window, with large type
        offers.add(self.why)
        column.addLayout(offers)

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
        self.pain_before.setVisible(ask_pain)
        self.ratings = QWidget(self.lead_in)
        rows = QVBoxLayout(self.ratings)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(2)
        for row in (self.stress_before, self.pain_before):
            rows.addWidget(row, 0, Qt.AlignmentFlag.AlignHCenter)
        line_up([self.stress_before, self.pain_before])
        self.ratings.hide()  # until asked for
        column.addWidget(self.ratings)
        # when the line goes, its room stays: the pacer must not jump mid-breath
        policy = self.lead_in.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.lead_in.setSizePolicy(policy)
        self.lead_in.setVisible(ask_ratings or offer_why)

    def _build_controls(self, page: QVBoxLayout) -> None:
        c = self.controller
        screen = self.session_screen
        self.controls = SessionControls(
            {
                "pause": c.toggle_pause,
                "skip": c.skip,
                "gentler": self.gentler,
                "slower": screen.slower,
                "faster": screen.faster,
                "voice": self.toggle_voice,
                "sound": self.toggle_sound,
                "fullscreen": self.fullscreen_toggled.emit,
                "stop": c.stop,
            },
            in_more=IN_MORE,
        )
        page.addWidget(self.controls)
        # only what applies to this practice shows; every key still works
        self.controls.set_applies("gentler", c.can_gentler)
        for pace in ("slower", "faster"):
            self.controls.set_applies(pace, c.can_change_pace)
        if self.pacer.advances_on_space:  # grounding: Space and Enter are "Next"
            self.controls.set_keys("pause", (Qt.Key.Key_P,), "P")
            for key in ADVANCE_KEYS:
                shortcut = QShortcut(QKeySequence(key), self, self.pacer.request_advance)
                shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.sync_toggles()
        self.sync_voice()

    def _mark_type_sizes(self, height_scale: float = 1.0) -> None:
        """Sizes relative to the window's font, so Large type scales everything; the phase
        word and the countdown also follow the page's height (``_fit_room``)."""
        s = self.session_screen
        self._height_scale = height_scale
        # a sentence (muscle relaxation) reads at a smaller size than one word ("Hold")
        phase = 1.7 if self.pacer.long_prompts else 2.6
        for label, scale in (
            (s.phase, phase * height_scale),
            (s.countdown, 1.7 * height_scale),
            (s.count, 1.05),
            (s.hint, 1.1),
            (s.safety, 1.0),
        ):
            set_type_scale(label, scale)
        apply_type_scale(self)

    # -- room in a small window --------------------------------------------------------------
    def _fit_room(self, height: int) -> None:
        """A short page (a small window, large type) keeps the pacer's room: the phase word
        and countdown shrink (to 0.7 of their size), and if that is not enough the lead-in's
        offer gives way, and a hint, count or lead-in line that is not showing keeps no room
        of its own."""
        scale = round(min(max(height / TYPE_HEIGHT, 0.7), 1.0) * 20) / 20
        if scale != self._height_scale:
            self._mark_type_sizes(scale)
        self._set_cramped(False)
        self._set_cramped(self._column_needs() > height)

    def _column_needs(self) -> int:
        """The least height the page's column needs at its width: each part's minimum, or
        its height at this width where that grows as it narrows (wrapped words, a row of
        buttons on two lines)."""
        column = self.session_screen.column
        margins = column.contentsMargins()
        width = max(self.width() - margins.left() - margins.right(), 1)
        need, parts = margins.top() + margins.bottom(), 0
        for index in range(column.count()):
            item = column.itemAt(index)
            widget = item.widget() if item is not None else None
            if item is None or (widget is not None and item.isEmpty()):
                continue  # hidden, keeping no room
            height = item.minimumSize().height()
            if item.hasHeightForWidth():
                height = max(height, item.heightForWidth(width))
            need += height
            parts += 1
        return need + column.spacing() * max(parts - 1, 0)

    def _set_cramped(self, cramped: bool) -> None:
        if cramped == self._cramped:
            return
        self._cramped = cramped
        s = self.session_screen
        for part in (s.hint, s.count, s.safety, self.lead_in):  # hidden: room given back
            policy = part.sizePolicy()
            if cramped:
                self._kept[part] = policy.retainSizeWhenHidden()
            policy.setRetainSizeWhenHidden(False if cramped else self._kept.get(part, True))
            part.setSizePolicy(policy)
        if isinstance(self.pacer, BreathPacer):  # a smaller circle still guides the breath
            self.pacer.setMinimumSize(*(CRAMPED_PACER if cramped else PACER))
        if cramped and not self.lead_in.isHidden():
            self._offer_made_room = True
            self.lead_in.hide()
        elif not cramped and self._offer_made_room:
            self._offer_made_room = False
            if not self._lead_in_over:
                self.lead_in.show()

    def minimumSizeHint(self) -> QSize:
        """As short as the page can be once the lead-in's offer has given way."""
        least = super().minimumSizeHint()
        if not self.lead_in.isHidden():
            least.setHeight(max(least.height() - self.lead_in.sizeHint().height(), 0))
        return least

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_room(event.size().height())

    # -- actions ---------------------------------------------------------------------------
    def sync_voice(self) -> None:
        """Show whether a voice exists (it may arrive after the first paint) and is on."""
        c = self.controller
        voice = self.controls.button("voice")
        voice.setEnabled(c.voice.available)
        reason = c.voice.unavailable_reason or self.tr(NO_VOICE)
        voice.setToolTip("" if c.voice.available else reason)
        self.controls.set_toggle("voice", c.voice_on)

    def sync_toggles(self) -> None:
        """Each toggle shows the state it is in: sound, voice and gentler."""
        c = self.controller
        self.controls.set_toggle("sound", not c.muted)
        self.controls.set_toggle("voice", c.voice_on)
        self.controls.set_toggle("gentler", c.gentle)

    def toggle_voice(self) -> None:
        if self.controller.voice.available:
            self.controller.set_voice(not self.controller.voice_on)
        self.controls.set_toggle("voice", self.controller.voice_on)

    def toggle_sound(self) -> None:
        self.controller.set_muted(not self.controller.muted)
        self.controls.set_toggle("sound", not self.controller.muted)

    def gentler(self) -> None:
        """Gentler breathing (once on, it stays on: the button keeps saying so)."""
        self.session_screen.gentler()
        self.controls.set_toggle("gentler", self.controller.gentle)

    def open_ratings(self) -> None:
        """The person asked to rate how they feel: the rows open, the first number focused."""
        self.rate_offer.hide()
        self.ratings.show()
        self.fade.wake()
        self.stress_before.button(0).setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def ratings_given(self) -> dict[str, int]:
        """The before-ratings answered so far."""
        return dict(self._ratings)

    # -- following the session ---------------------------------------------------------------
    def _lead_in_ends(self, pos: Position) -> None:
        if pos.elapsed < LEAD_IN_SECONDS:
            return
        if self.lead_in.isHidden():
            self._lead_in_over = True  # (hidden in a small window: it stays gone)
            return
        focus = QApplication.focusWidget()
        if focus is not None and self.ratings.isAncestorOf(focus):
            return  # answering: the rows stay until the person moves on
        self._lead_in_over = True
        self.lead_in.hide()

    def _keep_controls(self) -> bool:
        """The controls stay while paused, while More is open, and once the session ends."""
        return self.controller.status is not Status.RUNNING or self.controls.menu_open()

    def _on_paused(self, paused: bool) -> None:
        self.controls.set_text("pause", "Resume" if paused else "Pause")  # set_text translates
        self.fade.wake()
        self._describe(paused)

    def _describe(self, paused: bool) -> None:
        """The pause button is named as it reads (Pause, Resume); the page says the state."""
        pause = self.controls.button("pause")
        pause.setAccessibleName(self.tr("Resume") if paused else self.tr("Pause"))
        state = self.tr("Paused.") if paused else self.tr("Running.")
        if self.pacer.advances_on_space:  # grounding: Space and Enter are Next
            keys = self.tr("P pauses or resumes, Space moves on, Esc stops.")
        else:
            keys = self.tr("Space pauses or resumes, Esc stops, Tab reaches the controls.")
        self.setAccessibleDescription(f"{state} {keys}")

    def _on_finished(self, status: Status) -> None:
        self.fade.stop()
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
            self.lead_in.setVisible(not self.why.isHidden())
            self.setFocus()  # the keys are the session's again

    def set_reduced_motion(self, on: bool) -> None:
        """Switch between the moving pacer and the still fill bar."""
        self.session_screen.set_reduced_motion(on)
        self.fade.set_reduced_motion(on)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        window = self.window()
        if window is not self._watched:
            self._watched = window
            self.controls.defer_to_window()
            # a window with a style sheet re-polishes fonts on reparenting: size them again
            apply_type_scale(self)
        if not self.controller.status.ended:
            self.fade.watch(window.windowHandle())
        focus = QApplication.focusWidget()
        if focus is None or not (focus is self or self.isAncestorOf(focus)):
            self.setFocus()  # Tab starts among the session's controls

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            apply_type_scale(self)
