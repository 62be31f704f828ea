"""Settings: declared defaults, atomic saves, and a bad file never stops breathe."""

from __future__ import annotations

import json
import logging
import stat
from dataclasses import fields
from pathlib import Path

import pytest

from breathe.engine.reminders import ReminderSchedule
from breathe.paths import locations
from breathe.store.errors import ConfigError
from breathe.store.settings import Settings


def test_defaults_are_the_documented_ones() -> None:
    s = Settings()
    assert s.start_now == "coherent"  # Start now: coherent breathing, 5 minutes
    assert (s.voice, s.voice_name, s.voice_rate, s.voice_volume) == (False, None, 150, 0.9)
    assert (s.sounds, s.pacer_style, s.theme) == (True, "circle", "system")
    assert (s.large_type, s.reduced_motion, s.dominant_side) == (False, False, "right")
    assert (s.keep_notes, s.show_explainers, s.history_enabled) == (False, True, True)
    assert (s.keep_in_tray, s.reminders, s.reminder_minutes, s.autostart) == (
        False,
        False,
        60,
        False,
    )
    assert s.reminder_times == []
    assert (s.crisis_contacts, s.seen_explainers, s.last_choice) == ([], [], {})
    assert (s.grounding_self_paced, s.presenter_screen) == (True, 2)


def test_start_now_takes_each_preset_grounding_and_relaxation() -> None:
    s = Settings()
    for choice in ("box", "4-7-8", "resonance", "grounding", "relaxation", "coherent"):
        s.start_now = choice
        assert s.start_now == choice


def test_an_old_last_used_practice_never_becomes_start_now(breathe_home: Path) -> None:
    """An earlier breathe wrote the last practice used (even a ten-second one) as the
    default; that value was never the person's choice, so it is not read."""
    path = locations().settings
    path.parent.mkdir(parents=True)
    path.write_text(
        json.dumps({"default_practice": "relaxation", "default_preset": "box"}), encoding="utf-8"
    )
    assert Settings.load().start_now == "coherent"


def test_every_setting_declares_a_check_and_a_description() -> None:
    for f in fields(Settings):
        assert callable(f.metadata["check"]), f.name
        assert f.metadata["takes"], f.name


def test_lists_are_not_shared_between_instances() -> None:
    a, b = Settings(), Settings()
    a.seen_explainers.append("breathing")
    assert b.seen_explainers == []


def test_missing_file_gives_defaults_and_writes_nothing() -> None:
    s = Settings.load()
    assert s == Settings()
    assert s.notice is None
    assert s.path == locations().settings
    assert not locations().settings.exists()


def test_save_and_load_round_trip_with_private_file(breathe_home: Path) -> None:
    s = Settings.load()
    s.theme = "dark"
    s.voice_volume = 1
    s.crisis_contacts = [{"name": "Sam", "number": "+44 7700 900123"}]
    s.remember_choice("relaxation", {"groups": 7, "skip": ["left-hand"]})
    s.save()
    path = breathe_home / "config" / "settings.json"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    again = Settings.load()
    assert again == s
    assert again.voice_volume == 1.0
    assert isinstance(again.voice_volume, float)
    assert again.last_choice == {"relaxation": {"groups": 7, "skip": ["left-hand"]}}


def test_save_to_another_path_remembers_it(tmp_path: Path) -> None:
    s = Settings()
    target = tmp_path / "elsewhere" / "s.json"
    s.save(target)
    assert s.path == target
    s.sounds = False
    s.save()
    assert json.loads(target.read_text(encoding="utf-8"))["sounds"] is False


UNUSABLE = {
    "voice": "yes",
    "voice_rate": 1000,
    "voice_volume": True,
    "large_type": 1,
    "pacer_style": "triangle",
    "last_choice": {"breathing": {"minutes": float("inf")}},
    "from_the_future": {"x": 1},
}


