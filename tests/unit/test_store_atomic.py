"""Atomic JSON files: written whole or not at all; unreadable ones kept aside, never lost."""

from __future__ import annotations

import json
import os
import re
import stat
import sys
from pathlib import Path

import pytest

from breathe.store import atomic
from breathe.store.atomic import (
    FileTooLargeError,
    NotAFileError,
    read_json_or_set_aside,
    read_regular,
    replace_target,
    set_aside,
    write_json_atomic,
    write_text_atomic,
)
from breathe.store.painmap import PainMap


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_write_then_read_round_trip_with_private_permissions(tmp_path: Path) -> None:
    target = tmp_path / "new" / "deeper" / "settings.json"
    write_json_atomic(target, {"theme": "dark", "name": "Zoë"})
    assert read_json_or_set_aside(target) == ({"theme": "dark", "name": "Zoë"}, None)
    assert mode(target) == 0o600
    assert mode(target.parent) == 0o700


def test_replacing_a_file_leaves_no_temp_files(tmp_path: Path) -> None:
    target = tmp_path / "settings.json"
    write_json_atomic(target, {"a": 1})
    write_json_atomic(target, {"a": 2})
    assert json.loads(target.read_text(encoding="utf-8")) == {"a": 2}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["settings.json"]


def test_failed_replace_keeps_the_old_file_and_cleans_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "settings.json"
    write_json_atomic(target, {"theme": "light"})
    before = target.read_bytes()

    def broken_replace(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError, match="No space left"):
        write_json_atomic(target, {"theme": "dark"})
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["settings.json"]


@pytest.mark.parametrize(
    ("value", "error"),
    [({"x": {1, 2}}, TypeError), ({"x": [[[]]]}, RecursionError)],
    ids=["a set", "nested too deep"],
)
def test_a_value_json_cannot_hold_touches_nothing(
    tmp_path: Path, value: object, error: type[Exception]
) -> None:
    target = tmp_path / "settings.json"
    write_json_atomic(target, {"ok": True})
    if error is RecursionError:
        for _ in range(sys.getrecursionlimit()):
            value = [value]
    with pytest.raises(error):
        write_json_atomic(target, value)
    assert json.loads(target.read_text(encoding="utf-8")) == {"ok": True}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["settings.json"]


def test_a_folder_that_cannot_exist_raises_oserror(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    with pytest.raises(OSError):
        write_json_atomic(blocker / "config" / "settings.json", {})
    assert blocker.read_text(encoding="utf-8") == "not a folder"


def test_a_chosen_folder_keeps_its_permissions(tmp_path: Path) -> None:
    chosen = tmp_path / "usb-stick"
    chosen.mkdir(mode=0o755)
    chosen.chmod(0o755)
    write_json_atomic(chosen / "backup.json", [1, 2], private_dir=False)
    assert mode(chosen) == 0o755
    assert mode(chosen / "backup.json") == 0o600
    with pytest.raises(FileNotFoundError):
        write_json_atomic(tmp_path / "missing" / "backup.json", [], private_dir=False)


def test_missing_file_reads_as_nothing_without_a_notice(tmp_path: Path) -> None:
    assert read_json_or_set_aside(tmp_path / "nope.json") == (None, None)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "content",
    [b"{not json", b"", b"\xff\xfe\x00garbage", b"[" * 100_000],
    ids=["broken-json", "empty", "bad-utf8", "absurd-nesting"],
)
def test_unreadable_file_is_set_aside_not_deleted(tmp_path: Path, content: bytes) -> None:
    target = tmp_path / "settings.json"
    target.write_bytes(content)
    value, notice = read_json_or_set_aside(target)
    assert value is None
    assert not target.exists()
    (kept,) = tmp_path.iterdir()
    assert re.fullmatch(r"settings\.json\.corrupt-\d{8}-\d{6}", kept.name)
    assert kept.read_bytes() == content
    assert notice is not None
    assert "\n" not in notice
    assert notice.startswith("Your settings could not be read")
    assert str(kept) in notice


def test_wrong_top_level_type_counts_as_unreadable(tmp_path: Path) -> None:
    target = tmp_path / "painmap.json"
    target.write_text("[1, 2, 3]", encoding="utf-8")
    value, notice = read_json_or_set_aside(target, unreadable=PainMap.UNREADABLE, expect=dict)
    assert value is None
    assert notice is not None
    assert notice.startswith("Your pain map could not be read")
    assert not target.exists()


