"""The summary's small chart: stress and pain before and after, as bars on a 0-10 scale.

Drawn for paper: it reads in black and white (before is pale, after is dark, and each bar
says "before" or "after" and its number), and a rating not given is written, never drawn
as a zero.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen

from breathe.i18n import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate

#: the name the summary's HTML uses for the chart image
CHART_URL = "breathe-summary://ratings-chart"
#: drawn at print resolution (about 170 x 42 mm at 300 dpi), shown this wide on the page
WIDTH, HEIGHT = 2000, 500
CHART_WIDTH = 640
INK = QColor("#1F2A33")
QUIET = QColor("#4F5B63")
GRID = QColor("#D5DDE3")
BEFORE = QColor("#A9C4D9")
AFTER = QColor("#2E5E86")
SCALE = 10

STRESS = QT_TRANSLATE_NOOP("SessionReport", "Stress")
PAIN = QT_TRANSLATE_NOOP("SessionReport", "Pain")
BEFORE_WORD = QT_TRANSLATE_NOOP("SessionReport", "before")
AFTER_WORD = QT_TRANSLATE_NOOP("SessionReport", "after")
NOT_RATED = QT_TRANSLATE_NOOP("SessionReport", "not rated")

Pair = tuple[int | None, int | None]


def rating_chart(stress: Pair, pain: Pair) -> QImage:
    """Stress and pain, each a "before" and an "after" bar, on one 0-10 axis."""
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    font = QFont("DejaVu Sans")
    font.setPixelSize(44)
    painter.setFont(font)
    left, right, top, axis = 380.0, WIDTH - 110.0, 10.0, HEIGHT - 64.0
    unit = (right - left) / SCALE
    painter.setPen(QPen(GRID, 2))
    for tick in range(SCALE + 1):
        x = left + tick * unit
        painter.drawLine(int(x), int(top), int(x), int(axis))
    painter.setPen(QUIET)
    for tick in range(0, SCALE + 1, 2):
        x = left + tick * unit
        painter.drawText(QRectF(x - 50, axis + 8, 100, 54), Qt.AlignmentFlag.AlignCenter, str(tick))
    bar = 54.0
    rows = ((translate("SessionReport", STRESS), stress), (translate("SessionReport", PAIN), pain))
    for n, (name, (before, after)) in enumerate(rows):
        y = top + 14 + n * (2 * bar + 64)
        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(INK)
        painter.drawText(
            QRectF(0, y, 190, 2 * bar + 8),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            name,
        )
        painter.setFont(font)
        for k, (word, value, colour) in enumerate(
            ((BEFORE_WORD, before, BEFORE), (AFTER_WORD, after, AFTER))
        ):
            _bar(painter, QRectF(left, y + k * (bar + 8), unit, bar), word, value, colour)
    painter.end()
    return image


def _bar(painter: QPainter, at: QRectF, word: str, value: int | None, colour: QColor) -> None:
    """One bar from ``at``'s left edge, ``at``'s width a point of the scale: its word on the
    left, then the bar and its number (or "not rated")."""
    left, y, unit, height = at.x(), at.y(), at.width(), at.height()
    painter.setPen(QUIET)
    painter.drawText(
        QRectF(190, y, left - 210, height),
        Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
        translate("SessionReport", word),
    )
    if value is None:
        painter.drawText(
            QRectF(left + 12, y, 600, height),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            translate("SessionReport", NOT_RATED),
        )
        return
    width = max(value * unit, 6.0)  # a 0 is a sliver, so it is seen to be a rating
    painter.fillRect(QRectF(left, y, width, height), colour)
    painter.setPen(INK)
    painter.drawText(
        QRectF(left + width + 12, y, 120, height),
        Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
        str(value),
    )
