"""``breathe history``: print, export or import the session history.

Bad input (a file that is not an export, a path that cannot be a file) is a ``ValueError``
(exit 2); a history or an output the command cannot use (an unusable data folder, a full
disk) is a ``CommandError`` (exit 1). Both are one line.
"""

from __future__ import annotations

import errno
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path

from breathe.cli.parser import CommandError, stdout_is_utf8
from breathe.language import gettext, ngettext
from breathe.store.atomic import FileTooLargeError, NotAFileError, read_regular
from breathe.store.errors import HistoryError, HistoryUnavailableError, StoreError
from breathe.store.history import History
from breathe.store.history_export import parse_import, to_csv, to_json, to_table
from breathe.store.history_record import SessionRecord
from breathe.terminal import printable

#: the largest import read into memory (an export of 300,000 sessions is about 130 MiB)
MAX_IMPORT_BYTES = 512 * 2**20
#: a write that failed for these reasons failed on a good path: the disk, not the input
_DISK_ERRORS = {errno.ENOSPC, errno.EDQUOT, errno.EIO, errno.EFBIG}
IMPORT_EXAMPLE = "breathe history --import sessions.json"
OUTPUT_EXAMPLE = "breathe history --format csv --output sessions.csv"


def run(fmt: str, output: str | None, import_file: str | None) -> int:
    """Run the command; bad input raises a ValueError subclass (exit 2 in the CLI)."""
    text = None if import_file is None else _read_import(import_file)
    with _open_history() as history:
        if history.notice:
            print(f"breathe: {printable(history.notice)}", file=sys.stderr)
        if text is not None:
            try:
                added, skipped = history.import_records(parse_import(text))
            except HistoryError as exc:
                message = gettext("cannot import {file}: {problem}, e.g. {example}")
                example = f"{IMPORT_EXAMPLE} (--format json)"
                raise ValueError(
                    message.format(file=import_file, problem=exc, example=example)
                ) from None
            imported = ngettext(
                "Imported {added} session ({skipped} were already here).",
                "Imported {added} sessions ({skipped} were already here).",
                added,
            )
            print(imported.format(added=added, skipped=skipped))
            return 0
        records = history.sessions()
    if output is None:
        _print(records, fmt)
        return 0
    _write(Path(output), _render(records, fmt, ascii_only=False))
    print(gettext("Wrote {file}.").format(file=printable(output)), file=sys.stderr)
    return 0


def _open_history() -> History:
    """The history; one line and exit 1 when it cannot be used (not the person's input)."""
    try:
        return History.open()
    except (StoreError, OSError, sqlite3.Error) as exc:
        cause = exc.__cause__ if isinstance(exc, HistoryUnavailableError) else exc
        reason = getattr(cause, "strerror", None) or str(exc)
        message = gettext("cannot open your history: {reason}")
        raise CommandError(message.format(reason=reason)) from None


def _read_import(name: str) -> str:
    """The text of an import file: a regular file (or a pipe) of bounded size, in UTF-8."""
    try:
        raw = read_regular(Path(name), limit=MAX_IMPORT_BYTES)
    except NotAFileError as exc:
        if exc.kind != "a FIFO":  # `--import /dev/stdin` from a pipe is fine
            raise ValueError(_cannot_read(name, exc.strerror)) from None
        raw = _read_pipe(Path(name))
    except OSError as exc:
        raise ValueError(_cannot_read(name, exc.strerror or str(exc))) from None
    try:
        return raw.decode("utf-8-sig")  # a BOM from a Windows editor is fine
    except UnicodeDecodeError as exc:
        reason = gettext("it is not UTF-8 text ({detail})").format(detail=exc.reason)
        raise ValueError(_cannot_read(name, reason)) from None


def _cannot_read(name: str | Path, reason: object) -> str:
    message = gettext("cannot read {file}: {reason}, e.g. {example}")
    return message.format(file=name, reason=reason, example=IMPORT_EXAMPLE)


def _read_pipe(path: Path) -> bytes:
    with path.open("rb") as stream:
        raw = stream.read(MAX_IMPORT_BYTES + 1)
    if len(raw) > MAX_IMPORT_BYTES:
        problem = FileTooLargeError(path, MAX_IMPORT_BYTES).strerror
        raise ValueError(_cannot_read(path, problem))
    return raw


def _render(records: Sequence[SessionRecord], fmt: str, *, ascii_only: bool) -> str:
    if fmt == "table":
        return to_table(records)
    if fmt == "csv":
        return to_csv(records)
    return to_json(records, ascii_only=ascii_only)


def _print(records: Sequence[SessionRecord], fmt: str) -> None:
    """To stdout in its own encoding: what it cannot hold is escaped, never an error.

    JSON stays valid JSON (escaped as ``\\uXXXX``); CSV and the table show Python's escapes.
    """
    text = _render(records, fmt, ascii_only=not stdout_is_utf8())
    try:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:  # stdout is a file on a full disk
        message = gettext("cannot write the history out: {reason}")
        raise CommandError(message.format(reason=exc.strerror or exc)) from None


def _write(path: Path, text: str) -> None:
    from breathe.store.atomic import write_text_atomic

    try:
        write_text_atomic(path, text, private_dir=False)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        if exc.errno in _DISK_ERRORS:  # a good path on a full or failing disk
            message = gettext("cannot write {file}: {reason}; nothing was written")
            raise CommandError(message.format(file=path, reason=reason)) from None
        message = gettext("cannot write {file}: {reason}, e.g. {example}")
        raise ValueError(message.format(file=path, reason=reason, example=OUTPUT_EXAMPLE)) from None
