"""The control window's readout: where the client's session is, the pace in breaths a
minute, the pattern being breathed, the time left, what happens now, and the therapist's
notices (never shown on the client's screen)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from breathe.engine.pacing import breath_rate, breath_rates
from breathe.engine.practices.breathing_replan import breath_at
from breathe.engine.practices.steps import Plan, Step
from breathe.engine.runner import Position
from breathe.i18n import fill
from breathe.ui.home.practice_card import set_type_scale


class Readout(QWidget):
    """What the therapist reads at a glance; ``show`` paints one position."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self.tr("On the client's screen"), self)
        set_type_scale(self.heading, 1.2, bold=True)
        self.where = self._label()
        self.where.setAccessibleName(self.tr("Where the client's session is"))
        facts = QGridLayout()
        facts.setHorizontalSpacing(14)
        facts.setVerticalSpacing(6)
        self._keys: dict[QLabel, QLabel] = {}
        self._rates: tuple[Plan | None, list[tuple[float, float]]] = (None, [])
        self.pace = self._fact(facts, 0, self.tr("Pace"))
        self.pattern = self._fact(facts, 1, self.tr("Pattern"))
        self.left = self._fact(facts, 2, self.tr("Time left"))
        self.step = self._fact(facts, 3, self.tr("Now"))
        self.notice = self._label()
        self.notice.setObjectName("notice")
        self.notice.setAccessibleName(self.tr("Presenter notice"))
        self.notice.hide()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        column.addWidget(self.heading)
        column.addWidget(self.where)
        column.addLayout(facts)
        column.addWidget(self.notice)
        column.addStretch(1)

    def _label(self, role: QPalette.ColorRole = QPalette.ColorRole.WindowText) -> QLabel:
        label = QLabel(self)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setForegroundRole(role)
        return label

    def _fact(self, grid: QGridLayout, row: int, name: str) -> QLabel:
        key = self._label(QPalette.ColorRole.PlaceholderText)
        key.setText(name)
        value = self._label()
        value.setAccessibleName(name)
        set_type_scale(value, 1.15)
        grid.addWidget(key, row, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(value, row, 1)
        grid.setColumnStretch(1, 1)
        self._keys[value] = key
        return value

    # -- what the control window asks ---------------------------------------------------------
    def set_where(self, text: str) -> None:
        self.where.setText(text)
        self.where.setAccessibleDescription(text)

    def say(self, text: str) -> None:
        """A notice for the therapist only (it stays until the next one)."""
        self.notice.setText(text)
        self.notice.setAccessibleDescription(text)
        self.notice.setVisible(bool(text))

    def show_position(self, plan: Plan, pos: Position, breath_text: str | None) -> None:
        """The readout at ``pos`` (``breath_text``: "Breath 3 of 15", if it counts breaths)."""
        breath = breath_at(plan, pos.elapsed)
        for label, text in (
            (self.pace, self.pace_text(plan, pos.elapsed, breath)),
            (self.pattern, self.pattern_text(breath)),
        ):
            _set_text(label, text)
            shown = bool(text)  # grounding and relaxation have no pace to say
            if label.isVisibleTo(self) != shown:
                label.setVisible(shown)
                self._keys[label].setVisible(shown)
        _set_text(self.left, fill(self.tr("%1 of %2"), clock(pos.remaining), clock(pos.total)))
        now = pos.step.label
        _set_text(self.step, now if breath_text is None else f"{now} \u00b7 {breath_text}")

    def show_end(self, how: str, elapsed: float) -> None:
        """The session ended (``how``: "Completed", "Ended early") after ``elapsed`` s."""
        _set_text(self.left, fill(self.tr("%1 of %2"), clock(0), clock(elapsed)))
        _set_text(self.step, how)

    def pace_text(self, plan: Plan, elapsed: float, breath: tuple[Step, ...]) -> str:
        """``6 breaths a minute``; after − or +, also the pace from the next breath."""
        if self._rates[0] is not plan:  # worked out once for each (re-)planned session
            self._rates = (plan, breath_rates(plan))
        rates = self._rates[1]
        rate = breath_rate(rates, elapsed)
        if rate is None or not breath:
            return ""
        now = fill(self.tr("%1 breaths a minute"), number(rate))
        coming = breath_rate(rates, breath[-1].end)  # the next breath's
        if coming is None or number(coming) == number(rate):
            return now
        return fill(self.tr("%1, then %2 from the next breath"), now, number(coming))

    def pattern_text(self, breath: tuple[Step, ...]) -> str:
        """``4 in · 4 hold · 4 out · 4 hold``: the breath being breathed, in seconds."""
        words = {"inhale": self.tr("in"), "hold": self.tr("hold"), "exhale": self.tr("out")}
        parts: list[str] = []
        for step in breath:
            word = self.tr("top up") if step.kind == "inhale" and parts else words[step.kind]
            each = self.tr("%1 %2", "seconds, then in, hold or out")
            parts.append(fill(each, number(step.duration), word))
        return " \u00b7 ".join(parts)


def number(value: float) -> str:
    """``4``, ``4.4``, ``3.8``: at most one decimal, written as the locale writes it (``3,8``)."""
    tenths = round(value * 10)
    if tenths % 10 == 0:
        return QLocale().toString(tenths // 10)
    return QLocale().toString(tenths / 10, "f", 1)


def clock(seconds: float) -> str:
    """``3:07``."""
    minutes, rest = divmod(max(0, round(seconds)), 60)
    return f"{minutes}:{rest:02d}"


def _set_text(label: QLabel, text: str) -> None:
    if label.text() != text:  # an unchanged label is not repainted
        label.setText(text)
