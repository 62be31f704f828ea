"""``breathe history``: print, export or import the session history."""

from __future__ import annotations

import sys
from pathlib import Path

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
                raise ValueError(
                    f"cannot read {import_file}: {reason}, "
                    "e.g. breathe history --import sessions.json"
                ) from None
            try:
                added, skipped = history.import_records(parse_import(text))
            except HistoryError as exc:
                raise ValueError(
                    f"cannot import {import_file}: {exc}, "
                    "e.g. breathe history --import sessions.json (from --format json)"
                ) from None
            print(f"Imported {added} sessions ({skipped} were already here).")
            return 0
        text = FORMATS[fmt](history.sessions())
    if output is None:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        return 0
    from breathe.store.atomic import write_text_atomic

    try:
        write_text_atomic(Path(output), text, private_dir=False)
    except OSError as exc:
        raise ValueError(
            f"cannot write {output}: {exc.strerror or exc}, "
            "e.g. breathe history --format csv --output sessions.csv"
        ) from None
    print(f"Wrote {output}.", file=sys.stderr)
    return 0
