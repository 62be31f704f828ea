"""Nothing escapes translation, and translated text still fits: every screen in a pseudo-language.

``en-XA`` accents every letter, lengthens each text by about 40 % and wraps it in ``⟦ ⟧``;
it reaches the windows (through ``CatalogueTranslator``) and the engine's words (through
``breathe.language``) alike. Each screen is opened in the whole app (``AppShell``, offscreen),
and every text a person can see (labels, buttons, group boxes, menus, combo boxes, tab
titles, window titles) must be pseudo-text: plain English letters outside the markers name
the widget that shows them. The same screens must keep the layout rules: a one-line label
or a button is as wide as its text needs, and no two visible widgets side by side overlap.
``ar-XB`` does the same right to left: the windows mirror, and the body map keeps the
person's own left and right.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QRect, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLayout,
    QListWidget,
    QMenu,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from breathe import language
from breathe.app.shell import AppShell
from breathe.i18n import install_translators
from breathe.launch import LaunchRequest
from breathe.paths import locations

#: inside the markers: pseudo-text; a translated text may also hold these untranslated parts
_MARKED = re.compile(r"⟦[^⟧]*⟧")
#: names and things that are the same in every language
_SAME_IN_EVERY_LANGUAGE = re.compile(
    r"breathe|https?://\S+|/\S+|\b[A-Z]:\\\S+"  # the app's name, links, paths
    r"|\b(?:Esc|Space|Enter|Return|Ctrl|Shift|Alt|Tab|Backspace|Up|Down|Left|Right|F\d+)\b"
    r"|\b(?:GPL|GNU|CC0|PDF|CSV|JSON|espeak-ng|Qt|PySide6|Python|SQLite|AT-SPI)\b"
    r"|\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b"
    r"|\b[a-z]{2}(?:-[A-Z]{2})?\b"  # language codes
)
_ENGLISH_LETTERS = re.compile(r"[A-Za-z]{2,}")
#: texts the person or the system wrote: not breathe's words
_NOT_OURS = ("English", "Deutsch", "Español", "Français")


def escaped(text: str) -> str | None:
    """The English left in ``text`` once its pseudo-text and its names are taken out."""
    rest = _MARKED.sub(" ", text)
    for name in _NOT_OURS:
        rest = rest.replace(name, " ")
    rest = _SAME_IN_EVERY_LANGUAGE.sub(" ", rest)
    found = _ENGLISH_LETTERS.findall(rest)
    return " ".join(found) if found else None


def _visible_texts(widget: QWidget) -> Iterator[str]:
    if isinstance(widget, QLabel) and widget.textFormat() != Qt.TextFormat.RichText:
        yield widget.text()
    elif isinstance(widget, QLabel):
        yield re.sub(r"<[^>]+>", " ", widget.text())
    if isinstance(widget, QAbstractButton):
        yield widget.text()
    if isinstance(widget, QGroupBox):
        yield widget.title()
    if isinstance(widget, QComboBox):
        yield from (widget.itemText(i) for i in range(widget.count()))
    if isinstance(widget, QTabWidget):
        yield from (widget.tabText(i) for i in range(widget.count()))
    if isinstance(widget, QListWidget):
        yield from (widget.item(i).text() for i in range(widget.count()))
    if isinstance(widget, (QMenu,)):
        yield from (a.text() for a in widget.actions())
    if widget.isWindow():
        yield widget.windowTitle()
    yield widget.toolTip()
    yield widget.accessibleName()


def _name(widget: QWidget) -> str:
    parents = []
    w: QWidget | None = widget
    while w is not None:
        parents.append(w.objectName() or type(w).__name__)
        w = w.parentWidget()
    return "/".join(reversed(parents))


def escapes(top: QWidget, *, skip: tuple[QWidget, ...] = ()) -> list[str]:
    """Each visible widget under ``top`` that shows English, with the words."""
    found = []
    for widget in [top, *top.findChildren(QWidget)]:
        if widget in skip or (not widget.isVisibleTo(top) and widget is not top):
            continue
        for text in _visible_texts(widget):
            words = escaped(text or "")
            if words:
                found.append(f"{_name(widget)}: {words!r} in {text!r}")
    return found


def _clipped(widget: QWidget) -> str | None:
    """Why ``widget`` cuts its own text off, if it does."""
    if isinstance(widget, QLabel) and not widget.wordWrap() and widget.text():
        needed = widget.sizeHint().width()
        if widget.width() + 1 < needed and widget.textFormat() != Qt.TextFormat.RichText:
            return f"label {widget.width()} px wide, its text needs {needed}"
    if isinstance(widget, QAbstractButton) and widget.text():
        needed = widget.minimumSizeHint().width()
        if widget.width() + 1 < needed:
            return f"button {widget.width()} px wide, its text needs {needed}"
    return None


def _overlaps(layout: QLayout) -> Iterator[str]:
    """Visible widgets of one layout whose rectangles overlap."""
    placed: list[tuple[QWidget, QRect]] = []
    for i in range(layout.count()):
        item = layout.itemAt(i)
        child = item.widget() if item is not None else None
        if child is not None and child.isVisible() and child.width() > 0:
            placed.append((child, child.geometry().adjusted(1, 1, -1, -1)))
        inner = item.layout() if item is not None else None
        if inner is not None:
            yield from _overlaps(inner)
    for k, (a, ra) in enumerate(placed):
        for b, rb in placed[k + 1 :]:
            if ra.intersects(rb):
                yield f"{_name(a)} overlaps {_name(b)}"


def layout_problems(top: QWidget) -> list[str]:
    # pending layout requests land before anything is measured, in two rounds: a page that
    # grows in its scroll area (a Customise panel opened) is resized, then narrowed by the
    # scroll bar that appears
    for _ in range(2):
        QApplication.sendPostedEvents()
        QApplication.processEvents()
    found = []
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        problem = _clipped(widget)
        if problem:
            found.append(f"{_name(widget)} {widget.text()!r}: {problem}")  # type: ignore[attr-defined]
        if widget.layout() is not None:
            found += list(_overlaps(widget.layout()))
    return found


# -- the app in a pseudo-language --------------------------------------------------------------


@pytest.fixture(params=[language.PSEUDO])
def pseudo_shell(
    request: pytest.FixtureRequest, qapp: QApplication, qtbot: QtBot
) -> Iterator[AppShell]:
    yield from open_shell(request.param, qapp, qtbot)


def open_shell(code: str, qapp: QApplication, qtbot: QtBot) -> Iterator[AppShell]:
    """The whole app in language ``code``, offscreen, with some history; closed after."""
    look = (qapp.styleSheet(), qapp.font(), qapp.palette())  # the shell's theme is app-wide
    language.use(code)
    translators: list[QTranslator] = install_translators(qapp)
    _some_history()
    locs = locations()
    locs.ensure()
    shell = AppShell(qapp, locs)
    shell.launch(LaunchRequest())
    shell.window.resize(1024, 720)
    qtbot.waitExposed(shell.window)
    yield shell
    shell.end_session()
    if shell.voice is not None:
        shell.voice.close()
    for dialog in shell.window.findChildren(QDialog):
        dialog.close()
    shell.window.close()
    shell.close()
    shell.window.deleteLater()
    shell.deleteLater()
    for translator in translators:
        qapp.removeTranslator(translator)
    qapp.setStyleSheet(look[0])
    qapp.setFont(look[1])
    qapp.setPalette(look[2])
    qtbot.waitUntil(lambda: qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight)


def _some_history() -> None:
    """A few rated sessions, so the history page shows rows, the chart and its sentences."""
    from breathe.store.history import History
    from breathe.store.history_record import SessionRecord

    start = datetime.now(timezone.utc) - timedelta(days=5)
    kinds = [("breathing", "box", {}), ("grounding", None, {"variant": "3-3-3"})]
    kinds.append(("relaxation", None, {"groups": 7}))
    records = [
        SessionRecord(
            id=f"session-{n}",
            practice=practice,
            preset=preset,
            options=options,
            started_at=(start + timedelta(hours=5 * n)).isoformat(),
            planned_seconds=300.0,
            duration_seconds=240.0,
            status="completed" if n % 2 else "stopped",
            rating_before=7,
            rating_after=4,
            pain_before=5,
            pain_after=4,
        )
        for n, (practice, preset, options) in enumerate(kinds * 2)
    ]
    with History.open() as history:
        history.import_records(records)


def _check(top: QWidget, *, skip: tuple[QWidget, ...] = ()) -> None:
    problems = escapes(top, skip=skip) + layout_problems(top)
    assert problems == [], "\n".join(problems)


def test_home_and_its_panels(pseudo_shell: AppShell, qtbot: QtBot) -> None:
    window = pseudo_shell.window
    _check(window)


def test_settings_every_section(pseudo_shell: AppShell, qtbot: QtBot) -> None:
    dialog = pseudo_shell.pages.show_settings()
    qtbot.waitExposed(dialog)
    for row in range(dialog.sections.count()):
        dialog.sections.setCurrentRow(row)
        _check(dialog)


def test_history_page(pseudo_shell: AppShell, qtbot: QtBot) -> None:
    pseudo_shell.after_first_paint()
    pseudo_shell.pages.show_history()
    page = pseudo_shell.window.current_page()
    assert page is not None
    _check(pseudo_shell.window)


@pytest.mark.parametrize("practice", ["coherent", "box", "sigh", "grounding", "relaxation"])
def test_a_session_and_its_summary(pseudo_shell: AppShell, qtbot: QtBot, practice: str) -> None:
    pseudo_shell.launch(LaunchRequest(practice=practice, voice=False, sounds=False))
    assert pseudo_shell.session is not None
    controller = pseudo_shell.session.controller
    _check(pseudo_shell.window)
    for _ in range(6):  # steps of each kind: a breath, a grounding item, a tense step
        controller.skip()
        qtbot.wait(20)  # the screen repaints from the runner's new position
        _check(pseudo_shell.window)
    controller.toggle_pause()
    _check(pseudo_shell.window)
    controller.stop()
    _check(pseudo_shell.window)
    summary = pseudo_shell.session.open_report()  # the PDF's words, as the dialog shows them
    assert summary is not None
    _check(summary)
    summary.close()


def test_crisis_pain_map_and_explainer(pseudo_shell: AppShell, qtbot: QtBot) -> None:
    for show in (pseudo_shell.pages.show_crisis, pseudo_shell.pages.show_pain_map):
        show()
        _check(pseudo_shell.window)
    pseudo_shell.window.show_explainer("grounding")
    # an explainer is a file per language: a pseudo-language has none, and shows English
    reader = pseudo_shell.window.explainer
    _check(pseudo_shell.window, skip=(reader.heading,))


def test_dialogs(pseudo_shell: AppShell, qtbot: QtBot) -> None:
    about = pseudo_shell.pages.show_about()
    qtbot.waitExposed(about)
    _check(about)
    about.close()
    shortcuts = pseudo_shell.window.show_shortcuts()
    _check(shortcuts)
    shortcuts.close()
    pseudo_shell.pages.show_programmes()
    for dialog in pseudo_shell.window.findChildren(QDialog):
        if dialog.isVisible():
            _check(dialog)


def test_escaped_finds_english_and_lets_pseudo_text_names_and_paths_pass() -> None:
    pseudo = language.pseudo
    assert escaped(pseudo("Breathe in")) is None
    assert escaped(f"{pseudo('Version %1')} 0.1 · breathe") is None
    assert escaped("/root/.local/share/breathe") is None
    assert escaped(f"{pseudo('Start')} Box breathing") == "Box breathing"
    assert escaped("Hold") == "Hold"


def test_the_check_fails_on_a_screen_left_in_english(qtbot: QtBot) -> None:
    from breathe.ui.main_window import MainWindow

    window = MainWindow()  # in English: the source language, no pseudo-text at all
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    found = escapes(window)
    assert any("Breathe" in line for line in found)
    assert len(found) > 10


@pytest.fixture
def right_to_left(qapp: QApplication, qtbot: QtBot) -> Iterator[None]:
    language.use(language.PSEUDO_RTL)
    translators = install_translators(qapp)
    qtbot.waitUntil(lambda: qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft)
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    qtbot.waitUntil(lambda: qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight)


def test_right_to_left_mirrors_home_and_nothing_overlaps(right_to_left: None, qtbot: QtBot) -> None:
    from breathe.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1024, 720)
    window.show()
    qtbot.waitExposed(window)
    home = window.home
    assert home.layoutDirection() == Qt.LayoutDirection.RightToLeft
    problems = escapes(window) + layout_problems(window)
    assert problems == [], "\n".join(problems)
    # each card mirrors: its Start button, on the right of a left-to-right card, is on the left
    card = home.cards["breathing"]
    assert card.start_button.mapTo(card, card.start_button.rect().center()).x() < card.width() / 2


def test_right_to_left_keeps_the_persons_own_left_and_right(
    right_to_left: None, qtbot: QtBot
) -> None:
    from PySide6.QtCore import QRectF

    from breathe.ui.relaxation.body_map import BodyMap
    from tests.ui.test_body_map import SIZE, inside

    body = BodyMap()
    qtbot.addWidget(body)
    body.resize(*SIZE)
    assert body.isRightToLeft()
    rect = QRectF(body.rect())
    # a mirror of the person in every language: their right hand on the screen's right
    assert inside("right-hand", rect).x() > body.width() / 2
    assert body.region_at(inside("right-hand", rect)) == "right-hand"
    assert body.region_at(inside("left-foot", rect, low=True)) == "left-foot"
