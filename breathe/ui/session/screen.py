"""The session screen every window shows: pacer, phase word, countdown, breaths, hint, progress.

One component for the session view (the person's window) and the presenter (the client's
screen), so both follow a session the same way. It keeps no time of its own: its
``SessionFollower`` runs frames (only while it can be seen) that ask the controller where
the session is, and the screen paints that. Its owner adds what is its own around it (the
view's ratings and controls, the presenter's ending page) and sizes its type.

However a session was started (home, the command line, the tray, a programme), its
lead-in shows the safety words on screen: breathe gently, what to do if dizzy, and for a
pattern with holds, that G makes it gentler. Where the pace changes (resonance, a glide
from the person's own pace, − and +) the breath count says the pace in breaths a minute.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QLocale, QRect, Qt
from PySide6.QtGui import QHideEvent, QPalette, QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from breathe.engine.pacing import breath_rate, breath_rates, countdown
from breathe.engine.practices.breathing_replan import FASTER, SLOWER
from breathe.engine.practices.steps import Plan
from breathe.engine.runner import Position, Status
from breathe.i18n import QT_TRANSLATE_NOOP, fill, plural
from breathe.ui.session.controller import SessionController
from breathe.ui.session.follower import SessionFollower
from breathe.ui.session.pacer import Pacer
from breathe.ui.session.progress_line import ProgressLine
from breathe.ui.widgets.announce import announce

# marked for translation here, translated where shown (context "SessionScreen")
GENTLER_HINT = QT_TRANSLATE_NOOP("SessionScreen", "Breathe gently: slower, not deeper")
NO_PACE = QT_TRANSLATE_NOOP("SessionScreen", "This pattern keeps its own pace.")
WAITING_HINT = QT_TRANSLATE_NOOP("SessionScreen", "Take your time.")
DIZZY = QT_TRANSLATE_NOOP(
    "SessionScreen", "If you feel dizzy or tingly, stop and breathe normally."
)
HOLDS = QT_TRANSLATE_NOOP(
    "SessionScreen", "This pattern holds the breath: if that feels hard, press G for gentler."
)
#: the same caution on the client's screen in presenter mode, where the therapist has the keys
HOLDS_FOR_CLIENT = QT_TRANSLATE_NOOP(
    "SessionScreen", "This pattern holds the breath: if that feels hard, just breathe gently."
)
TENSE_GENTLY = QT_TRANSLATE_NOOP(
    "SessionScreen", "Tense gently, about half your strength. Stop if anything hurts."
)
PACE = QT_TRANSLATE_NOOP("SessionScreen", "%1 breaths a minute")
HINT_SECONDS = 8.0  # how long a hint stays (session time)
MAX_PHASE_LINES = 4  # the most room the phase words keep, however narrow the window
LEAD_IN_SECONDS = 20.0  # the lead-in's words (and offers) stay this long (session time)

FrameListener = Callable[[Position], None]


class SessionScreen(QWidget):
    """The running session, painted from ``controller`` a frame at a time.

    Args:
        controller: the session shown (the screen never starts or times it).
        pacer: the practice's pacer widget (one per screen: a widget lives in one window).
        paused_hint: the line shown while paused (each window words it for its reader).
        reduced_motion: a still fill and calm frames instead of movement.
        progress_on_top: the progress line above the pacer (else at the bottom).
        hint_until: session time at which a hint shown from the start goes.
        for_client: the client's screen in presenter mode: no word names a key there.
    """

    def __init__(
        self,
        controller: SessionController,
        pacer: Pacer,
        *,
        paused_hint: str,
        reduced_motion: bool = False,
        progress_on_top: bool = True,
        hint_until: float | None = None,
        for_client: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.pacer = pacer
        self._for_client = for_client
        self._paused_hint = paused_hint
        self._reduced_motion = reduced_motion
        self._frame_listeners: list[FrameListener] = []
        self.follower = SessionFollower(
            controller,
            self,
            on_step=self._show_step,
            on_frame=self._show_frame,
            on_hint_expired=self._hint_expired,
            reduced_motion=reduced_motion,
            hint_until=hint_until,
        )
        self.frame_timer = self.follower.timer
        self.progress = ProgressLine(self)
        self.progress.setAccessibleName(self.tr("Session progress"))
        # the countdown, breaths and hint show only with something to say (an empty label
        # is an empty node to a screen reader); beside a breathing pacer their room stays,
        # so the pacer never jumps, while a card that shows its own prompt takes it
        keep = not pacer.shows_prompt
        self.phase = self._label(keep_room=keep)
        self.phase.setWordWrap(True)  # relaxation's instructions are whole sentences
        self.countdown = self._label(keep_room=keep)
        self.count = self._label(QPalette.ColorRole.PlaceholderText, keep)
        self.hint = self._label(QPalette.ColorRole.PlaceholderText, keep)
        self.hint.setWordWrap(True)
        self.safety = self._label(QPalette.ColorRole.PlaceholderText)
        self.safety.show()  # the lead-in's words, from the start (hidden if there are none)
        self.safety.setWordWrap(True)
        # when the lead-in's words go, their room stays: the pacer must not jump mid-breath
        policy = self.safety.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.safety.setSizePolicy(policy)
        self._rates: list[tuple[float, float]] = []
        self._shows_pace = False
        self._phase_texts: set[str] = set()
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        if progress_on_top:
            self.column.addWidget(self.progress)
        self.column.addWidget(self.pacer, 1)
        for label in (self.phase, self.countdown, self.count, self.hint, self.safety):
            self.column.addWidget(label)
        self.phase.installEventFilter(self)  # its room fits its longest words (see below)
        if not progress_on_top:
            self.column.addSpacing(16)
            self.column.addWidget(self.progress)

        pacer.set_plan(controller.plan)
        self._read_plan(controller.plan)
        pacer.set_reduced_motion(reduced_motion)
        pacer.advance_requested.connect(controller.advance)
        controller.replanned.connect(self._on_replanned)
        controller.paused_changed.connect(self._on_paused)
        controller.finished.connect(self._on_finished)
        controller.notice.connect(self.show_hint)

    def _label(
        self, role: QPalette.ColorRole = QPalette.ColorRole.WindowText, keep_room: bool = True
    ) -> QLabel:
        label = QLabel(self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setForegroundRole(role)
        policy = label.sizePolicy()
        policy.setRetainSizeWhenHidden(keep_room)
        label.setSizePolicy(policy)
        label.hide()  # until it has something to say
        return label

    # -- what the owner asks ----------------------------------------------------------------
    def on_frame(self, listener: FrameListener) -> None:
        """Call ``listener(position)`` after each painted frame (e.g. to end a lead-in)."""
        self._frame_listeners.append(listener)

    def refresh(self) -> None:
        """Paint one frame from the controller's position now."""
        self.follower.refresh()

    def show_hint(self, text: str, seconds: float | None = HINT_SECONDS) -> None:
        """A short line under the countdown for ``seconds`` of session time (None: kept)."""
        self.set_hint(text)
        self.follower.hint_for(seconds)

    def set_hint(self, text: str) -> None:
        """The hint line now (empty: none); a screen reader hears a new one."""
        if text != self.hint.text():
            _set_text(self.hint, text)
            announce(self.hint, text)

    def gentler(self) -> None:
        """Easier breathing from now, with the reminder shown at once."""
        if self.controller.can_gentler and not self.controller.status.ended:
            if self.tr(GENTLER_HINT) not in self._lead_in_shown():  # said once is enough
                self.show_hint(self.tr(GENTLER_HINT))
            self.controller.gentler()

    def _lead_in_shown(self) -> str:
        """The lead-in's words while they show (else nothing)."""
        return "" if self.safety.isHidden() else self.safety.text()

    def lead_in_words(self, plan: Plan) -> str:
        """The lead-in's safety words for ``plan``, one line each (empty: none)."""
        kinds = {step.kind for step in plan.steps}
        lines = []
        if plan.practice == "breathing":
            lines = [self.tr(GENTLER_HINT) + ".", self.tr(DIZZY)]
            if "hold" in kinds:
                lines.append(self.tr(HOLDS_FOR_CLIENT if self._for_client else HOLDS))
        elif "tense" in kinds:
            lines = [self.tr(TENSE_GENTLY)]
        return "\n".join(lines)

    def pace_text(self, elapsed: float) -> str | None:
        """ "6.5 breaths a minute" where the pace changes in this plan; else None."""
        rate = breath_rate(self._rates, elapsed)
        if not self._shows_pace or rate is None:
            return None
        return fill(self.tr(PACE), QLocale().toString(round(rate, 1), "g", 3))

    def slower(self) -> bool:
        return self._pace(SLOWER)

    def faster(self) -> bool:
        return self._pace(FASTER)

    def _pace(self, factor: float) -> bool:
        """Slower or faster from the next breath; a gentle line where the pace is fixed."""
        if not self.controller.can_change_pace:
            self.show_hint(self.tr(NO_PACE))
            return False
        return self.controller.change_pace(factor)

    def set_reduced_motion(self, on: bool) -> None:
        """Switch between the moving pacer and the still fill."""
        self._reduced_motion = on
        self.pacer.set_reduced_motion(on)
        self.pacer.show_position(self.controller.position())
        self.follower.set_reduced_motion(on)

    # -- following the session ---------------------------------------------------------------
    def _show_frame(self, pos: Position) -> None:
        if not self._reduced_motion:
            self.pacer.show_position(pos)
        seconds = countdown(pos, self.controller.runner.gated_kinds)
        if _set_text(self.countdown, seconds) and seconds:
            # its name says what the number is; its change reaches a screen reader
            left = plural("SessionScreen", "%n second left", "%n seconds left", int(seconds))
            self.countdown.setAccessibleName(left)
        done = self.pacer.progress(pos)
        self.progress.set_fraction(pos.progress if done is None else done)
        if pos.elapsed >= LEAD_IN_SECONDS and not self.safety.isHidden():
            self.safety.hide()
        if pos.waiting and not self.hint.text() and not self.pacer.shows_prompt:
            self.set_hint(self.tr(WAITING_HINT))
        for listener in self._frame_listeners:
            listener(pos)

    def _show_step(self, pos: Position) -> None:
        """A new phase: the word (announced to screen readers) and the breath count."""
        if self.pacer.shows_prompt:  # the card shows (and says) its own prompt
            self.phase.setText(pos.step.label)
        elif _set_text(self.phase, pos.step.label):
            self.phase.setAccessibleName(pos.step.label)
            announce(self.phase, pos.step.label)  # a name change alone is not spoken
        text = self.follower.breath_text(pos)
        pace = self.pace_text(pos.elapsed)
        if text is not None:
            _set_text(self.count, text if pace is None else f"{text} \u00b7 {pace}")
        if self._reduced_motion:
            self.pacer.show_position(pos)
        if self.hint.text() == self.tr(WAITING_HINT) and not pos.waiting:
            self.set_hint("")

    def _hint_expired(self, pos: Position) -> None:
        self.set_hint(self._paused_hint if pos.status is Status.PAUSED else "")

    def _on_replanned(self) -> None:
        self.pacer.set_plan(self.controller.plan)
        self._read_plan(self.controller.plan)
        self.follower.show_again()

    def _read_plan(self, plan: Plan) -> None:
        """What the screen shows of a (re-)planned session beside its frames."""
        self._rates = breath_rates(plan)
        rates = [rate for _, rate in self._rates]
        # a pace that changes is worth saying; once said, it stays (after − or +)
        self._shows_pace = self._shows_pace or (bool(rates) and max(rates) - min(rates) > 0.05)
        words = self.lead_in_words(plan)
        self.safety.setText(words)
        if not words:  # grounding has none: no empty line for a screen reader
            self.safety.hide()
        self._phase_texts = {step.label for step in plan.steps}
        self._fit_phase()

    def _fit_phase(self) -> None:
        """Room for the longest phase words at this width, so nothing below them jumps
        as a shorter or longer instruction (muscle relaxation's sentences) comes."""
        label = self.phase
        width = label.contentsRect().width()
        if not self.pacer.long_prompts or width <= 0 or not self._phase_texts:
            return
        metrics = label.fontMetrics()
        wrapped = int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap)
        room = QRect(0, 0, width, 100_000)
        tallest = max(
            metrics.boundingRect(room, wrapped, text).height() for text in self._phase_texts
        )
        tallest = min(tallest, MAX_PHASE_LINES * metrics.lineSpacing())  # a narrow window
        label.setMinimumHeight(tallest + label.height() - label.contentsRect().height())

    def _on_paused(self, paused: bool) -> None:
        if paused:
            self.show_hint(self._paused_hint, None)
        elif self.hint.text() == self._paused_hint:
            self.set_hint("")
        self.refresh()
        self.follower.sync()

    def _on_finished(self, _status: Status) -> None:
        self.follower.stop()

    def eventFilter(self, watched: object, event: QEvent) -> bool:
        if watched is self.phase and event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange):
            self._fit_phase()
        return False

    # -- frames only while seen (the follower also watches the window) ---------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.follower.shown()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.follower.sync()


def _set_text(label: QLabel, text: str) -> bool:
    """Show ``text`` (an empty label hides); False when it was shown already."""
    if label.text() == text:  # an unchanged label is not repainted
        return False
    label.setText(text)
    label.setVisible(bool(text))
    return True
