"""The history page as a person uses it: look, edit, delete, and open a very long history."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from breathe.store import history_schema
from breathe.store.errors import HistoryUnavailableError
from breathe.store.history import History
from breathe.ui.history import model as history_model
from breathe.ui.history import page as history_view
from breathe.ui.history.editor import SessionEditor
from breathe.ui.history.model import PAGE_ROWS, STRESS, TAGS, WHEN
from breathe.ui.history.page import HistoryPage
from breathe.ui.theme import Theme
from tests.ui.test_history_model import CountingHistory, add, insert_sessions, session

#: words that scold or count what was missed: never on this page
GUILT = re.compile(r"streak|missed|broke|failed|behind|should|only \d", re.IGNORECASE)


@pytest.fixture
def history(tmp_path: Path) -> Iterator[History]:
    opened = History.open(tmp_path / "h.sqlite3")
    yield opened
    opened.close()


def open_page(qtbot: QtBot, history: History, *, keep_notes: bool = False) -> HistoryPage:
    page = HistoryPage(history, keep_notes=keep_notes)
    qtbot.addWidget(page)
    page.resize(960, 680)
    page.show()
    qtbot.waitExposed(page)
    return shown(page)


def shown(page: HistoryPage) -> HistoryPage:
    """``page`` once what it read and wrote so far is in, and the rows on screen are read."""
    assert page.wait()
    page.grab()  # painting asks for the rows on screen
    assert page.wait()
    return page


def visible_text(widget: QWidget) -> str:
    labels = [w.text() for w in widget.findChildren(QLabel) if w.isVisibleTo(widget)]
    buttons = [w.text() for w in widget.findChildren(QAbstractButton) if w.isVisibleTo(widget)]
    return "\n".join(labels + buttons)


def button(box: QMessageBox, text: str) -> QAbstractButton:
    return next(b for b in box.buttons() if b.text() == text)


def test_the_page_shows_sessions_newest_first_and_where_they_are_kept(
    history: History, qtbot: QtBot
) -> None:
    add(history, [session(n, rating_before=6, rating_after=4) for n in range(3)])
    page = open_page(qtbot, history)
    assert page.model.rowCount() == 3
    assert page.selected_record() == history.get("session-2")  # the newest is chosen
    assert page.where.line() == f"Stored only on this computer: {history.path}"
    assert page.table.horizontalHeader().sortIndicatorSection() == WHEN
    assert page.table.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert page.stack.currentIndex() == 0
    assert "What helps me" in visible_text(page)
    assert not GUILT.search(visible_text(page))


def test_clicking_a_column_header_sorts_the_table(history: History, qtbot: QtBot) -> None:
    add(history, [session(n, rating_before=9, rating_after=9 - n) for n in range(4)])
    page = open_page(qtbot, history)
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(STRESS) + header.sectionSize(STRESS) // 2
    for _ in range(2):  # one way, then the other
        qtbot.mouseClick(
            header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
        )
        order = header.sortIndicatorOrder()
        shown(page)
        stress = [page.model.data(page.model.index(row, STRESS)) for row in range(4)]
        ascending = ["9 → 6", "9 → 7", "9 → 8", "9 → 9"]
        assert header.sortIndicatorSection() == STRESS
        assert stress == (ascending if order == Qt.SortOrder.AscendingOrder else ascending[::-1])


def test_escape_alt_left_and_back_ask_to_go_back(history: History, qtbot: QtBot) -> None:
    page = open_page(qtbot, history)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    with qtbot.waitSignal(page.back_requested):
        qtbot.keyClick(page.table, Qt.Key.Key_Escape)
    with qtbot.waitSignal(page.back_requested):
        qtbot.keyClick(page.table, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    with qtbot.waitSignal(page.back_requested):
        qtbot.mouseClick(page.back, Qt.MouseButton.LeftButton)


def test_an_empty_history_is_a_calm_fresh_start(history: History, qtbot: QtBot) -> None:
    page = open_page(qtbot, history)
    text = visible_text(page)
    assert page.stack.currentIndex() == 1
    assert "Nothing here yet, and that's fine." in text
    assert "on this computer only" in text
    assert not GUILT.search(text)
    for b in (page.edit, page.delete, page.delete_all, page.export):
        assert not b.isVisibleTo(page)
    assert page.import_.isVisibleTo(page)
    assert page.edit_selected() is None  # nothing to edit, and nothing breaks
    assert page.delete_selected() is None
    assert page.status.line() == "Choose a session in the list first."


def test_editing_a_session_writes_ratings_tags_and_note(history: History, qtbot: QtBot) -> None:
    add(history, [session(0, rating_before=7, tags=("work",))])
    page = open_page(qtbot, history, keep_notes=True)
    changed: list[bool] = []
    page.changed.connect(lambda: changed.append(True))
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # Enter edits the chosen session
    editor = page.dialog
    assert isinstance(editor, SessionEditor)
    assert editor.note is not None
    editor.scores["rating_after"].setValue(3)
    editor.scores["rating_before"].setValue(-1)  # "Not rated"
    editor.scores["pain_before"].setValue(6)
    editor.tags.setText(" flare ,  night , , flare")
    editor.note.setPlainText("Easier after the walk.")
    with qtbot.waitSignal(page.changed):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    shown(page)
    saved = history.get("session-0")
    assert saved is not None
    assert (saved.rating_before, saved.rating_after, saved.pain_before) == (None, 3, 6)
    assert saved.tags == ("flare", "night")
    assert saved.note == "Easier after the walk."
    assert changed == [True]
    assert page.model.data(page.model.index(0, STRESS)) == "– → 3"
    assert page.status.line() == "Saved."


def test_double_click_opens_the_editor_and_cancel_changes_nothing(
    history: History, qtbot: QtBot
) -> None:
    add(history, [session(0, rating_before=5), session(1)])
    page = open_page(qtbot, history)
    rect = page.table.visualRect(page.model.index(1, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    editor = page.dialog
    assert isinstance(editor, SessionEditor)
    assert editor.record.id == "session-0"
    editor.scores["rating_before"].setValue(9)
    qtbot.mouseClick(editor.cancel_button, Qt.MouseButton.LeftButton)
    assert history.get("session-0") == session(0, rating_before=5)


def test_deleting_one_session_asks_first(history: History, qtbot: QtBot) -> None:
    add(history, [session(n) for n in range(3)])
    page = open_page(qtbot, history)
    page.table.selectRow(1)
    box = page.delete_selected()
    assert box is not None
    assert box.text() == "Delete this session?"
    assert box.defaultButton().text() == "Keep it"
    button(box, "Keep it").click()
    assert history.count() == 3
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    box = page.dialog
    assert isinstance(box, QMessageBox)
    with qtbot.waitSignal(page.changed):
        button(box, "Delete").click()
        assert page.status.line() == "Deleting…"
    shown(page)
    assert history.get("session-1") is None
    assert history.count() == 2
    assert page.model.rowCount() == 2
    assert page.selected_record() == history.get("session-0")  # the next one is chosen
    assert page.status.line() == "Session deleted."


def test_delete_all_names_the_count_and_keeping_them_is_the_default(
    history: History, qtbot: QtBot
) -> None:
    add(history, [session(n) for n in range(3)])
    page = open_page(qtbot, history)
    box = page.confirm_delete_all()
    delete = button(box, "Delete all 3 sessions")
    assert box.text() == "Delete all 3 sessions?"
    assert box.defaultButton().text() == "Keep them"
    assert isinstance(delete, QPushButton)
    assert not delete.isDefault()
    assert not delete.autoDefault()
    qtbot.waitExposed(box)
    qtbot.keyClick(box, Qt.Key.Key_Return)  # Enter takes the default: keep them
    assert history.count() == 3
    box = page.confirm_delete_all()
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert history.count() == 3
    box = page.confirm_delete_all()
    with qtbot.waitSignal(page.changed):
        button(box, "Delete all 3 sessions").click()
    shown(page)
    assert history.count() == 0
    assert page.stack.currentIndex() == 1  # the calm empty page
    assert page.status.line() == "Deleted 3 sessions."


def test_a_hundred_thousand_sessions_open_reading_only_a_window(
    tmp_path: Path, qtbot: QtBot
) -> None:
    history = CountingHistory.open(tmp_path / "h.sqlite3")
    insert_sessions(history.path, 100_000)
    page = open_page(qtbot, history)  # painted once, with the table's visible rows
    assert page.model.rowCount() == 100_000
    window = history_view.RECENT_ROWS + 2 * PAGE_ROWS  # the summaries, and the rows on screen
    assert history.rows_read <= window
    page.table.scrollToBottom()
    shown(page)
    assert page.model.record(99_999) == history.sessions(1, 99_999)[0]
    assert history.rows_read <= window + 2 * PAGE_ROWS
    latest = f"From your latest {QLocale().toString(2000)} sessions."  # 2,000 in English
    assert latest in " ".join(page.what_helps.texts())
    page.close()
    history.close()


def test_large_type_makes_rows_and_words_larger(
    history: History, qtbot: QtBot, qapp: QApplication
) -> None:
    add(history, [session(n) for n in range(3)])
    page = open_page(qtbot, history)
    row, heading = page.table.rowHeight(0), page.what_helps.heading.font().pointSizeF()
    before = (qapp.font(), qapp.palette(), qapp.styleSheet(), qapp.style().name())
    try:
        Theme("light", large_type=True).apply(qapp)
        large = open_page(qtbot, history)  # a page opened with large type on
        assert large.table.rowHeight(0) > row
        assert large.what_helps.heading.font().pointSizeF() > heading
        font = page.font()  # and a page already open follows its font
        font.setPointSizeF(font.pointSizeF() * 1.3)
        page.setFont(font)
        assert page.table.rowHeight(0) > row
        assert page.what_helps.heading.font().pointSizeF() > heading
    finally:
        font, palette, sheet, style = before
        qapp.setStyleSheet(sheet)
        qapp.setStyle(style)
        qapp.setPalette(palette)
        qapp.setFont(font)


def test_a_deletion_the_database_refuses_is_said_calmly(history: History, qtbot: QtBot) -> None:
    add(history, [session(n) for n in range(2)])
    page = open_page(qtbot, history)
    one = page.delete_selected()
    every = page.confirm_delete_all()
    assert one is not None
    history.close()  # the file went away under us: SQLite refuses every call
    button(one, "Delete").click()
    shown(page)
    assert page.status.line() == "That session could not be deleted just now. Please try again."
    button(every, "Delete all 2 sessions").click()
    shown(page)
    assert page.status.line() == "Your sessions could not be deleted just now. Please try again."


def test_a_long_sort_says_so_and_a_failed_one_leaves_the_rows_as_they_were(
    history: History, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(history_model, "SORT_NOTICE_ROWS", 2)
    add(history, [session(n) for n in range(4)])
    page = open_page(qtbot, history)
    before = [page.model.record(row) for row in range(4)]

    def broken(*_args: object) -> list[str]:
        raise HistoryUnavailableError("disk I/O error")

    monkeypatch.setattr(history_model, "sort_order", broken)
    with qtbot.waitSignal(page.model.sorting, check_params_cb=lambda busy: not busy):
        page.table.sortByColumn(STRESS, Qt.SortOrder.AscendingOrder)
        assert page.status.line() == "Sorting your sessions…"
    shown(page)
    assert page.status.line() == "Your sessions could not be read just now. Please try again."
    assert [page.model.record(row) for row in range(4)] == before


def test_a_busy_database_keeps_the_page_responsive_and_a_delete_lands_after(
    history: History, qtbot: QtBot
) -> None:
    add(history, [session(n) for n in range(3)])
    page = open_page(qtbot, history)
    page.table.selectRow(1)
    box = page.delete_selected()
    assert box is not None
    other = sqlite3.connect(history.path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")  # another program writing (a long import)
        button(box, "Delete").click()
        # the click has returned while the deletion waits on the worker
        assert page.background.busy("delete")
        assert page.status.line() == "Deleting…"
        page.refresh()  # reading goes on meanwhile
        page.table.scrollToTop()
        assert page.model.rowCount() == 3
        other.execute("ROLLBACK")
    finally:
        other.close()
    shown(page)
    assert page.status.line() == "Session deleted."
    assert [r.id for r in history.sessions()] == ["session-2", "session-0"]
    assert page.model.rowCount() == 2


def test_a_deletion_a_busy_database_refuses_is_said_calmly_and_nothing_is_lost(
    tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(history_schema, "BUSY_SECONDS", 0.05)  # waits 0.05 s, not 5 s
    with History.open(tmp_path / "busy.sqlite3") as history:
        add(history, [session(n) for n in range(2)])
        page = open_page(qtbot, history)
        box = page.delete_selected()
        assert box is not None
        other = sqlite3.connect(history.path, isolation_level=None)
        try:
            other.execute("BEGIN IMMEDIATE")
            button(box, "Delete").click()
            shown(page)
        finally:
            other.close()
        assert page.status.line() == (
            "That session could not be deleted just now. Please try again."
        )
        assert history.count() == 2


def test_damaged_rows_are_shown_as_damaged_and_the_page_still_opens(
    history: History, qtbot: QtBot
) -> None:
    """A start in the year 9999 (an older import), broken JSON in tags and options: the
    page, its chart and every other row are as they would be without them."""
    add(history, [session(n, rating_before=6, rating_after=4) for n in range(4)])
    with sqlite3.connect(history.path) as conn:
        conn.execute(
            "UPDATE sessions SET started_at = '9999-12-31T23:59:00+00:00' WHERE id = 'session-0'"
        )
        conn.execute("UPDATE sessions SET tags = '[broken' WHERE id = 'session-1'")
        conn.execute("UPDATE sessions SET options = '{oops' WHERE id = 'session-2'")
    page = open_page(qtbot, history)
    assert page.model.rowCount() == 4
    cells = {
        page.model.data(page.model.index(row, TAGS)): page.model.data(page.model.index(row, WHEN))
        for row in range(4)
    }
    assert "Damaged" in cells  # the tags of session-1
    assert "Damaged" in cells.values()  # the start of session-0
    tip = page.model.data(page.model.index(0, WHEN), Qt.ItemDataRole.ToolTipRole)
    assert isinstance(tip, str)
    assert sum(p.sessions for p in page.chart.points) == 3  # the year 9999 is in no week
