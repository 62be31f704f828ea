"""Controls whose keyboard focus and outline stay clearly visible in both themes.

Check boxes and radio buttons here also wrap their text, which Qt's never do: a long one
would otherwise widen its page past a small window (or clip) with large type.

Fusion draws no focus ring on a drop-down or a number field, and check box and radio button
outlines that all but vanish (1.2:1 on the dark palette, under 2:1 on the light one); these
subclasses paint them in the theme's colours
(``Link`` is the focus colour, ``PlaceholderText`` the muted one: both reach AA).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QRadioButton,
    QSpinBox,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
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


def _option(button: QCheckBox | QRadioButton, rect: QRect | None = None) -> QStyleOptionButton:
    option = QStyleOptionButton()
    button.initStyleOption(option)
    if rect is not None:
        option.rect = rect
    return option


def _contents(button: QCheckBox | QRadioButton, option: QStyleOptionButton) -> QRect:
    element = (
        QStyle.SubElement.SE_CheckBoxContents
        if isinstance(button, QCheckBox)
        else QStyle.SubElement.SE_RadioButtonContents
    )
    return button.style().subElementRect(element, option, button)


def _around_text(button: QCheckBox | QRadioButton) -> tuple[int, int]:
    """The width and height a button takes besides its text (indicator, spacing, padding)."""
    probe = QRect(0, 0, 1000, 200)
    text = _contents(button, _option(button, probe))
    return probe.width() - text.width(), probe.height() - text.height()


def _text_size(button: QCheckBox | QRadioButton, width: int) -> QSize:
    flags = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextShowMnemonic
    box = button.fontMetrics().boundingRect(
        QRect(0, 0, max(width, 1), 100000), flags, button.text()
    )
    return box.size()


class _Wrapping:
    """What a check box and a radio button share: text that wraps onto more lines in a
    narrow window (Qt's never does), and an outline that shows in both themes."""

    def wrapped_minimum(self: QCheckBox | QRadioButton, base: QSize) -> QSize:  # type: ignore[misc]
        words = self.text().split() or [""]
        longest = max(self.fontMetrics().horizontalAdvance(w) for w in words)
        extra, _ = _around_text(self)
        return QSize(extra + longest, base.height())

    def wrapped_height(self: QCheckBox | QRadioButton, width: int, base: QSize) -> int:  # type: ignore[misc]
        extra_w, extra_h = _around_text(self)
        return max(base.height(), _text_size(self, width - extra_w).height() + extra_h)

    def paint_wrapped(self: QCheckBox | QRadioButton, indicator: QStyle.SubElement) -> None:  # type: ignore[misc]
        """The indicator and the focus ring as the style draws them, the text wrapped, and a
        clear outline round the indicator in the muted colour (it reaches AA on the page)."""
        painter = QStylePainter(self)
        option = _option(self)
        text, option.text = option.text, ""
        control = (
            QStyle.ControlElement.CE_CheckBox
            if isinstance(self, QCheckBox)
            else QStyle.ControlElement.CE_RadioButton
        )
        painter.drawControl(control, option)
        option.text = text
        flags = (
            Qt.AlignmentFlag.AlignLeft
            | Qt.AlignmentFlag.AlignVCenter
            | Qt.TextFlag.TextWordWrap
            | Qt.TextFlag.TextShowMnemonic
        )
        self.style().drawItemText(
            painter,
            _contents(self, option),
            int(flags.value) if hasattr(flags, "value") else int(flags),
            option.palette,
            self.isEnabled(),
            text,
            QPalette.ColorRole.WindowText,
        )
        box = QRectF(self.style().subElementRect(indicator, option, self))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.PlaceholderText), 1.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if isinstance(self, QCheckBox):
            painter.drawRoundedRect(box.adjusted(0.75, 0.75, -0.75, -0.75), 2, 2)
        else:
            painter.drawEllipse(box.adjusted(1.25, 1.25, -1.25, -1.25))
        painter.end()


class CheckBox(_Wrapping, QCheckBox):
    """A check box whose box keeps a clear outline in both themes (AA for UI parts) and
    whose text wraps in a narrow window."""

    def minimumSizeHint(self) -> QSize:
        return self.wrapped_minimum(super().minimumSizeHint())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self.wrapped_height(width, super().sizeHint())

    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)  # the wrapped lines too

    def paintEvent(self, event: QPaintEvent) -> None:
        self.paint_wrapped(QStyle.SubElement.SE_CheckBoxIndicator)


class RadioButton(_Wrapping, QRadioButton):
    """A radio button whose circle keeps a clear outline in both themes (AA for UI parts)
    and whose text wraps in a narrow window."""

    def minimumSizeHint(self) -> QSize:
        return self.wrapped_minimum(super().minimumSizeHint())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self.wrapped_height(width, super().sizeHint())

    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)

    def paintEvent(self, event: QPaintEvent) -> None:
        self.paint_wrapped(QStyle.SubElement.SE_RadioButtonIndicator)


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
