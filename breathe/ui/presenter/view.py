"""Presenter mode: a session on the client's screen, full screen, in room-sized type.

The client's screen shows the session and nothing else: the pacer, the phase word, the
countdown, the progress, a "Paused" and the gentle reminders meant for the client. Every
control, hint and notice for the therapist is on their own screen (``control.py``); the
keys work here too (Space, Esc, − and +, G, →, V, M, F11, and S for the summary once the
session has ended), doing exactly what they do there. It shows the shared
``SessionScreen`` of the same ``SessionController`` as the therapist's window, so both
follow one clock.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence

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
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from breathe.engine.runner import Status
from breathe.i18n import QT_TRANSLATE_NOOP, fill
from breathe.ui.presenter.screens import Placement, type_sizes
from breathe.ui.session.breath_pacer import BreathPacer
from breathe.ui.session.controller import SessionController
from breathe.ui.session.controls import CONTROLS
from breathe.ui.session.pacer import Pacer
from breathe.ui.session.screen import SessionScreen
from breathe.ui.session.summary import duration_text

log = logging.getLogger(__name__)

WINDOW_SHARE = 0.75  # a client's window on the therapist's screen: this share of its height
MIN_WINDOW_WIDTH = 360  # narrower than this, it may cover part of the therapist's window
FRAME_ROOM = 16  # a window manager's borders, not known before the window is shown
# marked for translation here, translated where shown (self.tr)
PAUSED = QT_TRANSLATE_NOOP("PresenterView", "Paused")
#: keys the client's screen answers to besides the controls' own (− is also _ there)
EXTRA_KEYS = {"slower": (Qt.Key.Key_Underscore,)}

Actions = Mapping[str, Callable[[], object]]


class PresenterView(QWidget):
    """The session alone, full screen on the client's screen.

    Args:
        controller: the running session (shared with the therapist's window).
        pacer: the practice's pacer (a new one: a widget lives in one window); breathing
            gets a ``BreathPacer``.
        pacer_style: ``circle``, ``square`` or ``bar`` for the breathing pacer.
        reduced_motion: a still fill instead of movement.
        actions: what each control's keys do, by ``controls.CONTROLS`` id: the therapist's
            control window's own, so a key does the same on either screen (by default this
            screen's session alone).

    Signals:
        closed(): the client's window was closed (Esc at the end, or by the window manager).
        summary_requested(): S once the session has ended (the summary opens on the
            therapist's screen).
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
        actions: Actions | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("breathe – presenter"))
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
            for_client=True,
            parent=self,
        )
        # notices are for the therapist (e.g. the pace cannot go further): not shown here
        controller.notice.disconnect(self.session_screen.show_hint)
        self.session_screen.column.setContentsMargins(48, 32, 48, 24)
        self.session_screen.column.setSpacing(8)
        self.stack = QStackedWidget(self)
        self.ending = self._build_ending()
        self.stack.addWidget(self.session_screen)
        self.stack.addWidget(self.ending)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self._bind_keys(actions if actions is not None else self.own_actions())

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
        """A calm last word for the client; what comes next is on the therapist's screen."""
        page = QWidget(self)
        self.end_heading = self._label()
        self.end_facts = self._label(QPalette.ColorRole.PlaceholderText)
        column = QVBoxLayout(page)
        column.setContentsMargins(48, 48, 48, 48)
        column.setSpacing(24)
        column.addStretch(2)
        column.addWidget(self.end_heading)
        column.addWidget(self.end_facts)
        column.addStretch(3)
        return page

    def own_actions(self) -> dict[str, Callable[[], object]]:
        """The keys' actions when no control window gives them (this screen alone)."""
        c = self.controller
        return {
            "pause": c.toggle_pause,
            "skip": c.advance,
            "gentler": self.session_screen.gentler,
            "slower": self.session_screen.slower,
            "faster": self.session_screen.faster,
            "voice": lambda: c.set_voice(not c.voice_on),
            "sound": lambda: c.set_muted(not c.muted),
            "fullscreen": self.toggle_fullscreen,
            "stop": self.escape,
        }

    def _bind_keys(self, actions: Actions) -> None:
        bindings: list[tuple[Sequence[Qt.Key], Callable[[], object]]] = [
            ((*control.keys, *EXTRA_KEYS.get(control.id, ())), actions[control.id])
            for control in CONTROLS
        ]
        bindings.append(((Qt.Key.Key_S,), self.save_summary))
        self.shortcuts: list[QShortcut] = []
        for keys, action in bindings:
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self, action)
                shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
                self.shortcuts.append(shortcut)

    def _apply_type(self) -> None:
        """Room-sized type from the window's height (see ``screens.type_sizes``)."""
        sizes = type_sizes(self.height(), self.width())
        s = self.session_screen
        # muscle relaxation's instructions are sentences: the countdown's size reads well
        phase = sizes.countdown if s.pacer.long_prompts else sizes.phase
        for label, pixels, bold in (
            (s.phase, phase, not s.pacer.long_prompts),
            (s.countdown, sizes.countdown, False),
            (s.count, sizes.hint, False),
            (s.hint, sizes.hint, False),
            (s.safety, sizes.hint, False),  # the lead-in's safety words, read across a room
            (self.end_heading, sizes.countdown, True),
            (self.end_facts, sizes.hint, False),
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

    def toggle_fullscreen(self) -> None:
        """F11: full screen, or a window (e.g. to move it to another screen)."""
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

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
            facts.append(
                self.tr("1 breath") if breaths == 1 else fill(self.tr("%1 breaths"), breaths)
            )
        self.end_facts.setText(" \u00b7 ".join(facts))
        self.stack.setCurrentWidget(self.ending)

    # -- showing -------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
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


def place_presenter(
    view: QWidget, screens: Sequence[QScreen], where: Placement, own: int, *, left: int = 0
) -> QScreen:
    """Show ``view`` full screen on ``where``'s screen, or in a window on the therapist's
    (``own``, from 0), to the right of the first ``left`` pixels (the therapist's window,
    see ``beside``); returns the screen it is on."""
    if where.index is None:
        screen = screens[own]
        area = screen.availableGeometry()
        view.setScreen(screen)
        room = area.width() - left - 2 * FRAME_ROOM
        width = room if room >= MIN_WINDOW_WIDTH else area.width() // 2
        view.resize(width, round(area.height() * WINDOW_SHARE))
        right = area.right() + 1 - FRAME_ROOM  # its border must stay on the screen too
        view.move(right - width, area.top() + (area.height() - view.height()) // 2)
        view.showNormal()
    else:
        screen = screens[where.index]
        view.setScreen(screen)
        view.setGeometry(screen.geometry())
        view.showFullScreen()
    view.activateWindow()
    log.info(
        "presenter on screen %d%s", screens.index(screen) + 1, " (window)" * (where.index is None)
    )
    return screen


def beside(window: QWidget, screen: QScreen) -> int:
    """Move the therapist's ``window`` to the left of ``screen``, half its width or the
    room its controls need, beside the client's window; returns the width it takes."""
    area = screen.availableGeometry()
    if window.isFullScreen() or window.isMaximized():
        window.showNormal()
    width = max(area.width() // 2, window.minimumSizeHint().width())
    frame = window.frameGeometry().width() - window.width()  # the window manager's border
    window.resize(width, area.height())
    window.move(area.topLeft())
    return width + max(0, frame)


def show_client(
    view: PresenterView,
    therapist: QWidget,
    screens: Sequence[QScreen],
    where: Placement | None,
    *,
    requested: int | None,
    default: int,
) -> tuple[Placement, str]:
    """Show the client's ``view`` where the therapist chose (``where``), else where the
    fallback puts it; the therapist's window (``therapist``) moves aside when both share a
    screen. Returns the placement and a line saying where it is."""
    from breathe.ui.presenter.screen_question import placement_text
    from breathe.ui.presenter.screens import fallback

    own = screens.index(therapist.screen()) if therapist.screen() in screens else 0
    if where is None:
        where = fallback(requested, len(screens), default, own)
    left = beside(therapist.window(), screens[own]) if where.index is None else 0
    place_presenter(view, screens, where, own, left=left)  # one screen: side by side
    return where, placement_text(where, screens)
