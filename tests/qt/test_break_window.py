"""The break window, clicked, typed at and counted down on a fake clock."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from postureapp.core.clock import FakeClock
from postureapp.core.exercises import Library, load_library, plan_break
from postureapp.core.exercises.pacing import pace
from postureapp.core.session import BreakSession
from postureapp.paths import assets_dir
from postureapp.ui.break_window import KEY_GUARD_S, BreakWindow


def make_window(
    qtbot: QtBot, library: Library, clock: FakeClock, ident: str = "twist", **kw
) -> BreakWindow:  # type: ignore[no-untyped-def]
    session = BreakSession(plan_break("short", [library.exercises[ident]]), clock.monotonic())
    window = BreakWindow(session, clock, **kw)
    qtbot.addWidget(window)
    window.present()
    return window


def take_keyboard(qtbot: QtBot, window: BreakWindow, clock: FakeClock) -> None:
    """As when the user stopped typing: the window becomes active; half a second later keys count."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    clock.advance(KEY_GUARD_S + 0.1)


def test_it_shows_the_exercise_step_side_cue_and_countdowns(
    qtbot: QtBot, library: Library, clock: FakeClock
) -> None:
    window = make_window(qtbot, library, clock)
    assert window.kicker.text() == "SHORT BREAK"
    assert window.title.text() == "Title twist"
    assert window.instruction.text() == "Step 1 of twist."
    assert window.progress_line.text() == "Right side  —  Step 1 of 4"
    assert window.cue_label.text() == "Breathe out"
    assert window.countdown.text() == "0:05"
    assert window.total_label.text() == "0:16 left"
    assert window.caution.text() == "⚠  Stop if it hurts."
    assert window.picture.path is not None and window.picture.path.name == "pic.svg"
    assert window.picture.mirrored is False


def test_the_countdown_moves_through_the_steps_and_mirrors_the_left_side(
    qtbot: QtBot, library: Library, clock: FakeClock
) -> None:
    window = make_window(qtbot, library, clock)
    clock.advance(2)
    window.tick()
    assert (
        window.countdown.text() == "0:03" and window.next_label.text() == "Next: Step 2 of twist."
    )
    clock.advance(3.5)
    window.tick()
    assert window.progress_line.text().endswith("Step 2 of 4") and window.countdown.text() == "0:03"
    clock.advance(3)
    window.tick()
    assert window.progress_line.text() == "Left side  —  Step 3 of 4"
    assert window.picture.mirrored is True
    assert window.total_label.text() == "0:08 left"


def test_the_ring_empties_as_the_step_goes_by(
    qtbot: QtBot, library: Library, clock: FakeClock
) -> None:
    window = make_window(qtbot, library, clock)
    assert window.countdown.fraction == pytest.approx(1.0)
    clock.advance(2.5)
    window.tick()
    assert window.countdown.fraction == pytest.approx(0.5)


def test_a_long_suspend_lands_on_the_right_step_not_one_tick_later(
    qtbot: QtBot, library: Library, clock: FakeClock
) -> None:
    window = make_window(qtbot, library, clock)
    clock.advance(13.2)  # the countdown is computed from the session, not decremented
    window.tick()
    assert window.progress_line.text().endswith("Step 4 of 4") and window.countdown.text() == "0:03"


def test_the_window_shows_the_end_it_is_told_of_and_then_goes(
    qtbot: QtBot, library: Library, clock: FakeClock
) -> None:
    window = make_window(qtbot, library, clock)
    clock.advance(16)
    window.tick()
    assert window.countdown.text() == "0:00" and window.isVisible(), "the window ends nothing"
    with qtbot.waitSignal(window.destroyed, timeout=3000):  # after a moment of "well done"
        window.end("completed")
        assert window.countdown.text() == "✓" and not window.done_button.isEnabled()


@pytest.mark.parametrize(
    ("button", "outcome"),
    [
        ("skip_button", "skipped"),
        ("snooze_button", "snoozed"),
        ("done_button", "completed"),
        ("hurt_button", "stopped"),
    ],
)
def test_each_button_reports_its_choice(
    qtbot: QtBot, library: Library, clock: FakeClock, button: str, outcome: str
) -> None:
    window = make_window(qtbot, library, clock)
    with qtbot.waitSignal(window.chosen) as done:
        qtbot.mouseClick(getattr(window, button), Qt.MouseButton.LeftButton)
    assert done.args == [outcome]


def test_no_button_has_the_keyboard_when_the_window_takes_it(
    qtbot: QtBot, library: Library, clock: FakeClock
) -> None:
    window = make_window(qtbot, library, clock)
    take_keyboard(qtbot, window, clock)
    assert not any(button.hasFocus() for button in window.findChildren(QPushButton))
    with qtbot.assertNotEmitted(window.chosen):
        for key in (Qt.Key.Key_S, Qt.Key.Key_Space, Qt.Key.Key_D, Qt.Key.Key_Return):
            qtbot.keyClick(window, key)
        qtbot.keyClicks(window, "so what, hello world")


