"""Folders that are not there: a file dialog never opens on a folder that does not exist.

The whole app object (``AppShell``) runs on offscreen Qt with real settings and history in
a temporary ``BREATHE_HOME``; nothing is stubbed but where the desktop says documents go.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QStandardPaths
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from breathe.app.shell import AppShell
from breathe.launch import LaunchRequest


def test_the_summary_pdf_dialog_opens_where_the_person_can_save(
    shell: AppShell, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A fresh account may have no Documents folder yet: the nearest folder above it."""
    home = tmp_path / "home"
    home.mkdir()
    documents = home / "Documents"
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _where: str(documents))
    shell.launch(LaunchRequest(practice="coherent"))
    qtbot.waitExposed(shell.window)
    session = shell.session
    assert session is not None
    session.controller.stop()
    report = session.open_report()
    assert report is not None
    report.ask_save()  # "Save as PDF…"
    chooser = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible()
    )
    assert not documents.exists()
    assert Path(chooser.directory().absolutePath()) == home
    assert chooser.selectedFiles()[0].endswith("-coherent-breathing.pdf")
    chooser.reject()  # closed and deleted now, before its owners go with the test
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
