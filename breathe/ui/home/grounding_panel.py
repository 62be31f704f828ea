"""Customise grounding: 3-3-3, 3-3-3 staying still (for pain), or 5-4-3-2-1; self-paced."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from breathe.engine import choices
from breathe.i18n import QT_TRANSLATE_NOOP
from breathe.ui.widgets.focus_ring import CheckBox, RingedComboBox

log = logging.getLogger(__name__)

#: each variant's description (English, translated where shown)
VARIANTS: dict[str, str] = {
    "3-3-3": QT_TRANSLATE_NOOP(
        "GroundingPanel", "Three things you see, three you hear, then three small movements."
    ),
    "3-3-3-still": QT_TRANSLATE_NOOP(
        "GroundingPanel",
        "No movement: see, hear, then notice three places where your body is supported. "
        "Kind on painful days.",
    ),
    "5-4-3-2-1": QT_TRANSLATE_NOOP(
        "GroundingPanel",
        "Five things you see, four you feel, three you hear, two you smell, one you taste.",
    ),
}


class GroundingPanel(QWidget):
    """The grounding card's options.

    Signals:
        choice_changed(dict): ``{"variant": ..., "self_paced": bool}`` after every change.
    """

    choice_changed = Signal(object)

    def __init__(
        self, choice: Mapping[str, Any] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        start = choices.normalise("grounding", choice)

        self.variant = RingedComboBox(self)
        self.variant.setAccessibleName(self.tr("Grounding variant"))
        self.variant.setMinimumWidth(280)
        self.variant.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        for key, description in VARIANTS.items():
            self.variant.addItem(choices.variant_name(key), key)
            self.variant.setItemData(
                self.variant.count() - 1, self.tr(description), Qt.ItemDataRole.ToolTipRole
            )
        self.variant.setCurrentIndex(max(0, self.variant.findData(start.get("variant", "3-3-3"))))
        self.description = QLabel(self)
        self.description.setObjectName("muted")
        self.description.setWordWrap(True)

        # a check box's text never wraps: a short one, and what it means in a line that can
        self.self_paced = CheckBox(self.tr("Go at my own pace"), self)
        self.self_paced.setAccessibleName(self.tr("Go at my own pace"))
        pace_note = self.tr("Grounding waits for you at each item.")
        self.self_paced.setAccessibleDescription(pace_note)
        self.self_paced.setChecked(bool(start.get("self_paced", True)))
        self.pace_note = QLabel(pace_note, self)
        self.pace_note.setObjectName("muted")
        self.pace_note.setWordWrap(True)

        label = QLabel(self.tr("Kind"), self)
        label.setBuddy(self.variant)
        form = QFormLayout()
        form.setHorizontalSpacing(18)
        form.setVerticalSpacing(10)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(label, self.variant)
        form.addRow("", self.description)
        form.addRow("", self.self_paced)
        form.addRow("", self.pace_note)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 8, 0, 0)
        outer.addLayout(form)

        self._describe()
        self.variant.currentIndexChanged.connect(self._changed)
        self.self_paced.toggled.connect(self._changed)

    def choice(self) -> dict[str, Any]:
        return {
            "variant": str(self.variant.currentData()),
            "self_paced": self.self_paced.isChecked(),
        }

    def problem(self) -> str | None:
        """Grounding choices made here are always valid."""
        return None

    def _describe(self) -> None:
        self.description.setText(self.tr(VARIANTS[str(self.variant.currentData())]))

    def _changed(self) -> None:
        self._describe()
        self.choice_changed.emit(self.choice())
