"""The settings dialog's building blocks: the binder that saves, a page, and two simple pages.

Every control writes its setting the moment it changes, through :class:`SettingsBinder`:
the value is checked by ``Settings`` (an invalid one never reaches the file and the control
shows the saved value again), the file is written atomically, and the change is announced.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from breathe.engine import choices
from breathe.i18n import fill
from breathe.language import LANGUAGES
from breathe.store.errors import ConfigError
from breathe.store.settings import Settings
from breathe.ui.home.practice_card import set_type_scale
from breathe.ui.widgets.focus_ring import CheckBox, RingedComboBox
from breathe.ui.widgets.live_label import LiveLabel

log = logging.getLogger(__name__)

#: the settings' own look: roomy sections and a clear focus ring on every control the theme
#: does not ring itself (combo and spin boxes ring themselves: ``Ringed``; check boxes are
#: ringed by the theme). palette(link) is the theme's focus colour.
STYLE = """
QSpinBox QLineEdit { border: none; padding: 0px; background: transparent; }
QSlider { padding: 2px; border: 2px solid transparent; border-radius: 6px; }
QSlider:focus { border: 2px solid palette(link); }
QListWidget#contacts { background: palette(base); border: 1px solid palette(mid);
                       border-radius: 8px; padding: 4px; }
QListWidget#contacts:focus { border: 2px solid palette(link); }
QListWidget#contacts::item { padding: 6px; }
QLabel#problem { color: palette(text); background: palette(alternate-base);
                 border: 1px solid palette(highlight); border-radius: 8px; padding: 6px 10px; }
