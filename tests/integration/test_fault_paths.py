"""Every folder breathe writes to, made unusable: the session still runs, with one line.

Faults are real, never ``chmod`` (these tests run as root): a file, a FIFO or a symlink
loop where a folder should be, a path longer than the OS takes, a tiny full filesystem,
and a second user (``nobody``, through ``setpriv``) who may not enter a folder. Each case
runs a whole short session that ends by itself (``--quit-at-end``); the cases run side by
side, started together when the module's first test asks.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.integration.conftest import breathe_command, child_env, messages, read_rows, run_breathe

NOBODY = 65534
#: a whole session that ends by itself: the 3 s lead-in and one 2 s breath
SHORT = ("start", "breathing", "--bpm", "30", "--cycles", "1", "--quit-at-end")
#: what breathe goes without, by folder, as its one line says it
WITHOUT_ALL = (
    "your sessions are not saved, changed settings are not kept, "
    "speech is rendered again each time, there is no log."
)


def make_file(path: Path) -> None:
    path.write_text("someone's file\n", encoding="utf-8")


def make_fifo(path: Path) -> None:
    os.mkfifo(path, 0o600)


def make_loop(path: Path) -> None:
    other = path.with_name(path.name + "-other")
    path.symlink_to(other)
    other.symlink_to(path)


def can_run_as_nobody() -> bool:
    return shutil.which("setpriv") is not None and os.geteuid() == 0


AS_NOBODY = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"]


@dataclass
class Case:
    """One way to make a folder unusable; ``prepare`` makes it under ``root`` and returns
    the BREATHE_HOME to use."""

    prepare: Callable[[Path], Path]
    nobody: bool = False  # run as the second user


def _home_as(make: Callable[[Path], None]) -> Callable[[Path], Path]:
    def prepare(root: Path) -> Path:
        make(root / "home")
        return root / "home"

    return prepare


def _folder_as(folder: str, make: Callable[[Path], None]) -> Callable[[Path], Path]:
    def prepare(root: Path) -> Path:
        home = root / "home"
        (home / folder).parent.mkdir(parents=True, mode=0o700, exist_ok=True)
        make(home / folder)
        return home

    return prepare


def _too_long(root: Path) -> Path:
    return root / ("x" * 300)  # one name longer than any filesystem takes (255)


def _not_ours(root: Path) -> Path:
    (root / "root-only").mkdir(mode=0o700)  # root's: nobody may not enter
    return root / "root-only" / "home"


def _log_fifo(root: Path) -> Path:
    (root / "home" / "log").mkdir(parents=True, mode=0o700)
    make_fifo(root / "home" / "log" / "breathe.log")  # a writer waits for a reader, forever
    return root / "home"


def _root_owned_log(root: Path) -> Path:
    """``sudo breathe`` once left a log that root owns in nobody's own home."""
    home = root / "home"
    for folder in (home, home / "log"):
        folder.mkdir(mode=0o700)
        os.chown(folder, NOBODY, NOBODY)
    (home / "log" / "breathe.log").write_text("root was here\n", encoding="utf-8")
    (home / "log" / "breathe.log").chmod(0o600)
    return home


def _full_disk(root: Path) -> Path:
    """The log folder on a tiny filesystem that is full; the history on one with room."""
    tiny = root / "tiny"
    tiny.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=256k,mode=0700", "tmpfs", str(tiny)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        raise OSError(mounted.stderr.decode().strip() or "mount failed")
    (tiny / "log").mkdir(mode=0o700)
    with (tiny / "filler").open("wb", buffering=0) as f, contextlib.suppress(OSError):
        while True:
            f.write(b"\0" * 4096)
    home = root / "home"
    home.mkdir(mode=0o700)
    (home / "log").symlink_to(tiny / "log")
    return home


CASES = {
    "home is a file": Case(_home_as(make_file)),
    "home is a FIFO": Case(_home_as(make_fifo)),
    "home is a symlink loop": Case(_home_as(make_loop)),
    "home is too long": Case(_too_long),
    "home is not ours": Case(_not_ours, nobody=True),
    "config is a file": Case(_folder_as("config", make_file)),
    "cache is a FIFO": Case(_folder_as("cache", make_fifo)),
    "log is a symlink loop": Case(_folder_as("log", make_loop)),
    "locks is a file": Case(_folder_as("data/locks", make_file)),
    "locks is a symlink loop": Case(_folder_as("data/locks", make_loop)),
    "the log file is a FIFO": Case(_log_fifo),
    "the log is root's": Case(_root_owned_log, nobody=True),
    "the log's disk is full": Case(_full_disk),
}


@dataclass
class Run:
    home: Path
    returncode: int
    stderr: str

    @property
    def lines(self) -> list[str]:
        return messages(self.stderr)


