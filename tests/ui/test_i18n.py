"""Translations in the windows: the template is current, every visible text is marked, and
the gettext catalogue answers Qt's lookups (breathe's own words and Qt's buttons alike)."""

from __future__ import annotations

import ast
import gettext
import io
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from breathe import language
from breathe.desktop.tray import Tray
from breathe.i18n import CatalogueTranslator, install_translators, plural
from breathe.paths import asset

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "tools"))
import messages  # noqa: E402 - tools/messages.py, the extraction tool

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


def keys(catalog: Catalog) -> set[tuple[str | None, str]]:
    return {(m.context, m.id if isinstance(m.id, str) else m.id[0]) for m in catalog if m.id}


def shipped_template() -> Catalog:
    with asset("locale", "breathe.pot").open("rb") as f:
        return read_po(f)


def translations_of(entries: dict[tuple[str | None, str], str]) -> gettext.GNUTranslations:
    """A compiled catalogue holding just ``entries`` ((context, source) -> translation)."""
    catalog = Catalog(locale="de")
    for (context, source), text in entries.items():
        catalog.add(source, text, context=context)
    out = io.BytesIO()
    write_mo(out, catalog)
    out.seek(0)
    return gettext.GNUTranslations(out)


@pytest.fixture
def translators(qapp: QApplication) -> Iterator[list[QTranslator]]:
    """Translators a test installs, removed again afterwards (with Qt's default locale)."""
    installed: list[QTranslator] = []
    yield installed
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale.c())
    QLocale.setDefault(QLocale.system())


def test_the_template_ships_with_breathe() -> None:
    found = keys(shipped_template())
    assert ("Tray", "Quit") in found
    assert ("CrisisPage", "If you need urgent help") in found
    assert ("ReminderTimer", "Time for a breathing break?") in found
    # the engine's words are in the same template, with no Qt context
    assert (None, "Breathe in") in found and (None, "your right hand") in found
    # the command line's history table: its headings too, not only its statuses
    assert (None, "When") in found and (None, "Tags") in found
    # the session summary's details and its date
    assert ("SessionReport", "%1 s in") in found
    assert ("SessionReport|date format", "dddd dd MMMM yyyy, HH:mm") in found


def test_the_template_has_every_translatable_string() -> None:
    fresh = keys(messages.template())
    shipped = keys(shipped_template())
    assert fresh - shipped == set(), "remake it: python tools/messages.py all"
    assert shipped - fresh == set(), "remake it: python tools/messages.py all"


def test_every_qt_text_has_the_context_it_is_looked_up_in() -> None:
    """A Qt text with no context (e.g. a module-level ``tr()`` helper) is never translated."""
    qt_sources = {p.relative_to(REPO).as_posix() for p in qt_modules()}
    nameless = [
        m.id
        for m in shipped_template()
        if m.id
        and m.context in (None, "")
        and any(location in qt_sources for location, _ in m.locations)
        and not any(location.startswith("breathe/engine") for location, _ in m.locations)
    ]
    assert nameless == []


def test_the_extractor_knows_each_way_of_marking_a_text(tmp_path: Path) -> None:
    source = tmp_path / "marked.py"
    source.write_text(
        "class Card(QWidget):\n"
        "    def __init__(self):\n"
        "        # Translators: a button\n"
        '        self.tr("Start")\n'
        '        self.tr("%1: %2", "keys: what they do")\n'
        'def _tr(text):\n    return QCoreApplication.translate("Report", text)\n'
        '_tr("Rhythm")\n'
        'QT_TRANSLATE_NOOP("Model", "When")\n'
        'plural("Model", "%n session", "%n sessions", n)\n'
        'gettext("Hold"); N_("Box"); pgettext("decimal separator", ".")\n'
        'ngettext("{n} breath", "{n} breaths", n)\n'
        "self.tr(variable)\n",
        encoding="utf-8",
    )
    messages.REPO = tmp_path  # where locations are counted from
    try:
        found = {
            (m.context, m.text, m.plural): m.comments for m in messages.python_messages(source)
        }
    finally:
        messages.REPO = REPO
    assert found == {
        ("Card", "Start", None): ["a button"],
        ("Card|keys: what they do", "%1: %2", None): [],
        ("Report", "Rhythm", None): [],
        ("Model", "When", None): [],
        ("Model", "%n session", "%n sessions"): [],
        (None, "Hold", None): [],
        (None, "Box", None): [],
        ("decimal separator", ".", None): [],
        (None, "{n} breath", "{n} breaths"): [],
    }


