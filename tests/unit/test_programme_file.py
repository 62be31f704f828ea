"""``.breathe-programme`` files: what a therapist exports is what a client imports, and a
file from anywhere else is checked field by field before anything is changed."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from breathe.engine.practices.catalog import FLAGS
from breathe.store import programme_file
from breathe.store.errors import ConfigError
from breathe.store.programme_file import (
    MAX_BYTES,
    OPTION_KINDS,
    ProgrammeFile,
    ProgrammeFileError,
    file_name,
    parse,
)
from breathe.store.programmes import Programme, Programmes, session_words

CLIENT_A = Programme(
    "breathing",
    {"pattern": "4-6", "minutes": 8},
    voice=True,
    voice_name="gmw/en-GB-x-rp",
    voice_rate=140,
    sounds=False,
    presenter=True,
)


def good(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "format": "breathe-programme",
        "version": 1,
        "name": "Client A",
        "practice": "breathing",
        "options": {"pattern": "4-6", "minutes": 8},
    }
    data.update(changes)
    return {k: v for k, v in data.items() if v is not ...}


def problem(data: object) -> str:
    raw = data if isinstance(data, bytes) else json.dumps(data).encode()
    with pytest.raises(ProgrammeFileError) as err:
        parse(raw, "client.breathe-programme")
    message = str(err.value)
    assert "\n" not in message
    assert message.startswith("client.breathe-programme ")
    return message.removeprefix("client.breathe-programme ")


def test_export_then_import_gives_back_the_same_programme(tmp_path: Path) -> None:
    path = tmp_path / "Client A.breathe-programme"
    programme_file.write(path, "Client A", CLIENT_A)
    assert programme_file.read(path) == ProgrammeFile("Client A", CLIENT_A)
    assert oct(path.stat().st_mode & 0o777) == "0o600"  # it may name a client: the user's own


def test_the_file_is_small_and_reads_as_plain_text(tmp_path: Path) -> None:
    path = tmp_path / "x.breathe-programme"
    programme_file.write(path, "Evening", Programme("box", {"minutes": 10}, voice=False))
    text = path.read_text(encoding="utf-8")
    assert len(text) < 300
    assert text.splitlines()[:4] == [
        "{",
        '  "format": "breathe-programme",',
        '  "version": 1,',
        '  "name": "Evening",',
    ]
    assert json.loads(text) == {
        "format": "breathe-programme",
        "version": 1,
        "name": "Evening",
        "practice": "box",
        "options": {"minutes": 10},
        "voice": False,
    }


def test_a_file_may_leave_out_options_and_settings_and_carry_a_byte_order_mark() -> None:
    data = good(options=..., name="  Ground  ", practice="grounding")
    found = parse(b"\xef\xbb\xbf" + json.dumps(data).encode())
    assert found == ProgrammeFile("Ground", Programme("grounding"))


def test_every_setting_a_session_needs_travels() -> None:
    found = parse(
        json.dumps(
            good(
                voice=True,
                voice_name="English",
                voice_rate=120,
                sounds=False,
                self_paced=False,
                presenter=True,
                practice="grounding",
                options={"variant": "5-4-3-2-1", "pace": 8},
            )
        ).encode()
    )
    assert found.programme.session() == {
        "voice": True,
        "voice_name": "English",
        "voice_rate": 120,
        "sounds": False,
        "self_paced": False,
        "presenter": True,
    }
    assert session_words(found.programme) == [
        "voice on (English), 120 words a minute",
        "tones off",
        "timed",
        "on the client's screen",
    ]


def test_the_option_kinds_cover_every_option() -> None:
    assert set(OPTION_KINDS) == set(FLAGS)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "is not a programme file (not valid JSON: Expecting value"),
        (b"\xff\xfe{}", "is not a programme file (it is not UTF-8 text)"),
        (b"[" * 50_000 + b"]" * 50_000, "is too large for a programme file (at most 64 KiB)"),
        (b"[" * 30_000 + b"]" * 30_000, "is not a programme file (not valid JSON"),
        (b'{"version": 1, "minutes": 1' + b"0" * 5000 + b"}", "not valid JSON"),
        ([good()], 'is not a programme file (it has no "format": "breathe-programme")'),
        ({"format": "breathe-config", "version": 1}, 'it has no "format": "breathe-programme"'),
        (good(version=...), 'has no format version (it needs "version": 1)'),
        (good(version="1"), 'has no format version (it needs "version": 1)'),
        (good(version=True), 'has no format version (it needs "version": 1)'),
        (good(version=2), "was made by a newer breathe (format version 2; this one reads"),
        (good(version=0), "has an unknown format version 0"),
        (good(script="rm -rf ~"), "has a field breathe does not know: 'script'"),
        (good(name=...), 'has no name (it needs e.g. "name": "Evening wind-down")'),
        (good(name="   "), "has no name"),
        (good(name=["Client A"]), "has no name"),
        (good(name="x" * 61), "has a name longer than 60 characters"),
        (good(name="Client\nA"), "has a name with a line break or a control character in it"),
        (good(name="Client \x1b[31mA"), "has a name with a line break or a control character"),
        (good(name="Client \u202eA"), "has a name with a line break or a control character"),
        (good(practice=...), 'has no practice (it needs e.g. "practice": "box")'),
        (good(practice="x" * 101), "has no practice"),
        (good(practice="../../bin/sh"), "cannot be used: '../../bin/sh' is not a practice"),
        (good(practice="yoga"), "cannot be used: unknown practice 'yoga'"),
        (good(options=["minutes", 8]), "has options that are not named values"),
        (good(options={"colour": "red"}), "has an option breathe does not know: 'colour'"),
        (good(options={"minutes": "8"}), "has an option minutes that is not a number: '8'"),
        (good(options={"minutes": True}), "has an option minutes that is not a number: True"),
        (good(options={"minutes": None}), "has an option minutes that is not a number: None"),
        (good(options={"minutes": 500}), "cannot be used: minutes 500: a session can be 0.5"),
        (good(options={"pattern": {"in": 4}}), "has an option pattern that is not seconds"),
        (good(options={"pattern": [4, [6]]}), "has an option pattern that is not seconds"),
        (good(options={"pattern": [4] * 33}), "has an option pattern that is not seconds"),
        (good(options={"pattern": "4-" * 60}), "has an option pattern that is not seconds"),
        (good(options={"pattern": "4-x"}), "cannot be used: pattern '4-x'"),
        (good(options={"cycles": 4.5}), "has an option cycles that is not a whole number"),
        (good(options={"ratio": ["1", "2"]}), "has an option ratio that is not in:out"),
        (good(options={"bpm": 6, "ratio": 9}), "cannot be used: ratio '9'"),  # a number: 1:9
        (good(practice="grounding", options={"variant": "5\n4"}), "option variant that is not"),
        (good(practice="relaxation", options={"release_only": 1}), "is not true or false: 1"),
        (good(practice="relaxation", options={"skip": ["jaw"]}), "skip that is not one short"),
        (good(practice="grounding", options={"pattern": "4-6"}), "--pattern does not apply to"),
        (good(voice="yes"), "cannot be used: a programme's voice must be true or false"),
        (good(presenter=1), "cannot be used: a programme's presenter must be true or false"),
        (good(voice_rate=1000), "voice_rate must be a whole number of words a minute, 120 to 300"),
        (good(voice_rate=150.0), "voice_rate must be a whole number"),
        (good(voice_name="a\x00b"), "voice_name must be one line naming a voice"),
        (good(voice_name=""), "voice_name must be one line naming a voice"),
    ],
)
def test_a_bad_file_is_refused_in_one_line_naming_the_problem(data: object, message: str) -> None:
    assert message in problem(data)


def test_nan_and_infinity_are_refused() -> None:
    raw = b'{"format": "breathe-programme", "version": 1, "name": "x", "practice": "box", '
    assert problem(raw + b'"options": {"minutes": NaN}}') == (
        "holds NaN, which is not a number a programme can use"
    )
    assert "holds Infinity" in problem(raw + b'"options": {"minutes": Infinity}}')


def test_a_field_given_twice_is_refused_rather_than_one_of_them_taken() -> None:
    raw = b'{"format": "breathe-programme", "version": 1, "name": "x", "practice": "box", '
    assert problem(raw + b'"practice": "4-7-8"}') == (
        "has the field 'practice' twice, so it is not clear which to use"
    )


def test_many_keys_are_checked_quickly_and_refused(tmp_path: Path) -> None:
    many = {f"k{i}": i for i in range(3000)}
    assert "does not know" in problem(good(**many))
    flood = b'{"format": "breathe-programme", "version": 1' + b', "a": 1' * 8000 + b"}"
    assert "twice" in problem(flood)


def test_a_file_too_large_is_refused_without_reading_it_all(tmp_path: Path) -> None:
    path = tmp_path / "huge.breathe-programme"
    with path.open("wb") as f:
        f.truncate(2**40)  # a terabyte, sparse: reading it all would take hours
    with pytest.raises(ProgrammeFileError, match="is too large for a programme file"):
        programme_file.read(path)
    big = json.dumps(good(padding=" " * MAX_BYTES)).encode()
    assert "too large" in problem(big)


@pytest.mark.parametrize("where", ["fifo", "folder", "device", "missing"])
def test_only_a_regular_file_is_read(tmp_path: Path, where: str) -> None:
    path = {"device": Path("/dev/zero"), "folder": tmp_path}.get(where, tmp_path / where)
    if where == "fifo":
        os.mkfifo(path)  # opening it must not wait for a writer
    with pytest.raises(ProgrammeFileError) as err:
        programme_file.read(path)
    expected = "cannot be read (No such file" if where == "missing" else "is not a file"
    assert str(err.value) == f"{path} {expected}" or str(err.value).startswith(f"{path} {expected}")


def test_a_bad_file_changes_no_programme(breathe_home: Path) -> None:
    programmes = Programmes.load()
    programmes.add("Evening", "box")
    programmes.save()
    before = (breathe_home / "config" / "programmes.json").read_bytes()
    with pytest.raises(ProgrammeFileError):
        parse(json.dumps(good(options={"minutes": 0})).encode())
    assert (breathe_home / "config" / "programmes.json").read_bytes() == before


def test_a_programme_file_error_is_a_config_error_and_bad_input() -> None:
    assert issubclass(ProgrammeFileError, ConfigError)
    assert issubclass(ProgrammeFileError, ValueError)  # the command line: exit status 2


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Client A", "Client A.breathe-programme"),
        ("../../etc/passwd", "etc-passwd.breathe-programme"),
        (".hidden", "hidden.breathe-programme"),
        ("a/b\\c:d*e?", "a-b-c-d-e.breathe-programme"),
        ("Zoë — evening", "Zoë - evening.breathe-programme"),
        ("///", "programme.breathe-programme"),
    ],
)
def test_an_exported_file_name_is_never_a_path(name: str, expected: str) -> None:
    assert file_name(name) == expected
    assert "/" not in file_name(name) and not file_name(name).startswith(".")


def test_an_import_is_numbered_when_its_name_is_taken() -> None:
    programmes = Programmes()
    programmes.add("Client A", "box")
    assert programmes.free_name("client a") == "client a (2)"
    programmes.add("client a (2)", "box")
    assert programmes.free_name(" Client A ") == "Client A (3)"
    assert programmes.free_name("Evening") == "Evening"
    long = "x" * 60
    programmes.add(long, "box")
    assert programmes.free_name(long) == "x" * 56 + " (2)"
    assert programmes.find(Programme("box")) == "Client A"
    assert programmes.find(Programme("box", {"minutes": 3})) is None
    assert programmes.kept_name("CLIENT A") == "Client A"


@pytest.mark.parametrize(
    ("programme", "words"),
    [
        (Programme("box"), []),
        (Programme("box", voice=False, voice_name="English", voice_rate=120), ["voice off"]),
        (Programme("box", voice=True), ["voice on"]),
        (Programme("box", voice=True, voice_rate=130), ["voice on, 130 words a minute"]),
        (Programme("box", sounds=True, self_paced=True), ["tones on", "at your own pace"]),
    ],
)
def test_what_a_programme_sets_in_words(programme: Programme, words: list[str]) -> None:
    assert session_words(programme) == words
