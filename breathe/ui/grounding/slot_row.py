"""SlotRow: the grounding card's row of round slots, one per item of a sense."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from breathe.i18n import fill
from breathe.ui.relaxation.body_figure import mix, soft_text


class SlotRow(QWidget):
    """N round slots: done ones filled (with the typed word below), the current one ringed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._count = 0
        self._current = 0
        self._words: list[str] = []
        self._scale = 1.0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Items"))

    def set_state(self, count: int, current: int, words: list[str]) -> None:
        """``count`` slots, the first ``current`` of them done."""
        self._count, self._current, self._words = count, current, words
        shown = min(current + 1, count)
        self.setAccessibleDescription(fill(self.tr("Item %1 of %2"), shown, count) if count else "")
        self.update()

    def count(self) -> int:
        return self._count

    def filled(self) -> int:
        return min(self._current, self._count)

    def set_scale(self, scale: float) -> None:
        self._scale = scale
        self.setFixedHeight(round(76 * scale))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(round(320 * self._scale), round(76 * self._scale))

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._count:
            return
        pal = self.palette()
        window = pal.color(QPalette.ColorRole.Window)
        text = pal.color(QPalette.ColorRole.WindowText)
        accent = mix(window, pal.color(QPalette.ColorRole.Highlight), 0.9)
        ring = mix(window, text, 0.5)  # >= 3:1 against the window for graphics
        d = 26 * self._scale
        gap = min(d * 3.2, (self.width() - d) / max(self._count, 1))
        x0 = (self.width() - gap * (self._count - 1)) / 2
        cy = d / 2 + 4 * self._scale
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(self.font())
        font.setPixelSize(max(12, round(14 * self._scale)))
        painter.setFont(font)
        for i in range(self._count):
            center = QPointF(x0 + i * gap, cy)
            if i < self._current:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(accent)
                painter.drawEllipse(center, d / 2, d / 2)
                tick = QPen(window, 2.4 * self._scale)
                tick.setCapStyle(Qt.PenCapStyle.RoundCap)
                painter.setPen(tick)
                r = d / 2
                painter.drawPolyline(
                    [
                        center + QPointF(-0.4 * r, 0.02 * r),
                        center + QPointF(-0.1 * r, 0.32 * r),
                        center + QPointF(0.42 * r, -0.3 * r),
                    ]
                )
            elif i == self._current:
                painter.setPen(QPen(accent, 3 * self._scale))
                painter.setBrush(mix(window, accent, 0.25))
                painter.drawEllipse(center, d / 2 - 1, d / 2 - 1)
            else:
                painter.setPen(QPen(ring, 2 * self._scale))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawEllipse(center, d / 2 - 1, d / 2 - 1)
            word = self._words[i] if i < len(self._words) else ""
            if word and i < self._current:
                painter.setPen(soft_text(pal))
                box = QRectF(
                    center.x() - gap / 2 + 2, cy + d / 2 + 2, gap - 4, font.pixelSize() * 2
                )
                shown = painter.fontMetrics().elidedText(
                    word, Qt.TextElideMode.ElideRight, round(box.width())
                )
                painter.drawText(
                    box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, shown
                )
        painter.end()