def test_no_plain_english_reaches_a_visible_text() -> None:
    assert untranslated('label.setText("Hello")') and untranslated('QLabel(f"{n} more")')
    assert not untranslated('QLabel("·"); b.setText(""); b.setText(self.tr("Hello"))')
    assert not untranslated('w.setWindowTitle("breathe")')  # the app's name stays as it is
    found = {
        path.relative_to(REPO).as_posix(): hits
        for path in qt_modules()
        if (hits := untranslated(path.read_text(encoding="utf-8")))
    }
    assert not found, f"show these through self.tr() (see docs/translating.md): {found}"


def test_qt_reads_the_catalogue_with_the_class_as_context(
    qapp: QApplication, qtbot: QtBot, translators: list[QTranslator]
) -> None:
    german = translations_of(
        {("Tray", "Quit"): "Beenden", ("Tray", "Coherent breathing"): "Kohärentes Atmen"}
    )
    ours = CatalogueTranslator(german, qapp)
    assert qapp.installTranslator(ours)
    translators.append(ours)
    texts = [a.text() for a in Tray().menu.actions()]
    assert texts[0] == "Kohärentes Atmen"
    assert texts[-1] == "Beenden"
    assert "Box breathing" in texts  # untranslated strings stay in English
    # another class's "Quit" is another message
    assert QCoreApplication.translate("AboutDialog", "Quit") == "Quit"


def test_a_disambiguation_is_part_of_the_context(
    qapp: QApplication, translators: list[QTranslator]
) -> None:
    german = translations_of({("Shortcuts|keys: what they do", "%1: %2"): "%2 – %1"})
    ours = CatalogueTranslator(german, qapp)
    qapp.installTranslator(ours)
    translators.append(ours)
    assert QCoreApplication.translate("Shortcuts", "%1: %2", "keys: what they do") == "%2 – %1"
    assert QCoreApplication.translate("Shortcuts", "%1: %2") == "%1: %2"


def test_plural_forms_come_from_the_catalogue(
    qapp: QApplication, translators: list[QTranslator]
) -> None:
    assert plural("HistoryModel", "%n session", "%n sessions", 1) == "1 session"
    assert (
        plural("HistoryModel", "%n session", "%n sessions", 2000)
        == f"{QLocale().toString(2000)} sessions"
    )
    language.use("de")
    translators += install_translators(qapp)
    assert plural("HistoryModel", "%n session", "%n sessions", 1) == "1 Übung"
    assert plural("HistoryModel", "%n session", "%n sessions", 2000) == "2.000 Übungen"


def test_the_session_legend_is_translated_in_the_context_its_words_are_marked_in(
    qapp: QApplication, qtbot: QtBot, translators: list[QTranslator]
) -> None:
    from breathe.ui.relaxation.legend import SessionLegend

    language.use("de")
    translators += install_translators(qapp)
    legend = SessionLegend()
    qtbot.addWidget(legend)
    legend.show_states([])
    assert legend.shown() == ["Jetzt", "Fertig", "Kommt noch"]


def test_the_history_tables_status_column_fits_each_status_in_the_language_in_force(
    qapp: QApplication, qtbot: QtBot, translators: list[QTranslator], tmp_path: Path
) -> None:
    from breathe.store.history import History
    from breathe.ui.history.model import STATUS, HistoryModel
    from breathe.ui.history.table import HistoryTable
    from breathe.ui.history.text import status_text

    language.use("de")
    translators += install_translators(qapp)
    history = History.open(tmp_path / "h.sqlite3")
    try:
        table = HistoryTable(HistoryModel(history))
        qtbot.addWidget(table)
        words = [status_text(s) for s in ("running", "completed", "stopped", "interrupted")]
        assert "Früher beendet" in words
        widest = max(table.fontMetrics().horizontalAdvance(w) for w in words)
        assert table.columnWidth(STATUS) > widest  # never "Früher be…"
    finally:
        history.close()


def test_the_session_summary_is_written_in_the_language_in_force(
    qapp: QApplication, translators: list[QTranslator]
) -> None:
    from datetime import datetime

    from breathe.engine.practices.catalog import build_plan
    from breathe.ui.session.report import report_for, report_html

    language.use("de")
    translators += install_translators(qapp)
    when = datetime(2025, 3, 4, 14, 5)
    grounding = build_plan("grounding", {"variant": "5-4-3-2-1"})
    text = report_html(report_for(grounding, "completed", grounding.total_seconds, started_at=when))
    assert "5-4-3-2-1-Erdung" in text
    assert "15 von 15 Punkten: 5 gesehen, 3 gehört, 4 gespürt, 2 gerochen, 1 geschmeckt" in text
    assert "Dienstag, 4. März 2025, 14:05" in text
    options = {"side": "left", "release_only": True, "skip": "right-hand,calf"}
    relaxation = build_plan("relaxation", options)
    text = report_html(report_for(relaxation, "stopped", 60.0, started_at=when))
    assert "Muskelentspannung" in text and "nur lösen, ohne Anspannen" in text
    assert ">links<" in text and "linke Wade, rechte Wade, rechte Hand" in text
    box = build_plan("box", {})
    text = report_html(report_for(box, "stopped", 20.0, started_at=when))
    assert "Atmen: Box" in text and "4 s ein, 4 s halten, 4 s aus, 4 s halten" in text
    assert "3,8 Atemzüge pro Minute" in text  # 16 s a breath, with a decimal comma