def test_values_breathe_cannot_use_give_defaults_and_are_written_back_untouched(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "settings.json"
    usable = {"theme": "dark", "presenter_screen": 1}
    path.write_text(json.dumps({**usable, **UNUSABLE}), encoding="utf-8")
    raw_before = json.loads(path.read_text(encoding="utf-8"))
    with caplog.at_level(logging.INFO, logger="breathe.store.settings"):
        s = Settings.load(path)
    assert s.notice is None
    assert s.theme == "dark"
    assert s.presenter_screen == 1
    assert s.voice is False
    assert s.voice_rate == 150
    assert s.voice_volume == 0.9
    assert s.large_type is False
    assert s.pacer_style == "circle"
    assert s.last_choice == {}
    assert s.unread == set(UNUSABLE)
    assert "setting 'voice' is kept as it is, but breathe uses its default" in caplog.text
    assert "keeping setting 'from_the_future' as it is" in caplog.text
    s.sounds = False  # any other change, then a save (as after every session)
    s.save()
    after = json.loads(path.read_text(encoding="utf-8"))
    assert {k: after[k] for k in raw_before} == {**raw_before}
    assert after["sounds"] is False
    s.voice = True  # the person's own choice replaces what was kept
    s.save()
    assert json.loads(path.read_text(encoding="utf-8"))["voice"] is True


def test_a_contact_with_a_field_from_a_newer_breathe_or_an_empty_one_loses_no_one(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    contacts = [
        {"name": "Sam", "number": "+44 7700 900123", "relation": "family"},
        {"name": "", "number": ""},
        {"name": "Crisis line", "number": "116 123"},
        {"name": "Alex"},
    ]
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"crisis_contacts": contacts}), encoding="utf-8")
    with caplog.at_level(logging.DEBUG):
        s = Settings.load(path)
    assert s.crisis_contacts == [contacts[0], contacts[2]]  # the ones that can be called
    s.save()
    assert json.loads(path.read_text(encoding="utf-8"))["crisis_contacts"] == contacts
    # the person adds someone: the ones this version cannot show are still kept
    s.crisis_contacts = [*s.crisis_contacts, {"name": "Jo", "number": "0800"}]
    s.save()
    assert json.loads(path.read_text(encoding="utf-8"))["crisis_contacts"] == [
        contacts[0], contacts[2], {"name": "Jo", "number": "0800"}, contacts[1], contacts[3],
    ]  # fmt: skip
    # nothing personal reaches the log, at any level
    for private in ("Sam", "7700", "family", "Alex", "116 123", "Crisis line"):
        assert private not in caplog.text
    assert "setting 'crisis_contacts': some entries are kept as they are" in caplog.text


def test_a_reset_keeps_what_it_is_told_to_and_what_this_version_cannot_read(
    tmp_path: Path,
) -> None:
    path = tmp_path / "settings.json"
    contacts = [{"name": "Sam", "number": "1"}, {"name": "Alex"}]
    path.write_text(
        json.dumps(
            {
                "theme": "dark",
                "crisis_contacts": contacts,
                "pacer_style": "x",
                "reminder_times": ["10:00", "25:00"],
                "new": 1,
            }
        ),
        encoding="utf-8",
    )
    fresh = Settings.load(path).reset(keep=("crisis_contacts",))
    assert fresh.theme == "system"
    fresh.save()
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["crisis_contacts"] == contacts
    assert saved["new"] == 1
    assert saved["pacer_style"] == "circle"  # reset: this version's settings start over
    assert saved["reminder_times"] == []
    assert saved["theme"] == "system"


def test_corrupt_settings_are_set_aside_with_a_notice(breathe_home: Path) -> None:
    path = locations().settings
    path.parent.mkdir(parents=True)
    path.write_text('{"theme": "dark",', encoding="utf-8")
    s = Settings.load()
    assert s == Settings()
    assert s.notice is not None
    (kept,) = path.parent.glob("settings.json.corrupt-*")
    assert kept.read_text(encoding="utf-8") == '{"theme": "dark",'
    assert str(kept) in s.notice
    s.save()
    assert Settings.load().notice is None


@pytest.mark.parametrize(("saved", "loaded"), [(80, 120), (119, 120), (79, 150), (120, 120)])
def test_a_speaking_rate_older_breathe_allowed_becomes_the_slowest_one(
    tmp_path: Path, saved: int, loaded: int
) -> None:
    # every spoken cue is made to fit its step at 120 words a minute; older versions
    # allowed 80, and a person who chose a slow voice keeps the slowest one there is
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"voice_rate": saved}), encoding="utf-8")
    assert Settings.load(path).voice_rate == loaded


def test_a_list_instead_of_an_object_is_set_aside(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('["dark"]', encoding="utf-8")
    s = Settings.load(path)
    assert s == Settings()
    assert s.notice is not None
    assert not path.exists()


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("theme", "blue", "setting 'theme' cannot be 'blue': it takes system, light or dark"),
        ("voice", 1, "setting 'voice' cannot be 1: it takes true or false"),
        ("voice_rate", 150.5, "it takes words a minute, 120 to 300"),
        ("voice_rate", 100, "it takes words a minute, 120 to 300"),
        ("voice_volume", 1.5, "it takes a volume from 0 to 1"),
        ("voice_volume", float("nan"), "it takes a volume from 0 to 1"),
        ("voice_name", "", "it takes a voice name or nothing"),
        ("start_now", "yoga", "it takes a breathing preset, grounding or relaxation"),
        ("start_now", "custom", "it takes a breathing preset, grounding or relaxation"),
        ("reminder_minutes", 4, "minutes, 5 to 1440, or nothing"),
        ("reminder_times", ["25:00"], "times of day such as 14:30"),
        ("reminder_times", "14:30", "times of day such as 14:30"),
        ("reminder_times", [1430], "times of day such as 14:30"),
        ("presenter_screen", 0, "a screen number, 1 to 16"),
        ("seen_explainers", "breathing", "a list of practice ids"),
        ("last_choice", {"breathing": [1]}, "options per practice"),
        ("crisis_contacts", [{"name": "Sam", "number": " "}], "names with numbers"),
    ],
)
def test_invalid_values_are_refused_with_a_readable_message(
    name: str, value: object, message: str
) -> None:
    s = Settings()
    with pytest.raises(ConfigError, match=r"^setting ") as caught:
        s.set(name, value)
    assert message in str(caught.value)
    assert getattr(s, name) == getattr(Settings(), name)


