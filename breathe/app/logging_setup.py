"""Configure logging once, for the command line and the app (never on import).

The log is a few small rotating files, user-only. Rotating costs a size check per line,
which the first window can do without: the app configures a plain appending file with
``rotating=False`` and calls :func:`start_rotating` once its first frame is painted.
(The rotation is breathe's own: ``logging.handlers`` loads the socket, pickle and queue
modules, ~15 ms and ~1.3 MiB of memory for the one class it would be used for.)
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


class PrivateRotatingFileHandler(_PrivateOpen, logging.FileHandler):
    """A user-only log that moves to ``.1`` (and ``.1`` to ``.2``...) when it would pass
    ``max_bytes``, keeping ``backups`` old files: ``logging.handlers.RotatingFileHandler``'s
    behaviour, without loading that module."""

    def __init__(self, log_file: Path, *, max_bytes: int, backups: int) -> None:
        super().__init__(log_file, mode="a", encoding="utf-8")
        self.max_bytes = max_bytes
        self.backups = backups

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._should_roll(record):
                self._roll()
            logging.FileHandler.emit(self, record)
        except Exception:  # logging's own rule: a handler never raises
            self.handleError(record)

    def _should_roll(self, record: logging.LogRecord) -> bool:
        path = Path(self.baseFilename)
        if path.exists() and not path.is_file():  # only a regular file rotates
            return False
        if self.stream is None:
            self.stream = self._open()
        self.stream.seek(0, io.SEEK_END)
        return self.stream.tell() + len(f"{self.format(record)}\n") >= self.max_bytes

    def _roll(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None  # logging's own way to say closed
        base = self.baseFilename
        for i in range(self.backups - 1, 0, -1):
            if Path(f"{base}.{i}").exists():
                Path(f"{base}.{i}").replace(f"{base}.{i + 1}")
        if self.backups > 0:
            Path(base).replace(f"{base}.1")
        self.stream = self._open()


def _rotating_handler(log_file: Path) -> logging.Handler:
    return PrivateRotatingFileHandler(log_file, max_bytes=MAX_BYTES, backups=BACKUPS)


def _install(root: logging.Logger, handler: logging.Handler) -> None:
    handler.setFormatter(logging.Formatter(FORMAT))
    if isinstance(handler, logging.FileHandler):  # stderr (--verbose) is the person's own
        handler.addFilter(_PRIVATE)
    root.addHandler(handler)
    _installed.append(handler)
