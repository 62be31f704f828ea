"""Translations: the shipped template is current, and a compiled one changes what people read."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from breathe.i18n import install_translators, translations_dir
from breathe.paths import asset
from breathe.ui.tray import Tray

REPO = Path(__file__).resolve().parents[2]
TOOLS = Path(sys.executable).parent


def tool(name: str) -> str | None:
    found = TOOLS / name
    return str(found) if found.exists() else shutil.which(name)


LUPDATE, LRELEASE = tool("pyside6-lupdate"), tool("pyside6-lrelease")


def messages(ts: Path) -> set[tuple[str, str]]:
    """(context, source) of every message in a .ts file."""
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name", ""), message.findtext("source", ""))
        for context in root.iter("context")
        for message in context.iter("message")
    }


@pytest.fixture
def translators(qapp: QApplication) -> Iterator[list[QTranslator]]:
    """Translators a test installs, removed again afterwards."""
    installed: list[QTranslator] = []
    yield installed
    for translator in installed:
        qapp.removeTranslator(translator)


def test_the_template_ships_with_breathe() -> None:
    template = asset("i18n", "breathe.ts")
    assert template.parent == translations_dir()
    found = messages(template)
    assert ("Tray", "Quit") in found
    assert ("CrisisPage", "If you need urgent help") in found
    assert ("ReminderTimer", "Time for a breathing break?") in found


@pytest.mark.skipif(LUPDATE is None, reason="pyside6-lupdate is missing (PySide6's tools)")
def test_the_template_has_every_translatable_string(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (REPO / "breathe" / "ui").rglob("*.py"))
    assert LUPDATE is not None
    subprocess.run(
        [LUPDATE, *sources, "-ts", str(fresh), "-no-obsolete", "-locations", "none"],
        check=True,
        capture_output=True,
        timeout=120,
    )
    missing = messages(fresh) - messages(asset("i18n", "breathe.ts"))
    assert not missing, f"remake assets/i18n/breathe.ts (see assets/i18n/README.md): {missing}"


@pytest.mark.skipif(LRELEASE is None, reason="pyside6-lrelease is missing (PySide6's tools)")
def test_a_compiled_translation_for_the_locale_is_used(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path, translators: list[QTranslator]
) -> None:
    german = {"Quit": "Beenden", "Coherent breathing": "Kohärentes Atmen"}
    tree = ET.parse(asset("i18n", "breathe.ts"))
    tree.getroot().set("language", "de")
    for message in tree.getroot().iter("message"):
        source = message.findtext("source", "")
        if source in german:
            translation = message.find("translation")
            assert translation is not None
            translation.text = german[source]
            translation.attrib.pop("type", None)
    tree.write(tmp_path / "breathe_de.ts", encoding="utf-8", xml_declaration=True)
    assert LRELEASE is not None
    subprocess.run(
        [LRELEASE, str(tmp_path / "breathe_de.ts"), "-qm", str(tmp_path / "breathe_de.qm")],
        check=True,
        capture_output=True,
        timeout=60,
    )
    # An Austrian locale falls back to the German file.
    translators += install_translators(qapp, QLocale("de_AT"), tmp_path)
    ours = [t for t in translators if Path(t.filePath()).parent == tmp_path]
    assert [Path(t.filePath()).name for t in ours] == ["breathe_de.qm"]
    tray = Tray()
    texts = [a.text() for a in tray.menu.actions()]
    assert texts[0] == "Kohärentes Atmen"
    assert texts[-1] == "Beenden"
    assert "Box breathing" in texts  # untranslated strings stay in English


def test_without_a_translation_breathe_stays_in_english(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path, translators: list[QTranslator]
) -> None:
    translators += install_translators(qapp, QLocale("fi_FI"), tmp_path)
    assert all(Path(t.filePath()).parent != tmp_path for t in translators)
    assert [a.text() for a in Tray().menu.actions()][-1] == "Quit"


def test_qts_own_buttons_are_translated_too(
    qapp: QApplication, tmp_path: Path, translators: list[QTranslator]
) -> None:
    qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if not (qt_folder / "qtbase_de.qm").exists():
        pytest.skip(f"this Qt ships no German translation in {qt_folder}")
    translators += install_translators(qapp, QLocale("de_DE"), tmp_path)
    assert [Path(t.filePath()).name for t in translators] == ["qtbase_de.qm"]
    assert all(t.parent() is qapp for t in translators)  # they live as long as the app
    close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    assert close.button(QDialogButtonBox.StandardButton.Close).text() == "Schließen"
