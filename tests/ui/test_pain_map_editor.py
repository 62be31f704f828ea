"""The pain map editor and the relaxation panel: what a person marks is what is emitted."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QRadioButton, QWidget
from pytestqt.qtbot import QtBot

from breathe.engine.practices.relaxation import apply_pain_map, relaxation_plan
from breathe.ui.home.relaxation_panel import SAFETY_NOTE, RelaxationPanel
from breathe.ui.relaxation import body_figure as fig
from breathe.ui.relaxation.pain_map_editor import PainMapEditor


def point_in(editor: PainMapEditor, part: str) -> QPointF:
    """The widget point at the middle of ``part`` on the editor's figure."""
    path = fig.figure_paths()[part]
    box = path.boundingRect()
    local = next(
        QPointF(box.left() + box.width() * i / 10, box.top() + box.height() * j / 10)
        for j in range(3, 8)
        for i in range(3, 8)
        if path.contains(
            QPointF(box.left() + box.width() * i / 10, box.top() + box.height() * j / 10)
        )
    )
    return fig.fit(QRectF(editor.figure.rect())).map(local)


@pytest.fixture
def editor(qtbot: QtBot) -> PainMapEditor:
    widget = PainMapEditor()
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    return widget


def combo(editor: PainMapEditor, part: str) -> QComboBox:
    found = editor.findChild(QComboBox, f"area-{part}")
    assert found is not None
    return found


def test_clicking_an_area_cycles_normal_gentle_skip_and_emits_the_map(
    editor: PainMapEditor, qtbot: QtBot
) -> None:
    maps: list[dict[str, str]] = []
    editor.changed.connect(maps.append)
    where = point_in(editor, "right-calf").toPoint()
    states = []
    for _ in range(3):
        qtbot.mouseClick(editor.figure, Qt.MouseButton.LeftButton, pos=where)
        states.append(maps[-1]["right-calf"])
    assert states == ["gentle", "skip", "normal"]
    assert len(maps) == 3
    assert set(maps[0]) == set(fig.PART_IDS)
    assert [v for k, v in maps[1].items() if k != "right-calf"] == ["normal"] * 15


def test_the_figure_and_the_list_show_the_same_state(editor: PainMapEditor, qtbot: QtBot) -> None:
    where = point_in(editor, "jaw").toPoint()
    qtbot.mouseClick(editor.figure, Qt.MouseButton.LeftButton, pos=where)
    assert combo(editor, "jaw").currentText() == "Gently"
    qtbot.mouseClick(editor.figure, Qt.MouseButton.LeftButton, pos=where)
    assert combo(editor, "jaw").currentText() == "Skip"
    assert editor.figure.part_state("jaw") == "skipped"


def test_every_area_can_be_set_from_the_keyboard(editor: PainMapEditor, qtbot: QtBot) -> None:
    maps: list[dict[str, str]] = []
    editor.changed.connect(maps.append)
    box = combo(editor, "left-foot")
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Down)
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert maps[-1]["left-foot"] == "skip"
    assert editor.figure.part_state("left-foot") == "skipped"
    names = {c.accessibleName() for c in editor.findChildren(QComboBox)}
    assert names == {fig.part_name(p) for p in fig.PART_IDS}
    for c in editor.findChildren(QComboBox):
        assert c.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_a_saved_map_is_shown_without_emitting(editor: PainMapEditor) -> None:
    maps: list[dict[str, str]] = []
    editor.changed.connect(maps.append)
    editor.set_pain_map(
        {"calf": "gentle", "left-calf": "skip", "neck": "sore", "elbow": "skip", "jaw": "skip"}
    )
    assert maps == []
    shown = editor.pain_map()
    assert shown["right-calf"] == "gentle"
    assert shown["left-calf"] == "skip"  # a sided entry wins over a both-sides one
    assert shown["neck"] == "normal"  # an unknown level is ignored
    assert combo(editor, "jaw").currentText() == "Skip"
    assert editor.figure.part_state("left-calf") == "skipped"


