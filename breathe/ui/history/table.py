"""The table of sessions: calm rows, newest first, sortable; Enter edits, Delete deletes.

Rows all have one fixed height and columns start at set widths, so the view never measures
(and so never reads) rows that are not on screen.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from breathe.store.history_record import SessionRecord
from breathe.ui.history.model import STATUS, WHEN, HistoryModel
from breathe.ui.history.text import status_text

#: a sample of each column's widest usual text, for its starting width (Tags stretches)
COLUMN_SAMPLES = (
    "Wed 30 Sep 2025, 09:30",
    "Coherent breathing · 5 min",
    "10 min 5 s",
    "In progress",
    "before → after",
    "before → after",
)

MIN_ROWS = 3  # the table never shows fewer rows than this


class HistoryTable(QTableView):
    """A ``QTableView`` set up for ``HistoryModel``.

    Signals:
        edit_requested(): Enter or a double-click on a session.
        delete_requested(): the Delete key.
    """

    edit_requested = Signal()
    delete_requested = Signal()

    def __init__(self, model: HistoryModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.history_model = model
        self.setAccessibleName(self.tr("Your sessions"))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        self.setTabKeyNavigation(False)  # Tab moves on to the buttons
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        header.setSortIndicator(WHEN, Qt.SortOrder.DescendingOrder)  # newest first
        self.setSortingEnabled(True)
        self.fit_to_font()
        # not ``activated``: with a desktop's single-click setting that would edit on a click
        self.doubleClicked.connect(lambda _index: self.edit_requested.emit())

    def fit_to_font(self) -> None:
        """Row height and starting column widths for the current type size."""
        metrics = self.fontMetrics()
        row = metrics.height() + 14
        self.verticalHeader().setDefaultSectionSize(row)
        header = self.horizontalHeader().sizeHint().height()
        # three rows at least: with the overview above, that still fits a 640x480 window
        # with large type (four did not)
        self.setMinimumHeight(header + MIN_ROWS * row + 2 * self.frameWidth())
        for column, sample in enumerate(COLUMN_SAMPLES):
            samples = [sample]
            if column == STATUS:  # a few words, each of which must fit in any language
                samples += [
                    status_text(s) for s in ("running", "completed", "stopped", "interrupted")
                ]
            self.setColumnWidth(column, max(metrics.horizontalAdvance(s) for s in samples) + 22)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # large type turned on or off
            self.fit_to_font()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.edit_requested.emit()
        elif event.key() == Qt.Key.Key_Delete:
            self.delete_requested.emit()
        else:
            super().keyPressEvent(event)

    def current_record(self) -> SessionRecord | None:
        """The chosen session, if any."""
        index = self.currentIndex()
        return self.history_model.record(index.row()) if index.isValid() else None

    def keep_place(self, row: int, scrolled: int) -> None:
        """After a refresh: choose ``row`` (or the last) and scroll back to where it was."""
        count = self.history_model.rowCount()
        if count:
            self.selectRow(min(max(row, 0), count - 1))
            self.verticalScrollBar().setValue(scrolled)
