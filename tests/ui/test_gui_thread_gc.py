"""Cycles are collected on the GUI thread, never on a worker that happens to allocate."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from breathe.app.gui_thread_gc import GuiThreadCollector


@pytest.fixture
def collections() -> Iterator[list[str]]:
    """The name of the thread each collection starts on, while the test runs."""
    seen: list[str] = []

    def note(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            seen.append(threading.current_thread().name)

    gc.callbacks.append(note)
    yield seen
    gc.callbacks.remove(note)


def churn() -> None:
    """Allocate like a busy worker: many small cycles, enough to start collections."""
    for _ in range(50_000):
        cycle: list[object] = []
        cycle.append(cycle)


def test_a_worker_never_collects_and_the_gui_thread_does(
    qtbot: QtBot, qapp: QApplication, collections: list[str]
) -> None:
    collector = GuiThreadCollector(qapp, interval_ms=10)
    try:
        assert not gc.isenabled()
        worker = threading.Thread(target=churn, name="worker")
        worker.start()
        worker.join()
        assert collections == []  # the worker allocated plenty, and collected nothing
        gui = threading.current_thread().name
        qtbot.waitUntil(lambda: gui in collections, timeout=5000)
        assert set(collections) == {gui}
    finally:
        collector.close()
    assert gc.isenabled()


def test_it_frees_a_cycle_holding_a_qt_object(qtbot: QtBot, qapp: QApplication) -> None:
    collector = GuiThreadCollector(qapp, interval_ms=10)
    gone: list[bool] = []
    try:
        holder = QObject()
        holder.destroyed.connect(lambda: gone.append(True))
        holder.cycle = [holder]  # type: ignore[attr-defined]
        del holder
        churn()  # enough new objects for a collection to be due
        qtbot.waitUntil(lambda: bool(gone), timeout=5000)
    finally:
        collector.close()


def test_nothing_is_collected_before_python_would(qapp: QApplication) -> None:
    collector = GuiThreadCollector(qapp, interval_ms=60_000)
    try:
        gc.collect()
        assert collector.collect_due() == 0  # a fresh count is under every threshold
    finally:
        collector.close()
