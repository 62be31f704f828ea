"""The history table model on a real SQLite history: order, sorting, words, lazy reading."""

from __future__ import annotations

import json
import sqlite3
import threading
import uuid
from collections.abc import Iterator, Sequence
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from breathe.store.history import History
from breathe.store.history_record import SessionRecord
from breathe.ui.history import model as history_model
from breathe.ui.history.model import (
    LENGTH,
    PAIN,
    PRACTICE,
    RECORD_ROLE,
    STATUS,
    STRESS,
    TAGS,
    WHEN,
    HistoryModel,
)

T0 = datetime(2025, 3, 3, 9, 30, tzinfo=timezone(timedelta(hours=1)))  # a Monday


def session(n: int, **fields: Any) -> SessionRecord:
    """Session ``n``: started ``n`` hours after T0 unless ``started_at`` is given."""
    values: dict[str, Any] = {
        "id": f"session-{n}",
        "practice": "breathing",
        "preset": "coherent",
        "options": {"minutes": 5},
        "started_at": (T0 + timedelta(hours=n)).isoformat(),
        "planned_seconds": 300.0,
        "duration_seconds": 300.0,
        "status": "completed",
    }
    values.update(fields)
    return SessionRecord(**values)


def add(history: History, records: Sequence[SessionRecord]) -> None:
    added, _ = history.import_records(records)
    assert added == len(records)


def insert_sessions(path: Path, n: int) -> None:
    """``n`` plain sessions, one every 30 minutes from T0, written with one executemany.

    Quicker than ``History.import_records`` for 100,000 rows; the file must already exist
    (``History.open`` made it).
    """
    start = T0.timestamp()
    presets = ("coherent", "box", "sigh", "extended-exhale")
    rows = [
        (
            str(uuid.UUID(int=i + 1)),
            "breathing",
            presets[i % 4],
            json.dumps({"minutes": 5}),
            datetime.fromtimestamp(start + 1800 * i, T0.tzinfo).isoformat(),
            start + 1800 * i,
            300.0,
            float(60 + i % 240),
            "completed",
            6 + i % 3,
            4 + i % 2,
            None,
            None,
            json.dumps(["work"] if i % 5 == 0 else []),
            None,
        )
        for i in range(n)
    ]
    conn = sqlite3.connect(path)
    with conn:
        conn.executemany(
            "INSERT INTO sessions (id, practice, preset, options, started_at, started_epoch,"
            " planned_seconds, duration_seconds, status, rating_before, rating_after,"
            " pain_before, pain_after, tags, note) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            rows,
        )
    conn.close()


class CountingHistory(History):
    """A real History that counts the sessions it reads from SQLite."""

    rows_read = 0

    def sessions(
        self, limit: int | None = None, offset: int = 0, *, newest_first: bool = True
    ) -> list[SessionRecord]:
        found = super().sessions(limit, offset, newest_first=newest_first)
        self.rows_read += len(found)
        return found

    def get(self, session_id: str) -> SessionRecord | None:
        found = super().get(session_id)
        self.rows_read += found is not None
        return found


@pytest.fixture
def history(tmp_path: Path) -> Iterator[History]:
    opened = History.open(tmp_path / "h.sqlite3")
    yield opened
    opened.close()


def ready(model: HistoryModel) -> HistoryModel:
    """``model`` once every read it has asked its worker for is in."""
    assert model.wait()
    return model


def column(model: HistoryModel, col: int, role: int = Qt.ItemDataRole.DisplayRole) -> list[Any]:
    """What a view shows in ``col``: asked for once (the pages are read), then read."""
    ready(model)
    for row in range(model.rowCount()):
        model.data(model.index(row, col), role)
    ready(model)
    return [model.data(model.index(row, col), role) for row in range(model.rowCount())]


def ids(model: HistoryModel) -> list[str]:
    return [r.id for r in column(model, WHEN, RECORD_ROLE)]


def test_the_model_passes_qts_model_tester(
    history: History, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(history_model, "PAGE_ROWS", 7)
    monkeypatch.setattr(history_model, "KEEP_PAGES", 2)
    add(history, [session(i, rating_before=i % 11, rating_after=(i * 3) % 11) for i in range(30)])
    model = HistoryModel(history)
    # Warning mode: any failure is a Qt warning, and pytest-qt fails a test on Qt warnings
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning)
    ready(model)
    for col in (PRACTICE, STRESS, WHEN):
        model.sort(col, Qt.SortOrder.AscendingOrder)
        ready(model)
        column(model, PRACTICE)  # every page read, then dropped for the next ones
    history.delete(session(3).id)
    model.refresh()
    ready(model)
    assert model.rowCount() == 29
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.data(QModelIndex()) is None
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.flags(QModelIndex()) == Qt.ItemFlag.NoItemFlags
    del tester


