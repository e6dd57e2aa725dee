"""The figure view: every built-in step painted in both themes, reduce motion, and a timer that
runs only while a visible figure moves."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage, QPalette
from pytestqt.qtbot import QtBot

from postureapp.core.clock import FakeClock
from postureapp.core.exercises import load_library, plan_break
from postureapp.core.pose import Pose, PoseSpec
from postureapp.core.session import BreakSession
from postureapp.ui.break_window import BreakWindow
from postureapp.ui.figure import BREATHE_AFTER, FigureView, move_seconds

ASSETS = Path(__file__).resolve().parents[2] / "assets"
LIBRARY = load_library(ASSETS / "exercises", ASSETS / "illustrations", None)
STEPS = [
    (f"{ex.id}[{n}]", step.pose)
    for ex in sorted(LIBRARY.exercises.values(), key=lambda e: e.id)
    for n, step in enumerate(ex.steps, start=1)
    if step.pose is not None
]
NOD = PoseSpec("side", Pose.of("seated"), Pose.of("seated", {"neck.flex": 25}), arrow=("nose",))
REACH = PoseSpec("front", Pose.of("seated"), Pose.of("seated", {"arms.raise": 175}))


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def themed(dark: bool) -> QPalette:
    palette = QPalette()
    window, text = ("#202124", "#e8eaed") if dark else ("#f2f2f2", "#202020")
    palette.setColor(QPalette.ColorRole.Window, QColor(window))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(text))
    return palette


def painted(view: FigureView) -> QImage:
    image = QImage(view.size(), QImage.Format.Format_ARGB32)
    image.fill(view.palette().color(QPalette.ColorRole.Window))
    view.render(image)
    return image


def ink(image: QImage, background: QColor) -> tuple[int, tuple[int, int, int, int]]:
    """How many sampled pixels differ from the background, and the box they fill."""
    count, xs, ys = 0, [], []
    bg = background.rgb()
    for y in range(0, image.height(), 3):
        for x in range(0, image.width(), 3):
            if image.pixel(x, y) != bg:
                count += 1
                xs.append(x)
                ys.append(y)
    return count, (min(xs), min(ys), max(xs), max(ys)) if xs else (0, 0, 0, 0)


@pytest.fixture
def view(qtbot: QtBot) -> FigureView:
    widget = FigureView(clock=Clock())
    widget.resize(472, 315)
    qtbot.addWidget(widget)
    return widget


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_every_built_in_step_paints_a_figure_inside_the_view(view: FigureView, dark: bool) -> None:
    view.setPalette(themed(dark))
    background = themed(dark).color(QPalette.ColorRole.Window)
    view.set_reduce_motion(True)  # the end pose over the start pose, both must fit
    for name, spec in STEPS:
        assert view.show_step(spec, mirrored=name.endswith("[2]"), seconds=5)
        count, (left, top, right, bottom) = ink(painted(view), background)
        assert count > 700, f"{name}: only {count} pixels drawn"
        assert left >= 2 and top >= 2 and right <= view.width() - 3, name
        if not spec.close_up:  # a close-up crops the figure at the hips on purpose
            assert bottom <= view.height() - 3, name


def test_the_accent_and_the_body_read_on_both_themes(view: FigureView) -> None:
    for dark in (False, True):
        view.setPalette(themed(dark))
        colours = view.colours()
        window = colours.background
        for role in ("body", "accent"):
            fill = colours.fills[role]
            assert abs(fill.lightnessF() - window.lightnessF()) > 0.2, (dark, role)
        assert colours.fills["accent"].hueF() != colours.fills["body"].hueF()


def test_reduce_motion_shows_the_start_faintly_behind_the_end_and_never_animates(
    qtbot: QtBot, view: FigureView
) -> None:
    view.show()
    qtbot.waitExposed(view)
    background = view.palette().color(QPalette.ColorRole.Window)
    view.set_reduce_motion(True)
    view.show_step(REACH, seconds=6)
    assert not view.animating
    with_ghost = ink(painted(view), background)[0]
    view.set_reduce_motion(False)
    view._clock.now += 60  # type: ignore[attr-defined]  # long after: the end pose alone
    end_only = ink(painted(view), background)[0]
    assert with_ghost > end_only + 100, "the start pose shows behind the end pose"


def test_the_figure_moves_then_holds_and_the_timer_stops(qtbot: QtBot, view: FigureView) -> None:
    clock: Clock = view._clock  # type: ignore[assignment]
    view.show()
    qtbot.waitExposed(view)
    view.show_step(NOD, seconds=6, cue="exhale")
    assert view.animating and view.progress() == (0.0, 0.0)
    clock.now += move_seconds(6) / 2
    assert 0.4 < view.progress()[0] < 0.6
    clock.now += move_seconds(6)
    with qtbot.waitSignal(view._timer.timeout, timeout=1000):
        pass
    assert view.progress() == (1.0, 0.0)
    assert not view.animating, "the hold needs no timer"


def test_a_long_breathing_hold_breathes_gently_until_the_step_ends(
    qtbot: QtBot, view: FigureView
) -> None:
    clock: Clock = view._clock  # type: ignore[assignment]
    view.show()
    qtbot.waitExposed(view)
    view.show_step(NOD, seconds=int(BREATHE_AFTER) + 10, cue="breathe")
    clock.now += move_seconds(BREATHE_AFTER + 10) + 1.25
    assert view.progress()[0] == 1.0 and view.progress()[1] > 0.2
    assert view.animating
    clock.now += 20
    view._advance()
    assert not view.animating, "nothing moves once the step is over"


def test_the_timer_stops_when_the_view_hides_and_comes_back_when_shown(
    qtbot: QtBot, view: FigureView
) -> None:
    view.show()
    qtbot.waitExposed(view)
    view.show_step(NOD, seconds=8, cue="exhale")
    assert view.animating
    view.hide()
    assert not view.animating
    view.show()
    assert view.animating
    view.clear()
    assert not view.animating


def test_a_hidden_view_never_starts_its_timer(view: FigureView) -> None:
    view.show_step(NOD, seconds=8, cue="exhale")
    assert not view.isVisible() and not view.animating


def test_a_custom_pack_picture_is_still_shown_and_mirrored(
    tmp_path: Path, view: FigureView
) -> None:
    picture = tmp_path / "mine.svg"
    picture.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">'
        '<rect x="0" y="0" width="5" height="10" fill="#c00"/></svg>'
    )
    assert view.show_step(picture, mirrored=True, seconds=5)
    assert view.path == picture and view.mirrored and not view.animating
    image = painted(view)
    # mirrored: the red half is on the right
    assert QColor(image.pixel(view.width() - 120, view.height() // 2)).red() > 150
    assert not view.show_step(tmp_path / "missing.png")


def test_the_break_window_moves_the_figure_only_while_it_is_on_screen(
    qtbot: QtBot, clock: FakeClock
) -> None:
    exercise = LIBRARY.exercises["chin-tuck"]
    session = BreakSession(plan_break("short", [exercise]), clock.monotonic())
    window = BreakWindow(session, clock)
    qtbot.addWidget(window)
    assert not window.picture.animating, "nothing moves before the break is on screen"
    window.present()
    qtbot.waitExposed(window)
    assert window.picture.spec == exercise.steps[0].pose
    assert window.picture.animating
    with qtbot.waitSignal(window.chosen) as chosen:
        window.skip_button.click()
    window.end(chosen.args[0])  # what the controller does with the choice
    assert not window.picture.animating, "nothing moves once the break is over"


def test_the_figure_has_an_outline_in_the_outline_colour(view: FigureView) -> None:
    view.show_step(NOD, seconds=5)
    view.set_reduce_motion(True)
    image = painted(view)
    outline = view.colours().outline

    def near(rgb: int) -> bool:
        colour = QColor(rgb)
        return (
            abs(colour.red() - outline.red())
            + abs(colour.green() - outline.green())
            + abs(colour.blue() - outline.blue())
        ) < 60

    count = sum(
        1
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if near(image.pixel(x, y))
    )
    assert count > 150, f"the body's shapes are outlined ({count})"
