"""Files written whole or not at all, and unreadable files set aside rather than lost."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from breathe.paths import ensure_private_dir

log = logging.getLogger(__name__)


def write_json_atomic(path: Path, obj: object, *, private_dir: bool = True) -> None:
    """Write ``obj`` as JSON to ``path`` atomically (see ``write_text_atomic``).

    ``NaN`` and ``Infinity`` are written as Python reads them: breathe's own values never
    hold them (every check refuses them), but a value kept unread from a file may, and it
    is written back as it was rather than making every later save fail.

    Raises:
        OSError: the file could not be written; an existing file is left as it was.
        TypeError, ValueError: ``obj`` cannot be written as JSON (nothing is touched).
    """
    text = json.dumps(obj, ensure_ascii=False, indent=2, sort_keys=True)
    write_text_atomic(path, text + "\n", private_dir=private_dir)


def write_text_atomic(path: Path, text: str, *, private_dir: bool = True) -> None:
    """Write ``text`` to ``path``: a temp file in the same folder, fsync, os.replace.

    The file is readable by the user only (0600). With ``private_dir`` its folder is
    created user-only (0700); pass ``False`` for a folder the person chose, which must
    exist and is left as it is.

    Raises:
        OSError: the file could not be written; an existing file is left as it was.
    """
    if private_dir:
        ensure_private_dir(path.parent)
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        tmp.replace(path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_folder(path.parent)


@contextlib.contextmanager
def atomic_target(path: Path) -> Iterator[Path]:
    """A temp file next to ``path`` for other code to write (e.g. a PDF printer).

    When the ``with`` block ends normally the temp file, if it holds anything, is fsynced
    and replaces ``path``; if the block raises, or the file came out empty, it is removed
    and ``path`` is left as it was. The file is readable by the user only (0600). The
    folder must exist (it may be one the person chose).

    Raises:
        OSError: the folder is missing or not writable, or the file came out empty.
    """
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        with tmp.open("rb+") as f:
            if not f.read(1):
                raise OSError(f"{path.name} came out empty, so it was not saved")
            os.fsync(f.fileno())
        tmp.replace(path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_folder(path.parent)


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); folders cannot be opened on Windows."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def read_json_or_set_aside(
    path: Path, *, what: str = "settings", expect: type | None = None
) -> tuple[object | None, str | None]:
    """Read the JSON in ``path``; set an unreadable file aside instead of failing.

    Args:
        path: the file to read.
        what: how the notice names the file's contents, e.g. ``"settings"``.
        expect: the type the top-level value must have (e.g. ``dict``); anything else
            counts as unreadable.

    Returns:
        ``(value, None)`` when the file is good; ``(None, None)`` when there is no file;
        ``(None, notice)`` when it could not be read: it was renamed
        ``<name>.corrupt-<YYYYmmdd-HHMMSS>`` (never deleted) and ``notice`` is one
        calm line naming where it is kept.
    """
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None, None
    except OSError as exc:
        problem = exc.strerror or str(exc)
    else:
        try:
            value = json.loads(raw.decode("utf-8"))
        except (ValueError, RecursionError) as exc:  # bad UTF-8 or JSON, absurd nesting
            problem = str(exc)
        else:
            if expect is None or isinstance(value, expect):
                return value, None
            problem = f"the top level is a {type(value).__name__}, not a {expect.__name__}"
    log.warning("could not read %s (%s)", path, problem)
    return None, _set_aside_notice(path, what)


def _set_aside_notice(path: Path, what: str) -> str:
    try:
        kept = set_aside(path)
    except OSError as exc:
        log.warning("could not set %s aside: %s", path, exc)
        return (
            f"Your {what} could not be read, so breathe is using its defaults; "
            f"the file is left as it was at {path}."
        )
    return (
        f"Your {what} could not be read, so breathe is using its defaults; "
        f"the old file is kept at {kept}."
    )


def set_aside(path: Path, *companions: str) -> Path:
    """Rename ``path`` to ``<name>.corrupt-<YYYYmmdd-HHMMSS>`` and return the new path.

    ``companions`` are suffixes of files that belong with it (SQLite's ``-wal`` and
    ``-shm``): each present one moves to the kept name plus that suffix. A name already
    taken gets ``-2``, ``-3``... Nothing is ever deleted.

    Raises:
        OSError: the file could not be renamed.
    """
    kept = unique_sibling(path, f"corrupt-{timestamp()}", *companions)
    path.rename(kept)
    for suffix in companions:
        extra = path.with_name(path.name + suffix)
        if extra.exists():
            extra.rename(kept.with_name(kept.name + suffix))
    log.warning("set %s aside as %s", path, kept)
    return kept


def unique_sibling(path: Path, label: str, *companions: str) -> Path:
    """``<name>.<label>`` next to ``path``, numbered if it (or a companion) exists."""
    n = 1
    while True:
        name = f"{path.name}.{label}" if n == 1 else f"{path.name}.{label}-{n}"
        candidate = path.with_name(name)
        taken = [candidate, *(candidate.with_name(name + s) for s in companions)]
        if not any(p.exists() for p in taken):
            return candidate
        n += 1


def timestamp() -> str:
    """The local time as ``YYYYmmdd-HHMMSS``, for names of kept files."""
    return time.strftime("%Y%m%d-%H%M%S")
