"""A quick start in-process: the session comes first, home only when it is needed.

The whole app object (``AppShell``) runs on offscreen Qt with a real history in a
temporary ``BREATHE_HOME``; nothing is stubbed.
"""

from __future__ import annotations

from PySide6.QtGui import QIcon
from pytestqt.qtbot import QtBot

from breathe.app.shell import AppShell
from breathe.launch import LaunchRequest
from tests.integration.conftest import read_rows


def test_a_quick_start_shows_its_session_then_home_on_done(shell: AppShell, qtbot: QtBot) -> None:
    shell.launch(LaunchRequest(practice="grounding"))
    qtbot.waitExposed(shell.window)
    session = shell.session
    assert session is not None
    assert shell.window.current_page() is session.view
    assert not shell.window.has_home  # not built on the way to the first breath
    assert read_rows() == []  # the row comes just after the first paint...
    session.controller.stop()  # ...or, stopped before it, at the stop: never lost
    assert shell.history is not None and shell.history.flush(timeout=30)  # the writer thread's
    assert [(r["practice"], r["status"]) for r in read_rows()] == [("grounding", "stopped")]
    qtbot.waitUntil(lambda: shell.window.has_home)  # built while the summary shows
    session.view.done_requested.emit()
    assert shell.window.current_page() is shell.window.home
    # Start now stays what the person chose: the session just ended never changes it
    assert shell.window.home.start_now_detail.text() == "Coherent breathing, 5 min"
    assert shell.settings.start_now == "coherent"


def test_after_the_first_paint_the_running_row_exists_with_its_start(
    shell: AppShell, qtbot: QtBot
) -> None:
    shell.app.setWindowIcon(QIcon())  # as at start-up (an earlier test may have set it)
    shell.launch(LaunchRequest(practice="box"))
    qtbot.waitExposed(shell.window)
    assert shell.window.windowIcon().isNull()  # sent to the window manager only later...
    shell.after_first_paint()  # the history, sound, speech... once the window is painted
    assert not shell.window.windowIcon().isNull()  # ...now
    assert shell.history is not None and shell.history.flush(timeout=30)  # the writer thread's
    (row,) = read_rows()
    assert (row["practice"], row["status"]) == ("breathing", "running")
    assert shell.session is not None and shell.session.recorder is not None
    assert shell.session.recorder.session_id == row["id"]


def test_a_session_ended_by_the_app_before_the_first_paint_is_saved(
    shell: AppShell, qtbot: QtBot
) -> None:
    shell.launch(LaunchRequest(practice="box"))
    qtbot.waitExposed(shell.window)
    shell.end_session()  # what SIGTERM, logout or closing the window do
    assert shell.history is not None and shell.history.flush(timeout=30)  # the writer thread's
    assert [(r["practice"], r["status"]) for r in read_rows()] == [("breathing", "stopped")]


def test_closing_the_window_mid_session_saves_it_as_stopped(shell: AppShell, qtbot: QtBot) -> None:
    shell.launch(LaunchRequest(practice="box"))
    qtbot.waitExposed(shell.window)
    shell.after_first_paint()
    history = shell.history
    assert history is not None
    assert shell.window.close()  # the window goes: nothing keeps it
    assert shell.session is None and history.flush(timeout=30)
    assert [r["status"] for r in read_rows()] == ["stopped"]


def test_with_keep_in_tray_closing_hides_the_window_and_still_saves_the_session(
    shell: AppShell, qtbot: QtBot
) -> None:
    from types import SimpleNamespace

    shell.settings.keep_in_tray = True
    shell.launch(LaunchRequest(practice="box"))
    qtbot.waitExposed(shell.window)
    shell.after_first_paint()
    history = shell.history
    assert history is not None
    if shell.tray is None:  # offscreen has no system tray: a stand-in icon is enough here
        shell.desktop = SimpleNamespace(tray=object(), reminders=None)  # type: ignore[assignment]
    assert not shell.window.close()  # kept, hidden in the tray
    assert shell.window.isHidden() and shell.window.current_page() is shell.window.home
    assert shell.session is None and history.flush(timeout=30)
    assert [r["status"] for r in read_rows()] == ["stopped"]
    shell.desktop = None
