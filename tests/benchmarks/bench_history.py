"""The history page with 100,000 sessions: opening it, scrolling, sorting, and exporting.

Every read runs on the page's worker thread; a timing here lasts until what it read is
painted.

Run on demand (skipped by default)::

    pytest tests/benchmarks/bench_history.py -m benchmark -s -p no:cacheprovider --no-cov

``BREATHE_BENCH_SESSIONS`` sets how many sessions (default 100,000). Each timing is the
median of a few runs. While a column sort runs on its worker thread, the longest gap
between ticks of a 10 ms timer on the GUI thread shows whether the window would freeze.
"""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from breathe.store.history import History
from breathe.store.history_export import to_csv
from breathe.ui.history.files import export_file
from breathe.ui.history.model import PRACTICE
from breathe.ui.history.page import HistoryPage
from tests.ui.test_history_model import insert_sessions

pytestmark = pytest.mark.benchmark

SESSIONS = int(os.environ.get("BREATHE_BENCH_SESSIONS", "100000"))
RUNS = 5


def report(what: str, seconds: list[float], note: str = "") -> float:
    median = statistics.median(seconds)
    spread = f"{min(seconds) * 1000:.0f}-{max(seconds) * 1000:.0f} ms"
    print(f"\n  {what}: {median * 1000:.0f} ms (median of {len(seconds)}, {spread}) {note}")
    return median


def timed(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> Iterator[History]:
    path = tmp_path_factory.mktemp("bench-history") / "h.sqlite3"
    History.open(path).close()
    started = time.perf_counter()
    insert_sessions(path, SESSIONS)
    print(f"\n  inserting {SESSIONS:,} sessions: {time.perf_counter() - started:.2f} s")
    history = History.open(path)
    yield history
    history.close()


def open_page(qtbot: QtBot, history: History) -> HistoryPage:
    page = HistoryPage(history, keep_notes=False)
    qtbot.addWidget(page)
    page.resize(960, 680)
    page.show()
    painted(page)  # the table's rows, the chart, what helps
    return page


def painted(page: HistoryPage) -> None:
    """Paint ``page`` with what its worker has read, the rows on screen included."""
    assert page.wait()  # the count, the order and the summaries
    page.grab()  # painting asks for the rows on screen...
    assert page.wait()
    page.grab()  # ...which are painted once read


def test_open_the_page(big: History, qtbot: QtBot, tmp_path: Path) -> None:
    small = History.open(tmp_path / "small.sqlite3")
    insert_sessions(small.path, 60)
    floor = report(
        "open with 60 sessions", [timed(lambda: open_page(qtbot, small)) for _ in range(RUNS)]
    )
    times = [timed(lambda: open_page(qtbot, big)) for _ in range(RUNS)]
    median = report(f"open with {SESSIONS:,} sessions", times, f"({median_ratio(times, floor)})")
    small.close()
    assert median < 2.0  # generous: a slow, shared machine; typically well under 0.5 s


def median_ratio(times: list[float], floor: float) -> str:
    return f"{statistics.median(times) / floor:.1f}x the 60-session page"


def test_scroll_to_the_oldest(big: History, qtbot: QtBot) -> None:
    page = open_page(qtbot, big)

    def bottom_then_top() -> None:
        page.table.scrollToBottom()
        painted(page)
        page.table.scrollToTop()
        painted(page)

    report("scroll to the oldest and back, painted", [timed(bottom_then_top) for _ in range(RUNS)])
    print(f"  rows the model read from SQLite in all: {page.model.rows_read}")


def test_sort_by_practice_without_freezing(big: History, qtbot: QtBot) -> None:
    page = open_page(qtbot, big)
    gaps: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.elapsed()]

    def tick() -> None:
        now = clock.elapsed()
        gaps.append((now - last[0]) / 1000)
        last[0] = now

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    timer.start()
    start = time.perf_counter()
    with qtbot.waitSignal(page.model.sorting, timeout=120_000, check_params_cb=lambda b: not b):
        page.table.sortByColumn(PRACTICE, Qt.SortOrder.AscendingOrder)
    took = time.perf_counter() - start
    timer.stop()
    QApplication.processEvents()
    print(f"\n  sort {SESSIONS:,} sessions by Practice (worker thread): {took:.2f} s")
    print(
        f"  GUI thread meanwhile: longest gap {max(gaps) * 1000:.0f} ms, "
        f"median {statistics.median(gaps) * 1000:.0f} ms over {len(gaps)} ticks of 10 ms"
    )
    page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)


def test_to_csv(big: History, tmp_path: Path) -> None:
    read: list[float] = []
    records = []
    for _ in range(2):
        start = time.perf_counter()
        records = big.sessions()
        read.append(time.perf_counter() - start)
    report(f"read all {SESSIONS:,} sessions", read)
    text = ""

    def csv_text() -> None:
        nonlocal text
        text = to_csv(records)

    report(f"to_csv of {SESSIONS:,} sessions", [timed(csv_text) for _ in range(3)])
    print(f"  CSV size: {len(text.encode()) / 1e6:.1f} MB")
    whole = [timed(lambda: export_file(big, tmp_path / "all.csv")) for _ in range(2)]
    report("export to a file (read + CSV + atomic write), on the worker thread", whole)
