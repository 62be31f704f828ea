"""Configure logging once, for the command line and the app (never on import)."""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
from pathlib import Path

from breathe.paths import ensure_private_dir

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def configure(log_file: Path, *, verbose: bool = False) -> None:
    """Log to a small rotating file (user-only), and to stderr too when ``verbose``."""
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    for handler in list(root.handlers):
        root.removeHandler(handler)
    try:
        ensure_private_dir(log_file.parent)
        # create the file user-only before the handler opens it
        os.close(os.open(log_file, os.O_CREAT | os.O_APPEND | os.O_WRONLY, 0o600))
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            log_file, maxBytes=256 * 1024, backupCount=3, encoding="utf-8"
        )
        handler.setFormatter(logging.Formatter(FORMAT))
        root.addHandler(handler)
    except OSError as exc:  # an unwritable log folder must not stop a session
        print(f"breathe: cannot write the log file {log_file}: {exc.strerror}", file=sys.stderr)
    if verbose:
        stream = logging.StreamHandler(sys.stderr)
        stream.setFormatter(logging.Formatter(FORMAT))
        root.addHandler(stream)