def test_paces_are_written_with_the_languages_decimal_separator(
    qapp: QApplication, qtbot: QtBot, translators: list[QTranslator]
) -> None:
    from breathe.ui.home.page import HomePage
    from breathe.ui.presenter.readout import number
    from breathe.ui.session.summary import SessionSummary

    language.use("de")
    translators += install_translators(qapp)
    assert number(3.75) == "3,8"  # the therapist's readout
    summary = SessionSummary()
    qtbot.addWidget(summary)
    summary.offer_paces([6.5, 6.0])
    assert [b.text() for b in summary.pace_group.buttons()] == ["6,5", "6"]
    home = HomePage()
    qtbot.addWidget(home)
    home.set_your_pace(5.5)
    assert home.your_pace_button is not None
    assert home.your_pace_button.text() == "Dein Tempo: 5,5 pro Minute"


def test_english_installs_nothing(qapp: QApplication, translators: list[QTranslator]) -> None:
    translators += install_translators(qapp, language.ENGLISH)
    assert translators == []
    assert [a.text() for a in Tray().menu.actions()][-1] == "Quit"


def test_german_reaches_the_windows_and_qts_own_buttons(
    qapp: QApplication, qtbot: QtBot, translators: list[QTranslator]
) -> None:
    language.use("de")
    translators += install_translators(qapp)
    assert all(t.parent() is qapp for t in translators)  # they live as long as the app
    assert [a.text() for a in Tray().menu.actions()][-1] == "Beenden"
    assert QLocale().language() == QLocale.Language.German  # dates and numbers too
    qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if (qt_folder / "qtbase_de.qm").exists():
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        assert close.button(QDialogButtonBox.StandardButton.Close).text() == "Schließen"


def test_a_right_to_left_language_mirrors_the_windows(
    qapp: QApplication, qtbot: QtBot, translators: list[QTranslator]
) -> None:
    language.use(language.PSEUDO_RTL)
    translators += install_translators(qapp)
    qtbot.waitUntil(lambda: qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft)
    widget = QWidget()
    qtbot.addWidget(widget)
    assert widget.layoutDirection() == Qt.LayoutDirection.RightToLeft
    label = QLabel(QCoreApplication.translate("Tray", "Quit"))
    qtbot.addWidget(label)
    assert label.text().startswith("\u202e⟦")
    for translator in translators:
        qapp.removeTranslator(translator)
    translators.clear()
    qtbot.waitUntil(lambda: qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight)


def test_the_desktop_entry_and_appstream_carry_each_languages_names() -> None:
    languages = messages.languages()
    desktop = messages.DESKTOP.read_text(encoding="utf-8")
    appstream = messages.APPSTREAM.read_text(encoding="utf-8")
    assert desktop == messages.desktop_entry_text(languages), "python tools/messages.py metadata"
    assert appstream == messages.appstream_text(languages), "python tools/messages.py metadata"
    assert "Name[de]=Box-Atmung" in desktop and "Comment[de]=" in desktop
    assert '<summary xml:lang="de">' in appstream
    assert "Name[es]=Respiración cuadrada" in desktop and "Comment[es]=" in desktop
    assert '<summary xml:lang="es">' in appstream
    assert "Name[fr]=Respiration carrée" in desktop and "Comment[fr]=" in desktop
    assert '<summary xml:lang="fr">' in appstream


#: Qt's %1 and %n, breathe's {name}, and argparse's %s, %r, %(name)s and %(name)r
PLACEHOLDERS = r"%\d|%n|\{[a-z_]*\}|%\([a-z_]+\)[sr]|%[sr]"


@pytest.mark.parametrize("code", language.available()[1:])
def test_every_message_is_translated_and_keeps_its_placeholders(code: str) -> None:
    with asset("locale", code, "LC_MESSAGES", "breathe.po").open("rb") as f:
        catalog = read_po(f)
    untranslated, broken = [], []
    for m in catalog:
        if not m.id:
            continue
        ids = [m.id] if isinstance(m.id, str) else list(m.id)
        strings = [m.string] if isinstance(m.string, str) else list(m.string)
        if m.fuzzy or not all(strings):
            untranslated.append(ids[0])
            continue
        wanted = set(re.findall(PLACEHOLDERS, ids[-1]))
        if any(set(re.findall(PLACEHOLDERS, s)) != wanted for s in strings[-1:]):
            broken.append(ids[0])
    assert untranslated == []
    assert broken == []
