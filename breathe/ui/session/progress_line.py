"""A thin line showing how much of the session has passed; repaints only when it grows.

It is a progress bar to assistive technology (role, and its value in percent), drawn as a
4 px line: a screen reader hears "Session progress, 42 percent" as the session goes on.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QProgressBar, QSizePolicy, QWidget

HEIGHT = 4


class ProgressLine(QProgressBar):
    """A 4 px track with the part done in the accent colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fraction = 0.0
        self._pixels = -1
        self.setRange(0, 100)  # the value screen readers hear, in whole percent
        self.setValue(0)
        self.setTextVisible(False)
        self.setFixedHeight(HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    @property
    def fraction(self) -> float:
        return self._fraction

    def set_fraction(self, fraction: float) -> None:
        """Show ``fraction`` (0..1) done; repaints only when a whole pixel changes."""
        self._fraction = min(max(fraction, 0.0), 1.0)
        percent = int(self._fraction * 100)
        if percent != self.value():
            self.setValue(percent)  # tells a screen reader too
        pixels = round(self._fraction * self.width())
        if pixels != self._pixels:
            self._pixels = pixels
            self.update()

    def sizeHint(self) -> QSize:
        return QSize(200, HEIGHT)

    def minimumSizeHint(self) -> QSize:
        return QSize(0, HEIGHT)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        pal = self.palette()
        painter.fillRect(self.rect(), pal.color(QPalette.ColorRole.Mid))
        done = QRectF(0, 0, self._fraction * self.width(), self.height())
        painter.fillRect(done, pal.color(QPalette.ColorRole.Highlight))
        painter.end()
