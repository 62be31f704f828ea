"""What "right at every size" means, measured on real widgets: each rule returns problems.

Layout (geometry and font metrics): no control squeezed below the size its text needs, no
two controls on top of each other, nothing outside its parent, no horizontal scroll bar and
no scroll area inside another, elided text only where designed (with the whole text as its
tooltip). Colour (rendered pixels of the real window): text at least 4.5:1 against what is
behind it, check box and radio indicators and the keyboard focus ring at least 3:1
(WCAG 2.1 AA).

A problem is one line naming the widget and what is wrong, so a failing sweep says where.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QFocusFrame,
    QLabel,
    QLineEdit,
    QRadioButton,
    QScrollArea,
    QScrollBar,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QTableView,
    QTextEdit,
    QWidget,
)

from breathe.ui.theme import AA_NON_TEXT, AA_TEXT, contrast_ratio
from breathe.ui.widgets.one_line import OneLine

#: widgets whose children are their own parts (a combo's line edit, a list's viewport)
COMPOSITES = (QComboBox, QAbstractSpinBox, QAbstractScrollArea, QLineEdit)
Policy = QSizePolicy.Policy


def describe(widget: QWidget) -> str:
    """``QPushButton 'Start now'`` or ``QLabel#hint 'Take your time.'``: enough to find it."""
    name = widget.objectName()
    text = ""
    if isinstance(widget, (QLabel, QAbstractButton, QLineEdit)):
        text = widget.text()
    text = text or widget.accessibleName()
    text = text.replace("\n", " ")
    if len(text) > 40:
        text = text[:39] + "…"
    kind = type(widget).__name__ + (f"#{name}" if name else "")
    return f"{kind} {text!r}" if text else kind


def shown_widgets(top: QWidget) -> Iterator[QWidget]:
    """Every widget showing in ``top``'s window, outside the inner parts of composites."""

    def walk(widget: QWidget) -> Iterator[QWidget]:
        for child in widget.children():
            if not isinstance(child, QWidget) or child.isWindow() or not child.isVisible():
                continue
            yield child
            if isinstance(child, QScrollArea) and child.widget() is not None:
                inner = child.widget()
                if inner.isVisible():
                    yield inner
                    yield from walk(inner)
            elif not isinstance(child, COMPOSITES):
                yield from walk(child)

    yield from walk(top)


def _smart_minimum(widget: QWidget) -> QSize:
    """The size a layout must give ``widget`` (Qt's own rule, ``qSmartMinSize``)."""
    hint, least = widget.sizeHint(), widget.minimumSizeHint()
    policy = widget.sizePolicy()
    width = height = 0
    horizontal, vertical = policy.horizontalPolicy(), policy.verticalPolicy()
    if horizontal != Policy.Ignored:
        shrinks = horizontal.value & QSizePolicy.PolicyFlag.ShrinkFlag.value
        width = least.width() if shrinks else max(hint.width(), least.width())
    if vertical != Policy.Ignored:
        shrinks = vertical.value & QSizePolicy.PolicyFlag.ShrinkFlag.value
        height = least.height() if shrinks else max(hint.height(), least.height())
    most = widget.maximumSize()
    width, height = min(width, most.width()), min(height, most.height())
    if widget.minimumWidth() > 0:
        width = widget.minimumWidth()
    if widget.minimumHeight() > 0:
        height = widget.minimumHeight()
    return QSize(max(width, 0), max(height, 0))


def _text_width(label: QLabel) -> int | None:
    """The width a one-line plain-text label's longest line needs (None: not one)."""
    text = label.text()
    if not text or label.wordWrap() or label.textFormat() == Qt.TextFormat.RichText:
        return None
    if isinstance(label, OneLine) or "<" in text:
        return None  # OneLine elides by design (its rule is the tooltip)
    metrics = label.fontMetrics()
    margins = label.contentsMargins()
    extra = label.margin() * 2 + max(label.indent(), 0) + margins.left() + margins.right()
    return max(metrics.horizontalAdvance(line) for line in text.split("\n")) + extra


def squeezed(top: QWidget) -> list[str]:
    """Controls given less room than their text needs (clipped, or drawn over others)."""
    problems = []
    for widget in shown_widgets(top):
        if isinstance(widget, (QScrollBar, QFocusFrame)):
            continue
        size = widget.size()
        need = _smart_minimum(widget)
        ignored = widget.sizePolicy().horizontalPolicy() == Policy.Ignored
        if isinstance(widget, QAbstractButton) and widget.text() and not ignored:
            need = need.expandedTo(widget.sizeHint())  # a button's text is its whole hint
        if widget.hasHeightForWidth():
            # its height follows its width (wrapped text): a leaf needs its height at this
            # width; a container's squeeze shows in its children (measured on their own)
            hfw = widget.heightForWidth(size.width()) if widget.layout() is None else 0
            need.setHeight(max(widget.minimumHeight(), hfw))
        if isinstance(widget, QLabel):
            width = _text_width(widget)
            if width is not None:
                need.setWidth(max(need.width(), width))
        if size.width() < need.width() or size.height() < need.height():
            problems.append(
                f"{describe(widget)} is {size.width()}x{size.height()}, "
                f"its text needs {need.width()}x{need.height()}"
            )
    return problems


