"""Configure logging once, for the command line and the app (never on import)."""

from __future__ import annotations

import io
import logging
import logging.handlers
import os
import sys
from pathlib import Path

from breathe.paths import ensure_private_dir

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
MAX_BYTES = 256 * 1024
BACKUPS = 3

#: the handlers ``configure`` added, replaced (and closed) by the next call
_installed: list[logging.Handler] = []


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose every file is created user-only (0600), after a rollover too."""

    def _open(self) -> io.TextIOWrapper:
        fd = os.open(self.baseFilename, os.O_CREAT | os.O_APPEND | os.O_WRONLY, 0o600)
        return open(fd, "a", encoding=self.encoding, errors=self.errors)  # noqa: PTH123


def configure(log_file: Path, *, verbose: bool = False) -> None:
    """Log to a small rotating file (user-only), and to stderr too when ``verbose``."""
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    while _installed:
        handler = _installed.pop()
        root.removeHandler(handler)
        handler.close()
    try:
        ensure_private_dir(log_file.parent)
        file_handler = PrivateRotatingFileHandler(
            log_file, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
        )
    except OSError as exc:  # an unwritable log folder must not stop a session
        print(f"breathe: cannot write the log file {log_file}: {exc.strerror}", file=sys.stderr)
    else:
        _install(root, file_handler)
    if verbose:
        _install(root, logging.StreamHandler(sys.stderr))


def _install(root: logging.Logger, handler: logging.Handler) -> None:
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    _installed.append(handler)
