""" "Delete all my data": the session history and every config file, gone from this computer.

No Qt here. The history is emptied through the store first (so an open database lets go
of its rows and locks), then its file and every copy breathe kept of it (``-wal``,
``-shm``, files set aside as ``.corrupt-*``, migration backups ``.bak-*``, sessions kept
in ``unsaved/`` while it could not take them) are removed, then the settings, pain map
and programmes with their set-aside copies, and last the log (every session is in it) and
the rendered speech (which practices were done). Other files in those folders are left
alone.
"""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

from breathe.paths import Locations
from breathe.store.config_backup import PARTS
from breathe.store.errors import HistoryUnavailableError
from breathe.store.history import History
from breathe.store.history_unsaved import FOLDER

log = logging.getLogger(__name__)


def _family(path: Path) -> list[Path]:
    """``path`` and its siblings named ``<name><anything>`` (-wal, .corrupt-..., .bak-...)."""
    if not path.parent.is_dir():
        return []
    return sorted(p for p in path.parent.iterdir() if p.name.startswith(path.name))


def data_files(locations: Locations) -> list[Path]:
    """Every file and folder ``remove_all_data`` would remove that exists now."""
    found = _family(locations.database)
    for folder in ("locks", FOLDER):  # liveness locks; sessions kept for the next open
        path = locations.database.parent / folder
        if path.is_dir():
            found.append(path)
    for kind in PARTS.values():
        found += _family(locations.config / kind.FILE_NAME)
    found += _family(locations.log_file)  # breathe.log and its rotated copies
    if locations.speech_cache.is_dir():
        found.append(locations.speech_cache)
    return found


#: what ``removed_kinds`` names, in the order a person would list them
KINDS = ("history", "settings", "painmap", "programmes", "log", "speech")


def removed_kinds(removed: list[Path], locations: Locations) -> list[str]:
    """Which of ``KINDS`` the ``removed`` files were, to say what is gone."""
    kinds = set()
    for path in removed:
        if path == locations.speech_cache:
            kinds.add("speech")
        elif path.parent == locations.log:
            kinds.add("log")
        elif path.parent == locations.data:
            kinds.add("history")
        else:
            kinds.update(k for k, part in PARTS.items() if path.name.startswith(part.FILE_NAME))
    return [k for k in KINDS if k in kinds]


def remove_all_data(locations: Locations, history: History | None = None) -> list[Path]:
    """Remove the person's history and config files; returns what was removed.

    Args:
        locations: where breathe keeps its files.
        history: the app's open history, if any: it is emptied and closed first (it
            cannot be used afterwards); rows its writer had not written yet are dropped.

    Raises:
        OSError: something could not be removed; everything else was still removed.
    """
    if history is not None:
        try:
            log.info("deleted %d sessions from the history", history.delete_all())
        except HistoryUnavailableError as exc:  # e.g. busy: its file goes below anyway
            log.warning("the history could not be emptied first (%s); removing its files", exc)
        history.close(drop_unwritten=True)
    removed: list[Path] = []
    first_error: OSError | None = None
    _close_log_files(locations.log)
    for path in data_files(locations):
        try:
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path)
            else:
                path.unlink()
        except OSError as exc:
            log.warning("could not remove %s: %s", path, exc)
            first_error = first_error or exc
        else:
            removed.append(path)
    # nothing is logged after: a line now would start a new log, saying what was removed
    if first_error is not None:
        raise first_error
    return removed


def _close_log_files(folder: Path) -> None:
    """Close the log files open in ``folder`` so they can be removed (Windows cannot remove
    an open file); a handler opens a fresh file at its next record."""
    for handler in logging.getLogger().handlers:
        if isinstance(handler, logging.FileHandler) and Path(handler.baseFilename).parent == folder:
            handler.acquire()
            try:
                if handler.stream is not None:
                    handler.stream.close()
                    handler.stream = None
            finally:
                handler.release()
