"""The breathing pacer paints the breath it is given: circle, box trace, reduced-motion bar."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QVariantAnimation
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from breathe.engine.practices.steps import Draft, Plan, lay_out
from breathe.engine.runner import Position, Status
from breathe.ui.session.breath_pacer import FADE_MS, GLIDE_SECONDS, BreathPacer

INTRO = Draft(3.0, "intro", "Get comfortable")
IN = Draft(4.0, "inhale", "Breathe in")
HOLD = Draft(4.0, "hold", "Hold")
OUT = Draft(4.0, "exhale", "Breathe out")
BOX = Plan("breathing", "box", {}, lay_out([INTRO, IN, HOLD, OUT, HOLD, IN, HOLD, OUT]))
ACCENT = QColor("#2F6E78")
WINDOW = QColor("#F3F0EA")


def position(plan: Plan, elapsed: float) -> Position:
    i = plan.index_at(elapsed)
    step = plan.steps[i]
    into = min(max(elapsed - step.start, 0.0), step.duration)
    return Position(
        i,
        step,
        into / step.duration,
        step.duration - into,
        elapsed,
        plan.total_seconds,
        Status.RUNNING,
        False,
    )


def pacer_for(qtbot: QtBot, plan: Plan = BOX, **kw: object) -> BreathPacer:
    pacer = BreathPacer(**kw)  # type: ignore[arg-type]
    qtbot.addWidget(pacer)
    pal = pacer.palette()
    pal.setColor(QPalette.ColorRole.Window, WINDOW)
    pal.setColor(QPalette.ColorRole.Highlight, ACCENT)
    pal.setColor(QPalette.ColorRole.Midlight, QColor("#BFD9DB"))
    pal.setColor(QPalette.ColorRole.Mid, QColor("#CFC8BC"))
    pacer.setPalette(pal)
    pacer.resize(400, 400)
    pacer.set_plan(plan)
    return pacer


def image(pacer: BreathPacer) -> QImage:
    return pacer.grab().toImage()


def is_background(img: QImage, x: int, y: int) -> bool:
    return img.pixelColor(QPoint(x, y)).name() == WINDOW.name()


def test_circle_grows_with_the_breath(qtbot: QtBot) -> None:
    pacer = pacer_for(qtbot)
    # 120 px right of the centre: outside the empty-lungs circle, inside the full one
    probe = (200 + 120, 200)
    pacer.show_position(position(BOX, 3.0))
    assert pacer.level == 0.0
    assert is_background(image(pacer), *probe)
    pacer.show_position(position(BOX, 7.0))
    assert pacer.level == pytest.approx(1.0)
    assert not is_background(image(pacer), *probe)
    pacer.show_position(position(BOX, 5.0))
    assert pacer.level == pytest.approx(0.5)


def test_square_trace_puts_the_dot_on_the_right_side(qtbot: QtBot) -> None:
    pacer = pacer_for(qtbot, style="square")
    pacer.show_position(position(BOX, 9.0))  # holding full: middle of the top side
    img = image(pacer)
    # the drawn square spans 26..374 (12 px margin + 14 px inset); the top side is at y=26
    assert img.pixelColor(QPoint(200, 26)).name() == ACCENT.name()
    assert img.pixelColor(QPoint(200, 374)).name() != ACCENT.name()  # the bottom is not lit
    pacer.show_position(position(BOX, 17.0))  # holding empty: middle of the bottom side
    img = image(pacer)
    assert img.pixelColor(QPoint(200, 374)).name() == ACCENT.name()


def test_a_replan_glides_instead_of_jumping(qtbot: QtBot) -> None:
    pacer = pacer_for(qtbot)
    pacer.show_position(position(BOX, 5.0))  # half-way through an inhale
    assert pacer.level == pytest.approx(0.5)
    # "Gentler" at 5.0: the inhale is cut and an exhale starts (it would begin at full)
    gentler = BOX.splice(5.0, [OUT, IN, OUT])
    pacer.set_plan(gentler)
    pacer.show_position(position(gentler, 5.0))
    assert pacer.level == pytest.approx(0.5)  # no jump to 1.0
    levels = [pacer.level]
    for k in range(1, 7):
        pacer.show_position(position(gentler, 5.0 + k * 0.1))
        levels.append(pacer.level)
    steps = [abs(b - a) for a, b in itertools.pairwise(levels)]
    assert max(steps) < 0.2
    pacer.show_position(position(gentler, 5.0 + GLIDE_SECONDS + 0.1))
    from breathe.engine.pacing import breath_level

    assert pacer.level == pytest.approx(breath_level(gentler, 5.0 + GLIDE_SECONDS + 0.1))
    pacer.set_plan(gentler)  # the same plan again is not a re-plan
    pacer.show_position(position(gentler, 6.0))
    assert pacer.level == pytest.approx(breath_level(gentler, 6.0))


def test_reduced_motion_fades_a_still_bar(qtbot: QtBot) -> None:
    pacer = pacer_for(qtbot)
    pacer.set_reduced_motion(True)
    pacer.show_position(position(BOX, 3.0))  # an inhale begins: the bar fills, fading in
    assert pacer.fill_level == pytest.approx(1.0)
    qtbot.waitUntil(
        lambda: pacer._fade.state() == QVariantAnimation.State.Stopped, timeout=FADE_MS * 5
    )
    img = image(pacer)
    assert img.pixelColor(QPoint(200, 200)).name() == ACCENT.name()  # the middle is filled
    pacer.show_position(position(BOX, 7.0))  # hold: nothing changes, nothing fades
    assert pacer._fade.state() == QVariantAnimation.State.Stopped
    pacer.show_position(position(BOX, 11.0))  # exhale: the fill fades out
    assert pacer.fill_level == pytest.approx(0.0)
    assert pacer._fade.state() == QVariantAnimation.State.Running
    image(pacer)  # paints mid-fade without trouble
    pacer.show_position(position(BOX, 13.0))
    qtbot.waitUntil(
        lambda: pacer._fade.state() == QVariantAnimation.State.Stopped, timeout=FADE_MS * 5
    )
    assert is_background(image(pacer), 200, 200)  # the bar is empty again


def test_reduced_motion_mid_fade_starts_from_what_is_shown(qtbot: QtBot) -> None:
    pacer = pacer_for(qtbot)
    pacer.set_reduced_motion(True)
    pacer.show_position(position(BOX, 3.0))
    pacer.show_position(position(BOX, 11.0))  # a new fade before the first one ended
    assert 0.0 <= pacer._fill_from <= 1.0 and pacer.fill_level == 0.0


def test_nothing_to_paint_without_a_plan(qtbot: QtBot) -> None:
    pacer = BreathPacer()
    qtbot.addWidget(pacer)
    pacer.show_position(position(BOX, 5.0))
    assert pacer.level == 0.0
    assert pacer.sizeHint().width() >= pacer.minimumWidth()
    image(pacer)


def test_describes_itself_for_screen_readers(qtbot: QtBot) -> None:
    pacer = pacer_for(qtbot)
    assert pacer.accessibleName() == "Breathing guide"
    assert "circle" in pacer.accessibleDescription()
    pacer.set_reduced_motion(True)
    assert "bar" in pacer.accessibleDescription()


def test_style_can_change_and_must_be_known(qtbot: QtBot) -> None:
    pacer = pacer_for(qtbot)
    assert pacer.pacer_style == "circle" and not pacer.reduced_motion
    pacer.set_style("square")
    assert pacer.pacer_style == "square"
    with pytest.raises(ValueError, match="circle or square"):
        pacer.set_style("spiral")


class Paints(QObject):
    """Counts the paint events a widget receives."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        self.count += event.type() == QEvent.Type.Paint
        return False


