"""Where breathe keeps its files, and what it says when a folder cannot be used."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

import pytest

from breathe.app.unusable import unusable_line
from breathe.paths import ensure_private_dir, locations, private_temp_dir, runtime_dir


def mode(path: Path) -> int:
    return path.lstat().st_mode & 0o777


def test_folders_are_made_user_only_with_their_parents(tmp_path: Path) -> None:
    folder = tmp_path / "a" / "b" / "c"
    ensure_private_dir(folder)
    assert [mode(p) for p in (tmp_path / "a", tmp_path / "a" / "b", folder)] == [0o700] * 3


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda p: p.write_text("x", encoding="utf-8"), "it is a regular file, not a folder"),
        (os.mkfifo, "it is a FIFO, not a folder"),
    ],
    ids=["file", "fifo"],
)
def test_what_stands_where_a_folder_should_be_is_named_and_left_alone(
    tmp_path: Path, make: object, reason: str
) -> None:
    blocker = tmp_path / "home"
    assert callable(make)
    make(blocker)
    for folder in (blocker, blocker / "data" / "locks"):
        with pytest.raises(NotADirectoryError) as caught:
            ensure_private_dir(folder)
        assert (caught.value.strerror, caught.value.filename) == (reason, str(blocker))
    assert not blocker.is_dir()


def test_a_symlink_loop_is_named_at_the_link(tmp_path: Path) -> None:
    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    with pytest.raises(OSError, match="Too many levels") as caught:
        ensure_private_dir(tmp_path / "a" / "data")
    assert caught.value.errno == errno.ELOOP
    assert caught.value.filename == str(tmp_path / "a")


def test_a_dangling_symlink_is_said_as_one(tmp_path: Path) -> None:
    (tmp_path / "home").symlink_to(tmp_path / "gone")
    with pytest.raises(FileNotFoundError, match="a symlink to something that is not there"):
        ensure_private_dir(tmp_path / "home" / "data")


def test_a_symlinked_folder_is_used(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    (tmp_path / "home").symlink_to(tmp_path / "real")
    ensure_private_dir(tmp_path / "home" / "data")
    assert (tmp_path / "real" / "data").is_dir()


def test_ensure_returns_each_unusable_folder_and_makes_the_rest(breathe_home: Path) -> None:
    breathe_home.mkdir()
    (breathe_home / "cache").write_text("x", encoding="utf-8")
    unusable = locations().ensure()
    assert list(unusable) == ["cache"]
    assert all((breathe_home / f).is_dir() for f in ("data", "data/locks", "config", "log"))
    assert unusable_line(unusable) == (
        f"Cannot use {breathe_home / 'cache'} (it is a regular file, not a folder): "
        "speech is rendered again each time."
    )
    assert unusable_line({}) is None


def test_one_cause_for_every_folder_is_said_once(breathe_home: Path) -> None:
    breathe_home.write_text("x", encoding="utf-8")
    unusable = locations().ensure()
    assert list(unusable) == ["data", "config", "cache", "log"]  # locks: said with data
    assert unusable_line(unusable) == (
        f"Cannot use {breathe_home} (it is a regular file, not a folder): your sessions are "
        "not saved, changed settings are not kept, speech is rendered again each time, "
        "there is no log."
    )


def test_a_path_too_long_is_said_once_at_the_common_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / ("x" * 300)
    monkeypatch.setenv("BREATHE_HOME", str(home))
    unusable = locations().ensure()
    line = unusable_line(unusable)
    assert line is not None
    assert line.startswith(f"Cannot use {home} (File name too long): your sessions")


def test_the_instance_key_survives_a_symlink_loop(breathe_home: Path) -> None:
    breathe_home.symlink_to(breathe_home.with_name("other"))
    breathe_home.with_name("other").symlink_to(breathe_home)
    assert locations().instance_key().startswith("breathe-")


# -- the runtime folder -------------------------------------------------------------------


def test_the_runtime_folder_is_xdg_runtime_dir_when_it_is_private(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    xdg = tmp_path / "run"
    xdg.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(xdg))
    assert runtime_dir() == xdg


@pytest.mark.parametrize("problem", ["unset", "others can enter", "not absolute"])
def test_without_a_private_xdg_runtime_dir_a_user_only_folder_in_tmp_is_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, problem: str
) -> None:
    xdg = tmp_path / "run"
    xdg.mkdir()
    xdg.chmod(0o755)
    value = {"unset": None, "others can enter": str(xdg), "not absolute": "run"}[problem]
    if value is None:
        monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    else:
        monkeypatch.setenv("XDG_RUNTIME_DIR", value)
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    folder = runtime_dir()
    assert folder == tmp_path / f"breathe-{os.getuid()}"
    assert mode(folder) == 0o700
    folder.chmod(0o755)  # someone loosened it: it is made private again
    assert mode(runtime_dir()) == 0o700


def test_a_planted_symlink_or_someone_elses_folder_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    elsewhere = tmp_path / "attacker"
    elsewhere.mkdir()
    planted = tmp_path / f"breathe-{os.getuid()}"
    planted.symlink_to(elsewhere)
    with pytest.raises(NotADirectoryError, match="it is a symlink, not a folder"):
        runtime_dir()
    planted.unlink()
    planted.mkdir()
    if os.geteuid() != 0:
        pytest.skip("only root can give a folder to another user")
    os.chown(planted, 65534, 65534)
    with pytest.raises(PermissionError, match="it belongs to another user"):
        runtime_dir()


def test_a_private_temporary_folder_is_new_user_only_and_the_abandoned_ones_go(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    xdg = tmp_path / "run"
    xdg.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(xdg))
    dead = xdg / "breathe-speech-999999999-abc"  # no such process
    dead.mkdir()
    (dead / "cue.wav").write_bytes(b"RIFF")
    alive = xdg / f"breathe-speech-{os.getppid()}-def"
    alive.mkdir()
    other = xdg / "breathe-speech-notapid"
    other.mkdir()
    folder = private_temp_dir("speech")
    assert folder.parent == xdg
    assert folder.name.startswith(f"breathe-speech-{os.getpid()}-")
    assert mode(folder) == 0o700
    assert not dead.exists()
    assert alive.exists() and other.exists()
    assert private_temp_dir("speech") != folder
    assert folder.exists()  # this process's own stay


def test_without_a_runtime_folder_the_temporary_folder_serves(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    (tmp_path / f"breathe-{os.getuid()}").write_text("in the way", encoding="utf-8")
    folder = private_temp_dir("speech")
    assert folder.parent == tmp_path
