"""History out and in: JSON and CSV exports, a readable table, and a checked import."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Sequence

from breathe.language import N_, gettext
from breathe.store.errors import HistoryError, HistoryImportError
from breathe.store.history_record import COLUMNS, SessionRecord, record_from_json
from breathe.terminal import printable

#: a cell a spreadsheet would run as a formula; OWASP adds tab and carriage return
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")
EMPTY_TABLE = N_("No sessions yet. When you do a practice, it is kept here, on this computer only.")
#: a cell of the table whose stored value could not be read (the export keeps it as it was)
# Translators: a cell of `breathe history` whose stored value could not be read
DAMAGED = N_("(damaged)")
#: a session's status as the table shows it to people (JSON and CSV keep the ids)
# Translators: a session's status in the `breathe history` table
STATUS_WORDS = {
    "running": N_("running"),
    "completed": N_("completed"),
    "stopped": N_("stopped"),
    "interrupted": N_("interrupted"),
}


def to_json(records: Sequence[SessionRecord], *, ascii_only: bool = False) -> str:
    """The JSON export of docs/contract.md: a list of objects, one per session.

    ``ascii_only``: every other character as a ``\\u`` escape (for an output that cannot
    hold them all; the JSON means the same).
    """
    rows = [r.to_json() for r in records]
    return json.dumps(rows, indent=2, ensure_ascii=ascii_only) + "\n"


def to_csv(records: Sequence[SessionRecord]) -> str:
    """The same columns as CSV; ``options`` and ``tags`` as JSON, empty cells for null.

    A cell that a spreadsheet would take for a formula (starting with ``= + - @``, other
    than a plain number such as ``-3``) is prefixed with ``'``.
    """
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    for r in records:
        row = r.to_json()
        writer.writerow([_cell(row[name]) for name in COLUMNS])
    return out.getvalue()


def _cell(value: object) -> str:
    if value is None:
        return ""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    if text.startswith(_FORMULA_START) and not _PLAIN_NUMBER.fullmatch(text):
        return "'" + text
    return text


# Translators: the column headings of `breathe history` in a terminal (keep them short)
TABLE_HEADINGS = (
    N_("When"),
    N_("Practice"),
    N_("Length"),
    N_("Status"),
    N_("Stress"),
    N_("Pain"),
    N_("Tags"),
)


def to_table(records: Sequence[SessionRecord]) -> str:
    """Aligned columns for a terminal, newest first; a friendly line when empty."""
    if not records:
        return gettext(EMPTY_TABLE) + "\n"
    header = tuple(gettext(h) for h in TABLE_HEADINGS)
    rows = [header] + [
        tuple(
            gettext(DAMAGED) if any(name in r.damaged for name in fields) else text
            for text, fields in (
                # the same in every language: a date a terminal user reads and sorts at a glance
                (r.started.strftime("%Y-%m-%d %H:%M"), ("started_at",)),
                (
                    r.practice if r.preset is None else f"{r.practice} ({r.preset})",
                    ("practice", "preset"),
                ),
                (_minutes(r.duration_seconds), ("duration_seconds",)),
                (_status(r.status), ("status",)),
                (_before_after(r.rating_before, r.rating_after), ("rating_before", "rating_after")),
                (_before_after(r.pain_before, r.pain_after), ("pain_before", "pain_after")),
                # imported tags may hold terminal escapes: shown, never obeyed
                (printable(", ".join(r.tags)), ("tags",)),
            )
        )
        for r in sorted(records, key=lambda r: r.started.timestamp(), reverse=True)
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    lines = [
        "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip()
        for row in rows
    ]
    return "\n".join(lines) + "\n"


def _status(status: str) -> str:
    # a record's status is one of STATUSES (history_record checks it on the way in)
    return gettext(STATUS_WORDS[status])


def _minutes(seconds: float) -> str:
    m, s = divmod(round(seconds), 60)
    return f"{m}:{s:02d}"


def _before_after(before: int | None, after: int | None) -> str:
    if before is None and after is None:
        return ""
    return f"{'-' if before is None else before} -> {'-' if after is None else after}"


def parse_import(text: str) -> list[SessionRecord]:
    """Read a JSON export, checking every row before anything is kept.

    Raises:
        HistoryImportError: one line naming the first bad row and its problem, e.g.
            ``row 3: pain_after must be a whole number from 0 to 10, or null (got 11);
            nothing was imported``.
    """
    try:
        data = json.loads(text)
    except ValueError as exc:
        message = gettext("the file is not valid JSON ({detail}); nothing was imported")
        raise HistoryImportError(message.format(detail=exc)) from exc
    except RecursionError:  # [[[[... thousands deep: no export looks like that
        raise HistoryImportError(
            gettext(
                "the file nests lists or objects too deeply to be an export; nothing was imported"
            )
        ) from None
    if not isinstance(data, list):
        raise HistoryImportError(
            gettext(
                "the file should hold a list of sessions, as breathe history --format json "
                "writes; nothing was imported"
            )
        )
    records = []
    for number, item in enumerate(data, start=1):
        try:
            records.append(record_from_json(item))
        except HistoryError as exc:
            # Translators: {problem} is what is wrong with the session in that row of the file
            message = gettext("row {number}: {problem}; nothing was imported")
            raise HistoryImportError(message.format(number=number, problem=exc)) from exc
    return records
