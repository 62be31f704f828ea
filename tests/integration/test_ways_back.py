"""No dead ends: every page has a visible way back, and Esc, Alt+Left (the platform's Back)
and the mouse's Back button return to where the person came from, focus where it was.

The whole app object (``AppShell``) runs on offscreen Qt with real settings and history in
a temporary ``BREATHE_HOME``; nothing is stubbed.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from breathe.app.shell import AppShell
from breathe.launch import LaunchRequest
from breathe.ui.crisis_page import CrisisPage
from breathe.ui.history.page import HistoryPage
from breathe.ui.relaxation.pain_map_editor import PainMapEditor
from breathe.ui.settings.dialog import SettingsDialog

BACK_WAYS = ["Esc", "Alt+Left", "mouse back", "Back button"]


def go_back(qtbot: QtBot, page: QWidget, way: str) -> None:
    """Go back from ``page`` as a person would: a key, the mouse's Back, or the button."""
    if way == "Esc":
        qtbot.keyClick(QApplication.focusWidget() or page, Qt.Key.Key_Escape)
    elif way == "Alt+Left":
        target = QApplication.focusWidget() or page
        qtbot.keyClick(target, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    elif way == "mouse back":
        point = QPointF(5, 5)
        press = QMouseEvent(
            QMouseEvent.Type.MouseButtonPress,
            point,
            page.mapToGlobal(point),
            Qt.MouseButton.BackButton,
            Qt.MouseButton.BackButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(page, press)
    else:
        button = page.back  # type: ignore[attr-defined]
        assert button.isVisible()
        button.click()


@pytest.fixture
def home_shown(shell: AppShell, qtbot: QtBot) -> AppShell:
    shell.launch(LaunchRequest())
    qtbot.waitExposed(shell.window)
    shell.window.activateWindow()
    qtbot.waitUntil(shell.window.isActiveWindow)
    return shell


@pytest.mark.parametrize("way", BACK_WAYS)
def test_the_pain_map_editor_is_no_trap(home_shown: AppShell, qtbot: QtBot, way: str) -> None:
    shell = home_shown
    home = shell.window.home
    home.cards["relaxation"].customise_button.click()
    panel = home.panel("relaxation")
    opener = panel.edit_pain_map  # type: ignore[attr-defined]
    opener.setFocus()
    opener.click()
    editor = shell.window.current_page()
    assert isinstance(editor, PainMapEditor)
    assert editor.back.isVisible() and editor.heading.text() == "Your pain map"
    editor.cycle("jaw")  # a change, kept on the way out
    go_back(qtbot, editor, way)
    assert shell.window.current_page() is home
    assert QApplication.focusWidget() is opener  # where the person was
    assert shell.pain_map.regions.get("jaw") == "gentle"
    qtbot.waitUntil(lambda: shell.window.findChild(PainMapEditor) is None)  # not kept


@pytest.mark.parametrize("way", BACK_WAYS)
def test_history_and_urgent_help_go_back_with_the_focus(
    home_shown: AppShell, qtbot: QtBot, way: str
) -> None:
    shell = home_shown
    home = shell.window.home
    for button, kind in ((home.history_button, HistoryPage), (home.crisis_button, CrisisPage)):
        button.setFocus()
        button.click()
        page = shell.window.current_page()
        assert isinstance(page, kind)
        go_back(qtbot, page, way)
        assert shell.window.current_page() is home
        assert QApplication.focusWidget() is button


def test_the_explainer_goes_back_to_the_paused_session(home_shown: AppShell, qtbot: QtBot) -> None:
    shell = home_shown
    shell.launch(LaunchRequest(practice="coherent"))
    assert shell.session is not None
    view = shell.session.view
    view.why.show()
    view.why.click()  # "New to this? Why it helps": the session pauses while reading
    reader = shell.window.explainer
    assert shell.window.current_page() is reader
    qtbot.keyClick(reader.back, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert shell.window.current_page() is view
    assert shell.session.controller.status.value == "paused"


def test_the_summary_goes_home_on_esc(home_shown: AppShell, qtbot: QtBot) -> None:
    shell = home_shown
    shell.launch(LaunchRequest(practice="coherent"))
    assert shell.session is not None
    view = shell.session.view
    qtbot.keyClick(view, Qt.Key.Key_Escape)  # stops the session: the summary shows
    assert view.stack.currentWidget() is view.summary
    qtbot.keyClick(view.summary.done, Qt.Key.Key_Escape)  # and Esc again is Done
    assert shell.window.current_page() is shell.window.home
    assert shell.session is None


@pytest.fixture
def app_look(qapp: QApplication) -> Iterator[None]:
    """Large type, turned on below, is the whole app's: undone for the tests after."""
    before = (qapp.font(), qapp.palette(), qapp.styleSheet(), qapp.style().name())
    yield
    font, palette, sheet, style = before
    qapp.setStyleSheet(sheet)
    qapp.setStyle(style)
    qapp.setPalette(palette)
    qapp.setFont(font)


def test_closing_settings_puts_the_focus_back_on_its_button(
    home_shown: AppShell, qtbot: QtBot, app_look: None
) -> None:
    shell = home_shown
    button = shell.window.home.settings_button
    button.setFocus()
    button.click()
    settings = next(w for w in QApplication.topLevelWidgets() if isinstance(w, SettingsDialog))
    assert settings.isVisible()
    settings.show_section(settings.look)
    settings.look.large_type.click()  # a change that re-styles the whole app meanwhile
    qtbot.keyClick(settings, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is button)
