"""Named programmes: saved, renamed, deleted, and started from the dialog, home and tray."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from breathe.desktop.tray import Tray
from breathe.launch import LaunchRequest
from breathe.paths import locations
from breathe.store.programmes import Programmes
from breathe.ui.home.programmes_menu import ProgrammesMenu, describe
from breathe.ui.programme_launch import programme_requests
from breathe.ui.programmes_dialog import ProgrammesDialog

CLIENT_A = LaunchRequest(practice="breathing", options={"pattern": "4-6", "minutes": 8})


def on_disk() -> dict[str, object]:
    data = json.loads((locations().config / "programmes.json").read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def visible(kind: type) -> object:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    assert len(found) == 1
    return found[0]


@pytest.fixture
def dialog(qtbot: QtBot) -> ProgrammesDialog:
    d = ProgrammesDialog(Programmes.load(), current=CLIENT_A)
    qtbot.addWidget(d)
    d.show()
    return d


@pytest.mark.parametrize(
    ("practice", "options", "text"),
    [
        ("breathing", {"pattern": "4-6", "minutes": 8}, "4-6 breathing, 8 min"),
        ("breathing", {"pattern": [4, 6], "minutes": 8}, "4-6 breathing, 8 min"),
        ("box", {}, "Box breathing, 4 min"),
        ("coherent", {"minutes": 10}, "Coherent breathing, 10 min"),
        ("grounding", {"variant": "5-4-3-2-1"}, "5-4-3-2-1 grounding"),
        ("relaxation", {"groups": 4, "release_only": True}, "Muscle relaxation, 4 groups, "),
        ("no-such-thing", {}, "no-such-thing"),
    ],
)
def test_a_programme_is_described_in_a_few_words(
    practice: str, options: dict[str, object], text: str
) -> None:
    assert describe(practice, options).startswith(text)


def test_save_the_current_choice_under_a_name(qtbot: QtBot, dialog: ProgrammesDialog) -> None:
    assert dialog.list.count() == 0
    assert "4-6 breathing, 8 min" in dialog.save_label.text()
    qtbot.keyClicks(dialog.name, "  Client A ")
    with qtbot.waitSignal(dialog.programmes_changed) as changed:
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert changed.args == [[("Client A", CLIENT_A)]]
    assert on_disk() == {
        "Client A": {"practice": "breathing", "options": {"pattern": "4-6", "minutes": 8}}
    }
    assert dialog.list.item(0).text() == "Client A · 4-6 breathing, 8 min"
    assert dialog.name.text() == ""


def test_a_taken_or_empty_name_is_explained_and_nothing_saved(
    qtbot: QtBot, dialog: ProgrammesDialog
) -> None:
    dialog.name.setText("Client A")
    assert dialog.save_current()
    dialog.name.setText("client a")
    assert not dialog.save_current()
    assert dialog.message.isVisible()
    assert "already a programme called 'Client A'" in dialog.message.text()
    dialog.name.setText("   ")
    assert not dialog.save_current()
    assert "needs a name" in dialog.message.text()
    assert list(on_disk()) == ["Client A"]


def test_nothing_to_save_before_a_first_session(qtbot: QtBot) -> None:
    d = ProgrammesDialog(Programmes.load(), current=None)
    qtbot.addWidget(d)
    assert not d.save_button.isEnabled()
    assert not d.name.isEnabled()
    assert not d.save_current()
    assert not d.start_button.isEnabled()  # nothing to start either


def test_rename_through_the_name_question(qtbot: QtBot, dialog: ProgrammesDialog) -> None:
    dialog.name.setText("Client A")
    dialog.save_current()
    qtbot.mouseClick(dialog.rename_button, Qt.MouseButton.LeftButton)
    question = visible(QInputDialog)
    assert isinstance(question, QInputDialog)
    assert question.textValue() == "Client A"
    question.setTextValue("Client A (mornings)")
    question.accept()
    assert list(on_disk()) == ["Client A (mornings)"]
    assert dialog.selected() == "Client A (mornings)"


def test_delete_asks_first(qtbot: QtBot, dialog: ProgrammesDialog) -> None:
    for name in ("Client A", "Client B"):
        dialog.name.setText(name)
        dialog.save_current()
    dialog.list.setCurrentRow(0)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    box = visible(QMessageBox)
    assert isinstance(box, QMessageBox)
    assert box.text() == "Delete the programme “Client A”?"
    assert box.defaultButton().text() == "Keep it"
    delete = next(b for b in box.buttons() if b.text() == "Delete")
    qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)
    assert list(on_disk()) == ["Client B"]
    assert dialog.list.count() == 1


def test_start_sends_the_programme_and_closes(qtbot: QtBot) -> None:
    programmes = Programmes.load()
    programmes.add("Flare day", "relaxation", {"groups": 4, "release_only": True})
    d = ProgrammesDialog(programmes)
    qtbot.addWidget(d)
    d.show()
    with qtbot.waitSignal(d.start_requested) as started:
        qtbot.mouseClick(d.start_button, Qt.MouseButton.LeftButton)
    assert started.args == [
        LaunchRequest(practice="relaxation", options={"groups": 4, "release_only": True})
    ]
    assert not d.isVisible()


def test_a_saved_programme_starts_with_its_own_voice_and_sounds(qtbot: QtBot) -> None:
    spoken = LaunchRequest(practice="coherent", options={"minutes": 8}, voice=True, sounds=False)
    d = ProgrammesDialog(Programmes.load(), current=spoken)
    qtbot.addWidget(d)
    d.show()
    d.name.setText("Client A, voice")
    assert d.save_current()
    assert Programmes.load().get("Client A, voice").session() == {"voice": True, "sounds": False}
    with qtbot.waitSignal(d.start_requested) as started:
        qtbot.mouseClick(d.start_button, Qt.MouseButton.LeftButton)
    assert started.args == [spoken]


def test_programmes_that_cannot_be_saved_are_said(qtbot: QtBot, tmp_path: object) -> None:
    programmes = Programmes()
    blocker = locations().config
    blocker.parent.mkdir(parents=True, exist_ok=True)
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    d = ProgrammesDialog(programmes, current=CLIENT_A)
    qtbot.addWidget(d)
    d.name.setText("Client A")
    assert not d.save_current()
    assert d.message.text().startswith("Your programmes could not be saved")
    assert d.list.count() == 1  # kept for this session


def menu_action(menu: ProgrammesMenu, text: str) -> QAction:
    return next(a for a in menu.menu_.actions() if a.text() == text)


def test_the_home_menu_lists_and_starts_programmes(qtbot: QtBot) -> None:
    menu = ProgrammesMenu()
    qtbot.addWidget(menu)
    texts = [a.text() for a in menu.menu_.actions() if not a.isSeparator()]
    assert texts == [
        "No programmes yet",
        "Save the current choice…",
        "Manage programmes…",
        "Import from a file…",
        "Export to a file",
    ]
    assert not menu.menu_.actions()[0].isEnabled()
    assert not menu_action(menu, "Export to a file").isEnabled()  # nothing to export yet
    menu.set_programmes([("Client A & B", CLIENT_A)])
    first = menu.menu_.actions()[0]
    assert first.text() == "Client A && B · 4-6 breathing, 8 min"
    with qtbot.waitSignal(menu.start_requested) as started:
        first.trigger()
    assert started.args == [CLIENT_A]
    with qtbot.waitSignal(menu.manage_requested):
        menu_action(menu, "Manage programmes…").trigger()
    with qtbot.waitSignal(menu.save_requested):
        menu_action(menu, "Save the current choice…").trigger()
    with qtbot.waitSignal(menu.import_requested):
        menu_action(menu, "Import from a file…").trigger()
    export = menu_action(menu, "Export to a file")
    assert export.isEnabled()
    submenu = menu.export_menu
    assert submenu is not None
    assert [a.text() for a in submenu.actions()] == ["Client A && B…"]
    with qtbot.waitSignal(menu.export_requested) as exported:
        submenu.actions()[0].trigger()
    assert exported.args == ["Client A & B"]
    menu.set_programmes([("Evening", CLIENT_A)])  # one submenu, refreshed
    assert menu.export_menu is submenu
    assert [a.text() for a in submenu.actions()] == ["Evening…"]
    menu.set_programmes([])
    assert not menu_action(menu, "Export to a file").isEnabled()


def test_the_tray_gets_the_same_programmes(qtbot: QtBot) -> None:
    programmes = Programmes()
    programmes.add("Evening", "coherent", {"minutes": 10})
    tray = Tray()
    tray.set_programmes(programme_requests(programmes))
    names = [a.text() for a in tray.menu.actions()]
    assert "Evening" in names
    action = next(a for a in tray.menu.actions() if a.text() == "Evening")
    with qtbot.waitSignal(tray.start_requested) as started:
        action.trigger()
    assert started.args == [LaunchRequest(practice="coherent", options={"minutes": 10})]
    tray.deleteLater()