def _in_window(widget: QWidget, top: QWidget) -> QRect:
    return QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())


def overlapping(top: QWidget) -> list[str]:
    """Sibling widgets drawn over each other, and widgets reaching outside their parent."""
    problems = []
    by_parent: dict[int, list[QWidget]] = {}
    for widget in shown_widgets(top):
        if isinstance(widget, QFocusFrame):
            continue
        parent = widget.parentWidget()
        assert parent is not None
        is_content = isinstance(parent.parentWidget(), QScrollArea)  # scrolls by design
        if not is_content and not parent.rect().contains(widget.geometry()):
            problems.append(
                f"{describe(widget)} at {_rect(widget.geometry())} reaches outside "
                f"{describe(parent)} ({parent.width()}x{parent.height()})"
            )
        by_parent.setdefault(id(parent), []).append(widget)
    for siblings in by_parent.values():
        for i, first in enumerate(siblings):
            for second in siblings[i + 1 :]:
                if first.geometry().intersects(second.geometry()):
                    problems.append(
                        f"{describe(first)} at {_rect(first.geometry())} overlaps "
                        f"{describe(second)} at {_rect(second.geometry())}"
                    )
    return problems


def _rect(rect: QRect) -> str:
    return f"{rect.x()},{rect.y()} {rect.width()}x{rect.height()}"


def scrolling(top: QWidget) -> list[str]:
    """No horizontal scroll bar (tables aside), and no scroll area showing inside another."""
    problems = []
    bars = [w for w in top.findChildren(QScrollBar) if w.isVisible() and w.window() is top]
    for bar in bars:
        area = bar.parentWidget()
        while area is not None and not isinstance(area, QAbstractScrollArea):
            area = area.parentWidget()
        if bar.orientation() == Qt.Orientation.Horizontal and not isinstance(area, QTableView):
            problems.append(f"a horizontal scroll bar on {describe(area or top)}")
    for area in top.findChildren(QScrollArea):
        page = area.widget()
        off = area.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        if off and area.isVisible() and page and page.width() > area.viewport().width():
            problems.append(
                f"{describe(page)} is {page.width()} wide in a scroll area "
                f"{area.viewport().width()} wide: cut off at the side"
            )
    vertical = [b for b in bars if b.orientation() == Qt.Orientation.Vertical]
    for bar in vertical:
        for other in vertical:
            outer = other.parentWidget()
            if other is not bar and outer is not None and outer.isAncestorOf(bar):
                problems.append(f"a scroll bar inside a scrolling {describe(outer)}")
    return problems


def elided_without_tooltip(top: QWidget) -> list[str]:
    """Text shortened with "…" must be readable whole: as the label's tooltip."""
    return [
        f"{describe(label)} is shortened but its tooltip does not hold {label.line()!r}"
        for label in top.findChildren(OneLine)
        if label.isVisible() and label.text() != label.line() and label.toolTip() != label.line()
    ]


def window_kept(top: QWidget, width: int, height: int) -> list[str]:
    """The window keeps the size it was given (it never widens itself past the screen)."""
    if (top.width(), top.height()) == (width, height):
        return []
    least = top.minimumSizeHint()
    return [
        f"the window made itself {top.width()}x{top.height()} (asked {width}x{height}; "
        f"its layout needs at least {least.width()}x{least.height()})"
    ]


def layout_problems(top: QWidget, width: int, height: int) -> list[str]:
    return (
        window_kept(top, width, height)
        + squeezed(top)
        + overlapping(top)
        + scrolling(top)
        + elided_without_tooltip(top)
    )


# -- colour, from the rendered window -------------------------------------------------------
def _colours(image: QImage, rect: QRect) -> Counter[int]:
    """How often each colour (0xRRGGBB) appears in ``rect`` of ``image``."""
    rect = rect.intersected(image.rect())
    if rect.isEmpty():
        return Counter()
    crop = image.copy(rect).convertToFormat(QImage.Format.Format_RGB32)  # 0xffRRGGBB words
    assert crop.bytesPerLine() == crop.width() * 4
    return Counter(memoryview(crop.constBits()).cast("I"))


