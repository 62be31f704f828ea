"""The "If you need urgent help" page: call your local emergency number, and your own contacts.

Nothing is tied to one country: the page names no number of its own. The people and crisis
lines shown are the ones the person (or their therapist) entered in Settings.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from breathe.i18n import fill
from breathe.ui.home.practice_card import apply_type_scale, link_button, set_type_scale
from breathe.ui.widgets.back_keys import back_button

log = logging.getLogger(__name__)

MEASURE = 640  # px: a calm reading width; the page scrolls rather than clips
# Palette roles, so both themes apply: Base = surface, Mid = guide, Midlight = accent_soft.
STYLE = """
QFrame#contactCard { background: palette(base); border: 1px solid palette(mid);
                     border-radius: 12px; }
QFrame#urgent { background: palette(midlight); border: none; border-radius: 12px; }
QFrame#urgent QLabel, QFrame#contactCard QLabel { background: transparent; border: none; }
"""


@dataclass(frozen=True)
class CrisisContact:
    """Someone to call: ``name`` and ``number`` as the person typed them."""

    name: str
    number: str


def contacts_from(raw: Iterable[object]) -> list[CrisisContact]:
    """Contacts from settings (``[{"name": ..., "number": ...}]`` or ``CrisisContact``s).

    An entry without a number cannot be called and is left out; a missing name shows the
    number alone.
    """
    contacts = []
    for item in raw:
        if isinstance(item, CrisisContact):
            name, number = item.name, item.number
        elif isinstance(item, Mapping):
            name, number = str(item.get("name") or ""), str(item.get("number") or "")
        else:
            # never the item itself: it may be a name or a number
            log.warning("ignored a crisis contact that is not a name and number")
            continue
        if number.strip():
            contacts.append(CrisisContact(name.strip(), number.strip()))
    return contacts


def _label(text: str, parent: QWidget, scale: float, *, bold: bool = False) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    set_type_scale(label, scale, bold=bold)
    return label


def _muted(label: QLabel) -> QLabel:
    label.setObjectName("muted")
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # the theme's muted text
    return label


class ContactCard(QFrame):
    """One contact: the name, the number in large type (selectable), and Copy."""

    def __init__(self, contact: CrisisContact, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.contact = contact
        self.setObjectName("contactCard")
        self.name = _label(contact.name or self.tr("Phone"), self, 1.2, bold=True)
        self.number = _label(contact.number, self, 1.7, bold=True)
        self.number.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.number.setAccessibleName(
            fill(self.tr("%1: %2"), contact.name or self.tr("Phone"), contact.number)
        )
        self.copy = QPushButton(self.tr("Copy number"), self)
        self.copy.setAccessibleName(fill(self.tr("Copy the number for %1"), self.name.text()))
        self.copy.setAutoDefault(True)
        self.copy.clicked.connect(self._copy)
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.name)
        text.addWidget(self.number)
        row = QHBoxLayout(self)
        row.setContentsMargins(18, 12, 18, 12)
        row.addLayout(text, 1)
        row.addWidget(self.copy, 0, Qt.AlignmentFlag.AlignVCenter)

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.contact.number)
        self.copy.setText(self.tr("Copied"))


class CrisisPage(QWidget):
    """Calm, large and obvious: what to do now, then the person's own contacts.

    Args:
        contacts: from ``settings.crisis_contacts`` (see ``contacts_from``).
        parent: the main window's page stack.

    Signals:
        back_requested(): Back (or Esc, Alt+Left).
        edit_contacts_requested(): the person wants to add or change contacts (Settings).
    """

    back_requested = Signal()
    edit_contacts_requested = Signal()

    def __init__(self, contacts: Iterable[object] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("If you need urgent help"))
        self.setStyleSheet(STYLE)
        self.back = back_button(self, self.back_requested.emit)

        content = self._content()

        holder = QWidget()
        centred = QHBoxLayout(holder)
        centred.setContentsMargins(0, 0, 0, 0)
        centred.addStretch(1)
        centred.addWidget(content, 100)
        centred.addStretch(1)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(holder)
        self.scroll_area.viewport().setAutoFillBackground(False)
        holder.setAutoFillBackground(False)

        top = QHBoxLayout()
        top.addWidget(self.back)
        top.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 24, 32, 24)
        outer.setSpacing(12)
        outer.addLayout(top)
        outer.addWidget(self.scroll_area, 1)
        self.set_contacts(contacts)

    def _content(self) -> QWidget:
        """The column: what to do now, the contacts, and how to change them."""
        content = QWidget()
        self.heading = _label(self.tr("If you need urgent help"), content, 2.0, bold=True)
        self.heading.setAccessibleName(self.heading.text())
        self.urgent = QFrame(content)
        self.urgent.setObjectName("urgent")
        self.emergency = _label(
            self.tr(
                "If you are in danger, or you might hurt yourself, call your local emergency "
                "number now."
            ),
            self.urgent,
            1.45,
            bold=True,
        )
        urgent_box = QVBoxLayout(self.urgent)
        urgent_box.setContentsMargins(20, 16, 20, 16)
        urgent_box.addWidget(self.emergency)
        self.alone = _label(
            self.tr(
                "You don't have to go through this alone. If you can, tell someone near you "
                "how you feel."
            ),
            content,
            1.15,
        )
        self.people_heading = _label(self.tr("People you can call"), content, 1.3, bold=True)
        self.cards_box = QVBoxLayout()
        self.cards_box.setSpacing(10)
        self.cards: list[ContactCard] = []
        self.empty = _label(
            self.tr(
                "No one is listed here yet. You, or your therapist, can add people and "
                "crisis lines to call in Settings."
            ),
            content,
            1.05,
        )
        self.edit = link_button(
            self.tr("Add people to call"), self.tr("Add people to call"), content
        )
        self.edit.clicked.connect(self.edit_contacts_requested)
        self.note = _muted(
            _label(
                self.tr("breathe can't call anyone for you or let anyone know how you are."),
                content,
                1.0,
            )
        )

        column = QVBoxLayout(content)
        column.setContentsMargins(0, 8, 0, 8)
        column.setSpacing(16)
        column.addWidget(self.heading)
        column.addWidget(self.urgent)
        column.addWidget(self.alone)
        column.addSpacing(8)
        column.addWidget(self.people_heading)
        column.addLayout(self.cards_box)
        column.addWidget(self.empty)
        column.addWidget(self.edit)
        column.addSpacing(8)
        column.addWidget(self.note)
        column.addStretch(1)
        self.content = content
        return content

    def set_contacts(self, contacts: Iterable[object]) -> None:
        """Show these contacts (settings changed); an empty list invites adding some."""
        for card in self.cards:
            self.cards_box.removeWidget(card)
            card.deleteLater()
        self.cards = [ContactCard(c, self.empty.parentWidget()) for c in contacts_from(contacts)]
        for card in self.cards:
            self.cards_box.addWidget(card)
        self.empty.setVisible(not self.cards)
        text = self.tr("Change who is listed") if self.cards else self.tr("Add people to call")
        self.edit.setText(text)
        self.edit.setAccessibleName(text)
        self.setFocusProxy(self.cards[0].copy if self.cards else self.edit)
        self._fit_type()

    def _fit_type(self) -> None:
        apply_type_scale(self)
        # keep about 75 characters a line, whatever the type size
        measure = self.alone.fontMetrics().averageCharWidth() * 75
        self.content.setMaximumWidth(max(MEASURE, measure))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange):
            self._fit_type()
        super().changeEvent(event)
