"""A small, quiet chart of the last weeks: sessions per week (bars) and the average change
in stress and pain after a session (two lines around zero; below zero is calmer).

Painted with QPainter from the theme's palette; no chart library.
"""

from __future__ import annotations

import logging
import math
import statistics
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from breathe.i18n import fill
from breathe.store.history_record import SessionRecord

log = logging.getLogger(__name__)

WEEKS = 12  # at most this many weeks are shown, ending this week (or at the last session)


@dataclass(frozen=True)
class WeekPoint:
    """One week: its Monday, how many sessions, and the mean after-minus-before changes."""

    monday: date
    sessions: int
    stress: float | None
    pain: float | None


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _mean(values: list[int]) -> float | None:
    return float(statistics.fmean(values)) if values else None


def weekly_points(
    records: Iterable[SessionRecord],
    *,
    weeks: int = WEEKS,
    today: date | None = None,
    cut_oldest: bool = False,
) -> list[WeekPoint]:
    """Up to ``weeks`` weeks, oldest first, quiet weeks included as 0.

    The weeks end this week, or at the last session's week if that is further back, and
    start no earlier than the first session's week (a new practice shows no empty past).
    ``cut_oldest`` leaves out the first session's week: ``records`` are only the latest
    sessions, so that week may be missing some.
    """
    by_week: dict[date, list[SessionRecord]] = {}
    for r in records:
        # a start that could not be read is in no week (it is listed, marked damaged)
        if r.status != "running" and "started_at" not in r.damaged:
            by_week.setdefault(_monday(r.started.date()), []).append(r)
    if cut_oldest and by_week:
        del by_week[min(by_week)]
    if not by_week:
        return []
    now = _monday(today or date.today())
    last = max(by_week)
    end = now if now - last < timedelta(weeks=weeks) and last <= now else last
    start = max(end - timedelta(weeks=weeks - 1), min(by_week))
    points = []
    week = start
    while week <= end:
        rs = by_week.get(week, [])
        stress = [c for c in (r.stress_change for r in rs) if c is not None]
        pain = [c for c in (r.pain_change for r in rs) if c is not None]
        points.append(WeekPoint(week, len(rs), _mean(stress), _mean(pain)))
        week += timedelta(days=7)
    return points


