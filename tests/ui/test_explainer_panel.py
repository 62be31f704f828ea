"""The in-app explainer: the right text for each card, readable, Back, links kept in."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from breathe.engine import explainers
from breathe.ui.explainer_panel import LINE_CHARACTERS, UNAVAILABLE, ExplainerPanel
from breathe.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    w = MainWindow(new_to={"grounding"})
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    yield w


def _first_paragraph(name: str) -> str:
    body = [
        line.strip()
        for line in explainers.load(name).splitlines()
        if line.strip() and not line.startswith(("#", "-", "*", ">"))
    ]
    return body[0].split(".")[0]


@pytest.mark.parametrize("practice", ["breathing", "grounding", "relaxation"])
def test_why_this_helps_opens_the_explainer_of_that_card(
    window: MainWindow, qtbot: QtBot, practice: str
) -> None:
    shown: list[str] = []
    window.explainer_shown.connect(shown.append)
    qtbot.mouseClick(window.home.cards[practice].why_button, Qt.MouseButton.LeftButton)
    panel = window.explainer
    assert window.current_page() is panel
    assert panel.explainer == practice
    assert panel.heading.text() == explainers.title(practice)
    assert _first_paragraph(practice) in panel.text.toPlainText()
    assert panel.heading.text() not in panel.text.toPlainText().splitlines()[:1]
    assert shown == [practice]
    assert QApplication.focusWidget() is panel.back


def test_help_opens_the_overview(window: MainWindow, qtbot: QtBot) -> None:
    helped: list[bool] = []
    window.help_requested.connect(lambda: helped.append(True))
    qtbot.mouseClick(window.home.help_button, Qt.MouseButton.LeftButton)
    assert window.current_page() is window.explainer
    assert window.explainer.heading.text() == explainers.title("overview")
    assert _first_paragraph("overview") in window.explainer.text.toPlainText()
    assert helped == [True]


@pytest.mark.parametrize("key", [Qt.Key.Key_Escape, None])
def test_back_returns_to_home(window: MainWindow, qtbot: QtBot, key: Qt.Key | None) -> None:
    window.show_explainer("grounding")
    if key is None:
        qtbot.mouseClick(window.explainer.back, Qt.MouseButton.LeftButton)
    else:
        qtbot.keyClick(window.explainer.text, key)
    assert window.current_page() is window.home
    assert QApplication.focusWidget() is window.home.start_now


def test_back_returns_to_the_page_it_was_opened_from(window: MainWindow, qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QWidget

    history = QWidget()
    window.show_page(history)
    window.show_explainer("overview")
    window.show_explainer("breathing")  # a second explainer keeps the way back
    qtbot.mouseClick(window.explainer.back, Qt.MouseButton.LeftButton)
    assert window.current_page() is history


def test_lines_stay_near_seventy_characters_at_any_type_size(qtbot: QtBot) -> None:
    panel = ExplainerPanel()
    qtbot.addWidget(panel)
    panel.resize(1600, 900)
    panel.show_explainer("breathing")
    panel.show()
    qtbot.waitExposed(panel)
    chars = panel.text.fontMetrics().averageCharWidth()
    width = panel.column.maximumWidth()
    assert LINE_CHARACTERS * chars <= width <= (LINE_CHARACTERS + 15) * chars
    assert panel.column.width() <= width < panel.width() // 2
    font = panel.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    panel.setFont(font)
    assert panel.column.maximumWidth() > width * 1.3  # large type: same measure, wider column


def test_only_web_links_leave_the_app(qtbot: QtBot) -> None:
    class Browser(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.opened: list[str] = []

        @Slot(QUrl)
        def open(self, url: QUrl) -> None:
            self.opened.append(url.toString())

    browser = Browser()
    for scheme in ("https", "http", "file"):
        QDesktopServices.setUrlHandler(scheme, browser, "open")
    try:
        panel = ExplainerPanel()
        qtbot.addWidget(panel)
        panel.show_explainer("overview")
        panel.text.setMarkdown(
            "[site](https://example.org/a) [plain](http://example.org/b) "
            "[file](file:///etc/passwd) [local](#top)"
        )
        for url in ("https://example.org/a", "http://example.org/b", "file:///etc/passwd", "#top"):
            panel.text.anchorClicked.emit(QUrl(url))
        assert browser.opened == ["https://example.org/a", "http://example.org/b"]
        assert "example" not in panel.text.source().toString()
    finally:
        for scheme in ("https", "http", "file"):
            QDesktopServices.unsetUrlHandler(scheme)


def test_an_explainer_that_cannot_be_read_says_so_gently(qtbot: QtBot) -> None:
    panel = ExplainerPanel()
    qtbot.addWidget(panel)
    panel.show_explainer("juggling")
    assert panel.heading.text() == "Why this helps"
    assert panel.text.toPlainText().strip() == UNAVAILABLE


def test_headings_inside_are_calm_and_lines_airy(qtbot: QtBot) -> None:
    panel = ExplainerPanel()
    qtbot.addWidget(panel)
    panel.show_explainer("breathing")
    body = panel.text.font().pointSizeF()
    title = panel.heading.font().pointSizeF()
    block = panel.text.document().begin()
    heading_sizes: list[float] = []
    while block.isValid():
        assert block.blockFormat().lineHeight() == 135
        if block.blockFormat().headingLevel():
            fragments = block.begin()
            while not fragments.atEnd():
                heading_sizes.append(fragments.fragment().charFormat().fontPointSize())
                fragments += 1
        block = block.next()
    assert len(heading_sizes) >= 2
    assert all(body < size < title for size in heading_sizes)
