"""A programme to and from a file in the app: export for a client, see one before adding it."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from breathe.launch import LaunchRequest
from breathe.paths import locations
from breathe.store import programme_file
from breathe.store.programme_file import ProgrammeFile
from breathe.store.programmes import Programme, Programmes
from breathe.ui.programme_files import ProgrammeOffer, export_programme
from breathe.ui.programmes_dialog import ProgrammesDialog

CLIENT_A = Programme(
    "breathing",
    {"pattern": "4-6", "minutes": 8},
    voice=True,
    voice_rate=140,
    sounds=False,
    presenter=True,
)


def offer(qtbot: QtBot, programmes: Programmes, name: str = "Client A") -> ProgrammeOffer:
    dialog = ProgrammeOffer(
        ProgrammeFile(name, CLIENT_A), programmes, source="Client A.breathe-programme"
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def saved() -> dict[str, object]:
    path = locations().config / "programmes.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def test_the_offer_shows_what_it_holds_and_adds_nothing_until_asked(qtbot: QtBot) -> None:
    dialog = offer(qtbot, Programmes.load())
    assert dialog.what.text().splitlines() == [
        "“Client A”: 4-6 breathing, 8 min",
        "• Spoken guidance, 140 words a minute",
        "• Cue tones off",
        "• Shown on a second screen (presenter mode)",
        "• Everything else as in your settings",
    ]
    assert dialog.name.text() == "Client A"
    assert dialog.add_button.isDefault()
    dialog.reject()  # Not now
    assert saved() == {}


def test_add_keeps_it_under_the_name_given(qtbot: QtBot) -> None:
    programmes = Programmes.load()
    dialog = offer(qtbot, programmes)
    dialog.name.setText("  Tuesday client ")
    with qtbot.waitSignal(dialog.added) as added:
        dialog.add_button.click()
    assert added.args == ["Tuesday client"]
    assert Programmes.load().get("Tuesday client") == CLIENT_A
    assert not dialog.isVisible()


def test_a_taken_name_is_offered_numbered_and_a_bad_one_explained(qtbot: QtBot) -> None:
    programmes = Programmes.load()
    programmes.add("Client A", "box")
    dialog = offer(qtbot, programmes)
    assert dialog.name.text() == "Client A (2)"
    dialog.name.setText("client a")
    assert not dialog.add()
    assert dialog.message.text() == (
        "There is already a programme called 'Client A'; choose another name."
    )
    assert saved() == {}  # nothing was written


def test_a_programme_here_already_offers_to_start_it(qtbot: QtBot) -> None:
    programmes = Programmes.load()
    programmes.add_programme("Mine", CLIENT_A)
    dialog = offer(qtbot, programmes)
    assert dialog.existing == "Mine"
    assert not dialog.add_button.isVisible() and not dialog.name.isVisible()
    assert dialog.try_button.text() == "Start it" and dialog.try_button.isDefault()
    assert not dialog.add()


def test_try_it_now_starts_it_once_with_its_own_settings(qtbot: QtBot) -> None:
    dialog = offer(qtbot, Programmes.load())
    with qtbot.waitSignal(dialog.start_requested) as started:
        dialog.try_button.click()
    assert started.args == [
        LaunchRequest(
            practice="breathing",
            options={"pattern": "4-6", "minutes": 8},
            voice=True,
            voice_rate=140,
            sounds=False,
            presenter=True,
        )
    ]
    assert saved() == {}  # tried, not kept


def test_if_it_cannot_be_saved_nothing_is_added(qtbot: QtBot, tmp_path: Path) -> None:
    programmes = Programmes.load()
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    programmes.path = blocker / "programmes.json"  # a folder that is a file: the save fails
    dialog = offer(qtbot, programmes)
    assert not dialog.add()
    assert dialog.message.text().startswith("It could not be saved, so nothing was added")
    assert "Client A" not in programmes


def test_the_names_in_a_file_are_shown_as_text_not_markup(qtbot: QtBot) -> None:
    dialog = offer(qtbot, Programmes.load(), name="<b>Bold</b> <img src=x>")
    assert dialog.what.text().startswith("“<b>Bold</b> <img src=x>”")
    assert dialog.what.textFormat().name == "PlainText"


def test_export_from_the_dialog_writes_a_file_the_client_can_import(
    qtbot: QtBot, tmp_path: Path
) -> None:
    programmes = Programmes.load()
    programmes.add_programme("Client A", CLIENT_A)
    programmes.save()
    dialog = ProgrammesDialog(programmes)
    qtbot.addWidget(dialog)
    dialog.show()
    chooser = dialog.ask_export()
    assert isinstance(chooser, QFileDialog)
    assert chooser.selectedFiles()[0].endswith("/Client A.breathe-programme")
    target = tmp_path / "for-client.breathe-programme"
    chooser.fileSelected.emit(str(target))
    assert programme_file.read(target) == ProgrammeFile("Client A", CLIENT_A)
    assert dialog.message.text() == f"Saved “Client A” as {target}, to hand to your client."
    chooser.close()


def test_an_export_that_cannot_be_written_says_why(qtbot: QtBot, tmp_path: Path) -> None:
    said: list[str] = []
    chooser = export_programme(None, "../../Client", CLIENT_A, said.append)  # type: ignore[arg-type]
    qtbot.addWidget(chooser)
    assert chooser.selectedFiles()[0].endswith("/Client.breathe-programme")  # not a path
    chooser.fileSelected.emit(str(tmp_path / "missing" / "x.breathe-programme"))
    assert said == ["The programme could not be saved: No such file or directory"]
