"""The app shell in-process: a setting that cannot be saved is said, once.

The whole app object (``AppShell``) on offscreen Qt, with a real history in a temporary
``BREATHE_HOME``.
"""

from __future__ import annotations

import shutil

from pytestqt.qtbot import QtBot

from breathe.app.shell import AppShell
from breathe.launch import LaunchRequest
from breathe.paths import locations


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
