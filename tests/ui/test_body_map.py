"""The body map: the group being practised is lit, done ones soft, skipped ones hatched."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPalette
from pytestqt.qtbot import QtBot

from breathe.engine.practices.relaxation import relaxation_plan
from breathe.engine.practices.steps import Plan
from breathe.engine.runner import SessionRunner
from breathe.ui.relaxation import body_figure as fig
from breathe.ui.relaxation.body_map import BodyMap
from tests.conftest import FakeClock

SIZE = (300, 600)


def inside(part: str, rect: QRectF, *, low: bool = False, high: bool = False) -> QPoint:
    """A widget point well inside ``part`` (optionally near its bottom or its top)."""
    path = fig.figure_paths()[part]
    box = path.boundingRect()
    candidates = []
    steps = 24
    for i in range(1, steps):
        for j in range(1, steps):
            p = QPointF(box.left() + box.width() * i / steps, box.top() + box.height() * j / steps)
            # keep clear of the edges, where separators and antialiasing blend colours
            if all(path.contains(p + QPointF(dx, dy)) for dx in (-3, 0, 3) for dy in (-3, 0, 3)):
                candidates.append(p)
    assert candidates, part
    if low:
        local = max(candidates, key=lambda p: p.y())
    elif high:
        local = min(candidates, key=lambda p: p.y())
    else:
        cx, cy = box.center().x(), box.center().y()
        local = min(candidates, key=lambda p: (p.x() - cx) ** 2 + (p.y() - cy) ** 2)
    return fig.fit(rect).map(local).toPoint()


class Pmr:
    """A body map following a real relaxation plan on the fake clock."""

    def __init__(self, qtbot: QtBot, clock: FakeClock, plan: Plan) -> None:
        self.clock = clock
        self.plan = plan
        self.runner = SessionRunner(plan, clock)
        self.map = BodyMap()
        qtbot.addWidget(self.map)
        self.map.resize(*SIZE)
        self.map.set_plan(plan)
        self.runner.start()
        self.map.show_position(self.runner.position())

    def at(self, t: float) -> None:
        self.clock.now = 1000.0 + t
        self.map.show_position(self.runner.position())

    def colour(self, part: str, **where: bool) -> QColor:
        image: QImage = self.map.grab().toImage()
        point = inside(part, QRectF(self.map.rect()), **where)
        return image.pixelColor(point)

    def step_of(self, kind: str, group: str) -> tuple[float, float]:
        step = next(s for s in self.plan.steps if s.kind == kind and s.group == group)
        return step.start, step.duration


def close(a: QColor, b: QColor, tolerance: int = 12) -> bool:
    return all(abs(x - y) <= tolerance for x, y in zip(a.getRgb()[:3], b.getRgb()[:3], strict=True))


@pytest.fixture
def colors(qtbot: QtBot) -> fig.FigureColors:
    probe = BodyMap()
    qtbot.addWidget(probe)
    return fig.FigureColors.from_palette(probe.palette())


def test_the_highlighted_group_is_the_one_of_the_step_at_time_t(
    qtbot: QtBot, clock: FakeClock
) -> None:
    pmr = Pmr(qtbot, clock, relaxation_plan(groups=16))
    assert pmr.map.current_group() is None  # intro: nothing lit yet
    for t in (12.0, 40.0, 100.0, 200.0, 300.0, 450.0):  # the intro lasts 10 s
        pmr.at(t)
        step = pmr.runner.position().step
        assert pmr.map.current_group() == step.group
        lit = [p for p in fig.PART_IDS if pmr.map.part_state(p) == "current"]
        assert lit == [step.group]
        order = pmr.map.sequence()
        done = {p for p in fig.PART_IDS if pmr.map.part_state(p) == "done"}
        assert done == set(order[: order.index(step.group)])
    pmr.at(pmr.plan.total_seconds - 1)  # the closing rest: everything done, nothing lit
    assert pmr.map.current_group() is None
    assert all(pmr.map.part_state(p) == "done" for p in fig.PART_IDS)


def test_what_is_lit_is_visible_on_screen(
    qtbot: QtBot, clock: FakeClock, colors: fig.FigureColors
) -> None:
    pmr = Pmr(qtbot, clock, relaxation_plan(groups=16))
    start, duration = pmr.step_of("tense", "left-hand")
    pmr.at(start + duration * 0.99)  # the tense fill is full
    assert close(pmr.colour("left-hand"), colors.accent)
    assert close(pmr.colour("right-hand"), colors.done)
    assert close(pmr.colour("forehead"), colors.idle)
    assert not close(colors.accent, colors.idle, 40)
    assert not close(colors.done, colors.idle, 8)


def test_the_figure_is_a_mirror_your_right_hand_on_the_right(qtbot: QtBot) -> None:
    body = BodyMap()
    qtbot.addWidget(body)
    body.resize(*SIZE)
    rect = QRectF(body.rect())
    assert inside("right-hand", rect).x() > body.width() / 2
    assert inside("left-foot", rect).x() < body.width() / 2
    assert inside("forehead", rect).y() < inside("nose", rect).y() < inside("jaw", rect).y()


def test_tense_fills_up_with_time_and_release_softens(
    qtbot: QtBot, clock: FakeClock, colors: fig.FigureColors
) -> None:
    pmr = Pmr(qtbot, clock, relaxation_plan(groups=16))
    start, duration = pmr.step_of("tense", "abdomen")
    pmr.at(start + duration * 0.3)
    assert close(pmr.colour("abdomen", low=True), colors.accent)
    assert close(pmr.colour("abdomen", high=True), colors.accent_soft)
    pmr.at(start + duration * 0.97)
    assert close(pmr.colour("abdomen", high=True), colors.accent)
    start, duration = pmr.step_of("release", "abdomen")
    pmr.at(start + duration * 0.05)
    early = pmr.colour("abdomen")
    pmr.at(start + duration * 0.95)
    late = pmr.colour("abdomen")
    assert close(late, colors.accent_soft)
    assert not close(early, late)


def test_reduced_motion_shows_each_phase_still_without_fill_or_glow(
    qtbot: QtBot, clock: FakeClock, colors: fig.FigureColors
) -> None:
    pmr = Pmr(qtbot, clock, relaxation_plan(groups=16))
    start, duration = pmr.step_of("tense", "abdomen")
    pmr.at(start + 0.5)
    moving_a = pmr.map.grab().toImage()
    pmr.at(start + duration - 0.5)
    moving_b = pmr.map.grab().toImage()
    assert moving_a != moving_b  # fill and glow follow the clock

    pmr.map.set_reduced_motion(True)
    pmr.at(start + 0.5)
    still_a = pmr.map.grab().toImage()
    pmr.at(start + duration - 0.5)
    still_b = pmr.map.grab().toImage()
    assert still_a == still_b
    assert close(pmr.colour("abdomen", high=True), colors.accent)  # tensing: fully lit
    release, _ = pmr.step_of("release", "abdomen")
    pmr.at(release + 1.0)
    assert close(pmr.colour("abdomen"), colors.accent_soft)  # releasing: softened at once


def test_skipped_groups_leave_the_sequence_and_are_hatched(
    qtbot: QtBot, clock: FakeClock, colors: fig.FigureColors
) -> None:
    pmr = Pmr(qtbot, clock, relaxation_plan(groups=16, skip=["left-calf", "jaw"]))
    order = pmr.map.sequence()
    assert "left-calf" not in order
    assert "jaw" not in order
    assert len(order) == 14
    assert pmr.map.part_state("left-calf") == "skipped"
    assert pmr.map.part_state("jaw") == "skipped"
    # hatching: both the pale fill and the darker hatch lines show inside the region
    image = pmr.map.grab().toImage()
    point = inside("left-calf", QRectF(pmr.map.rect()))
    shades = {image.pixelColor(point + QPoint(dx, 0)).lightness() for dx in range(-6, 7)}
    assert max(shades) - min(shades) > 30
    start, _ = pmr.step_of("tense", "neck")
    pmr.at(start + 1.0)  # past the jaw: it stays skipped, never "done"
    assert pmr.map.part_state("jaw") == "skipped"


def test_a_partly_skipped_merged_group_lights_only_the_parts_still_in_play(
    qtbot: QtBot, clock: FakeClock
) -> None:
    pmr = Pmr(qtbot, clock, relaxation_plan(groups=7, skip=["right-hand"]))
    assert pmr.map.sequence()[0] == "right-arm"
    start, _ = pmr.step_of("tense", "right-arm")
    pmr.at(start + 1.0)
    assert pmr.map.current_group() == "right-arm"
    assert pmr.map.part_state("right-upper-arm") == "current"
    assert pmr.map.part_state("right-hand") == "skipped"


def test_merged_groups_light_all_their_parts(qtbot: QtBot, clock: FakeClock) -> None:
    pmr = Pmr(qtbot, clock, relaxation_plan(groups=4))
    assert pmr.map.sequence() == ["arms", "face-neck", "torso", "legs"]
    start, _ = pmr.step_of("release", "legs")
    pmr.at(start + 1.0)
    lit = {p for p in fig.PART_IDS if pmr.map.part_state(p) == "current"}
    assert lit == {f"{s}-{b}" for s in ("right", "left") for b in ("thigh", "calf", "foot")}
    assert pmr.map.part_state("neck") == "done"
    assert "legs" in pmr.map.accessibleDescription() or "calf" in pmr.map.accessibleDescription()


def test_release_only_plans_light_each_group_as_it_is_noticed(
    qtbot: QtBot, clock: FakeClock
) -> None:
    pmr = Pmr(qtbot, clock, relaxation_plan(groups=7, release_only=True))
    start, _ = pmr.step_of("release", "face")
    pmr.at(start + 2.0)
    assert {p for p in fig.PART_IDS if pmr.map.part_state(p) == "current"} == {
        "forehead",
        "nose",
        "jaw",
    }


@pytest.mark.parametrize("size", [(120, 240), (300, 600), (1400, 900)])
def test_hit_testing_finds_every_region_at_any_size(qtbot: QtBot, size: tuple[int, int]) -> None:
    body = BodyMap()
    qtbot.addWidget(body)
    body.resize(*size)
    rect = QRectF(body.rect())
    for part in fig.PART_IDS:
        assert body.region_at(inside(part, rect)) == part
    assert body.region_at(QPoint(2, 2)) is None
    assert body.region_at(QPointF(size[0] - 2, size[1] / 2)) is None


def test_clicks_report_regions_only_when_interactive(qtbot: QtBot) -> None:
    body = BodyMap()
    qtbot.addWidget(body)
    body.resize(*SIZE)
    body.show()
    clicked: list[str] = []
    body.region_clicked.connect(clicked.append)
    point = inside("neck", QRectF(body.rect()))
    qtbot.mouseClick(body, Qt.MouseButton.LeftButton, pos=point)
    assert clicked == []
    body.set_interactive(True)
    qtbot.mouseClick(body, Qt.MouseButton.LeftButton, pos=point)
    assert clicked == ["neck"]


def test_groups_named_without_a_side_mean_both_sides() -> None:
    assert fig.parts_of("calf") == ("right-calf", "left-calf")
    assert fig.parts_of("right-calf") == ("right-calf",)
    assert fig.parts_of("face") == ("forehead", "nose", "jaw")
    assert fig.parts_of("elbow") == ()
    assert fig.parts_of(None) == ()
    assert fig.part_name("right-upper-arm") == "Right upper arm"


@pytest.mark.parametrize("dark", [False, True])
def test_side_labels_keep_wcag_aa_contrast_in_light_and_dark(dark: bool) -> None:
    palette = QPalette()
    window, text = ("#1f2326", "#e6e9eb") if dark else ("#efefef", "#000000")
    palette.setColor(QPalette.ColorRole.Window, QColor(window))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(text))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#8a8a8a"))  # too faint here
    colors = fig.FigureColors.from_palette(palette)
    assert fig.contrast(colors.text, colors.window) >= 4.5
    assert fig.contrast(fig.soft_text(palette, 0.9), colors.window) >= 4.5
    assert colors.text != palette.color(QPalette.ColorRole.WindowText)  # still a softer tone


def test_secondary_text_is_the_themes_muted_colour_when_it_reads_well() -> None:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#F3F0EA"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#1F2A33"))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#4F5B63"))
    assert fig.soft_text(palette) == QColor("#4F5B63")


def test_hovering_an_area_names_it_and_shows_a_pointing_hand(qtbot: QtBot) -> None:
    body = BodyMap()
    qtbot.addWidget(body)
    body.resize(*SIZE)
    body.set_interactive(True)
    body.show()
    qtbot.waitExposed(body)
    qtbot.mouseMove(body, inside("right-calf", QRectF(body.rect())))
    assert body.cursor().shape() == Qt.CursorShape.PointingHandCursor
    assert body.toolTip() == "Right calf"
    qtbot.mouseMove(body, QPoint(2, 2))
    assert body.cursor().shape() == Qt.CursorShape.ArrowCursor
    assert body.toolTip() == ""


def test_done_areas_look_plainly_unlike_the_one_practised_now(
    qtbot: QtBot, clock: FakeClock, colors: fig.FigureColors
) -> None:
    from breathe.ui.theme import palette_for, qpalette

    pmr = Pmr(qtbot, clock, relaxation_plan(groups=16))
    pmr.map.setPalette(qpalette(palette_for("light", False)))  # whatever tests ran before
    start, duration = pmr.step_of("release", "left-hand")
    pmr.at(start + duration * 0.99)  # the end of a release: "now" at its softest
    now, done = pmr.colour("left-hand"), pmr.colour("right-hand")
    assert not close(now, done, 30)

    for dark in (False, True):  # done is a quiet grey; now is the accent, even at its softest
        themed = fig.FigureColors.from_palette(
            qpalette(palette_for("dark" if dark else "light", dark))
        )
        assert themed.done.hsvSaturationF() < 0.1 < themed.accent_soft.hsvSaturationF()


@pytest.mark.parametrize("size", [(120, 240), (300, 600), (1400, 900)])
def test_left_and_right_are_whole_words_clear_of_the_legs(size: tuple[int, int]) -> None:
    rect = QRectF(0, 0, *size)
    labels = fig.side_labels(rect, QFont())
    assert [label.word for label in labels] == ["Left", "Right"]  # never "L" and "R"
    transform = fig.fit(rect)
    paths = fig.figure_paths()
    for label in labels:
        from PySide6.QtGui import QFontMetricsF

        width = QFontMetricsF(label.font).horizontalAdvance(label.word)
        assert label.box.width() >= width or label.font.pixelSize() == fig.MIN_LABEL_PX
        for part in ("left-calf", "right-calf", "left-thigh", "right-thigh"):
            assert (
                not transform.map(paths[part])
                .boundingRect()
                .intersects(
                    label.box.adjusted(0, label.box.height() / 3, 0, -label.box.height() / 3)
                )
            ), (label.word, part)


def test_the_session_legend_names_what_the_looks_mean(qtbot: QtBot) -> None:
    from breathe.ui.relaxation.session_map import SessionBodyMap

    pacer = SessionBodyMap()
    qtbot.addWidget(pacer)
    pacer.set_plan(relaxation_plan(groups=16))
    assert pacer.legend.shown() == ["Now", "Done", "Still to come"]
    pacer.set_plan(relaxation_plan(groups=16, skip=["left-hand"], gentle=["jaw"]))
    assert pacer.legend.shown() == ["Now", "Done", "Still to come", "Gently", "Skipped"]
