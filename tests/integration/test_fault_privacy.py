"""Nothing lost, nothing leaked: settings breathe cannot read, private sessions, the log.

Real ``breathe`` processes on offscreen Qt, ended as soon as the test has seen what it needs.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from breathe.paths import locations
from tests.integration.conftest import App, child_env, messages, wait_until

StartApp = Callable[..., App]

#: what a newer breathe might write: a contact with a field this one does not know, an
#: empty contact, a setting it has never heard of, and a value it cannot use
NEWER_SETTINGS = {
    "crisis_contacts": [
        {"name": "Sam Okafor", "number": "+44 7700 900123", "relation": "family"},
        {"name": "", "number": ""},
        {"name": "Samaritans", "number": "116 123"},
    ],
    "companion_mode": {"enabled": True, "who": "Ines Durand"},
    "pacer_style": "spiral",
    "theme": "dark",
}
PERSONAL = ("Sam Okafor", "7700 900123", "family", "Samaritans", "116 123", "Ines Durand")


def test_settings_a_newer_breathe_wrote_survive_a_session_and_never_reach_the_log(
    start_app: StartApp,
) -> None:
    settings = locations().settings
    settings.parent.mkdir(parents=True, mode=0o700)
    settings.write_text(json.dumps(NEWER_SETTINGS), encoding="utf-8")
    app = start_app("start", "box")
    app.row(lambda r: r["duration_seconds"] >= 3.0, "the first step change")
    assert app.end() == 0  # the settings are saved as the session ends
    after = json.loads(settings.read_text(encoding="utf-8"))
    assert {k: after[k] for k in NEWER_SETTINGS} == NEWER_SETTINGS
    assert after["start_now"] == "coherent"  # it was saved, not left alone
    assert messages(app.stderr) == []
    log = app.log_file.read_text(encoding="utf-8")
    assert "setting 'crisis_contacts': some entries are kept as they are" in log
    assert [word for word in PERSONAL if word in log] == []


@pytest.fixture
def runtime() -> Iterator[Path]:
    """A user-only runtime folder (``XDG_RUNTIME_DIR``) short enough for a socket path."""
    folder = Path(tempfile.mkdtemp(prefix="bp-"))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def state_of(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` with a hash of its bytes (an absent folder: nothing)."""
    if not folder.exists():
        return {}
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_a_private_session_leaves_no_trace_in_the_log_settings_or_speech(
    start_app: StartApp, runtime: Path, breathe_home: Path
) -> None:
    earlier = start_app("start", "coherent")  # a usual session first: its traces may stay
    earlier.row(lambda r: r["duration_seconds"] >= 3.0, "an earlier session")
    assert earlier.end() == 0
    before = state_of(breathe_home)
    log_before = locations().log_file.read_text(encoding="utf-8")

    env = child_env(XDG_RUNTIME_DIR=str(runtime))
    app = start_app("start", "relaxation", "--groups", "4", "--private", "--voice", env=env)

    def rendered_privately() -> list[Path]:
        return list(runtime.glob("breathe-speech-*/*.wav"))

    wait_until(rendered_privately, "speech rendered into a private folder")
    assert app.end() == 0
    after = state_of(breathe_home)
    log_after = locations().log_file.read_text(encoding="utf-8")
    assert {k: v for k, v in after.items() if k != "log/breathe.log"} == {
        k: v for k, v in before.items() if k != "log/breathe.log"
    }  # the history, the settings ("Start now", seen explainers) and the speech cache
    new_lines = log_after[len(log_before) :]
    for trace in ("relaxation", "session", "groups", "after", "cue", "Tense"):
        assert trace not in new_lines, new_lines
    assert list(runtime.glob("breathe-speech-*")) == []  # removed at exit
    assert messages(app.stderr) == []


def test_delete_all_my_data_leaves_no_log_of_the_sessions_nor_their_speech(
    start_app: StartApp,
) -> None:
    from breathe.store.data_removal import data_files, remove_all_data

    locs = locations()
    app = start_app("start", "relaxation", "--voice")
    wait_until(lambda: list(locs.speech_cache.glob("*.wav")), "speech in the cache")
    assert app.end() == 0
    assert "session started: relaxation" in locs.log_file.read_text(encoding="utf-8")
    remove_all_data(locs)
    assert data_files(locs) == []
    assert not locs.log_file.exists()
    assert not locs.speech_cache.exists()
