"""PainMapEditor: mark body areas to practise as usual, gently, or to leave out.

Clicking an area on the figure cycles it normal -> gentle -> skip -> normal; every area
also has a labelled drop-down, so the whole editor works from the keyboard and with a
screen reader. A "Flare day (release only)" switch sits beside it. The editor only emits
what changed; loading and saving the pain map is the caller's job. It is a page of its
own: Back (or Esc, Alt+Left) returns to where the person came from, every change kept.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from breathe.engine.practices.relaxation import apply_pain_map
from breathe.i18n import QT_TRANSLATE_NOOP
from breathe.ui.home.practice_card import apply_type_scale, set_type_scale
from breathe.ui.relaxation import body_figure as fig
from breathe.ui.relaxation.body_map import BodyMap
from breathe.ui.relaxation.legend import Swatch
from breathe.ui.widgets.back_keys import back_button, back_row
from breathe.ui.widgets.focus_ring import CheckBox, RingedComboBox
from breathe.ui.widgets.vertical_scroll import VerticalScroll

log = logging.getLogger(__name__)

STATES = ("normal", "gentle", "skip")
# English, marked for translation here and translated where shown (self.tr)
STATE_NAMES = {
    "normal": QT_TRANSLATE_NOOP("PainMapEditor", "As usual"),
    "gentle": QT_TRANSLATE_NOOP("PainMapEditor", "Gently"),
    "skip": QT_TRANSLATE_NOOP("PainMapEditor", "Skip"),
}
LEGEND = {
    "normal": QT_TRANSLATE_NOOP("PainMapEditor", "As usual"),
    "gentle": QT_TRANSLATE_NOOP("PainMapEditor", "Gently: less effort, a shorter hold"),
    "skip": QT_TRANSLATE_NOOP("PainMapEditor", "Skip: leave this area still"),
}
INTRO = QT_TRANSLATE_NOOP(
    "PainMapEditor",
    "Click an area to change how it is practised: as usual, gently, or skipped. "
    "You can change this any time.",
)
#: the rows of the area list, head to toe
CENTRAL_ROWS = ("forehead", "nose", "jaw", "neck", "shoulders", "abdomen")
SIDED_ROWS = ("upper-arm", "hand", "thigh", "calf", "foot")
FLARE_HELP = QT_TRANSLATE_NOOP(
    "PainMapEditor", "No tensing today: just notice each area and let it soften."
)
#: the sides of the arms and legs, as on the figure: left first
SIDES = ("left", "right")


def next_state(state: str) -> str:
    """normal -> gentle -> skip -> normal."""
    return STATES[(STATES.index(state) + 1) % len(STATES)] if state in STATES else "gentle"


def _area_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)  # "Chest, shoulders and upper back" must not starve the figure
    return label


def _scrolling(column: QVBoxLayout) -> VerticalScroll:
    """The legend and the list of areas, scrolling on a short screen; the figure stays put."""
    inner = QWidget()
    inner.setLayout(column)
    column.setContentsMargins(0, 0, 4, 0)
    return VerticalScroll(inner)


class PainMapEditor(QWidget):
    """The body figure and a list of areas, each normal, gentle or skipped."""

    #: the whole map after any change: {region id: "normal" | "gentle" | "skip"}
    changed = Signal(dict)
    #: the "Flare day (release only)" switch was turned on or off
    flare_day_changed = Signal(bool)
    #: Back, Esc or Alt+Left (every change is already sent)
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._states = dict.fromkeys(fig.PART_IDS, "normal")
        self._combos: dict[str, QComboBox] = {}
        self.setAccessibleName(self.tr("Pain map"))
        self.back = back_button(self, self.back_requested.emit)
        self.heading = QLabel(self.tr("Your pain map"), self)
        set_type_scale(self.heading, 1.5, bold=True)
        top = back_row(self.back, self.heading)

        intro = QLabel(self.tr(INTRO))
        intro.setObjectName("intro")
        intro.setWordWrap(True)
        self.figure = BodyMap(self)
        self.figure.setObjectName("figure")
        self.figure.set_interactive(True)
        self.figure.setAccessibleDescription(
            self.tr("Click an area to change it. Every area is also in the list beside the figure.")
        )
        self.figure.region_clicked.connect(self.cycle)

        self.flare = CheckBox(self.tr("Flare day (release only)"))
        self.flare.setObjectName("flare")
        self.flare.setAccessibleName(self.tr("Flare day, release only"))
        self.flare.setAccessibleDescription(self.tr(FLARE_HELP))
        self.flare.setToolTip(self.tr(FLARE_HELP))
        self.flare.toggled.connect(self.flare_day_changed)
        flare_help = QLabel(self.tr(FLARE_HELP))
        flare_help.setWordWrap(True)

        side = QVBoxLayout()
        side.addWidget(self._legend())
        side.addWidget(self._area_list())
        side.addSpacing(12)
        side.addWidget(self.flare)
        side.addWidget(flare_help)
        side.addStretch(1)

        row = QHBoxLayout()
        row.addWidget(self.figure, 3)
        row.addWidget(_scrolling(side), 2)
        column = QVBoxLayout(self)
        column.setContentsMargins(32, 20, 32, 16)
        column.setSpacing(10)
        column.addLayout(top)
        column.addWidget(intro)
        column.addLayout(row, 1)
        apply_type_scale(self)
        self._show()

    def _legend(self) -> QWidget:
        box = QFrame()
        box.setObjectName("legend")
        box.setAccessibleName(self.tr("Legend"))
        grid = QFormLayout(box)
        grid.setContentsMargins(0, 0, 0, 6)
        for state, words in LEGEND.items():
            words_label = QLabel(self.tr(words))
            words_label.setWordWrap(True)
            grid.addRow(Swatch(state), words_label)
        return box

    def _area_list(self) -> QWidget:
        """One row per area, head to toe, left before right, each named in full.

        Each drop-down has a label of its own: on Linux a drop-down is named by its value
        ("As usual"), so a screen reader learns which area it is from its label alone.
        """
        inner = QWidget()
        inner.setObjectName("areas")
        grid = QGridLayout(inner)
        grid.setContentsMargins(0, 0, 0, 0)
        parts = [*CENTRAL_ROWS, *(f"{side}-{base}" for base in SIDED_ROWS for side in SIDES)]
        for row, part in enumerate(parts):
            label = _area_label(fig.part_name(part))
            combo = self._combo(part)
            label.setBuddy(combo)
            grid.addWidget(label, row, 0)
            grid.addWidget(combo, row, 1)
        grid.setColumnStretch(0, 1)
        return inner

    def _combo(self, part: str) -> QComboBox:
        combo = RingedComboBox()
        combo.setObjectName(f"area-{part}")
        for state in STATES:
            combo.addItem(self.tr(STATE_NAMES[state]), state)
        combo.setAccessibleName(fig.part_name(part))
        combo.currentIndexChanged.connect(lambda _i, p=part: self._picked(p))
        self._combos[part] = combo
        return combo

    # -- the map -------------------------------------------------------------------------
    def set_pain_map(self, mapping: Mapping[str, str]) -> None:
        """Show a saved map, read as the session will read it. Emits nothing.

        ``calf`` means both calves and a sided entry wins; unknown ids and levels are
        ignored (``apply_pain_map`` logs them).
        """
        gentle, skip = apply_pain_map(mapping, (), ())
        self._states = {
            p: "skip" if p in skip else "gentle" if p in gentle else "normal" for p in fig.PART_IDS
        }
        self._show()

    def pain_map(self) -> dict[str, str]:
        """Every region id with its state."""
        return dict(self._states)

    def set_flare_day(self, on: bool) -> None:
        """Set the switch without emitting ``flare_day_changed``."""
        self.flare.blockSignals(True)
        self.flare.setChecked(on)
        self.flare.blockSignals(False)

    def flare_day(self) -> bool:
        return bool(self.flare.isChecked())

    def cycle(self, part: str) -> str:
        """Move one region to its next state (a click on the figure); returns the state."""
        state = next_state(self._states[part])
        self._set(part, state)
        return state

    # -- inner workings ------------------------------------------------------------------
    def _picked(self, part: str) -> None:
        self._set(part, str(self._combos[part].currentData()))

    def _set(self, part: str, state: str) -> None:
        if self._states[part] == state:
            return
        self._states[part] = state
        self._show()
        self.changed.emit(self.pain_map())

    def _show(self) -> None:
        self.figure.set_marks(self._states)
        for part, combo in self._combos.items():
            combo.blockSignals(True)
            combo.setCurrentIndex(STATES.index(self._states[part]))
            combo.blockSignals(False)

    def sizeHint(self) -> QSize:
        return QSize(720, 620)
