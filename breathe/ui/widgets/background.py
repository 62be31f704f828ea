"""Slow reads and writes (a long history, an export to a slow drive) off the GUI thread.

A job is a plain function run on a Python thread; its result (or exception) comes back as
a Qt signal, delivered on the GUI thread, so a window stays responsive meanwhile.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

log = logging.getLogger(__name__)


class Background(QObject):
    """Runs named jobs on worker threads.

    Worker threads never touch a Qt object: they put their result on a queue that a timer
    on the GUI thread empties, so a page closed mid-job cannot be reached from a thread.

    Signals:
        finished(str, object): a job's name and what its function returned.
        failed(str, object): a job's name and the exception it raised (also logged).
    """

    finished = Signal(str, object)
    failed = Signal(str, object)

    POLL_MS = 30

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._threads: dict[str, threading.Thread] = {}
        self._results: queue.SimpleQueue[tuple[str, str, object]] = queue.SimpleQueue()
        self._timer = QTimer(self)
        self._timer.setInterval(self.POLL_MS)
        self._timer.timeout.connect(self.deliver)

    def start(self, job: str, work: Callable[[], object]) -> None:
        """Run ``work`` on a new thread; a job of the same name still running goes on."""
        thread = threading.Thread(
            target=self._run, args=(job, work, self._results), name=f"breathe-{job}", daemon=True
        )
        self._threads[job] = thread
        thread.start()
        self._timer.start()

    def busy(self, job: str) -> bool:
        """Whether the latest job called ``job`` is still running."""
        thread = self._threads.get(job)
        return thread is not None and thread.is_alive()

    def wait(self, timeout: float = 30.0) -> bool:
        """Wait for every job started so far and deliver its result; False if one still runs."""
        for thread in list(self._threads.values()):
            thread.join(timeout)
        self.deliver()
        return not any(t.is_alive() for t in self._threads.values())

    def deliver(self) -> None:
        """Emit the results that arrived (on the GUI thread)."""
        while True:
            try:
                outcome, job, value = self._results.get_nowait()
            except queue.Empty:
                break
            (self.finished if outcome == "finished" else self.failed).emit(job, value)
        if not any(t.is_alive() for t in self._threads.values()) and self._results.empty():
            self._timer.stop()

    @staticmethod
    def _run(
        job: str, work: Callable[[], object], results: queue.SimpleQueue[tuple[str, str, object]]
    ) -> None:
        try:
            result = work()
        except Exception as exc:  # reported on the GUI thread, never lost in a thread
            log.warning("background job %s failed: %s", job, exc, exc_info=True)
            results.put(("failed", job, exc))
        else:
            results.put(("finished", job, result))
