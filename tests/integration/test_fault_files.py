"""What breathe leaves on disk: a small rotating log, user-only files and folders."""

from __future__ import annotations

import logging
import signal
import stat
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from breathe.app import logging_setup
from tests.integration.conftest import App, messages, run_breathe


@pytest.fixture
def root_logging() -> Iterator[logging.Logger]:
    """The root logger, given back afterwards as it was (breathe's handlers closed)."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield root
    for handler in list(root.handlers):
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_log_rotates_into_a_few_small_user_only_files(
    tmp_path: Path, root_logging: logging.Logger
) -> None:
    log_file = tmp_path / "log" / "breathe.log"
    logging_setup.configure(log_file)
    log = logging.getLogger("breathe.test")
    line = "x" * 200
    for i in range(8000):  # about 2 MB: eight times what one file may hold
        log.info("record %d %s", i, line)
    files = sorted(log_file.parent.iterdir())
    assert [f.name for f in files] == [
        "breathe.log", "breathe.log.1", "breathe.log.2", "breathe.log.3",
    ]  # fmt: skip
    assert all(f.stat().st_size <= logging_setup.MAX_BYTES for f in files)
    assert all(mode(f) == 0o600 for f in files), {f.name: oct(mode(f)) for f in files}
    assert mode(log_file.parent) == 0o700
    assert "record 7999" in log_file.read_text(encoding="utf-8")


def test_configuring_again_replaces_breathe_handlers_and_keeps_others(
    tmp_path: Path, root_logging: logging.Logger
) -> None:
    others = list(root_logging.handlers)
    logging_setup.configure(tmp_path / "a.log", verbose=True)
    logging_setup.configure(tmp_path / "b.log")
    added = [h for h in root_logging.handlers if h not in others]
    assert [type(h).__name__ for h in added] == ["PrivateRotatingFileHandler"]
    assert all(h in root_logging.handlers for h in others)
    logging.getLogger("breathe.test").warning("only in b")
    assert "only in b" in (tmp_path / "b.log").read_text(encoding="utf-8")
    assert "only in b" not in (tmp_path / "a.log").read_text(encoding="utf-8")


def test_verbose_logs_to_stderr_as_well_as_the_file(breathe_home: Path) -> None:
    done = run_breathe("plan", "box", "--json", "--verbose")
    assert done.returncode == 0
    assert "DEBUG breathe.engine.practices.breathing" in done.stderr
    assert "DEBUG breathe.engine.practices.breathing" in (
        breathe_home / "log" / "breathe.log"
    ).read_text(encoding="utf-8")
    quiet = run_breathe("plan", "box", "--json")
    assert quiet.stderr == ""


def test_a_log_folder_that_cannot_be_made_is_one_line_and_the_command_still_works(
    breathe_home: Path,
) -> None:
    breathe_home.mkdir()
    (breathe_home / "log").write_text("a file where the log folder should be\n")
    done = run_breathe("plan", "box")
    assert done.returncode == 0
    assert messages(done.stderr) == [
        f"breathe: Cannot use {breathe_home / 'log'} (it is a regular file, not a folder): "
        "there is no log."
    ]


def test_every_file_breathe_writes_is_user_only(
    breathe_home: Path, start_app: Callable[..., App]
) -> None:
    app = start_app("start", "box")
    app.row(lambda r: r["duration_seconds"] >= 3.0, "the first step change")
    assert app.end(signal.SIGTERM) == 0
    assert run_breathe("history").returncode == 0
    made = sorted(breathe_home.rglob("*"))
    expected = {"data", "config", "cache", "log", "history.sqlite3", "settings.json", "breathe.log"}
    assert expected <= {p.name for p in made}
    private = [p for p in made if p.is_dir() or p.parts[len(breathe_home.parts)] != "cache"]
    wrong = {
        str(p.relative_to(breathe_home)): oct(mode(p))
        for p in private
        if mode(p) != (0o700 if p.is_dir() else 0o600)
    }
    assert wrong == {}
    assert mode(breathe_home) == 0o700
    # rendered speech ("Breathe in") is not personal: its files may keep the umask's mode,
    # but no one else can reach them through the user-only cache folder
    assert all(mode(p) & 0o077 == 0 for p in made if p.is_dir())


def test_the_app_log_appends_until_the_first_paint_then_rotates(
    tmp_path: Path, root_logging: logging.Logger
) -> None:
    log_file = tmp_path / "log" / "breathe.log"
    logging_setup.configure(log_file, rotating=False)
    others = list(root_logging.handlers)
    log = logging.getLogger("breathe.test")
    log.info("before the first paint")
    assert mode(log_file) == 0o600
    logging_setup.start_rotating()
    logging_setup.start_rotating()  # a second call changes nothing
    added = [h for h in root_logging.handlers if h not in others]
    assert [type(h).__name__ for h in added] == ["PrivateRotatingFileHandler"]
    assert len(root_logging.handlers) == len(others)
    line = "x" * 200
    for i in range(3000):  # about 700 kB: it must rotate now
        log.info("record %d %s", i, line)
    text = "".join(f.read_text(encoding="utf-8") for f in sorted(log_file.parent.iterdir()))
    assert "before the first paint" in text
    assert sorted(f.name for f in log_file.parent.iterdir())[:2] == ["breathe.log", "breathe.log.1"]
    assert all(f.stat().st_size <= logging_setup.MAX_BYTES for f in log_file.parent.iterdir())
