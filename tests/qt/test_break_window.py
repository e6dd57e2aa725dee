"""The break window, clicked and counted down on a fake clock."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from postureapp.core.clock import FakeClock
from postureapp.core.exercises import Library, plan_break
from postureapp.core.session import BreakSession
from postureapp.ui.break_window import BreakWindow


def make_window(
    qtbot: QtBot, library: Library, clock: FakeClock, ident: str = "twist", **kw
) -> BreakWindow:  # type: ignore[no-untyped-def]
    session = BreakSession(plan_break("short", [library.exercises[ident]]), clock.monotonic())
    window = BreakWindow(session, clock, **kw)
    qtbot.addWidget(window)
    window.present()
    return window


def test_it_shows_the_exercise_step_side_cue_and_countdowns(
    qtbot: QtBot, library: Library, clock: FakeClock
) -> None:
    window = make_window(qtbot, library, clock)
    assert window.title.text() == "Title twist"
    assert window.instruction.text() == "Step 1 of twist."
    assert window.step_label.text() == "Step 1 of 4  ·  Right side"
    assert window.cue_label.text() == "Breathe out"
    assert window.countdown.text() == "0:05"
    assert window.total_label.text() == "Break: 0:16 left"
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
    assert window.step_label.text().startswith("Step 2 of 4") and window.countdown.text() == "0:03"
    clock.advance(3)
    window.tick()
    assert window.step_label.text() == "Step 3 of 4  ·  Left side"
    assert window.picture.mirrored is True
    assert window.total_label.text() == "Break: 0:08 left"


def test_a_long_suspend_lands_on_the_right_step_not_one_tick_later(
    qtbot: QtBot, library: Library, clock: FakeClock
) -> None:
    window = make_window(qtbot, library, clock)
    clock.advance(13.2)  # the countdown is computed from deadlines, not decremented
    window.tick()
    assert window.step_label.text().startswith("Step 4 of 4") and window.countdown.text() == "0:03"


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


def test_skip_snooze_and_done_buttons_report_the_choice(
    qtbot: QtBot, library: Library, clock: FakeClock
) -> None:
    for button, outcome in (
        ("skip_button", "skipped"),
        ("snooze_button", "snoozed"),
        ("done_button", "completed"),
    ):
        window = make_window(qtbot, library, clock)
        with qtbot.waitSignal(window.chosen) as done:
            qtbot.mouseClick(getattr(window, button), Qt.MouseButton.LeftButton)
        assert done.args == [outcome]


def test_keyboard_escape_skips_and_s_snoozes(
    qtbot: QtBot, library: Library, clock: FakeClock
) -> None:
    window = make_window(qtbot, library, clock)
    window.activateWindow()
    with qtbot.waitSignal(window.chosen) as done:
        qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert done.args[0] == "skipped"
    window = make_window(qtbot, library, clock)
    with qtbot.waitSignal(window.chosen) as done:
        qtbot.keyClick(window, Qt.Key.Key_S)
    assert done.args[0] == "snoozed"


def test_strict_mode_offers_neither_skip_nor_snooze(
    qtbot: QtBot, library: Library, clock: FakeClock
) -> None:
    window = make_window(qtbot, library, clock, strict=True)
    assert not window.skip_button.isVisible() and not window.snooze_button.isVisible()
    with qtbot.assertNotEmitted(window.chosen):
        qtbot.keyClick(window, Qt.Key.Key_Escape)
        window.close()
    assert window.isVisible()
    with qtbot.waitSignal(window.chosen):
        qtbot.mouseClick(window.done_button, Qt.MouseButton.LeftButton)


def test_snooze_is_disabled_past_the_cap(qtbot: QtBot, library: Library, clock: FakeClock) -> None:
    window = make_window(qtbot, library, clock, can_snooze=False)
    assert window.snooze_button.isVisible() and not window.snooze_button.isEnabled()


def test_every_control_has_an_accessible_name(
    qtbot: QtBot, library: Library, clock: FakeClock
) -> None:
    from PySide6.QtWidgets import QLabel, QPushButton

    window = make_window(qtbot, library, clock)
    for widget in window.findChildren(QPushButton) + window.findChildren(QLabel):
        assert widget.accessibleName(), widget.objectName() or widget.text()