def test_the_emitted_map_is_what_the_relaxation_engine_reads(
    editor: PainMapEditor, qtbot: QtBot
) -> None:
    maps: list[dict[str, str]] = []
    editor.changed.connect(maps.append)
    for _ in range(2):
        qtbot.mouseClick(
            editor.figure, Qt.MouseButton.LeftButton, pos=point_in(editor, "left-hand").toPoint()
        )
    qtbot.mouseClick(
        editor.figure, Qt.MouseButton.LeftButton, pos=point_in(editor, "abdomen").toPoint()
    )
    gentle, skip = apply_pain_map(maps[-1], (), ())
    assert (gentle, skip) == (frozenset({"abdomen"}), frozenset({"left-hand"}))
    plan = relaxation_plan(groups=16, gentle=gentle, skip=skip)
    assert "left-hand" not in {s.group for s in plan.steps}


def test_flare_day_switch(editor: PainMapEditor, qtbot: QtBot) -> None:
    seen: list[bool] = []
    editor.flare_day_changed.connect(seen.append)
    editor.set_flare_day(True)
    assert seen == []
    assert editor.flare_day()
    editor.flare.setFocus()
    qtbot.keyClick(editor.flare, Qt.Key.Key_Space)
    assert seen == [False]
    qtbot.mouseClick(
        editor.flare, Qt.MouseButton.LeftButton, pos=QPoint(8, editor.flare.height() // 2)
    )
    assert seen == [False, True]
    assert editor.flare.text() == "Flare day (release only)"


def test_the_legend_names_all_three_states(editor: PainMapEditor) -> None:
    legend = editor.findChild(QWidget, "legend")
    assert legend is not None
    words = [label.text() for label in legend.findChildren(QLabel)]
    assert [w.split(":")[0] for w in words] == ["As usual", "Gently", "Skip"]


# -- the relaxation panel --------------------------------------------------------------
@pytest.fixture
def panel(qtbot: QtBot) -> RelaxationPanel:
    widget = RelaxationPanel()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_panel_defaults_and_the_safety_note_is_always_there(panel: RelaxationPanel) -> None:
    assert panel.options() == {
        "groups": 16,
        "release_only": False,
        "learning": False,
        "side": "right",
    }
    note = panel.findChild(QLabel, "safety")
    assert note is not None
    assert note.isVisible()
    assert note.text() == (
        "If you live with pain: use about half your strength, skip any area that hurts, "
        "or choose release only."
    )
    assert note.text() == SAFETY_NOTE
    panel.set_options({"groups": 4, "release_only": True, "side": "left"})
    assert note.isVisible()
    when = panel.findChild(QLabel, "when")
    assert when is not None
    assert when.isVisible()
    assert when.text().startswith("Practise on calm days first")


def test_panel_offers_each_group_twice_for_learners(panel: RelaxationPanel, qtbot: QtBot) -> None:
    seen: list[dict[str, Any]] = []
    panel.options_changed.connect(seen.append)
    qtbot.mouseClick(panel.learning, Qt.MouseButton.LeftButton)
    assert seen == [{"groups": 16, "release_only": False, "learning": True, "side": "right"}]
    panel.set_options({"learning": False})
    assert not panel.learning.isChecked()


def test_panel_emits_each_change_once(panel: RelaxationPanel, qtbot: QtBot) -> None:
    seen: list[dict[str, Any]] = []
    panel.options_changed.connect(seen.append)
    seven = panel.findChild(QRadioButton, "groups-7")
    left = panel.findChild(QRadioButton, "side-left")
    assert seven is not None
    assert left is not None
    qtbot.mouseClick(seven, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.release_only, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(left, Qt.MouseButton.LeftButton)
    assert seen == [
        {"groups": 7, "release_only": False, "learning": False, "side": "right"},
        {"groups": 7, "release_only": True, "learning": False, "side": "right"},
        {"groups": 7, "release_only": True, "learning": False, "side": "left"},
    ]
    assert "about" in seven.text()  # the length comes from the engine's own plan


def test_panel_set_options_is_quiet_and_forgiving(panel: RelaxationPanel) -> None:
    seen: list[dict[str, Any]] = []
    panel.options_changed.connect(seen.append)
    panel.set_options({"groups": 5, "side": "middle", "release_only": True})
    assert seen == []
    assert panel.options() == {
        "groups": 16,
        "release_only": True,
        "learning": False,
        "side": "right",
    }


def test_panel_opens_the_pain_map(panel: RelaxationPanel, qtbot: QtBot) -> None:
    button = panel.findChild(QPushButton, "edit-pain-map")
    assert button is not None
    with qtbot.waitSignal(panel.edit_pain_map_requested, timeout=1000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert button.accessibleName() == "Edit pain map"
