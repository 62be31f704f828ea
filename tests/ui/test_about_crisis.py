"""The About box and the "If you need urgent help" page, as a person reads and uses them."""

from __future__ import annotations

import re
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from breathe import __version__
from breathe.i18n import fill
from breathe.paths import locations
from breathe.ui import about_dialog
from breathe.ui.about_dialog import AboutDialog
from breathe.ui.crisis_page import CrisisContact, CrisisPage, contacts_from
from breathe.ui.theme import Theme

CONTACTS = [
    {"name": "Dr Amara Osei", "number": "+44 20 7946 0321"},
    {"name": "Crisis line", "number": " 0800 123 4567 "},
]


def label_texts(widget: QWidget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)]


def clipped(widget: QWidget) -> list[str]:
    """Visible word-wrapped labels too short for their text at their width."""
    return [
        label.text()
        for label in widget.findChildren(QLabel)
        if label.isVisible()
        and label.wordWrap()
        and label.height() < label.heightForWidth(label.width())
    ]


@pytest.fixture
def large_type(qapp: QApplication) -> Iterator[None]:
    """The app in the light theme with large type, restored afterwards for other tests."""
    before = (qapp.font(), qapp.palette(), qapp.styleSheet(), qapp.style().name())
    Theme("light", large_type=True).apply(qapp)
    yield
    font, palette, sheet, style = before
    qapp.setStyleSheet(sheet)
    qapp.setStyle(style)
    qapp.setPalette(palette)
    qapp.setFont(font)


# -- fill ------------------------------------------------------------------------------------


def test_placeholders_may_be_reordered_by_a_translation() -> None:
    assert fill("%2 — %1", "first", "second") == "second — first"
    assert fill("%1 and %3", "a") == "a and %3"  # a missing value stays visible, not a crash
    assert fill("%1 %2", "%2", "x") == "%2 x"  # a value is never read as a placeholder


# -- About -------------------------------------------------------------------------------------


@pytest.fixture
def about(qtbot: QtBot) -> AboutDialog:
    dialog = AboutDialog(locations())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_about_shows_version_and_licence(about: AboutDialog) -> None:
    assert about.windowTitle() == "About breathe"
    texts = label_texts(about)
    assert f"Version {__version__}" in texts
    licence = about.licence_label.text()
    assert "GPL-3.0-or-later" in licence
    assert "https://www.gnu.org/licenses/gpl-3.0.html" in licence
    assert about.licence_label.openExternalLinks()


def test_about_says_where_the_data_lives(about: AboutDialog, breathe_home: Path) -> None:
    about.tabs.setCurrentIndex(1)
    texts = label_texts(about)
    locs = locations()
    for folder in (locs.data, locs.config, locs.cache, locs.log):
        assert str(folder) in texts
        assert str(folder).startswith(str(breathe_home))