def test_newest_first_with_readable_words(history: History) -> None:
    add(
        history,
        [
            session(1, rating_before=7, rating_after=4, pain_before=5, tags=("flare", "night")),
            session(30, preset="box", options={"minutes": 4}, duration_seconds=185.0),
            session(5, practice="grounding", preset=None, options={"variant": "5-4-3-2-1"}),
            session(
                2,
                practice="relaxation",
                preset=None,
                options={"groups": 7, "release_only": True},
                status="stopped",
                duration_seconds=95.4,
            ),
        ],
    )
    model = ready(HistoryModel(history))
    assert model.rowCount() == 4
    assert model.columnCount() == 7
    assert column(model, PRACTICE) == [
        "Box breathing · 4 min",
        "5-4-3-2-1 grounding",
        "Muscle relaxation · 7 groups · release only",
        "Coherent breathing · 5 min",
    ]
    assert column(model, LENGTH) == ["3 min 5 s", "5 min", "1 min 35 s", "5 min"]
    assert column(model, STATUS) == ["Completed", "Completed", "Ended early", "Completed"]
    assert column(model, STRESS)[3] == "7 → 4"
    assert column(model, PAIN)[3] == "5 → –"
    assert column(model, STRESS)[0] == ""
    assert column(model, TAGS)[3] == "flare, night"
    assert column(model, STRESS, Qt.ItemDataRole.AccessibleTextRole)[3] == (
        "Stress before 7, after 4"
    )
    assert column(model, PAIN, Qt.ItemDataRole.AccessibleTextRole)[0] == "Pain not rated"
    assert column(model, LENGTH, Qt.ItemDataRole.ToolTipRole)[0] == "3 min 5 s (Planned: 5 min)"
    local = (T0 + timedelta(hours=30)).astimezone()  # shown in this computer's time zone
    assert column(model, WHEN)[0] == local.strftime("%a %-d %b %Y, %H:%M")
    assert model.headerData(STRESS, Qt.Orientation.Horizontal) == "Stress\nbefore → after"


def test_every_cut_short_cell_can_be_read_whole_in_its_tip(history: History) -> None:
    tags = tuple(f"a long tag number {n}" for n in range(6))
    add(history, [session(1, rating_before=7, rating_after=4, tags=tags)])
    model = HistoryModel(history)
    tip = Qt.ItemDataRole.ToolTipRole
    assert column(model, TAGS, tip) == [", ".join(tags)]
    assert column(model, PRACTICE, tip) == ["Coherent breathing · 5 min"]
    assert column(model, WHEN, tip) == column(model, WHEN)
    assert column(model, STRESS, tip) == ["Stress before 7, after 4"]
    assert column(model, PAIN, tip) == ["Pain not rated"]


def test_a_running_session_is_shown_as_in_progress(history: History) -> None:
    history.begin("breathing", "box", {"minutes": 4}, 243.0)
    add(history, [session(-100, status="interrupted")])
    model = HistoryModel(history)
    assert column(model, STATUS) == ["In progress", "Interrupted"]


def test_sorting_by_a_column_and_back_to_newest_first(history: History) -> None:
    add(
        history,
        [
            session(0, rating_before=5, rating_after=5),  # 0
            session(1, rating_before=8, rating_after=3),  # -5
            session(2),  # not rated: always last
            session(3, rating_before=6, rating_after=4),  # -2
            session(4, rating_before=2, rating_after=4),  # +2
        ],
    )
    model = ready(HistoryModel(history))
    newest_first = [session(n).id for n in (4, 3, 2, 1, 0)]
    assert ids(model) == newest_first
    model.sort(STRESS, Qt.SortOrder.AscendingOrder)
    assert ids(model) == [session(n).id for n in (1, 3, 0, 4, 2)]
    model.sort(STRESS, Qt.SortOrder.DescendingOrder)
    assert ids(model) == [session(n).id for n in (4, 0, 3, 1, 2)]
    model.sort(WHEN, Qt.SortOrder.AscendingOrder)
    assert ids(model) == newest_first[::-1]
    model.sort(WHEN, Qt.SortOrder.DescendingOrder)
    assert ids(model) == newest_first


def test_equal_keys_stay_newest_first_in_both_directions(history: History) -> None:
    add(history, [session(n, preset="box" if n % 2 else "sigh") for n in range(6)])
    model = HistoryModel(history)
    model.sort(PRACTICE, Qt.SortOrder.AscendingOrder)
    assert ids(model) == [session(n).id for n in (5, 3, 1, 4, 2, 0)]
    model.sort(PRACTICE, Qt.SortOrder.DescendingOrder)
    assert ids(model) == [session(n).id for n in (4, 2, 0, 5, 3, 1)]