@pytest.fixture(scope="module")
def runs() -> Iterator[dict[str, Run | str]]:
    """Every case's short session, run side by side; a case that cannot be made here maps
    to the reason it is skipped."""
    outer = Path(tempfile.mkdtemp(prefix="breathe-paths-"))
    outer.chmod(0o755)  # nobody reaches its own cases' folders
    started: dict[str, tuple[Path, subprocess.Popen[str]]] = {}
    results: dict[str, Run | str] = {}
    try:
        for name, case in CASES.items():
            if case.nobody and not can_run_as_nobody():
                results[name] = "needs root and setpriv to run breathe as a second user"
                continue
            root = outer / name.replace(" ", "-").replace("'", "")
            root.mkdir(mode=0o755)
            try:
                home = case.prepare(root)
            except OSError as exc:
                results[name] = f"cannot make this fault here: {exc}"
                continue
            started[name] = (home, _start(home, nobody=case.nobody))
        for name, (home, process) in started.items():
            try:
                _, stderr = process.communicate(timeout=120)
            except subprocess.TimeoutExpired:  # e.g. blocked on a FIFO: a failure, not a hang
                process.kill()
                _, stderr = process.communicate()
                stderr += "\n(the session never ended: killed)"
            results[name] = Run(home, process.returncode, stderr)
        yield results
    finally:
        for _, process in started.values():
            if process.poll() is None:
                process.kill()
                process.wait()
        for tiny in outer.glob("*/tiny"):  # a small filesystem a case mounted
            subprocess.run(["umount", "-l", str(tiny)], capture_output=True, check=False)
        shutil.rmtree(outer, ignore_errors=True)


def _start(home: Path, *, nobody: bool) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [*(AS_NOBODY if nobody else []), *breathe_command(*SHORT)],
        env=child_env(BREATHE_HOME=str(home)),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )


def result(runs: dict[str, Run | str], name: str) -> Run:
    found = runs[name]
    if isinstance(found, str):
        pytest.skip(found)
    assert found.returncode == 0, found.stderr  # the whole session ran, and ended by itself
    assert "Traceback" not in found.stderr and "Logging error" not in found.stderr
    return found


# -- BREATHE_HOME itself ------------------------------------------------------------------

HOME_REASONS = {
    "home is a file": "it is a regular file, not a folder",
    "home is a FIFO": "it is a FIFO, not a folder",
    "home is a symlink loop": "Too many levels of symbolic links",
    "home is not ours": "Permission denied",
}


@pytest.mark.parametrize("name", list(HOME_REASONS))
def test_a_breathe_home_that_cannot_be_a_folder_runs_the_session_with_one_line(
    runs: dict[str, Run | str], name: str
) -> None:
    run = result(runs, name)
    assert run.lines == [f"breathe: Cannot use {run.home} ({HOME_REASONS[name]}): {WITHOUT_ALL}"]
    if name != "home is not ours":  # the command that needs the history cannot: exit 1
        history = run_breathe("history", env=child_env(BREATHE_HOME=str(run.home)))
        assert history.returncode == 1
        assert messages(history.stderr)[-1].startswith("breathe: cannot open your history: ")
        assert "Traceback" not in history.stderr


def test_a_breathe_home_too_long_for_the_os_runs_the_session_with_one_short_line(
    runs: dict[str, Run | str],
) -> None:
    run = result(runs, "home is too long")
    (line,) = run.lines
    assert line.startswith("breathe: Cannot use ")
    assert line.endswith(f"(File name too long): {WITHOUT_ALL}")
    assert len(line) < 500  # the 300-character name is cut where it is echoed


# -- one folder or file -------------------------------------------------------------------

ONE_FOLDER = {
    "config is a file": ("config", "it is a regular file, not a folder"),
    "cache is a FIFO": ("cache", "it is a FIFO, not a folder"),
    "log is a symlink loop": ("log", "Too many levels of symbolic links"),
    "locks is a file": ("data/locks", "it is a regular file, not a folder"),
    "locks is a symlink loop": ("data/locks", "Too many levels of symbolic links"),
}


@pytest.mark.parametrize("name", list(ONE_FOLDER))
def test_one_unusable_folder_is_one_line_and_the_session_is_still_saved(
    runs: dict[str, Run | str], name: str
) -> None:
    run = result(runs, name)
    folder, reason = ONE_FOLDER[name]
    (line,) = run.lines
    assert line.startswith(f"breathe: Cannot use {run.home / folder} ({reason}): ")
    if folder == "data/locks":
        assert line.endswith("a session cut short by a crash may stay marked as running.")
    (row,) = read_rows(run.home / "data" / "history.sqlite3")
    assert row["status"] == "completed"


def test_a_log_file_that_is_a_fifo_never_blocks_the_session(runs: dict[str, Run | str]) -> None:
    run = result(runs, "the log file is a FIFO")
    log_file = run.home / "log" / "breathe.log"
    assert run.lines == [
        f"breathe: Cannot use {log_file} (it is a FIFO, not a regular file): there is no log."
    ]
    assert read_rows(run.home / "data" / "history.sqlite3")[0]["status"] == "completed"


def test_a_root_owned_log_after_sudo_breathe_leaves_the_session_running(
    runs: dict[str, Run | str],
) -> None:
    run = result(runs, "the log is root's")
    log_file = run.home / "log" / "breathe.log"
    assert run.lines == [f"breathe: Cannot use {log_file} (Permission denied): there is no log."]
    assert log_file.read_text(encoding="utf-8") == "root was here\n"
    assert read_rows(run.home / "data" / "history.sqlite3")[0]["status"] == "completed"


def test_logging_on_a_full_disk_is_one_line_and_the_session_goes_on(
    runs: dict[str, Run | str],
) -> None:
    run = result(runs, "the log's disk is full")
    log_file = run.home / "log" / "breathe.log"
    assert run.lines == [f"breathe: cannot write the log file {log_file}: No space left on device"]
    assert read_rows(run.home / "data" / "history.sqlite3")[0]["status"] == "completed"