"""


class SettingsBinder(QObject):
    """Reads and writes one ``Settings`` for the pages; saves every change at once.

    Signals:
        changed(frozenset[str]): these settings now have new values (saved if possible).
        problem(str): a sentence for the person (a value refused, a file not written).
    """

    changed = Signal(object)
    problem = Signal(str)

    def __init__(self, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings

    def get(self, name: str) -> Any:
        return self.settings.get(name)

    def set(self, name: str, value: object) -> bool:
        """Change one setting and save; False (nothing changed) when it is refused."""
        return self.set_many({name: value})

    def set_many(self, values: dict[str, object]) -> bool:
        """Change several settings together: all are checked before any is changed."""
        scratch = Settings.from_json(self.settings.to_json())
        try:
            for name, value in values.items():
                scratch.set(name, value)
        except ConfigError as exc:
            # by name only: a refused value may be a contact's name or number
            log.info("setting refused: %s", ", ".join(sorted(values)))
            self.problem.emit(str(exc))
            return False
        changed = {n for n, v in values.items() if self.settings.get(n) != scratch.get(n)}
        if not changed:
            return True
        for name in changed:
            self.settings.set(name, scratch.get(name))
        self.save()
        self.changed.emit(frozenset(changed))
        return True

    def replace_all(self, new: Settings, *, save: bool = True) -> frozenset[str]:
        """Take every value from ``new`` (a restore, a reset, or all data deleted), and
        what ``new`` kept of its file unread in place of what was kept; returns what changed.
        """
        current = self.settings.to_json()
        changed = frozenset(n for n, v in new.to_json().items() if current.get(n) != v)
        for name in changed:
            self.settings.set(name, new.get(name))
        self.settings.replace_unread(new)
        if save:
            self.save()
        if changed:
            self.changed.emit(changed)
        return changed

    def save(self) -> bool:
        try:
            self.settings.save()
        except OSError as exc:
            log.warning("settings not saved: %s", exc)
            self.problem.emit(
                fill(
                    self.tr(
                        "Your settings could not be saved (%1). They apply until breathe closes."
                    ),
                    exc.strerror or exc,
                )
            )
            return False
        return True


def note(text: str, parent: QWidget | None = None) -> QLabel:
    """A short muted explanation under a control (a new text is announced: a problem, a
    result)."""
    label = LiveLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # the theme's muted text
    label.setObjectName("muted")
    return label


class Page(QWidget):
    """One section of the settings: a heading and controls bound to settings.

    Subclasses add controls with ``add_check`` and ``add_choice`` (kept in step with the
    settings by ``refresh``) or register their own refresher.
    """

    def __init__(self, title: str, binder: SettingsBinder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.binder = binder
        self.setAccessibleName(title)
        self._refreshers: list[Callable[[], None]] = []
        self.heading = QLabel(title, self)
        self.heading.setAccessibleName(title)
        set_type_scale(self.heading, 1.35, bold=True)
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(8, 4, 8, 8)
        self.column.setSpacing(10)
        self.column.addWidget(self.heading)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setVerticalSpacing(10)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.column.addLayout(self.form)

    def finish(self) -> None:
        """Show the saved values and push everything up (call at the end of ``__init__``)."""
        self.column.addStretch(1)
        self.refresh()

    def on_refresh(self, refresher: Callable[[], None]) -> None:
        self._refreshers.append(refresher)

    def refresh(self) -> None:
        """Show the values the settings hold now (after a restore, reset or refusal)."""
        for refresher in self._refreshers:
            refresher()

    def add_buttons(self, *buttons: QWidget) -> None:
        """Buttons side by side at their natural width, on the left."""
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        self.form.addRow(row)

    def add_check(self, name: str, text: str, explain: str | None = None) -> QCheckBox:
        """A checkbox for the true/false setting ``name``."""
        box = CheckBox(text, self)
        box.setAccessibleName(text)

        def show() -> None:
            with QSignalBlocker(box):
                box.setChecked(bool(self.binder.get(name)))

        def changed(on: bool) -> None:
            if not self.binder.set(name, on):
                show()

        box.toggled.connect(changed)
        self.on_refresh(show)
        self.form.addRow(box)
        if explain:
            self.form.addRow(note(explain, self))
        return box

    def add_choice(self, name: str, label: str, options: Sequence[tuple[object, str]]) -> QComboBox:
        """A drop-down of ``(value, text)`` for setting ``name``."""
        combo = RingedComboBox(self)
        combo.setAccessibleName(label)
        for value, text in options:
            combo.addItem(text, value)

        def show() -> None:
            with QSignalBlocker(combo):
                index = combo.findData(self.binder.get(name))
                combo.setCurrentIndex(max(index, 0))

        def changed(index: int) -> None:
            if index >= 0 and not self.binder.set(name, combo.itemData(index)):
                show()

        combo.currentIndexChanged.connect(changed)
        self.on_refresh(show)
        self.form.addRow(label, combo)
        return combo


class PracticePage(Page):
    """What Start now begins, dominant side, self-paced grounding, explainers."""

    def __init__(self, binder: SettingsBinder, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Practice"), binder, parent)
        self.start_now = self.add_choice(
            "start_now", self.tr("Start now begins"), self._start_now_options()
        )
        self.form.addRow(
            note(
                self.tr(
                    "Only this changes it: a practice you start from a card, or stop early, "
                    "does not. Patterns that hold the breath are not for panic. Your own "
                    "rhythm, such as 4-6, is set on the Breathe card."
                ),
                self,
            )
        )
        self.dominant_side = self.add_choice(
            "dominant_side",
            self.tr("Dominant side"),
            [("right", self.tr("Right")), ("left", self.tr("Left"))],
        )
        self.form.addRow(
            note(self.tr("Muscle relaxation starts with this side's hand and arm."), self)
        )
        self.self_paced = self.add_check(
            "grounding_self_paced",
            self.tr("Grounding waits for me at each item"),
            self.tr("Move on when you are ready, or turn this off for a steady pace."),
        )
        self.explainers = self.add_check(
            "show_explainers", self.tr("Offer \u201cwhy this helps\u201d for practices I am new to")
        )
        self.finish()

    def _start_now_options(self) -> list[tuple[object, str]]:
        """Start now's choices as ``(setting value, words)``, gentlest first."""
        from breathe.engine.practices.catalog import build_plan

        options: list[tuple[object, str]] = []
        for preset in choices.PRESET_NAMES:
            if preset == choices.CUSTOM:
                continue
            text = choices.headline("breathing", {"preset": preset})
            if any(step.kind == "hold" for step in build_plan(preset, {}).steps):
                text = fill(self.tr("%1 (holds the breath)"), text)
            options.append((preset, text))
        options.append(("grounding", choices.headline("grounding", {})))
        options.append(("relaxation", choices.headline("relaxation", {})))
        return options


class LookPage(Page):
    """Pacer style, theme, large type and reduced motion, applied as they change."""

    def __init__(self, binder: SettingsBinder, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Look"), binder, parent)
        self.pacer_style = self.add_choice(
            "pacer_style",
            self.tr("Breathing guide"),
            [
                ("circle", self.tr("A circle that grows and shrinks")),
                ("square", self.tr("A square traced around")),
                ("bar", self.tr("A bar that fills and empties")),
            ],
        )
        self.theme = self.add_choice(
            "theme",
            self.tr("Colours"),
            [
                ("system", self.tr("Like my desktop")),
                ("light", self.tr("Light")),
                ("dark", self.tr("Dark")),
            ],
        )
        self.large_type = self.add_check(
            "large_type", self.tr("Large type"), self.tr("All text a third larger.")
        )
        self.reduced_motion = self.add_check(
            "reduced_motion",
            self.tr("Reduce motion"),
            self.tr("The guide fills gently instead of moving."),
        )
        # each language named in itself, so a person can find their own in any language
        self.language = self.add_choice(
            "language",
            self.tr("Language"),
            [("", self.tr("Like my system")), *LANGUAGES.items()],
        )
        self.form.addRow(
            note(self.tr("breathe speaks the new language from its next start."), self)
        )
        self.finish()
