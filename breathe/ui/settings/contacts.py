"""Settings, "Crisis contacts": the people and lines shown on the urgent-help page.

Nothing is built in: no number belongs to any one country, so the person (or their
therapist) enters every contact here.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QListWidget, QPushButton, QWidget

from breathe.i18n import fill
from breathe.ui.settings.pages import Page, SettingsBinder, note

log = logging.getLogger(__name__)

MAX_TEXT = 200  # what settings accept for a name or a number


class ContactsPage(Page):
    """A list of name + number, with fields to add, change and remove them."""

    def __init__(self, binder: SettingsBinder, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Crisis contacts"), binder, parent)
        self.column.insertWidget(
            1,
            note(
                self.tr(
                    "People or crisis lines you could call, shown on the \u201cIf you need "
                    "urgent help\u201d page. breathe never calls or tells anyone."
                ),
                self,
            ),
        )
        self.list = QListWidget(self)
        self.list.setObjectName("contacts")
        self.list.setMaximumHeight(self.fontMetrics().lineSpacing() * 9)
        self.list.setAccessibleName(self.tr("Your crisis contacts"))
        self.list.currentRowChanged.connect(self._picked)
        self.form.addRow(self.list)
        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("Name"))
        self.name.setPlaceholderText(self.tr("e.g. My therapist"))
        self.name.setMaxLength(MAX_TEXT)
        self.number = QLineEdit(self)
        self.number.setAccessibleName(self.tr("Phone number"))
        self.number.setPlaceholderText(self.tr("Their phone number"))
        self.number.setMaxLength(MAX_TEXT)
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Number"), self.number)
        self.add_button = self._button(self.tr("Add"), self.tr("Add this contact"), self.add)
        self.change_button = self._button(
            self.tr("Save changes"), self.tr("Save changes to the chosen contact"), self.change
        )
        self.remove_button = self._button(
            self.tr("Remove"), self.tr("Remove the chosen contact"), self.remove
        )
        row = QHBoxLayout()
        for button in (self.add_button, self.change_button, self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        self.form.addRow(row)
        self.problem = note("", self)
        self.problem.setObjectName("problem")
        self.problem.setAccessibleDescription(self.tr("Problem with this contact"))
        self.problem.hide()
        self.form.addRow(self.problem)
        self.number.returnPressed.connect(self.add)
        self.on_refresh(self._show)
        self.finish()

    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        button.setAutoDefault(True)
        button.clicked.connect(slot)
        return button

    def contacts(self) -> list[dict[str, Any]]:
        """The contacts as saved."""
        return list(self.binder.get("crisis_contacts"))

    def _show(self) -> None:
        row = self.list.currentRow()
        self.list.blockSignals(True)
        self.list.clear()
        for contact in self.contacts():
            self.list.addItem(fill(self.tr("%1 \u00b7 %2"), contact["name"], contact["number"]))
        self.list.setCurrentRow(min(row, self.list.count() - 1))
        self.list.blockSignals(False)
        self._enable()

    def _enable(self) -> None:
        chosen = self.list.currentRow() >= 0
        self.change_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def _picked(self, row: int) -> None:
        contacts = self.contacts()
        if 0 <= row < len(contacts):
            self.name.setText(contacts[row]["name"])
            self.number.setText(contacts[row]["number"])
        self._enable()

    def _entered(self) -> dict[str, str] | None:
        name, number = self.name.text().strip(), self.number.text().strip()
        if not name or not number:
            self.problem.setText(
                self.tr("Add both a name and a number, so the contact can be called.")
            )
            self.problem.show()
            return None
        self.problem.hide()
        return {"name": name, "number": number}

    def _save(self, contacts: list[dict[str, Any]], row: int) -> bool:
        if not self.binder.set("crisis_contacts", contacts):
            return False
        self.list.setCurrentRow(-1)
        self._show()
        self.list.setCurrentRow(row)
        return True

    def add(self) -> bool:
        """Add the contact in the fields; False if a field is empty."""
        contact = self._entered()
        if contact is None:
            return False
        contacts = self.contacts()
        if not self._save([*contacts, contact], -1):
            return False
        self.name.clear()
        self.number.clear()
        self.name.setFocus()
        return True

    def change(self) -> bool:
        """Replace the chosen contact with the fields' name and number."""
        row = self.list.currentRow()
        contact = self._entered()
        if row < 0 or contact is None:
            return False
        contacts = self.contacts()
        contacts[row] = {**contacts[row], **contact}  # fields a newer breathe added stay
        return self._save(contacts, row)

    def remove(self) -> bool:
        """Remove the chosen contact."""
        row = self.list.currentRow()
        if row < 0:
            return False
        contacts = self.contacts()
        del contacts[row]
        self.name.clear()
        self.number.clear()
        return self._save(contacts, min(row, len(contacts) - 1))
