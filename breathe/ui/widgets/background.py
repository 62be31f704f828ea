"""Slow reads and writes (a long history, a busy database, a slow drive) off the GUI thread.

A job is a plain function run on a Python thread; its result (or exception) comes back on
the GUI thread, as a Qt signal and to the callbacks given with it, so a window stays
responsive meanwhile, however long the disk takes.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[Exception], None]


class Background(QObject):
    """Runs named jobs on worker threads.

    Worker threads never touch a Qt object: they put their result on a queue that a timer
    on the GUI thread empties, so a page closed mid-job cannot be reached from a thread
    (its callbacks die with it).

    Signals:
        finished(str, object): a job's name and what its function returned.
        failed(str, object): a job's name and the exception it raised (also logged).
    """

    finished = Signal(str, object)
    failed = Signal(str, object)

    POLL_MS = 30

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._threads: list[tuple[str, threading.Thread]] = []
        self._results: queue.SimpleQueue[tuple[str, object, Done | None, Failed | None]] = (
            queue.SimpleQueue()
        )
        self._timer = QTimer(self)
        self._timer.setInterval(self.POLL_MS)
        self._timer.timeout.connect(self.deliver)

    def start(
        self,
        job: str,
        work: Callable[[], object],
        done: Done | None = None,
        failed: Failed | None = None,
    ) -> None:
        """Run ``work`` on a new thread; ``done(result)`` or ``failed(exception)`` follow
        on the GUI thread (with the signals). A job of the same name still running goes on.
        """
        thread = threading.Thread(
            target=self._run,
            args=(job, work, self._results, done, failed),
            name=f"breathe-{job}",
            daemon=True,
        )
        self._threads.append((job, thread))
        thread.start()
        self._timer.start()

    def busy(self, job: str | None = None) -> bool:
        """Whether a job called ``job`` (any job, with None) is still running."""
        return any(t.is_alive() for name, t in self._threads if job in (None, name))

    def wait(self, timeout: float = 30.0) -> bool:
        """Wait for every job, and the jobs their results start, delivering each result.

        False if one still runs after ``timeout`` seconds (tests, closing).
        """
        deadline = time.monotonic() + timeout
        while True:
            for _, thread in list(self._threads):
                thread.join(max(0.0, deadline - time.monotonic()))
            self.deliver()
            if not self.busy() and self._results.empty():
                return True
            if time.monotonic() >= deadline:
                return False

    def deliver(self) -> None:
        """Emit the results that arrived (on the GUI thread)."""
        while True:
            try:
                job, value, done, failed = self._results.get_nowait()
            except queue.Empty:
                break
            if isinstance(value, _Failure):
                self.failed.emit(job, value.error)
                if failed is not None:
                    failed(value.error)
            else:
                self.finished.emit(job, value)
                if done is not None:
                    done(value)
        self._threads = [(name, t) for name, t in self._threads if t.is_alive()]
        if not self._threads and self._results.empty():
            self._timer.stop()

    @staticmethod
    def _run(
        job: str,
        work: Callable[[], object],
        results: queue.SimpleQueue[tuple[str, object, Done | None, Failed | None]],
        done: Done | None,
        failed: Failed | None,
    ) -> None:
        try:
            result = work()
        except Exception as exc:  # reported on the GUI thread, never lost in a thread
            log.warning("background job %s failed: %s", job, exc, exc_info=True)
            results.put((job, _Failure(exc), done, failed))
        else:
            results.put((job, result, done, failed))


class _Failure:
    """What a job raised, told apart from anything a job may return."""

    def __init__(self, error: Exception) -> None:
        self.error = error
