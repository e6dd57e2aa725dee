"""A person builds their own exercise in the running app, start to finish: two steps on both
sides, one with the posed figure dragged into place and one with a picture of their own; it is
checked as they type, tried in a real break window, saved, exported, and imported into a fresh
home, where a break then shows it."""

from __future__ import annotations

import base64
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from postureapp import app as app_module
from postureapp.core.clock import FakeClock
from postureapp.core.exercises import validate_path
from postureapp.core.exercises.draft import Draft
from postureapp.core.pose.handles import angle_of
from postureapp.paths import AppPaths
from postureapp.ui.exercise_editor import ExerciseEditor
from postureapp.ui.exercises_window import ExercisesWindow

App = app_module.PostureApp
WAVE_GIF = base64.b64decode(
    "R0lGODlhEAAQAPAAAP8AAAAAACH5BAAKAAAAIf8LTkVUU0NBUEUyLjADAQAAACwAAAAAEAAQAAACDoSPqcvtD6Oc"
    "tNqLsz4FACH5BAAKAAAALAAAAAAQABAAgAAA/wAAAAIOhI+py+0Po5y02ouzPgUAOw=="
)


@pytest.fixture
def make_app(qtbot: QtBot, tmp_path: Path) -> Iterator[Callable[[str], App]]:
    built: list[App] = []

    def make(home: str) -> App:
        paths = AppPaths.from_environment({"POSTUREAPP_HOME": str(tmp_path / home)})
        paths.ensure()
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
        app.windows.close_all()
        if app.window is not None:
            app.window.close()
        app.controller.stop()
        app.server.close()
        app.breaks.close()
        app.status_window.close()
        for box in list(app.message_boxes):
            box.close()


