"""Translations: the shipped template is current, and a compiled one changes what people read."""

from __future__ import annotations

import ast
import re
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

from breathe.desktop.tray import Tray
from breathe.i18n import install_translators, translations_dir
from breathe.paths import asset

REPO = Path(__file__).resolve().parents[2]
TOOLS = Path(sys.executable).parent


def tool(name: str) -> str | None:
    found = TOOLS / name
    return str(found) if found.exists() else shutil.which(name)


LUPDATE, LRELEASE = tool("pyside6-lupdate"), tool("pyside6-lrelease")

#: calls whose every argument is text a person reads (or hears)
TEXT_SETTERS = frozenset(
    {
        "setText",
        "setToolTip",
        "setAccessibleName",
        "setAccessibleDescription",
        "setWindowTitle",
        "setPlaceholderText",
    }
)
#: widgets whose first argument is the text they show
TEXT_WIDGETS = frozenset({"QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox"})
#: names, not words: shown as they are in every language
NAMES = frozenset({"breathe"})
_LETTER = re.compile(r"[^\W\d_]")  # "", "·" or "3" need no translation; words do


def untranslated(source: str) -> list[str]:
    """Plain literals (or f-strings with words) passed straight to a visible-text call."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name in TEXT_SETTERS:
            args = node.args
        elif name in TEXT_WIDGETS:
            args = node.args[:1]
        else:
            continue
        for arg in args:
            parts = arg.values if isinstance(arg, ast.JoinedStr) else [arg]
            words = [
                p.value for p in parts if isinstance(p, ast.Constant) and isinstance(p.value, str)
            ]
            if any(_LETTER.search(w) and w not in NAMES for w in words):
                found.append(f"line {node.lineno}: {name}({ast.unparse(arg)})")
    return found


def imports_qt(path: Path) -> bool:
    """Whether a module imports PySide6 anywhere (also inside a function, loaded late)."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            names = [node.module or ""]
        else:
            continue
        if any(name.split(".")[0] == "PySide6" for name in names):
            return True
    return False


def qt_modules() -> list[Path]:
    """Where visible text can come from: all of ``breathe/ui`` and every other module that
    uses Qt (the tray and reminders in ``breathe/desktop``, the app's own dialogs...)."""
    package = REPO / "breathe"
    modules = [
        path
        for path in sorted(package.rglob("*.py"))
        if path.is_relative_to(package / "ui") or imports_qt(path)
    ]
    # the tray once moved out of ui/ and out of sight of a check that read ui/ alone
    assert {m.relative_to(package).parts[0] for m in modules} >= {"ui", "desktop", "app"}
    return modules


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
    sources = [str(p) for p in qt_modules()]
    assert LUPDATE is not None
    subprocess.run(
        [LUPDATE, *sources, "-ts", str(fresh), "-no-obsolete", "-locations", "none"],
        check=True,
        capture_output=True,
        timeout=120,
    )
    missing = messages(fresh) - messages(asset("i18n", "breathe.ts"))
    assert not missing, f"remake assets/i18n/breathe.ts (see assets/i18n/README.md): {missing}"


def test_every_text_has_the_context_it_is_looked_up_in() -> None:
    """A text with no context (e.g. a module-level ``tr()`` helper) is never translated."""
    root = ET.parse(asset("i18n", "breathe.ts")).getroot()
    nameless = [
        m.findtext("source")
        for c in root.iter("context")
        if not (c.findtext("name") or "").strip()
        for m in c.iter("message")
    ]
    assert nameless == []


def test_no_plain_english_reaches_a_visible_text() -> None:
    assert untranslated('label.setText("Hello")') and untranslated('QLabel(f"{n} more")')
    assert not untranslated('QLabel("·"); b.setText(""); b.setText(self.tr("Hello"))')
    assert not untranslated('w.setWindowTitle("breathe")')  # the app's name stays as it is
    found = {
        path.relative_to(REPO).as_posix(): hits
        for path in qt_modules()
        if (hits := untranslated(path.read_text(encoding="utf-8")))
    }
    assert not found, f"show these through self.tr() (see assets/i18n/README.md): {found}"


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