class HistoryChart(QWidget):
    """Bars for sessions per week above, stress and pain change lines below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: list[WeekPoint] = []
        self.setMinimumSize(320, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Your weeks"))

    def sizeHint(self) -> QSize:
        return QSize(480, 260)

    def set_points(self, points: list[WeekPoint]) -> None:
        self.points = list(points)
        self.setAccessibleDescription(self.description())
        self.update()

    def description(self) -> str:
        """The chart in words, for screen readers."""
        if not self.points:
            return self.tr("No weeks to show yet.")
        counts = ", ".join(str(p.sessions) for p in self.points)
        text = fill(
            self.tr("Sessions per week, from the week of %1 to the week of %2: %3."),
            _day(self.points[0].monday),
            _day(self.points[-1].monday),
            counts,
        )
        for what, values in (
            (self.tr("stress"), [p.stress for p in self.points]),
            (self.tr("pain"), [p.pain for p in self.points]),
        ):
            rated = [v for v in values if v is not None]
            if rated:
                text += " " + fill(
                    self.tr("Average change in %1 after a session, over the rated weeks: %2."),
                    what,
                    f"{statistics.fmean(rated):+.1f}",
                )
        return text

    # -- painting ----------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.WindowText)
        muted = pal.color(QPalette.ColorRole.PlaceholderText)
        metrics = QFontMetricsF(self.font())
        line = metrics.height()
        area = QRectF(self.rect()).adjusted(4, 0, -4, 0)
        if not self.points:
            painter.setPen(muted)
            painter.drawText(
                area, Qt.AlignmentFlag.AlignCenter, self.tr("Your weeks will show here.")
            )
            return
        left = area.left() + metrics.horizontalAdvance("+10") + 10
        plot = QRectF(left, area.top(), area.right() - left, area.height())
        # from the top: caption, bars (their counts above them), caption and hint, lines, weeks
        bars_top = area.top() + line * 1.2 + 18
        bars = QRectF(plot.left(), bars_top, plot.width(), plot.height() * 0.34)
        caption = QRectF(area.left(), bars.bottom() + line * 0.9, area.width(), line)
        hint = caption.translated(0, line)
        changes_top = hint.bottom() + line * 0.6
        changes = QRectF(
            plot.left(), changes_top, plot.width(), plot.bottom() - line * 1.6 - changes_top
        )
        slot = plot.width() / len(self.points)

        painter.setPen(muted)
        top_caption = QRectF(area.left(), area.top(), area.width(), line)
        painter.drawText(top_caption, Qt.AlignmentFlag.AlignLeft, self.tr("Sessions per week"))
        self._paint_bars(painter, bars, slot, text, pal)
        painter.setPen(muted)
        painter.drawText(
            caption, Qt.AlignmentFlag.AlignLeft, self.tr("Average change after a session")
        )
        painter.drawText(hint, Qt.AlignmentFlag.AlignLeft, self.tr("Below 0: calmer, or less pain"))
        self._paint_legend(painter, caption, metrics, pal)
        self._paint_changes(painter, changes, slot, pal, metrics)
        self._paint_weeks(painter, plot.bottom() - line, slot, left)
        painter.end()

    def _paint_bars(
        self, painter: QPainter, bars: QRectF, slot: float, text: QColor, pal: QPalette
    ) -> None:
        top = max(p.sessions for p in self.points) or 1
        width = min(slot * 0.6, 36.0)
        for i, p in enumerate(self.points):
            x = bars.left() + slot * (i + 0.5)
            height = bars.height() * p.sessions / top
            rect = QRectF(x - width / 2, bars.bottom() - height, width, height)
            painter.setPen(QPen(pal.color(QPalette.ColorRole.Highlight), 1))
            painter.setBrush(pal.color(QPalette.ColorRole.Midlight))
            if p.sessions:
                painter.drawRoundedRect(rect, 3, 3)
                painter.setPen(text)
                label = QRectF(x - slot / 2, rect.top() - 18, slot, 16)
                painter.drawText(label, Qt.AlignmentFlag.AlignCenter, str(p.sessions))
        painter.setPen(QPen(pal.color(QPalette.ColorRole.Mid), 1))
        painter.drawLine(QPointF(bars.left(), bars.bottom()), QPointF(bars.right(), bars.bottom()))

    def _series(self, pal: QPalette) -> list[tuple[str, list[float | None], QPen, bool]]:
        stress = QPen(pal.color(QPalette.ColorRole.Highlight), 2.5)
        pain = QPen(pal.color(QPalette.ColorRole.Link), 2.5, Qt.PenStyle.DashLine)
        return [
            (self.tr("Stress"), [p.stress for p in self.points], stress, True),
            (self.tr("Pain"), [p.pain for p in self.points], pain, False),
        ]

    def _paint_legend(
        self, painter: QPainter, caption: QRectF, metrics: QFontMetricsF, pal: QPalette
    ) -> None:
        x = caption.right()
        for name, _values, pen, round_mark in reversed(self._series(pal)):
            x -= metrics.horizontalAdvance(name)
            painter.setPen(pal.color(QPalette.ColorRole.WindowText))
            painter.drawText(QPointF(x, caption.top() + metrics.ascent()), name)
            x -= 14
            self._mark(painter, QPointF(x, caption.center().y()), pen, round_mark)
            x -= 18

    @staticmethod
    def _mark(painter: QPainter, at: QPointF, pen: QPen, round_mark: bool) -> None:
        painter.setPen(QPen(pen.color(), 1.5))
        painter.setBrush(pen.color())
        if round_mark:
            painter.drawEllipse(at, 4.0, 4.0)
        else:
            painter.drawRect(QRectF(at.x() - 3.5, at.y() - 3.5, 7, 7))

    def _paint_changes(
        self,
        painter: QPainter,
        changes: QRectF,
        slot: float,
        pal: QPalette,
        metrics: QFontMetricsF,
    ) -> None:
        values = [abs(v) for p in self.points for v in (p.stress, p.pain) if v is not None]
        reach = float(math.ceil(max([2.0, *values])))  # whole points on the scale
        zero = changes.center().y()

        def y(v: float) -> float:
            return zero - v / reach * changes.height() / 2

        muted = pal.color(QPalette.ColorRole.PlaceholderText)
        painter.setPen(QPen(pal.color(QPalette.ColorRole.Mid), 1))
        painter.drawLine(QPointF(changes.left(), zero), QPointF(changes.right(), zero))
        painter.setPen(muted)
        for v in (reach, 0.0, -reach):
            label = "0" if v == 0 else f"{v:+g}".replace("-", "−")
            box = QRectF(0, y(v) - metrics.height() / 2, changes.left() - 6, metrics.height())
            painter.drawText(
                box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label
            )
        for _name, series, pen, round_mark in self._series(pal):
            path = QPainterPath()
            drawing = False
            for i, value in enumerate(series):
                if value is None:
                    drawing = False
                    continue
                at = QPointF(changes.left() + slot * (i + 0.5), y(value))
                path.lineTo(at) if drawing else path.moveTo(at)
                drawing = True
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
            for i, value in enumerate(series):
                if value is not None:
                    at = QPointF(changes.left() + slot * (i + 0.5), y(value))
                    self._mark(painter, at, pen, round_mark)

    def _paint_weeks(self, painter: QPainter, top: float, slot: float, left: float) -> None:
        metrics = QFontMetricsF(self.font())
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText)
        widest = metrics.horizontalAdvance("30 Sep") + 12
        every = max(1, int(widest // slot) + 1)
        painter.setPen(muted)
        for i, p in enumerate(self.points):
            if (len(self.points) - 1 - i) % every == 0:  # the latest week is always named
                box = QRectF(left + slot * i - slot, top, slot * 3, metrics.height())
                painter.drawText(box, Qt.AlignmentFlag.AlignHCenter, _day(p.monday))


def _day(day: date) -> str:
    """``3 Mar`` in the person's language."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM")
