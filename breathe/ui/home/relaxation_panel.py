"""RelaxationPanel: the small choices before a muscle-relaxation session.

Programme (16, 7 or 4 groups), release only, each group twice while learning, the dominant
side, a way to the pain map, and the one-line safety note, which is always visible, with
when to practise.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from breathe.engine.practices.relaxation import relaxation_plan
from breathe.i18n import QT_TRANSLATE_NOOP, fill
from breathe.ui.widgets.flow_layout import FlowLayout
from breathe.ui.widgets.focus_ring import CheckBox, RadioButton

log = logging.getLogger(__name__)

# English, marked for translation here and translated where shown (self.tr)
SAFETY_NOTE = QT_TRANSLATE_NOOP(
    "RelaxationPanel",
    "If you live with pain: use about half your strength, skip any area that hurts, "
    "or choose release only.",
)
PROGRAMMES = {
    16: QT_TRANSLATE_NOOP("RelaxationPanel", "16 groups, the most detailed"),
    7: QT_TRANSLATE_NOOP("RelaxationPanel", "7 groups"),
    4: QT_TRANSLATE_NOOP("RelaxationPanel", "4 groups, the shortest"),
}
SIDES = {
    "right": QT_TRANSLATE_NOOP("RelaxationPanel", "Right"),
    "left": QT_TRANSLATE_NOOP("RelaxationPanel", "Left"),
}
#: what a screen reader says for each side's button
SIDE_NAMES = {
    "right": QT_TRANSLATE_NOOP("RelaxationPanel", "Dominant side: right"),
    "left": QT_TRANSLATE_NOOP("RelaxationPanel", "Dominant side: left"),
}
RELEASE_HELP = QT_TRANSLATE_NOOP(
    "RelaxationPanel", "No tensing: notice each area and let it soften. Kind on flare days."
)
LEARNING_HELP = QT_TRANSLATE_NOOP(
    "RelaxationPanel", "Tense and let go of each group twice, as the method is learnt."
)
WHEN_NOTE = QT_TRANSLATE_NOOP(
    "RelaxationPanel",
    "Practise on calm days first, so that it is there for you when stress or pain builds.",
)
DEFAULTS: dict[str, Any] = {"groups": 16, "release_only": False, "learning": False, "side": "right"}


def _minutes(groups: int) -> int:
    """The length of the programme's own plan, in whole minutes."""
    return round(relaxation_plan(groups=groups).total_seconds / 60)


class RelaxationPanel(QWidget):
    """Choices for one PMR session; emits ``options_changed`` on every change."""

    #: {"groups": 16|7|4, "release_only": bool, "side": "right"|"left"}
    options_changed = Signal(dict)
    #: the person asked to open the pain map editor
    edit_pain_map_requested = Signal()

    def __init__(
        self, options: Mapping[str, Any] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Muscle relaxation choices"))
        self._programme = QButtonGroup(self)
        programme_row = QVBoxLayout()
        programme_row.addWidget(QLabel(self.tr("Programme")))
        for groups, words in PROGRAMMES.items():
            text = fill(
                self.tr("%1, about %2 min", "a programme, its length"),
                self.tr(words),
                _minutes(groups),
            )
            button = RadioButton(text)
            button.setObjectName(f"groups-{groups}")
            self._programme.addButton(button, groups)
            programme_row.addWidget(button)

        self._side = QButtonGroup(self)
        side_row = FlowLayout(spacing=12, line_spacing=4)  # wraps with large type
        side_label = QLabel(self.tr("Dominant side (it goes first)"))
        side_row.add(side_label)
        for i, (side, words) in enumerate(SIDES.items()):
            button = RadioButton(self.tr(words))
            button.setObjectName(f"side-{side}")
            button.setAccessibleName(self.tr(SIDE_NAMES[side]))
            self._side.addButton(button, i)
            side_row.add(button)

        self._build_choices()
        column = QVBoxLayout(self)
        column.addLayout(programme_row)
        column.addLayout(side_row)
        column.addWidget(self.release_only)
        column.addWidget(self.learning)
        column.addWidget(self.edit_pain_map, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.safety)
        column.addWidget(self.when)
        column.addStretch(1)

        self.set_options(options or {})
        self._programme.idToggled.connect(self._toggled)
        self._side.idToggled.connect(self._toggled)
        self.release_only.toggled.connect(lambda _on: self._emit())
        self.learning.toggled.connect(lambda _on: self._emit())

    def _build_choices(self) -> None:
        """Release only, learning, the pain map, and the notes on safety and when to practise."""
        self.release_only = CheckBox(self.tr("Release only (no tensing)"))
        self.release_only.setObjectName("release-only")
        self.release_only.setAccessibleDescription(self.tr(RELEASE_HELP))
        self.release_only.setToolTip(self.tr(RELEASE_HELP))
        self.learning = CheckBox(self.tr("Each group twice (your first weeks)"))
        self.learning.setObjectName("learning")
        self.learning.setAccessibleDescription(self.tr(LEARNING_HELP))
        self.learning.setToolTip(self.tr(LEARNING_HELP))
        self.edit_pain_map = QPushButton(self.tr("Edit pain map…"))
        self.edit_pain_map.setObjectName("edit-pain-map")
        self.edit_pain_map.setAccessibleName(self.tr("Edit pain map"))
        self.edit_pain_map.setAccessibleDescription(
            self.tr("Choose areas to practise gently or to skip")
        )
        self.edit_pain_map.clicked.connect(self.edit_pain_map_requested)
        self.safety = QLabel(self.tr(SAFETY_NOTE))
        self.safety.setObjectName("safety")
        self.safety.setWordWrap(True)
        self.safety.setAccessibleDescription(self.tr("Safety note"))  # its text is its name
        self.when = QLabel(self.tr(WHEN_NOTE))
        self.when.setObjectName("when")
        self.when.setWordWrap(True)

    def options(self) -> dict[str, Any]:
        """The chosen options, as the relaxation engine takes them."""
        side = list(SIDES)[max(self._side.checkedId(), 0)]
        return {
            "groups": self._programme.checkedId(),
            "release_only": self.release_only.isChecked(),
            "learning": self.learning.isChecked(),
            "side": side,
        }

    def set_options(self, options: Mapping[str, Any]) -> None:
        """Show these options (missing or unknown values fall back to the defaults)."""
        chosen = {**DEFAULTS, **options}
        groups = chosen["groups"] if chosen["groups"] in PROGRAMMES else DEFAULTS["groups"]
        side = chosen["side"] if chosen["side"] in SIDES else DEFAULTS["side"]
        toggles = (self._programme, self._side, self.release_only, self.learning)
        for widget in toggles:
            widget.blockSignals(True)
        self._programme.button(groups).setChecked(True)
        self._side.button(list(SIDES).index(side)).setChecked(True)
        self.release_only.setChecked(bool(chosen["release_only"]))
        self.learning.setChecked(bool(chosen["learning"]))
        for widget in toggles:
            widget.blockSignals(False)

    def _toggled(self, _id: int, checked: bool) -> None:
        if checked:  # a radio group toggles twice per change: report it once
            self._emit()

    def _emit(self) -> None:
        self.options_changed.emit(self.options())
