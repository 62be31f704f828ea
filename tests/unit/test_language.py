"""The language breathe speaks: chosen from --lang, Settings or the system, English when in
doubt; catalogues read from .mo (installed) or .po (a source checkout) alike."""

from __future__ import annotations

import gettext
import io
from pathlib import Path

import pytest
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from breathe import language, po_file
from breathe.engine.practices.catalog import build_plan
from breathe.paths import asset

GERMAN_PO = asset("locale", "de", "LC_MESSAGES", "breathe.po")


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "de_DE.UTF-8"}, ["de-DE", "de"]),
        ({"LANG": "de_AT.UTF-8@euro", "LANGUAGE": "fr:es"}, ["fr", "es", "de-AT", "de"]),
        ({"LC_ALL": "fr_CA.UTF-8", "LANG": "de_DE.UTF-8"}, ["fr-CA", "fr"]),
        ({"LC_MESSAGES": "es_ES.UTF-8"}, ["es-ES", "es"]),
        ({"LANG": "C", "LANGUAGE": "de"}, ["en"]),  # gettext ignores LANGUAGE under C
        ({}, []),
    ],
)
def test_the_system_states_its_languages_through_the_environment(
    environ: dict[str, str], expected: list[str]
) -> None:
    assert language.system_languages(environ) == expected


def test_the_language_is_asked_then_saved_then_the_systems() -> None:
    assert language.choose("de", "en", ["fr"]) == "de"
    assert language.choose(None, "de", ["en"]) == "de"
    assert language.choose(None, None, ["de_AT.UTF-8"]) == "de"  # Austria reads German
    assert language.choose(None, None, ["fi", "de"]) == "de"  # the first one breathe has
    assert language.choose("xx", None, []) == "en"  # unknown: English, never an error
    assert language.choose("klingon", "also-bad", ["??"]) == "en"
    assert language.choose(None, None, []) == "en"


def test_english_loads_nothing_and_german_speaks_german() -> None:
    assert language.use("en") == "en"
    assert type(language.translations()) is gettext.NullTranslations
    assert language.use("de") == "de"
    assert language.gettext("Breathe in") == "Einatmen"
    assert language.ngettext("{count} breath", "{count} breaths", 2) == "{count} Atemzüge"
    assert language.decimal("4.5") == "4,5"
    assert language.use("xx") == "en"
    assert language.gettext("Breathe in") == "Breathe in"


def test_a_plan_speaks_the_language_in_force_but_its_ids_stay_english() -> None:
    language.use("de")
    plan = build_plan("box", {})
    steps = plan.to_json()["steps"]
    assert steps[1]["label"] == "Einatmen" and steps[1]["kind"] == "inhale"
    assert {s["kind"] for s in steps} <= {"intro", "inhale", "hold", "exhale", "outro"}
    relaxation = build_plan("relaxation", {"groups": 16, "side": "left"}).to_json()
    tense = relaxation["steps"][1]
    assert tense["group"] == "left-hand" and tense["kind"] == "tense"
    assert "linke Hand" in tense["label"]


def test_a_damaged_catalogue_leaves_breathe_in_english(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "locale" / "de" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    (folder / "breathe.po").write_text('msgid "Hold"\nmsgstr "Halten\n', encoding="utf-8")
    monkeypatch.setattr(
        language, "catalogue_dir", lambda code: tmp_path / "locale" / code / "LC_MESSAGES"
    )
    assert language.use("de") == "de"
    assert language.gettext("Hold") == "Hold"


@pytest.mark.parametrize("code", language.available()[1:])
def test_reading_a_po_file_gives_what_babel_compiles(code: str) -> None:
    """The source checkout's reader and the build's compiler agree on every message."""
    path = asset("locale", code, "LC_MESSAGES", "breathe.po")
    with path.open("rb") as f:
        catalog = read_po(f)
    compiled = io.BytesIO()
    write_mo(compiled, catalog, use_fuzzy=False)
    compiled.seek(0)
    built = gettext.GNUTranslations(compiled)
    ours = gettext.GNUTranslations(io.BytesIO(po_file.compile_file(path)))
    assert built._catalog == ours._catalog  # type: ignore[attr-defined]
    assert ours.plural(2) == built.plural(2)  # type: ignore[attr-defined]


def test_the_german_catalogue_reads_as_german() -> None:
    ours = gettext.GNUTranslations(io.BytesIO(po_file.compile_file(GERMAN_PO)))
    assert ours.pgettext("Tray", "Quit") == "Beenden"
    assert ours.ngettext("{count} step", "{count} steps", 1) == "{count} Schritt"


def test_french_speaks_french_with_its_three_plural_forms() -> None:
    assert language.use("fr") == "fr"
    assert language.gettext("Breathe in") == "Inspirez"
    steps = ("{count} step", "{count} steps")
    # French counts nought as one, and a round million takes "de"
    assert language.ngettext(*steps, 0) == "{count} étape"
    assert language.ngettext(*steps, 1) == "{count} étape"
    assert language.ngettext(*steps, 2) == "{count} étapes"
    assert language.ngettext(*steps, 1_000_000) == "{count} d’étapes"
    assert language.ngettext(*steps, 1_000_001) == "{count} étapes"
    assert language.decimal("4.5") == "4,5"
    relaxation = build_plan("relaxation", {"groups": 16, "side": "left"}).to_json()
    tense = relaxation["steps"][1]
    assert tense["group"] == "left-hand" and tense["kind"] == "tense"
    assert tense["label"].startswith("Serrez doucement le poing gauche")


def test_the_po_reader_skips_fuzzy_and_empty_entries_and_joins_lines() -> None:
    text = (
        'msgid ""\nmsgstr "Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\n'
        '#, fuzzy\nmsgid "Hold"\nmsgstr "Halten"\n\n'
        'msgid "Breathe in"\nmsgstr ""\n\n'
        'msgctxt "Tray"\nmsgid "Quit"\nmsgstr ""\n"Been"\n"den"\n\n'
        '#~ msgid "Old"\n#~ msgstr "Alt"\n'
    )
    messages = po_file.parse(text)
    assert messages == {
        "": "Plural-Forms: nplurals=2; plural=(n != 1);\n",
        "Tray\x04Quit": "Beenden",
    }
    with pytest.raises(ValueError, match="line 2"):
        po_file.parse('msgid "a"\nbogus "b"\n')


def test_the_pseudo_language_marks_lengthens_and_keeps_placeholders() -> None:
    text = language.pseudo("Start %1 · {count} <b>now</b> &amp; https://example.org")
    assert text.startswith("⟦") and text.endswith("⟧")
    for kept in ("%1", "{count}", "<b>", "</b>", "&amp;", "https://example.org"):
        assert kept in text
    assert "Start" not in text
    assert len(language.pseudo("Breathe in")) >= len("Breathe in") * 1.4
    assert language.pseudo("Two\nlines").count("⟦") == 2
    rtl = language.PseudoTranslations(right_to_left=True)
    assert rtl.gettext("Hold").startswith("\u202e")
    assert rtl.pgettext("decimal separator", ".") == "."
    assert rtl.pgettext("HistoryModel|date format", "d MMM") == "d MMM"