def click(widget: QWidget) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def mouse(widget: QWidget, kind: QEvent.Type, at: QPointF) -> None:
    buttons = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseButtonRelease else (
        Qt.MouseButton.LeftButton
    )  # fmt: skip
    event = QMouseEvent(
        kind, at, widget.mapToGlobal(at), Qt.MouseButton.LeftButton, buttons,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(widget, event)


def drag_handle(widget: QWidget, start: QPointF, end: QPointF) -> None:
    """Press on a handle, move in small steps as a hand does, release."""
    mouse(widget, QEvent.Type.MouseButtonPress, start)
    for i in range(1, 9):
        point = start + (end - start) * (i / 8)
        mouse(widget, QEvent.Type.MouseMove, point)
    mouse(widget, QEvent.Type.MouseButtonRelease, end)


def type_into(qtbot: QtBot, widget: QWidget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def test_build_try_save_share_and_meet_it_in_a_break(
    make_app: Callable[[str], App],
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    mine = make_app("mine")
    mine.open("exercises")
    window = mine.windows.get("exercises")
    assert isinstance(window, ExercisesWindow) and window.isVisible()
    click(window.new_button)
    editor = window.editor
    assert isinstance(editor, ExerciseEditor) and editor.isVisible()
    form = editor.form

    # --- the exercise: typed, with the reader's own words under each field as it goes ---------
    type_into(qtbot, form.title, "Shoulder opener")
    type_into(qtbot, form.summary, "x")
    form.summary.clear()
    editor.check_now()
    summary_problem = form.problems["summary"]
    assert summary_problem.isVisible()
    assert summary_problem.text() == "⚠ expected text of 1 to 90 characters, found 0 characters"
    # The very words `postureapp exercises validate` prints for the file the editor would write.
    draft_file = tmp_path / "check" / "shoulder-opener.toml"
    draft_file.parent.mkdir()
    draft_file.write_text(editor._draft.text())
    assert any(
        problem.field == "summary" and summary_problem.text() == f"⚠ {problem.what}"
        for problem in validate_path(draft_file)
    )
    type_into(qtbot, form.summary, "Opens the chest and eases the shoulders.")
    click(form.areas["shoulders"])
    click(form.areas["chest"])
    form.movement.setCurrentIndex(form.movement.findData("extension"))
    click(form.both)
    type_into(qtbot, form.cautions, "Stop if you feel pain, numbness or tingling.")
    editor.check_now()
    assert [problem.field for problem in editor.problems] == ["steps[1].text"]

    # --- step 1: the posed figure, end pose dragged into place ------------------------------
    steps = editor.step_editor
    type_into(qtbot, steps.text, "Breathing out, open your arms wide and hold.")
    steps.seconds.setValue(8)
    steps.cue.setCurrentIndex(steps.cue.findData("exhale"))
    pose = steps.pose
    pose.view.setCurrentIndex(pose.view.findData("front"))
    click(pose.end_button)
    canvas = pose.canvas
    qtbot.waitExposed(canvas)
    hand = canvas.handle_position("right_hand")
    before = angle_of(pose.spec.end, "right_arm.spread")
    target = hand + QPointF(canvas.width() * 0.15, -canvas.height() * 0.15)
    drag_handle(canvas, hand, target)
    moved = canvas.handle_position("right_hand")
    assert (moved - target).manhattanLength() < 12, "the hand follows the pointer"
    assert angle_of(pose.spec.end, "right_arm.spread") > before, "out to the side"
    assert pose.spec.arrow == ("right_hand",), "the arrow follows the part that was moved"
    assert angle_of(pose.spec.start, "right_arm.spread") == before, "the start pose stays"
    click(pose.play_button)
    assert pose.playing and pose.preview.spec == pose.spec

    # --- step 2: a picture of their own -----------------------------------------------------
    gif = tmp_path / "Pictures" / "from-my-physio.gif"
    gif.parent.mkdir()
    gif.write_bytes(WAVE_GIF)
    click(editor.add_button)
    assert editor.tabs.count() == 2 and editor.step_index == 1
    type_into(qtbot, steps.text, "Lower your arms slowly, as in the picture.")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(gif), ""))
    click(steps.own)
    click(steps.choose_button)
    assert steps.image_view.path == gif
    assert editor.check_now() == []
    assert editor.status.text().startswith("✓ Ready")

    # --- tried as a break, at the chosen length ---------------------------------------------
    editor.preview_seconds.setValue(60)
    click(editor.preview_button)
    preview = editor.preview_window
    assert preview is not None and preview.isVisible()
    assert preview.title.text() == "Shoulder opener"
    assert preview.progress_line.text().startswith("Right side")
    assert not preview.choices.isVisible(), "nothing to choose about an unsaved exercise"
    session_steps = preview._session.plan.steps
    assert abs(sum(step.seconds for step in session_steps) - 60) <= 6
    assert {step.side for step in session_steps} == {"right", "left"}
    assert any(step.mirrored and step.illustration == gif.resolve() for step in session_steps)
    preview.close()

    # --- saved as the documented TOML, offered by the running app ---------------------------
    click(editor.save_button)
    folder = mine.paths.custom_exercises_dir
    assert validate_path(folder) == []
    saved = folder / "shoulder-opener.toml"
    assert 'title = "Shoulder opener"' in saved.read_text()
    assert (folder / "from-my-physio.gif").read_bytes() == WAVE_GIF
    assert "shoulder-opener" in mine.controller.library.exercises
    assert window.selected_ids() == ["shoulder-opener"]

    # --- exported as one file ---------------------------------------------------------------
    pack = tmp_path / "to-share" / "shoulder-opener.exercises.zip"
    pack.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(pack), ""))
    window._tell = lambda *args: None  # type: ignore[method-assign]
    window.tell = lambda *args: None
    click(window.export_button)
    assert pack.is_file()
    mine.windows.close_all()
    mine.controller.stop()
    mine.server.close()

    # --- a fresh home: dropped on the window, and the next break shows it -------------------
    fresh = make_app("fresh")
    fresh.open("exercises")
    theirs = fresh.windows.get("exercises")
    assert isinstance(theirs, ExercisesWindow)
    told: list[tuple[str, str]] = []
    theirs.tell = lambda title, text: told.append((title, text))
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(pack))])
    enter = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, data,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    QApplication.sendEvent(theirs, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, data,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    QApplication.sendEvent(theirs, drop)
    assert told == [("Imported", "shoulder-opener: added ('Shoulder opener')")]
    assert "shoulder-opener" in fresh.controller.library.exercises
    imported = fresh.controller.library.exercises["shoulder-opener"]
    assert (
        Draft.of(imported).table()
        == Draft.of(mine.controller.library.exercises["shoulder-opener"]).table()
    )

    fresh.settings.apply(fresh.controller.settings.replace(weights=()))
    assert "shoulder-opener" in fresh.controller.offer.enabled_ids(fresh.controller.settings)
    assert fresh.controller.take_break(kind="short", exercise_id="shoulder-opener")
    shown = fresh.window
    assert shown is not None and shown.isVisible()
    assert shown.title.text() == "Shoulder opener"
    assert shown.instruction.text() == "Breathing out, open your arms wide and hold."
    assert shown.picture.spec is not None and shown.picture.spec.view == "front"
    first = shown._session.plan.steps[0]
    fresh.clock.advance(first.seconds + 0.1)
    shown.tick()
    assert shown.picture.path == (fresh.paths.custom_exercises_dir / "from-my-physio.gif").resolve()
