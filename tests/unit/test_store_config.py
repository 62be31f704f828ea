"""Pain map, programmes, and the one-file configuration backup."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from breathe.paths import locations
from breathe.store.config_backup import backup_config, restore_config
from breathe.store.errors import ConfigError
from breathe.store.painmap import PainMap
from breathe.store.programmes import Programme, Programmes
from breathe.store.settings import Settings

# -- pain map ------------------------------------------------------------------------


def test_pain_map_round_trip(breathe_home: Path) -> None:
    pain = PainMap.load()
    assert pain.regions == {}
    assert pain.level("neck") == "normal"
    pain.set("right-hand", "skip")
    pain.set("neck", "gentle")
    pain.set("upper-arm", "gentle")
    pain.save()
    path = breathe_home / "config" / "painmap.json"
    assert json.loads(path.read_text(encoding="utf-8")) == {
        "neck": "gentle",
        "right-hand": "skip",
        "upper-arm": "gentle",
    }
    again = PainMap.load(path)
    assert again.regions == {"right-hand": "skip", "neck": "gentle", "upper-arm": "gentle"}
    assert again.skipped() == {"right-hand"}
    assert again.gentle() == {"neck", "upper-arm"}
    assert again.notice is None


def test_setting_a_group_back_to_normal_forgets_it() -> None:
    pain = PainMap({"jaw": "gentle", "calf": "skip"})
    pain.set("jaw", "normal")
    assert pain.regions == {"calf": "skip"}
    pain.clear()
    assert pain.regions == {}


def test_regions_is_a_copy() -> None:
    pain = PainMap({"jaw": "gentle"})
    pain.regions["jaw"] = "skip"
    assert pain.level("jaw") == "gentle"


@pytest.mark.parametrize(
    ("group", "level", "message"),
    [
        ("Right Hand", "skip", "'Right Hand' is not a muscle group, e.g. right-hand or neck"),
        ("hand", "ouch", "'ouch' is not a pain-map level: normal, gentle or skip"),
        (3, "skip", "3 is not a muscle group"),
    ],
)
def test_pain_map_refuses_bad_entries(group: str, level: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        PainMap().set(group, level)


def test_entries_breathe_cannot_use_are_kept_as_they_were_and_not_used(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "painmap.json"
    path.write_text('{"neck": "gentle", "knee!": "skip", "jaw": "numb"}', encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        pain = PainMap.load(path)
    assert pain.regions == pain.to_json() == {"neck": "gentle"}
    assert "pain map: an entry breathe cannot use is kept as it is" in caplog.text
    pain.set("shoulders", "skip")
    pain.save()
    assert json.loads(path.read_text(encoding="utf-8")) == {
        "neck": "gentle", "knee!": "skip", "jaw": "numb", "shoulders": "skip",
    }  # fmt: skip
    pain.set("jaw", "gentle")  # the person's own choice replaces what was kept
    pain.save()
    assert json.loads(path.read_text(encoding="utf-8"))["jaw"] == "gentle"
    with pytest.raises(ConfigError, match="'knee!'"):
        PainMap.from_json({"knee!": "skip"}, strict=True)


def test_corrupt_pain_map_is_set_aside(breathe_home: Path) -> None:
    path = locations().config / "painmap.json"
    path.parent.mkdir(parents=True)
    path.write_bytes(b"\x00\x01")
    pain = PainMap.load()
    assert pain.regions == {}
    assert pain.notice is not None
    assert pain.notice.startswith("Your pain map could not be read")
    assert len(list(path.parent.glob("painmap.json.corrupt-*"))) == 1


# -- programmes ----------------------------------------------------------------------


def test_programmes_add_rename_delete_and_round_trip(breathe_home: Path) -> None:
    progs = Programmes.load()
    assert len(progs) == 0
    assert progs.add("  Evening wind-down ", "box", {"minutes": 10}) == "Evening wind-down"
    progs.add("after physio", "relaxation", {"groups": 7, "release_only": True})
    assert progs.names() == ["after physio", "Evening wind-down"]
    assert "evening WIND-DOWN" in progs
    assert 42 not in progs
    assert progs.get("evening wind-down") == Programme("box", {"minutes": 10})
    assert progs.rename("after physio", "After physio") == "After physio"
    assert progs.names() == ["After physio", "Evening wind-down"]
    progs.save()
    path = breathe_home / "config" / "programmes.json"
    assert json.loads(path.read_text(encoding="utf-8")) == {
        "After physio": {"practice": "relaxation", "options": {"groups": 7, "release_only": True}},
        "Evening wind-down": {"practice": "box", "options": {"minutes": 10}},
    }
    again = Programmes.load()
    assert again.names() == ["After physio", "Evening wind-down"]
    again.delete("after PHYSIO")
    assert again.names() == ["Evening wind-down"]
    assert again.get("Evening wind-down").to_json() == {
        "practice": "box",
        "options": {"minutes": 10},
    }


def test_a_programme_keeps_its_voice_sounds_and_pacing(breathe_home: Path) -> None:
    progs = Programmes.load()
    progs.add("Client A", "breathing", {"pattern": "4-6"}, voice=True, sounds=False)
    progs.add("Slow ground", "grounding", self_paced=True)
    progs.add("Plain", "box")
    progs.save()
    saved = json.loads((breathe_home / "config" / "programmes.json").read_text("utf-8"))
    assert saved["Client A"] == {
        "practice": "breathing",
        "options": {"pattern": "4-6"},
        "voice": True,
        "sounds": False,
    }
    assert saved["Plain"] == {"practice": "box", "options": {}}  # the settings decide
    again = Programmes.load()
    assert again.get("client a").session() == {"voice": True, "sounds": False}
    assert again.get("slow ground").session() == {"self_paced": True}
    assert again.get("plain").session() == {}


@pytest.mark.parametrize(
    ("switches", "message"),
    [
        ({"voice": "yes"}, "a programme's voice must be true or false, e.g. true"),
        ({"sounds": 1}, "a programme's sounds must be true or false, e.g. true"),
        ({"volume": True}, "'volume' is not a programme switch, e.g. voice"),
    ],
)
def test_a_programme_switch_must_be_true_or_false(
    switches: dict[str, object], message: str
) -> None:
    with pytest.raises(ConfigError) as err:
        Programmes().add("Client A", "box", None, **switches)  # type: ignore[arg-type]
    assert str(err.value) == message


def test_a_bad_switch_in_the_file_drops_only_that_programme(breathe_home: Path) -> None:
    path = breathe_home / "config" / "programmes.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        json.dumps(
            {
                "Good": {"practice": "box", "options": {}, "voice": False},
                "Bad": {"practice": "box", "options": {}, "voice": "loud"},
            }
        ),
        encoding="utf-8",
    )
    progs = Programmes.load()
    assert progs.names() == ["Good"]
    assert progs.get("Good").voice is False


def test_programme_without_options() -> None:
    progs = Programmes()
    progs.add("Quick ground", "grounding")
    assert progs.get("quick ground").options == {}


def test_tuple_options_become_plain_json() -> None:
    assert Programme("breathing", {"pattern": (4, 7, 8)}).options == {"pattern": [4, 7, 8]}


@pytest.mark.parametrize(
    ("action", "message"),
    [
        (lambda p: p.add("Evening", "box"), "There is already a programme called 'Evening'"),
        (lambda p: p.add("EVENING ", "box"), "There is already a programme called 'Evening'"),
        (lambda p: p.add("   ", "box"), "A programme needs a name, e.g. Evening wind-down."),
        (lambda p: p.add("x" * 61, "box"), "at most 60 characters"),
        (lambda p: p.add("two\nlines", "box"), "one line of at most 60"),
        (lambda p: p.add("Yoga", "Yoga!"), "'Yoga!' is not a practice, e.g. breathing or box"),
        (lambda p: p.add("Odd", "box", {"colour": "red"}), "'colour' is not an option"),
        (lambda p: p.add("Odd", "box", ["minutes"]), "options must be a set of named values"),
        (lambda p: p.add("Odd", "box", {"minutes": {1, 2}}), "must be plain values"),
        (lambda p: p.rename("Morning", "Later"), "There is no programme called 'Morning'."),
        (lambda p: p.rename("Evening", "Night"), "There is already a programme called 'Night'"),
        (lambda p: p.delete("Morning"), "There is no programme called 'Morning'."),
        (lambda p: p.get("Morning"), "There is no programme called 'Morning'."),
    ],
)
def test_programme_mistakes_get_clear_errors(
    action: Callable[[Programmes], object], message: str
) -> None:
    progs = Programmes()
    progs.add("Evening", "box")
    progs.add("Night", "4-7-8")
    with pytest.raises(ConfigError, match=re.escape(message)):
        action(progs)
    assert progs.names() == ["Evening", "Night"]


def test_programmes_breathe_cannot_use_are_kept_as_they_were_and_their_names_taken(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "programmes.json"
    unusable = {"No practice": {"options": {}}, "Not an object": ["box"]}
    path.write_text(
        json.dumps({"Good": {"practice": "coherent", "options": {"minutes": 3}}, **unusable}),
        encoding="utf-8",
    )
    with caplog.at_level(logging.WARNING):
        progs = Programmes.load(path)
    assert progs.names() == ["Good"]
    assert "a programme breathe cannot use is kept as it is: it must have a practice" in (
        caplog.text
    )
    with pytest.raises(ConfigError, match="There is already a programme called 'No practice'"):
        progs.add("no practice", "box")
    progs.add("Evening", "box")
    progs.save()
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert {k: saved[k] for k in unusable} == unusable
    assert sorted(saved) == ["Evening", "Good", "No practice", "Not an object"]
    with pytest.raises(ConfigError, match=r"^programme 'No practice': '' is not a practice"):
        Programmes.from_json({"No practice": {"options": {}}}, strict=True)


# -- backup and restore --------------------------------------------------------------


def make_config() -> None:
    s = Settings.load()
    s.theme = "dark"
    s.dominant_side = "left"
    s.save()
    pain = PainMap({"neck": "gentle"})
    pain.save()
    progs = Programmes()
    progs.add("Evening", "box", {"minutes": 10})
    progs.save()


def test_backup_then_restore_brings_everything_back(tmp_path: Path) -> None:
    make_config()
    dest = tmp_path / "my-breathe-backup.json"
    backup_config(dest)
    bundle = json.loads(dest.read_text(encoding="utf-8"))
    assert bundle["format"] == "breathe-config"
    assert bundle["version"] == 1
    assert bundle["settings"]["theme"] == "dark"
    assert bundle["painmap"] == {"neck": "gentle"}
    assert bundle["programmes"] == {"Evening": {"practice": "box", "options": {"minutes": 10}}}

    for f in (Settings.default_path(), PainMap.default_path(), Programmes.default_path()):
        f.unlink()
    restore_config(dest)
    assert Settings.load().theme == "dark"
    assert Settings.load().dominant_side == "left"
    assert PainMap.load().regions == {"neck": "gentle"}
    assert Programmes.load().get("Evening") == Programme("box", {"minutes": 10})


def test_backup_of_nothing_saved_holds_the_defaults(tmp_path: Path) -> None:
    dest = tmp_path / "b.json"
    backup_config(dest)
    bundle = json.loads(dest.read_text(encoding="utf-8"))
    assert bundle["settings"] == Settings().to_json()
    assert bundle["painmap"] == {}
    assert bundle["programmes"] == {}


def valid_bundle() -> dict[str, object]:
    return {
        "format": "breathe-config",
        "version": 1,
        "settings": {"theme": "light"},
        "painmap": {"jaw": "skip"},
        "programmes": {"Calm": {"practice": "coherent", "options": {}}},
    }


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda b: b.update(settings={"theme": "neon"}), "settings: setting 'theme' cannot be"),
        (lambda b: b.update(painmap={"jaw": "ouch"}), "painmap: 'ouch' is not a pain-map level"),
        (lambda b: b.update(programmes={"Calm": {}}), "programmes: programme 'Calm'"),
        (lambda b: b.pop("programmes"), "has no programmes section, so nothing was restored"),
        (lambda b: b.update(format="other"), "is not a breathe settings backup$"),
        (lambda b: b.update(version=2), "was made by a newer breathe \\(format 2\\)"),
        (lambda b: b.update(version=True), "\\(format True\\)"),
        (lambda b: b.update(version=0), "\\(format 0\\)"),
    ],
)
def test_an_invalid_backup_replaces_nothing(
    tmp_path: Path, change: Callable[[dict[str, object]], object], message: str
) -> None:
    make_config()
    before = [
        p.read_bytes()
        for p in (Settings.default_path(), PainMap.default_path(), Programmes.default_path())
    ]
    bundle = valid_bundle()
    change(bundle)
    src = tmp_path / "backup.json"
    src.write_text(json.dumps(bundle), encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        restore_config(src)
    after = [
        p.read_bytes()
        for p in (Settings.default_path(), PainMap.default_path(), Programmes.default_path())
    ]
    assert after == before
    assert src.exists()


def test_the_valid_bundle_used_above_does_restore(tmp_path: Path) -> None:
    src = tmp_path / "backup.json"
    src.write_text(json.dumps(valid_bundle()), encoding="utf-8")
    restore_config(src)
    assert Settings.load().theme == "light"
    assert PainMap.load().skipped() == {"jaw"}
    assert Programmes.load().names() == ["Calm"]


def test_unreadable_backup_files_are_refused_and_kept(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"^could not read .*missing.json"):
        restore_config(tmp_path / "missing.json")
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    with pytest.raises(ConfigError, match="is not a breathe settings backup: "):
        restore_config(broken)
    assert broken.read_text(encoding="utf-8") == "{"
    listing = tmp_path / "list.json"
    listing.write_text("[]", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"is not a breathe settings backup$"):
        restore_config(listing)


def test_a_new_pain_map_keeps_what_the_old_one_could_not_use_but_not_for_groups_now_set(
    tmp_path: Path,
) -> None:
    path = tmp_path / "painmap.json"
    path.write_text('{"jaw": "numb", "neck": "tingly", "calf": "gentle"}', encoding="utf-8")
    old = PainMap.load(path)
    new = PainMap({"neck": "skip"})  # what the editor hands over after a change
    new.keep_unread_of(old)
    new.save(path)
    assert json.loads(path.read_text(encoding="utf-8")) == {"jaw": "numb", "neck": "skip"}


def test_what_is_said_about_an_unreadable_file_is_in_the_persons_language(
    tmp_path: Path,
) -> None:
    from breathe import language

    path = tmp_path / "painmap.json"
    path.write_text("{not json", encoding="utf-8")
    language.use("de")
    notice = PainMap.load(path).notice
    assert notice is not None and notice.startswith("Deine Schmerzkarte ließ sich nicht lesen")
    assert str(next(tmp_path.iterdir())) in notice  # where the old file is kept
