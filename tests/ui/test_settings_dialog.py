"""The settings dialog as a person uses it: every change saved at once, nothing invalid kept."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QCheckBox, QFileDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from breathe.audio.speech import Voice
from breathe.desktop import desktop_entry
from breathe.paths import locations
from breathe.store.history import History
from breathe.store.painmap import PainMap
from breathe.store.programmes import Programmes
from breathe.store.settings import Settings
from breathe.ui.settings.data import ConfirmErase
from breathe.ui.settings.dialog import SettingsDialog
from breathe.ui.theme import DARK, LIGHT, Theme


def saved() -> dict[str, object]:
    """The settings file as written."""
    data = json.loads(locations().settings.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


@pytest.fixture
def app_look(qapp: QApplication) -> Iterator[None]:
    """Whatever a test does to the app's look is undone afterwards."""
    before = (qapp.font(), qapp.palette(), qapp.styleSheet(), qapp.style().name())
    yield
    font, palette, sheet, style = before
    qapp.setStyleSheet(sheet)
    qapp.setStyle(style)
    qapp.setPalette(palette)
    qapp.setFont(font)


@pytest.fixture
def settings() -> Settings:
    return Settings.load()


@pytest.fixture
def dialog(qtbot: QtBot, settings: Settings) -> SettingsDialog:
    d = SettingsDialog(settings)
    qtbot.addWidget(d)
    d.show()
    return d


