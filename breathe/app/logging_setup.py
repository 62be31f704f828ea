"""Configure logging once, for the command line and the app (never on import).

The log is a few small rotating files, user-only. ``logging.handlers`` (with the socket,
pickle and queue modules it loads, ~15 ms) is not needed for the first window: the app
configures a plain appending file with ``rotating=False`` and calls :func:`start_rotating`
once its first frame is painted.
"""

from __future__ import annotations

import io
import logging
import os
import sys
from pathlib import Path

from breathe.paths import ensure_private_dir

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
MAX_BYTES = 256 * 1024
BACKUPS = 3

#: the handlers ``configure`` added, replaced (and closed) by the next call
_installed: list[logging.Handler] = []


class _PrivateOpen:
    """Opens the log file user-only (0600), after a rollover too."""

    baseFilename: str  # noqa: N815 - logging.FileHandler's name
    encoding: str | None
    errors: str | None

    def _open(self) -> io.TextIOWrapper:
        fd = os.open(self.baseFilename, os.O_CREAT | os.O_APPEND | os.O_WRONLY, 0o600)
        return open(fd, "a", encoding=self.encoding, errors=self.errors)  # noqa: PTH123


class PrivateFileHandler(_PrivateOpen, logging.FileHandler):
    """An appending, user-only log file that does not rotate (until the first paint)."""


def configure(log_file: Path, *, verbose: bool = False, rotating: bool = True) -> None:
    """Log to a small rotating file (user-only), and to stderr too when ``verbose``.

    With ``rotating=False`` the file only appends until :func:`start_rotating`.
    """
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    while _installed:
        handler = _installed.pop()
        root.removeHandler(handler)
        handler.close()
    try:
        ensure_private_dir(log_file.parent)
        file_handler = (
            _rotating_handler(log_file)
            if rotating
            else PrivateFileHandler(log_file, encoding="utf-8", delay=True)
        )
    except OSError as exc:  # an unwritable log folder must not stop a session
        print(f"breathe: cannot write the log file {log_file}: {exc.strerror}", file=sys.stderr)
    else:
        _install(root, file_handler)
    if verbose:
        _install(root, logging.StreamHandler(sys.stderr))


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
    root.addHandler(handler)
    _installed.append(handler)
