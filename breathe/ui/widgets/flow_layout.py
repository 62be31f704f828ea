"""A row of widgets that wraps onto more lines when the window is narrow.

Large type and a small window must never push a row of buttons past the window's edge (or
make the window widen itself): ``FlowLayout`` keeps each widget at its natural size and
starts a new line when the next one does not fit. One widget may ``fill`` its line (a card's
text beside its Start button): it takes the room left on its line, and the widgets after it
move below once it would get less than its ``least`` width (in characters of its font, so
large type keeps it readable).
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget, QWidgetItem

Align = Qt.AlignmentFlag


class _Entry:
    """One widget of the row (a plain class: a dataclass compiles its methods as the
    module loads, on the way to the first paint)."""

    __slots__ = ("fill", "item", "least")

    def __init__(self, item: QLayoutItem) -> None:
        self.item = item
        self.fill = False
        self.least = 0  # a filling widget's narrowest comfortable width, in characters


class FlowLayout(QLayout):
    """Widgets left to right at their natural size, wrapping onto new lines.

    Args:
        parent: the widget laid out (optional).
        spacing: pixels between widgets on a line (and between lines, unless ``line_spacing``).
        line_spacing: pixels between lines.
        align: where a line without a filling widget sits (left, centre or right).
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        spacing: int = 8,
        line_spacing: int | None = None,
        align: Qt.AlignmentFlag = Align.AlignLeft,
    ) -> None:
        super().__init__(parent)
        self.setContentsMargins(QMargins(0, 0, 0, 0))
        self.setSpacing(spacing)
        self._line_spacing = spacing if line_spacing is None else line_spacing
        self._align = align
        self._entries: list[_Entry] = []
        # measured once per change of a widget's size hints (Qt asks many times a layout)
        self._measured: list[tuple[_Entry, int]] | None = None
        self._heights: dict[int, int] = {}

    # -- building ----------------------------------------------------------------------------
    def add(self, widget: QWidget, *, fill: bool = False, least: int = 0) -> None:
        """Add ``widget``; with ``fill`` it takes its line's spare room, and stays on the
        line only while that is at least ``least`` characters wide."""
        self.addWidget(widget)
        entry = self._entries[-1]
        entry.fill, entry.least = fill, least

    def insert(self, index: int, widget: QWidget) -> None:
        """Put ``widget`` at ``index`` (before the widget there now)."""
        self.addChildWidget(widget)
        self._entries.insert(index, _Entry(QWidgetItem(widget)))
        self.invalidate()

    # -- QLayout -------------------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._entries.append(_Entry(item))

    def count(self) -> int:
        return len(self._entries)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._entries[index].item if 0 <= index < len(self._entries) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._entries.pop(index).item if 0 <= index < len(self._entries) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = self._arrange(QRect(0, 0, width, 0), place=False)
        return height

    def invalidate(self) -> None:
        self._measured = None  # (Qt calls this from the constructor too: no clear())
        self._heights = {}
        super().invalidate()

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, place=True)

    def sizeHint(self) -> QSize:
        """Everything on one line."""
        shown = self._measure()
        margins = self.contentsMargins()
        width = sum(n for _, n in shown) + self.spacing() * max(len(shown) - 1, 0)
        height = max((e.item.sizeHint().height() for e, _ in shown), default=0)
        return QSize(
            width + margins.left() + margins.right(), height + margins.top() + margins.bottom()
        )

    def minimumSize(self) -> QSize:
        """One widget a line: the widest widget's own minimum (a filling one may wrap)."""
        margins = self.contentsMargins()
        width = max(
            (e.item.minimumSize().width() if e.fill else n for e, n in self._measure()),
            default=0,
        )
        return QSize(width + margins.left() + margins.right(), margins.top() + margins.bottom())

    # -- arranging -----------------------------------------------------------------------------
    def _measure(self) -> list[tuple[_Entry, int]]:
        """The widgets showing, each with the width it takes on a line."""
        if self._measured is None:
            self._measured = [(e, self._natural(e)) for e in self._entries if not e.item.isEmpty()]
        return self._measured

    @staticmethod
    def _least(entry: _Entry) -> int:
        item = entry.item
        if entry.fill:
            widget = item.widget()
            chars = widget.fontMetrics().averageCharWidth() * entry.least if widget else 0
            return max(chars, item.minimumSize().width())
        return max(item.minimumSize().width(), item.sizeHint().width())

    def _natural(self, entry: _Entry) -> int:
        return self._least(entry) if entry.fill else entry.item.sizeHint().width()

    def _lines(self, width: int) -> list[list[tuple[_Entry, int]]]:
        lines: list[list[tuple[_Entry, int]]] = []
        used, spacing = 0, self.spacing()
        for entry, natural in self._measure():
            if lines and used + spacing + natural <= width:
                lines[-1].append((entry, natural))
                used += spacing + natural
            else:
                lines.append([(entry, natural)])
                used = natural
        return lines

    def _arrange(self, rect: QRect, *, place: bool) -> int:
        """Lay the widgets out in ``rect`` (or only measure); returns the height used."""
        margins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        owner = self.parentWidget()
        # right to left (Arabic, Hebrew): each line mirrored, its first widget on the right
        # (mirrored here: QStyle.visualRect would build QStyle's many enums before the first
        # paint)
        mirror = owner is not None and owner.isRightToLeft()
        y = area.y()
        for number, measured in enumerate(self._lines(area.width())):
            line = [e for e, _ in measured]
            widths = [min(n, area.width()) for _, n in measured]
            spare = area.width() - sum(widths) - self.spacing() * (len(line) - 1)
            fills = [i for i, e in enumerate(line) if e.fill]
            x = area.x()
            if fills and spare > 0:
                widths[fills[0]] += spare
            elif spare > 0 and self._align & Align.AlignHCenter:
                x += spare // 2
            elif spare > 0 and self._align & Align.AlignRight:
                x += spare
            heights = [_height(e.item, w) for e, w in zip(line, widths, strict=True)]
            tallest = max(heights)
            if number:
                y += self._line_spacing
            if place:
                for entry, w, h in zip(line, widths, heights, strict=True):
                    top = y + (tallest - h) // 2
                    left = area.left() + area.right() + 1 - x - w if mirror else x
                    entry.item.setGeometry(QRect(QPoint(left, top), QSize(w, h)))
                    x += w + self.spacing()
            y += tallest
        return y - area.y() + margins.top() + margins.bottom()


def _height(item: QLayoutItem, width: int) -> int:
    """How tall ``item`` is at ``width`` (wrapped text grows taller as it narrows)."""
    return item.heightForWidth(width) if item.hasHeightForWidth() else item.sizeHint().height()
