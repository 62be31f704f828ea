"""What breathe writes, and what it prints, when the path or the terminal is not a plain one.

A symlink is written through, never replaced; a device or a FIFO is written directly or
refused, never replaced; imported text never drives the terminal; an output that cannot
hold every character gets escapes; a full disk is exit 1; a display nobody answers at is
one line. Real processes, as a person or a script runs them.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import stat
import subprocess
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from breathe.paths import locations
from tests.integration.conftest import App, breathe_command, child_env, messages, run_breathe

ROW = {
    "id": "imported-1",
    "practice": "breathing",
    "preset": "box",
    "started_at": "2024-05-01T08:00:00+00:00",
    "planned_seconds": 60,
    "duration_seconds": 60,
    "status": "completed",
}


def one_session(**changes: object) -> None:
    """One session in the history, imported (with ``changes``) as a script would."""
    locations().data.mkdir(parents=True, mode=0o700, exist_ok=True)
    path = locations().data / "import.json"
    path.write_text(json.dumps([{**ROW, **changes}]), encoding="utf-8")
    done = run_breathe("history", "--import", str(path))
    assert done.returncode == 0, done.stderr


# -- writing through what is there --------------------------------------------------------


def test_output_onto_a_symlink_writes_its_target_and_keeps_the_link(tmp_path: Path) -> None:
    one_session()
    target = tmp_path / "dotfiles" / "sessions.csv"
    target.parent.mkdir()
    target.write_text("old\n", encoding="utf-8")
    link = tmp_path / "sessions.csv"
    link.symlink_to(target)
    done = run_breathe("history", "--format", "csv", "--output", str(link))
    assert done.returncode == 0, done.stderr
    assert link.is_symlink()
    assert link.readlink() == target
    assert "imported-1" in target.read_text(encoding="utf-8")


def test_a_symlinked_settings_file_stays_a_link_after_a_session(
    tmp_path: Path, start_app: Callable[..., App]
) -> None:
    dotfiles = tmp_path / "dotfiles"
    dotfiles.mkdir()
    real = dotfiles / "breathe-settings.json"
    real.write_text('{"theme": "dark"}', encoding="utf-8")
    settings = locations().settings
    settings.parent.mkdir(parents=True, mode=0o700)
    settings.symlink_to(real)
    app = start_app("start", "box")
    app.row(lambda r: r["duration_seconds"] >= 3.0, "the first step change")
    assert app.end() == 0  # settings are saved as the session ends
    assert settings.is_symlink()
    saved = json.loads(real.read_text(encoding="utf-8"))
    assert saved["theme"] == "dark"
    assert saved["start_now"] == "coherent"  # written, through the link
    assert [p.name for p in dotfiles.iterdir()] == ["breathe-settings.json"]  # no temp left


@pytest.fixture
def null_device(tmp_path: Path) -> Path:
    """A node of the null device of its own, so a breathe that replaced it would replace
    this one, never the system's /dev/null (only root can make one)."""
    node = tmp_path / "null"
    try:
        os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except PermissionError:
        pytest.skip("only root can make a device node")
    return node


def test_output_to_a_character_device_is_written_directly_never_replaced(
    null_device: Path,
) -> None:
    one_session()
    done = run_breathe("history", "--format", "json", "--output", str(null_device))
    assert done.returncode == 0, done.stderr
    assert stat.S_ISCHR(null_device.lstat().st_mode)
    assert null_device.read_bytes() == b""  # still the null device


def test_output_into_a_fifo_reaches_its_reader(tmp_path: Path) -> None:
    one_session()
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    done = run_breathe("history", "--format", "csv", "--output", str(fifo))
    reader.join(timeout=30)
    assert done.returncode == 0, done.stderr
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert b"imported-1" in got[0]


@pytest.fixture
def block_device(tmp_path: Path) -> Iterator[Path]:
    """A block device node (never opened): only root can make one."""
    node = tmp_path / "disk"
    try:
        os.mknod(node, stat.S_IFBLK | 0o600, os.makedev(7, 250))
    except PermissionError:
        pytest.skip("only root can make a device node")
    yield node


