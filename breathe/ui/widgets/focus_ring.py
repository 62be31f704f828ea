"""Controls whose keyboard focus and outline stay clearly visible in both themes.

Fusion draws no focus ring on a drop-down or a number field, and check box and radio button
outlines that all but vanish (1.2:1 on the dark palette, under 2:1 on the light one); these
subclasses paint them in the theme's colours
(``Link`` is the focus colour, ``PlaceholderText`` the muted one: both reach AA).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QRadioButton,
    QSpinBox,
    QStyle,
    QStyleOptionButton,
    QWidget,
)


def paint_focus_ring(widget: QWidget) -> None:
    """A 2 px ring in the theme's focus colour around ``widget`` while it has the focus."""
    if not widget.hasFocus():
        return
    painter = QPainter(widget)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(widget.palette().color(QPalette.ColorRole.Link), 2)
    painter.setPen(pen)
    painter.drawRoundedRect(QRectF(widget.rect()).adjusted(1, 1, -1, -1), 4, 4)
    painter.end()


class CheckBox(QCheckBox):
    """A checkbox whose box keeps a clear outline in both themes (AA for UI parts)."""

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        box = self.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, self)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.PlaceholderText), 1.5))
        painter.drawRoundedRect(QRectF(box).adjusted(0.75, 0.75, -0.75, -0.75), 2, 2)
        painter.end()


class RadioButton(QRadioButton):
    """A radio button whose circle keeps a clear outline in both themes (AA for UI parts)."""

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        circle = self.style().subElementRect(
            QStyle.SubElement.SE_RadioButtonIndicator, option, self
        )
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.PlaceholderText), 1.5))
        painter.drawEllipse(QRectF(circle).adjusted(1.25, 1.25, -1.25, -1.25))
        painter.end()


class RingedComboBox(QComboBox):
    """A drop-down whose keyboard focus shows as a clear ring (Fusion shows none)."""

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        paint_focus_ring(self)


class RingedSpinBox(QSpinBox):
    """A number field whose keyboard focus shows as a clear ring."""

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        paint_focus_ring(self)


class RingedDoubleSpinBox(QDoubleSpinBox):
    """A decimal number field whose keyboard focus shows as a clear ring."""

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        paint_focus_ring(self)
