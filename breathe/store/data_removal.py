""" "Delete all my data": the session history and every config file, gone from this computer.

No Qt here. The history is emptied through the store first (so an open database lets go
of its rows and locks), then its file and every copy breathe kept of it (``-wal``,
``-shm``, files set aside as ``.corrupt-*``, migration backups ``.bak-*``, sessions kept
in ``unsaved/`` while it could not take them) are removed,
then the settings, pain map and programmes with their set-aside copies.
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
    return found


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
    log.info("removed %d data files", len(removed))
    if first_error is not None:
        raise first_error
    return removed
