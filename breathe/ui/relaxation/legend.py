"""What the body figure's looks mean: small samples with words, for the session and the
pain map editor alike (the figure's colours alone would leave a person guessing)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from breathe.i18n import QT_TRANSLATE_NOOP
from breathe.ui.relaxation import body_figure as fig

#: the session legend's words, in the order shown; marked here, translated where shown
SESSION_WORDS = {
    "now": QT_TRANSLATE_NOOP("BodyLegend", "Now"),
    "done": QT_TRANSLATE_NOOP("BodyLegend", "Done"),
    "idle": QT_TRANSLATE_NOOP("BodyLegend", "Still to come"),
    "session-gentle": QT_TRANSLATE_NOOP("BodyLegend", "Gently"),
    "skip": QT_TRANSLATE_NOOP("BodyLegend", "Skipped"),
}


def look_of(state: str, colors: fig.FigureColors) -> fig.Look:
    """How the figure paints an area in ``state``: ``now``, ``done``, ``idle`` (or
    ``normal``), ``gentle`` (the pain map's), ``session-gentle`` or ``skip``."""
    looks = {
        "now": fig.Look(colors.accent),
        "done": fig.Look(colors.done),
        "idle": fig.Look(colors.idle),
        "normal": fig.Look(colors.idle),
        "gentle": fig.Look(colors.gentle, dashed=True),
        # in a session a gentle area is only a quiet reminder (see BodyMap._looks)
        "session-gentle": fig.Look(fig.mix(colors.idle, colors.gentle, 0.45), dashed=True),
        "skip": fig.Look(colors.skip, hatch=True),
    }
    return looks[state]


class Swatch(QWidget):
    """A small sample of how the figure shows one state."""

    def __init__(self, state: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setFixedSize(30, 22)

    def paintEvent(self, event: QPaintEvent) -> None:
        colors = fig.FigureColors.from_palette(self.palette())
        painter = QPainter(self)
        fig.paint_swatch(painter, QRectF(self.rect()), look_of(self.state, colors), colors)
        painter.end()


class SessionLegend(QWidget):
    """One line under the body map: Now, Done, Still to come, and Gently or Skipped where
    the session has such areas."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("What the colours mean"))
        self._entries: dict[str, QWidget] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 4, 0, 0)
        row.setSpacing(6)
        row.addStretch(1)
        for state, words in SESSION_WORDS.items():
            entry = QWidget(self)
            inner = QHBoxLayout(entry)
            inner.setContentsMargins(0, 0, 12, 0)
            inner.setSpacing(6)
            inner.addWidget(Swatch(state, entry))
            # marked in the BodyLegend context above, so translated there (self.tr would ask
            # this class's context and find nothing)
            label = QLabel(QCoreApplication.translate("BodyLegend", words), entry)
            label.setTextFormat(Qt.TextFormat.PlainText)
            inner.addWidget(label)
            row.addWidget(entry)
            self._entries[state] = entry
        row.addStretch(1)

    def show_states(self, present: Iterable[str]) -> None:
        """Show the always-present entries and those of ``present`` (gentle, skip)."""
        wanted = {"now", "done", "idle", *present}
        for state, entry in self._entries.items():
            entry.setVisible(state in wanted)

    def shown(self) -> list[str]:
        """The words shown, in order."""
        return [
            label.text()
            for entry in self._entries.values()
            if not entry.isHidden()
            for label in entry.findChildren(QLabel)
        ]
