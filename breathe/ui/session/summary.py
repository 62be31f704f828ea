"""The few calm lines after a session: how long, how many breaths, how it feels now."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from breathe.i18n import QT_TRANSLATE_NOOP, fill
from breathe.ui.widgets.back_keys import BackKeys
from breathe.ui.widgets.flow_layout import FlowLayout
from breathe.ui.widgets.live_label import LiveLabel
from breathe.ui.widgets.rating_row import RatingRow, line_up
from breathe.ui.widgets.vertical_scroll import VerticalScroll

#: tags a person can add with one tap (their own come from the text field)
TAGS = ("flare", "work", "night")
#: how the one-tap tags read (the history keeps the ids above)
TAG_NAMES = {
    "flare": QT_TRANSLATE_NOOP("SessionSummary", "Flare"),
    "work": QT_TRANSLATE_NOOP("SessionSummary", "Work"),
    "night": QT_TRANSLATE_NOOP("SessionSummary", "Night"),
}
MAX_WIDTH = 760  # a calm column, not a form stretched across a wide screen


def duration_text(seconds: float) -> str:
    """``3 min 5 s``, ``45 s``, ``12 min`` (whole seconds)."""
    total = round(seconds)
    minutes, rest = divmod(total, 60)
    if minutes == 0:
        return fill(QCoreApplication.translate("SessionSummary", "%1 s"), rest)
    if rest == 0:
        return fill(QCoreApplication.translate("SessionSummary", "%1 min"), minutes)
    return fill(QCoreApplication.translate("SessionSummary", "%1 min %2 s"), minutes, rest)


def change_text(subject: str, before: int | None, after: int | None) -> str:
    """``Stress: 7 before, 4 now`` (plain numbers, no judgement); empty if one is missing.

    ``subject`` is already translated.
    """
    if before is None or after is None:
        return ""
    return fill(
        QCoreApplication.translate("SessionSummary", "%1: %2 before, %3 now"),
        subject,
        before,
        after,
    )


class SessionSummary(QWidget):
    """What the session was, an optional after-rating, tags, and Again / Done.

    Esc and Alt+Left mean Done too: the way back is home, never a dead end.
    """

    again_requested = Signal()
    done_requested = Signal()
    pdf_requested = Signal()
    #: the person answered or changed something: {"rating_after": 4} or {"tags": [...]}
    changed = Signal(dict)
    # after resonance, the pace (breaths a minute) the person marked as the easiest
    pace_chosen = Signal(float)

    def __init__(self, *, ask_pain: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._before: dict[str, int | None] = {"rating_before": None, "pain_before": None}
        self.heading = QLabel()
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading.setWordWrap(True)
        self.facts = QLabel()
        self.facts.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.facts.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.changes = LiveLabel()  # before and now, said when the person rates
        self.changes.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stress = RatingRow(self.tr("How stressed do you feel now?"), self.tr("Stress now"))
        self.stress.rated.connect(lambda v: self._rated("rating_after", v))
        self.pain = RatingRow(
            self.tr("And your pain now?"),
            self.tr("Pain now"),
            low=self.tr("none"),
            high=self.tr("worst"),
        )
        self.pain.rated.connect(lambda v: self._rated("pain_after", v))
        if not ask_pain:
            self.pain.hide()
        line_up([self.stress, self.pain])

        self._tag_buttons: dict[str, QPushButton] = {}
        self._tags_row = self._build_tags()
        self.paces = self._build_paces()
        buttons = self._build_buttons()
        BackKeys(self, self.done_requested.emit)

        column = QWidget()
        column.setMaximumWidth(MAX_WIDTH)
        outer = QHBoxLayout(self)
        # taller than a small window with large type: it scrolls, centred
        scroll = VerticalScroll(column)
        scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        outer.addWidget(scroll)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(32, 32, 32, 32)
        layout.setSpacing(14)
        layout.addStretch(1)
        layout.addWidget(self.heading)
        layout.addWidget(self.facts)
        layout.addWidget(self.changes)
        layout.addSpacing(12)
        layout.addWidget(self.stress)
        layout.addWidget(self.pain)
        layout.addLayout(self._tags_row)
        layout.addWidget(self.paces)
        layout.addSpacing(12)
        layout.addLayout(buttons)
        layout.addStretch(2)

    def _build_tags(self) -> FlowLayout:
        # the tags wrap onto more lines with large type or in a small window
        row = FlowLayout(spacing=8, line_spacing=6)
        row.add(QLabel(self.tr("Tags, if you like:")))
        self.own_tag = QLineEdit()
        self.own_tag.setPlaceholderText(self.tr("Your own tag, then Enter"))
        self.own_tag.setAccessibleName(self.tr("Your own tag"))
        self.own_tag.setMaxLength(40)
        self.own_tag.returnPressed.connect(self._add_own_tag)
        row.add(self.own_tag, fill=True, least=16)
        self._tags_row = row
        for tag in TAGS:
            self._add_tag_button(tag)
        return row

    def _build_paces(self) -> QWidget:
        """After resonance: which pace felt easiest (hidden until offered)."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 8, 0, 0)
        self.pace_question = QLabel(self.tr("Which pace felt easiest, if any? (breaths a minute)"))
        self.pace_question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pace_question.setWordWrap(True)
        self.pace_hint = QLabel(self.tr("Comfortable, with no air hunger and no light-headedness."))
        self.pace_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pace_hint.setWordWrap(True)
        self.pace_hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.pace_row = QHBoxLayout()
        self.pace_group = QButtonGroup(box)
        self._paces: list[float] = []
        self.pace_group.idClicked.connect(self._pace_clicked)
        self.pace_saved = LiveLabel()
        keep = self.pace_saved.sizePolicy()
        keep.setRetainSizeWhenHidden(True)  # its line appears without moving the buttons
        self.pace_saved.setSizePolicy(keep)
        self.pace_saved.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pace_saved.setWordWrap(True)
        column.addWidget(self.pace_question)
        column.addWidget(self.pace_hint)
        column.addLayout(self.pace_row)
        column.addWidget(self.pace_saved)
        box.hide()
        return box

    def offer_paces(self, paces: Sequence[float]) -> None:
        """Ask, calmly and optionally, which of these paces (breaths a minute) felt easiest;
        with none, ask nothing."""
        for button in self.pace_group.buttons():
            self.pace_group.removeButton(button)
        while (item := self.pace_row.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()
        self._paces = list(paces)
        self.pace_row.addStretch(1)
        for number, pace in enumerate(self._paces):
            text = QLocale().toString(float(pace), "g", 6)
            button = QPushButton(text)
            button.setCheckable(True)
            button.setAutoDefault(True)
            button.setAccessibleName(fill(self.tr("%1 breaths a minute"), text))
            self.pace_group.addButton(button, number)
            self.pace_row.addWidget(button)
        self.pace_row.addStretch(1)
        self.pace_saved.clear()
        self.paces.setVisible(bool(self._paces))

    def _pace_clicked(self, number: int) -> None:
        pace = self._paces[number]
        self.pace_saved.setText(
            fill(
                self.tr("%1 breaths a minute is now your pace: start it from home."),
                QLocale().toString(float(pace), "g", 6),
            )
        )
        self.pace_chosen.emit(pace)

    def _build_buttons(self) -> QHBoxLayout:
        self.again = QPushButton(self.tr("Again"))
        self.again.setAccessibleName(self.tr("Again: the same session once more"))
        self.again.setAutoDefault(True)
        self.again.clicked.connect(self.again_requested)
        self.done = QPushButton(self.tr("Done"))
        self.done.setAccessibleName(self.tr("Done"))
        self.done.setDefault(True)
        self.done.clicked.connect(self.done_requested)
        self.pdf = QPushButton(self.tr("Save summary as PDF…"))
        self.pdf.setAccessibleName(self.tr("Save a one-page summary of this session as PDF"))
        self.pdf.setAutoDefault(True)
        self.pdf.clicked.connect(self.pdf_requested)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.pdf)
        row.addWidget(self.again)
        row.addWidget(self.done)
        row.addStretch(1)
        return row

    def show_result(
        self,
        status: str,
        seconds: float,
        breaths: int | None,
        rating_before: int | None = None,
        pain_before: int | None = None,
    ) -> None:
        """Fill in the summary of a session that just ended."""
        self._before = {"rating_before": rating_before, "pain_before": pain_before}
        self.heading.setText(
            self.tr("Well done. Take a moment before you move on.")
            if status == "completed"
            else self.tr("You took some time for yourself. That counts.")
        )
        facts = [duration_text(seconds)]
        if breaths:
            facts.append(
                self.tr("1 breath") if breaths == 1 else fill(self.tr("%1 breaths"), breaths)
            )
        self.facts.setText(" · ".join(facts))
        self._show_changes()
        self.done.setFocus()

    def tags(self) -> list[str]:
        """The chosen tags, in the order they are shown."""
        return [tag for tag, button in self._tag_buttons.items() if button.isChecked()]

    def tag_button(self, tag: str) -> QPushButton:
        return self._tag_buttons[tag]

    def _add_tag_button(self, tag: str) -> QPushButton:
        """A toggle for ``tag``, placed before the text field."""
        ours = tag in TAG_NAMES
        name = self.tr(TAG_NAMES[tag]) if ours else tag.capitalize()
        button = QPushButton(name)
        button.setCheckable(True)
        button.setAutoDefault(True)
        button.setAccessibleName(fill(self.tr("Tag %1"), name.lower() if ours else tag))
        button.toggled.connect(self._tags_changed)
        self._tag_buttons[tag] = button
        self._tags_row.insert(self._tags_row.indexOf(self.own_tag), button)
        return button

    def _rated(self, field: str, value: int) -> None:
        self._show_changes()
        self.changed.emit({field: value})

    def _show_changes(self) -> None:
        lines = [
            change_text(self.tr("Stress"), self._before["rating_before"], self.stress.value()),
            change_text(self.tr("Pain"), self._before["pain_before"], self.pain.value()),
        ]
        self.changes.setText("\n".join(line for line in lines if line))

    def _tags_changed(self) -> None:
        self.changed.emit({"tags": self.tags()})

    def _add_own_tag(self) -> None:
        tag = " ".join(self.own_tag.text().split()).lower()
        self.own_tag.clear()
        if tag:
            button = self._tag_buttons.get(tag) or self._add_tag_button(tag)
            button.setChecked(True)
