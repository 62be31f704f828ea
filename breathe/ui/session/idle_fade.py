"""Controls that step back while the person breathes: they fade after a few seconds without
input and come back at once with a movement of the mouse or any key.

Faded widgets stay on screen at opacity 0, so their keyboard shortcuts keep working and
nothing moves when they return (a hidden widget's shortcuts are off, and the pacer would
grow into its room). With reduced motion they go and come back without a fade.

Time is read from an injected monotonic clock: a test moves the clock and calls
``check()`` instead of waiting. Input is watched on the window's native window only (one
event filter that sees the mouse and the keys before any widget), never on the whole
application.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPointF, QTimer
from PySide6.QtGui import QMouseEvent, QWindow
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:  # made on the first fade, seconds after the first paint
    from PySide6.QtCore import QPropertyAnimation

IDLE_SECONDS = 5.0  # without input, the controls fade after this long
FADE_MS = 700  # a slow, calm fade out
RETURN_MS = 120  # and a quick return: the person asked for them
_INPUT = frozenset(
    {
        QEvent.Type.MouseMove,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.Wheel,
        QEvent.Type.KeyPress,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


class IdleFade(QObject):
    """Fades ``widgets`` after ``idle_seconds`` without input in the watched window.

    Args:
        widgets: what steps back (the controls, the lead-in's offers).
        clock: monotonic seconds (tests pass a fake clock).
        reduced_motion: no fade: the widgets simply go and come back.
        keep: while it returns True the widgets stay (paused, a menu open, the pointer
            resting on them).
    """

    def __init__(
        self,
        widgets: Sequence[QWidget],
        parent: QObject,
        *,
        clock: Callable[[], float] = time.monotonic,
        idle_seconds: float = IDLE_SECONDS,
        reduced_motion: bool = False,
        keep: Callable[[], bool] = lambda: False,
    ) -> None:
        super().__init__(parent)
        self._widgets = list(widgets)
        self._clock = clock
        self._idle = idle_seconds
        self._reduced_motion = reduced_motion
        self._keep = keep
        self._last_input = clock()
        self._pointer: QPointF | None = None
        self._watched: QWindow | None = None
        self._animations: list[QPropertyAnimation] = []
        self.faded = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.check)

    # -- what the owner asks ---------------------------------------------------------------
    def watch(self, window: QWindow | None) -> None:
        """Watch the input of ``window`` (the native window of the page's window)."""
        if window is self._watched:
            return
        if self._watched is not None:
            self._watched.removeEventFilter(self)
        self._watched = window
        if window is not None:
            window.installEventFilter(self)
        self.wake()

    def wake(self) -> None:
        """Input: bring the widgets back now and count the idle time from here."""
        self._last_input = self._clock()
        if self.faded:
            self._show(True)
        self._arm(self._idle)

    def check(self) -> bool:
        """Fade if the person has been idle long enough and nothing keeps the widgets;
        returns whether they are faded now."""
        if self.faded:
            return True
        idle = self._clock() - self._last_input
        if idle < self._idle:
            self._arm(self._idle - idle)
        elif self._keep() or any(w.underMouse() for w in self._widgets):
            self._arm(self._idle)
        else:
            self._show(False)
        return self.faded

    def stop(self) -> None:
        """Show the widgets for good (the session ended)."""
        self._timer.stop()
        if self.faded:
            self._show(True)
        if self._watched is not None:
            self._watched.removeEventFilter(self)
            self._watched = None

    def set_reduced_motion(self, on: bool) -> None:
        self._reduced_motion = on

    # -- inner workings ------------------------------------------------------------------
    def _arm(self, seconds: float) -> None:
        self._timer.start(max(1, round(seconds * 1000)))

    def _show(self, shown: bool) -> None:
        self.faded = not shown
        for animation in self._animations:
            animation.stop()
        self._animations = []
        for widget in self._widgets:
            if self._reduced_motion:
                _set_opacity(widget, 1.0 if shown else 0.0)
            else:
                self._fade(widget, 1.0 if shown else 0.0, RETURN_MS if shown else FADE_MS)

    def _fade(self, widget: QWidget, to: float, ms: int) -> None:
        from PySide6.QtCore import QPropertyAnimation
        from PySide6.QtWidgets import QGraphicsOpacityEffect

        effect = widget.graphicsEffect()
        if not isinstance(effect, QGraphicsOpacityEffect):
            effect = QGraphicsOpacityEffect(widget)
            effect.setOpacity(1.0)
            widget.setGraphicsEffect(effect)
        animation = QPropertyAnimation(effect, b"opacity", self)
        animation.setDuration(ms)
        animation.setStartValue(effect.opacity())
        animation.setEndValue(to)
        if to >= 1.0:  # fully back: no effect left to paint through
            animation.finished.connect(lambda w=widget: _set_opacity(w, 1.0))
        animation.start()
        self._animations.append(animation)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._watched and event.type() in _INPUT:
            if isinstance(event, QMouseEvent) and event.type() == QEvent.Type.MouseMove:
                where = event.globalPosition()
                moved = self._pointer is None or where != self._pointer
                self._pointer = where
                if not moved:  # Qt's own moves under a resting pointer are not input
                    return False
            self.wake()
        return False


def _set_opacity(widget: QWidget, opacity: float) -> None:
    """Show ``widget`` at ``opacity``; fully opaque means no effect at all (cheapest)."""
    if opacity >= 1.0:
        widget.setGraphicsEffect(None)  # type: ignore[arg-type]
        return
    from PySide6.QtWidgets import QGraphicsOpacityEffect

    effect = widget.graphicsEffect()
    if not isinstance(effect, QGraphicsOpacityEffect):
        effect = QGraphicsOpacityEffect(widget)
        widget.setGraphicsEffect(effect)
    effect.setOpacity(opacity)
