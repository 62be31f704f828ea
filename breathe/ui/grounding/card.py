"""GroundingCard: the 3-3-3 (and 5-4-3-2-1) grounding pacer, one calm prompt at a time.

Items are self-paced: the card shows the prompt, a row of slots that fill as the person
moves on, and a big "Next" button (Space or Enter). It never rushes; once the default
pace of an item is over it only adds a gentle "Take your time". The optional word field
keeps what was typed in memory for ``typed_words()``; the card itself writes nothing.
"""

from __future__ import annotations

import itertools
import logging

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import (
    QFont,
    QFontInfo,
    QKeyEvent,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from breathe.engine.practices.grounding import SELF_PACED_KINDS, item_slots
from breathe.engine.practices.steps import Plan
from breathe.engine.runner import Position
from breathe.i18n import QT_TRANSLATE_NOOP
from breathe.ui.grounding.prompts import SECTION_NAMES, prompt_for
from breathe.ui.grounding.slot_row import SlotRow
from breathe.ui.relaxation.body_figure import soft_text
from breathe.ui.session.pacer import Pacer
from breathe.ui.widgets.announce import announce

log = logging.getLogger(__name__)

ADVANCE_KEYS = (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter)

BASE_FONT_PX = 12  # the usual desktop text size; Large type makes the card larger with it
SCALE_FLOOR = 0.55  # the card never shrinks its type below this (12 px text at least)
MIN_CARD = QSize(420, 360)  # its least size at scale 1
WAITING_HINT = QT_TRANSLATE_NOOP("GroundingCard", "Take your time. Next, whenever you're ready.")
NOTE_PRIVATE = QT_TRANSLATE_NOOP(
    "GroundingCard", "Not saved unless you turn on 'Keep my notes' in Settings"
)
NOTE_KEPT = QT_TRANSLATE_NOOP(
    "GroundingCard", "Kept with this session, because 'Keep my notes' is on in Settings"
)


def _say(label: QLabel, text: str) -> bool:
    """Show ``text``; an empty label hides, keeping its room (nothing moves, and a screen
    reader meets no empty node). False when it was shown already."""
    if text == label.text():
        return False
    label.setText(text)
    label.setVisible(bool(text))
    return True


def _label(name: str, text: str = "", *, rich: bool = False, quiet: bool = False) -> QLabel:
    """A centred label; ``quiet`` ones hide while empty, keeping their room (``_say``)."""
    label = QLabel(text)
    if quiet:
        policy = label.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        label.setSizePolicy(policy)
        label.hide()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


class GroundingCard(Pacer):
    """One grounding prompt at a time, with slots, an optional word and a "Next" button."""

    shows_prompt = True  # the card holds the prompt, its slots and its own hints
    advances_on_space = True  # Space and Enter are "Next" here, wherever the focus is

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grounding: Plan | None = None
        self._still = False  # the still variant: its "touch" items are "Feel"
        self._reduced_motion = False
        self._shown: tuple[int, bool] | None = None
        self._sections: list[str] = []
        self._words: dict[int, str] = {}
        self._index = -1
        self._for_client = False  # presenter mode's client screen: prompts only
        self.setAccessibleName(self.tr("Grounding"))

        self._section = _label("section", rich=True, quiet=True)  # the prompt stays put
        self._prompt = _label("prompt")
        self._detail = _label("detail")
        self._slots = SlotRow(self)
        self._slots.setObjectName("slots")
        self._word = self._make_word_field()
        self._note = _label("note", self.tr(NOTE_PRIVATE))
        self._note.setAccessibleDescription(self.tr("About your words"))  # its text: its name
        self._hint = _label("hint", quiet=True)  # "Take your time" comes and goes in place
        self._hint.setAccessibleDescription(self.tr("Hint"))  # its text is its name
        self._next = self._make_next_button()
        self.setFocusProxy(self._next)

        word_row = QHBoxLayout()
        word_row.addStretch(1)
        word_row.addWidget(self._word, 2)
        word_row.addStretch(1)
        column = QVBoxLayout(self)
        column.addStretch(2)
        column.addWidget(self._section)
        column.addSpacing(8)
        column.addWidget(self._prompt)
        column.addWidget(self._detail)
        column.addSpacing(12)
        column.addWidget(self._slots)
        column.addLayout(word_row)
        column.addWidget(self._note)
        column.addSpacing(8)
        column.addWidget(self._hint)
        column.addWidget(self._next, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(3)
        self._size_scale = 1.0
        self._fit = 10.0  # the most the card's size allows (``_shrink_to``)
        self._scale = 1.0
        self._apply_scale()
        self._soften()
        self._set_visible_parts(item=False, outro=False)

    def _make_word_field(self) -> QLineEdit:
        field = QLineEdit()
        field.setObjectName("word")
        field.setPlaceholderText(self.tr("A word, if you like"))
        field.setAccessibleName(self.tr("Your word for this item (optional)"))
        field.setMaxLength(80)
        field.setClearButtonEnabled(True)
        field.textEdited.connect(self._remember)
        return field

    def _make_next_button(self) -> QPushButton:
        button = QPushButton(self.tr("Next"))
        button.setObjectName("next")
        button.setAccessibleName(self.tr("Next"))
        button.setAccessibleDescription(self.tr("Move on when you're ready. Space or Enter."))
        button.setToolTip(self.tr("Space or Enter"))
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        button.clicked.connect(self.request_advance)
        return button

    # -- Pacer ---------------------------------------------------------------------------
    def set_plan(self, plan: Plan) -> None:
        """A grounding plan: its senses, in order, make the line above the prompt."""
        self._grounding = plan
        self._still = str(plan.options.get("variant", "")).endswith("still")
        kinds = (kind for kind, _ in itertools.groupby(s.kind for s in plan.steps))
        self._sections = [k for k in kinds if k in SELF_PACED_KINDS]
        self._shown = None

    def show_position(self, position: Position) -> None:
        """Show the prompt of ``position``'s step; only repaints when something changed."""
        if self._grounding is None:
            return
        key = (position.index, position.waiting)
        if key == self._shown:
            return
        self._shown = key
        if position.index != self._index:
            self._index = position.index
            self._word.setText(self._words.get(position.index, ""))
        self._refresh(self._grounding, position)

    def progress(self, position: Position) -> float | None:
        """Items done over all items: at one's own pace, time says nothing."""
        kinds = (
            [s.kind in SELF_PACED_KINDS for s in self._grounding.steps] if self._grounding else []
        )
        total = sum(kinds)
        if not total:
            return None
        done = sum(kinds[: position.index])
        if position.step.kind == "outro" or position.status.ended:
            done = total
        return done / total

    # -- the person's words ------------------------------------------------------------
    def set_for_client(self) -> None:
        """The client's screen in presenter mode: the prompts only. The therapist moves on
        and keeps any words, so no field, no note about saving, no Next button here."""
        self._for_client = True
        self._set_visible_parts(item=self._slots.isVisibleTo(self), outro=False)

    def set_keep_notes(self, keep: bool) -> None:
        """Say whether typed words will be kept (the session view decides and stores)."""
        self._note.setText(self.tr(NOTE_KEPT if keep else NOTE_PRIVATE))

    def typed_words(self) -> list[str]:
        """The words typed so far, in item order (empty ones left out)."""
        words = (self._words[i].strip() for i in sorted(self._words))
        return [w for w in words if w]

    def _remember(self, text: str) -> None:
        if self._index >= 0:
            self._words[self._index] = text

    # -- showing -------------------------------------------------------------------------
    def _refresh(self, plan: Plan, position: Position) -> None:
        kind = position.step.kind
        heading, detail = prompt_for(plan, position.index)
        self._prompt.setText(heading)
        self._detail.setText(detail)
        self._detail.setVisible(bool(detail))
        slot, count = item_slots(plan, position.index)
        first = position.index - slot + 1
        words = [self._words.get(first + k, "").strip() for k in range(count)]
        self._slots.set_state(count, slot - 1, words)
        is_item = count > 0
        _say(self._section, self._section_line(kind) if is_item else "")
        hint = self.tr(WAITING_HINT) if position.waiting and is_item else ""
        if _say(self._hint, hint) and hint:
            announce(self._hint, hint)
        self._set_visible_parts(item=is_item, outro=kind == "outro")
        self.setAccessibleDescription(f"{heading} {detail}".replace("\n", " ").strip())
        self._refit(self.width(), self.height())  # an item shows more than the intro

    def _section_line(self, kind: str) -> str:
        """E.g. "See · <b>Hear</b> · Move": where this sense sits in the practice."""
        names = []
        for section in self._sections:
            still_touch = self._still and section == "touch"
            name = self.tr("Feel") if still_touch else self.tr(SECTION_NAMES[section])
            names.append(f"<b>{name}</b>" if section == kind else name)
        return " · ".join(names)

    def _set_visible_parts(self, *, item: bool, outro: bool) -> None:
        client = self._for_client
        self._slots.setVisible(item)
        self._word.setVisible(item and not client)
        self._note.setVisible(item and not client)
        self._next.setVisible(not outro and not client)

    # -- input ---------------------------------------------------------------------------
    def request_advance(self) -> None:
        """Next, while there is a next (not on the closing words)."""
        if not self._next.isHidden():
            self.advance_requested.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Space or Enter moves on (the word field keeps its spaces; its Enter comes here)."""
        if event.key() in ADVANCE_KEYS and not event.isAutoRepeat():
            self.request_advance()
            event.accept()
            return
        super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        """Inside the card, Space and Enter mean "Next", even where the window binds them.

        (The session window uses Space for pause; while the person is on this card, the
        key they were told about has to move them on.)
        """
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() in ADVANCE_KEYS
            and not self._next.isHidden()
        ):
            event.accept()
            return True
        return super().event(event)

    # -- size ----------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        size = event.size()
        self._size_scale = min(max(min(size.height() / 560, size.width() / 760), 0.8), 2.2)
        self._refit(size.width(), size.height())
        super().resizeEvent(event)

    def _refit(self, width: int, height: int) -> None:
        """The card's own size for its type, then smaller if what it shows must fit."""
        self._fit = 10.0
        self._apply_scale()
        if width > 0 and height > 0:
            self._shrink_to(width, height)
        layout = self.layout()
        if layout is not None:  # lay the parts out again now, at the sizes just chosen
            layout.invalidate()
            layout.activate()

    def _shrink_to(self, width: int, height: int) -> None:
        """Smaller type and controls until the card fits ``height`` (a small window, large
        type): the card gives way inside, it never makes the window grow."""
        layout = self.layout()
        assert layout is not None
        for _ in range(4):
            layout.invalidate()  # the new type sizes, not the cached ones
            need = max(layout.totalHeightForWidth(width), layout.totalMinimumSize().height())
            if need + 4 <= height or self._scale <= SCALE_FLOOR:  # 4 px: rounding's room
                return
            self._fit = max(SCALE_FLOOR, self._scale * height / need * 0.97)
            self._apply_scale()

    def minimumSizeHint(self) -> QSize:
        """Small: the card shrinks its type to fit what it is given (``_shrink_to``)."""
        return QSize(round(MIN_CARD.width() * SCALE_FLOOR), round(MIN_CARD.height() * SCALE_FLOOR))

    def _apply_scale(self) -> None:
        """Text and controls follow the card's size and the app's type size (Large type)."""
        type_scale = max(0.9, QFontInfo(self.font()).pixelSize() / BASE_FONT_PX)
        scale = self._scale = min(self._size_scale * type_scale, self._fit)

        def font(px: float, bold: bool = False) -> QFont:
            f = QFont(self.font())
            f.setPixelSize(max(12, round(px * scale)))
            f.setBold(bold)
            return f

        self._section.setFont(font(15))
        self._prompt.setFont(font(30))
        self._detail.setFont(font(18))
        self._hint.setFont(font(16))
        self._note.setFont(font(13))
        self._word.setFont(font(16))
        self._next.setFont(font(20, bold=True))
        self._next.setMinimumSize(round(180 * scale), 0)  # its text sets its height
        self._next.setMinimumHeight(max(round(52 * scale), self._next.sizeHint().height()))
        self._word.setMinimumWidth(round(220 * scale))
        self._slots.set_scale(scale)
        self._hint.setMinimumHeight(round(28 * scale))

    def _soften(self) -> None:
        """Secondary text a little softer than the palette's, still WCAG AA."""
        for label in (self._note, self._section, self._detail):
            soft = label.palette()
            soft.setColor(QPalette.ColorRole.WindowText, soft_text(self.palette()))
            label.setPalette(soft)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._soften()
        elif event.type() == QEvent.Type.FontChange:
            self._apply_scale()
        super().changeEvent(event)
