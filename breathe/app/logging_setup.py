"""Configure logging once, for the command line and the app (never on import).

The log is a few small rotating files, user-only. ``logging.handlers`` (with the socket,
pickle and queue modules it loads, ~15 ms) is not needed for the first window: the app
configures a plain appending file with ``rotating=False`` and calls :func:`start_rotating`
once its first frame is painted.
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
import stat
import sys
from pathlib import Path

from breathe.paths import ensure_private_dir, file_kind
from breathe.store.atomic import NotAFileError
from breathe.terminal import one_line

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
MAX_BYTES = 256 * 1024
BACKUPS = 3

#: the handlers ``configure`` added, replaced (and closed) by the next call
_installed: list[logging.Handler] = []


class _PrivateSession(logging.Filter):
    """While a private session runs, only errors reach the log file: no line names the
    practice, its length or a cue it spoke."""

    on = False

    def filter(self, record: logging.LogRecord) -> bool:
        return not self.on or record.levelno >= logging.ERROR


_PRIVATE = _PrivateSession()


class _FailedWrite:
    """Whether a record that could not be written has been said on stderr yet."""

    said = False


_FAILED_WRITE = _FailedWrite()


def set_private(on: bool) -> None:
    """A private session starts (``True``) or has ended (``False``)."""
    _PRIVATE.on = on


class _PrivateOpen:
    """Opens the log file user-only (0600), after a rollover too; a failed write is said once.

    A FIFO where the log should be would block the app on its first line, so the file is
    opened without waiting and anything but a regular file is refused.
    """

    baseFilename: str  # noqa: N815 - logging.FileHandler's name
    encoding: str | None
    errors: str | None

    def _open(self) -> io.TextIOWrapper:
        with contextlib.suppress(FileNotFoundError):
            mode = Path(self.baseFilename).stat().st_mode
            if not stat.S_ISREG(mode):  # said in words, not as "No such device or address"
                raise NotAFileError(Path(self.baseFilename), file_kind(mode))
        flags = os.O_CREAT | os.O_APPEND | os.O_WRONLY | getattr(os, "O_NONBLOCK", 0)
        fd = os.open(self.baseFilename, flags, 0o600)
        try:
            mode = os.fstat(fd).st_mode
            if not stat.S_ISREG(mode):
                raise NotAFileError(Path(self.baseFilename), file_kind(mode))
            os.set_blocking(fd, True)
        except BaseException:
            os.close(fd)
            raise
        return open(fd, "a", encoding=self.encoding, errors=self.errors)  # noqa: PTH123

    def handleError(self, record: logging.LogRecord) -> None:
        """A record that cannot be written (a full disk): one line, once, never a traceback;
        later records are tried again, so the log resumes when there is room."""
        if _FAILED_WRITE.said:  # the plain file and the rotating one alike: once
            return
        _FAILED_WRITE.said = True
        error = sys.exc_info()[1]
        reason = getattr(error, "strerror", None) or str(error)
        print(
            one_line(f"breathe: cannot write the log file {self.baseFilename}: {reason}"),
            file=sys.stderr,
            flush=True,
        )


class PrivateFileHandler(_PrivateOpen, logging.FileHandler):
    """An appending, user-only log file that does not rotate (until the first paint)."""


def configure(log_file: Path, *, verbose: bool = False, rotating: bool = True) -> OSError | None:
    """Log to a small rotating file (user-only), and to stderr too when ``verbose``.

    With ``rotating=False`` the file only appends until :func:`start_rotating`.

    Returns:
        None, or why the log file cannot be written (its folder is a file, a symlink loop,
        not writable; the file is a FIFO...; ``filename`` says where): breathe then runs
        without a log, and the caller says so in one line.
    """
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    _FAILED_WRITE.said = False
    while _installed:
        handler = _installed.pop()
        root.removeHandler(handler)
        handler.close()
    problem = None
    try:
        ensure_private_dir(log_file.parent)
        file_handler = (
            _rotating_handler(log_file)
            if rotating
            else PrivateFileHandler(log_file, encoding="utf-8")
        )
    except OSError as exc:  # an unusable log folder must not stop a session
        problem = exc
        if not isinstance(exc.filename, str):
            exc.filename = str(log_file)
        # without any handler, logging's last resort would print records on stderr
        _install(root, logging.NullHandler())
    else:
        _install(root, file_handler)
    if verbose:
        _install(root, logging.StreamHandler(sys.stderr))
    return problem


def start_rotating() -> None:
    """Swap a plain log file (``rotating=False``) for the rotating one; else do nothing."""
    root = logging.getLogger()
    for i, handler in enumerate(_installed):
        if type(handler) is PrivateFileHandler:
            try:
                rotating = _rotating_handler(Path(handler.baseFilename))
            except OSError as exc:
                logging.getLogger(__name__).warning("the log stays unrotated: %s", exc)
                return
            rotating.setFormatter(handler.formatter)
            rotating.addFilter(_PRIVATE)
            root.addHandler(rotating)
            root.removeHandler(handler)
            handler.close()
            _installed[i] = rotating
            return


def _rotating_handler(log_file: Path) -> logging.Handler:
    from logging.handlers import RotatingFileHandler

    class PrivateRotatingFileHandler(_PrivateOpen, RotatingFileHandler):
        """A rotating log whose every file is created user-only (0600)."""

    return PrivateRotatingFileHandler(
        log_file, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
    )


def _install(root: logging.Logger, handler: logging.Handler) -> None:
    handler.setFormatter(logging.Formatter(FORMAT))
    if isinstance(handler, logging.FileHandler):  # stderr (--verbose) is the person's own
        handler.addFilter(_PRIVATE)
    root.addHandler(handler)
    _installed.append(handler)
