"""The friendly body figure shared by the body map pacer and the pain map editor.

The figure is drawn with QPainterPath shapes in a fixed 200 x 440 box and scaled to any
widget, so it reads the same in a small panel and full screen. It is a *mirror* view: the
person's right side is on the right of the screen, as in a mirror, and both sides are
labelled so a therapist reading it as a chart is never misled.

Region ids are the 16 muscle-group ids of docs/contract.md ("right-hand", "forehead", ...).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontInfo,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPalette,
    QPen,
    QTransform,
)

from breathe.engine.practices.muscle_groups import GROUPS, LATERAL, PARTS, SIDES, programme
from breathe.i18n import QT_TRANSLATE_NOOP
from breathe.ui.theme import AA_TEXT, contrast_ratio

log = logging.getLogger(__name__)

#: the 16 regions, in the order of the 16-group programme (right side first)
PART_IDS: tuple[str, ...] = programme(16, "right")
#: the side labels beside the lower legs, always whole words (as everywhere else), each
#: reaching outwards from the figure's x here (in the 200-wide box) to the widget's edge
SIDE_LABELS = (
    (QT_TRANSLATE_NOOP("BodyFigure", "Left"), 60.0),
    (QT_TRANSLATE_NOOP("BodyFigure", "Right"), 140.0),
)
SIDE_LABEL_Y = 372.0  # beside the calves
MIN_LABEL_PX = 9  # a side label shrinks to fit a narrow figure, never below this


def parts_of(group: str | None) -> tuple[str, ...]:
    """The figure regions a group id covers ("right-arm" -> hand and upper arm)."""
    if not group:
        return ()
    if group in PARTS:
        return PARTS[group]
    if group in LATERAL:  # no side named: both sides
        return tuple(f"{side}-{group}" for side in SIDES)
    log.debug("unknown muscle group %r", group)
    return ()


def expand(groups: Iterable[str]) -> set[str]:
    """All regions covered by ``groups`` (unknown ids cover nothing)."""
    return {p for g in groups for p in parts_of(g)}


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def part_name(part: str) -> str:
    """The practice's own name for a region, e.g. "Right hand", "Neck and throat"."""
    group = GROUPS.get(part)
    return _capital(group.name) if group else _capital(part.replace("-", " "))


# -- colours -------------------------------------------------------------------------
def mix(a: QColor, b: QColor, amount: float) -> QColor:
    """``a`` moved ``amount`` (0..1) of the way towards ``b``."""
    t = min(max(amount, 0.0), 1.0)
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
    )


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours (1..21), as the theme measures it."""
    return contrast_ratio(a.name(), b.name())


def soft_text(palette: QPalette, amount: float = 0.25) -> QColor:
    """Secondary text, kept at WCAG AA (4.5:1) on the window.

    The theme's muted colour (PlaceholderText) when it reads well enough, else the text
    colour moved ``amount`` towards the window, less if that would fall below AA.
    """
    bg = palette.color(QPalette.ColorRole.Window)
    muted = palette.color(QPalette.ColorRole.PlaceholderText)
    if contrast(muted, bg) >= AA_TEXT:
        return muted
    fg = palette.color(QPalette.ColorRole.WindowText)
    while amount > 0:
        candidate = mix(fg, bg, amount)
        if contrast(candidate, bg) >= AA_TEXT:
            return candidate
        amount -= 0.05
    return fg


_WARM = QColor("#d9a043")  # a soft amber for "gentle": not an alarm colour


@dataclass(frozen=True)
class FigureColors:
    """The figure's colours, all derived from the application palette."""

    window: QColor
    idle: QColor
    accent: QColor
    accent_soft: QColor
    done: QColor
    gentle: QColor
    skip: QColor
    hatch: QColor
    line: QColor
    text: QColor

    @classmethod
    def from_palette(cls, palette: QPalette) -> FigureColors:
        window = palette.color(QPalette.ColorRole.Window)
        text = palette.color(QPalette.ColorRole.WindowText)
        accent = palette.color(QPalette.ColorRole.Highlight)
        dark = window.lightnessF() < 0.5
        idle = mix(window, text, 0.16 if dark else 0.13)
        return cls(
            window=window,
            idle=idle,
            accent=mix(window, accent, 0.9),
            accent_soft=mix(window, accent, 0.5),
            # done: a quiet neutral, plainly not the accent of the area being practised
            done=mix(idle, text, 0.22 if dark else 0.2),
            gentle=mix(window, _WARM, 0.55 if dark else 0.6),
            skip=mix(window, text, 0.06),
            hatch=mix(window, text, 0.55),  # 3:1 on a skipped area's fill: it reads
            line=mix(window, text, 0.55),
            text=soft_text(palette, 0.2),
        )


# -- geometry ------------------------------------------------------------------------
BOX = QRectF(0, 0, 200, 440)
_MIRROR = QTransform(-1, 0, 0, 1, 200, 0)  # person's right half -> left half


