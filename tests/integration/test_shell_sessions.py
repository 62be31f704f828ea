"""The app shell in-process: private sessions change nothing, and a newer session is never
lost to an older one's --quit-at-end.

The whole app object (``AppShell``) on offscreen Qt, with a real history in a temporary
``BREATHE_HOME``.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from breathe.app import logging_setup
from breathe.app.shell import AppShell
from breathe.engine.runner import Status
from breathe.launch import LaunchRequest
from breathe.paths import locations
from tests.integration.conftest import read_rows


@pytest.fixture
def quits(shell: AppShell, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Records the shell's requests to quit the application, instead of quitting."""
    asked: list[str] = []

    class App:
        def __getattr__(self, name: str) -> object:
            return getattr(QCoreApplication.instance(), name)

        def quit(self) -> None:
            asked.append("quit")

    monkeypatch.setattr(shell, "app", App())
    return asked


def test_a_tray_quick_start_during_a_quit_at_end_session_keeps_the_app_and_both_rows(
    shell: AppShell, qtbot: QtBot, quits: list[str]
) -> None:
    shell.launch(LaunchRequest(practice="box", quit_at_end=True))
    qtbot.waitExposed(shell.window)
    shell.after_first_paint()
    first = shell.session
    assert first is not None
    shell.launch(LaunchRequest(practice="grounding"))  # the tray's (or a second launch's)
    assert quits == []  # the first session ended, but not the app: a newer one runs
    second = shell.session
    assert second is not None and second is not first
    assert second.controller.status is Status.RUNNING
    assert shell.history is not None and shell.history.flush(timeout=30)  # the writer's
    assert [(r["practice"], r["status"]) for r in read_rows()] == [
        ("breathing", "stopped"),
        ("grounding", "running"),
    ]
    second.controller.stop()
    assert quits == []  # the newer request did not ask to quit at its end
    shell.launch(LaunchRequest(practice="box", quit_at_end=True))
    assert shell.session is not None
    shell.session.controller.stop()
    assert quits == ["quit"]  # a --quit-at-end session that is not replaced still quits


def test_a_private_session_changes_no_setting_and_logs_nothing_of_itself(
    shell: AppShell, qtbot: QtBot, caplog: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    shell.launch(LaunchRequest(practice="grounding"))
    shell.after_first_paint()
    assert shell.session is not None
    shell.session.controller.stop()
    shell.end_session()
    settings = locations().settings.read_bytes()
    log_file = tmp_path / "breathe.log"
    logging_setup.configure(log_file)
    try:
        shell.launch(LaunchRequest(practice="relaxation", options={"groups": 4}, private=True))
        session = shell.session
        assert session is not None
        shell.window.show_explainer("relaxation")  # read during the private session
        session.controller.skip()
        session.controller.stop()
        shell.end_session()
        logging.getLogger("breathe.test").info("after the private session")
    finally:
        logging_setup.configure(tmp_path / "other.log")
    assert locations().settings.read_bytes() == settings
    assert "relaxation" not in shell.settings.seen_explainers  # not even in memory
    assert shell.history is not None and shell.history.flush(timeout=30)
    assert [r["practice"] for r in read_rows()] == ["grounding"]
    text = log_file.read_text(encoding="utf-8")
    assert "relaxation" not in text and "stopped after" not in text
    assert "after the private session" in text  # the log goes on once it has ended


def test_settings_that_cannot_be_saved_are_said_once(shell: AppShell, qtbot: QtBot) -> None:
    config = locations().config
    shutil.rmtree(config)
    config.write_text("a file where the folder was", encoding="utf-8")  # after start-up
    for _ in range(2):
        shell.launch(LaunchRequest(practice="box"))
        assert shell.session is not None
        shell.session.controller.stop()  # settings are saved at a session's end
    said = [n for n in shell.notices if "settings" in n]
    assert said == ["Your settings could not be saved: it is a regular file, not a folder."]


def test_home_loads_the_session_code_once_it_is_on_screen(
    shell: AppShell, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from breathe.app import shell as shell_module

    loaded: list[str] = []
    monkeypatch.setattr(shell_module, "ready_for_a_session", lambda: loaded.append("session"))
    shell.launch(LaunchRequest())  # home
    assert loaded == []  # nothing of a session before the first paint
    shell.after_first_paint()
    qtbot.waitUntil(lambda: loaded == ["session"], timeout=5_000)


def test_getting_ready_for_a_session_loads_its_code() -> None:
    code = (
        "import sys\n"
        "from breathe.app.shell import ready_for_a_session\n"
        "before = 'breathe.ui.session.view' in sys.modules\n"
        "ready_for_a_session()\n"
        "print(before, 'breathe.ui.session.view' in sys.modules,"
        " 'breathe.app.session_host' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], check=False, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["False", "True", "True"]
