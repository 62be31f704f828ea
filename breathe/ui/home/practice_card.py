"""One practice on the home screen: what it is, a Start button, why it helps, Customise."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from breathe.i18n import QT_TRANSLATE_NOOP, fill
from breathe.ui.widgets.flow_layout import FlowLayout

log = logging.getLogger(__name__)

# marked for translation here, translated where shown (context "PracticeCard")
WHY = QT_TRANSLATE_NOOP("PracticeCard", "Why this helps")
WHY_NEW = QT_TRANSLATE_NOOP("PracticeCard", "New to this? Why it helps")


def set_type_scale(widget: QWidget, scale: float, *, bold: bool = False) -> None:
    """Mark ``widget`` to show text ``scale`` times the window's size (see ``apply_type_scale``)."""
    widget.setProperty("typeScale", scale)
    widget.setProperty("typeBold", bold)


def apply_type_scale(root: QWidget) -> None:
    """Size every marked child's font from ``root``'s, so large type scales everything."""
    base = root.font()
    for child in root.findChildren(QWidget):
        scale = child.property("typeScale")
        if scale is None:
            continue
        font = child.font()
        font.setPointSizeF(base.pointSizeF() * float(scale))
        font.setBold(bool(child.property("typeBold")))
        child.setFont(font)


def link_button(text: str, accessible: str, parent: QWidget) -> QPushButton:
    """A quiet text button that looks like a link but is reached and pressed like a button."""
    button = QPushButton(text, parent)
    button.setObjectName("link")
    button.setAccessibleName(accessible)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.setAutoDefault(True)  # Enter presses it when it has the focus
    button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
    set_type_scale(button, 1.05)
    return button


class PracticeCard(QFrame):
    """A large card: title, one-line description, Start, "Why this helps" and Customise.

    The card shows what it is told; the home page decides what Start means. Its options
    panel can come later: with ``customisable`` and no ``panel``, pressing Customise asks
    for one (``panel_needed``, answered with :meth:`set_panel`) before showing it.
    """

    start_clicked = Signal(str)
    explain_clicked = Signal(str)
    customise_toggled = Signal(str, bool)
    panel_needed = Signal(str)  # Customise was pressed before a panel was given

    def __init__(
        self,
        practice: str,
        title: str,
        description: str,
        panel: QWidget | None = None,
        *,
        customisable: bool | None = None,
        new: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.practice = practice
        self.title = title
        self.setObjectName("card")
        self.setProperty("highlighted", False)
        self.setFrameShape(QFrame.Shape.NoFrame)

        self.heading = QLabel(title, self)
        set_type_scale(self.heading, 1.45, bold=True)
        self.description = QLabel(description, self, wordWrap=True)
        self.description.setObjectName("muted")
        set_type_scale(self.description, 1.1)

        self.start_button = QPushButton(fill(self.tr("Start · %1"), title), self)
        self.start_button.setObjectName("start")
        self.start_button.setAutoDefault(True)
        set_type_scale(self.start_button, 1.1)
        self.start_button.clicked.connect(lambda: self.start_clicked.emit(self.practice))

        why = self.tr(WHY)
        self.why_button = link_button(why, fill(self.tr("%1: %2"), why, title), self)
        self.why_button.clicked.connect(lambda: self.explain_clicked.emit(self.practice))

        self.customise_button = link_button(
            self.tr("Customise"), fill(self.tr("Customise %1"), title), self
        )
        self.customise_button.setCheckable(True)
        customisable = panel is not None if customisable is None else customisable
        self.customise_button.setEnabled(customisable)
        self.customise_button.setVisible(customisable)
        self.customise_button.toggled.connect(self._toggle_panel)

        self.heading.setWordWrap(True)
        text_block = QWidget(self)
        text = self._text = QVBoxLayout(text_block)
        text.setContentsMargins(0, 0, 0, 0)
        text.setSpacing(6)
        text.addWidget(self.heading)
        text.addWidget(self.description)
        # the links wrap too: the text beside Start then needs only its widest link's room
        links = FlowLayout(spacing=18, line_spacing=4)
        links.add(self.why_button)
        links.add(self.customise_button)
        text.addLayout(links)

        # Start beside the text, or under it in a narrow window (or with large type)
        row = FlowLayout(spacing=24, line_spacing=12)
        row.add(text_block, fill=True, least=24)
        row.add(self.start_button)

        self._outer = QVBoxLayout(self)
        self._outer.setContentsMargins(28, 22, 28, 22)
        self._outer.setSpacing(12)
        self._outer.addLayout(row)
        self.panel: QWidget | None = None
        if panel is not None:
            self.set_panel(panel)
        self.set_new(new)

    def add_link(self, text: str, accessible: str) -> QPushButton:
        """One more quiet link, on a line of its own under the others (e.g. home's "your
        pace"), so that large type never makes the card wider than the window."""
        button = link_button(text, accessible, self)
        self._text.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        return button

    def set_panel(self, panel: QWidget) -> None:
        """Give the card its options panel (hidden until Customise is pressed)."""
        panel.setParent(self)
        panel.setVisible(self.customise_button.isChecked())
        inner = panel.layout()
        if inner is not None:  # line the options up with the card's text
            inner.setContentsMargins(0, 8, 0, 0)
        self._outer.addWidget(panel)
        self.panel = panel

    def set_summary(self, summary: str) -> None:
        """Show what Start will begin, e.g. ``Coherent 5 min``."""
        self.start_button.setText(fill(self.tr("Start · %1"), summary))
        self.start_button.setAccessibleName(fill(self.tr("Start %1: %2"), self.title, summary))

    def set_problem(self, problem: str | None) -> None:
        """Disable Start while the chosen options cannot make a session, and say why."""
        self.start_button.setEnabled(problem is None)
        self.start_button.setToolTip(problem or "")

    def set_new(self, new: bool) -> None:
        """Before a first session, invite (never push) the person to read why it helps."""
        text = self.tr(WHY_NEW if new else WHY)
        self.why_button.setText(text)
        self.why_button.setAccessibleName(fill(self.tr("%1: %2"), text, self.title))

    def set_highlighted(self, on: bool) -> None:
        """Mark the card that Enter would start (the one holding the keyboard focus)."""
        if self.property("highlighted") == on:
            return
        self.setProperty("highlighted", on)
        self.style().unpolish(self)
        self.style().polish(self)

    def _toggle_panel(self, shown: bool) -> None:
        if self.panel is None:
            self.panel_needed.emit(self.practice)  # answered at once with set_panel
        if self.panel is None:  # pragma: no cover - nobody gave one: nothing to show
            return
        self.panel.setVisible(shown)
        self.customise_button.setText(self.tr("Hide options") if shown else self.tr("Customise"))
        self.customise_toggled.emit(self.practice, shown)
