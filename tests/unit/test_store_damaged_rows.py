"""One damaged row never takes the history down: it is listed, shown and exported as damaged.

Rows are damaged for real in the SQLite file (an older breathe's import, a bad disk, a
hand edit): broken JSON in ``tags`` or ``options``, a start in the year 9999, text where a
number belongs. Imports refuse all of these, naming the row and the field.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from pathlib import Path

import pytest

from breathe.store.errors import HistoryImportError
from breathe.store.history import History
from breathe.store.history_export import DAMAGED, parse_import, to_csv, to_json, to_table
from breathe.store.history_record import UNKNOWN_START, record_from_json, record_from_stored
from breathe.store.history_schema import SCHEMA_V1

GOOD = {
    "id": "good",
    "practice": "breathing",
    "preset": "box",
    "options": {"pattern": [4, 4, 4, 4], "minutes": 4},
    "started_at": "2025-03-01T09:30:00+01:00",
    "planned_seconds": 243.0,
    "duration_seconds": 243.0,
    "status": "completed",
    "rating_before": 6,
    "rating_after": 3,
    "pain_before": None,
    "pain_after": None,
    "tags": ["evening"],
    "note": "calmer",
}

#: (column, what a damaged file holds there)
DAMAGE = [
    ("tags", "[broken"),
    ("tags", '{"not": "a list"}'),
    ("tags", b"\x00\xff"),
    ("options", "{not json"),
    ("options", '{"minutes": 1e999}'),
    ("options", '{"minutes": ' + "9" * 400 + "}"),
    ("started_at", "9999-12-31T23:59:00+00:00"),
    ("started_at", "yesterday"),
    ("planned_seconds", "abc"),
    ("rating_after", 99),
    ("note", 12345),
    ("practice", "Box Breathing"),
]
#: what a version 2 file can hold despite its checks: it refuses a rating out of range, and
#: a number in the note's text column is stored as text
IN_A_FILE = [(column, value) for column, value in DAMAGE if column not in ("rating_after", "note")]


def stored(**changes: object) -> dict[str, object]:
    row = {**GOOD, **changes}
    row["options"] = changes.get("options", json.dumps(GOOD["options"]))
    row["tags"] = changes.get("tags", json.dumps(GOOD["tags"]))
    return row


def test_a_row_with_nothing_damaged_reads_as_an_import_of_it_would() -> None:
    record = record_from_stored(stored())
    assert record == record_from_json(GOOD)
    assert record.damaged == {}


@pytest.mark.parametrize(("column", "value"), DAMAGE, ids=[f"{c}={v!r:.20}" for c, v in DAMAGE])
def test_a_damaged_value_reads_as_a_stand_in_and_is_kept_as_it_was(
    column: str, value: object
) -> None:
    record = record_from_stored(stored(**{column: value}))
    assert record.damaged == {column: value}
    exported = record.to_json()[column]  # exported as it is (bytes as the text they spell)
    assert exported == (
        value.decode("utf-8", "backslashreplace") if isinstance(value, bytes) else value
    )
    assert record.started.year >= 1970  # every page can still place it
    others = {k: v for k, v in record.to_json().items() if k != column}
    assert others == {k: v for k, v in GOOD.items() if k != column}


def test_a_start_it_cannot_read_is_listed_last_and_shown_damaged() -> None:
    record = record_from_stored(stored(started_at="9999-12-31T23:59:00+00:00"))
    assert record.started_at == UNKNOWN_START
    lines = to_table([record, record_from_stored(stored(id="other"))]).splitlines()
    assert lines[-1].startswith(DAMAGED)


def damage(path: Path, sid: str, column: str, value: object) -> None:
    """Write ``value`` into a stored row as a damaged file or an older breathe would."""
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute(f"UPDATE sessions SET {column} = ? WHERE id = ?", (value, sid))
        conn.commit()


@pytest.fixture
def history(tmp_path: Path) -> History:
    opened = History.open(tmp_path / "history.sqlite3")
    rows = [{**GOOD, "id": f"s{n}", "started_at": f"2025-03-{n + 1:02d}T09:30:00+01:00"}
            for n in range(len(IN_A_FILE))]  # fmt: skip
    opened.import_records([record_from_json(r) for r in rows])
    return opened


def test_damaged_rows_never_take_down_listing_or_any_export(history: History) -> None:
    for n, (column, value) in enumerate(IN_A_FILE):
        damage(history.path, f"s{n}", column, value)
    records = history.sessions()
    assert len(records) == len(IN_A_FILE)
    assert {r.id: dict(r.damaged) for r in records} == {
        f"s{n}": {column: value} for n, (column, value) in enumerate(IN_A_FILE)
    }
    table = to_table(records)
    # the table has no column for options or the planned length: those rows show the rest
    assert table.count(DAMAGED) == 6
    assert len(to_csv(records).splitlines()) == len(IN_A_FILE) + 1
    exported = json.loads(to_json(records))
    assert {r["id"]: r["tags"] for r in exported}["s0"] == "[broken"  # as it was
    with pytest.raises(HistoryImportError, match=r"^row \d+: \w+ must be"):
        parse_import(to_json(records))  # an export of damage is never taken for good
    history.close()


@pytest.mark.parametrize(
    ("change", "naming"),
    [
        ({"started_at": "9999-12-31T23:59:00+00:00"}, "started_at must be between 1970 and 2200"),
        ({"started_at": "1969-12-31T23:59:00+00:00"}, "started_at must be between 1970 and 2200"),
        ({"options": {"minutes": 10**400}}, "options: minutes must be a number"),
        ({"options": {"pattern": [[4, 4]]}}, "options: pattern must be a number"),
        ({"options": {"deep": {"er": 1}}}, "options: deep must be a number"),
        ({"options": {"Not A Name": 1}}, "options: 'Not A Name' is not an option name"),
        ({"tags": [1, 2]}, "each tag must be text"),
        ({"tags": "calm"}, "tags must be a list of words"),
    ],
)
def test_an_import_refuses_what_the_history_could_not_show(
    change: dict[str, object], naming: str
) -> None:
    text = json.dumps([GOOD, {**GOOD, "id": "second", **change}])
    with pytest.raises(HistoryImportError) as caught:
        parse_import(text)
    assert str(caught.value).startswith(f"row 2: {naming}")
    assert "\n" not in str(caught.value)


def test_a_v1_row_with_text_for_a_number_migrates_once_and_reads_as_damaged(
    tmp_path: Path,
) -> None:
    db = tmp_path / "history.sqlite3"
    with contextlib.closing(sqlite3.connect(db)) as conn:
        conn.executescript(SCHEMA_V1)
        conn.executemany(
            "INSERT INTO sessions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                ("fine", "breathing", "box", "{}", "2024-11-02T08:15:00+00:00", 243.0, 243.0,
                 "completed", 7, 3),
                ("odd", "grounding", None, "{oops", "the day before", "three minutes", 61.5,
                 "stopped", None, None),
            ],
        )  # fmt: skip
        conn.execute("PRAGMA user_version = 1")
        conn.commit()
    with History.open(db) as h:
        assert h.backup is not None
        odd = h.get("odd")
        assert odd is not None
        assert dict(odd.damaged) == {
            "options": "{oops",
            "started_at": "the day before",
            "planned_seconds": "three minutes",
        }
        assert odd.duration_seconds == 61.5
        assert [r.id for r in h.sessions()] == ["fine", "odd"]  # the unreadable start last
    with History.open(db) as again:  # migrated for good: no second backup
        assert again.backup is None
    assert len(list(tmp_path.glob("history.sqlite3.bak-*"))) == 1


def test_what_helps_leaves_out_a_row_it_cannot_read() -> None:
    from breathe.store.insights import effects

    rows = [record_from_stored(stored(id=f"r{n}")) for n in range(3)]
    rows.append(record_from_stored(stored(id="bad", practice="Box Breathing")))
    (effect,) = effects(rows)
    assert (effect.practice, effect.sessions) == ("breathing", 3)
