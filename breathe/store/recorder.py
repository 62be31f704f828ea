"""Keeps one session's history row up to date: a ``breathe.engine.cues.SessionRecorder``.

A session never stops because its row could not be written (a full disk, a busy file):
the problem is logged once and the session goes on.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from breathe.engine.practices.steps import Plan
from breathe.engine.runner import Status
from breathe.store.errors import HistoryError
from breathe.store.history import History

log = logging.getLogger(__name__)

_WRITE_ERRORS = (sqlite3.Error, OSError, HistoryError)


class HistoryRecorder:
    """Writes the row of one session: ``begin`` at the start, ``touch`` at step changes,
    ``finish`` at the end, and ``update`` for an after-rating.

    Args:
        history: the open history.
        rating_before, pain_before: 0-10 ratings given before the session, if any.
        tags: labels the person chose before starting.
    """

    def __init__(
        self,
        history: History,
        *,
        rating_before: int | None = None,
        pain_before: int | None = None,
        tags: Iterable[str] = (),
    ) -> None:
        self.history = history
        self.session_id: str | None = None
        self.failed = False
        self._before: dict[str, Any] = {
            "rating_before": rating_before,
            "pain_before": pain_before,
            "tags": tuple(tags),
        }

    def begin(self, plan: Plan, started_at: datetime | None = None) -> None:
        """Add the ``running`` row (``started_at``: when it began, if that was earlier)."""
        try:
            self.session_id = self.history.begin(
                plan.practice,
                plan.preset,
                plan.options,
                plan.total_seconds,
                started_at=started_at,
                **self._before,
            )
        except _WRITE_ERRORS:
            self._failed("start")

    def touch(self, elapsed: float) -> None:
        if self.session_id is not None:
            try:
                self.history.touch(self.session_id, elapsed)
            except _WRITE_ERRORS:
                self._failed("update")

    def finish(self, status: Status, elapsed: float) -> None:
        if self.session_id is not None:
            try:
                self.history.finish(self.session_id, status.value, elapsed)
            except _WRITE_ERRORS:
                self._failed("finish")

    def update(self, **fields: Any) -> bool:
        """After-ratings, tags or a note (``History.update`` fields); False if not saved."""
        if self.session_id is None:
            return False
        try:
            return self.history.update(self.session_id, **fields)
        except _WRITE_ERRORS:
            self._failed("rate")
            return False

    def _failed(self, doing: str) -> None:
        if not self.failed:
            log.exception("could not %s the history row; the session goes on", doing)
        self.failed = True
