"""BodyMap: the muscle-relaxation pacer, a calm figure with the current group lit.

It paints only the Position it is given: the group of the current tense/release step is
highlighted (filling while tensing, softening while releasing), groups already done are
shown softly and regions left out of the plan are hatched. The same widget, with
``set_marks`` and ``set_interactive``, is the clickable figure of the pain map editor.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from breathe.practices.steps import Plan
from breathe.session import Position
from breathe.ui import body_figure as fig
from breathe.ui.pacers.base import Pacer

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
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName("Body map")
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
        self.update()

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
            self.update()
        elif not self._reduced_motion and position.step.kind in MUSCLE_KINDS:
            self.update()  # the tense fill / release fade moves with the clock

    def set_marks(self, marks: Mapping[str, str]) -> None:
        """Show pain map states ({region or group id: "normal"|"gentle"|"skip"})."""
        self._marks = {}
        for group, state in marks.items():
            for part in fig.parts_of(group):
                self._marks[part] = state
        self.update()

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

    def part_state(self, part: str) -> str:
        """ "skipped", "current", "done" or "idle" for one region."""
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
            text = f"Now: {names}. {done} of {len(self._sequence)} areas done."
        else:
            text = f"{len(self._sequence)} areas." if self._sequence else "The body."
        self.setAccessibleDescription(text)

    # -- painting ----------------------------------------------------------------------
    def _looks(self, colors: fig.FigureColors) -> dict[str, fig.Look]:
        pos = self._position
        kind = pos.step.kind if pos is not None else ""
        fraction = pos.fraction if pos is not None else 0.0
        marked = {p for p, s in self._marks.items() if s == "gentle"}
        gentle = self._plan_gentle | marked
        # in a session a gentle area is only a quiet reminder; in the editor it is the point
        session_gentle = fig.mix(colors.idle, colors.gentle, 0.45)
        looks: dict[str, fig.Look] = {}
        for part in fig.PART_IDS:
            state = self.part_state(part)
            dashed = part in gentle
            if state == "skipped":
                looks[part] = fig.Look(colors.skip, hatch=True)
            elif state == "current" and kind == "tense":
                if self._reduced_motion:
                    looks[part] = fig.Look(colors.accent, dashed=dashed)
                else:
                    looks[part] = fig.Look(
                        colors.accent_soft, colors.accent, fraction, dashed=dashed
                    )
            elif state == "current":
                soft = 1.0 if self._reduced_motion else fraction
                looks[part] = fig.Look(
                    fig.mix(colors.accent, colors.accent_soft, soft), dashed=dashed
                )
            elif state == "done":
                looks[part] = fig.Look(colors.done, dashed=dashed)
            elif dashed:
                fill = colors.gentle if part in marked else session_gentle
                looks[part] = fig.Look(fill, dashed=True)
        return looks

    def _halo_strength(self) -> float:
        if self._reduced_motion or self._position is None:
            return 0.3
        phase = math.sin(2 * math.pi * self._position.elapsed / HALO_PERIOD)
        return 0.22 + 0.1 * phase

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        colors = fig.FigureColors.from_palette(self.palette())
        painter = QPainter(self)
        level_box = None
        if self._current:
            paths = fig.figure_paths()
            level_box = QRectF()
            for part in self._current:
                level_box = level_box.united(paths[part].boundingRect())
        fig.paint_figure(
            painter,
            QRectF(self.rect()),
            self._looks(colors),
            colors,
            halo=self._current,
            halo_strength=self._halo_strength(),
            level_box=level_box,
        )
        painter.end()

    # -- interaction -------------------------------------------------------------------
    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._interactive:
            over = self.region_at(event.position())
            if over:
                self.setCursor(Qt.CursorShape.PointingHandCursor)
            else:
                self.unsetCursor()
            self.setToolTip(fig.part_name(over) if over else "")
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._interactive and event.button() == Qt.MouseButton.LeftButton:
            part = self.region_at(event.position())
            if part:
                self.region_clicked.emit(part)
                event.accept()
                return
        super().mouseReleaseEvent(event)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(240, 480)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(90, 180)
