"""Shared fixtures: an isolated BREATHE_HOME for every test and a fake monotonic clock."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Qt runs offscreen in tests unless a developer asks for a real display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


class FakeClock:
    """A monotonic clock that only moves when a test moves it."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture(autouse=True)
def breathe_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own BREATHE_HOME, so no test touches real user data."""
    home = tmp_path / "breathe-home"
    monkeypatch.setenv("BREATHE_HOME", str(home))
    return home


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()