def test_under_half_a_pixel_waits_but_each_new_step_is_painted_exactly(qtbot: QtBot) -> None:
    pacer = pacer_for(qtbot)
    pacer.show()
    qtbot.waitExposed(pacer)
    paints = Paints(pacer)
    pacer.show_position(position(BOX, 6.99))  # the end of an in-breath: nearly still
    QApplication.processEvents()
    first = paints.count
    pacer.show_position(position(BOX, 6.995))
    QApplication.processEvents()
    assert paints.count == first  # it grew by a sliver of a pixel: the same picture
    pacer.show_position(position(BOX, 7.0))  # the hold begins: the exact full circle
    QApplication.processEvents()
    assert paints.count > first
    assert pacer.level == 1.0


@pytest.mark.parametrize(("style", "still"), [("circle", 9.5), ("square", 9.0)])
def test_an_unchanged_frame_is_not_painted(qtbot: QtBot, style: str, still: float) -> None:
    pacer = pacer_for(qtbot, style=style)
    pacer.show()
    qtbot.waitExposed(pacer)
    paints = Paints(pacer)
    pacer.show_position(position(BOX, 9.0))  # holding full
    QApplication.processEvents()
    first = paints.count
    pacer.show_position(position(BOX, still))  # the same picture: the circle holds still
    QApplication.processEvents()
    assert paints.count == first
    pacer.show_position(position(BOX, 12.0))  # breathing out: it moves
    QApplication.processEvents()
    assert paints.count > first
