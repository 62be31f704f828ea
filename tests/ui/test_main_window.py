"""The main window: pages, banner, full screen, the shortcuts list, size and place."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from breathe.launch import LaunchRequest
from breathe.ui.main_window import DEFAULT_SIZE, FRAME, MainWindow, place_beside
from breathe.ui.session.controls import CONTROLS
from breathe.ui.shortcuts_dialog import SHORTCUTS, ShortcutsDialog


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    yield w


def _press(qtbot: QtBot, key: Qt.Key, text: str = "") -> None:
    focus = QApplication.focusWidget()
    assert focus is not None
    modifier = Qt.KeyboardModifier.ShiftModifier if text == "?" else Qt.KeyboardModifier.NoModifier
    if text:
        qtbot.keyClicks(focus, text)
    else:
        qtbot.keyClick(focus, key, modifier)


def test_title_size_and_place(window: MainWindow) -> None:
    assert window.windowTitle() == "breathe"
    area = window.screen().availableGeometry()
    # on a screen smaller than the default size, room is left for the window's frame
    fits = (
        min(DEFAULT_SIZE[0], area.width() - FRAME[0]),
        min(DEFAULT_SIZE[1], area.height() - FRAME[1]),
    )
    assert (window.width(), window.height()) == fits
    centre = window.frameGeometry().center()
    assert abs(centre.x() - area.center().x()) <= 2
    assert abs(centre.y() - area.center().y()) <= 40  # a title bar may shift it a little


def test_no_qt_settings_file_is_written(window: MainWindow, breathe_home: object) -> None:
    window.close()
    from pathlib import Path

    home = Path(str(breathe_home))
    assert not home.exists() or not any(p.suffix in (".conf", ".ini") for p in home.rglob("*"))


def test_f11_toggles_full_screen(window: MainWindow, qtbot: QtBot) -> None:
    _press(qtbot, Qt.Key.Key_F11)
    qtbot.waitUntil(window.isFullScreen)
    _press(qtbot, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: not window.isFullScreen())


def _open_dialog() -> ShortcutsDialog | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, ShortcutsDialog) and widget.isVisible():
            return widget
    return None


@pytest.mark.parametrize("how", ["?", "F1"])
def test_question_mark_and_f1_list_every_shortcut(
    window: MainWindow, qtbot: QtBot, how: str
) -> None:
    if how == "?":
        _press(qtbot, Qt.Key.Key_Question, "?")
    else:
        _press(qtbot, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: _open_dialog() is not None)
    dialog = _open_dialog()
    assert dialog is not None
    keys = " ".join(dialog.keys())
    for key in ("Space", "Esc", "G", "F11", "M", "V", "1 / 2 / 3", "Enter", "?", "Alt+Left"):
        assert key in keys.split(" ") or key in keys, key
    for control in CONTROLS:  # every key a session answers to is on the list: → − + too
        assert control.key_text in keys.split(" "), control.key_text
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert "Pause or carry on (grounding: next, and P pauses)" in texts
    assert len(dialog.keys()) == len(SHORTCUTS)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: _open_dialog() is None)
    assert window.show_shortcuts() is dialog  # one dialog, raised again


def test_a_question_mark_typed_in_a_field_is_just_text(window: MainWindow, qtbot: QtBot) -> None:
    panel = window.home.panel("breathing")
    window.home.cards["breathing"].customise_button.click()
    pattern = panel.pattern  # type: ignore[attr-defined]
    panel.preset.setCurrentIndex(panel.preset.findData("custom"))  # type: ignore[attr-defined]
    pattern.setFocus()
    qtbot.waitUntil(pattern.hasFocus)
    qtbot.keyClicks(pattern, "4?")
    assert pattern.text() == "4?"
    assert _open_dialog() is None


def test_banner_shows_notices_until_dismissed(window: MainWindow, qtbot: QtBot) -> None:
    assert not window.banner.isVisible()
    notice = (
        "Your history file could not be read; it was kept at /tmp/h.corrupt and a fresh one "
        "started."
    )
    window.show_banner(notice)
    assert window.banner.isVisible()
    assert window.banner.label.text() == notice
    window.show_banner("Sounds are off: no audio device was found.")
    assert window.banner.label.text().splitlines() == [
        notice,
        "Sounds are off: no audio device was found.",
    ]
    qtbot.mouseClick(window.banner.dismiss, Qt.MouseButton.LeftButton)
    assert not window.banner.isVisible()
    window.show_banner("Later notice")
    assert window.banner.label.text() == "Later notice"
    assert window.banner.dismiss.accessibleName() == "Dismiss notice"


def test_pages_from_others_replace_home_and_home_comes_back(window: MainWindow) -> None:
    session = QWidget()
    session.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    window.show_page(session)
    assert window.current_page() is session
    assert not window.home.isVisible()
    window.show_page(session)  # showing it again does not add it twice
    assert window.stack.count() == 2  # home and the session (the reader comes when needed)
    window.show_home()
    assert window.current_page() is window.home
    assert QApplication.focusWidget() is window.home.start_now


def test_keys_on_other_pages_do_not_start_practices(window: MainWindow, qtbot: QtBot) -> None:
    started: list[object] = []
    window.start_requested.connect(started.append)
    session = QWidget()
    session.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    window.show_page(session)
    qtbot.waitUntil(session.hasFocus)
    qtbot.keyClick(session, Qt.Key.Key_1)
    qtbot.keyClick(session, Qt.Key.Key_Return)
    assert started == []


def test_a_page_shown_first_is_painted_without_building_home(qtbot: QtBot) -> None:
    window = MainWindow(start_now="coherent")
    qtbot.addWidget(window)
    session = QLabel("Get comfortable")
    window.show_page(session)  # a quick start: the session is the first page
    window.show()
    qtbot.waitExposed(window)
    assert not window.has_home
    assert window.current_page() is session
    # what home must show once built still reaches it
    window.set_start_now("grounding")
    window.set_new_to(["relaxation"])
    window.set_programmes([("Evening", LaunchRequest(practice="box"))])
    window.show_home()
    assert window.has_home
    assert window.current_page() is window.home
    assert window.home.start_now_detail.text() == "3-3-3 grounding"
    assert window.home.cards["relaxation"].why_button.text().startswith("New to this?")
    assert window.home.cards["grounding"].why_button.text() == "Why this helps"
    menu = [a.text() for a in window.home.programmes_menu.menu_.actions()]
    assert menu[0].startswith("Evening")
    started: list[LaunchRequest] = []
    window.start_requested.connect(started.append)
    window.home.programmes_menu.menu_.actions()[0].trigger()
    assert started == [LaunchRequest(practice="box")]


def test_the_window_opens_on_home_when_nothing_else_was_shown(window: MainWindow) -> None:
    assert window.has_home
    assert window.current_page() is window.home
    assert QApplication.focusWidget() is window.home.start_now


def test_go_back_returns_through_the_pages_with_their_focus(window: MainWindow) -> None:
    """Home -> a page -> the reader -> back -> back: each with the focus it had."""
    window.home.history_button.setFocus()
    page = QWidget()
    field = QLabel("a field", page)
    field.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    window.show_page(page)
    field.setFocus()
    window.show_explainer("breathing")
    window.show_explainer("grounding")  # moving within the reader is not a new page
    window.go_back()
    assert window.current_page() is page and QApplication.focusWidget() is field
    window.go_back()
    assert window.current_page() is window.home
    assert QApplication.focusWidget() is window.home.history_button
    window.go_back()  # home is where the trail begins: nothing further back
    assert window.current_page() is window.home


def test_go_back_skips_pages_that_are_gone(window: MainWindow, qtbot: QtBot) -> None:
    first, second = QWidget(), QWidget()
    window.show_page(first)
    window.show_page(second)
    window.stack.removeWidget(first)
    first.deleteLater()
    qtbot.waitUntil(lambda: window.stack.count() == 2)
    window.go_back()
    assert window.current_page() is window.home
    assert QApplication.focusWidget() is window.home.start_now


def test_the_shortcut_list_leaves_the_middle_of_the_window_in_sight() -> None:
    screen = QRect(0, 0, 1920, 1080)
    size = QSize(480, 420)
    left_half = QRect(0, 0, 960, 700)
    beside = QRect(place_beside(left_half, left_half, screen, size), size)
    assert not beside.intersects(left_half) and screen.contains(beside)
    right_half = QRect(960, 100, 960, 700)
    beside = QRect(place_beside(right_half, right_half, screen, size), size)
    assert not beside.intersects(right_half) and screen.contains(beside)
    full = QRect(0, 0, 1920, 1080)  # no room beside: the top right corner, clear of the middle
    corner = QRect(place_beside(full, full, screen, size), size)
    assert screen.contains(corner) and not corner.contains(full.center())


def test_the_shortcut_list_is_all_on_the_screen(window: MainWindow, qtbot: QtBot) -> None:
    dialog = window.show_shortcuts()
    qtbot.waitExposed(dialog)
    assert window.screen().availableGeometry().contains(dialog.frameGeometry())
    dialog.close()
