"""The app shell's pages in-process: the flare day switch and About, connected end to end.

The whole app object (``AppShell``) runs on offscreen Qt with real settings and history in
a temporary ``BREATHE_HOME``; nothing is stubbed.
"""

from __future__ import annotations

import json

from pytestqt.qtbot import QtBot

from breathe.app.shell import AppShell
from breathe.launch import LaunchRequest
from breathe.paths import locations
from breathe.ui.about_dialog import AboutDialog
from breathe.ui.relaxation.pain_map_editor import PainMapEditor


def saved_settings() -> dict[str, object]:
    return json.loads(locations().settings.read_text(encoding="utf-8"))


def test_the_flare_day_switch_makes_relaxation_release_only_and_home_says_so(
    shell: AppShell, qtbot: QtBot
) -> None:
    shell.launch(LaunchRequest())
    qtbot.waitExposed(shell.window)
    home = shell.window.home
    assert home.flare_notice is None  # not even built on a usual day
    shell.pages.show_pain_map()
    editor = shell.window.current_page()
    assert isinstance(editor, PainMapEditor)
    editor.flare.click()  # "Flare day (release only)"
    assert shell.settings.flare_day and saved_settings()["flare_day"] is True
    shell.window.show_home()
    assert home.flare_notice is not None and home.flare_notice.isVisibleTo(home)
    shell.launch(LaunchRequest(practice="relaxation", options={"groups": 4}))
    assert shell.session is not None
    plan = shell.session.controller.plan
    assert plan.options["release_only"] is True
    assert not any(s.kind == "tense" for s in plan.steps)
    shell.end_session()
    shell.window.show_home()
    home.flare_off.click()  # "Turn off", on home
    assert not shell.settings.flare_day and saved_settings()["flare_day"] is False
    assert home.flare_notice.isHidden()


def test_about_is_one_step_from_help(shell: AppShell, qtbot: QtBot) -> None:
    shell.launch(LaunchRequest())
    qtbot.waitExposed(shell.window)
    shell.window.home.help_button.click()  # Help: the overview explainer
    reader = shell.window.explainer
    assert shell.window.current_page() is reader and reader.about.isVisibleTo(reader)
    reader.about.click()
    about = shell.window.findChild(AboutDialog)
    assert about is not None and about.isVisible()
    about.close()
    shell.window.show_explainer("breathing")  # a practice's explainer is not Help
    assert not reader.about.isVisibleTo(reader)


def test_start_now_changes_only_in_settings(shell: AppShell, qtbot: QtBot) -> None:
    """A short PMR session or a box session from its card never becomes Start now."""
    shell.launch(LaunchRequest())
    qtbot.waitExposed(shell.window)
    home = shell.window.home
    shell.launch(LaunchRequest(practice="relaxation", options={"groups": 4}))
    assert shell.session is not None
    shell.session.controller.stop()  # ten seconds of muscle work, ended early
    shell.session.done_requested.emit()
    home.start("breathing")  # the card, browsed to box, is started too
    home.panel("breathing")
    shell.end_session()
    shell.window.show_home()
    assert shell.settings.start_now == "coherent"
    assert "start_now" not in saved_settings() or saved_settings()["start_now"] == "coherent"
    assert home.start_now_detail.text() == "Coherent breathing, 5 min"

    dialog = shell.pages.show_settings()
    combo = dialog.practice.start_now
    combo.setCurrentIndex(combo.findData("4-7-8"))  # chosen as such: now it is Start now
    assert saved_settings()["start_now"] == "4-7-8"
    assert home.start_now_detail.text() == "4-7-8 breathing, 4 breaths"
    dialog.close()
    home.start_default()
    assert shell.session is not None and shell.session.controller.plan.preset == "4-7-8"
