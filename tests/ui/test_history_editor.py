"""The session editor: what it offers with notes on or off, and what it writes."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from breathe.store.history import History
from breathe.ui.history.editor import SessionEditor, parse_tags
from tests.ui.test_history_model import add, session


@pytest.fixture
def history(tmp_path: Path) -> Iterator[History]:
    opened = History.open(tmp_path / "h.sqlite3")
    yield opened
    opened.close()


def editor_for(
    qtbot: QtBot, history: History, session_id: str, *, keep_notes: bool
) -> SessionEditor:
    record = history.get(session_id)
    assert record is not None
    editor = SessionEditor(history, record, keep_notes=keep_notes)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def test_it_shows_the_session_as_it_is(history: History, qtbot: QtBot) -> None:
    add(history, [session(0, rating_before=7, pain_after=2, tags=("flare", "work"))])
    editor = editor_for(qtbot, history, "session-0", keep_notes=True)
    values = {name: box.text() for name, box in editor.scores.items()}
    assert values == {
        "rating_before": "7",
        "rating_after": "Not rated",
        "pain_before": "Not rated",
        "pain_after": "2",
    }
    assert editor.tags.text() == "flare, work"
    assert editor.changes() == {}
    editor.save()  # nothing changed: closes without writing
    assert not editor.saving
    assert not editor.isVisible()


def test_without_keep_notes_there_is_no_note_field_and_it_says_why(
    history: History, qtbot: QtBot
) -> None:
    add(history, [session(0), session(1, note="Kept from before.")])
    editor = editor_for(qtbot, history, "session-0", keep_notes=False)
    assert editor.note is None
    assert editor.notes_off.isVisible()
    assert "Notes are off" in editor.notes_off.text()
    assert "Keep my notes" in editor.notes_off.text()
    other = editor_for(qtbot, history, "session-1", keep_notes=False)
    other.scores["rating_after"].setValue(2)
    assert "has a note, kept as it is" in other.notes_off.text()
    other.save()
    assert other.wait()
    assert not other.isVisible()  # closed once written
    saved = history.get("session-1")
    assert saved is not None
    assert (saved.rating_after, saved.note) == (2, "Kept from before.")  # the note untouched


def test_with_keep_notes_the_note_is_written_and_cleared(history: History, qtbot: QtBot) -> None:
    add(history, [session(0, note="Old note")])
    editor = editor_for(qtbot, history, "session-0", keep_notes=True)
    assert editor.note is not None
    assert not editor.notes_off.isVisible()
    assert editor.note.toPlainText() == "Old note"
    editor.note.setPlainText("   ")
    assert editor.changes() == {"note": None}
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.wait()
    saved = history.get("session-0")
    assert saved is not None
    assert saved.note is None


def test_a_value_the_history_refuses_is_shown_and_nothing_is_lost(
    history: History, qtbot: QtBot
) -> None:
    add(history, [session(0, tags=("work",))])
    editor = editor_for(qtbot, history, "session-0", keep_notes=True)
    assert editor.note is not None
    editor.tags.setText("x" * 41)
    editor.save()
    assert editor.wait()
    assert editor.isVisible()
    assert editor.error.isVisible()
    assert editor.error.text() == "Each tag must be text of at most 40 characters."
    assert editor.tags.text() == "x" * 41  # what was typed stays
    editor.tags.setText("work")
    editor.note.setPlainText("n" * 5001)
    editor.save()  # said at once, nothing written
    assert not editor.saving
    assert "under 5,000 characters" in editor.error.text()
    assert history.get("session-0") == session(0, tags=("work",))


def test_a_session_deleted_meanwhile_is_said_plainly(history: History, qtbot: QtBot) -> None:
    add(history, [session(0)])
    editor = editor_for(qtbot, history, "session-0", keep_notes=False)
    history.delete("session-0")
    editor.scores["rating_before"].setValue(4)
    editor.save()
    assert editor.wait()
    assert editor.isVisible()
    assert editor.error.text() == "This session is no longer in your history."


def test_a_database_problem_keeps_the_dialog_open(history: History, qtbot: QtBot) -> None:
    add(history, [session(0)])
    editor = editor_for(qtbot, history, "session-0", keep_notes=False)
    history.close()  # as if the file went away under us: SQLite refuses
    editor.scores["rating_before"].setValue(4)
    editor.save()
    assert editor.wait()
    assert editor.error.text() == "This could not be saved just now. Please try again."
    assert editor.isVisible()
    assert editor.save_button.isEnabled() and editor.cancel_button.isEnabled()


def test_a_busy_database_keeps_the_window_responsive_and_the_save_lands_after(
    history: History, qtbot: QtBot
) -> None:
    add(history, [session(0)])
    editor = editor_for(qtbot, history, "session-0", keep_notes=False)
    editor.scores["rating_after"].setValue(3)
    other = sqlite3.connect(history.path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")  # another program writing (a long import)
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
        # the click has returned while the write waits on the worker
        assert editor.saving
        assert not editor.save_button.isEnabled() and not editor.cancel_button.isEnabled()
        qtbot.keyClick(editor, Qt.Key.Key_Escape)  # nothing typed is thrown away meanwhile
        assert editor.isVisible()
        other.execute("ROLLBACK")
    finally:
        other.close()
    assert editor.wait()
    assert not editor.isVisible()
    assert history.get("session-0").rating_after == 3  # type: ignore[union-attr]


def test_tags_are_read_from_commas() -> None:
    assert parse_tags("flare, Work ,,  late   night ,") == ["flare", "Work", "late night"]
    assert parse_tags("  ") == []
