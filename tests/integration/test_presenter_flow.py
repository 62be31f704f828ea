"""Presenter mode through the whole app (``AppShell``, one offscreen screen): the question
before the first breath when the client's screen is missing, and the command line's
fallback that asks nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from breathe.app.shell import AppShell
from breathe.launch import LaunchRequest
from breathe.paths import locations
from breathe.ui.presenter.control import ControlPanel
from breathe.ui.presenter.screen_question import ScreenQuestion

PRESENTER = LaunchRequest(practice="box", presenter=True)


def question(shell: AppShell) -> ScreenQuestion | None:
    found = shell.window.findChild(ScreenQuestion)
    return found if found is not None and found.isVisible() else None


def test_a_missing_screen_is_asked_about_before_the_first_breath(
    shell: AppShell, qtbot: QtBot
) -> None:
    shell.settings.presenter_screen = 2  # the usual setting; this computer has one screen
    shell.window.start_requested.emit(PRESENTER)  # e.g. a programme from home's menu
    asked = question(shell)
    assert asked is not None
    assert shell.session is None  # nothing has started, nothing is recorded
    assert [b.text() for b in asked.choices] == ["In a window on this screen"]  # no other
    asked.choices[0].click()
    session = shell.session
    assert session is not None and session.presenter is not None
    qtbot.waitExposed(session.presenter)
    assert not session.presenter.isFullScreen()  # the control window stays in sight
    panel = session.view
    assert isinstance(panel, ControlPanel)
    assert shell.window.current_page() is panel
    assert panel.where.text() == (
        "Screen 2 is not connected. The client's session is in a window on this screen."
    )
    assert shell.window.banner.isHidden()  # said in one place: the control window


def test_not_starting_starts_nothing(shell: AppShell) -> None:
    shell.settings.presenter_screen = 2
    shell.launch_asking(PRESENTER)
    asked = question(shell)
    assert asked is not None
    asked.cancel.click()
    assert shell.session is None
    assert not locations().database.exists()


def test_the_command_line_never_waits_it_falls_back_and_says_so(
    shell: AppShell, qtbot: QtBot
) -> None:
    shell.settings.presenter_screen = 2
    shell.launch(PRESENTER)  # what breathe start box --presenter does
    assert question(shell) is None
    session = shell.session
    assert session is not None and session.presenter is not None
    assert session.controller.status.value == "running"
    panel = session.view
    assert isinstance(panel, ControlPanel)
    assert panel.where.text().startswith("Screen 2 is not connected.")


def test_a_connected_screen_is_used_without_a_question(shell: AppShell, qtbot: QtBot) -> None:
    shell.launch_asking(LaunchRequest(practice="box", presenter=True, screen=1))
    assert question(shell) is None
    session = shell.session
    assert session is not None and session.presenter is not None
    qtbot.waitUntil(session.presenter.isFullScreen)
    assert session.presenter.screen() is QApplication.screens()[0]


def test_a_summary_that_cannot_be_saved_says_why_and_leaves_nothing(
    shell: AppShell, qtbot: QtBot, tmp_path: Path
) -> None:
    shell.launch(LaunchRequest(practice="box", presenter=True, screen=1))
    session = shell.session
    assert session is not None
    session.controller.stop()
    dialog = session.open_report()
    assert dialog is not None and dialog.parentWidget().window() is shell.window  # theirs
    chosen = tmp_path / "chosen"
    chosen.mkdir()
    folder = chosen / "summaries"
    folder.write_text("a file where the folder should be")
    assert not dialog.save_to(folder / "summary.pdf")
    assert dialog.message.text().startswith("The summary could not be saved: ")
    assert [p.name for p in chosen.iterdir()] == ["summaries"]
    assert dialog.save_to(chosen / "summary.pdf")
    assert (chosen / "summary.pdf").read_bytes().startswith(b"%PDF")
    dialog.close()