def _hex(rgb: int) -> str:
    return f"#{rgb & 0xFFFFFF:06x}"


def strongest_contrast(image: QImage, rect: QRect, background: int | None = None) -> float:
    """The contrast of the most distinct colour in ``rect`` against its background.

    The background is the commonest colour there unless given. Text and marks are drawn
    in one colour with softened edges, so their full colour is the most distinct one.
    """
    counts = _colours(image, rect)
    if not counts:
        return 21.0
    bg = _hex(background if background is not None else counts.most_common(1)[0][0])
    return max(contrast_ratio(_hex(c), bg) for c in counts)


def _visible_rect(widget: QWidget, top: QWidget) -> QRect:
    """The part of ``widget`` not hidden by a scroll area or a parent, in window pixels."""
    rect = _in_window(widget, top)
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        rect = rect.intersected(_in_window(parent, top))
        parent = parent.parentWidget()
    return rect


def _shows_text(widget: QWidget) -> bool:
    if not widget.isEnabled():
        return False  # disabled controls are not held to contrast (WCAG 1.4.3)
    if isinstance(widget, QLabel):
        return bool(widget.text().strip()) and widget.pixmap().isNull()
    if isinstance(widget, (QAbstractButton, QLineEdit)):
        return bool(widget.text().strip()) or (
            isinstance(widget, QLineEdit) and bool(widget.placeholderText())
        )
    return isinstance(widget, (QComboBox, QAbstractItemView, QTextEdit))


def text_contrast(top: QWidget, image: QImage) -> list[str]:
    """Every enabled text on the rendered window reaches 4.5:1 against what is behind it."""
    ratio = image.devicePixelRatio()
    problems = []
    for widget in shown_widgets(top):
        if not _shows_text(widget):
            continue
        rect = _visible_rect(widget, top)
        if isinstance(widget, QAbstractScrollArea):
            rect = _visible_rect(widget.viewport(), top)
        elif rect.height() < widget.height():
            continue  # partly scrolled out of view: judged where it shows whole
        scaled = QRect(
            round(rect.x() * ratio),
            round(rect.y() * ratio),
            round(rect.width() * ratio),
            round(rect.height() * ratio),
        )
        if scaled.width() < 4 or scaled.height() < 4:
            continue
        found = strongest_contrast(image, scaled)
        if found < AA_TEXT:
            problems.append(f"{describe(widget)}: text contrast {found:.2f}:1, below 4.5:1")
    return problems


def indicator_contrast(top: QWidget, image: QImage) -> list[str]:
    """A check box's box and a radio button's circle stand out 3:1 from around them."""
    problems = []
    for widget in shown_widgets(top):
        if not isinstance(widget, (QCheckBox, QRadioButton)) or not widget.isEnabled():
            continue
        option = QStyleOptionButton()
        widget.initStyleOption(option)
        element = (
            QStyle.SubElement.SE_CheckBoxIndicator
            if isinstance(widget, QCheckBox)
            else QStyle.SubElement.SE_RadioButtonIndicator
        )
        box = widget.style().subElementRect(element, option, widget)
        if box.isEmpty():
            continue
        seen = _visible_rect(widget, top)
        where = box.translated(widget.mapTo(top, QPoint(0, 0))).intersected(seen)
        if where.width() < box.width() or where.height() < box.height():
            continue  # scrolled (partly) out of view
        around = _colours(image, seen).most_common(1)[0][0]
        found = strongest_contrast(image, where, around)
        if found < AA_NON_TEXT:
            problems.append(f"{describe(widget)}: its indicator has {found:.2f}:1, below 3:1")
    return problems


def colour_problems(top: QWidget) -> list[str]:
    image = top.grab().toImage()
    return text_contrast(top, image) + indicator_contrast(top, image)


def focus_ring_contrast(control: QWidget) -> float:
    """How strongly the keyboard focus shows on ``control``: the largest contrast between a
    pixel with the focus and the same pixel without it (WCAG's focus appearance, 3:1)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    control.clearFocus()
    app.processEvents()
    plain = control.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    control.setFocus(Qt.FocusReason.TabFocusReason)
    app.processEvents()
    focused = control.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    if plain.size() != focused.size():
        return 21.0
    best = 1.0
    seen: set[tuple[int, int]] = set()
    a, b = bytes(plain.constBits()), bytes(focused.constBits())
    for i in range(0, min(len(a), len(b)), 4):
        if a[i : i + 3] != b[i : i + 3]:
            pair = (int.from_bytes(a[i : i + 3], "little"), int.from_bytes(b[i : i + 3], "little"))
            if pair not in seen:
                seen.add(pair)
                best = max(best, contrast_ratio(_hex(pair[0]), _hex(pair[1])))
    return best
