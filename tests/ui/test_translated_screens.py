"""Every translation on the real screens: no English it translates is left showing, and its
words fit.

The pseudo-language (``test_pseudo_language.py``) finds text that is never marked for
translation; it cannot find a marked text looked up in the wrong context, because it
turns every lookup into pseudo-text. A real catalogue can: a text shown in English although
the catalogue has it translated was looked up where it was not marked. The same screens must
keep the layout rules with each language's real words (French and German run longest).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from breathe import language
from breathe.app.shell import AppShell
from breathe.launch import LaunchRequest
from breathe.paths import asset
from tests.ui.test_pseudo_language import _name, _visible_texts, layout_problems, open_shell

TRANSLATED = language.available()[1:]
#: names, the same in every language
_SAME = {"breathe"}


def _english_it_translates(code: str) -> frozenset[str]:
    """The English texts ``code``'s catalogue gives other words for."""
    with asset("locale", code, "LC_MESSAGES", "breathe.po").open("rb") as f:
        catalog = read_po(f)
    english: set[str] = set()
    translated: set[str] = set()
    for m in catalog:
        english.update(m.id if isinstance(m.id, tuple) else (m.id,))
        translated.update(m.string if isinstance(m.string, tuple) else (m.string,))
    # a word that is also a translation ("Programme" in German) may show either way
    return frozenset(english - translated - _SAME - {""})


def english_left(top: QWidget, english: frozenset[str]) -> list[str]:
    """Each visible widget under ``top`` showing a whole English text the catalogue translates."""
    found = []
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisibleTo(top) and widget is not top:
            continue
        for text in _visible_texts(widget):
            for line in (text or "").split("\n"):
                if line.strip() in english:
                    found.append(f"{_name(widget)}: {line.strip()!r}")
    return found


def _check(top: QWidget, code: str) -> None:
    problems = english_left(top, _english_it_translates(code)) + layout_problems(top)
    assert problems == [], "\n".join(problems)


@pytest.fixture(params=TRANSLATED)
def shell(request: pytest.FixtureRequest, qapp: QApplication, qtbot: QtBot) -> Iterator[AppShell]:
    yield from open_shell(request.param, qapp, qtbot)


def test_home_with_each_panel_open(shell: AppShell, qtbot: QtBot) -> None:
    code = language.current()
    for card in shell.window.home.cards.values():
        card.customise_button.setChecked(True)
        _check(shell.window, code)
        card.customise_button.setChecked(False)


def test_settings_history_crisis_pain_map_and_explainer(shell: AppShell, qtbot: QtBot) -> None:
    code = language.current()
    dialog = shell.pages.show_settings()
    qtbot.waitExposed(dialog)
    for row in range(dialog.sections.count()):
        dialog.sections.setCurrentRow(row)
        _check(dialog, code)
    dialog.close()
    shell.after_first_paint()
    shell.pages.show_history()
    _check(shell.window, code)
    for show in (shell.pages.show_crisis, shell.pages.show_pain_map):
        show()
        _check(shell.window, code)
    shell.window.show_explainer("relaxation")
    _check(shell.window, code)


@pytest.mark.parametrize("practice", ["box", "grounding", "relaxation"])
def test_a_session_and_its_summary(shell: AppShell, qtbot: QtBot, practice: str) -> None:
    code = language.current()
    shell.launch(LaunchRequest(practice=practice, voice=False, sounds=False))
    assert shell.session is not None
    controller = shell.session.controller
    for _ in range(3):
        controller.skip()
        qtbot.wait(20)
        _check(shell.window, code)
    controller.toggle_pause()
    _check(shell.window, code)
    controller.stop()
    _check(shell.window, code)


def test_dialogs(shell: AppShell, qtbot: QtBot) -> None:
    code = language.current()
    about = shell.pages.show_about()
    qtbot.waitExposed(about)
    _check(about, code)
    about.close()
    shortcuts = shell.window.show_shortcuts()
    _check(shortcuts, code)
    shortcuts.close()
    shell.pages.show_programmes()
    for dialog in shell.window.findChildren(QDialog):
        if dialog.isVisible():
            _check(dialog, code)


#: the line the app shows for a programme file made by a newer breathe ({file}: its path)
REFUSED = {
    "de": "Diese Programmdatei lässt sich nicht verwenden: {file} stammt von einem neueren "
    "breathe (Formatversion 2; dieses liest Version 1): aktualisiere breathe, um sie zu "
    "verwenden. Nichts wurde geändert.",
    "es": "Este archivo de programa no se puede usar: {file} se hizo con un breathe más nuevo "
    "(versión de formato 2; este lee la versión 1): actualiza breathe para usarlo. No se ha "
    "cambiado nada.",
    "fr": "Ce fichier de programme n’est pas utilisable\u00a0: {file} a été créé par un "
    "breathe plus récent (version de format 2 ; celui-ci lit la version 1) : mettez breathe à "
    "jour pour l’utiliser. Rien n’a été modifié.",
}


def test_a_programme_file_the_app_refuses_is_said_in_the_language(
    shell: AppShell, qtbot: QtBot, tmp_path: Path
) -> None:
    file = tmp_path / "client.breathe-programme"
    programme = {"format": "breathe-programme", "version": 2, "name": "A", "practice": "box"}
    file.write_text(json.dumps(programme), encoding="utf-8")
    shell.launch(LaunchRequest(open_file=str(file)))
    text = shell.window.banner.label.text()
    assert text == REFUSED[language.current()].format(file=file)
    words = text.replace(str(file), "FILE")
    assert [w for w in ("made by", "newer", "this one", "update", "use it") if w in words] == []


def test_the_check_finds_a_text_looked_up_in_the_wrong_context(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QLabel

    label = QLabel("Still to come")  # BodyLegend's words, as a lookup elsewhere leaves them
    qtbot.addWidget(label)
    label.show()
    found = english_left(label, _english_it_translates("fr"))
    assert found == ["QLabel: 'Still to come'"]
