"""Bad input on the command line is one line in the person's language, all of it: the
history's and the programme file's problems, and argparse's own words, exit status 2."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.integration.conftest import messages, run_breathe

#: English words of these messages; none may be left in a translated line
ENGLISH = (
    "should",
    "nothing",
    "imported",
    "e.g.",
    "must",
    "whole number",
    "has an option",
    "that is not",
    "newer",
    "update",
    "invalid",
    "choose",
    "following",
    "required",
    "expected",
    "unknown",
    "unrecognized",
)

SESSION = {
    "id": "a1",
    "practice": "breathing",
    "options": {},
    "started_at": "2026-03-04T14:05:00+00:00",
    "planned_seconds": 240,
    "duration_seconds": 240,
    "status": "completed",
}
PROGRAMME = {"format": "breathe-programme", "version": 1, "name": "Client A", "practice": "box"}

#: (what the file holds, the line in each language; {file} is the file's path)
HISTORY = {
    "not a list": (
        {"sessions": []},
        {
            "de": "breathe: {file} lässt sich nicht importieren: die Datei sollte eine Liste von "
            "Übungen enthalten, wie breathe history --format json sie schreibt; nichts wurde "
            "importiert, z. B. breathe history --import sessions.json (--format json)",
            "es": "breathe: no se puede importar {file}: el archivo debería contener una lista de "
            "sesiones, como la que escribe breathe history --format json; no se ha importado "
            "nada, p. ej. breathe history --import sessions.json (--format json)",
            "fr": "breathe: impossible d’importer {file} : le fichier devrait contenir une liste "
            "de séances, comme l’écrit breathe history --format json ; rien n’a été importé, "
            "p. ex. breathe history --import sessions.json (--format json)",
        },
    ),
    "a bad row": (
        [SESSION, {**SESSION, "id": "a2", "pain_after": 11}],
        {
            "de": "breathe: {file} lässt sich nicht importieren: Eintrag 2: pain_after muss eine "
            "ganze Zahl von 0 bis 10 oder null sein (erhalten: 11); nichts wurde importiert, "
            "z. B. breathe history --import sessions.json (--format json)",
            "es": "breathe: no se puede importar {file}: entrada 2: pain_after debe ser un número "
            "entero de 0 a 10, o null (se recibió 11); no se ha importado nada, p. ej. breathe "
            "history --import sessions.json (--format json)",
            "fr": "breathe: impossible d’importer {file} : entrée 2 : pain_after doit être un "
            "nombre entier de 0 à 10, ou null (reçu : 11) ; rien n’a été importé, p. ex. "
            "breathe history --import sessions.json (--format json)",
        },
    ),
}
PROGRAMME_FILES = {
    "an option of the wrong kind": (
        {**PROGRAMME, "options": {"minutes": "five"}},
        {
            "de": "breathe: {file} hat eine Option minutes, die eine Zahl sein muss: 'five', "
            "z. B. breathe programmes --import client-a.breathe-programme",
            "es": "breathe: {file} tiene una opción minutes que no es un número: 'five', p. ej. "
            "breathe programmes --import client-a.breathe-programme",
            "fr": "breathe: {file} a une option minutes qui n’est pas un nombre : 'five', p. ex. "
            "breathe programmes --import client-a.breathe-programme",
        },
    ),
    "a newer format": (
        {**PROGRAMME, "version": 2},
        {
            "de": "breathe: {file} stammt von einem neueren breathe (Formatversion 2; dieses liest "
            "Version 1): aktualisiere breathe, um sie zu verwenden, z. B. breathe programmes "
            "--import client-a.breathe-programme",
            "es": "breathe: {file} se hizo con un breathe más nuevo (versión de formato 2; "
            "este lee la versión 1): actualiza breathe para usarlo, p. ej. breathe programmes "
            "--import client-a.breathe-programme",
            "fr": "breathe: {file} a été créé par un breathe plus récent (version de format 2 ; "
            "celui-ci lit la version 1) : mettez breathe à jour pour l’utiliser, p. ex. breathe "
            "programmes --import client-a.breathe-programme",
        },
    ),
}
#: argparse's own problems: (the command line, the line in each language)
ARGPARSE = {
    "a missing practice": (
        ["plan"],
        {
            "de": "breathe plan: es fehlt noch: PRACTICE, z. B. breathe plan box --json",
            "es": "breathe plan: falta indicar: PRACTICE, p. ej. breathe plan box --json",
            "fr": "breathe plan : il manque : PRACTICE, p. ex. breathe plan box --json",
        },
    ),
    "a choice that is not one": (
        ["history", "--format", "xml"],
        {
            "de": "breathe history: Argument --format: 'xml' gibt es nicht (wähle aus 'table', "
            "'csv', 'json'), z. B. breathe history --format csv --output sessions.csv",
            "es": "breathe history: argumento --format: 'xml' no es una opción (elige entre "
            "'table', 'csv', 'json'), p. ej. breathe history --format csv --output sessions.csv",
            "fr": "breathe history : argument --format : 'xml' n’est pas un choix possible "
            "(choisissez parmi 'table', 'csv', 'json'), p. ex. breathe history --format csv "
            "--output sessions.csv",
        },
    ),
    "an option without its value": (
        ["start", "box", "--minutes"],
        {
            "de": "breathe start: Argument --minutes: erwartet einen Wert, z. B. breathe start "
            "coherent --minutes 5",
            "es": "breathe start: argumento --minutes: necesita un valor, p. ej. breathe start "
            "coherent --minutes 5",
            "fr": "breathe start : argument --minutes : attend une valeur, p. ex. breathe start "
            "coherent --minutes 5",
        },
    ),
    "an option the command does not have": (
        ["list", "--colour"],
        {
            "de": "breathe: unbekannte Option: --colour, z. B. breathe start box",
            "es": "breathe: opción desconocida: --colour, p. ej. breathe start box",
            "fr": "breathe : option inconnue : --colour, p. ex. breathe start box",
        },
    ),
}
LANGUAGES = ("de", "es", "fr")


def _one_line_in(
    code: str, done: subprocess.CompletedProcess[str], expected: str, file: Path | None = None
) -> None:
    assert done.returncode == 2, done.stderr
    lines = messages(done.stderr)
    assert lines == [expected.format(file=file)], code
    # the file's path is the person's (a folder may be called "update"): only the words count
    words = lines[0].replace(str(file), "FILE") if file is not None else lines[0]
    assert [w for w in ENGLISH if w in words] == []


@pytest.mark.parametrize("code", LANGUAGES)
@pytest.mark.parametrize("case", list(HISTORY))
def test_a_history_import_that_fails_says_so_in_the_language(
    code: str, case: str, tmp_path: Path
) -> None:
    content, lines = HISTORY[case]
    file = tmp_path / "sessions.json"
    file.write_text(json.dumps(content), encoding="utf-8")
    done = run_breathe("--lang", code, "history", "--import", str(file))
    _one_line_in(code, done, lines[code], file)


@pytest.mark.parametrize("code", LANGUAGES)
@pytest.mark.parametrize("case", list(PROGRAMME_FILES))
def test_a_programme_file_that_cannot_be_used_says_so_in_the_language(
    code: str, case: str, tmp_path: Path
) -> None:
    content, lines = PROGRAMME_FILES[case]
    file = tmp_path / "client.breathe-programme"
    file.write_text(json.dumps(content), encoding="utf-8")
    done = run_breathe("--lang", code, "programmes", "--import", str(file))
    _one_line_in(code, done, lines[code], file)


@pytest.mark.parametrize("code", LANGUAGES)
@pytest.mark.parametrize("case", list(ARGPARSE))
def test_argparse_problems_are_in_the_language(code: str, case: str) -> None:
    words, lines = ARGPARSE[case]
    _one_line_in(code, run_breathe("--lang", code, *words), lines[code])