def _capsule(a: tuple[float, float], b: tuple[float, float], width: float) -> QPainterPath:
    line = QPainterPath(QPointF(*a))
    line.lineTo(QPointF(*b))
    stroker = QPainterPathStroker()
    stroker.setWidth(width)
    stroker.setCapStyle(Qt.PenCapStyle.RoundCap)
    return stroker.createStroke(line).simplified()


def _ellipse(cx: float, cy: float, rx: float, ry: float) -> QPainterPath:
    path = QPainterPath()
    path.addEllipse(QPointF(cx, cy), rx, ry)
    return path


def _band(path: QPainterPath, top: float, bottom: float) -> QPainterPath:
    band = QPainterPath()
    band.addRect(QRectF(0, top, 200, bottom - top))
    return path.intersected(band)


@cache
def figure_paths() -> dict[str, QPainterPath]:
    """Every region as a path in the 200 x 440 figure box (no two overlap)."""
    head = _ellipse(100, 44, 27, 33)
    paths: dict[str, QPainterPath] = {
        "forehead": _band(head, 0, 35),
        "nose": _band(head, 35, 56),
        "jaw": _band(head, 56, 80),
    }
    neck = QPainterPath()
    neck.addRoundedRect(QRectF(88, 66, 24, 36), 6, 6)
    paths["neck"] = neck.subtracted(head)

    chest = QPainterPath(QPointF(88, 94))
    chest.cubicTo(74, 97, 62, 98, 56, 106)
    chest.cubicTo(50, 114, 52, 128, 60, 136)
    chest.lineTo(64, 170)
    chest.lineTo(136, 170)
    chest.lineTo(140, 136)
    chest.cubicTo(148, 128, 150, 114, 144, 106)
    chest.cubicTo(138, 98, 126, 97, 112, 94)
    chest.closeSubpath()
    paths["shoulders"] = chest.subtracted(neck).simplified()

    belly = QPainterPath(QPointF(64, 170))
    belly.cubicTo(62, 196, 60, 222, 62, 244)
    belly.cubicTo(74, 252, 90, 258, 100, 262)
    belly.cubicTo(110, 258, 126, 252, 138, 244)
    belly.cubicTo(140, 222, 138, 196, 136, 170)
    belly.closeSubpath()
    paths["abdomen"] = belly

    body = chest.united(belly)
    upper_arm = _capsule((145, 116), (156, 188), 24).subtracted(body)
    forearm = _capsule((156, 190), (164, 258), 20).united(_ellipse(167, 276, 11, 17))
    hand = forearm.subtracted(upper_arm).subtracted(body)
    thigh = _capsule((119, 252), (120, 338), 33).subtracted(belly)
    calf = _capsule((120, 340), (121, 404), 25).subtracted(thigh)
    foot = _ellipse(128, 418, 16, 9).subtracted(calf)
    right = {"hand": hand, "upper-arm": upper_arm, "thigh": thigh, "calf": calf, "foot": foot}
    for base, path in right.items():
        paths[f"right-{base}"] = path.simplified()
        paths[f"left-{base}"] = _MIRROR.map(path).simplified()
    return paths


@cache
def _face_lines() -> QPainterPath:
    """Closed, relaxed eyes and a small smile: a calm, friendly face."""
    lines = QPainterPath()
    for x in (89, 111):
        lines.moveTo(x - 6, 44)
        lines.quadTo(x, 49, x + 6, 44)
    lines.moveTo(93, 64)
    lines.quadTo(100, 69, 107, 64)
    return lines


def fit(rect: QRectF, margin: float = 8.0) -> QTransform:
    """Scale and centre the figure box in ``rect``, keeping its proportions."""
    inner = rect.adjusted(margin, margin, -margin, -margin)
    scale = max(min(inner.width() / BOX.width(), inner.height() / BOX.height()), 0.01)
    dx = inner.left() + (inner.width() - BOX.width() * scale) / 2
    dy = inner.top() + (inner.height() - BOX.height() * scale) / 2
    return QTransform(scale, 0, 0, scale, dx, dy)


def region_at(rect: QRectF, point: QPointF) -> str | None:
    """The region under ``point`` when the figure is fitted to ``rect``."""
    inverted, ok = fit(rect).inverted()
    if not ok:  # pragma: no cover - fit() never returns a singular transform
        return None
    local = inverted.map(point)
    for part, path in figure_paths().items():
        if path.contains(local):
            return part
    return None


@dataclass(frozen=True)
class Look:
    """How one region is painted: ``fill``, plus a hatch (skipped) or a dashed line (gentle)."""

    fill: QColor
    hatch: bool = False
    dashed: bool = False