def test_long_values_are_shortened_in_messages() -> None:
    with pytest.raises(ConfigError) as caught:
        Settings().theme = "x" * 500
    assert "'xxxxxxxx" in str(caught.value)
    assert "..." in str(caught.value)
    assert len(str(caught.value)) < 120


def test_reminder_settings_build_a_schedule() -> None:
    s = Settings()
    s.reminders = True
    s.reminder_minutes = None
    s.reminder_times = ["10:30", "15:00"]
    schedule = ReminderSchedule.from_settings(s.reminders, s.reminder_minutes, s.reminder_times)
    assert schedule.active
    assert [t.isoformat(timespec="minutes") for t in schedule.times] == ["10:30", "15:00"]


def test_get_and_set_by_name() -> None:
    s = Settings()
    s.set("dominant_side", "left")
    assert s.get("dominant_side") == "left"
    s.set("voice_name", "English (Great Britain)")
    assert s.voice_name == "English (Great Britain)"
    s.set("voice_name", None)
    assert s.get("voice_name") is None


def test_get_returns_a_copy() -> None:
    s = Settings()
    s.seen_explainers = ["breathing"]
    copy = s.get("seen_explainers")
    copy.append("grounding")
    assert s.seen_explainers == ["breathing"]


def test_unknown_names_are_refused() -> None:
    with pytest.raises(ConfigError, match="there is no setting called 'colour'"):
        Settings().get("colour")
    with pytest.raises(ConfigError, match="there is no setting called 'colour'"):
        Settings().set("colour", "blue")


def test_assigned_lists_are_copied() -> None:
    contacts = [{"name": "Sam", "number": "123"}]
    s = Settings()
    s.crisis_contacts = contacts
    contacts.append({"name": "Alex", "number": "456"})
    assert s.crisis_contacts == [{"name": "Sam", "number": "123"}]


def test_strict_reading_names_the_first_bad_value() -> None:
    with pytest.raises(ConfigError, match="setting 'theme' cannot be 3"):
        Settings.from_json({"theme": 3}, strict=True)
    assert Settings.from_json({"theme": "light", "nope": 1}, strict=True).theme == "light"


def test_the_saved_language_is_read_without_changing_anything(tmp_path: Path) -> None:
    from breathe.language import saved_language

    path = tmp_path / "settings.json"
    assert saved_language(path) is None  # no file yet
    path.write_text('{"language": "de", "theme": "dark"}', encoding="utf-8")
    assert saved_language(path) == "de"
    for damaged in ("{not json", '["de"]', '{"language": "xx"}', '{"language": 3}'):
        path.write_text(damaged, encoding="utf-8")
        assert saved_language(path) is None
        assert path.read_text(encoding="utf-8") == damaged  # left for Settings.load to set aside


def test_a_choice_breathe_cannot_use_stays_beside_the_choices_made_since(
    tmp_path: Path,
) -> None:
    path = tmp_path / "settings.json"
    newer = {"yoga-nidra": [1, 2], "box": {"minutes": 3}}
    path.write_text(json.dumps({"last_choice": newer}), encoding="utf-8")
    s = Settings.load(path)
    assert s.last_choice == {"box": {"minutes": 3}}
    s.remember_choice("grounding", {"variant": "5-4-3-2-1"})
    s.save()
    assert json.loads(path.read_text(encoding="utf-8"))["last_choice"] == {
        **newer, "grounding": {"variant": "5-4-3-2-1"},
    }  # fmt: skip


def test_replacing_what_was_kept_unread_forgets_it(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"crisis_contacts": [{"name": "Jo"}], "x": 1}), encoding="utf-8")
    s = Settings.load(path)
    s.replace_unread(Settings())  # "Delete all my data": nothing of the old file comes back
    s.save()
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["crisis_contacts"] == []
    assert "x" not in saved
