"""Nothing lost, nothing leaked: settings breathe cannot read, private sessions, the log.

Real ``breathe`` processes on offscreen Qt, ended as soon as the test has seen what it needs.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from breathe.paths import locations
from tests.integration.conftest import App, messages

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
    assert after["default_practice"] == "breathing"  # it was saved, not left alone
    assert messages(app.stderr) == []
    log = app.log_file.read_text(encoding="utf-8")
    assert "setting 'crisis_contacts': some entries are kept as they are" in log
    assert [word for word in PERSONAL if word in log] == []
