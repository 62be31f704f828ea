"""The history table: a lazy model over ``History`` that opens 100,000 sessions at once.

Nothing here reads the database on the GUI thread: the count, the order and every page of
rows are read by a worker (``Background``), so the window stays responsive while the file
is busy or slow. Rows are read a page at a time, only when a view asks for them (a row
not read yet shows blank for a moment), and only a few pages are kept. Newest first by
default; "When" sorts in SQLite. Other columns sort on a list of session ids built from
one pass over the history (``sorting`` tells the page while a long one runs).
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from breathe.i18n import QT_TRANSLATE_NOOP
from breathe.store.history import History
from breathe.store.history_record import SessionRecord
from breathe.ui.history.text import (
    before_after,
    practice_text,
    spoken_change,
    status_text,
    when_text,
)
from breathe.ui.session.summary import duration_text
from breathe.ui.widgets.background import Background

log = logging.getLogger(__name__)

WHEN, PRACTICE, LENGTH, STATUS, STRESS, PAIN, TAGS = range(7)
HEADERS = (
    QT_TRANSLATE_NOOP("HistoryModel", "When"),
    QT_TRANSLATE_NOOP("HistoryModel", "Practice"),
    QT_TRANSLATE_NOOP("HistoryModel", "Length"),
    QT_TRANSLATE_NOOP("HistoryModel", "Status"),
    QT_TRANSLATE_NOOP("HistoryModel", "Stress\nbefore → after"),
    QT_TRANSLATE_NOOP("HistoryModel", "Pain\nbefore → after"),
    QT_TRANSLATE_NOOP("HistoryModel", "Tags"),
)
#: a cell whose stored value could not be read (see ``SessionRecord.damaged``)
DAMAGED = QT_TRANSLATE_NOOP("HistoryModel", "Damaged")
DAMAGED_TIP = QT_TRANSLATE_NOOP(
    "HistoryModel",
    "This part of the session could not be read. The rest is shown, and an export keeps "
    "it as it was.",
)
#: the stored fields behind each column
DAMAGE_SHOWN = {
    WHEN: ("started_at",),
    PRACTICE: ("practice", "preset"),
    LENGTH: ("duration_seconds",),
    STATUS: ("status",),
    STRESS: ("rating_before", "rating_after"),
    PAIN: ("pain_before", "pain_after"),
    TAGS: ("tags",),
}
#: the whole SessionRecord of a row
RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE_ROWS = 100  # rows read in one query
KEEP_PAGES = 6  # pages kept in memory: a few screens' worth around what is shown
SCAN_ROWS = 2000  # rows per query while building a sort order
SORT_NOTICE_ROWS = 5000  # sorting a longer history is said on the page while it runs
_CENTRED = Qt.AlignmentFlag.AlignCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter

Index = QModelIndex | QPersistentModelIndex


def _key(column: int) -> Callable[[SessionRecord], Any]:
    """How a column sorts; None (nothing to compare) always goes last."""
    keys: dict[int, Callable[[SessionRecord], Any]] = {
        PRACTICE: lambda r: practice_text(r).casefold(),
        LENGTH: lambda r: r.duration_seconds,
        STATUS: lambda r: status_text(r.status).casefold(),
        STRESS: lambda r: r.stress_change,
        PAIN: lambda r: r.pain_change,
        TAGS: lambda r: ", ".join(r.tags).casefold() or None,
    }
    return keys[column]


def sort_order(history: History, column: int, descending: bool) -> list[str]:
    """Every session id, sorted by ``column`` (ties stay newest first)."""
    key = _key(column)
    keyed: list[tuple[Any, str]] = []
    blank: list[str] = []
    offset = 0
    while chunk := history.sessions(SCAN_ROWS, offset):
        offset += len(chunk)
        for r in chunk:
            value = key(r)
            if value is None:
                blank.append(r.id)
            else:
                keyed.append((value, r.id))
    keyed.sort(key=lambda pair: pair[0], reverse=descending)  # stable, also reversed
    return [sid for _, sid in keyed] + blank


class HistoryModel(QAbstractTableModel):
    """Sessions as rows, newest first; see the module docstring for how rows are read.

    Args:
        history: the open history.
        background: the worker to read on (the page shares its own), else one of its own.

    Signals:
        sorting(bool): True while a long history is being sorted, False when done.
        loaded(): a refresh has its count and order (the rows follow as they are shown).
        problem(str): one calm line when the history could not be read.
    """

    sorting = Signal(bool)
    loaded = Signal()
    problem = Signal(str)

    def __init__(
        self,
        history: History,
        parent: QObject | None = None,
        *,
        background: Background | None = None,
    ) -> None:
        super().__init__(parent)
        self.history = history
        self.rows_read = 0  # sessions read from SQLite so far (for tests and benchmarks)
        self._count = 0
        self._pages: OrderedDict[int, list[SessionRecord | None]] = OrderedDict()
        self._loading: set[int] = set()
        self._column = WHEN
        self._descending = True
        self._ids: list[str] | None = None  # the order by a column other than When
        self._generation = 0  # of refreshes: an older one finishing late is dropped
        self._layout = 0  # of resets: a page read for an earlier count or order is dropped
        self._sorting = False
        self._background = background if background is not None else Background(self)
        self.refresh()

    # -- what the view asks ------------------------------------------------------------
    def rowCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else self._count

    def columnCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr(str(HEADERS[section]))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(_LEFT if section in (WHEN, PRACTICE, TAGS) else _CENTRED)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        r = self.record(index.row())
        if r is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, column)
        if role == RECORD_ROLE:
            return r
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(_LEFT if column in (WHEN, PRACTICE, TAGS) else _CENTRED)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(r, column)
        if role == Qt.ItemDataRole.AccessibleTextRole and column in (STRESS, PAIN):
            if column == STRESS:
                return spoken_change(self.tr("Stress"), r.rating_before, r.rating_after)
            return spoken_change(self.tr("Pain"), r.pain_before, r.pain_after)
        return None

    def _display(self, r: SessionRecord, column: int) -> str:
        if any(name in r.damaged for name in DAMAGE_SHOWN[column]):
            return self.tr(DAMAGED)
        texts: dict[int, Callable[[], str]] = {
            WHEN: lambda: when_text(r),
            PRACTICE: lambda: practice_text(r),
            LENGTH: lambda: duration_text(r.duration_seconds),
            STATUS: lambda: status_text(r.status),
            STRESS: lambda: before_after(r.rating_before, r.rating_after),
            PAIN: lambda: before_after(r.pain_before, r.pain_after),
            TAGS: lambda: ", ".join(r.tags),
        }
        return texts[column]()

    def _tip(self, r: SessionRecord, column: int) -> str:
        """A cell's whole text, to read what a narrow column cuts short (Enter opens all)."""
        if any(name in r.damaged for name in DAMAGE_SHOWN[column]):
            return self.tr(DAMAGED_TIP)
        if column == LENGTH:
            planned = self.tr("Planned: %1").replace("%1", duration_text(r.planned_seconds))
            return f"{duration_text(r.duration_seconds)} ({planned})"
        if column == STRESS:
            return spoken_change(self.tr("Stress"), r.rating_before, r.rating_after)
        if column == PAIN:
            return spoken_change(self.tr("Pain"), r.pain_before, r.pain_after)
        return self._display(r, column)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # -- rows ----------------------------------------------------------------------------
    def record(self, row: int) -> SessionRecord | None:
        """The session shown in ``row`` if its page has been read; else None, and the page
        is read on the worker (``dataChanged`` says when it is there)."""
        if not 0 <= row < self._count:
            return None
        number, at = divmod(row, PAGE_ROWS)
        page = self._pages.get(number)
        if page is None:
            self._request(number)
            return None
        self._pages.move_to_end(number)
        return page[at] if at < len(page) else None

    def _request(self, number: int) -> None:
        if number in self._loading:
            return
        self._loading.add(number)
        layout, ids = self._layout, self._ids
        newest_first = self._descending or self._column != WHEN  # while a sort runs
        self._background.start(
            "page",
            lambda: self._read_page(number, ids, newest_first),
            done=lambda page: self._page_read(layout, number, page),
            failed=lambda exc: self._page_failed(layout, number, exc),
        )

    def _read_page(
        self, number: int, ids: list[str] | None, newest_first: bool
    ) -> list[SessionRecord | None]:
        """One page of rows (on the worker thread)."""
        start = number * PAGE_ROWS
        if ids is None:
            return list(self.history.sessions(PAGE_ROWS, start, newest_first=newest_first))
        # a deleted session reads as None until the order is rebuilt
        return [self.history.get(sid) for sid in ids[start : start + PAGE_ROWS]]

    def _page_read(self, layout: int, number: int, page: list[SessionRecord | None]) -> None:
        if layout != self._layout:
            return  # read for an order or a count that has changed since
        self._loading.discard(number)
        self.rows_read += len(page)
        self._pages[number] = page
        while len(self._pages) > KEEP_PAGES:
            self._pages.popitem(last=False)
        first = number * PAGE_ROWS
        last = min(first + len(page), self._count) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(HEADERS) - 1))

    def _page_failed(self, layout: int, number: int, exc: Exception) -> None:
        if layout == self._layout:
            self._loading.discard(number)  # asked again when it is next shown
            self._say_problem(exc)

    def _say_problem(self, exc: Exception) -> None:
        log.warning("history not read: %s", exc)
        self.problem.emit(self.tr("Your sessions could not be read just now. Please try again."))

    # -- order and changes ---------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        descending = order == Qt.SortOrder.DescendingOrder
        if not 0 <= column < len(HEADERS) or (column, descending) == (
            self._column,
            self._descending,
        ):
            return
        self._column, self._descending = column, descending
        self.refresh()

    def refresh(self) -> None:
        """Read the count (and the order) again, after an edit, a deletion, an import.

        Meanwhile the rows stay as they were; ``loaded`` says when the new ones are in.
        """
        self._generation += 1
        generation, column, descending = self._generation, self._column, self._descending
        if column != WHEN and self._count > SORT_NOTICE_ROWS and not self._sorting:
            self._sorting = True
            self.sorting.emit(True)
        self._background.start(
            "order",
            lambda: self._read_order(column, descending),
            done=lambda found: self._ordered(generation, found),
            failed=lambda exc: self._order_failed(generation, exc),
        )

    def _read_order(self, column: int, descending: bool) -> tuple[int, list[str] | None]:
        """How many sessions, and their ids in order unless sorted by When (worker)."""
        count = self.history.count()
        if column == WHEN or count == 0:
            return count, None
        ids = sort_order(self.history, column, descending)
        return len(ids), ids

    def _ordered(self, generation: int, found: tuple[int, list[str] | None]) -> None:
        if generation != self._generation:
            return  # an older refresh finishing late is dropped
        count, ids = found
        self._reset(count, ids)
        self._done_sorting()
        self.loaded.emit()

    def _order_failed(self, generation: int, exc: Exception) -> None:
        if generation == self._generation:
            self._done_sorting()  # the rows stay as they were
            self._say_problem(exc)

    def _done_sorting(self) -> None:
        if self._sorting:
            self._sorting = False
            self.sorting.emit(False)

    def _reset(self, count: int, ids: list[str] | None) -> None:
        self.beginResetModel()
        self._layout += 1
        self._count = count
        self._ids = ids
        self._pages.clear()
        self._loading.clear()
        self.endResetModel()

    def wait(self, timeout: float = 60.0) -> bool:
        """Wait until every read asked for so far is in (tests, benchmarks)."""
        return self._background.wait(timeout)
