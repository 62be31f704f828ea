"""``breathe history``: print, export or import the session history."""

from __future__ import annotations

import sys
from pathlib import Path

from breathe.language import gettext, ngettext
from breathe.store.errors import HistoryError
from breathe.store.history import History
from breathe.store.history_export import parse_import, to_csv, to_json, to_table

FORMATS = {"table": to_table, "csv": to_csv, "json": to_json}


def run(fmt: str, output: str | None, import_file: str | None) -> int:
    """Run the command; bad input raises a ValueError subclass (exit 2 in the CLI)."""
    with History.open() as history:
        if history.notice:
            print(f"breathe: {history.notice}", file=sys.stderr)
        if import_file is not None:
            try:
                text = Path(import_file).read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                reason = getattr(exc, "strerror", None) or str(exc)
                message = gettext(
                    "cannot read {file}: {reason}, e.g. breathe history --import sessions.json"
                )
                raise ValueError(message.format(file=import_file, reason=reason)) from None
            try:
                added, skipped = history.import_records(parse_import(text))
            except HistoryError as exc:
                message = gettext(
                    "cannot import {file}: {problem}, "
                    "e.g. breathe history --import sessions.json (from --format json)"
                )
                raise ValueError(message.format(file=import_file, problem=exc)) from None
            imported = ngettext(
                "Imported {added} session ({skipped} were already here).",
                "Imported {added} sessions ({skipped} were already here).",
                added,
            )
            print(imported.format(added=added, skipped=skipped))
            return 0
        text = FORMATS[fmt](history.sessions())
    if output is None:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        return 0
    from breathe.store.atomic import write_text_atomic

    try:
        write_text_atomic(Path(output), text, private_dir=False)
    except OSError as exc:
        message = gettext(
            "cannot write {file}: {reason}, e.g. breathe history --format csv --output sessions.csv"
        )
        raise ValueError(message.format(file=output, reason=exc.strerror or exc)) from None
    print(gettext("Wrote {file}.").format(file=output), file=sys.stderr)
    return 0