def test_output_onto_a_block_device_is_refused_in_one_line(block_device: Path) -> None:
    one_session()
    done = run_breathe("history", "--output", str(block_device))
    assert done.returncode == 2
    (line,) = messages(done.stderr)
    assert f"cannot write {block_device}: it is a block device, not a regular file" in line
    assert stat.S_ISBLK(block_device.lstat().st_mode)  # still the node it was


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A full 64 KiB filesystem (tmpfs); unmounted after."""
    where = tmp_path / "tiny"
    where.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(where)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here: {mounted.stderr.decode().strip()}")
    with (where / "filler").open("wb", buffering=0) as f, contextlib.suppress(OSError):
        while True:
            f.write(b"\0" * 4096)
    yield where
    subprocess.run(["umount", "-l", str(where)], check=False)


def test_output_onto_a_full_disk_is_exit_1_and_leaves_the_old_file(tiny_disk: Path) -> None:
    one_session(note="a note long enough to need a block of its own " * 40)
    # the old export took the disk's last free bytes: the new one cannot be written
    old = tiny_disk / "sessions.json"
    with contextlib.suppress(OSError):
        (tiny_disk / "filler").unlink()
        old.write_text("[]\n" + " " * 8000, encoding="utf-8")
        with (tiny_disk / "filler").open("wb", buffering=0) as f:
            while True:
                f.write(b"\0" * 1024)
    before = old.read_bytes()
    done = run_breathe("history", "--format", "json", "--output", str(old))
    assert done.returncode == 1
    (line,) = messages(done.stderr)
    assert line == f"breathe: cannot write {old}: No space left on device; nothing was written"
    assert old.read_bytes() == before
    assert sorted(p.name for p in tiny_disk.iterdir()) == ["filler", "sessions.json"]


# -- what is read in ----------------------------------------------------------------------


def test_importing_a_device_is_refused_in_one_line_without_reading_it() -> None:
    done = run_breathe("history", "--import", "/dev/zero", timeout=30)
    assert done.returncode == 2
    (line,) = messages(done.stderr)
    assert "cannot read /dev/zero: it is a character device, not a regular file" in line
    assert "e.g. breathe history --import sessions.json" in line


def test_deeply_nested_json_is_bad_input_in_one_line(tmp_path: Path) -> None:
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 200_000, encoding="utf-8")
    done = run_breathe("history", "--import", str(deep))
    assert done.returncode == 2
    (line,) = messages(done.stderr)
    assert "nests lists or objects too deeply" in line


def test_an_import_from_a_pipe_is_read(tmp_path: Path) -> None:
    done = subprocess.run(
        breathe_command("history", "--import", "/dev/stdin"),
        input=json.dumps([ROW]),
        env=child_env(),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "Imported 1 session (0 were already here)."


# -- what reaches the terminal ------------------------------------------------------------

HOSTILE_TAGS = ["\x1b]0;pwned\x07title", "\x1b[31mred", "line\nbreak", "\u202egnp.exe"]


def test_imported_escape_sequences_are_shown_never_obeyed_in_the_table() -> None:
    one_session(tags=HOSTILE_TAGS)
    done = run_breathe("history")
    assert done.returncode == 0, done.stderr
    assert "\x1b" not in done.stdout and "\x07" not in done.stdout
    assert "\u202e" not in done.stdout
    assert "\\x1b]0;pwned\\x07title" in done.stdout
    assert "line\\nbreak" in done.stdout
    assert len(done.stdout.splitlines()) == 2  # the header and the one session


def test_a_long_value_echoed_in_an_error_is_cut() -> None:
    done = run_breathe("plan", "breathing", "--pattern", "4-" + "9" * 5000)
    assert done.returncode == 2
    (line,) = messages(done.stderr)
    assert len(line) < 400
    assert "e.g." in line


@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_an_output_that_cannot_hold_every_character_gets_escapes(fmt: str) -> None:
    one_session(tags=["夜", "calm 🌊"], note="Zoë 😌")
    done = subprocess.run(
        breathe_command("history", "--format", fmt),
        env=child_env(PYTHONIOENCODING="cp1252"),  # Windows, output redirected
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    text = done.stdout.decode("cp1252")
    if fmt == "json":  # still JSON, meaning the same
        assert json.loads(text)[0]["tags"] == ["夜", "calm 🌊"]
        assert json.loads(text)[0]["note"] == "Zoë 😌"
    else:
        assert "\\u591c" in text
        assert "\\U0001f30a" in text


# -- the display --------------------------------------------------------------------------


def test_a_display_no_server_answers_at_is_one_line_and_exit_1(breathe_home: Path) -> None:
    env = child_env(QT_QPA_PLATFORM=None, WAYLAND_DISPLAY=None, DISPLAY=":87")
    done = run_breathe("start", "box", env=env, timeout=60)
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        "breathe cannot open a window: no X server answers at DISPLAY=:87 (start breathe "
        "from your desktop, or set QT_QPA_PLATFORM=offscreen for a test run)"
    ]
    assert not (breathe_home / "data" / "history.sqlite3").exists()


def test_damaged_rows_are_listed_and_exported_as_damaged_never_failing_the_command() -> None:
    one_session()
    with sqlite3.connect(locations().database) as conn:
        conn.execute("UPDATE sessions SET tags = '[broken', started_at = '9999-12-31T00:00Z'")
    table = run_breathe("history")
    assert table.returncode == 0, table.stderr
    assert table.stdout.splitlines()[1].startswith("(damaged)")
    exported = run_breathe("history", "--format", "json")
    assert exported.returncode == 0, exported.stderr
    (row,) = json.loads(exported.stdout)
    assert (row["tags"], row["started_at"]) == ("[broken", "9999-12-31T00:00Z")  # as stored
    assert run_breathe("history", "--format", "csv").returncode == 0
