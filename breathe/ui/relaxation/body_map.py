"""BodyMap: the muscle-relaxation pacer, a calm figure with the current group lit.

It paints only the Position it is given: the group of the current tense/release step is
highlighted (filling while tensing, softening while releasing), groups already done are
shown softly and regions left out of the plan are hatched. The same widget, with
``set_marks`` and ``set_interactive``, is the clickable figure of the pain map editor.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import NamedTuple

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from breathe.engine.practices.steps import Plan
from breathe.engine.runner import Position
from breathe.i18n import fill
from breathe.ui.relaxation import body_figure as fig
from breathe.ui.session.pacer import Pacer

log = logging.getLogger(__name__)

MUSCLE_KINDS = ("tense", "release")
HALO_PERIOD = 6.0  # seconds of one slow glow, about one calm breath


def _names(value: object) -> tuple[str, ...]:
    """A list of group ids from a plan option (anything else counts as none)."""
    if isinstance(value, str):
        return (value,)
    if isinstance(value, Sequence):
        return tuple(v for v in value if isinstance(v, str))
    return ()


class Layers(NamedTuple):
    """The cached pictures of one state of the map."""

    figure: QPixmap
    halo: QPixmap | None = None
    lit: QPixmap | None = None
    level_box: QRectF = QRectF()  # the lit group's bounds, in widget coordinates
    near: QRect = QRect()  # the same with room for the glow


def _source(target: QRect, pixmap: QPixmap) -> QRect:
    """The pixels of ``pixmap`` behind widget rectangle ``target`` (HiDPI aware)."""
    ratio = pixmap.devicePixelRatio()
    return QRectF(
        target.x() * ratio, target.y() * ratio, target.width() * ratio, target.height() * ratio
    ).toAlignedRect()


@contextmanager
def _painting(device: QPixmap) -> Iterator[QPainter]:
    painter = QPainter(device)
    try:
        yield painter
    finally:
        painter.end()


class BodyMap(Pacer):
    """A front-view (mirror) figure of the 16 relaxation regions."""

    #: a region was clicked (only when interactive); the argument is a region id
    region_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reduced_motion = False
        self._interactive = False
        self._sequence: list[str] = []
        self._step_groups: list[str | None] = []
        self._plan_skipped: set[str] = set()
        self._plan_gentle: set[str] = set()
        self._marks: dict[str, str] = {}
        self._position: Position | None = None
        self._current: tuple[str, ...] = ()
        self._done: set[str] = set()
        self._layers: Layers | None = None  # cached pictures, rebuilt when the state changes
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Body map"))
        self._describe()

    # -- what to show --------------------------------------------------------------------
    def set_plan(self, plan: Plan) -> None:
        """Read the groups of a relaxation plan, in order; regions not in it are skipped."""
        self._step_groups = [
            s.group if s.kind in MUSCLE_KINDS and s.group else None for s in plan.steps
        ]
        self._sequence = list(dict.fromkeys(g for g in self._step_groups if g))
        covered = fig.expand(self._sequence)
        self._plan_skipped = (set(fig.PART_IDS) - covered) | fig.expand(
            _names(plan.options.get("skip"))
        )
        self._plan_gentle = fig.expand(_names(plan.options.get("gentle")))
        self._position = None
        self._current = ()
        self._done = set()
        self._describe()
        self._restyle()

    def show_position(self, position: Position) -> None:
        """Light the group of the step at ``position``; earlier groups are done."""
        previous = self._position
        self._position = position
        index = position.index
        if previous is None or previous.index != index:
            groups = self._step_groups
            group = groups[index] if index < len(groups) else None
            self._current = tuple(p for p in fig.parts_of(group) if p not in self.skipped())
            self._done = fig.expand(g for g in groups[:index] if g and g != group)
            self._describe()
            self._restyle()
        elif not self._reduced_motion and position.step.kind in MUSCLE_KINDS:
            self.update()  # the tense fill / release fade moves with the clock

    def set_marks(self, marks: Mapping[str, str]) -> None:
        """Show pain map states ({region or group id: "normal"|"gentle"|"skip"})."""
        self._marks = {}
        for group, state in marks.items():
            for part in fig.parts_of(group):
                self._marks[part] = state
        self._restyle()

    def set_interactive(self, on: bool) -> None:
        """Let the person click regions (the pain map editor)."""
        self._interactive = on
        self.setMouseTracking(on)
        if not on:
            self.unsetCursor()

    # -- what is shown (also for tests and assistive technology) -----------------------
    def sequence(self) -> list[str]:
        """The plan's group ids in the order they are practised."""
        return list(self._sequence)

    def current_group(self) -> str | None:
        """The group highlighted now, or None (intro, outro, no plan)."""
        if self._position is None or self._position.index >= len(self._step_groups):
            return None
        return self._step_groups[self._position.index]

    def skipped(self) -> set[str]:
        """Regions left out: not in the plan, or marked "skip"."""
        marked = {p for p, s in self._marks.items() if s == "skip"}
        return self._plan_skipped | marked

    def gentle_parts(self) -> set[str]:
        """Regions practised gently: by the plan, or marked "gentle"."""
        return self._plan_gentle | {p for p, s in self._marks.items() if s == "gentle"}

    def part_state(self, part: str) -> str:
        """One region's state: "skipped", "current", "done" or "idle"."""
        if part in self.skipped():
            return "skipped"
        if part in self._current:
            return "current"
        if part in self._done:
            return "done"
        return "idle"

    def region_at(self, point: QPoint | QPointF) -> str | None:
        """The region id under a point in widget coordinates, or None."""
        return fig.region_at(QRectF(self.rect()), QPointF(point))

    def _describe(self) -> None:
        group = self.current_group()
        if group:
            names = ", ".join(fig.part_name(p).lower() for p in fig.parts_of(group))
            done = len({g for g in self._sequence if set(fig.parts_of(g)) <= self._done})
            text = fill(self.tr("Now: %1. %2 of %3 areas done."), names, done, len(self._sequence))
        elif self._sequence:
            text = fill(self.tr("%1 areas."), len(self._sequence))
        else:
            text = self.tr("The body.")
        self.setAccessibleDescription(text)

    # -- painting ----------------------------------------------------------------------
    # Three cached pictures make a frame: a glow, the figure (the lit group drawn soft)
    # and the lit group in full colour. A frame only lays them over each other, clipped
    # (the tense fill) or faded (the release), so 60 fps costs a few blits.
    def _restyle(self) -> None:
        self._layers = None
        self.update()

    def set_reduced_motion(self, on: bool) -> None:
        super().set_reduced_motion(on)
        self._restyle()

    def _looks(self, colors: fig.FigureColors) -> dict[str, fig.Look]:
        marked = {p for p, s in self._marks.items() if s == "gentle"}
        gentle = self.gentle_parts()
        # in a session a gentle area is only a quiet reminder; in the editor it is the point
        session_gentle = fig.mix(colors.idle, colors.gentle, 0.45)
        fills = {"current": colors.accent_soft, "done": colors.done}
        looks: dict[str, fig.Look] = {}
        for part in fig.PART_IDS:
            state = self.part_state(part)
            dashed = part in gentle
            if state == "skipped":
                looks[part] = fig.Look(colors.skip, hatch=True)
            elif state in fills:
                looks[part] = fig.Look(fills[state], dashed=dashed)
            elif dashed:
                fill = colors.gentle if part in marked else session_gentle
                looks[part] = fig.Look(fill, dashed=True)
        return looks

    def _layer(self) -> QPixmap:
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(self.size() * ratio)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        return pixmap

    def _build_layers(self) -> Layers:
        colors = fig.FigureColors.from_palette(self.palette())
        rect = QRectF(self.rect())
        looks = self._looks(colors)
        figure = self._layer()
        with _painting(figure) as painter:
            fig.paint_figure(painter, rect, looks, colors)
        if not self._current:
            return Layers(figure)
        halo = self._layer()
        with _painting(halo) as painter:
            fig.paint_halo(painter, rect, self._current, colors.accent)
        lit = self._layer()
        lit_looks = {p: fig.Look(colors.accent, dashed=looks[p].dashed) for p in self._current}
        with _painting(lit) as painter:
            fig.paint_figure(
                painter, rect, lit_looks, colors, only=self._current, side_labels=False
            )
        paths = fig.figure_paths()
        box = QRectF()
        for part in self._current:
            box = box.united(paths[part].boundingRect())
        fitted = fig.fit(rect)
        near = fitted.mapRect(box.adjusted(-8, -8, 8, 8)).toAlignedRect()  # box and glow
        return Layers(figure, halo, lit, fitted.mapRect(box), near)

    def _halo_strength(self) -> float:
        if self._reduced_motion or self._position is None:
            return 0.3
        phase = math.sin(2 * math.pi * self._position.elapsed / HALO_PERIOD)
        return 0.22 + 0.1 * phase

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.width() < 1 or self.height() < 1:
            return
        if self._layers is None or self._layers.figure.deviceIndependentSize() != self.size():
            self._layers = self._build_layers()
        layers = self._layers
        painter = QPainter(self)
        near = layers.near  # the glow and the lit group only cover this: blend just that
        if layers.halo is not None:
            painter.setOpacity(self._halo_strength())
            painter.drawPixmap(near, layers.halo, _source(near, layers.halo))
            painter.setOpacity(1.0)
        painter.drawPixmap(0, 0, layers.figure)
        pos = self._position
        if layers.lit is not None and pos is not None:
            motion = not self._reduced_motion
            if pos.step.kind == "tense":  # the group fills from below as it is tensed
                if motion:
                    box = layers.level_box
                    top = box.bottom() - box.height() * pos.fraction
                    painter.setClipRect(QRectF(0, top, self.width(), self.height() - top))
                painter.drawPixmap(near, layers.lit, _source(near, layers.lit))
            elif pos.step.kind == "release" and motion:  # and softens as it is let go
                painter.setOpacity(1.0 - pos.fraction)
                painter.drawPixmap(near, layers.lit, _source(near, layers.lit))
        painter.end()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._restyle()
        super().changeEvent(event)

    # -- interaction -------------------------------------------------------------------
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._interactive:
            over = self.region_at(event.position())
            if over:
                self.setCursor(Qt.CursorShape.PointingHandCursor)
            else:
                self.unsetCursor()
            self.setToolTip(fig.part_name(over) if over else "")
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._interactive and event.button() == Qt.MouseButton.LeftButton:
            part = self.region_at(event.position())
            if part:
                self.region_clicked.emit(part)
                event.accept()
                return
        super().mouseReleaseEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(240, 480)

    def minimumSizeHint(self) -> QSize:
        return QSize(90, 180)
