"""Export and import through the history page: real files, real dialogs, one-line problems."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from breathe.store.history import History
from breathe.store.history_export import to_json
from breathe.ui.history.files import format_of
from breathe.ui.history.page import HistoryPage
from tests.ui.test_history_model import add, session


@pytest.fixture
def history(tmp_path: Path) -> Iterator[History]:
    opened = History.open(tmp_path / "h.sqlite3")
    yield opened
    opened.close()


@pytest.fixture
def page(history: History, qtbot: QtBot) -> Iterator[HistoryPage]:
    shown = HistoryPage(history, keep_notes=False)
    qtbot.addWidget(shown)
    shown.resize(960, 680)
    shown.show()
    assert shown.wait()
    yield shown
    assert shown.wait()


def three() -> list:  # type: ignore[type-arg]
    return [
        session(0, rating_before=7, rating_after=4, tags=("flare",), note="=SUM(A1)"),
        session(1, practice="grounding", preset=None, options={"variant": "3-3-3"}),
        session(2, preset="box", status="stopped", duration_seconds=61.5),
    ]


def export_through_the_dialog(
    page: HistoryPage, qtbot: QtBot, path: Path, name_filter: str | None = None
) -> None:
    dialog = page.files.choose_export()
    assert isinstance(dialog, QFileDialog)
    assert dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    if name_filter is not None:
        dialog.selectNameFilter(name_filter)
        dialog.filterSelected.emit(name_filter)  # as when the person picks it
    dialog.selectFile(str(path))
    with qtbot.waitSignal(page.files.exporting, check_params_cb=lambda busy: not busy):
        dialog.accept()


def test_export_import_round_trip_through_the_page(
    history: History, page: HistoryPage, qtbot: QtBot, tmp_path: Path
) -> None:
    add(history, three())
    page.refresh()
    assert page.wait()
    before = to_json(history.sessions())
    target = tmp_path / "exports" / "mine"
    target.parent.mkdir()
    export_through_the_dialog(page, qtbot, target, "JSON (*.json)")
    saved = target.with_suffix(".json")  # the chosen filter's ending is added
    assert page.status.line() == f"Saved 3 sessions to {saved}."
    assert json.loads(saved.read_text(encoding="utf-8")) == json.loads(before)
    assert page.export.isEnabled()

    box = page.confirm_delete_all()
    next(b for b in box.buttons() if b.text() == "Delete all 3 sessions").click()
    assert page.wait()
    assert history.count() == 0
    with qtbot.waitSignal(page.changed):
        dialog = page.files.choose_import()
        dialog.selectFile(str(saved))
        dialog.accept()
        assert page.status.line() == "Importing…"
    assert page.wait()
    assert page.status.line() == "Added 3 sessions from mine.json."
    assert to_json(history.sessions()) == before
    assert page.model.rowCount() == 3
    assert page.stack.currentIndex() == 0

    page.files.import_from(saved)  # the same file again: nothing doubled
    assert page.wait()
    assert page.status.line() == "Everything in mine.json was already here."
    assert history.count() == 3


def test_csv_export_is_safe_for_spreadsheets(
    history: History, page: HistoryPage, qtbot: QtBot, tmp_path: Path
) -> None:
    add(history, three())
    page.refresh()
    assert page.wait()
    target = tmp_path / "sessions.csv"
    export_through_the_dialog(page, qtbot, target)
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert [r["id"] for r in rows] == ["session-2", "session-1", "session-0"]
    assert rows[2]["note"] == "'=SUM(A1)"
    assert page.status.line() == f"Saved 3 sessions to {target}."


def test_an_export_that_cannot_be_written_says_so(
    history: History, page: HistoryPage, qtbot: QtBot, tmp_path: Path
) -> None:
    add(history, three())
    page.refresh()
    assert page.wait()
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    with qtbot.waitSignal(page.files.exporting, check_params_cb=lambda busy: not busy):
        page.files.export_to(blocker / "sessions.csv")
        assert page.status.line() == "Exporting…"
        assert not page.export.isEnabled()
    assert page.status.line() == "The export could not be saved: Not a directory."
    assert page.export.isEnabled()


def test_a_bad_import_is_one_line_and_imports_nothing(
    history: History, page: HistoryPage, tmp_path: Path
) -> None:
    add(history, three()[:1])
    page.refresh()
    rows = [r.to_json() for r in three()[1:]]
    rows[1]["pain_after"] = 11
    bad = tmp_path / "other-computer.json"
    bad.write_text(json.dumps(rows), encoding="utf-8")
    page.files.import_from(bad)
    assert page.wait()
    line = page.status.line()
    assert line == (
        "other-computer.json: row 2: pain_after must be a whole number from 0 to 10, "
        "or null (got 11); nothing was imported"
    )
    assert "\n" not in line
    assert page.status.isVisible()
    assert history.count() == 1

    page.files.import_from(tmp_path / "missing.json")
    assert page.wait()
    assert page.status.line() == (
        "missing.json could not be read (No such file or directory); nothing was imported."
    )
    garbled = tmp_path / "garbled.json"
    garbled.write_bytes(b"\xff\xfe[")
    page.files.import_from(garbled)
    assert page.wait()
    assert page.status.line().startswith("garbled.json could not be read (invalid start byte")
    assert history.count() == 1


def test_an_import_with_a_bom_and_some_already_here(
    history: History, page: HistoryPage, tmp_path: Path
) -> None:
    add(history, three()[:1])
    page.refresh()
    both = tmp_path / "both.json"
    both.write_text("\ufeff" + to_json(three()[:2]), encoding="utf-8")
    page.files.import_from(both)
    assert page.wait()
    assert page.status.line() == "Added 1 session from both.json; 1 already here."


def test_a_busy_or_unreadable_history_is_said_calmly_on_import_and_export(
    history: History, page: HistoryPage, qtbot: QtBot, tmp_path: Path
) -> None:
    add(history, three())
    good = tmp_path / "good.json"
    good.write_text(to_json(three()), encoding="utf-8")
    history.close()  # the file cannot be used any more
    page.files.import_from(good)
    assert page.wait()
    assert page.status.line() == "good.json could not be added just now; nothing was imported."
    with qtbot.waitSignal(page.files.exporting, check_params_cb=lambda busy: not busy):
        page.files.export_to(tmp_path / "out.csv")
    assert page.status.line() == ("Your sessions could not be read just now; nothing was exported.")
    assert not (tmp_path / "out.csv").exists()


def test_the_format_follows_the_name() -> None:
    assert format_of(Path("a.JSON")) == "json"
    assert format_of(Path("a.csv")) == "csv"
    assert format_of(Path("a")) == "csv"
