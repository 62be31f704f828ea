"""Keyboard and screen-reader access: every control named, reached with Tab, visibly focused.

Each screen is walked along its focus chain (``nextInFocusChain``), the way Tab moves: every
visible control that takes focus by Tab must have an accessible name (or its own text), and
pressing Tab from the first must reach all of them. Both palettes must meet WCAG AA.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSlider,
    QSpinBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from breathe.audio.speech import Voice
from breathe.engine.cues import NullCues
from breathe.engine.practices.breathing import breathing_plan
from breathe.launch import LaunchRequest
from breathe.store.programme_file import ProgrammeFile
from breathe.store.programmes import Programme, Programmes
from breathe.store.settings import Settings
from breathe.ui.main_window import MainWindow
from breathe.ui.presenter.control import ControlPanel
from breathe.ui.presenter.screen_question import ScreenQuestion
from breathe.ui.presenter.view import PresenterView
from breathe.ui.programme_files import ProgrammeOffer
from breathe.ui.programmes_dialog import ProgrammesDialog
from breathe.ui.session.controller import SessionController
from breathe.ui.session.report import report_for
from breathe.ui.session.report_dialog import ReportDialog
from breathe.ui.session.view import SessionView
from breathe.ui.settings.dialog import SettingsDialog
from breathe.ui.theme import DARK, LIGHT, Palette, Theme, check_palette
from breathe.ui.widgets.rating_row import RatingRow

CHAIN_LIMIT = 5000  # a broken (circular) chain must not hang the test


@pytest.fixture(params=["light", "dark"])
def themed(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """Each screen in both themes; the app's look is restored afterwards."""
    before = (qapp.font(), qapp.palette(), qapp.styleSheet(), qapp.style().name())
    Theme(request.param).apply(qapp)
    yield request.param
    font, palette, sheet, style = before
    qapp.setStyleSheet(sheet)
    qapp.setStyle(style)
    qapp.setPalette(palette)
    qapp.setFont(font)


def owner(widget: QWidget) -> QWidget:
    """The control a focus proxy stands for (a spin box's inner line edit -> the spin box)."""
    parent = widget.parentWidget()
    while parent is not None and parent.focusProxy() is widget:
        widget, parent = parent, parent.parentWidget()
    return widget


def takes_tab(widget: QWidget, window: QWidget) -> bool:
    return (
        widget.window() is window
        and widget.isVisible()
        and widget.isEnabled()
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.focusProxy() is None
    )


def focus_chain(window: QWidget) -> list[QWidget]:
    """The controls Tab can stop at, in focus-chain order."""
    found: list[QWidget] = []
    widget = window
    for _ in range(CHAIN_LIMIT):
        widget = widget.nextInFocusChain()
        if widget is window:
            return found
        if takes_tab(widget, window):
            control = owner(widget)
            if control not in found:
                found.append(control)
    raise AssertionError(f"the focus chain of {window!r} does not come back round")


def name_of(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, (QAbstractButton, QLineEdit)) else ""
    return (widget.accessibleName() or text or "").strip()


def describe(widget: QWidget) -> str:
    return f"{type(widget).__name__} {widget.objectName()!r} under {type(widget.parent()).__name__}"


def show_active(qtbot: QtBot, window: QWidget) -> None:
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def tab_stop(control: QWidget) -> object:
    """What Tab stops at: a control, or one exclusive group of buttons (arrows move inside)."""
    group = control.group() if isinstance(control, QAbstractButton) else None
    return group if group is not None and group.exclusive() else control


def arrows_move_within(qtbot: QtBot, group: QButtonGroup) -> None:
    """Like radio buttons: Tab enters the group once, the arrow keys move inside it."""
    buttons = group.buttons()
    buttons[-1].setFocus(Qt.FocusReason.TabFocusReason)
    # towards the one before: left in a row, up in a column
    beside = buttons[-2].mapToGlobal(QPoint()).y() == buttons[-1].mapToGlobal(QPoint()).y()
    qtbot.keyClick(buttons[-1], Qt.Key.Key_Left if beside else Qt.Key.Key_Up)
    assert QApplication.focusWidget() is buttons[-2], "the arrow keys do not move in the group"


def check_screen(qtbot: QtBot, window: QWidget, at_least: int = 1) -> list[QWidget]:
    """Every control on ``window`` is named and reached by Tab; returns the controls."""
    controls = focus_chain(window)
    assert len(controls) >= at_least, f"only {len(controls)} controls found"
    unnamed = [describe(c) for c in controls if not name_of(c)]
    assert unnamed == [], "controls without an accessible name"
    stops = list(dict.fromkeys(tab_stop(c) for c in controls))
    controls[0].setFocus(Qt.FocusReason.TabFocusReason)
    reached: list[object] = []
    for _ in range(len(stops) + 2):
        focus = QApplication.focusWidget()
        assert focus is not None, "the focus was lost"
        reached.append(tab_stop(owner(focus)))
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
    missed = [stop for stop in stops if stop not in reached]
    assert missed == [], "places Tab never reaches"
    for stop in stops:
        if isinstance(stop, QButtonGroup):
            arrows_move_within(qtbot, stop)
    return controls


def focus_shows(widget: QWidget, qtbot: QtBot) -> bool:
    """Whether ``widget`` looks different with the keyboard focus (a visible focus ring)."""
    focus = QApplication.focusWidget()
    if focus is not None:
        focus.clearFocus()
    qtbot.waitUntil(lambda: not widget.hasFocus())
    plain: QImage = widget.grab().toImage()
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus)
    focused: QImage = widget.grab().toImage()
    return plain != focused