class UrlCatcher(QObject):
    """Receives the URLs the app asks the desktop to open (Qt's own URL-handler hook)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def test_open_shows_the_folder_even_before_it_exists(about: AboutDialog, qtbot: QtBot) -> None:
    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("file", catcher, "open")
    try:
        about.tabs.setCurrentIndex(1)
        history = about.open_buttons[0]
        assert history.accessibleName() == "Open the folder for history"
        assert not locations().data.exists()
        with qtbot.waitSignal(about.folder_opened) as signal:
            qtbot.mouseClick(history, Qt.MouseButton.LeftButton)
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert signal.args == [locations().data]
    assert locations().data.is_dir()
    assert [u.toLocalFile() for u in catcher.urls] == [str(locations().data)]


def test_third_party_notices_name_each_licence(about: AboutDialog) -> None:
    notices = {n.accessibleName() for n in about.notices}
    pyttsx3, platformdirs = metadata.version("pyttsx3"), metadata.version("platformdirs")
    assert any(re.fullmatch(r"Qt 6\.\d+\.\d+: LGPL-3\.0", n) for n in notices), notices
    assert any(n.startswith("PySide6") and n.endswith(": LGPL-3.0") for n in notices)
    assert "espeak-ng: GPL-3.0-or-later" in notices
    assert f"pyttsx3 {pyttsx3}: MPL-2.0" in notices
    assert f"platformdirs {platformdirs}: MIT" in notices


def test_a_missing_package_shows_no_version(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(about_dialog, "metadata", _NoMetadata)
    names = [name for name, version, *_ in about_dialog.third_party() if version == ""]
    assert names == ["espeak-ng", "pyttsx3", "platformdirs"]


class _NoMetadata:
    PackageNotFoundError = metadata.PackageNotFoundError

    @staticmethod
    def version(name: str) -> str:
        raise metadata.PackageNotFoundError(name)


def test_about_closes_with_its_button_or_esc(about: AboutDialog, qtbot: QtBot) -> None:
    assert about.close_button.text() == "Close"
    assert about.close_button.icon().isNull()
    qtbot.mouseClick(about.close_button, Qt.MouseButton.LeftButton)
    assert not about.isVisible()
    about.show()
    qtbot.keyClick(about, Qt.Key.Key_Escape)
    assert not about.isVisible()


def test_every_about_control_has_a_name(about: AboutDialog) -> None:
    for index in range(about.tabs.count()):
        about.tabs.setCurrentIndex(index)
        for button in about.findChildren(QAbstractButton):
            if button.isVisible():
                assert button.accessibleName() or button.text(), button


def test_about_in_large_type_clips_nothing(large_type: None, qtbot: QtBot) -> None:
    dialog = AboutDialog(locations())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() > 580  # the box grows with the type
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        assert clipped(dialog) == []


# -- If you need urgent help -------------------------------------------------------------------


@pytest.fixture
def page(qtbot: QtBot) -> CrisisPage:
    widget = CrisisPage(CONTACTS)
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_it_first_says_to_call_the_local_emergency_number(page: CrisisPage) -> None:
    texts = label_texts(page)
    assert texts[0] == "If you need urgent help"
    assert "call your local emergency number now" in texts[1]
    body = page.alone.font().pointSizeF()
    assert page.heading.font().pointSizeF() >= 1.6 * body  # large and obvious
    assert page.emergency.font().bold()


def test_the_persons_own_contacts_are_shown_large(page: CrisisPage) -> None:
    assert [(c.name.text(), c.number.text()) for c in page.cards] == [
        ("Dr Amara Osei", "+44 20 7946 0321"),
        ("Crisis line", "0800 123 4567"),
    ]
    card = page.cards[0]
    assert card.number.font().pointSizeF() > page.alone.font().pointSizeF() * 1.4
    assert card.number.accessibleName() == "Dr Amara Osei: +44 20 7946 0321"
    assert card.number.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert not page.empty.isVisible()
    assert page.edit.text() == "Change who is listed"


def test_copy_number_puts_it_on_the_clipboard(page: CrisisPage, qtbot: QtBot) -> None:
    card = page.cards[1]
    assert card.copy.accessibleName() == "Copy the number for Crisis line"
    qtbot.mouseClick(card.copy, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "0800 123 4567"
    assert card.copy.text() == "Copied"


def test_no_number_is_built_in_for_any_country(qtbot: QtBot) -> None:
    empty = CrisisPage()
    qtbot.addWidget(empty)
    empty.show()
    text = " ".join(label_texts(empty))
    assert not re.search(r"\d", text), text
    assert empty.cards == []
    assert empty.empty.isVisible()
    assert "your therapist" in empty.empty.text()


def test_with_no_contacts_it_invites_adding_some(qtbot: QtBot) -> None:
    empty = CrisisPage([])
    qtbot.addWidget(empty)
    empty.show()
    assert empty.edit.text() == "Add people to call"
    assert empty.focusProxy() is empty.edit
    with qtbot.waitSignal(empty.edit_contacts_requested):
        qtbot.mouseClick(empty.edit, Qt.MouseButton.LeftButton)


def test_contacts_change_when_settings_do(page: CrisisPage) -> None:
    page.set_contacts([{"name": "Sam", "number": "07700 900123"}])
    assert [c.name.text() for c in page.cards] == ["Sam"]
    assert page.focusProxy() is page.cards[0].copy
    page.set_contacts([])
    assert page.cards == []
    assert page.empty.isVisible()


def test_back_and_esc_go_back(page: CrisisPage, qtbot: QtBot) -> None:
    with qtbot.waitSignal(page.back_requested):
        qtbot.mouseClick(page.back, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(page.back_requested):
        qtbot.keyClick(page, Qt.Key.Key_Escape)
    with qtbot.assertNotEmitted(page.back_requested):
        qtbot.keyClick(page, Qt.Key.Key_A)


def test_settings_data_is_read_forgivingly() -> None:
    raw = [
        {"name": " Mum ", "number": " 01632 960001 "},
        {"number": "116 123"},
        {"name": "No number"},
        {"name": "Blank", "number": "   "},
        "not a contact",
        CrisisContact("Clinic", "020 7946 0000"),
    ]
    assert contacts_from(raw) == [
        CrisisContact("Mum", "01632 960001"),
        CrisisContact("", "116 123"),
        CrisisContact("Clinic", "020 7946 0000"),
    ]


def test_a_contact_without_a_name_still_reads_well(qtbot: QtBot) -> None:
    page = CrisisPage([{"number": "116 123"}])
    qtbot.addWidget(page)
    assert page.cards[0].name.text() == "Phone"
    assert page.cards[0].number.accessibleName() == "Phone: 116 123"


def test_crisis_page_in_large_type_clips_nothing(large_type: None, qtbot: QtBot) -> None:
    widget = CrisisPage(CONTACTS * 3)
    qtbot.addWidget(widget)
    widget.resize(700, 500)
    widget.show()
    qtbot.waitExposed(widget)
    QApplication.processEvents()
    assert clipped(widget) == []
    assert widget.scroll_area.verticalScrollBar().maximum() > 0  # it scrolls instead
    widget.setFont(widget.font())  # a font change re-fits without losing anything
    assert widget.heading.font().pointSizeF() > widget.alone.font().pointSizeF()
