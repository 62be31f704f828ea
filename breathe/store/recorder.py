"""Keeps one session's history row up to date: a ``breathe.engine.cues.SessionRecorder``.

Every call returns at once: the row is written by the history's writer thread, so a step
boundary never waits for the disk, and a busy or broken file is the writer's to handle
(retried until written, or kept in ``unsaved/``; see ``history_writer``). A session never
stops because its row could not be written: the problem is logged once and it goes on.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from breathe.engine.practices.steps import Plan
from breathe.engine.runner import Status
from breathe.store.errors import StoreError
from breathe.store.history import History

log = logging.getLogger(__name__)


class HistoryRecorder:
    """Notes the row of one session: ``begin`` at the start, ``touch`` at step changes,
    ``finish`` at the end, and ``update`` for an after-rating.

    Args:
        history: the open history.
        rating_before, pain_before: 0-10 ratings given before the session, if any.
        tags: labels the person chose before starting.

    Attributes:
        session_id: the row's id, known at once (before the row is written).
        failed: something could not even be handed to the writer (a closed history, a
            value it refused).
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
            self.session_id = self.history.writer.begin(
                plan.practice,
                plan.preset,
                plan.options,
                plan.total_seconds,
                started_at=started_at,
                **self._before,
            )
        except StoreError:
            self._failed("start")

    def touch(self, elapsed: float) -> None:
        if self.session_id is not None:
            try:
                self.history.writer.touch(self.session_id, elapsed)
            except StoreError:
                self._failed("update")

    def finish(self, status: Status, elapsed: float) -> None:
        if self.session_id is not None:
            try:
                self.history.writer.finish(self.session_id, status.value, elapsed)
            except StoreError:
                self._failed("finish")

    def update(self, **fields: object) -> bool:
        """After-ratings, tags or a note (``History.update`` fields); False if not taken."""
        if self.session_id is None:
            return False
        try:
            return self.history.writer.update(self.session_id, **fields)
        except StoreError:
            self._failed("rate")
            return False

    def _failed(self, doing: str) -> None:
        if not self.failed:
            log.exception("could not %s the history row; the session goes on", doing)
        self.failed = True