def paint_figure(
    painter: QPainter,
    rect: QRectF,
    looks: Mapping[str, Look],
    colors: FigureColors,
    *,
    only: Iterable[str] | None = None,
    side_labels: bool = True,
) -> None:
    """Paint the figure into ``rect``; regions missing from ``looks`` are idle.

    ``only`` paints just those regions (a layer laid over the whole figure).
    """
    transform = fit(rect)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if side_labels:
        _paint_side_labels(painter, colors, rect)
    painter.setTransform(transform, True)
    idle = Look(colors.idle)
    chosen = set(figure_paths()) if only is None else set(only)
    for part, path in figure_paths().items():
        if part in chosen:
            look = looks.get(part) or idle
            _paint_region(painter, part, path, look, colors=colors, scale=transform.m11())
    if chosen & {"forehead", "nose", "jaw"}:
        painter.setPen(QPen(colors.line, 1.6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawPath(_face_lines())
    if only is None:  # the whole figure's outline: it stands out 3:1 from the page
        painter.setPen(QPen(colors.line, max(1.2, 1.4 / transform.m11())))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(_silhouette())
    painter.restore()


@cache
def _silhouette() -> QPainterPath:
    """The outline of the whole figure (all regions as one shape)."""
    outline = QPainterPath()
    for path in figure_paths().values():
        outline = outline.united(path)
    return outline.simplified()


def paint_halo(painter: QPainter, rect: QRectF, parts: Iterable[str], color: QColor) -> None:
    """A soft glow around ``parts`` (painted under the figure)."""
    paths = figure_paths()
    halo = QPainterPath()
    for part in parts:
        halo = halo.united(paths[part])
    if halo.isEmpty():
        return
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setTransform(fit(rect), True)
    pen = QPen(color, 9, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(color)
    painter.drawPath(halo)
    painter.restore()


class SideLabel(NamedTuple):
    """Where one side's word is drawn: ``word`` in ``font``, aligned in ``box``."""

    word: str
    box: QRectF
    font: QFont
    align: Qt.AlignmentFlag


def side_labels(rect: QRectF, base: QFont) -> list[SideLabel]:
    """ "Left" and "Right" beside the legs of the figure fitted to ``rect``: whole words at
    every size (never "L"/"R"), reaching outwards, shrunk only as far as they must be."""
    transform = fit(rect)
    # never smaller than the app's text (Large type included), larger with the figure
    wanted = max(QFontInfo(base).pixelSize(), round(13 * transform.m11()))
    gap = 6.0
    labels = []
    for label, x in SIDE_LABELS:
        word = QCoreApplication.translate("BodyFigure", label)
        edge = transform.map(QPointF(x, SIDE_LABEL_Y))
        left = x < BOX.width() / 2
        room = max((edge.x() - gap - rect.left()) if left else (rect.right() - edge.x() - gap), 0)
        font = _fitting_font(base, word, wanted, room)
        height = QFontMetricsF(font).height()
        start = rect.left() if left else edge.x() + gap
        side = Qt.AlignmentFlag.AlignRight if left else Qt.AlignmentFlag.AlignLeft
        box = QRectF(start, edge.y() - height, room, 2 * height)
        labels.append(SideLabel(word, box, font, Qt.AlignmentFlag.AlignVCenter | side))
    return labels


def _paint_side_labels(painter: QPainter, colors: FigureColors, rect: QRectF) -> None:
    painter.setPen(colors.text)
    for label in side_labels(rect, QFont(painter.font())):
        painter.setFont(label.font)
        painter.drawText(label.box, label.align, label.word)


def _fitting_font(base: QFont, word: str, pixels: int, room: float) -> QFont:
    """``base`` at ``pixels``, or smaller (down to ``MIN_LABEL_PX``) until ``word`` fits."""
    font = QFont(base)
    font.setPixelSize(pixels)
    while pixels > MIN_LABEL_PX and QFontMetricsF(font).horizontalAdvance(word) > room:
        pixels -= 1
        font.setPixelSize(pixels)
    return font


def _paint_region(
    painter: QPainter,
    part: str,
    path: QPainterPath,
    look: Look,
    *,
    colors: FigureColors,
    scale: float,
) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(look.fill)
    painter.drawPath(path)
    if look.hatch:
        brush = QBrush(colors.hatch, Qt.BrushStyle.BDiagPattern)
        # keep the hatch spacing the same on screen at every size
        brush.setTransform(QTransform.fromScale(1.6 / scale, 1.6 / scale))
        painter.setBrush(brush)
        painter.drawPath(path)
    separator = QPen(colors.window, max(1.6, 1.2 / scale))
    separator.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(separator)
    painter.drawPath(path)
    if look.dashed:
        painter.setPen(QPen(colors.line, max(1.2, 1.0 / scale), Qt.PenStyle.DashLine))
        painter.drawPath(_inset_paths().get(part, path))


def paint_swatch(painter: QPainter, rect: QRectF, look: Look, colors: FigureColors) -> None:
    """One legend swatch: a small rounded shape painted like a region with ``look``."""
    path = QPainterPath()
    path.addRoundedRect(rect.adjusted(1, 1, -1, -1), 5, 5)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    _paint_region(painter, "", path, look, colors=colors, scale=1.0)
    painter.setPen(QPen(colors.line, 1.2))  # outlined as the figure is
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)
    painter.restore()


@cache
def _inset_paths() -> dict[str, QPainterPath]:
    """Each region shrunk a little, so a dashed outline sits inside it."""
    stroker = QPainterPathStroker()
    stroker.setWidth(5)
    return {
        part: path.subtracted(stroker.createStroke(path)).simplified()
        for part, path in figure_paths().items()
    }
