"""Slow reads and writes (a long history, an export to a slow drive) off the GUI thread.

A job is a plain function run on a Python thread; its result (or exception) comes back as
a Qt signal, delivered on the GUI thread, so a window stays responsive meanwhile.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, SignalInstance

log = logging.getLogger(__name__)


class Background(QObject):
    """Runs named jobs on worker threads.

    Signals:
        finished(str, object): a job's name and what its function returned.
        failed(str, object): a job's name and the exception it raised (also logged).
    """

    finished = Signal(str, object)
    failed = Signal(str, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._threads: dict[str, threading.Thread] = {}

    def start(self, job: str, work: Callable[[], object]) -> None:
        """Run ``work`` on a new thread; a job of the same name still running goes on."""
        thread = threading.Thread(
            target=self._run, args=(job, work), name=f"breathe-{job}", daemon=True
        )
        self._threads[job] = thread
        thread.start()

    def busy(self, job: str) -> bool:
        """Whether the latest job called ``job`` is still running."""
        thread = self._threads.get(job)
        return thread is not None and thread.is_alive()

    def wait(self, timeout: float = 30.0) -> bool:
        """Wait for every job started so far; returns False if one is still running."""
        for thread in list(self._threads.values()):
            thread.join(timeout)
        return not any(t.is_alive() for t in self._threads.values())

    def _run(self, job: str, work: Callable[[], object]) -> None:
        try:
            result = work()
        except Exception as exc:  # reported on the GUI thread, never lost in a thread
            log.warning("background job %s failed: %s", job, exc, exc_info=True)
            self._emit(self.failed, job, exc)
        else:
            self._emit(self.finished, job, result)

    def _emit(self, signal: SignalInstance, job: str, value: object) -> None:
        try:
            signal.emit(job, value)
        except RuntimeError:  # the page closed meanwhile: nobody is left to tell
            log.debug("background job %s ended after its owner", job)
