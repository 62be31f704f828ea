"""The running app's history: opened once, and off the GUI thread while a session runs.

Opening the history connects, checks the file, migrates it if it is old and marks the rows
of vanished processes as interrupted: work that can wait seconds on a database another
breathe is writing. Just after the first paint a session is already breathing, so the
shell opens it in the background (``open_later``) and attaches the session's recorder when
``ready`` comes. A page that needs the history at once (the History page, Settings) opens
it on the spot, or waits for the background open to finish.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from breathe.i18n import fill

if TYPE_CHECKING:
    from breathe.store.history import History
    from breathe.ui.widgets.background import Background

log = logging.getLogger(__name__)


class HistoryAccess(QObject):
    """Holds the history database of the running app.

    Args:
        path: the database file.
        notify: shows one calm line to the person (a damaged file set aside, history off).
        off: never open it (its folder cannot be used, and the person was told).

    Signals:
        ready(): the history opened in the background; recorders can be attached now.
    """

    ready = Signal()

    def __init__(
        self,
        path: Path,
        notify: Callable[[str], None],
        parent: QObject | None = None,
        *,
        off: bool = False,
    ) -> None:
        super().__init__(parent)
        self._path = path
        self._notify = notify
        self._history: History | None = None
        self._failed = off
        self._background: Background | None = None

    @property
    def opened(self) -> History | None:
        """The history if it is open already (None: not yet, or not usable)."""
        return self._history

    @property
    def history(self) -> History | None:
        """The history, opened now if need be; None when it cannot be used."""
        if self._background is not None:
            self._background.wait()  # still opening, or opened and not yet delivered
        if self._history is None and not self._failed:
            from breathe.store.history import History

            try:
                history = History.open(self._path)
            except Exception as exc:  # a broken disk must never stop a session
                self._fail(exc)
            else:
                self._opened(history)
        return self._history

    def open_later(self) -> None:
        """Open the history on a worker thread; ``ready`` follows on the GUI thread."""
        if self._history is not None or self._failed or self._background is not None:
            return
        from breathe.store.history import History
        from breathe.ui.widgets.background import Background

        self._background = Background(self)
        path = self._path
        self._background.start(
            "history", lambda: History.open(path), self._opened_later, self._fail
        )

    def _opened_later(self, history: object) -> None:
        from breathe.store.history import History

        assert isinstance(history, History)
        if self._history is None:  # not opened meanwhile by a page that could not wait
            self._opened(history)
            self.ready.emit()
        else:
            history.close()

    def _opened(self, history: History) -> None:
        self._history = history
        if history.notice:
            self._notify(history.notice)

    def _fail(self, error: Exception) -> None:
        if self._failed:
            return
        self._failed = True
        log.error("cannot open the history", exc_info=error)
        line = QCoreApplication.translate(
            "HistoryAccess", "History is off for now: %1. Sessions will not be saved."
        )
        self._notify(fill(line, error))

    def forget(self) -> None:
        """Let go of the history (before its files are deleted); reopened on next use."""
        self._history = None

    def close(self) -> None:
        """Flush and close the history when the event loop has ended."""
        if self._background is not None:
            self._background.wait()
        if self._history is not None:
            self._history.close()
            self._history = None