def test_expected_type_is_returned(tmp_path: Path) -> None:
    target = tmp_path / "a.json"
    target.write_text('{"a": [1]}', encoding="utf-8")
    assert read_json_or_set_aside(target, expect=dict) == ({"a": [1]}, None)


def test_a_path_that_cannot_be_read_as_a_file_is_set_aside(tmp_path: Path) -> None:
    target = tmp_path / "settings.json"
    target.mkdir()
    (target / "inside").write_text("kept", encoding="utf-8")
    value, notice = read_json_or_set_aside(target)
    assert value is None
    assert notice is not None
    (kept,) = tmp_path.iterdir()
    assert kept.name.startswith("settings.json.corrupt-")
    assert (kept / "inside").read_text(encoding="utf-8") == "kept"


def test_when_it_cannot_be_moved_the_notice_says_it_is_left_in_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "settings.json"
    target.write_text("{oops", encoding="utf-8")

    def refuse(self: Path, dest: object) -> Path:
        raise PermissionError(13, "Read-only file system")

    monkeypatch.setattr(Path, "rename", refuse)
    value, notice = read_json_or_set_aside(target)
    assert value is None
    assert notice == (
        "Your settings could not be read, so breathe is using its defaults; "
        f"the file is left as it was at {target}."
    )
    assert target.read_text(encoding="utf-8") == "{oops"


