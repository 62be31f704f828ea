"""The history page: what helps, the last weeks, every session, and tidying up.

Everything stays on this computer; the page says where. Nothing here scolds: an empty
history is a fresh start, a quiet week is just a week. Every read and write of the history
runs on one worker (``Background``), so the page stays responsive while the database is
busy, and says so calmly when something could not be done.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from breathe.i18n import fill
from breathe.store.history import History
from breathe.store.history_record import SessionRecord
from breathe.ui.history.chart import HistoryChart, weekly_points
from breathe.ui.history.editor import SessionEditor
from breathe.ui.history.files import HistoryFiles
from breathe.ui.history.model import HistoryModel
from breathe.ui.history.table import HistoryTable
from breathe.ui.history.text import practice_text, sessions_text, when_text
from breathe.ui.history.what_helps import WhatHelps
from breathe.ui.home.practice_card import apply_type_scale, set_type_scale
from breathe.ui.widgets.back_keys import back_button, back_row
from breathe.ui.widgets.background import Background
from breathe.ui.widgets.flow_layout import FlowLayout
from breathe.ui.widgets.one_line import OneLine

log = logging.getLogger(__name__)

#: "What helps me" and the chart read at most this many of the latest sessions
RECENT_ROWS = 2000


class HistoryPage(QWidget):
    """The history screen.

    Args:
        history: the open history.
        keep_notes: the "keep notes" setting (the editor shows a note field only then).

    Signals:
        back_requested(): Back, Esc or Alt+Left.
        changed(): sessions were edited, deleted or imported.
    """

    back_requested = Signal()
    changed = Signal()

    def __init__(
        self, history: History, *, keep_notes: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.history = history
        self.keep_notes = keep_notes
        self.dialog: QWidget | None = None  # the editor or confirmation open now
        self.total: int | None = None  # how many sessions, once read
        self._place = (-1, 0)  # the table's row and scroll before a refresh
        self._today: date | None = None
        self._reads = 0  # summaries asked for: one that finishes after a newer one is dropped
        self.background = Background(self)
        self.files = HistoryFiles(history, self, background=self.background)
        self.files.message.connect(self._say)
        self.files.imported.connect(self._changed)
        self.files.exporting.connect(lambda busy: self.export.setEnabled(not busy))
        self.setAccessibleName(self.tr("Your sessions"))

        self.model = HistoryModel(history, self, background=self.background)
        self.model.sorting.connect(self._sorting)
        self.model.loaded.connect(self._table_loaded)
        self.model.problem.connect(self._say)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._make_content())
        self.empty = self._make_empty()
        self.stack.addWidget(self.empty)

        self.status = OneLine(Qt.TextElideMode.ElideMiddle, self)
        self.status.setAccessibleDescription(self.tr("What just happened"))
        self.status.hide()
        self.where = OneLine(Qt.TextElideMode.ElideMiddle, self)
        self.where.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.where.set_line(fill(self.tr("Stored only on this computer: %1"), history.path))

        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 20, 32, 16)
        outer.setSpacing(10)
        outer.addLayout(self._make_top())
        outer.addWidget(self.stack, 1)
        outer.addLayout(self._make_actions())
        outer.addWidget(self.status)
        outer.addWidget(self.where)
        apply_type_scale(self)
        self.refresh()

    # -- building ------------------------------------------------------------------------
    def _make_top(self) -> QHBoxLayout:
        self.back = back_button(self, self.back_requested.emit)
        heading = QLabel(self.tr("Your sessions"), self)
        set_type_scale(heading, 1.5, bold=True)
        return back_row(self.back, heading)

    def _make_content(self) -> QWidget:
        """What helps and the chart side by side (scrolling if type is large), the table below."""
        content = QWidget(self)
        overview = QWidget()
        self.what_helps = WhatHelps(overview)
        self.chart = HistoryChart(overview)
        row = QHBoxLayout(overview)
        row.setContentsMargins(0, 0, 8, 0)
        row.setSpacing(24)
        row.addWidget(self.what_helps, 5)
        row.addWidget(self.chart, 6)
        self.overview = QScrollArea(content)
        self.overview.setWidgetResizable(True)
        self.overview.setFrameShape(QFrame.Shape.NoFrame)
        self.overview.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.overview.setWidget(overview)
        self.overview.setAccessibleName(self.tr("What helps me and sessions per week"))
        self.overview.viewport().setAutoFillBackground(False)
        overview.setAutoFillBackground(False)
        self.table = HistoryTable(self.model, content)
        set_type_scale(self.table, 1.0)  # follows the page's type size, like the labels
        self.table.edit_requested.connect(self.edit_selected)
        self.table.delete_requested.connect(self.delete_selected)
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(14)
        column.addWidget(self.overview, 0)  # as tall as it needs, while the table keeps 3 rows
        column.addWidget(self.table, 1)
        return content

    def _make_empty(self) -> QWidget:
        """A calm word in the middle of the page when there are no sessions."""
        empty = QWidget(self)
        words = QWidget(empty)
        words.setMaximumWidth(600)
        title = QLabel(self.tr("Nothing here yet, and that's fine."), words)
        set_type_scale(title, 1.4, bold=True)
        body = QLabel(
            self.tr(
                "Whenever you do a practice, it is kept here, on this computer only. If you "
                "like, rate how you feel before and after; over time this page will show "
                "what seems to help you."
            ),
            words,
        )
        set_type_scale(body, 1.1)
        for label in (title, body):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        text = QVBoxLayout(words)
        text.setSpacing(12)
        text.addWidget(title)
        text.addWidget(body)
        middle = QHBoxLayout()
        middle.addStretch(1)
        middle.addWidget(words, 10)
        middle.addStretch(1)
        column = QVBoxLayout(empty)
        column.addStretch(1)
        column.addLayout(middle)
        column.addStretch(2)
        return empty

    def _make_actions(self) -> FlowLayout:
        def button(text: str, accessible: str, slot: object) -> QPushButton:
            b = QPushButton(text, self)
            b.setAccessibleName(accessible)
            b.setAutoDefault(True)
            b.clicked.connect(slot)
            return b

        self.edit = button(self.tr("Edit…"), self.tr("Edit the chosen session"), self.edit_selected)
        self.delete = button(
            self.tr("Delete…"), self.tr("Delete the chosen session"), self.delete_selected
        )
        self.export = button(
            self.tr("Export…"), self.tr("Export as CSV or JSON"), self.files.choose_export
        )
        self.import_ = button(
            self.tr("Import…"), self.tr("Import a JSON export"), self.files.choose_import
        )
        self.delete_all = button(
            self.tr("Delete all…"), self.tr("Delete every session"), self.confirm_delete_all
        )
        # one session's actions on the left, the whole history's on the right; in a narrow
        # window (or with large type) the second group goes onto a line of its own
        groups = []
        for buttons in ((self.edit, self.delete), (self.export, self.import_, self.delete_all)):
            group = QWidget(self)
            line = QHBoxLayout(group)
            line.setContentsMargins(0, 0, 0, 0)
            for b in buttons:
                line.addWidget(b)
            groups.append(group)
        row = FlowLayout(spacing=12, line_spacing=8)
        row.add(groups[0], fill=True)
        row.add(groups[1])
        return row

    # -- reading -------------------------------------------------------------------------
    def refresh(self, today: date | None = None) -> None:
        """Read the history again: the table keeps its place, the summaries are redone.

        Until the first read is in, the page shows no buttons that need sessions.
        """
        # the same place, or the newest the first time
        self._place = (self.table.currentIndex().row(), self.table.verticalScrollBar().value())
        self._today = today
        self.model.refresh()
        self._reads += 1
        reads = self._reads
        self.background.start(
            "summary",
            lambda: (self.history.count(), self.history.sessions(RECENT_ROWS)),
            done=lambda found: self._show_summary(found) if reads == self._reads else None,
            failed=self._not_read,
        )
        if self.total is None:
            for b in (self.edit, self.delete, self.delete_all, self.export):
                b.setVisible(False)

    def _table_loaded(self) -> None:
        self.table.keep_place(*self._place)

    def _show_summary(self, found: tuple[int, list[SessionRecord]]) -> None:
        total, recent = found
        self.total = total
        self.what_helps.show_records(recent, total=total, today=self._today)
        # when only the latest sessions were read, their oldest week may lack some
        self.chart.set_points(
            weekly_points(recent, today=self._today, cut_oldest=total > len(recent))
        )
        self.stack.setCurrentIndex(1 if total == 0 else 0)
        for b in (self.edit, self.delete, self.delete_all, self.export):
            b.setVisible(total > 0)
        self.export.setEnabled(total > 0 and not self.files.busy)
        self.setFocusProxy(self.table if total else self.import_)

    def _not_read(self, exc: Exception) -> None:
        log.warning("history summary not read: %s", exc)
        self._say(self.tr("Your sessions could not be read just now. Please try again."))

    def wait(self, timeout: float = 30.0) -> bool:
        """Wait until every read and write the page started is done and shown (tests)."""
        return self.background.wait(timeout)

    def selected_record(self) -> SessionRecord | None:
        return self.table.current_record()

    # -- editing and deleting ------------------------------------------------------------
    def edit_selected(self) -> SessionEditor | None:
        """Open the editor on the chosen session (Enter, double-click or Edit)."""
        record = self.selected_record()
        if record is None:
            self._say(self.tr("Choose a session in the list first."))
            return None
        editor = SessionEditor(self.history, record, keep_notes=self.keep_notes, parent=self)
        editor.accepted.connect(self._edited)
        self._open(editor)
        return editor

    def _edited(self) -> None:
        self._say(self.tr("Saved."))
        self._changed()

    def _changed(self) -> None:
        self.refresh()
        self.changed.emit()

    def delete_selected(self) -> QMessageBox | None:
        """Ask, then delete the chosen session."""
        record = self.selected_record()
        if record is None:
            self._say(self.tr("Choose a session in the list first."))
            return None
        return self._confirm(
            self.tr("Delete this session?"),
            fill(
                self.tr("%1, %2. This can't be undone."), practice_text(record), when_text(record)
            ),
            self.tr("Delete"),
            self.tr("Keep it"),
            lambda: self._delete(record.id),
        )

    def confirm_delete_all(self) -> QMessageBox:
        """Ask, naming how many, then delete every session. Keeping them is the default."""
        n = self.total or 0  # the button shows only once the count is known
        return self._confirm(
            fill(self.tr("Delete all %1?"), sessions_text(n)),
            self.tr(
                "They will be removed from this computer and can't be brought back. "
                "If you'd like a copy, export them first."
            ),
            fill(self.tr("Delete all %1"), sessions_text(n)),
            self.tr("Keep them"),
            self._delete_all,
        )

    def _confirm(
        self, question: str, detail: str, yes: str, no: str, action: Callable[[], None]
    ) -> QMessageBox:
        box = QMessageBox(self)
        box.setWindowTitle(question)
        box.setText(question)
        box.setInformativeText(detail)
        delete = box.addButton(yes, QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
        delete.setAutoDefault(False)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.buttonClicked.connect(lambda clicked: action() if clicked is delete else None)
        self._open(box)
        return box

    def _delete(self, session_id: str) -> None:
        self._say(self.tr("Deleting…"))
        self.background.start(
            "delete",
            lambda: self.history.delete(session_id),
            done=lambda _found: self._deleted(self.tr("Session deleted.")),
            failed=lambda exc: self._not_deleted(
                exc, self.tr("That session could not be deleted just now. Please try again.")
            ),
        )

    def _delete_all(self) -> None:
        self._say(self.tr("Deleting…"))
        self.background.start(
            "delete",
            self.history.delete_all,
            done=lambda n: self._deleted(fill(self.tr("Deleted %1."), sessions_text(n))),
            failed=lambda exc: self._not_deleted(
                exc, self.tr("Your sessions could not be deleted just now. Please try again.")
            ),
        )

    def _deleted(self, text: str) -> None:
        self._say(text)
        self._changed()

    def _not_deleted(self, exc: Exception, text: str) -> None:
        log.warning("could not delete: %s", exc)
        self._say(text)

    # -- small things --------------------------------------------------------------------
    def _open(self, dialog: QWidget) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()  # type: ignore[attr-defined]

    def _say(self, text: str) -> None:
        log.info("history page: %s", text)
        self.status.set_line(text)
        self.status.setVisible(bool(text))  # no empty line under the buttons

    def _sorting(self, busy: bool) -> None:
        self._say(self.tr("Sorting your sessions…") if busy else "")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange):
            apply_type_scale(self)
        super().changeEvent(event)