def click(qtbot: QtBot, button: QPushButton) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def tick(qtbot: QtBot, box: QCheckBox) -> None:
    """Click a checkbox on its box, as a person does (its row may be wider than its text)."""
    assert box.isVisible() and box.isEnabled(), box.text()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(10, box.height() // 2))


def message_box(widget: object) -> QMessageBox:
    boxes = [b for b in QApplication.topLevelWidgets() if isinstance(b, QMessageBox)]
    visible = [b for b in boxes if b.isVisible()]
    assert len(visible) == 1, f"expected one question, found {len(visible)}"
    return visible[0]


def answer(box: QMessageBox, text: str, qtbot: QtBot) -> None:
    button = next(b for b in box.buttons() if b.text() == text)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def pick_file(qtbot: QtBot, parent: object, path: Path) -> None:
    dialogs = [d for d in QApplication.topLevelWidgets() if isinstance(d, QFileDialog)]
    dialog = next(d for d in dialogs if d.isVisible())
    dialog.selectFile(str(path))
    dialog.accept()
    qtbot.waitUntil(lambda: not dialog.isVisible())


# -- the sections -----------------------------------------------------------------------------


def test_the_sections_are_listed_and_each_opens_its_page(dialog: SettingsDialog) -> None:
    titles = [dialog.sections.title(i) for i in range(dialog.sections.count())]
    assert titles == [
        "Practice",
        "Voice & sound",
        "Look",
        "Privacy & history",
        "Reminders",
        "Crisis contacts",
        "Backup",
    ]
    dialog.sections.setCurrentRow(5)
    assert dialog.stack.currentWidget().isAncestorOf(dialog.contacts.name)
    dialog.show_section(dialog.backup)
    assert dialog.sections.currentRow() == 6


def test_pages_show_what_the_settings_hold(qtbot: QtBot) -> None:
    settings = Settings()
    settings.dominant_side = "left"
    settings.pacer_style = "bar"
    settings.history_enabled = False
    settings.reminder_times = ["10:30", "15:00"]
    d = SettingsDialog(settings)
    qtbot.addWidget(d)
    assert d.practice.dominant_side.currentText() == "Left"
    assert d.look.pacer_style.currentData() == "bar"
    assert not d.privacy.history.isChecked()
    assert d.reminders.times.text() == "10:30, 15:00"
    assert not d.reminders.reminders.isChecked()  # reminders are off by default
    assert not d.reminders.times.isEnabled()


# -- saving -----------------------------------------------------------------------------------


def test_a_change_is_saved_at_once_and_announced(qtbot: QtBot, dialog: SettingsDialog) -> None:
    with qtbot.waitSignal(dialog.settings_changed) as changed:
        dialog.practice.dominant_side.setCurrentIndex(1)
    assert changed.args == [frozenset({"dominant_side"})]
    assert saved()["dominant_side"] == "left"
    dialog.show_section(dialog.privacy)
    with qtbot.waitSignal(dialog.settings_changed) as changed:
        tick(qtbot, dialog.privacy.keep_notes)
    assert changed.args == [frozenset({"keep_notes"})]
    assert saved()["keep_notes"] is True
    assert dialog.settings.keep_notes is True  # the app's own object, changed in place


def test_an_invalid_value_never_reaches_the_file(
    qtbot: QtBot, dialog: SettingsDialog, settings: Settings
) -> None:
    dialog.practice.dominant_side.setCurrentIndex(1)
    before = saved()
    assert not dialog.binder.set("voice_rate", 1000)
    assert not dialog.binder.set_many({"sounds": False, "theme": "purple"})
    assert saved() == before
    assert settings.sounds is True  # nothing of a refused pair is applied
    assert dialog.problem.isVisible()
    assert "voice_rate" not in dialog.problem.text()
    assert "theme" in dialog.problem.text()


def test_a_file_that_cannot_be_written_is_said_and_the_change_still_applies(
    qtbot: QtBot, tmp_path: Path
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    settings = Settings.load(blocker / "settings.json")  # its folder can never be made
    d = SettingsDialog(settings)
    qtbot.addWidget(d)
    d.show()
    d.show_section(d.look)
    tick(qtbot, d.look.large_type)
    assert settings.large_type is True
    assert d.problem.isVisible()
    assert "could not be saved" in d.problem.text()
    assert "until breathe closes" in d.problem.text()


# -- look -------------------------------------------------------------------------------------


def test_the_look_changes_live(qtbot: QtBot, qapp: QApplication, app_look: None) -> None:
    theme = Theme("light")
    theme.apply(qapp)
    base = qapp.font().pointSizeF()
    d = SettingsDialog(Settings.load(), theme=theme)
    qtbot.addWidget(d)
    d.show()
    d.show_section(d.look)
    d.look.theme.setCurrentIndex(d.look.theme.findData("dark"))
    assert qapp.palette().color(QPalette.ColorRole.Window) == QColor(DARK.window)
    tick(qtbot, d.look.large_type)
    assert qapp.font().pointSizeF() == pytest.approx(base * 1.3)
    tick(qtbot, d.look.reduced_motion)
    assert theme.reduced_motion is True
    d.look.theme.setCurrentIndex(d.look.theme.findData("light"))
    assert qapp.palette().color(QPalette.ColorRole.Window) == QColor(LIGHT.window)
    assert saved()["theme"] == "light"
    assert saved()["large_type"] is True


# -- voice ------------------------------------------------------------------------------------


def test_voice_controls_are_off_with_the_reason_when_there_is_no_speech(
    qtbot: QtBot, settings: Settings
) -> None:
    d = SettingsDialog(settings, voice=None)
    qtbot.addWidget(d)
    page = d.voice
    for control in (page.voice_on, page.voice_choice, page.rate, page.volume, page.test_button):
        assert not control.isEnabled()
        assert control.toolTip() == "Speech is not available on this computer."
    assert page.reason.text() == "Speech is not available on this computer."
    assert page.test_voice() is False
    assert page.sounds.isEnabled()  # cue sounds do not need speech


def test_voices_come_from_the_engine_and_test_voice_speaks(
    qtbot: QtBot, settings: Settings, tmp_path: Path
) -> None:
    voice = Voice(cache_dir=tmp_path / "speech")
    try:
        d = SettingsDialog(settings, voice=voice)
        qtbot.addWidget(d)
        d.show()
        d.show_section(d.voice)
        page = d.voice
        qtbot.waitUntil(lambda: page.voice_choice.count() > 1, timeout=10_000)
        assert page.voice_on.isEnabled()
        assert page.voice_choice.itemText(0) == "The usual voice"
        page.voice_choice.setCurrentIndex(1)
        chosen = page.voice_choice.itemData(1)
        assert saved()["voice_name"] == chosen
        page.rate.setFocus()
        qtbot.keyClick(page.rate, Qt.Key.Key_Right)
        assert saved()["voice_rate"] == 155
        assert page.rate_label.text() == "155 words a minute"
        qtbot.keyClick(page.volume, Qt.Key.Key_Left)
        assert saved()["voice_volume"] == pytest.approx(0.85)
        assert page.test_voice() is True
        assert voice.settings.voice_id == chosen
        assert voice.settings.rate == 155
        assert voice.wait_idle(10)
        assert voice.is_rendered("Hello. I'm here to guide you, gently and at your own pace.")
    finally:
        voice.close()


def test_a_saved_voice_the_engine_lost_is_still_shown(qtbot: QtBot, tmp_path: Path) -> None:
    settings = Settings()
    settings.voice_name = "gone/voice"
    voice = Voice(cache_dir=tmp_path / "speech")
    try:
        assert voice.wait_started(10)
        d = SettingsDialog(settings, voice=voice)
        qtbot.addWidget(d)
        assert d.voice.voice_choice.currentText() == "gone/voice (not found)"
    finally:
        voice.close()


# -- reminders and login ----------------------------------------------------------------------


def test_reminders_every_so_often_and_at_times(qtbot: QtBot, dialog: SettingsDialog) -> None:
    page = dialog.reminders
    dialog.show_section(page)
    tick(qtbot, page.reminders)
    assert saved()["reminders"] is True
    assert page.times.isEnabled() and page.minutes.isEnabled()
    page.minutes.setValue(90)
    assert saved()["reminder_minutes"] == 90
    tick(qtbot, page.every)
    assert saved()["reminder_minutes"] is None
    assert not page.minutes.isEnabled()

    page.times.setText("25:00, 9:00")
    page.times.editingFinished.emit()
    assert page.times_problem.isVisible()
    assert "25:00" in page.times_problem.text()
    assert saved()["reminder_times"] == []  # the bad time never reaches the file

    page.times.setText("15:30 9:00, 9:00")
    page.times.editingFinished.emit()
    assert not page.times_problem.isVisible()
    assert saved()["reminder_times"] == ["09:00", "15:30"]
    assert page.times.text() == "09:00, 15:30"


def test_start_at_login_is_an_opt_in_entry(
    qtbot: QtBot, dialog: SettingsDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    page = dialog.reminders
    dialog.show_section(page)
    assert not page.autostart.isChecked()
    tick(qtbot, page.autostart)
    assert desktop_entry.autostart_path().is_file()
    assert saved()["autostart"] is True
    assert page.autostart_message.text() == "breathe will open when you log in."
    tick(qtbot, page.autostart)
    assert not desktop_entry.autostart_path().exists()
    assert saved()["autostart"] is False


def test_start_at_login_that_cannot_be_written_stays_off(
    qtbot: QtBot, dialog: SettingsDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(blocker))
    page = dialog.reminders
    dialog.show_section(page)
    tick(qtbot, page.autostart)
    assert not page.autostart.isChecked()
    assert dialog.settings.autostart is False
    assert page.autostart_message.text().startswith("breathe could not change this")


# -- crisis contacts --------------------------------------------------------------------------


def test_contacts_are_added_changed_and_removed(qtbot: QtBot, dialog: SettingsDialog) -> None:
    page = dialog.contacts
    dialog.show_section(page)
    assert page.list.count() == 0  # nothing hard-coded
    qtbot.keyClicks(page.name, "Crisis line")
    assert not page.add()  # no number yet
    assert page.problem.isVisible()
    assert Settings.load().crisis_contacts == []
    qtbot.keyClicks(page.number, "0800 123 4567")
    qtbot.keyClick(page.number, Qt.Key.Key_Return)
    assert saved()["crisis_contacts"] == [{"name": "Crisis line", "number": "0800 123 4567"}]
    assert page.name.text() == ""

    page.name.setText("Dr Osei")
    page.number.setText("+44 20 7946 0321")
    click(qtbot, page.add_button)
    assert page.list.count() == 2
    page.list.setCurrentRow(0)
    assert page.name.text() == "Crisis line"
    page.number.setText("0800 000 111")
    click(qtbot, page.change_button)
    assert saved()["crisis_contacts"][0] == {"name": "Crisis line", "number": "0800 000 111"}
    page.list.setCurrentRow(1)
    click(qtbot, page.remove_button)
    assert saved()["crisis_contacts"] == [{"name": "Crisis line", "number": "0800 000 111"}]
    assert page.list.item(0).text() == "Crisis line · 0800 000 111"


def test_contacts_from_a_newer_breathe_keep_their_fields_and_the_unusable_ones_stay(
    qtbot: QtBot,
) -> None:
    newer = {"name": "Sam", "number": "07700 900123", "relation": "family"}
    blank = {"name": "", "number": ""}
    locations().config.mkdir(parents=True)
    locations().settings.write_text(
        json.dumps({"crisis_contacts": [newer, blank], "from_a_newer_breathe": [1]}),
        encoding="utf-8",
    )
    d = SettingsDialog(Settings.load())
    qtbot.addWidget(d)
    d.show()
    page = d.contacts
    d.show_section(page)
    assert page.list.count() == 1
    page.list.setCurrentRow(0)
    page.number.setText("07700 900999")
    click(qtbot, page.change_button)
    assert saved()["crisis_contacts"] == [
        {"name": "Sam", "number": "07700 900999", "relation": "family"},
        blank,
    ]
    assert saved()["from_a_newer_breathe"] == [1]


# -- backup, restore, reset -------------------------------------------------------------------


def test_back_up_and_restore_through_the_file_dialogs(
    qtbot: QtBot, dialog: SettingsDialog, tmp_path: Path
) -> None:
    programmes = Programmes.load()
    programmes.add("Client A", "breathing", {"pattern": "4-6", "minutes": 8})
    programmes.save()
    dialog.practice.dominant_side.setCurrentIndex(1)  # left
    target = tmp_path / "my-backup.json"
    dialog.show_section(dialog.backup)
    click(qtbot, dialog.backup.back_up)
    pick_file(qtbot, dialog, target)
    assert json.loads(target.read_text(encoding="utf-8"))["settings"]["dominant_side"] == "left"
    assert "my-backup.json" in dialog.backup.status.text()

    dialog.practice.dominant_side.setCurrentIndex(0)  # right again
    Programmes().save()  # programmes gone
    click(qtbot, dialog.backup.restore)
    pick_file(qtbot, dialog, target)
    with qtbot.waitSignal(dialog.programmes_changed):
        answer(message_box(dialog), "Restore", qtbot)
    assert dialog.settings.dominant_side == "left"
    assert dialog.practice.dominant_side.currentText() == "Left"
    assert Programmes.load().names() == ["Client A"]


def test_a_file_that_is_not_a_backup_changes_nothing(
    qtbot: QtBot, dialog: SettingsDialog, tmp_path: Path
) -> None:
    dialog.practice.dominant_side.setCurrentIndex(1)
    bad = tmp_path / "notes.json"
    bad.write_text('{"hello": 1}', encoding="utf-8")
    assert not dialog.backup.restore_from(bad)
    assert dialog.backup.status.text().startswith("Nothing was changed")
    assert dialog.settings.dominant_side == "left"
    assert not dialog.backup.back_up_to(tmp_path / "no-such-folder" / "b.json")
    assert "could not be written" in dialog.backup.status.text()


def test_reset_keeps_crisis_contacts(qtbot: QtBot, dialog: SettingsDialog) -> None:
    contact = {"name": "Sam", "number": "07700 900123"}
    dialog.binder.set("crisis_contacts", [contact])
    dialog.binder.set("pacer_style", "bar")
    dialog.show_section(dialog.backup)
    click(qtbot, dialog.backup.reset)
    box = message_box(dialog)
    assert box.defaultButton().text() == "Cancel"  # Enter never resets
    with qtbot.waitSignal(dialog.settings_changed) as changed:
        answer(box, "Reset", qtbot)
    assert "pacer_style" in changed.args[0]
    assert saved()["pacer_style"] == "circle"
    assert saved()["crisis_contacts"] == [contact]
    assert dialog.look.pacer_style.currentData() == "circle"


def test_cancelling_reset_changes_nothing(qtbot: QtBot, dialog: SettingsDialog) -> None:
    dialog.binder.set("pacer_style", "bar")
    dialog.show_section(dialog.backup)
    click(qtbot, dialog.backup.reset)
    answer(message_box(dialog), "Cancel", qtbot)
    assert saved()["pacer_style"] == "bar"


# -- delete all my data -----------------------------------------------------------------------


def test_delete_needs_a_tick_and_keep_is_the_default(qtbot: QtBot) -> None:
    confirm = ConfirmErase()
    qtbot.addWidget(confirm)
    confirm.show()
    assert not confirm.delete.isEnabled()
    assert confirm.keep.isDefault()
    with qtbot.waitSignal(confirm.rejected):
        qtbot.keyClick(confirm, Qt.Key.Key_Return)


def test_delete_all_my_data_removes_history_config_the_log_and_speech_and_says_so(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    locs = locations()
    locs.speech_cache.mkdir(parents=True)
    (locs.speech_cache / "0123.wav").write_bytes(b"RIFF")
    locs.log.mkdir(parents=True)
    for name in ("breathe.log", "breathe.log.1"):
        (locs.log / name).write_text("session started: relaxation\n", encoding="utf-8")
    locs.settings.parent.mkdir(parents=True, exist_ok=True)
    locs.settings.write_text('{"crisis_contacts": [{"name": "Jo"}]}', encoding="utf-8")
    history = History.open()
    history.begin("grounding", None, {}, 90.0)
    PainMap({"neck": "skip"}).save()
    settings = Settings.load()
    d = SettingsDialog(settings, history=history)
    qtbot.addWidget(d)
    d.show()
    d.binder.set("crisis_contacts", [{"name": "Sam", "number": "07700 900123"}])
    d.show_section(d.reminders)
    tick(qtbot, d.reminders.autostart)
    assert desktop_entry.autostart_path().is_file()
    events: list[str] = []
    d.about_to_erase.connect(lambda: events.append("about to erase"))
    d.data_erased.connect(lambda: events.append("erased"))

    d.show_section(d.privacy)
    click(qtbot, d.privacy.erase)
    confirm = d.privacy.confirm
    assert confirm is not None
    tick(qtbot, confirm.understood)
    click(qtbot, confirm.delete)

    assert events == ["about to erase", "erased"]
    assert not locs.database.exists()
    assert list(locs.log.iterdir()) == []
    assert not locs.speech_cache.exists()
    assert not locs.settings.exists()
    assert not (locs.config / "painmap.json").exists()
    assert not desktop_entry.autostart_path().exists()
    assert d.history is None
    assert settings.crisis_contacts == []
    assert d.contacts.list.count() == 0
    assert d.problem.text() == (
        "Deleted from this computer: your session history, your settings and crisis "
        "contacts, your pain map, the log, the rendered speech."
    )
    d.binder.set("theme", "dark")  # a change after: the unreadable contact is gone for good
    assert saved()["crisis_contacts"] == []


def test_keep_my_notes_has_one_name_everywhere(dialog: SettingsDialog) -> None:
    """Settings and the grounding card call it the same thing (the history editor too:
    see test_history_editor)."""
    from breathe.ui.grounding.card import NOTE_KEPT, NOTE_PRIVATE

    assert dialog.privacy.keep_notes.text() == "Keep my notes"
    for text in (NOTE_PRIVATE, NOTE_KEPT):
        assert "'Keep my notes'" in text