def test_keys_in_the_first_half_second_are_ignored_even_escape(
    qtbot: QtBot, library: Library, clock: FakeClock
) -> None:
    window = make_window(qtbot, library, clock)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    with qtbot.assertNotEmitted(window.chosen):
        qtbot.keyClick(window, Qt.Key.Key_Escape)
        qtbot.keyClick(window.snooze_button, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    clock.advance(KEY_GUARD_S + 0.1)
    with qtbot.waitSignal(window.chosen) as done:
        qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert done.args == ["skipped"]


def test_tab_then_enter_presses_the_focused_button(
    qtbot: QtBot, library: Library, clock: FakeClock
) -> None:
    window = make_window(qtbot, library, clock)
    take_keyboard(qtbot, window, clock)
    window.snooze_button.setFocus(Qt.FocusReason.TabFocusReason)
    with qtbot.waitSignal(window.chosen) as done:
        qtbot.keyClick(window.snooze_button, Qt.Key.Key_Return)
    assert done.args == ["snoozed"]


def test_strict_mode_leaves_only_this_hurts(
    qtbot: QtBot, library: Library, clock: FakeClock
) -> None:
    window = make_window(qtbot, library, clock, strict=True)
    take_keyboard(qtbot, window, clock)
    for button in (window.skip_button, window.snooze_button, window.done_button):
        assert not button.isVisible()
    assert window.hurt_button.isVisible()
    with qtbot.assertNotEmitted(window.chosen):
        qtbot.keyClick(window, Qt.Key.Key_Escape)
        window.close()
    assert window.isVisible()
    with qtbot.waitSignal(window.chosen) as done:
        qtbot.mouseClick(window.hurt_button, Qt.MouseButton.LeftButton)
    assert done.args == ["stopped"]


def test_snooze_is_disabled_past_the_cap(qtbot: QtBot, library: Library, clock: FakeClock) -> None:
    window = make_window(qtbot, library, clock, can_snooze=False)
    assert window.snooze_button.isVisible() and not window.snooze_button.isEnabled()


def test_the_window_says_once_to_stop_if_anything_hurts(
    qtbot: QtBot, library: Library, clock: FakeClock
) -> None:
    window = make_window(qtbot, library, clock)
    texts = [label.text() for label in window.findChildren(QLabel)]
    assert sum("Stop at once if anything hurts" in text for text in texts) == 1


def test_content_is_exposed_as_text_and_buttons_have_names_and_descriptions(
    qtbot: QtBot, library: Library, clock: FakeClock
) -> None:
    window = make_window(qtbot, library, clock)
    for label in window.findChildren(QLabel):
        # A label's accessible name is its text unless a fixed name hides it.
        assert not label.accessibleName() or label.accessibleName() == label.text()
    for button in window.findChildren(QPushButton):
        assert button.accessibleName() and button.accessibleDescription(), button.text()
    assert window.countdown.accessibleName() == "0:05"


@pytest.fixture(scope="module")
def builtins() -> Library:
    found = load_library(assets_dir() / "exercises", assets_dir() / "illustrations", None)
    assert not found.problems
    return found


def widgets_geometry(window: BreakWindow) -> list[tuple[str, QRect]]:
    parts = (
        "kicker", "total_label", "title", "progress_line", "picture", "countdown",
        "instruction", "cue_label", "next_label", "caution", "stop_note", "hurt_button",
        "done_button",
    )  # fmt: skip
    return [(name, getattr(window, name).geometry()) for name in parts]


@pytest.mark.parametrize(
    "area", [QRect(0, 0, 1366, 740), QRect(0, 0, 1920, 1050)], ids=["1366x768", "3840x2160@2"]
)
def test_nothing_moves_and_nothing_is_clipped_across_every_step(
    qtbot: QtBot, builtins: Library, clock: FakeClock, area: QRect
) -> None:
    for kind, exercises in [("short", [ex]) for ex in builtins.exercises.values()] + [
        ("long", list(builtins.exercises.values())[:5])
    ]:
        target = 40 if kind == "short" else 300
        session = BreakSession(plan_break(kind, pace(exercises, target)), clock.monotonic())
        window = BreakWindow(session, clock)
        qtbot.addWidget(window)
        window.lay_out(area)
        window.show()
        assert window.width() <= area.width() and window.height() <= area.height() - 32
        first = None
        for step in session.plan.steps:
            for moment in (0.0, step.seconds - 0.5):  # as it begins, and as the next is announced
                clock.advance(moment)
                window.tick()
                geometry = widgets_geometry(window)
                first = first or geometry
                assert geometry == first, (exercises[0].id, step.step_number)
                for label in window.findChildren(QLabel):
                    if label.wordWrap() and label.text():
                        needed = label.heightForWidth(label.width())
                        assert needed <= label.height(), (exercises[0].id, label.text())
            clock.advance(0.5)
        window.close()
