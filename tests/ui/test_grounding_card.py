"""The grounding card: one prompt at a time, slots that fill, a Next that never rushes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from breathe.engine.practices.grounding import SELF_PACED_KINDS, grounding_plan
from breathe.engine.runner import SessionRunner
from breathe.ui.grounding.card import GroundingCard
from breathe.ui.grounding.slot_row import SlotRow
from tests.conftest import FakeClock


class Grounding:
    """A card driven by a real runner on the fake clock, as the session view drives it."""

    def __init__(self, qtbot: QtBot, clock: FakeClock, variant: str = "3-3-3") -> None:
        self.clock = clock
        self.plan = grounding_plan(variant=variant)
        self.runner = SessionRunner(self.plan, clock, gated_kinds=SELF_PACED_KINDS)
        self.card = GroundingCard()
        qtbot.addWidget(self.card)
        self.card.resize(800, 600)
        self.card.set_plan(self.plan)
        self.card.advance_requested.connect(self.runner.advance)
        self.card.advance_requested.connect(self.paint)
        self.runner.start()
        self.card.show()
        self.paint()

    def paint(self) -> None:
        self.card.show_position(self.runner.position())

    def wait(self, seconds: float) -> None:
        self.clock.advance(seconds)
        self.paint()

    def press_next(self, qtbot: QtBot) -> None:
        """A person takes a moment on each item, then clicks Next."""
        self.clock.advance(2.0)
        self.paint()
        qtbot.mouseClick(self.next, Qt.MouseButton.LeftButton)

    def text(self, name: str) -> str:
        label = self.card.findChild(QLabel, name)
        assert label is not None
        return label.text() if label.isVisible() else ""

    @property
    def slots(self) -> SlotRow:
        row = self.card.findChild(SlotRow, "slots")
        assert row is not None
        return row

    @property
    def next(self) -> QPushButton:
        button = self.card.findChild(QPushButton, "next")
        assert button is not None
        return button

    @property
    def word(self) -> QLineEdit:
        field = self.card.findChild(QLineEdit, "word")
        assert field is not None
        return field


@pytest.fixture
def grounding(qtbot: QtBot, clock: FakeClock) -> Grounding:
    return Grounding(qtbot, clock)


def test_intro_then_each_item_shows_its_prompt_and_three_slots(
    grounding: Grounding, qtbot: QtBot
) -> None:
    assert grounding.text("prompt") == "Let's ground in the room around you"
    assert not grounding.slots.isVisible()
    grounding.wait(4.5)  # the intro ends on its own
    seen = []
    for _ in range(9):
        seen.append(
            (
                grounding.text("prompt"),
                grounding.text("section"),
                grounding.slots.count(),
                grounding.slots.filled(),
            )
        )
        grounding.press_next(qtbot)
    see = ("Look around.\nName something you can see.", "<b>See</b> · Hear · Move")
    hear = ("Now listen.\nName something you can hear.", "See · <b>Hear</b> · Move")
    move = (
        "Now, a little movement.\nGently move one part of your body.",
        "See · Hear · <b>Move</b>",
    )
    assert seen == [
        (*see, 3, 0),
        (*see, 3, 1),
        (*see, 3, 2),
        (*hear, 3, 0),
        (*hear, 3, 1),
        (*hear, 3, 2),
        (*move, 3, 0),
        (*move, 3, 1),
        (*move, 3, 2),
    ]
    assert grounding.runner.position().step.kind == "outro"


def test_move_items_suggest_a_movement_each_and_comfort(grounding: Grounding, qtbot: QtBot) -> None:
    grounding.wait(4.5)
    for _ in range(6):
        grounding.press_next(qtbot)
    details = []
    for _ in range(3):
        details.append(grounding.text("detail"))
        grounding.press_next(qtbot)
    assert details == [
        "Perhaps roll your shoulders. Only as much as feels comfortable.",
        "Perhaps wiggle your fingers. Only as much as feels comfortable.",
        "Perhaps press your feet into the floor. Only as much as feels comfortable.",
    ]


def test_still_variant_asks_where_the_body_is_supported_never_to_move(
    qtbot: QtBot, clock: FakeClock
) -> None:
    g = Grounding(qtbot, clock, "3-3-3-still")
    g.wait(4.5)
    for _ in range(6):
        g.press_next(qtbot)
    assert g.text("prompt") == "Stay just as you are.\nNotice a place where your body is supported."
    assert g.text("detail") == "Perhaps the surface beneath you."
    assert g.text("section") == "See · Hear · <b>Feel</b>"
    assert "move" not in (g.text("prompt") + g.text("detail")).lower()


def test_5_4_3_2_1_shows_five_then_four_three_two_one_slots(qtbot: QtBot, clock: FakeClock) -> None:
    g = Grounding(qtbot, clock, "5-4-3-2-1")
    g.wait(4.5)
    counts = []
    while g.runner.position().step.kind != "outro":
        counts.append(g.slots.count())
        g.press_next(qtbot)
    assert counts == [5] * 5 + [4] * 4 + [3] * 3 + [2] * 2 + [1]


def test_take_your_time_appears_only_once_the_default_pace_is_over(grounding: Grounding) -> None:
    grounding.wait(4.5)  # first "see" item, 8 s default pace
    assert grounding.text("hint") == ""
    grounding.wait(7.0)
    assert grounding.text("hint") == ""
    grounding.wait(2.0)  # past the pace: the session waits, the card stays on the item
    assert grounding.runner.position().waiting
    assert grounding.text("hint").startswith("Take your time")
    assert grounding.slots.filled() == 0
    grounding.wait(600.0)  # however long it takes
    assert grounding.text("prompt") == "Look around.\nName something you can see."
    assert grounding.next.isVisible()


def test_space_enter_and_a_click_each_ask_to_move_on(grounding: Grounding, qtbot: QtBot) -> None:
    grounding.wait(4.5)
    asked: list[bool] = []
    grounding.card.advance_requested.connect(lambda: asked.append(True))
    grounding.next.setFocus()
    qtbot.keyClick(grounding.next, Qt.Key.Key_Space)
    assert len(asked) == 1
    grounding.wait(2.0)
    qtbot.keyClick(grounding.card, Qt.Key.Key_Return)
    assert len(asked) == 2
    grounding.wait(2.0)
    qtbot.keyClick(grounding.card, Qt.Key.Key_Enter)
    assert len(asked) == 3
    grounding.press_next(qtbot)
    assert len(asked) == 4
    assert grounding.runner.position().step.kind == "hear"
    assert grounding.slots.filled() == 1
    qtbot.keyClick(grounding.card, Qt.Key.Key_A)
    assert len(asked) == 4


def test_typing_keeps_spaces_and_enter_in_the_word_field_moves_on(
    grounding: Grounding, qtbot: QtBot
) -> None:
    grounding.wait(4.5)
    qtbot.keyClicks(grounding.word, "blue mug")
    assert grounding.word.text() == "blue mug"
    assert grounding.slots.filled() == 0  # the space was typed, not taken as "Next"
    qtbot.keyClick(grounding.word, Qt.Key.Key_Return)
    assert grounding.slots.filled() == 1
    assert grounding.word.text() == ""  # a fresh field for the next item


def test_typed_words_come_back_in_order_and_nothing_is_written(
    grounding: Grounding, qtbot: QtBot, breathe_home: Path
) -> None:
    grounding.wait(4.5)
    for word in ("window", "", "  plant "):
        qtbot.keyClicks(grounding.word, word)
        grounding.wait(2.0)
        qtbot.keyClick(grounding.word, Qt.Key.Key_Return)
    qtbot.keyClicks(grounding.word, "rain")
    assert grounding.card.typed_words() == ["window", "plant", "rain"]
    assert not breathe_home.exists() or not any(breathe_home.rglob("*"))


def test_the_note_says_whether_words_are_kept(grounding: Grounding) -> None:
    grounding.wait(4.5)
    assert grounding.text("note") == "Not saved unless you turn on 'Keep my notes' in Settings"
    grounding.card.set_keep_notes(True)
    assert "'Keep my notes' is on" in grounding.text("note")
    grounding.card.set_keep_notes(False)
    assert grounding.text("note").startswith("Not saved")


def test_the_closing_step_invites_one_slow_breath_without_a_next_button(
    grounding: Grounding, qtbot: QtBot
) -> None:
    grounding.wait(4.5)
    for _ in range(9):
        grounding.press_next(qtbot)
    assert grounding.text("prompt") == "Take one slow breath"
    assert "long, soft breath out" in grounding.text("detail")
    assert not grounding.next.isVisible()
    assert not grounding.slots.isVisible()
    assert not grounding.word.isVisible()
    asked: list[bool] = []
    grounding.card.advance_requested.connect(lambda: asked.append(True))
    qtbot.keyClick(grounding.card, Qt.Key.Key_Space)
    assert asked == []


def test_controls_have_accessible_names_and_next_takes_focus(grounding: Grounding) -> None:
    grounding.wait(4.5)
    assert grounding.next.accessibleName() == "Next"
    assert "optional" in grounding.word.accessibleName()
    grounding.card.setFocus()
    assert grounding.card.focusProxy() is grounding.next
    assert grounding.card.accessibleDescription().startswith("Look around.")


def test_the_text_grows_with_the_card_for_full_screen(grounding: Grounding) -> None:
    prompt = grounding.card.findChild(QLabel, "prompt")
    assert prompt is not None
    small = prompt.font().pixelSize()
    grounding.card.resize(1600, 1000)
    assert prompt.font().pixelSize() > small * 1.5
    assert grounding.next.minimumHeight() > 52


def test_space_on_the_card_moves_on_even_where_the_window_binds_space_to_pause(
    grounding: Grounding, qtbot: QtBot
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    QVBoxLayout(window).addWidget(grounding.card)
    paused: list[bool] = []
    pause = QShortcut(QKeySequence(Qt.Key.Key_Space), window, lambda: paused.append(True))
    pause.setContext(Qt.ShortcutContext.WindowShortcut)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    grounding.wait(4.5)
    grounding.card.setFocus()  # the focus goes to Next
    assert grounding.next.hasFocus()
    qtbot.keyClick(grounding.next, Qt.Key.Key_Space)
    assert grounding.slots.filled() == 1
    assert paused == []
    grounding.wait(600.0)
    for _ in range(8):  # to the closing breath: no Next, Space is the window's again
        grounding.press_next(qtbot)
    assert not grounding.next.isVisible()
    qtbot.keyClick(grounding.card, Qt.Key.Key_Space)
    assert paused == [True]
    grounding.card.setParent(None)  # the card outlives this window, as qtbot expects


def test_large_type_makes_the_card_text_larger_too(grounding: Grounding) -> None:
    prompt = grounding.card.findChild(QLabel, "prompt")
    assert prompt is not None
    usual = prompt.font().pixelSize()
    large = QFont(grounding.card.font())
    large.setPointSizeF(large.pointSizeF() * 1.3)  # what the theme's Large type does
    grounding.card.setFont(large)
    assert prompt.font().pixelSize() >= usual * 1.2
