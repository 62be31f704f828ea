"""Floor for CPU and memory: a bare 60 fps antialiased QPainter circle that breathes.

Run as a script by the benchmarks, the same size as breathe's window. Like the window
floor, it reports its first paint in ``$BREATHE_REPORT_FIRST_PAINT`` (one JSON line), so a
measurement can start from the first frame, as it does for breathe.
"""

from __future__ import annotations

import math
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QPointF, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QApplication, QWidget


class Circle(QWidget):
    """A circle growing and shrinking over 8 s, repainted every 16 ms."""

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle("floor circle")
        self._t0 = time.monotonic()
        self._reported = False
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.update)
        self._timer.start(16)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#F3F0EA"))
        level = 0.5 - 0.5 * math.cos((time.monotonic() - self._t0) * math.pi / 4)
        radius = min(self.width(), self.height()) / 2 * (0.36 + 0.64 * level)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#2F6E78"))
        painter.drawEllipse(QPointF(self.width() / 2, self.height() / 2), radius, radius)
        painter.end()
        if not self._reported:
            self._reported = True
            QTimer.singleShot(0, self, self._report)

    def _report(self) -> None:
        now = time.monotonic()
        report = os.environ.get("BREATHE_REPORT_FIRST_PAINT")
        if report:
            import json  # after the time is taken

            with Path(report).open("a", encoding="utf-8") as f:
                f.write(json.dumps({"event": "first_paint", "t": now}) + "\n")


app = QApplication(sys.argv[:1])
circle = Circle()
circle.resize(960, 680)
circle.show()
sys.exit(app.exec())
