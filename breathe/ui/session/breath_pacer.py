"""The breathing pacer: a circle that grows and shrinks, a box trace, or a calm fill bar.

What it shows is a pure function of the plan and the session time it is given
(``breathe.engine.pacing``); the widget only paints. After a re-plan (Gentler, resume at an
inhale) the new timeline may begin from another lung level, so the pacer glides from what
it last showed to the new level over ``GLIDE_SECONDS`` of session time instead of jumping.

Painting is most of a frame's cost, so a frame that would look the same is not painted
(holds cost nothing; a circle that grew by less than half a pixel waits for the next
frame, and every new step paints its exact start), a small circle repaints only its own
square, and the still parts are drawn once into a cached pixmap.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEasingCurve, QPointF, QRect, QRectF, QSize, Qt, QVariantAnimation
from PySide6.QtGui import (
    QColor,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QRadialGradient,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from breathe.engine.pacing import breath_level, ease, square_point
from breathe.engine.practices.steps import Plan
from breathe.engine.runner import Position
from breathe.i18n import QT_TRANSLATE_NOOP
from breathe.ui.session.pacer import Pacer

log = logging.getLogger(__name__)

STYLES = ("circle", "square")
#: how long the pacer glides to a re-planned timeline's level (session seconds)
GLIDE_SECONDS = 0.6
#: how long a reduced-motion fill takes to fade to its new level (wall-clock ms)
FADE_MS = 700
#: the empty-lungs circle, as a share of the full one
MIN_RADIUS = 0.36
#: a circle that grew or shrank by less than this (px) is not repainted: its antialiased
#: edge looks the same, and a slow breath then costs about a third less CPU
STILL_PX = 0.5
#: what a screen reader hears the pacer is (translated where shown)
CIRCLE_DESCRIPTION = QT_TRANSLATE_NOOP(
    "BreathPacer", "A circle that grows as you breathe in and shrinks out"
)
BAR_DESCRIPTION = QT_TRANSLATE_NOOP(
    "BreathPacer", "A bar that fills as you breathe in and empties as you breathe out"
)


def mix(base: QColor, over: QColor, share: float) -> QColor:
    """``over`` laid on ``base`` at ``share`` opacity, as one opaque colour."""
    return QColor.fromRgbF(
        base.redF() + (over.redF() - base.redF()) * share,
        base.greenF() + (over.greenF() - base.greenF()) * share,
        base.blueF() + (over.blueF() - base.blueF()) * share,
    )


class BreathPacer(Pacer):
    """Paints the breath for a Position: circle or box trace; a fill bar in reduced motion.

    Args:
        style: ``circle`` (default) or ``square`` (box breathing's trace).
    """

    def __init__(self, style: str = "circle", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._timeline: Plan | None = None
        self._style = "circle"
        self._reduced_motion = False
        self._level = 0.0
        self._point = (0.0, 0.0, 0)
        self._glide_from: float | None = None  # level shown when a re-plan arrived
        self._glide_start: float | None = None  # session time the glide began
        self._fill_from = 0.0  # reduced motion: the fill fading out...
        self._fill_to = 0.0  # ...and the one fading in
        self._painted: float | tuple[int, int, int] | None = None  # last radius or dot
        self._step_index = -1  # the step last shown (a new one is always painted)
        self._backdrop: QPixmap | None = None
        self._backdrop_key: tuple[int, int, float, int] | None = None
        self._fade = QVariantAnimation(self)
        self._fade.setStartValue(0.0)
        self._fade.setEndValue(1.0)
        self._fade.setDuration(FADE_MS)
        self._fade.setEasingCurve(QEasingCurve.Type.InOutSine)
        self._fade.valueChanged.connect(lambda _v: self.update(self._drawing_rect()))
        self.set_style(style)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # we paint every pixel
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 160)
        self.setAccessibleName(self.tr("Breathing guide"))
        self.setAccessibleDescription(self.tr(CIRCLE_DESCRIPTION))

    # -- the Pacer interface ----------------------------------------------------------
    def set_plan(self, plan: Plan) -> None:
        """A new timeline; a re-planned one is joined smoothly from the level shown now."""
        if self._timeline is not None and plan is not self._timeline:
            self._glide_from = self._level
            self._glide_start = None
        self._timeline = plan

    def show_position(self, position: Position) -> None:
        if self._timeline is None:
            return
        elapsed = position.elapsed
        level = breath_level(self._timeline, elapsed)
        if self._glide_from is not None:
            if self._glide_start is None:
                self._glide_start = elapsed
            into = (elapsed - self._glide_start) / GLIDE_SECONDS
            if into >= 1.0:
                self._glide_from = None
            else:
                level += (self._glide_from - level) * (1.0 - ease(into))
        self._level = level
        if position.index != self._step_index:
            self._step_index = position.index
            self._painted = None  # a new step starts exactly where the plan says
        if self._style == "square":
            self._point = square_point(self._timeline, elapsed)
        if self._reduced_motion:
            # where this step takes the breath, shown at once as a gentle fade
            target = breath_level(self._timeline, position.step.end)
            if target != self._fill_to:
                self._fill_from = self._shown_fill()
                self._fill_to = target
                self._fade.stop()
                self._fade.start()
            return
        changed = self._changed_rect()
        if changed is not None:
            self.update(changed)

    def set_reduced_motion(self, on: bool) -> None:
        self._reduced_motion = on
        self._fade.stop()
        self._fill_from = self._fill_to = self._level
        self._painted = None
        self.setAccessibleDescription(self.tr(BAR_DESCRIPTION if on else CIRCLE_DESCRIPTION))
        self.update()

    # -- state a test or a view can read ------------------------------------------------
    @property
    def level(self) -> float:
        """The lung level shown last (0 empty, 1 full)."""
        return self._level

    @property
    def fill_level(self) -> float:
        """Reduced motion: the level the bar fills or empties to for the current step."""
        return self._fill_to

    @property
    def pacer_style(self) -> str:
        return self._style

    @property
    def reduced_motion(self) -> bool:
        return self._reduced_motion

    def set_style(self, style: str) -> None:
        """``circle`` or ``square``."""
        if style not in STYLES:
            raise ValueError(f"pacer style {style!r}: choose circle or square")
        self._style = style
        self._painted = None
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(420, 420)

    # -- geometry ----------------------------------------------------------------------
    def _shown_fill(self) -> float:
        """The fill level a reduced-motion bar shows right now (mid-fade included)."""
        if self._fade.state() != QVariantAnimation.State.Running:
            return self._fill_to
        t = float(self._fade.currentValue())
        return self._fill_from + (self._fill_to - self._fill_from) * t

    def _square(self) -> QRectF:
        """The largest centred square with room for the glow."""
        side = max(0.0, min(self.width(), self.height()) - 24.0)
        return QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)

    def _drawing_rect(self) -> QRect:
        return self._square().toAlignedRect().adjusted(-4, -4, 4, 4)

    def _radius(self) -> float:
        return self._square().width() / 2 * (MIN_RADIUS + (1.0 - MIN_RADIUS) * self._level)

    def _changed_rect(self) -> QRect | None:
        """What the next frame must repaint, or None when it would look the same."""
        if self._style == "square":
            x, y, side = self._point
            key = (round(x * 2000), round(y * 2000), side)
            if key == self._painted:
                return None
            self._painted = key
            return self._drawing_rect()
        radius = self._radius()
        last = self._painted if isinstance(self._painted, float) else None
        if last is not None and abs(radius - last) < STILL_PX:
            return None
        self._painted = radius
        reach = max(radius, last or 0.0) + 3
        centre = self._square().center()
        return QRectF(centre.x() - reach, centre.y() - reach, 2 * reach, 2 * reach).toAlignedRect()

    # -- painting ----------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        if self._reduced_motion or self._style == "square":
            painter.fillRect(event.rect(), pal.color(QPalette.ColorRole.Window))
            if self._reduced_motion:
                self._paint_bar(painter, pal)
            else:
                self._paint_square(painter, pal)
        else:
            painter.drawPixmap(0, 0, self._circle_backdrop(pal))  # clipped to what changed
            self._paint_circle(painter, pal)
        painter.end()

    def _circle_backdrop(self, pal: QPalette) -> QPixmap:
        """The still part of the circle pacer (background, full-breath ring), drawn once."""
        ratio = self.devicePixelRatioF()
        key = (self.width(), self.height(), ratio, pal.cacheKey())
        if self._backdrop is None or self._backdrop_key != key:
            pixmap = QPixmap(self.size() * ratio)
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(pal.color(QPalette.ColorRole.Window))
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            box = self._square()
            painter.setPen(QPen(pal.color(QPalette.ColorRole.Mid), 2))
            painter.drawEllipse(box.center(), box.width() / 2 - 1, box.width() / 2 - 1)
            painter.end()
            self._backdrop, self._backdrop_key = pixmap, key
        return self._backdrop

    def _paint_circle(self, painter: QPainter, pal: QPalette) -> None:
        box = self._square()
        centre = box.center()
        window = pal.color(QPalette.ColorRole.Window)
        accent = pal.color(QPalette.ColorRole.Highlight)
        radius = self._radius()
        # an accent rim, then a soft wash of the accent growing stronger towards it; the
        # wash is pre-mixed with the background so it paints opaque (about half the cost)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(accent)
        painter.drawEllipse(centre, radius, radius)
        gradient = QRadialGradient(centre, radius)
        for at, share in ((0.0, 0.12), (0.7, 0.28), (1.0, 0.5)):
            gradient.setColorAt(at, mix(window, accent, share))
        painter.setBrush(gradient)
        painter.drawEllipse(centre, radius - 3, radius - 3)
        # the empty-lungs mark: where each out-breath comes back to
        empty = box.width() / 2 * MIN_RADIUS
        painter.setPen(QPen(pal.color(QPalette.ColorRole.Mid), 1, Qt.PenStyle.DotLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(centre, empty, empty)

    def _paint_square(self, painter: QPainter, pal: QPalette) -> None:
        box = self._square().adjusted(14, 14, -14, -14)
        accent = pal.color(QPalette.ColorRole.Highlight)
        guide = pal.color(QPalette.ColorRole.Mid)
        painter.setPen(QPen(guide, 3, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(box)
        x, y, side = self._point
        corners = [box.bottomLeft(), box.topLeft(), box.topRight(), box.bottomRight()]
        dot = QPointF(box.left() + x * box.width(), box.bottom() - y * box.height())
        painter.setPen(QPen(accent, 6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawLine(corners[side], dot)  # this side so far
        glow = QColor(accent)
        glow.setAlphaF(0.25)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(glow)
        painter.drawEllipse(dot, 18, 18)
        painter.setBrush(accent)
        painter.drawEllipse(dot, 10, 10)

    def _paint_bar(self, painter: QPainter, pal: QPalette) -> None:
        box = self._square()
        bar = QRectF(0, 0, box.width() * 0.28, box.height() * 0.9)
        bar.moveCenter(box.center())
        accent = pal.color(QPalette.ColorRole.Highlight)
        guide = pal.color(QPalette.ColorRole.Mid)
        painter.setPen(QPen(guide, 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(bar, 14, 14)
        inner = bar.adjusted(6, 6, -6, -6)
        t = 1.0
        if self._fade.state() == QVariantAnimation.State.Running:
            t = float(self._fade.currentValue())
        low, high = sorted((self._fill_from, self._fill_to))
        rising = self._fill_to >= self._fill_from
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(accent)
        painter.drawRoundedRect(self._fill_rect(inner, low), 10, 10)
        change = QColor(accent)
        change.setAlphaF(t if rising else 1.0 - t)
        painter.setBrush(change)
        painter.drawRoundedRect(self._fill_rect(inner, high), 10, 10)

    @staticmethod
    def _fill_rect(inner: QRectF, level: float) -> QRectF:
        height = inner.height() * level
        return QRectF(inner.left(), inner.bottom() - height, inner.width(), height)
