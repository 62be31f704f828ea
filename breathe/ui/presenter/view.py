"""Presenter mode: a session on the client's screen, full screen, in room-sized type.

No buttons while the session runs; the therapist uses the keyboard (Space pause, Esc stop,
− slower, + faster, G gentler, → next item). It shows the same ``SessionController`` as the
therapist's own window, so both follow one clock. At the end, "Save summary as PDF…".
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QFont,
    QHideEvent,
    QKeySequence,
    QPalette,
    QResizeEvent,
    QScreen,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from breathe.engine.pacing import countdown
from breathe.engine.practices.breathing_replan import FASTER, SLOWER
from breathe.engine.runner import Position, Status
from breathe.i18n import fill
from breathe.ui.presenter.screens import ScreenChoice, choose_screen, type_sizes
from breathe.ui.session.breath_pacer import BreathPacer
from breathe.ui.session.controller import SessionController
from breathe.ui.session.follower import SessionFollower
from breathe.ui.session.pacer import Pacer
from breathe.ui.session.progress_line import ProgressLine
from breathe.ui.session.report import ReportDialog, report_for
from breathe.ui.session.summary import duration_text

log = logging.getLogger(__name__)

KEYS_HINT_SECONDS = 8.0  # the therapist's key reminder shows this long at the start
HINT_SECONDS = 6.0
# marked for translation here, translated where shown (self.tr)
KEYS_HINT = QT_TRANSLATE_NOOP(
    "PresenterView", "Space pause · − slower · + faster · G gentler · → next · Esc stop"
)
PAUSED = QT_TRANSLATE_NOOP("PresenterView", "Paused")
NO_PACE = QT_TRANSLATE_NOOP("PresenterView", "This pattern keeps its own pace.")
GENTLER = QT_TRANSLATE_NOOP("PresenterView", "Gently now: slower, not deeper")


class PresenterView(QWidget):
    """A clean full-screen session for a second screen.

    Args:
        controller: the running session (shared with the therapist's window).
        pacer: the practice's pacer (a new one: a widget lives in one window); breathing
            gets a ``BreathPacer``.
        pacer_style: ``circle``, ``square`` or ``bar`` for the breathing pacer.
        reduced_motion: a still fill instead of movement.
        ratings: stress and pain given so far (history's names), for the summary.

    Signals:
        closed(): the presenter window was closed (Esc at the end, or Close).
        summary_saved(Path): a summary PDF was written.
    """

    closed = Signal()
    summary_saved = Signal(Path)

    def __init__(
        self,
        controller: SessionController,
        *,
        pacer: Pacer | None = None,
        pacer_style: str = "circle",
        reduced_motion: bool = False,
        ratings: Mapping[str, int | None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.pacer: Pacer = pacer if pacer is not None else BreathPacer(pacer_style)
        self.ratings: dict[str, int | None] = dict(ratings or {})
        self.report_dialog: ReportDialog | None = None
        self._reduced_motion = reduced_motion
        self._status: str | None = None
        self._started_at = datetime.now().astimezone()
        self.setWindowTitle(self.tr("breathe \u2013 presenter"))
        self.setAccessibleName(self.tr("Session for the client's screen"))
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Window)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.follower = SessionFollower(
            controller,
            self,
            on_step=self._show_step,
            on_frame=self._show_frame,
            on_hint_expired=self._hint_expired,
            reduced_motion=reduced_motion,
            hint_until=KEYS_HINT_SECONDS,
        )
        self.frame_timer = self.follower.timer
        self.stack = QStackedWidget(self)
        self.running = self._build_running()
        self.ending = self._build_ending()
        self.stack.addWidget(self.running)
        self.stack.addWidget(self.ending)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self._bind_keys()

        self.pacer.set_plan(controller.plan)
        self.pacer.set_reduced_motion(reduced_motion)
        self.pacer.advance_requested.connect(controller.advance)
        controller.replanned.connect(self._on_replanned)
        controller.paused_changed.connect(self._on_paused)
        controller.finished.connect(self._on_finished)
        controller.notice.connect(self.show_hint)
        self._apply_type()
        self.refresh()
        if controller.status.ended:
            self._on_finished(controller.status.value)

    # -- building ----------------------------------------------------------------------------
    def _label(self, role: QPalette.ColorRole = QPalette.ColorRole.WindowText) -> QLabel:
        label = QLabel(self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setForegroundRole(role)
        return label

    def _build_running(self) -> QWidget:
        page = QWidget(self)
        self.phase = self._label()
        self.countdown = self._label()
        self.countdown.setAccessibleName(self.tr("Seconds left in this phase"))
        self.count = self._label(QPalette.ColorRole.PlaceholderText)
        self.hint = self._label(QPalette.ColorRole.PlaceholderText)
        self.hint.setText(self.tr(KEYS_HINT))
        self.progress = ProgressLine(page)
        self.progress.setAccessibleName(self.tr("Session progress"))
        column = QVBoxLayout(page)
        column.setContentsMargins(48, 32, 48, 24)
        column.setSpacing(8)
        column.addWidget(self.pacer, 1)
        for label in (self.phase, self.countdown, self.count, self.hint):
            column.addWidget(label)
        column.addSpacing(16)
        column.addWidget(self.progress)
        return page

    def _build_ending(self) -> QWidget:
        page = QWidget(self)
        self.end_heading = self._label()
        self.end_facts = self._label(QPalette.ColorRole.PlaceholderText)
        self.save_button = QPushButton(self.tr("Save summary as PDF\u2026"), page)
        self.save_button.setAccessibleName(self.tr("Save a summary of this session as PDF"))
        self.save_button.setAutoDefault(True)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save_summary)
        self.close_button = QPushButton(self.tr("Close"), page)
        self.close_button.setAccessibleName(self.tr("Close the presenter screen"))
        self.close_button.setAutoDefault(True)
        self.close_button.clicked.connect(self.close)
        self.end_keys = self._label(QPalette.ColorRole.PlaceholderText)
        self.end_keys.setText(self.tr("S saves a summary · Esc closes"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        buttons.addStretch(1)
        column = QVBoxLayout(page)
        column.setContentsMargins(48, 48, 48, 48)
        column.setSpacing(24)
        column.addStretch(2)
        column.addWidget(self.end_heading)
        column.addWidget(self.end_facts)
        column.addSpacing(24)
        column.addLayout(buttons)
        column.addWidget(self.end_keys)
        column.addStretch(3)
        return page

    def _bind_keys(self) -> None:
        bindings: list[tuple[Sequence[Qt.Key], Callable[[], object]]] = [
            ((Qt.Key.Key_Space,), self.controller.toggle_pause),
            ((Qt.Key.Key_Escape,), self.escape),
            ((Qt.Key.Key_Minus, Qt.Key.Key_Underscore), self.slower),
            ((Qt.Key.Key_Plus, Qt.Key.Key_Equal), self.faster),
            ((Qt.Key.Key_G,), self.gentler),
            ((Qt.Key.Key_Right,), self.controller.advance),
            ((Qt.Key.Key_S,), self.save_summary),
        ]
        self.shortcuts: list[QShortcut] = []
        for keys, action in bindings:
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self, action)
                shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
                self.shortcuts.append(shortcut)

    def _apply_type(self) -> None:
        """Room-sized type from the window's height (see ``presenter.type_sizes``)."""
        sizes = type_sizes(self.height())
        for label, pixels, bold in (
            (self.phase, sizes.phase, True),
            (self.countdown, sizes.countdown, False),
            (self.count, sizes.hint, False),
            (self.hint, sizes.hint, False),
            (self.end_heading, sizes.countdown, True),
            (self.end_facts, sizes.hint, False),
            (self.end_keys, sizes.hint, False),
            (self.save_button, sizes.hint, False),
            (self.close_button, sizes.hint, False),
        ):
            font = QFont(self.font())
            font.setPixelSize(pixels)
            font.setBold(bold)
            label.setFont(font)
        self.progress.setFixedHeight(max(4, sizes.hint // 6))

    # -- actions -----------------------------------------------------------------------------
    def escape(self) -> None:
        """Esc: stop a running session; close the screen once it has ended."""
        if self.controller.status.ended:
            self.close()
        else:
            self.controller.stop()

    def slower(self) -> bool:
        return self._pace(SLOWER)

    def faster(self) -> bool:
        return self._pace(FASTER)

    def _pace(self, factor: float) -> bool:
        if not self.controller.can_change_pace:
            self.show_hint(self.tr(NO_PACE))
            return False
        return self.controller.change_pace(factor)  # from the next breath

    def gentler(self) -> None:
        if self.controller.can_gentler and not self.controller.status.ended:
            self.show_hint(self.tr(GENTLER))
            self.controller.gentler()

    def show_hint(self, text: str) -> None:
        self.hint.setText(text)
        self.follower.hint_for(HINT_SECONDS)

    def set_ratings(self, ratings: Mapping[str, int | None]) -> None:
        """Stress and pain given in the therapist's window, for the summary."""
        self.ratings.update(ratings)

    def save_summary(self) -> ReportDialog | None:
        """Open the summary (ratings and a note can be added), then "Save as PDF…"."""
        if self._status is None:
            return None
        pos = self.controller.position()
        report = report_for(
            self.controller.plan,
            self._status,
            pos.elapsed,
            self.ratings,
            started_at=self._started_at,
        )
        self.report_dialog = ReportDialog(report, self)
        self.report_dialog.saved.connect(self.summary_saved)
        self.report_dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.report_dialog.open()
        return self.report_dialog

    # -- following the session --------------------------------------------------------------
    def refresh(self) -> None:
        """Paint one frame from the controller's position."""
        self.follower.refresh()

    def _show_frame(self, pos: Position) -> None:
        if not self._reduced_motion:
            self.pacer.show_position(pos)
        seconds = countdown(pos, self.controller.runner.gated_kinds)
        if self.countdown.text() != seconds:
            self.countdown.setText(seconds)
        self.progress.set_fraction(pos.progress)

    def _hint_expired(self, pos: Position) -> None:
        self.hint.setText(self.tr(PAUSED) if pos.status is Status.PAUSED else "")

    def _show_step(self, pos: Position) -> None:
        self.phase.setText(pos.step.label)
        self.phase.setAccessibleName(pos.step.label)  # screen readers hear the change
        text = self.follower.breath_text(pos)
        if text is not None:
            self.count.setText(text)
        if self._reduced_motion:
            self.pacer.show_position(pos)

    def _on_replanned(self) -> None:
        self.pacer.set_plan(self.controller.plan)
        self.follower.show_again()

    def _on_paused(self, paused: bool) -> None:
        if paused:
            self.hint.setText(self.tr(PAUSED))
            self.follower.hint_for(None)
        elif self.hint.text() == self.tr(PAUSED):
            self.hint.clear()
        self.refresh()
        self.follower.sync()

    def _on_finished(self, status: str) -> None:
        self._status = status
        self.follower.stop()
        pos = self.controller.position()
        self.end_heading.setText(
            self.tr("Well done.")
            if status == "completed"
            else self.tr("Thank you for taking this time.")
        )
        facts = [duration_text(pos.elapsed)]
        breaths = self.follower.breaths_done(pos)
        if breaths:
            facts.append(fill(self.tr("%1 breaths"), breaths))
        self.end_facts.setText(" \u00b7 ".join(facts))
        self.stack.setCurrentWidget(self.ending)
        self.unsetCursor()
        self.save_button.setFocus()

    # -- showing (the follower runs frames only while this can be seen) ---------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.follower.shown()
        if self.controller.status.ended:
            self.save_button.setFocus()
        else:
            self.setCursor(Qt.CursorShape.BlankCursor)  # nothing on the client's screen moves
            self.setFocus()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.follower.sync()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange:  # minimised: no frames
            self.follower.sync()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_type()

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        self.follower.stop()
        self.closed.emit()


def show_presenter(
    view: QWidget, screens: Sequence[QScreen], requested: int | None, default: int
) -> ScreenChoice:
    """Show ``view`` full screen on the chosen screen; returns the choice (with any notice).

    Args:
        screens: ``QGuiApplication.screens()`` (the primary first).
        requested: ``--screen N`` (from 1) or None; default: ``settings.presenter_screen``.
    """
    choice = choose_screen(requested, len(screens), default)
    screen = screens[choice.index]
    view.setScreen(screen)
    view.setGeometry(screen.geometry())
    view.showFullScreen()
    view.activateWindow()
    log.info("presenter on screen %d (%s)", choice.index + 1, screen.name())
    return choice
