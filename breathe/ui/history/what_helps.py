"""What helps me: a kind line about this week, then one plain sentence per practice.

The sentences come from ``breathe.store.insights`` (median before/after changes), so a
person, or their therapist, can see which practice seems to work for them. Nothing here
counts what was missed.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from breathe.i18n import fill
from breathe.store.history_record import SessionRecord
from breathe.store.insights import Effect, effects, this_week_message
from breathe.ui.history.text import sessions_text
from breathe.ui.home.practice_card import apply_type_scale, set_type_scale

log = logging.getLogger(__name__)

MAX_PRACTICES = 4  # the most practised; the rest are summed up in one line


def _sentence_html(effect: Effect) -> str:
    """The sentence with its practice in bold, so the eye finds each practice."""
    sentence = effect.sentence()
    if not sentence.startswith(effect.title):
        return html.escape(sentence)
    return f"<b>{html.escape(effect.title)}</b>{html.escape(sentence[len(effect.title) :])}"


def _label(parent: QWidget, *, muted: bool = False) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if muted:
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # the theme's muted text
    return label


class WhatHelps(QWidget):
    """The "What helps me" column of the history page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("What helps me"))
        self.heading = _label(self)
        self.heading.setText(self.tr("What helps me"))
        set_type_scale(self.heading, 1.3, bold=True)
        self.week = _label(self)
        set_type_scale(self.week, 1.1)
        self.lines = [_label(self) for _ in range(MAX_PRACTICES)]
        for line in self.lines:
            line.setTextFormat(Qt.TextFormat.RichText)  # the practice in bold; text escaped
        self.scope = _label(self, muted=True)  # only when these are the latest sessions
        self.more = _label(self, muted=True)
        self.hint = _label(self, muted=True)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        column.addWidget(self.heading)
        column.addWidget(self.week)
        column.addSpacing(4)
        column.addWidget(self.scope)
        for line in self.lines:
            column.addWidget(line)
        column.addWidget(self.more)
        column.addSpacing(4)
        column.addWidget(self.hint)
        column.addStretch(1)
        apply_type_scale(self)

    def show_records(
        self,
        records: Sequence[SessionRecord],
        *,
        total: int | None = None,
        today: date | None = None,
    ) -> None:
        """Describe ``records`` (the latest sessions; ``total`` if there are more)."""
        self.week.setText(this_week_message(records, today))
        found = effects(records)
        for line, effect in zip(self.lines, found + [None] * len(self.lines), strict=False):
            line.setText("" if effect is None else _sentence_html(effect))
            line.setAccessibleName("" if effect is None else effect.sentence())
            line.setVisible(effect is not None)
        rest = found[len(self.lines) :]
        if rest:
            done = sum(e.sessions for e in rest)
            self.more.setText(
                fill(
                    self.tr("And %1 more practices you tried (%2)."), len(rest), sessions_text(done)
                )
                if len(rest) > 1
                else fill(self.tr("And %1 (%2)."), rest[0].title, sessions_text(rest[0].sessions))
            )
        self.more.setVisible(bool(rest))
        self.hint.setText(self._hint(found))
        latest = total is not None and total > len(records)
        self.scope.setText(
            fill(self.tr("From your latest %1 sessions."), QLocale().toString(len(records)))
            if latest
            else ""
        )
        self.scope.setVisible(latest)
        self.setAccessibleDescription(" ".join(self.texts()))

    def _hint(self, found: list[Effect]) -> str:
        if any(e.stress_rated or e.pain_rated for e in found):
            return self.tr(
                "Changes compare your 0–10 ratings before and after a session: "
                "down means calmer, or less pain."
            )
        return self.tr(
            "If you rate how you feel before and after a session, this will show "
            "what seems to help you most."
        )

    def texts(self) -> list[str]:
        """The lines a person sees, top to bottom (for screen readers and tests)."""
        labels = [self.heading, self.week, self.scope, *self.lines, self.more, self.hint]
        return [
            label.accessibleName() if label in self.lines else label.text()
            for label in labels
            if label.text() and not label.isHidden()
        ]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange):
            apply_type_scale(self)
        super().changeEvent(event)
