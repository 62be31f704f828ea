""" "Delete all my data": what is removed, what is left alone, and a failure mid-way."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

import pytest

from breathe.paths import locations
from breathe.store import history_schema, history_sync
from breathe.store.data_removal import KINDS, data_files, remove_all_data, removed_kinds
from breathe.store.history import History
from breathe.store.painmap import PainMap
from breathe.store.programmes import Programmes
from breathe.store.settings import Settings


def fill_everything() -> History:
    """A history with a session (and its open lock), settings, pain map and programmes."""
    locs = locations()
    history = History.open()
    history.begin("breathing", "box", {"pattern": [4, 4, 4, 4]}, 240.0, rating_before=6)
    settings = Settings()
    settings.crisis_contacts = [{"name": "Sam", "number": "07700 900123"}]
    settings.save()
    PainMap({"neck": "gentle"}).save()
    programmes = Programmes()
    programmes.add("Client A", "breathing", {"pattern": "4-6", "minutes": 8})
    programmes.save()
    (locs.config / "settings.json.corrupt-20250101-101010").write_text("{", encoding="utf-8")
    (locs.data / "history.sqlite3.bak-v1-20250101-101010").write_bytes(b"old")
    return history


def test_everything_personal_is_removed_and_the_history_let_go() -> None:
    locs = locations()
    history = fill_everything()
    assert history.count() == 1
    removed = remove_all_data(locs, history)

    names = {p.name for p in removed}
    assert {"history.sqlite3", "locks", "settings.json", "painmap.json", "programmes.json"} <= names
    assert "settings.json.corrupt-20250101-101010" in names
    assert "history.sqlite3.bak-v1-20250101-101010" in names
    assert data_files(locs) == []
    assert not locs.database.exists()
    assert not (locs.data / "locks").exists()
    assert Settings.load().crisis_contacts == []
    assert Programmes.load().names() == []
    assert PainMap.load().regions == {}
    # a fresh history starts empty
    with History.open() as fresh:
        assert fresh.count() == 0


def test_the_log_and_the_rendered_speech_go_too_but_files_not_breathe_data_stay() -> None:
    locs = locations()
    fill_everything().close()
    mine = locs.config / "notes-from-my-therapist.txt"
    mine.write_text("keep me", encoding="utf-8")
    also_mine = locs.log / "my-own-notes.txt"
    locs.log.mkdir(parents=True)
    also_mine.write_text("keep me too", encoding="utf-8")
    for name in ("breathe.log", "breathe.log.1", "breathe.log.3"):
        (locs.log / name).write_text("session started: relaxation {}\n", encoding="utf-8")
    speech = locs.speech_cache
    speech.mkdir(parents=True)
    (speech / "cue.wav").write_bytes(b"RIFF")
    removed = remove_all_data(locs)
    assert mine.read_text(encoding="utf-8") == "keep me"
    assert also_mine.read_text(encoding="utf-8") == "keep me too"
    assert sorted(p.name for p in locs.log.iterdir()) == ["my-own-notes.txt"]
    assert not speech.exists()
    assert removed_kinds(removed, locs) == list(KINDS)


def test_an_open_log_is_closed_to_be_removed_and_the_next_line_starts_a_new_file() -> None:
    locs = locations()
    locs.log.mkdir(parents=True)
    root = logging.getLogger()
    handler = logging.FileHandler(locs.log_file, encoding="utf-8")
    unopened = logging.FileHandler(locs.log / "other.log", encoding="utf-8", delay=True)
    root.addHandler(handler)
    try:
        logging.getLogger("breathe.test").warning("before: relaxation for 10 minutes")
        root.addHandler(unopened)  # a file handler that has not opened its file yet
        assert remove_all_data(locs) == [locs.log_file]
        assert not locs.log_file.exists()
        root.removeHandler(unopened)
        logging.getLogger("breathe.test").warning("after")
        assert locs.log_file.read_text(encoding="utf-8") == "after\n"
    finally:
        for each in (handler, unopened):
            root.removeHandler(each)
            each.close()


def test_a_link_is_removed_not_what_it_points_to(tmp_path: Path) -> None:
    locs = locations()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "precious.txt").write_text("x", encoding="utf-8")
    locs.data.mkdir(parents=True)
    (locs.data / "history.sqlite3.bak-link").symlink_to(elsewhere, target_is_directory=True)
    assert remove_all_data(locs) == [locs.data / "history.sqlite3.bak-link"]
    assert (elsewhere / "precious.txt").exists()


def test_nothing_to_remove_on_a_fresh_computer() -> None:
    assert remove_all_data(locations()) == []


def test_a_file_that_cannot_be_removed_is_reported_after_the_rest(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    locs = locations()
    fill_everything().close()
    real_unlink = Path.unlink

    def unlink(self: Path, missing_ok: bool = False) -> None:
        if self.name == "painmap.json":  # e.g. a file on a read-only mount
            raise PermissionError(13, "Permission denied", str(self))
        real_unlink(self, missing_ok)

    monkeypatch.setattr(Path, "unlink", unlink)
    with pytest.raises(PermissionError):
        remove_all_data(locs)
    assert [p.name for p in data_files(locs)] == ["painmap.json"]


def test_a_busy_history_is_still_removed_with_what_its_writer_had_not_written(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    locs = locations()
    history = fill_everything()
    monkeypatch.setattr(history_schema, "BUSY_SECONDS", 0.05)
    monkeypatch.setattr(history_sync, "ATTEMPT_SECONDS", 0.05)
    with History.open() as impatient:  # the app's history, opened after the change
        other = sqlite3.connect(locs.database, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")  # another program writing meanwhile
        sid = impatient.writer.begin("grounding", None, {}, 180.0)  # not written yet
        history.close()
        removed = remove_all_data(locs, impatient)  # neither waits for the lock nor fails
        other.close()
    assert sid
    assert "history.sqlite3" in {p.name for p in removed}
    assert data_files(locs) == []
    with History.open() as fresh:
        assert fresh.count() == 0
