"""Small icons that show a toggle's state: a speaker with waves or a cross, a speech bubble
whole or struck through, a soft wave for gentler breathing.

Drawn here in the button's text colour (so they follow the theme, light or dark, checked or
not) instead of taken from an icon theme that a bare desktop may not have.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QIcon, QPainter, QPainterPath, QPalette, QPen, QPixmap

SIZE = 20  # logical pixels, drawn at twice that for sharp edges on any screen
_SCALE = 2


def toggle_icon(control_id: str, on: bool, palette: QPalette) -> QIcon:
    """The icon of toggle ``control_id`` (``voice``, ``sound``, ``gentler``) in state ``on``.

    Gentler has an icon only once it is on: before that it is an offer, not a state.
    """
    if control_id == "gentler" and not on:
        return QIcon()
    pixmap = QPixmap(SIZE * _SCALE, SIZE * _SCALE)
    pixmap.setDevicePixelRatio(_SCALE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    # "on" is the checked look, text on the accent: the icon takes that text's colour
    role = QPalette.ColorRole.HighlightedText if on else QPalette.ColorRole.ButtonText
    pen = QPen(palette.color(role), 1.6)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    if control_id == "sound":
        _speaker(painter, on)
    elif control_id == "voice":
        _bubble(painter, on)
    else:
        _wave(painter)
    painter.end()
    return QIcon(pixmap)


def _speaker(painter: QPainter, on: bool) -> None:
    body = QPainterPath(QPointF(3, 8))
    for x, y in ((6, 8), (10, 4.5), (10, 15.5), (6, 12), (3, 12)):
        body.lineTo(x, y)
    body.closeSubpath()
    painter.drawPath(body)
    if on:  # sound waves
        painter.drawArc(QRectF(9, 6, 6, 8), -60 * 16, 120 * 16)
        painter.drawArc(QRectF(9, 3, 9, 14), -55 * 16, 110 * 16)
    else:  # a cross: no sound
        painter.drawLine(QPointF(13, 7.5), QPointF(18, 12.5))
        painter.drawLine(QPointF(18, 7.5), QPointF(13, 12.5))


def _bubble(painter: QPainter, on: bool) -> None:
    bubble = QPainterPath()
    bubble.addRoundedRect(QRectF(2.5, 3, 15, 10.5), 3, 3)
    tail = QPainterPath(QPointF(6, 13.5))
    tail.lineTo(5, 17.5)
    tail.lineTo(10, 13.5)
    painter.drawPath(bubble.united(tail))
    if on:  # words
        painter.drawLine(QPointF(6, 7), QPointF(14, 7))
        painter.drawLine(QPointF(6, 10), QPointF(11.5, 10))
    else:  # struck through: no voice
        painter.drawLine(QPointF(2, 18), QPointF(18, 2))


def _wave(painter: QPainter) -> None:
    wave = QPainterPath(QPointF(2, 10))
    wave.cubicTo(5, 6, 7, 6, 10, 10)
    wave.cubicTo(13, 14, 15, 14, 18, 10)
    painter.drawPath(wave)