def test_set_aside_moves_companions_and_never_overwrites(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(atomic, "timestamp", lambda: "20250301-093000")
    db = tmp_path / "history.sqlite3"
    db.write_bytes(b"one")
    (tmp_path / "history.sqlite3-wal").write_bytes(b"wal one")
    first = set_aside(db, "-wal", "-shm")
    assert first.name == "history.sqlite3.corrupt-20250301-093000"
    assert (tmp_path / "history.sqlite3.corrupt-20250301-093000-wal").read_bytes() == b"wal one"

    db.write_bytes(b"two")
    (tmp_path / "history.sqlite3-shm").write_bytes(b"shm two")
    second = set_aside(db, "-wal", "-shm")
    assert second.name == "history.sqlite3.corrupt-20250301-093000-2"
    assert second.read_bytes() == b"two"
    assert (tmp_path / "history.sqlite3.corrupt-20250301-093000-2-shm").read_bytes() == b"shm two"
    assert first.read_bytes() == b"one"
    assert not db.exists()


def test_a_taken_companion_name_also_moves_on_to_the_next_number(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(atomic, "timestamp", lambda: "20250301-093000")
    (tmp_path / "h.db.corrupt-20250301-093000-wal").write_bytes(b"someone else's")
    db = tmp_path / "h.db"
    db.write_bytes(b"x")
    assert set_aside(db, "-wal").name == "h.db.corrupt-20250301-093000-2"
    assert (tmp_path / "h.db.corrupt-20250301-093000-wal").read_bytes() == b"someone else's"


def test_timestamp_is_sortable_local_time() -> None:
    assert re.fullmatch(r"\d{8}-\d{6}", atomic.timestamp())


# -- a file other code writes (a PDF printer) -------------------------------------------


def test_an_atomic_target_replaces_the_file_only_when_written_whole(tmp_path: Path) -> None:
    target = tmp_path / "summary.pdf"
    target.write_bytes(b"old")
    with atomic.atomic_target(target) as tmp:
        assert tmp.parent == tmp_path and tmp != target
        assert oct(tmp.stat().st_mode & 0o777) == "0o600"
        tmp.write_bytes(b"%PDF new")
        assert target.read_bytes() == b"old"  # not until the block ends
    assert target.read_bytes() == b"%PDF new"
    assert [p.name for p in tmp_path.iterdir()] == ["summary.pdf"]


def test_a_failed_or_empty_write_leaves_the_old_file_and_no_temp_file(tmp_path: Path) -> None:
    target = tmp_path / "summary.pdf"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), atomic.atomic_target(target) as tmp:
        tmp.write_bytes(b"half")
        raise RuntimeError("the printer failed")
    empty = r"summary\.pdf came out empty, so it was not saved"
    with pytest.raises(OSError, match=empty), atomic.atomic_target(target):
        pass  # nothing written
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["summary.pdf"]


def test_an_atomic_target_in_a_missing_folder_raises_before_anything(tmp_path: Path) -> None:
    with pytest.raises(OSError), atomic.atomic_target(tmp_path / "missing" / "x.pdf"):
        pytest.fail("the block must not run")  # pragma: no cover
    assert list(tmp_path.iterdir()) == []


def test_a_non_finite_number_kept_from_a_file_is_written_back_as_python_read_it(
    tmp_path: Path,
) -> None:
    target = tmp_path / "settings.json"
    write_json_atomic(target, {"x": float("inf"), "y": float("-inf")})
    assert json.loads(target.read_text(encoding="utf-8")) == {
        "x": float("inf"), "y": float("-inf"),
    }  # fmt: skip


# -- symlinks, FIFOs and devices -------------------------------------------------------------


def test_a_symlinked_file_is_written_through_and_the_link_kept(tmp_path: Path) -> None:
    dotfiles = tmp_path / "dotfiles"
    dotfiles.mkdir()
    real = dotfiles / "settings.json"
    real.write_text("{}", encoding="utf-8")
    link = tmp_path / "config" / "settings.json"
    link.parent.mkdir()
    link.symlink_to(real)
    assert write_text_atomic(link, '{"theme": "dark"}') == real
    assert link.is_symlink()
    assert real.read_text(encoding="utf-8") == '{"theme": "dark"}'
    assert sorted(p.name for p in dotfiles.iterdir()) == ["settings.json"]


def test_a_dangling_symlink_makes_its_target(tmp_path: Path) -> None:
    link = tmp_path / "export.csv"
    link.symlink_to(tmp_path / "target.csv")
    write_text_atomic(link, "a,b\n", private_dir=False)
    assert link.is_symlink()
    assert (tmp_path / "target.csv").read_text(encoding="utf-8") == "a,b\n"


def test_a_symlink_loop_raises_and_touches_nothing(tmp_path: Path) -> None:
    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    with pytest.raises(OSError, match="symbolic links"):
        write_text_atomic(tmp_path / "a", "x", private_dir=False)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a", "b"]


def test_breathes_own_file_is_never_written_into_a_fifo(tmp_path: Path) -> None:
    fifo = tmp_path / "settings.json"
    os.mkfifo(fifo)
    with pytest.raises(NotAFileError, match="it is a FIFO, not a regular file"):
        write_json_atomic(fifo, {})
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    with pytest.raises(NotAFileError, match="it is a folder, not a regular file"):
        write_text_atomic(tmp_path, "x", private_dir=False)


def test_a_chosen_character_device_is_written_directly(tmp_path: Path) -> None:
    null = tmp_path / "null"  # its own node: a broken write would replace it, not /dev/null
    try:
        os.mknod(null, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except PermissionError:
        pytest.skip("only root can make a device node")
    assert write_text_atomic(null, "x", private_dir=False) == null
    assert stat.S_ISCHR(null.lstat().st_mode)
    assert replace_target(tmp_path / "new.json") == tmp_path / "new.json"


def test_reading_a_fifo_never_waits_for_a_writer(tmp_path: Path) -> None:
    fifo = tmp_path / "settings.json"
    os.mkfifo(fifo)
    with pytest.raises(NotAFileError, match="it is a FIFO"):
        read_regular(fifo)
    value, notice = read_json_or_set_aside(fifo)  # set aside like a damaged file, kept
    assert value is None
    assert notice is not None
    (kept,) = tmp_path.glob("settings.json.corrupt-*")
    assert stat.S_ISFIFO(kept.lstat().st_mode)


def test_reading_stops_past_a_limit(tmp_path: Path) -> None:
    big = tmp_path / "big.json"
    big.write_bytes(b"x" * (2 * 2**20 + 1))
    with pytest.raises(FileTooLargeError, match="it is larger than 2 MiB"):
        read_regular(big, limit=2 * 2**20)
    assert read_regular(big, limit=3 * 2**20) == b"x" * (2 * 2**20 + 1)


def test_an_atomic_target_through_a_symlink_replaces_what_it_points_to(tmp_path: Path) -> None:
    real = tmp_path / "kept" / "summary.pdf"
    real.parent.mkdir()
    real.write_bytes(b"old")
    link = tmp_path / "summary.pdf"
    link.symlink_to(real)
    with atomic.atomic_target(link) as tmp:
        tmp.write_bytes(b"%PDF new")
    assert link.is_symlink()
    assert real.read_bytes() == b"%PDF new"
    with pytest.raises(NotAFileError), atomic.atomic_target(tmp_path):
        pass
