"""`breathe --lang CODE ...` for every command; the system's language otherwise; machine-readable
output the same in every language."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from breathe.paths import locations
from tests.integration.conftest import child_env, messages, run_breathe


def test_a_plan_in_german_keeps_its_machine_words_english() -> None:
    done = run_breathe("--lang", "de", "plan", "box", "--json")
    assert done.returncode == 0, done.stderr
    plan = json.loads(done.stdout)
    english = json.loads(run_breathe("plan", "box", "--json").stdout)
    assert plan["steps"][1]["label"] == "Einatmen" and plan["steps"][1]["say"] == "Einatmen"
    assert [s["kind"] for s in plan["steps"]] == [s["kind"] for s in english["steps"]]
    assert plan["options"] == english["options"] and plan.keys() == english.keys()


@pytest.mark.parametrize("where", ["before", "after"])
def test_lang_works_before_or_after_the_command(where: str) -> None:
    args = ["--lang", "de", "list"] if where == "before" else ["list", "--lang=de"]
    done = run_breathe(*args)
    assert done.returncode == 0, done.stderr
    assert "Atmen im Rhythmus" in done.stdout and "Muskelentspannung" in done.stdout


def test_an_unknown_language_is_english_with_no_error() -> None:
    done = run_breathe("--lang", "xx", "list")
    assert done.returncode == 0 and done.stderr == ""
    assert "Paced breathing" in done.stdout


def test_the_systems_language_is_used_and_lang_overrides_it() -> None:
    german = child_env(LANG="de_DE.UTF-8", LANGUAGE=None, LC_ALL=None, LC_MESSAGES=None)
    assert "Ruhige, private Erdung" in run_breathe("--help", env=german).stdout
    english = run_breathe("--lang", "en", "--help", env=german).stdout
    assert "Calm, private grounding" in english and "--lang CODE" in english


def test_the_language_saved_in_settings_is_used() -> None:
    settings = locations().settings
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text(json.dumps({"language": "de"}), encoding="utf-8")
    done = run_breathe("explain", "grounding")
    assert done.returncode == 0
    assert done.stdout.startswith("3-3-3-Erdung")
    assert "(englisch)" in done.stdout


def test_bad_input_is_one_line_in_german_with_exit_2() -> None:
    done = run_breathe("--lang", "de", "plan", "breathing", "--pattern", "4-x-8")
    assert done.returncode == 2
    assert messages(done.stderr) == [
        "breathe: Rhythmus '4-x-8': jeder Teil muss eine Zahl von Sekunden sein, z. B. 4-7-8"
    ]


def test_the_history_table_speaks_german_but_csv_stays_english() -> None:
    assert "Noch keine Übungen" in run_breathe("--lang", "de", "history").stdout
    csv = run_breathe("--lang", "de", "history", "--format", "csv").stdout
    assert csv.startswith("id,practice,preset")


def test_french_history_table_headings_and_words_but_csv_stays_english(tmp_path: Path) -> None:
    export = tmp_path / "one.json"
    session = {
        "id": "a1",
        "practice": "breathing",
        "preset": "box",
        "options": {},
        "started_at": "2026-03-04T14:05:00+00:00",
        "planned_seconds": 240,
        "duration_seconds": 240,
        "status": "completed",
        "rating_before": 7,
        "rating_after": 4,
    }
    export.write_text(json.dumps([session]), encoding="utf-8")
    imported = run_breathe("--lang", "fr", "history", "--import", str(export))
    assert imported.returncode == 0, imported.stderr
    assert "1 séance importée" in imported.stdout + imported.stderr
    heading, row = run_breathe("--lang", "fr", "history").stdout.splitlines()
    assert heading.split() == [
        "Quand",
        "Exercice",
        "Durée",
        "État",
        "Stress",
        "Douleur",
        "Étiquettes",
    ]
    assert row.startswith("2026-03-04 ") and "terminée" in row
    csv = run_breathe("--lang", "fr", "history", "--format", "csv").stdout
    assert csv.startswith("id,practice,preset")


def test_bad_input_is_one_line_in_french_with_exit_2() -> None:
    done = run_breathe("--lang", "fr", "plan", "breathing", "--pattern", "4-x-8")
    assert done.returncode == 2
    assert messages(done.stderr) == [
        "breathe: rythme « 4-x-8 » : chaque partie doit être un nombre de secondes, p. ex. 4-7-8"
    ]
