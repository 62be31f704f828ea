"""The app shell in-process: private sessions change nothing, and a setting that cannot be
saved is said.

The whole app object (``AppShell``) on offscreen Qt, with a real history in a temporary
``BREATHE_HOME``.
"""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from breathe.app import logging_setup
from breathe.app.shell import AppShell
from breathe.launch import LaunchRequest
from breathe.paths import locations
from tests.integration.conftest import read_rows


def test_a_private_session_changes_no_setting_and_logs_nothing_of_itself(
    shell: AppShell, qtbot: QtBot, caplog: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    shell.launch(LaunchRequest(practice="grounding"))
    shell.after_first_paint()
    assert shell.session is not None
    shell.session.controller.stop()
    shell.end_session()
    settings = locations().settings.read_bytes()
    home_default = shell.window.home.default_practice
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
    assert shell.settings.default_practice == "grounding"  # "Start now" as it was
    assert "relaxation" not in shell.settings.seen_explainers
    assert shell.window.home.default_practice == home_default
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
