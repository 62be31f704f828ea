"""The home screen as a person meets it: one key to start, cards, Customise, focus chain."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from breathe.engine import breath_shape
from breathe.engine.practices.catalog import build_plan
from breathe.engine.practices.errors import PracticeError
from breathe.launch import LaunchRequest
from breathe.ui.home.breathing_panel import BreathingPanel
from breathe.ui.home.grounding_panel import GroundingPanel
from breathe.ui.main_window import MainWindow


class Window:
    """A shown, active MainWindow with everything it asked to start."""

    def __init__(self, qtbot: QtBot, **kwargs: Any) -> None:
        self.qtbot = qtbot
        self.window = MainWindow(**kwargs)
        qtbot.addWidget(self.window)
        self.started: list[LaunchRequest] = []
        self.choices: list[tuple[str, dict[str, Any]]] = []
        self.window.start_requested.connect(self.started.append)
        self.window.choice_changed.connect(lambda p, c: self.choices.append((p, c)))
        self.window.show()
        qtbot.waitExposed(self.window)
        self.window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
        self.home = self.window.home

    def press(self, key: Qt.Key, widget: QWidget | None = None) -> None:
        target = widget or QApplication.focusWidget()
        assert target is not None
        self.qtbot.keyClick(target, key)

    def breathing(self) -> BreathingPanel:
        panel = self.home.panel("breathing")
        assert isinstance(panel, BreathingPanel)
        return panel

    def grounding(self) -> GroundingPanel:
        panel = self.home.panel("grounding")
        assert isinstance(panel, GroundingPanel)
        return panel

    def customise(self, practice: str) -> None:
        self.qtbot.mouseClick(self.home.cards[practice].customise_button, Qt.MouseButton.LeftButton)

    def click_start(self, practice: str) -> None:
        self.qtbot.mouseClick(self.home.cards[practice].start_button, Qt.MouseButton.LeftButton)


@pytest.fixture
def win(qtbot: QtBot) -> Iterator[Window]:
    yield Window(qtbot)


def test_one_enter_right_after_launch_starts_coherent_breathing(win: Window) -> None:
    assert QApplication.focusWidget() is win.home.start_now
    assert win.home.start_now.isVisible()
    assert "Coherent breathing, 5 min" in win.home.start_now_detail.text()
    win.press(Qt.Key.Key_Return)
    assert win.started == [LaunchRequest(practice="coherent")]


def test_keypad_enter_works_too(win: Window) -> None:
    win.press(Qt.Key.Key_Enter)
    assert [r.practice for r in win.started] == ["coherent"]


def test_start_now_begins_what_the_person_chose(qtbot: QtBot) -> None:
    win = Window(qtbot, start_now="grounding")
    assert win.home.start_now_detail.text() == "3-3-3 grounding"
    win.press(Qt.Key.Key_Return)
    assert [(r.practice, r.options) for r in win.started] == [("grounding", {"variant": "3-3-3"})]
    assert win.started[0].self_paced is None  # the setting decides, not home


def test_an_unknown_start_now_falls_back_to_coherent_breathing(qtbot: QtBot) -> None:
    for odd in ("juggling", "custom", None):
        win = Window(qtbot, start_now=odd)
        win.press(Qt.Key.Key_Return, win.home.start_now)
        assert [r.practice for r in win.started] == ["coherent"]


def test_browsing_a_card_never_changes_start_now(win: Window, qtbot: QtBot) -> None:
    """Looking at box breathing (holds: not for panic) must not make Enter start it."""
    win.customise("breathing")
    panel = win.breathing()
    panel.preset.setCurrentIndex(panel.preset.findData("box"))
    assert win.home.choice("breathing")["preset"] == "box"  # the card follows the browsing
    win.customise("relaxation")
    win.home.panel("relaxation")
    assert win.home.start_now_detail.text() == "Coherent breathing, 5 min"
    win.home.start_now.setFocus()
    win.press(Qt.Key.Key_Return)
    assert win.started == [LaunchRequest(practice="coherent")]


@pytest.mark.parametrize(
    ("key", "practice"),
    [(Qt.Key.Key_1, "coherent"), (Qt.Key.Key_2, "grounding"), (Qt.Key.Key_3, "relaxation")],
)
def test_number_keys_start_each_practice(win: Window, key: Qt.Key, practice: str) -> None:
    win.press(key)
    assert [r.practice for r in win.started] == [practice]
    build_plan(win.started[0].practice, win.started[0].options)


def test_number_keys_with_a_modifier_do_nothing(win: Window) -> None:
    win.qtbot.keyClick(win.home.start_now, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert win.started == []


def test_each_start_button_says_what_it_starts(win: Window) -> None:
    texts = {p: c.start_button.text() for p, c in win.home.cards.items()}
    assert texts["breathing"] == "Start · Coherent 5 min"
    assert texts["grounding"] == "Start · 3-3-3"
    assert texts["relaxation"].startswith("Start · 16 groups")
    win.click_start("grounding")
    assert [r.practice for r in win.started] == ["grounding"]


def test_cards_show_titles_and_one_line_descriptions(win: Window) -> None:
    cards = win.home.cards
    assert [c.heading.text() for c in cards.values()] == [
        "Breathe",
        "Ground 3-3-3",
        "Relax muscles",
    ]
    assert all(c.description.text() for c in cards.values())


def test_enter_starts_the_card_holding_the_focus(win: Window) -> None:
    card = win.home.cards["relaxation"]
    card.why_button.setFocus()
    win.qtbot.waitUntil(lambda: card.property("highlighted") is True)
    assert win.home.cards["breathing"].property("highlighted") is False
    win.customise("grounding")
    win.grounding().self_paced.setFocus()  # Enter on a checkbox starts its card
    win.press(Qt.Key.Key_Return)
    assert [r.practice for r in win.started] == ["grounding"]


def test_customise_changes_what_breathing_start_emits(win: Window) -> None:
    win.customise("breathing")
    panel = win.breathing()
    assert panel.isVisible()
    panel.preset.setCurrentIndex(panel.preset.findData("box"))
    assert win.home.cards["breathing"].start_button.text() == "Start · Box 4 min"
    assert "hold 4" in panel.description.text()
    win.click_start("breathing")
    assert win.started[-1] == LaunchRequest(practice="box")  # voice, sounds: the settings
    panel.length.setValue(6)
    panel.voice.click()
    win.click_start("breathing")
    assert win.started[-1] == LaunchRequest(practice="box", options={"minutes": 6.0}, voice=True)
    # Start now stays what Settings says: the card is not Start now
    win.press(Qt.Key.Key_Return, win.home.start_now)
    assert win.started[-1] == LaunchRequest(practice="coherent")
    assert win.choices[-1] == ("breathing", {"preset": "box", "minutes": 6.0, "voice": True})


def test_voice_and_sounds_show_the_settings_until_changed_here(qtbot: QtBot) -> None:
    win = Window(qtbot, voice=True, sounds=False)
    panel = win.breathing()
    assert (panel.voice.isChecked(), panel.sounds.isChecked()) == (True, False)
    win.press(Qt.Key.Key_1)
    assert (win.started[-1].voice, win.started[-1].sounds) == (None, None)
    win.customise("breathing")
    panel.sounds.click()
    win.press(Qt.Key.Key_1, win.home.start_now)
    assert (win.started[-1].voice, win.started[-1].sounds) == (None, True)


def test_a_preset_counted_in_breaths_can_be_given_more_breaths(win: Window) -> None:
    win.customise("breathing")
    panel = win.breathing()
    panel.preset.setCurrentIndex(panel.preset.findData("4-7-8"))
    assert (panel.length.value(), panel.unit.currentData()) == (4, "breaths")
    panel.length.setValue(6)
    win.click_start("breathing")
    assert (win.started[-1].practice, win.started[-1].options) == ("4-7-8", {"cycles": 6})
    panel.unit.setCurrentIndex(panel.unit.findData("minutes"))
    win.click_start("breathing")
    assert win.started[-1].options == {"minutes": 5.0}


def test_customise_changes_grounding_and_relaxation(win: Window) -> None:
    win.customise("grounding")
    grounding = win.grounding()
    grounding.variant.setCurrentIndex(grounding.variant.findData("3-3-3-still"))
    assert "supported" in grounding.description.text()
    grounding.self_paced.click()
    win.press(Qt.Key.Key_2, win.home.start_now)
    assert win.started[-1].options == {"variant": "3-3-3-still"}
    assert win.home.cards["grounding"].start_button.text() == "Start · 3-3-3, staying still, timed"
    assert win.choices[-1] == ("grounding", {"variant": "3-3-3-still", "self_paced": False})

    win.customise("relaxation")
    seven = win.home.panel("relaxation").findChild(QRadioButton, "groups-7")
    assert seven is not None
    seven.click()
    win.press(Qt.Key.Key_3, win.home.start_now)
    assert win.started[-1].practice == "relaxation"
    assert win.started[-1].options["groups"] == 7
    assert win.home.cards["relaxation"].start_button.text().startswith("Start · 7 groups")


def test_customise_can_be_hidden_again(win: Window) -> None:
    card = win.home.cards["breathing"]
    win.customise("breathing")
    assert card.customise_button.text() == "Hide options"
    win.customise("breathing")
    assert not win.breathing().isVisible()
    assert card.customise_button.text() == "Customise"


def _engine_message(pattern: str) -> str:
    with pytest.raises(PracticeError) as raised:
        build_plan("breathing", {"pattern": pattern})
    return str(raised.value)


def test_an_invalid_custom_pattern_is_explained_inline_and_disables_start(win: Window) -> None:
    win.customise("breathing")
    panel = win.breathing()
    card = win.home.cards["breathing"]
    panel.preset.setCurrentIndex(panel.preset.findData("custom"))
    assert panel.pattern.isVisible()
    assert not card.start_button.isEnabled()  # nothing typed yet
    assert panel.message.isVisible()
    win.qtbot.keyClicks(panel.pattern, "4-x-8")
    assert panel.message.text() == _engine_message("4-x-8")
    assert panel.message.isVisible()
    assert not card.start_button.isEnabled()
    assert not panel.preview.isVisible()
    assert QApplication.activeModalWidget() is None and QApplication.activePopupWidget() is None
    win.press(Qt.Key.Key_Return, panel.pattern)
    win.press(Qt.Key.Key_1, win.home.start_now)
    assert win.started == []
    assert all(c[1].get("pattern") != "4-x-8" for c in win.choices)
    # Start now still works: it keeps the last choice that could start
    win.press(Qt.Key.Key_Return, win.home.start_now)
    assert [r.practice for r in win.started] == ["coherent"]

    panel.pattern.clear()
    win.qtbot.keyClicks(panel.pattern, "4-7-8")
    assert not panel.message.isVisible()
    assert card.start_button.isEnabled()
    assert card.start_button.text() == "Start · 4-7-8 5 min"
    win.press(Qt.Key.Key_Return, panel.pattern)  # Enter in the field starts it
    assert (win.started[-1].practice, win.started[-1].options) == (
        "breathing",
        {"pattern": "4-7-8"},
    )


def test_the_preview_draws_one_breath_of_the_engines_plan(win: Window) -> None:
    win.customise("breathing")
    panel = win.breathing()
    panel.preset.setCurrentIndex(panel.preset.findData("custom"))
    win.qtbot.keyClicks(panel.pattern, "4-7-8")
    cycle = breath_shape.first_cycle(build_plan("breathing", {"pattern": "4-7-8"}))
    assert panel.preview.points() == breath_shape.outline(cycle)
    assert panel.preview_words.text() == "In 4 s, hold 7 s, out 8 s"
    assert panel.preview.accessibleDescription() == "In 4 s, hold 7 s, out 8 s"
    image = panel.preview.grab().toImage()
    background = image.pixelColor(2, 2)
    assert any(
        image.pixelColor(x, y) != background
        for x in range(0, image.width(), 4)
        for y in range(0, image.height(), 4)
    )
    panel.preset.setCurrentIndex(panel.preset.findData("sigh"))
    assert panel.preview_words.text() == "In 2.5 s, top up 1 s, out 6.5 s"


def test_saved_choices_come_back(qtbot: QtBot) -> None:
    saved = {
        "breathing": {"preset": "custom", "pattern": "4-6", "minutes": 3, "voice": True},
        "grounding": {"variant": "5-4-3-2-1", "self_paced": False},
        "relaxation": {"groups": 4, "release_only": True},
    }
    win = Window(qtbot, initial=saved)
    assert win.breathing().pattern.text() == "4-6"
    assert win.home.start_now_detail.text() == "Coherent breathing, 5 min"
    assert win.home.cards["breathing"].start_button.text() == "Start · 4-6 3 min"
    win.press(Qt.Key.Key_1)
    assert win.started[-1] == LaunchRequest(
        practice="breathing", options={"pattern": "4-6", "minutes": 3.0}, voice=True
    )
    win.press(Qt.Key.Key_2)
    assert win.started[-1].options == {"variant": "5-4-3-2-1"}
    win.press(Qt.Key.Key_3)
    assert win.started[-1].options["groups"] == 4
    assert win.started[-1].options["release_only"] is True
    assert win.choices == []  # restoring is not a change


def test_a_saved_breath_count_comes_back(qtbot: QtBot) -> None:
    win = Window(qtbot, initial={"breathing": {"preset": "box", "cycles": 8}})
    assert win.breathing().unit.currentData() == "breaths"
    win.press(Qt.Key.Key_1)
    assert (win.started[-1].practice, win.started[-1].options) == ("box", {"cycles": 8})


def test_a_saved_choice_that_no_longer_works_shows_its_problem(qtbot: QtBot) -> None:
    win = Window(qtbot, initial={"breathing": {"preset": "custom", "pattern": "0-0"}})
    assert not win.home.cards["breathing"].start_button.isEnabled()
    assert win.breathing().message.text() == _engine_message("0-0")
    win.press(Qt.Key.Key_Return)
    assert [r.practice for r in win.started] == ["coherent"]


def test_customise_panels_are_built_only_when_needed(win: Window) -> None:
    home = win.home
    assert [c.panel for c in home.cards.values()] == [None, None, None]  # not before paint
    assert home.cards["breathing"].start_button.text() == "Start · Coherent 5 min"
    win.customise("grounding")
    assert home.cards["grounding"].panel is win.grounding()
    assert win.grounding().isVisible()
    assert home.cards["breathing"].panel is None
    home.build_panels()  # the app does this once the window is on screen
    assert all(
        c.panel is not None and not c.panel.isVisible()
        for c in home.cards.values()
        if c.practice != "grounding"
    )
    assert win.choices == []  # building a panel is not a change


def test_a_card_starts_through_its_panel_even_before_it_was_opened(qtbot: QtBot) -> None:
    # an old or hand-edited settings file: the panel tidies it, as it always did
    win = Window(qtbot, initial={"breathing": {"preset": "coherent", "minutes": 999}})
    assert win.home.cards["breathing"].panel is None
    win.press(Qt.Key.Key_1)
    assert win.started == [LaunchRequest(practice="coherent", options={"minutes": 120.0})]
    assert win.home.cards["breathing"].start_button.text() == "Start · Coherent 120 min"


def test_new_practices_invite_reading_why_they_help(qtbot: QtBot) -> None:
    win = Window(qtbot, new_to={"grounding", "relaxation"})
    why = {p: c.why_button.text() for p, c in win.home.cards.items()}
    assert why == {
        "breathing": "Why this helps",
        "grounding": "New to this? Why it helps",
        "relaxation": "New to this? Why it helps",
    }
    assert win.home.start_now.isEnabled()  # never blocking
    win.home.set_new_to([])
    assert {c.why_button.text() for c in win.home.cards.values()} == {"Why this helps"}


def test_a_hold_preset_or_relaxation_is_start_now_only_when_chosen_as_such(win: Window) -> None:
    win.home.set_start_now("relaxation")
    assert win.home.start_now_detail.text().startswith("Muscle relaxation, 16 groups")
    win.press(Qt.Key.Key_Return, win.home.start_now)
    win.home.set_start_now("box")
    assert win.home.start_now_detail.text() == "Box breathing, 4 min"
    win.press(Qt.Key.Key_Return, win.home.start_now)
    win.home.set_start_now("nonsense")
    win.press(Qt.Key.Key_Return, win.home.start_now)
    assert [r.practice for r in win.started] == ["relaxation", "box", "coherent"]


def test_header_buttons_ask_for_history_settings_and_urgent_help(win: Window) -> None:
    seen: list[str] = []
    win.window.history_requested.connect(lambda: seen.append("history"))
    win.window.settings_requested.connect(lambda: seen.append("settings"))
    win.window.crisis_requested.connect(lambda: seen.append("crisis"))
    for button in (win.home.history_button, win.home.settings_button, win.home.crisis_button):
        win.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert seen == ["history", "settings", "crisis"]


def test_the_pain_map_button_is_forwarded(win: Window) -> None:
    seen: list[bool] = []
    win.window.pain_map_requested.connect(lambda: seen.append(True))
    win.customise("relaxation")
    button = win.home.panel("relaxation").findChild(QPushButton, "edit-pain-map")
    assert button is not None
    win.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert seen == [True]


def _accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


def _tab_chain(win: Window) -> list[QWidget]:
    win.home.start_now.setFocus()
    win.qtbot.waitUntil(lambda: QApplication.focusWidget() is win.home.start_now)
    chain: list[QWidget] = []
    for _ in range(200):
        focus = QApplication.focusWidget()
        assert focus is not None
        if chain and focus is chain[0]:
            return chain
        chain.append(focus)
        win.press(Qt.Key.Key_Tab)
    raise AssertionError("Tab never came back to Start now")


def _controls(root: QWidget) -> set[QWidget]:
    """Every control a person can use on screen (whatever its focus policy says)."""
    kinds = (QAbstractButton, QComboBox, QLineEdit, QAbstractSpinBox)
    return {
        w
        for w in root.findChildren(QWidget)
        if isinstance(w, kinds)
        and w.isVisibleTo(root)
        and w.isEnabled()
        and not isinstance(w.parentWidget(), (QAbstractSpinBox, QComboBox))  # inner parts
    }


def _unreached(controls: set[QWidget], chain: list[QWidget]) -> list[QWidget]:
    """Controls Tab never reaches (a radio counts when Tab reaches its group's choice)."""
    groups = {w.group() for w in chain if isinstance(w, QRadioButton) and w.group()}
    return [
        w
        for w in controls - set(chain)
        if not (isinstance(w, QRadioButton) and w.group() in groups)
    ]


@pytest.mark.parametrize("opened", [(), ("breathing", "grounding", "relaxation")])
def test_tab_reaches_every_control_and_each_has_a_name(
    win: Window, opened: tuple[str, ...]
) -> None:
    for practice in opened:
        win.customise(practice)
    if opened:
        panel = win.breathing()
        panel.preset.setCurrentIndex(panel.preset.findData("custom"))  # shows the pattern field
        panel.pattern.setText("4-6")
    chain = _tab_chain(win)
    expected = _controls(win.home)
    assert [_accessible_name(w) or w.objectName() for w in _unreached(expected, chain)] == []
    assert len(expected) >= (22 if opened else 13)
    unnamed = [w for w in chain if not _accessible_name(w).strip()]
    assert unnamed == []
    # the order follows the screen: Start now, then the cards top to bottom
    starts = [chain.index(c.start_button) for c in win.home.cards.values()]
    assert chain[0] is win.home.start_now and starts == sorted(starts)


def test_large_type_makes_the_home_larger(win: Window) -> None:
    before = win.home.start_now.font().pointSizeF()
    title_before = win.home.cards["breathing"].heading.font().pointSizeF()
    font = win.home.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    win.home.setFont(font)
    assert win.home.start_now.font().pointSizeF() == pytest.approx(before * 1.5)
    assert win.home.cards["breathing"].heading.font().pointSizeF() == pytest.approx(
        title_before * 1.5
    )
