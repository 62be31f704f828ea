"""Customise paced breathing: a preset or your own pattern, its length, voice and sounds.

A live preview draws one breath of the plan the practice engine would build, and any
problem with a typed pattern is shown inline in the engine's own words (never a dialog).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from breathe.engine import breath_shape, choices
from breathe.engine.practices.catalog import build_plan, presets
from breathe.i18n import QT_TRANSLATE_NOOP
from breathe.ui.widgets.flow_layout import FlowLayout
from breathe.ui.widgets.focus_ring import CheckBox, RingedComboBox, RingedDoubleSpinBox
from breathe.ui.widgets.live_label import LiveLabel

log = logging.getLogger(__name__)

EMPTY_PATTERN = QT_TRANSLATE_NOOP(
    "BreathingPanel", "Type seconds in and out, e.g. 4-6, or in-hold-out-hold, e.g. 4-4-4-4"
)
MINUTES, BREATHS = "minutes", "breaths"  # the length's units (ids; shown translated)


def preset_descriptions() -> dict[str, str]:
    """Preset names with the engine's one-line descriptions, gentlest first."""
    known = presets()
    order = [name for name in choices.PRESET_NAMES if name in known]
    return {name: known[name] for name in order + [n for n in known if n not in order]}


class BreathPreview(QWidget):
    """Draws one breath: a rise for breathing in, a flat line for a hold, a fall for out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._points: list[tuple[float, float]] = []
        self.setAccessibleName(self.tr("Shape of one breath"))
        self.setMinimumSize(220, 64)
        self.setMaximumWidth(440)

    def sizeHint(self) -> QSize:
        return QSize(320, 84)

    def set_points(self, points: list[tuple[float, float]]) -> None:
        self._points = points
        self.update()

    def points(self) -> list[tuple[float, float]]:
        return list(self._points)

    def paintEvent(self, event: QPaintEvent) -> None:
        if len(self._points) < 2:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(self.rect()).adjusted(6, 8, -6, -8)
        span = self._points[-1][0] or 1.0

        def at(t: float, level: float) -> QPointF:
            return QPointF(
                area.left() + area.width() * t / span, area.bottom() - area.height() * level
            )

        path = QPainterPath(at(*self._points[0]))
        for point in self._points[1:]:
            path.lineTo(at(*point))
        colour = self.palette().color(QPalette.ColorRole.Highlight)
        fill = QColor(colour)
        fill.setAlphaF(0.18)
        area_path = QPainterPath(path)
        area_path.lineTo(at(span, 0.0))
        area_path.closeSubpath()
        painter.fillPath(area_path, fill)
        pen = QPen(colour, 3)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.drawPath(path)
        painter.end()


class BreathingPanel(QWidget):
    """The breathing card's options; ``choice()`` is a dict as ``breathe.engine.choices`` reads it.

    Signals:
        choice_changed(dict): after every change, valid or not (see ``problem()``).
    """

    choice_changed = Signal(object)

    def __init__(
        self,
        choice: Mapping[str, Any] | None = None,
        parent: QWidget | None = None,
        *,
        voice: bool = False,
        sounds: bool = True,
    ) -> None:
        """``voice``/``sounds`` are the settings in force, shown until the card overrides them."""
        super().__init__(parent)
        start = choices.normalise("breathing", choice)
        # the card sends voice/sounds only once the person chose them here
        self._own = {key for key in ("voice", "sounds") if isinstance(start.get(key), bool)}
        self._updating = False
        self._length_edited = False
        self._problem: str | None = None
        self._build_rhythm()
        length_row = self._build_length()
        toggles = self._build_toggles(
            bool(start.get("voice", voice)), bool(start.get("sounds", sounds))
        )

        form = QFormLayout()
        form.setHorizontalSpacing(18)
        form.setVerticalSpacing(10)
        # a label goes above its field when both do not fit side by side (large type)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self._label(self.tr("Rhythm"), self.preset), self.preset)
        form.addRow("", self.description)
        form.addRow(self.pattern_label, self.pattern)
        form.addRow("", self.message)
        form.addRow(self.preview_label, self.preview)
        form.addRow("", self.preview_words)
        # on Linux a drop-down is named by its current text ("minutes"): the row's label
        # names the unit, and the number field has its own name ("Length")
        form.addRow(self._label(self.tr("Length"), self.unit), length_row)
        form.addRow("", toggles)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 8, 0, 0)
        outer.addLayout(form)

        self._load(start)
        self.preset.currentIndexChanged.connect(self._preset_changed)
        self.pattern.textChanged.connect(self._changed)
        self.length.valueChanged.connect(self._length_changed)
        self.unit.currentIndexChanged.connect(self._unit_changed)
        self.voice.toggled.connect(lambda: self._own_toggle("voice"))
        self.sounds.toggled.connect(lambda: self._own_toggle("sounds"))
        self._refresh()

    def _build_rhythm(self) -> None:
        """The preset list, the pattern field, its inline message and the preview."""
        self.preset = RingedComboBox(self)
        self.preset.setAccessibleName(self.tr("Breathing pattern"))
        self.preset.setMinimumWidth(280)
        self.preset.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        for name, description in preset_descriptions().items():
            self.preset.addItem(choices.preset_name(name), name)
            self.preset.setItemData(
                self.preset.count() - 1, description, Qt.ItemDataRole.ToolTipRole
            )
        self.preset.addItem(choices.preset_name(choices.CUSTOM), choices.CUSTOM)
        self.preset.setItemData(
            self.preset.count() - 1,
            self.tr("Your own rhythm in seconds, e.g. 4-6"),
            Qt.ItemDataRole.ToolTipRole,
        )
        self.description = QLabel(self)
        self.description.setWordWrap(True)
        self.description.setObjectName("muted")

        self.pattern = QLineEdit(self)
        self.pattern.setAccessibleName(self.tr("Your pattern in seconds"))
        self.pattern.setPlaceholderText(self.tr("e.g. 4-6 or 4-7-8"))
        self.pattern.setMinimumWidth(280)
        self.pattern.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.pattern_label = QLabel(self.tr("Your pattern"), self)
        self.pattern_label.setBuddy(self.pattern)
        self.message = LiveLabel("", self, purpose=self.tr("Pattern problem"))
        self.message.setObjectName("problem")
        self.message.setWordWrap(True)
        self.message.hide()

        self.preview = BreathPreview(self)
        self.preview_label = self._label(self.tr("One breath"), None)
        self.preview_words = QLabel(self)
        self.preview_words.setObjectName("muted")

    def _build_length(self) -> QHBoxLayout:
        self.length = RingedDoubleSpinBox(self)
        self.length.setAccessibleName(self.tr("Length"))
        self.unit = RingedComboBox(self)
        self.unit.setAccessibleName(self.tr("Length in"))  # read where names are (not Linux)
        self.unit.addItem(self.tr("minutes"), MINUTES)
        self.unit.addItem(self.tr("breaths"), BREATHS)
        row = QHBoxLayout()
        row.addWidget(self.length)
        row.addWidget(self.unit)
        row.addStretch(1)
        return row

    def _build_toggles(self, voice: bool, sounds: bool) -> FlowLayout:
        self.voice = CheckBox(self.tr("Spoken guidance"), self)
        self.voice.setAccessibleName(self.tr("Spoken guidance"))
        self.sounds = CheckBox(self.tr("Soft cue sounds"), self)
        self.sounds.setAccessibleName(self.tr("Soft cue sounds"))
        self.voice.setChecked(voice)
        self.sounds.setChecked(sounds)
        row = FlowLayout(spacing=18, line_spacing=6)
        row.add(self.voice)
        row.add(self.sounds)
        return row

    def _label(self, text: str, buddy: QWidget | None) -> QLabel:
        label = QLabel(text, self)
        if buddy is not None:
            label.setBuddy(buddy)
        return label

    # -- state -------------------------------------------------------------------------
    def _load(self, start: Mapping[str, Any]) -> None:
        self._updating = True
        preset = str(start.get("preset") or choices.CUSTOM)
        if preset == choices.CUSTOM or start.get("pattern"):
            preset = choices.CUSTOM
            self.pattern.setText(str(start.get("pattern") or ""))
        index = self.preset.findData(preset)
        self.preset.setCurrentIndex(max(index, 0))
        if start.get("cycles"):
            self._set_length(BREATHS, float(start["cycles"]))
            self._length_edited = True
        elif start.get("minutes"):
            self._set_length(MINUTES, float(start["minutes"]))
            self._length_edited = True
        else:
            self._set_default_length()
        self._updating = False

    def preset_name(self) -> str:
        return str(self.preset.currentData())

    def choice(self) -> dict[str, Any]:
        """What the breathing card starts now."""
        choice: dict[str, Any] = {"preset": self.preset_name()}
        if self.preset_name() == choices.CUSTOM:
            choice["pattern"] = self.pattern.text().strip()
        if self._length_edited:
            key = "cycles" if self.unit.currentData() == BREATHS else "minutes"
            value = self.length.value()
            choice[key] = int(value) if key == "cycles" else value
        for key, box in (("voice", self.voice), ("sounds", self.sounds)):
            if key in self._own:
                choice[key] = box.isChecked()
        return choice

    def problem(self) -> str | None:
        """Why the current choice cannot start, in the engine's words; None when it can."""
        return self._problem

    # -- reactions ---------------------------------------------------------------------
    def _preset_changed(self) -> None:
        self._updating = True
        self._length_edited = False
        self._set_default_length()
        self._updating = False
        self._changed()

    def _length_changed(self) -> None:
        if not self._updating:
            self._length_edited = True
            self._changed()

    def _unit_changed(self) -> None:
        if self._updating:
            return
        self._updating = True
        self._set_length(
            str(self.unit.currentData()), 5.0 if self.unit.currentData() == MINUTES else 10.0
        )
        self._updating = False
        self._length_edited = True
        self._changed()

    def _own_toggle(self, key: str) -> None:
        self._own.add(key)
        self._changed()

    def _changed(self) -> None:
        if self._updating:
            return
        self._refresh()
        self.choice_changed.emit(self.choice())

    def _refresh(self) -> None:
        custom = self.preset_name() == choices.CUSTOM
        self.pattern.setVisible(custom)
        self.pattern_label.setVisible(custom)
        tip = self.preset.currentData(Qt.ItemDataRole.ToolTipRole)
        self.description.setText(str(tip or ""))
        choice = self.choice()
        if custom and not choice["pattern"]:
            self._problem = self.tr(EMPTY_PATTERN)
        else:
            self._problem = choices.problem("breathing", choice)
        self.message.setText(self._problem or "")
        self.message.setVisible(self._problem is not None)
        self._draw(choice)

    def _draw(self, choice: Mapping[str, Any]) -> None:
        points: list[tuple[float, float]] = []
        text = ""
        if self._problem is None:
            plan = build_plan(
                choices.launch_name("breathing", choice), choices.plan_options(choice)
            )
            cycle = breath_shape.first_cycle(plan)
            points = breath_shape.outline(cycle)
            text = breath_shape.words(cycle)
        for widget in (self.preview, self.preview_label, self.preview_words):
            widget.setVisible(bool(points))
        self.preview.set_points(points)
        self.preview.setAccessibleDescription(text)
        self.preview_words.setText(text)

    # -- length ------------------------------------------------------------------------
    def _set_length(self, unit: str, value: float) -> None:
        self.unit.setCurrentIndex(self.unit.findData(unit))
        if unit == BREATHS:
            self.length.setDecimals(0)
            self.length.setRange(1, 500)
            self.length.setSingleStep(1)
        else:
            self.length.setDecimals(1)
            self.length.setRange(0.5, 120)
            self.length.setSingleStep(0.5)
        self.length.setValue(value)

    def _set_default_length(self) -> None:
        """Show the preset's own length (from the engine), e.g. 4 breaths for 4-7-8."""
        name = self.preset_name()
        unit, value = MINUTES, 5.0
        if name != choices.CUSTOM:
            plan = build_plan(name, {})
            if plan.options.get("cycles"):
                unit, value = BREATHS, float(plan.options["cycles"])
            else:
                value = float(plan.options.get("minutes") or 5.0)
        self._set_length(unit, value)
