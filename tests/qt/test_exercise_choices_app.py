"""In the running app: "Not this one again" and "More like this" from a break window become
settings (saved, undoable), and an exercise file changed while the app runs is offered at the
next break."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from postureapp import app as app_module
from postureapp.core.clock import FakeClock
from postureapp.core.exercises import Library, load_library, movement_reminder, plan_break
from postureapp.core.exercises.pacing import pace
from postureapp.core.session import BreakSession
from postureapp.paths import AppPaths, assets_dir
from postureapp.ui.break_window import KEY_GUARD_S, BreakWindow

PICTURE = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"/>'
DOORWAY = """\
id = "doorway"
title = "Title doorway"
summary = "Summary."
areas = ["upper-back"]
movement = "rotation"
position = "seated"
suits = ["short", "long"]
sides = "none"
cautions = ["Stop if it hurts."]

[[steps]]
text = "Turn."
seconds = 8
illustration = "pic.svg"

[[steps]]
text = "Back."
seconds = 8
illustration = "pic.svg"
"""
App = app_module.PostureApp


@pytest.fixture
def paths(app_home: Path) -> AppPaths:
    paths = AppPaths.from_environment()
    paths.ensure()
    return paths


@pytest.fixture
def make_app(qtbot: QtBot, paths: AppPaths) -> Iterator[Callable[[], App]]:
    built: list[App] = []

    def make() -> App:
        (paths.state_dir / "safety.json").write_text('{"version": 1, "welcome_shown": true}')
        qapp = QApplication.instance()
        assert isinstance(qapp, QApplication)
        app = App(qapp, paths, FakeClock(datetime.now().astimezone()), idle=lambda: None,
                  tray_wait_ms=0)  # fmt: skip
        assert app.claim()
        app.build()
        app.start()
        built.append(app)
        return app

    yield make
    for app in built:
        if app.window is not None:
            app.window.close()
        app.controller.stop()
        app.server.close()
        app.breaks.close()
        app.status_window.close()
        for box in list(app.message_boxes):
            box.close()


def window_of(app: App) -> BreakWindow:
    assert app.window is not None
    return app.window


def test_not_this_one_again_is_saved_undone_in_the_break_and_never_offered(
    make_app: Callable[[], App], paths: AppPaths
) -> None:
    app = make_app()
    assert app.controller.take_break(kind="short", exercise_id="chin-tuck")
    choices = window_of(app).choices
    assert choices.never_button.isVisible() and choices.exercise == "chin-tuck"
    choices.never_button.click()
    assert app.controller.settings.weights == (("chin-tuck", 0),)
    assert "weights = { chin-tuck = 0 }" in paths.settings_file.read_text()
    assert "chin-tuck" not in app.controller.offer.enabled_ids(app.controller.settings)
    assert not choices.more_button.isEnabled()

    choices.never_button.click()  # changed my mind, in the same break
    assert app.controller.settings.weights == ()
    choices.never_button.click()
    window_of(app).done_button.click()
    for _ in range(12):  # no later break offers it
        app.clock.advance(60)
        assert app.controller.take_break(kind="short")
        assert app.controller.active is not None
        assert "chin-tuck" not in app.controller.active.plan.exercise_ids
        window_of(app).skip_button.click()


def test_more_like_this_raises_the_weight_one_step_and_takes_it_back(
    make_app: Callable[[], App],
) -> None:
    app = make_app()
    app.settings.apply(app.controller.settings.replace(weights=(("head-turn", 2),)))
    assert app.controller.take_break(kind="short", exercise_id="head-turn")
    more = window_of(app).choices.more_button
    more.click()
    assert app.controller.settings.weights == (("head-turn", 3),)
    more.click()
    assert app.controller.settings.weights == (("head-turn", 2),)
    window_of(app).skip_button.click()

    app.settings.apply(app.controller.settings.replace(weights=()))
    for weight in (2, 3, 3):  # once per break: a step each time, up to the most
        app.clock.advance(60)
        assert app.controller.take_break(kind="short", exercise_id="head-turn")
        window_of(app).choices.more_button.click()
        assert app.controller.settings.weights == (("head-turn", weight),)
        window_of(app).skip_button.click()


def test_the_toggles_follow_the_exercise_on_screen_and_keep_the_window_still(
    qtbot: QtBot, clock: FakeClock
) -> None:
    library = load_library(assets_dir() / "exercises", assets_dir() / "illustrations", None)
    exercises = [library.exercises[i] for i in ("chin-tuck", "head-turn", "seated-twist")]
    session = BreakSession(plan_break("long", pace(exercises, 240)), clock.monotonic())
    window = BreakWindow(session, clock)
    qtbot.addWidget(window)
    window.lay_out(QRect(0, 0, 1366, 740))
    window.show()
    window.tick()
    seen: list[tuple[str, bool]] = []
    window.choices.not_again.connect(lambda ex, on: seen.append((ex, on)))
    window.choices.never_button.click()
    first = window.choices.geometry(), window.choices.never_button.geometry()
    exercises_seen = set()
    for step in session.plan.steps[:-1]:
        clock.advance(step.seconds)
        window.tick()
        assert (window.choices.geometry(), window.choices.never_button.geometry()) == first
        on_screen = window.choices.exercise
        exercises_seen.add(on_screen)
        assert window.choices.never_button.isChecked() == (on_screen == "chin-tuck")
    assert exercises_seen == {"chin-tuck", "head-turn", "seated-twist"}
    assert seen == [("chin-tuck", True)]


def test_plain_keys_never_press_the_toggles_but_alt_does_after_the_guard(
    qtbot: QtBot, clock: FakeClock, library: Library
) -> None:
    session = BreakSession(plan_break("short", [library.exercises["tuck"]]), clock.monotonic())
    window = BreakWindow(session, clock)
    qtbot.addWidget(window)
    window.present()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    with qtbot.assertNotEmitted(window.choices.not_again):
        qtbot.keyClicks(window, "nm no more")
        qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # too soon
    clock.advance(KEY_GUARD_S + 0.1)
    with qtbot.waitSignal(window.choices.not_again) as pressed:
        qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    assert pressed.args == ["tuck", True]


def test_the_stand_up_reminder_has_no_toggles(qtbot: QtBot, clock: FakeClock) -> None:
    reminder = movement_reminder("Stand up and move", "Walk a little.", 40)
    window = BreakWindow(BreakSession(plan_break("short", [reminder]), clock.monotonic()), clock)
    qtbot.addWidget(window)
    window.present()
    assert not window.choices.never_button.isVisible()
    assert not window.choices.more_button.isVisible()


def test_an_exercise_file_written_while_the_app_runs_comes_in_the_next_break(
    make_app: Callable[[], App], paths: AppPaths, qtbot: QtBot
) -> None:
    app = make_app()
    folder = paths.custom_exercises_dir
    assert folder.is_dir(), "watched from the start"
    (folder / "pic.svg").write_text(PICTURE)
    (folder / "doorway.toml").write_text(DOORWAY)
    qtbot.waitUntil(lambda: "doorway" in app.controller.library.exercises, timeout=5000)
    assert app.controller.take_break(kind="short", exercise_id="doorway")
    assert window_of(app).title.text() == "Title doorway"
    window_of(app).skip_button.click()

    # Edited in place (no new folder entry): seen too.
    text = (folder / "doorway.toml").read_text().replace("Title doorway", "Doorway stretch")
    (folder / "doorway.toml").write_text(text)
    qtbot.waitUntil(
        lambda: app.controller.library.exercises["doorway"].title == "Doorway stretch",
        timeout=5000,
    )
    # A mistake is told once, and the rest still loads.
    (folder / "broken.toml").write_text('id = "broken"\n')
    qtbot.waitUntil(
        lambda: any("broken.toml" in box.text() for box in app.message_boxes), timeout=5000
    )
    told = [box.text() for box in app.message_boxes if "broken.toml" in box.text()]
    (folder / "doorway.toml").write_text(text.replace("Summary.", "A summary."))
    qtbot.waitUntil(
        lambda: app.controller.library.exercises["doorway"].summary == "A summary.", timeout=5000
    )
    assert [box.text() for box in app.message_boxes if "broken.toml" in box.text()] == told


def test_the_tray_and_the_history_window_open_the_exercises(
    make_app: Callable[[], App], qtbot: QtBot
) -> None:
    app = make_app()
    app.actions.exercises.trigger()
    window = app.windows.get("exercises")
    assert window is not None and window.isVisible()
    window.close()
    qtbot.waitUntil(lambda: app.windows.get("exercises") is None)
    app.actions.history.trigger()
    history = app.windows.get("history")
    assert history is not None
    history.exercises_button.click()  # type: ignore[attr-defined]
    assert app.windows.get("exercises") is not None
    menu = app.actions.build_menu()
    texts = [action.text() for action in menu.actions()]
    assert texts.index("Exercises…") == texts.index("History…") + 1
