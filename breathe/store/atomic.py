"""Files written whole or not at all, and unreadable files set aside rather than lost."""

from __future__ import annotations

import contextlib
import errno
import json
import logging
import os
import stat
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

from breathe.language import N_, gettext
from breathe.paths import ensure_private_dir, file_kind

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


class NotAFileError(OSError):
    """A path where breathe would write or read a file holds something else (a FIFO, a
    device, a folder, a socket): it is left as it is."""

    def __init__(self, path: Path, kind: str) -> None:
        super().__init__(errno.EINVAL, f"it is {kind}, not a regular file", str(path))
        self.kind = kind


def replace_target(path: Path) -> Path:
    """The regular file that writing ``path`` whole must replace: ``path`` itself, or the
    file its symlinks lead to (a dotfiles set-up keeps its link; a dangling link's target
    is created). Nothing is written.

    Raises:
        NotAFileError: ``path`` leads to a FIFO, device, folder or socket.
        OSError: a symlink loop, a path too long... (as the OS says).
    """
    try:
        mode = path.stat().st_mode  # follows symlinks; a loop raises ELOOP here
    except FileNotFoundError:
        mode = None
    if mode is not None and not stat.S_ISREG(mode):
        raise NotAFileError(path, file_kind(mode))
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def write_text_atomic(path: Path, text: str, *, private_dir: bool = True) -> Path:
    """Write ``text`` to ``path``: a temp file in the same folder, fsync, os.replace.

    The file is readable by the user only (0600). With ``private_dir`` (breathe's own
    files) its folder is created user-only (0700) and only a regular file is written; pass
    ``False`` for a path the person chose: its folder must exist and is left as it is, and
    a FIFO or a character device there (``/dev/stdout``, a pipe) is written directly,
    since it cannot be replaced. A symlink is written through, never replaced. Returns the
    file written.

    Raises:
        NotAFileError: the path leads to something that is not a file (nothing written).
        OSError: the file could not be written; an existing file is left as it was.
    """
    if private_dir:
        ensure_private_dir(path.parent)
    try:
        target = replace_target(path)
    except NotAFileError as exc:
        if private_dir or exc.kind not in ("a FIFO", "a character device"):
            raise
        with path.open("w", encoding="utf-8", newline="") as stream:
            stream.write(text)
        return path
    fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        tmp.replace(target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_folder(target.parent)
    return target


@contextlib.contextmanager
def atomic_target(path: Path) -> Iterator[Path]:
    """A temp file next to ``path`` for other code to write (e.g. a PDF printer).

    When the ``with`` block ends normally the temp file, if it holds anything, is fsynced
    and replaces ``path``; if the block raises, or the file came out empty, it is removed
    and ``path`` is left as it was. The file is readable by the user only (0600). The
    folder must exist (it may be one the person chose). A symlink is written through: its
    target is replaced, and the link stays.

    Raises:
        NotAFileError: ``path`` leads to a device, a FIFO or a folder (nothing written).
        OSError: the folder is missing or not writable, or the file came out empty.
    """
    path = replace_target(path)
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


class Unreadable(NamedTuple):
    """What to say when a file could not be read (each marked for translation, whole:
    a language fits the file's name into its own sentence)."""

    kept: str  #: ``{kept}``: where the old file is kept now
    left: str  #: ``{path}``: it could not even be moved aside


SETTINGS_UNREADABLE = Unreadable(
    N_(
        "Your settings could not be read, so breathe is using its defaults; "
        "the old file is kept at {kept}."
    ),
    N_(
        "Your settings could not be read, so breathe is using its defaults; "
        "the file is left as it was at {path}."
    ),
)


def read_json_or_set_aside(
    path: Path, *, unreadable: Unreadable = SETTINGS_UNREADABLE, expect: type | None = None
) -> tuple[object | None, str | None]:
    """Read the JSON in ``path``; set an unreadable file aside instead of failing.

    Args:
        path: the file to read.
        unreadable: what the notice says (the settings', a pain map's...).
        expect: the type the top-level value must have (e.g. ``dict``); anything else
            counts as unreadable.

    Returns:
        ``(value, None)`` when the file is good; ``(None, None)`` when there is no file;
        ``(None, notice)`` when it could not be read: it was renamed
        ``<name>.corrupt-<YYYYmmdd-HHMMSS>`` (never deleted) and ``notice`` is one
        calm line naming where it is kept.
    """
    try:
        raw = read_regular(path)
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
    return None, _set_aside_notice(path, unreadable)


def read_regular(path: Path, limit: int | None = None) -> bytes:
    """The bytes of the regular file at ``path`` (symlinks followed), at most ``limit``.

    Opened without waiting: a FIFO in its place would otherwise block until someone
    writes to it.

    Raises:
        NotAFileError: it is a FIFO, device, folder or socket (nothing read).
        FileTooLargeError: it holds more than ``limit`` bytes.
        OSError: it cannot be read.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with open(fd, "rb") as stream:  # noqa: PTH123 - an fd, not a path
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise NotAFileError(path, file_kind(mode))
        data = stream.read() if limit is None else stream.read(limit + 1)
    if limit is not None and len(data) > limit:
        raise FileTooLargeError(path, limit)
    return data


class FileTooLargeError(OSError):
    """A file holds more than breathe will read into memory."""

    def __init__(self, path: Path, limit: int) -> None:
        super().__init__(errno.EFBIG, f"it is larger than {limit // 2**20} MiB", str(path))


def _set_aside_notice(path: Path, unreadable: Unreadable) -> str:
    try:
        kept = set_aside(path)
    except OSError as exc:
        log.warning("could not set %s aside: %s", path, exc)
        return gettext(unreadable.left).format(path=path)
    return gettext(unreadable.kept).format(kept=kept)


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
