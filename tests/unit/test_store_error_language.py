"""The store's problems are said in the person's language, every word: a setting, the pain
map, a programme, a programme file, a history row and a settings backup (what the windows
and the command line show as they are)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from breathe import language
from breathe.store.config_backup import restore_config
from breathe.store.errors import StoreError
from breathe.store.history_record import record_from_json
from breathe.store.painmap import PainMap
from breathe.store.programme_file import parse
from breathe.store.programmes import Programmes
from breathe.store.settings import Settings

#: English words of these messages; none may be left in a translated one
ENGLISH = ("setting", "takes", "words a minute", "what was given", "there is", "called", "level")
ENGLISH += ("needs a name", "Evening", "programme file", "must be", "whole number", "nothing")
ENGLISH += ("restored", "has no", "is not", "e.g.")


def _backup(folder: Path) -> Callable[[], object]:
    file = folder / "backup.json"
    file.write_text(
        json.dumps({"format": "breathe-config", "version": 1, "settings": {}}), encoding="utf-8"
    )
    return lambda: restore_config(file)


#: what goes wrong -> (the call, its message in each language; {folder}: the test's folder)
CASES: dict[str, tuple[Callable[[Path], Callable[[], object]], dict[str, str]]] = {
    "a setting's value": (
        lambda _: lambda: Settings().set("voice_rate", 5),
        {
            "de": "die Einstellung 'voice_rate' nimmt 5 nicht an; erlaubt: Wörter pro Minute, "
            "120 bis 300",
            "es": "el ajuste 'voice_rate' no admite 5: admite palabras por minuto, de 120 a 300",
            "fr": "le réglage 'voice_rate' n’accepte pas 5 : il accepte des mots par minute, de "
            "120 à 300",
        },
    ),
    "a crisis contact, never repeated": (
        lambda _: lambda: Settings().set("crisis_contacts", [{"name": "Sam"}]),
        {
            "de": "die Einstellung 'crisis_contacts' nimmt den angegebenen Wert nicht an; "
            "erlaubt: Namen mit Nummern",
            "es": "el ajuste 'crisis_contacts' no admite el valor dado: admite nombres con números",
            "fr": "le réglage 'crisis_contacts' n’accepte pas la valeur donnée : il accepte des "
            "noms avec des numéros",
        },
    ),
    "a setting that does not exist": (
        lambda _: lambda: Settings().set("colour", "blue"),
        {
            "de": "es gibt keine Einstellung namens 'colour'",
            "es": "no hay ningún ajuste llamado 'colour'",
            "fr": "aucun réglage ne s’appelle 'colour'",
        },
    ),
    "a pain-map level": (
        lambda _: lambda: PainMap().set("neck", "ouch"),
        {
            "de": "'ouch' ist keine Stufe der Schmerzkarte: normal, gentle oder skip",
            "es": "'ouch' no es un nivel del mapa del dolor: normal, gentle o skip",
            "fr": "'ouch' n’est pas un niveau de la carte de la douleur : normal, gentle ou skip",
        },
    ),
    "a programme with no name": (
        lambda _: lambda: Programmes().add("  ", "box"),
        {
            "de": "Ein Programm braucht einen Namen, z. B. Abendruhe.",
            "es": "Un programa necesita un nombre, p. ej. Calma de noche.",
            "fr": "Un programme a besoin d’un nom, p. ex. Détente du soir.",
        },
    ),
    "a programme file's bytes": (
        lambda _: lambda: parse(b"[]"),
        {
            "de": 'die Datei ist keine Programmdatei (ihr fehlt "format": "breathe-programme")',
            "es": 'el archivo no es un archivo de programa (le falta "format": '
            '"breathe-programme")',
            "fr": 'le fichier n’est pas un fichier de programme (il n’a pas de "format": '
            '"breathe-programme")',
        },
    ),
    "a history row": (
        lambda _: lambda: record_from_json({"id": "a1"}),
        {"de": "practice fehlt", "es": "falta practice", "fr": "practice manque"},
    ),
    "a settings backup": (
        _backup,
        {
            "de": "{folder}/backup.json hat keinen Abschnitt painmap, daher wurde nichts "
            "wiederhergestellt",
            "es": "{folder}/backup.json no tiene la sección painmap, así que no se ha "
            "restaurado nada",
            "fr": "{folder}/backup.json n’a pas de section painmap, donc rien n’a été restauré",
        },
    ),
}


@pytest.mark.parametrize("code", ["de", "es", "fr"])
@pytest.mark.parametrize("case", list(CASES))
def test_a_store_problem_is_said_in_the_language(code: str, case: str, tmp_path: Path) -> None:
    make, said = CASES[case]
    call = make(tmp_path)
    language.use(code)
    with pytest.raises(StoreError) as raised:
        call()
    assert str(raised.value) == said[code].format(folder=tmp_path)
    words = str(raised.value).replace(str(tmp_path), "FOLDER")
    assert [w for w in ENGLISH if w in words] == []


def test_in_english_the_words_are_as_they_always_were() -> None:
    with pytest.raises(StoreError, match=r"^setting 'voice_rate' cannot be 5: it takes words a "):
        Settings().set("voice_rate", 5)
    with pytest.raises(StoreError, match=r"^the file is not a programme file \(it has no "):
        parse(b"[]")
