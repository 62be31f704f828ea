"""What every session screen shares: follow one controller, a frame at a time, while seen.

A view keeps no time of its own. Its ``SessionFollower`` owns the frame timer (~60 fps, or
10 fps for the still reduced-motion bar), runs it only while the view can be seen and the
session runs (a minimised or hidden window stops it; the controller's own boundary timer
keeps the session on time), and at each frame asks the controller where the session is.
The view is told through three callbacks: ``on_step`` when a phase is shown for the first
time (after a step change or a re-plan), ``on_frame`` for every frame, and
``on_hint_expired`` when a hint's session time is up. The view tells the follower when it
is shown or hidden (``shown``/``sync`` from its show, hide and change events); the window
a page sits in is watched here.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QWidget

from breathe.engine.pacing import breath_count
from breathe.engine.runner import Position, Status
from breathe.i18n import fill
from breathe.ui.session.controller import SessionController

log = logging.getLogger(__name__)

FRAME_MS = 16  # ~60 fps for a moving pacer
CALM_FRAME_MS = 100  # reduced motion: only words and numbers change, at their own pace

PositionCallback = Callable[[Position], None]


class SessionFollower(QObject):
    """Drives ``view``'s frames from ``controller``; owned by (and a child of) the view.

    Args:
        controller: the session followed (the follower never starts or times it).
        view: the widget whose visibility, and whose window's, decides if frames run.
        on_step, on_frame, on_hint_expired: the view's painting, called with the Position.
        reduced_motion: calm frames for the still fill bar.
        hint_until: session time at which a hint shown from the start expires.
    """

    def __init__(
        self,
        controller: SessionController,
        view: QWidget,
        *,
        on_step: PositionCallback,
        on_frame: PositionCallback,
        on_hint_expired: PositionCallback,
        reduced_motion: bool = False,
        hint_until: float | None = None,
    ) -> None:
        super().__init__(view)
        self.controller = controller
        self._view = view
        self._on_step = on_step
        self._on_frame = on_frame
        self._on_hint_expired = on_hint_expired
        self._reduced_motion = reduced_motion
        self._hint_until = hint_until
        self._shown_index = -1
        self._counts_breaths = any(s.kind == "inhale" for s in controller.plan.steps)
        self._watched: QWidget | None = None  # the top-level window watched for minimise
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self.refresh)
        controller.step_changed.connect(self._step_changed)

    # -- frames -------------------------------------------------------------------------
    def refresh(self) -> None:
        """One frame: a new phase first, then the frame, then an expired hint."""
        pos = self.controller.position()
        if pos.index != self._shown_index:
            self._shown_index = pos.index
            self._on_step(pos)
        self._on_frame(pos)
        if self._hint_until is not None and pos.elapsed >= self._hint_until:
            self._hint_until = None
            self._on_hint_expired(pos)

    def breaths_done(self, pos: Position) -> int | None:
        """Breaths begun by ``pos``; None for a practice without breaths."""
        if not self._counts_breaths:
            return None
        return breath_count(self.controller.plan, pos.elapsed)[0]

    def breath_text(self, pos: Position) -> str | None:
        """ "Breath 3 of 15" ("15 breaths" before the first); None without breaths."""
        if not self._counts_breaths:
            return None
        number, total = breath_count(self.controller.plan, pos.elapsed)
        if number:
            return fill(self.tr("Breath %1 of %2"), number, total)
        return fill(self.tr("%1 breaths"), total)

    def show_again(self) -> None:
        """Show the current phase afresh (after a re-plan), then a frame."""
        self._shown_index = -1
        self.refresh()

    def hint_for(self, seconds: float | None) -> None:
        """A hint shown now lasts ``seconds`` of session time (None: until replaced)."""
        if seconds is None:
            self._hint_until = None
        else:
            self._hint_until = self.controller.position().elapsed + seconds

    def set_reduced_motion(self, on: bool) -> None:
        self._reduced_motion = on
        self.sync()

    # -- only while seen ------------------------------------------------------------------
    def sync(self) -> None:
        """Run frames while the view can be seen and the session runs; else none."""
        window = self._view.window()
        if (
            self._view.isVisible()
            and not window.isMinimized()
            and self.controller.status is Status.RUNNING
        ):
            interval = CALM_FRAME_MS if self._reduced_motion else FRAME_MS
            if not self.timer.isActive() or self.timer.interval() != interval:
                self.timer.start(interval)
        else:
            self.timer.stop()

    def shown(self) -> None:
        """The view was shown (perhaps in another window): paint now and run frames."""
        window = self._view.window()
        if window is not self._view and window is not self._watched:
            if self._watched is not None:
                self._watched.removeEventFilter(self)
            window.installEventFilter(self)  # its minimise and hide stop the frames
            self._watched = window
        self.refresh()
        self.sync()

    def stop(self) -> None:
        self.timer.stop()

    def _step_changed(self, _index: int) -> None:
        self.show_again()
        self.sync()  # the session may have started after the view was shown

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._watched and event.type() in (
            QEvent.Type.WindowStateChange,
            QEvent.Type.Hide,
            QEvent.Type.Show,
        ):
            self.sync()
        return False
