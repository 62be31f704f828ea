"""Presenter mode: a session on the client's screen, full screen, in room-sized type.

No buttons while the session runs; the therapist uses the keyboard (Space pause, Esc stop,
− slower, + faster, G gentler, → next item). It shows the shared ``SessionScreen`` of the
same ``SessionController`` as the therapist's own window, so both follow one clock. At
the end, "Save summary as PDF…" asks the session host for the summary.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QFont,
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

from breathe.engine.runner import Status
from breathe.i18n import QT_TRANSLATE_NOOP, fill
from breathe.ui.presenter.screens import ScreenChoice, choose_screen, type_sizes
from breathe.ui.session.breath_pacer import BreathPacer
from breathe.ui.session.controller import SessionController
from breathe.ui.session.pacer import Pacer
from breathe.ui.session.screen import SessionScreen
from breathe.ui.session.summary import duration_text

log = logging.getLogger(__name__)

KEYS_HINT_SECONDS = 8.0  # the therapist's key reminder shows this long at the start
# marked for translation here, translated where shown (self.tr)
KEYS_HINT = QT_TRANSLATE_NOOP(
    "PresenterView", "Space pause · − slower · + faster · G gentler · → next · Esc stop"
)
PAUSED = QT_TRANSLATE_NOOP("PresenterView", "Paused")


class PresenterView(QWidget):
    """A clean full-screen session for a second screen.

    Args:
        controller: the running session (shared with the therapist's window).
        pacer: the practice's pacer (a new one: a widget lives in one window); breathing
            gets a ``BreathPacer``.
        pacer_style: ``circle``, ``square`` or ``bar`` for the breathing pacer.
        reduced_motion: a still fill instead of movement.

    Signals:
        closed(): the presenter window was closed (Esc at the end, or Close).
        summary_requested(): "Save summary as PDF…" (S) once the session has ended.
    """

    closed = Signal()
    summary_requested = Signal()

    def __init__(
        self,
        controller: SessionController,
        *,
        pacer: Pacer | None = None,
        pacer_style: str = "circle",
        reduced_motion: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("breathe \u2013 presenter"))
        self.setAccessibleName(self.tr("Session for the client's screen"))
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Window)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.session_screen = SessionScreen(
            controller,
            pacer if pacer is not None else BreathPacer(pacer_style),
            paused_hint=self.tr(PAUSED),
            reduced_motion=reduced_motion,
            progress_on_top=False,
            hint_until=KEYS_HINT_SECONDS,
            parent=self,
        )
        self.session_screen.hint.setText(self.tr(KEYS_HINT))
        self.session_screen.column.setContentsMargins(48, 32, 48, 24)
        self.session_screen.column.setSpacing(8)
        self.stack = QStackedWidget(self)
        self.ending = self._build_ending()
        self.stack.addWidget(self.session_screen)
        self.stack.addWidget(self.ending)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self._bind_keys()

        controller.finished.connect(self._on_finished)
        self._apply_type()
        self.session_screen.refresh()
        if controller.status.ended:
            self._on_finished(controller.status)

    # -- building ----------------------------------------------------------------------------
    def _label(self, role: QPalette.ColorRole = QPalette.ColorRole.WindowText) -> QLabel:
        label = QLabel(self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setForegroundRole(role)
        return label

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
            ((Qt.Key.Key_Minus, Qt.Key.Key_Underscore), self.session_screen.slower),
            ((Qt.Key.Key_Plus, Qt.Key.Key_Equal), self.session_screen.faster),
            ((Qt.Key.Key_G,), self.session_screen.gentler),
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
        """Room-sized type from the window's height (see ``screens.type_sizes``)."""
        sizes = type_sizes(self.height())
        s = self.session_screen
        for label, pixels, bold in (
            (s.phase, sizes.phase, True),
            (s.countdown, sizes.countdown, False),
            (s.count, sizes.hint, False),
            (s.hint, sizes.hint, False),
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
        s.progress.setFixedHeight(max(4, sizes.hint // 6))

    # -- actions -----------------------------------------------------------------------------
    def escape(self) -> None:
        """Esc: stop a running session; close the screen once it has ended."""
        if self.controller.status.ended:
            self.close()
        else:
            self.controller.stop()

    def save_summary(self) -> None:
        """Ask for the summary, once there is a session to sum up."""
        if self.controller.status.ended:
            self.summary_requested.emit()

    def _on_finished(self, status: Status) -> None:
        pos = self.controller.position()
        self.end_heading.setText(
            self.tr("Well done.")
            if status is Status.COMPLETED
            else self.tr("Thank you for taking this time.")
        )
        facts = [duration_text(pos.elapsed)]
        breaths = self.session_screen.follower.breaths_done(pos)
        if breaths:
            facts.append(fill(self.tr("%1 breaths"), breaths))
        self.end_facts.setText(" \u00b7 ".join(facts))
        self.stack.setCurrentWidget(self.ending)
        self.unsetCursor()
        self.save_button.setFocus()

    # -- showing -------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.controller.status.ended:
            self.save_button.setFocus()
        else:
            self.setCursor(Qt.CursorShape.BlankCursor)  # nothing on the client's screen moves
            self.setFocus()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange:  # minimised: no frames
            self.session_screen.follower.sync()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_type()

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        self.session_screen.follower.stop()
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