# -- the screens ------------------------------------------------------------------------------


def test_home(qtbot: QtBot, themed: str) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    show_active(qtbot, window)
    controls = check_screen(qtbot, window, at_least=10)
    assert window.home.start_now in controls
    assert window.home.settings_button in controls


def test_session_view(qtbot: QtBot, themed: str, clock: object) -> None:
    controller = SessionController(breathing_plan(preset="box"), clock=clock, cues=NullCues())
    view = SessionView(controller)
    qtbot.addWidget(view)
    view.resize(1100, 760)
    show_active(qtbot, view)
    controller.start()
    view.open_ratings()  # the optional rows open when the person asks for them
    controls = check_screen(qtbot, view, at_least=9)
    names = {c.accessibleName() for c in controls}
    assert {"Pause", "Stop the session", "Stress 0 of 10", "More controls"} <= names
    number = view.findChildren(RatingRow)[0].button(3)
    assert focus_shows(number, qtbot), "no visible focus on a rating number"
    controller.stop()
    check_screen(qtbot, view, at_least=3)  # the summary: ratings, tags, Again, Done


@pytest.mark.skipif(
    importlib.util.find_spec("breathe.ui.history.page") is None, reason="no history page yet"
)
def test_history_page(qtbot: QtBot, themed: str) -> None:
    from breathe.store.history import History
    from breathe.ui.history.page import HistoryPage

    with History.open() as history:
        session = history.begin("breathing", "box", {}, 240.0, rating_before=6)
        history.finish(session, "completed", 240.0)
        page = HistoryPage(history, keep_notes=True)
        qtbot.addWidget(page)
        page.resize(1100, 760)
        show_active(qtbot, page)
        check_screen(qtbot, page, at_least=2)
        page.close()


@pytest.mark.parametrize("section", range(7))
def test_each_settings_section(qtbot: QtBot, themed: str, section: int) -> None:
    settings = Settings.load()
    settings.crisis_contacts = [{"name": "Sam", "number": "07700 900123"}]
    settings.reminders = True
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    dialog.sections.setCurrentRow(section)
    controls = check_screen(qtbot, dialog, at_least=3)
    assert dialog.sections.button(section) in controls and dialog.close_button in controls


def test_settings_controls_show_their_focus(qtbot: QtBot, themed: str, tmp_path: Path) -> None:
    settings = Settings.load()
    settings.reminders = True
    voice = Voice(cache_dir=tmp_path / "speech")  # speech on: its sliders take the focus
    try:
        check_focus_rings(qtbot, SettingsDialog(settings, voice=voice))
    finally:
        voice.close()


def check_focus_rings(qtbot: QtBot, dialog: SettingsDialog) -> None:
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    kinds = (QCheckBox, QComboBox, QSlider, QSpinBox, QPushButton, QLineEdit, QListWidget)
    seen: set[type] = set()
    for section in range(dialog.sections.count()):
        dialog.sections.setCurrentRow(section)
        for control in focus_chain(dialog):
            kind = next((k for k in kinds if isinstance(control, k)), None)
            if kind is None or kind in seen:
                continue
            assert focus_shows(control, qtbot), f"no visible focus on {describe(control)}"
            seen.add(kind)
    assert seen == set(kinds)


def test_presenter_view(qtbot: QtBot, themed: str, clock: object) -> None:
    controller = SessionController(breathing_plan(pattern="4-6"), clock=clock, cues=NullCues())
    view = PresenterView(controller)
    qtbot.addWidget(view)
    view.resize(1280, 720)
    show_active(qtbot, view)
    controller.start()
    assert focus_chain(view) == []  # nothing to tab to: the keys work anywhere in the window
    assert view.accessibleName()
    assert view.session_screen.phase.accessibleName() == "Get comfortable"
    controller.stop()
    assert focus_chain(view) == []  # the end too: the summary is on the therapist's screen


def test_the_therapists_control_window(qtbot: QtBot, themed: str, clock: object) -> None:
    controller = SessionController(breathing_plan(preset="box"), clock=clock, cues=NullCues())
    panel = ControlPanel(controller)
    qtbot.addWidget(panel)
    panel.resize(1100, 760)
    show_active(qtbot, panel)
    controller.start()
    controls = check_screen(qtbot, panel, at_least=12)  # the controls, ratings and notes
    assert panel.notes in controls
    controller.stop()
    check_screen(qtbot, panel, at_least=3)  # Summary, Again, Done


def test_programmes_and_summary_dialogs(qtbot: QtBot, themed: str) -> None:
    programmes = Programmes()
    programmes.add("Client A", "breathing", {"pattern": "4-6", "minutes": 8})
    current = LaunchRequest(practice="box")
    dialogs: list[Callable[[], QWidget]] = [
        lambda: ProgrammesDialog(programmes, current=current),
        lambda: ReportDialog(report_for(breathing_plan(preset="box"), "completed", 60.0)),
        lambda: ProgrammeOffer(
            ProgrammeFile("Client A", Programme("box", voice=True)), programmes, source="x"
        ),
        lambda: ScreenQuestion(3, QApplication.screens() * 2, 0),
    ]
    for make in dialogs:
        dialog = make()
        qtbot.addWidget(dialog)
        show_active(qtbot, dialog)
        check_screen(qtbot, dialog, at_least=3)
        dialog.close()


# -- colour -------------------------------------------------------------------------------------


@pytest.mark.parametrize("palette", [LIGHT, DARK], ids=["light", "dark"])
def test_both_palettes_meet_wcag_aa(palette: Palette) -> None:
    assert check_palette(palette) == []
