"""Exports (JSON, CSV, table) and the import that checks every row first."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest

from breathe.store.errors import HistoryImportError
from breathe.store.history import History
from breathe.store.history_export import (
    EMPTY_TABLE,
    parse_import,
    to_csv,
    to_json,
    to_table,
)
from breathe.store.history_record import COLUMNS, SessionRecord

SPEC_KEYS = [
    "id",
    "practice",
    "preset",
    "options",
    "started_at",
    "planned_seconds",
    "duration_seconds",
    "status",
    "rating_before",
    "rating_after",
    "pain_before",
    "pain_after",
    "tags",
    "note",
]


def rec(sid: str = "a", **changes: Any) -> SessionRecord:
    fields: dict[str, Any] = {
        "id": sid,
        "practice": "breathing",
        "preset": "box",
        "options": {"pattern": [4, 4, 4, 4], "minutes": 4},
        "started_at": "2025-03-01T09:30:00+01:00",
        "planned_seconds": 243.0,
        "duration_seconds": 243.0,
        "status": "completed",
        "rating_before": 7,
        "rating_after": 4,
        "pain_before": 6,
        "pain_after": 5,
        "tags": ("evening", "flare"),
        "note": "shoulders softer",
    }
    fields.update(changes)
    return SessionRecord(**fields)


def test_json_export_has_the_spec_fields_in_order() -> None:
    (obj,) = json.loads(to_json([rec()]))
    assert list(obj) == SPEC_KEYS == list(COLUMNS)
    assert obj["options"] == {"pattern": [4, 4, 4, 4], "minutes": 4}
    assert obj["tags"] == ["evening", "flare"]
    assert obj["preset"] == "box"
    assert to_json([]) == "[]\n"


def test_json_export_imports_back_unchanged() -> None:
    records = [rec("a"), rec("b", preset=None, tags=(), note=None, rating_after=None)]
    assert parse_import(to_json(records)) == records


def test_a_history_exported_and_imported_elsewhere_is_the_same(tmp_path: Any) -> None:
    with History.open(tmp_path / "one.sqlite3") as one:
        sid = one.begin("relaxation", None, {"groups": 7}, 600, pain_before=6, tags=["physio"])
        one.finish(sid, "stopped", 300)
        one.update(sid, pain_after=4, note="less guarding")
        exported = to_json(one.sessions())
    with History.open(tmp_path / "two.sqlite3") as two:
        assert two.import_records(parse_import(exported)) == (1, 0)
        assert to_json(two.sessions()) == exported
        assert two.import_records(parse_import(exported)) == (0, 1)


def read_csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_csv_has_the_same_columns_and_empty_cells_for_null() -> None:
    text = to_csv([rec(preset=None, note=None, rating_after=None)])
    assert text.splitlines()[0] == ",".join(SPEC_KEYS)
    (row,) = read_csv(text)
    assert row["preset"] == ""
    assert row["note"] == ""
    assert row["rating_after"] == ""
    assert row["rating_before"] == "7"
    assert row["planned_seconds"] == "243.0"
    assert json.loads(row["options"]) == {"pattern": [4, 4, 4, 4], "minutes": 4}
    assert json.loads(row["tags"]) == ["evening", "flare"]
    assert to_csv([]).strip() == ",".join(SPEC_KEYS)


@pytest.mark.parametrize(
    ("note", "cell"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+44 7700 900123", "'+44 7700 900123"),
        ("-cmd|' /C calc'!A0", "'-cmd|' /C calc'!A0"),
        ("@SUM(1+1)", "'@SUM(1+1)"),
        ("\t=1+1", "'\t=1+1"),
        ("-3", "-3"),
        ("+2.5", "+2.5"),
        ("-1e3", "-1e3"),
        ("a = b", "a = b"),
        ("felt calmer, then tired", "felt calmer, then tired"),
    ],
)
def test_csv_defuses_spreadsheet_formulas_but_not_plain_numbers(note: str, cell: str) -> None:
    (row,) = read_csv(to_csv([rec(note=note)]))
    assert row["note"] == cell


def test_table_is_aligned_and_newest_first() -> None:
    older = rec("old", started_at="2025-03-01T09:30:00+01:00", duration_seconds=61.4)
    newer = rec(
        "new",
        practice="grounding",
        preset=None,
        started_at="2025-03-02T21:05:00+00:00",
        rating_before=None,
        rating_after=None,
        pain_before=None,
        pain_after=3,
        tags=(),
        status="interrupted",
    )
    lines = to_table([older, newer]).splitlines()
    assert lines[0].split() == ["When", "Practice", "Length", "Status", "Stress", "Pain", "Tags"]
    assert lines[1].startswith("2025-03-02 21:05  grounding ")
    assert lines[2].startswith("2025-03-01 09:30  breathing (box)  ")
    assert "1:01" in lines[2]
    assert "7 -> 4" in lines[2]
    assert "6 -> 5" in lines[2]
    assert lines[2].endswith("evening, flare")
    assert "- -> 3" in lines[1]
    column = lines[0].index("Status")
    assert lines[1][column:].startswith("interrupted")
    assert lines[2][column:].startswith("completed")
    assert all(line == line.rstrip() for line in lines)


def test_empty_history_prints_a_friendly_line() -> None:
    assert to_table([]) == EMPTY_TABLE + "\n"
    assert "No sessions yet" in EMPTY_TABLE


def minimal(**extra: Any) -> dict[str, Any]:
    row = {
        "id": "x1",
        "practice": "grounding",
        "started_at": "2025-03-01T08:00:00Z",
        "planned_seconds": 180,
        "duration_seconds": 180,
        "status": "completed",
    }
    row.update(extra)
    return row


def test_missing_optional_fields_become_null() -> None:
    (r,) = parse_import(json.dumps([minimal(colour="ignored")]))
    assert r.preset is None
    assert r.options == {}
    assert r.tags == ()
    assert (r.rating_before, r.rating_after, r.pain_before, r.pain_after, r.note) == (
        None,
        None,
        None,
        None,
        None,
    )
    assert r.started_at == "2025-03-01T08:00:00+00:00"
    assert r.planned_seconds == 180.0


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("just text", "row 2: each session must be an object with named fields"),
        (minimal(id=None), "row 2: id is missing"),
        ({**minimal(), "practice": None}, "row 2: practice is missing"),
        (minimal(id=""), "row 2: id must be a short piece of text"),
        (minimal(id="x" * 101), "row 2: id must be a short piece of text"),
        (minimal(status="paused"), "row 2: status must be one of running, completed, stopped"),
        (minimal(started_at="2025-03-01 08:00"), "row 2: started_at must be a date and time with"),
        (minimal(started_at="yesterday"), "row 2: started_at must be a date and time"),
        (minimal(started_at=20250301), "row 2: started_at must be a date and time"),
        (minimal(practice="Box Breathing"), "row 2: practice must be an id"),
        (minimal(preset=4), "row 2: preset must be an id such as breathing or box (got 4)"),
        (minimal(options=[1, 2]), "row 2: options must be an object"),
        (minimal(planned_seconds=-5), "row 2: planned_seconds must be a number of seconds"),
        (minimal(duration_seconds="60"), "row 2: duration_seconds must be a number of seconds"),
        (minimal(duration_seconds=True), "row 2: duration_seconds must be a number"),
        (minimal(rating_after=11), "row 2: rating_after must be a whole number from 0 to 10"),
        (minimal(pain_before=2.5), "row 2: pain_before must be a whole number from 0 to 10"),
        (minimal(tags="calm"), "row 2: tags must be a list of words"),
        (minimal(tags=[{"a": 1}]), "row 2: each tag must be text"),
        (minimal(note=["x"]), "row 2: note must be text"),
    ],
)
def test_one_bad_row_rejects_the_whole_file(row: object, message: str) -> None:
    text = json.dumps([minimal(id="fine"), row, minimal(id="also-fine")])
    with pytest.raises(HistoryImportError) as caught:
        parse_import(text)
    assert str(caught.value).startswith(message)
    assert str(caught.value).endswith("; nothing was imported")
    assert "\n" not in str(caught.value)


def test_not_a_number_is_refused() -> None:
    with pytest.raises(HistoryImportError, match="row 1: planned_seconds"):
        parse_import('[{"id": "a", "practice": "grounding", "started_at": '
                     '"2025-03-01T08:00:00Z", "planned_seconds": NaN, '
                     '"duration_seconds": 1, "status": "completed"}]')  # fmt: skip


def test_long_values_are_shortened_in_messages() -> None:
    with pytest.raises(HistoryImportError) as caught:
        parse_import(json.dumps([minimal(status="x" * 500)]))
    assert len(str(caught.value)) < 200


def test_a_file_that_is_not_a_list_of_sessions_is_refused() -> None:
    with pytest.raises(HistoryImportError, match=r"^the file is not valid JSON"):
        parse_import("{oops")
    with pytest.raises(HistoryImportError, match="should hold a list of sessions"):
        parse_import('{"sessions": []}')
    assert parse_import("[]") == []


def test_a_rejected_file_imports_nothing(tmp_path: Any) -> None:
    text = json.dumps([minimal(id="fine"), minimal(id="bad", pain_after=99)])
    with History.open(tmp_path / "h.sqlite3") as h:
        with pytest.raises(HistoryImportError, match="row 2: pain_after"):
            h.import_records(parse_import(text))
        assert h.count() == 0


def test_import_skips_ids_already_present(tmp_path: Any) -> None:
    text = json.dumps([minimal(id="a"), minimal(id="b"), minimal(id="a")])
    with History.open(tmp_path / "h.sqlite3") as h:
        assert h.import_records(parse_import(text)) == (2, 1)
        assert h.import_records(parse_import(text)) == (0, 3)
        assert h.count() == 2


def test_tags_are_tidied_on_import() -> None:
    (r,) = parse_import(json.dumps([minimal(tags=[" work ", "", "work", "sleep"])]))
    assert r.tags == ("work", "sleep")
    with pytest.raises(HistoryImportError, match="at most 20 tags"):
        parse_import(json.dumps([minimal(tags=[f"t{i}" for i in range(21)])]))


def test_every_status_has_words_for_the_table() -> None:
    from breathe.store.history_export import STATUS_WORDS
    from breathe.store.history_record import STATUSES

    assert set(STATUS_WORDS) == set(STATUSES)


def test_json_nested_deeper_than_any_export_is_refused_in_one_line() -> None:
    with pytest.raises(HistoryImportError, match="nests lists or objects too deeply"):
        parse_import("[" * 100_000)


def test_an_export_for_an_output_that_is_not_utf8_is_plain_ascii_json() -> None:
    record = parse_import(json.dumps([minimal(id="夜", tags=["calm 🌊"])]))
    text = to_json(record, ascii_only=True)
    assert text.isascii()
    assert parse_import(text) == record


def test_the_table_shows_escape_sequences_in_tags_never_sends_them() -> None:
    (record,) = parse_import(json.dumps([minimal(tags=["\x1b]0;pwned\x07", "a\nb"])]))
    table = to_table([record])
    assert "\x1b" not in table and "\x07" not in table
    assert "\\x1b]0;pwned\\x07, a\\nb" in table
    assert len(table.splitlines()) == 2