@pytest.mark.parametrize(
    ("col", "fields", "order"),
    [
        (LENGTH, [{"duration_seconds": s} for s in (60.0, 30.0, 90.0)], [1, 0, 2]),
        (STATUS, [{"status": s} for s in ("stopped", "completed", "interrupted")], [1, 0, 2]),
        (PAIN, [{"pain_before": 5, "pain_after": a} for a in (5, 2, 7)], [1, 0, 2]),
        (TAGS, [{"tags": t} for t in (("work",), (), ("flare",))], [2, 0, 1]),
    ],
)
def test_every_other_column_sorts(
    history: History, col: int, fields: list[dict[str, Any]], order: list[int]
) -> None:
    add(history, [session(n, **f) for n, f in enumerate(fields)])
    model = HistoryModel(history)
    model.sort(col, Qt.SortOrder.AscendingOrder)
    assert ids(model) == [session(n).id for n in order]


def test_a_long_history_says_it_is_sorting_and_keeps_its_rows_meanwhile(
    history: History, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(history_model, "SORT_NOTICE_ROWS", 5)
    add(history, [session(n, duration_seconds=float(100 - n)) for n in range(20)])
    model = ready(HistoryModel(history))
    busy: list[bool] = []
    model.sorting.connect(busy.append)
    with qtbot.waitSignal(model.sorting, check_params_cb=lambda done: done is False):
        model.sort(LENGTH, Qt.SortOrder.AscendingOrder)
        assert busy == [True]
        # meanwhile every row is still there, newest first
        assert model.rowCount() == 20
    assert busy == [True, False]
    assert ids(model) == [session(n).id for n in range(19, -1, -1)]
    # an edit while sorted by Length: the row shows it once the order is rebuilt
    history.update(session(19).id, tags=["night"])
    with qtbot.waitSignal(model.sorting, check_params_cb=lambda done: done is False):
        model.refresh()
    assert column(model, TAGS)[0] == "night"


def test_a_short_history_sorts_without_a_word(history: History) -> None:
    add(history, [session(n, duration_seconds=float(n)) for n in range(3)])
    model = ready(HistoryModel(history))
    busy: list[bool] = []
    model.sorting.connect(busy.append)
    model.sort(LENGTH, Qt.SortOrder.DescendingOrder)
    assert ids(model) == [session(n).id for n in (2, 1, 0)]
    assert busy == []


def test_an_older_sort_finishing_late_is_dropped(
    history: History, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    add(history, [session(n, duration_seconds=float(n)) for n in range(5)])
    model = ready(HistoryModel(history))
    real = history_model.sort_order
    second_shown = threading.Event()

    def first_one_slow(h: History, col: int, descending: bool) -> list[str]:
        if not descending:  # the first sort asked for: it finishes after the second
            assert second_shown.wait(10)
        return real(h, col, descending)

    monkeypatch.setattr(history_model, "sort_order", first_one_slow)
    model.sort(LENGTH, Qt.SortOrder.AscendingOrder)
    with qtbot.waitSignal(model.loaded):  # the second, newer one
        model.sort(LENGTH, Qt.SortOrder.DescendingOrder)
    second_shown.set()
    ready(model)  # the first one has finished too, and was dropped
    assert ids(model) == [session(n).id for n in range(4, -1, -1)]


def test_only_a_window_of_rows_is_read(tmp_path: Path) -> None:
    history = CountingHistory.open(tmp_path / "h.sqlite3")
    insert_sessions(history.path, 5000)
    model = ready(HistoryModel(history))
    assert model.rowCount() == 5000
    assert history.rows_read == 0  # counting rows reads none
    for row in (0, 1, 99, 4999, 2500, 0):
        model.record(row)  # not read yet: asked for
        ready(model)
        assert model.record(row) is not None
    limit = history_model.PAGE_ROWS * 4  # pages 0, 49, 25 (and 0 kept in memory)
    assert history.rows_read == model.rows_read <= limit
    assert model.record(4999) == history.sessions(1, 4999)[0]  # the oldest
    assert model.record(5000) is None
    history.close()


def test_a_page_shows_once_read_and_a_read_that_fails_is_said_calmly(
    history: History, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(history_model, "PAGE_ROWS", 2)
    add(history, [session(n) for n in range(3)])
    model = ready(HistoryModel(history))
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda first, last: changed.append((first.row(), last.row())))
    assert model.data(model.index(0, WHEN)) is None  # a blank row for a moment...
    ready(model)
    assert changed == [(0, 1)]  # ...until its page is in
    assert model.data(model.index(0, PRACTICE)) == "Coherent breathing · 5 min"
    problems: list[str] = []
    model.problem.connect(problems.append)
    history.close()  # the file cannot be read any more
    assert model.data(model.index(2, WHEN)) is None  # its page is asked for, and fails
    ready(model)
    calm = "Your sessions could not be read just now. Please try again."
    assert problems == [calm]
    model.refresh()
    ready(model)
    assert problems == [calm, calm]
    assert model.rowCount() == 3  # the rows stay as they were
    assert model.data(model.index(1, PRACTICE)) == "Coherent breathing · 5 min"
