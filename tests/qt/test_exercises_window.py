"""The exercises window and the editor's manners: what a built-in can become, what delete keeps,
what an import asks, and an editor that neither shouts at a new exercise nor loses work."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from postureapp.core.clock import FakeClock
from postureapp.core.exercises import CUSTOM, Exercise, Library, load_library
from postureapp.core.exercises.draft import Draft, DraftStep, check, save
from postureapp.core.exercises.packs import Choice, Clash, export_pack
from postureapp.core.pose import Pose, PoseSpec
from postureapp.paths import assets_dir
from postureapp.ui.exercises_window import ExercisesWindow

NOD = PoseSpec("side", Pose.of("seated"), Pose.of("seated", {"neck.flex": 20}))


def library(folder: Path) -> Library:
    return load_library(assets_dir() / "exercises", assets_dir() / "illustrations", folder)


def own(folder: Path, exercise_id: str, title: str, seconds: int = 6) -> Exercise:
    draft = Draft(
        id=exercise_id, title=title, summary="Nod.", areas=["neck"], movement="neck",
        cautions=["Gently."], steps=[DraftStep("Nod slowly.", seconds, pose=NOD)],
    )  # fmt: skip
    exercise, problems = check(draft, folder)
    assert exercise is not None, problems
    return save(exercise, folder)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "exercises"
    own(folder, "nod", "Nod")
    return folder


@pytest.fixture
def window(qtbot: QtBot, folder: Path) -> ExercisesWindow:
    clock = FakeClock(datetime(2025, 3, 4, 9, 30).astimezone())
    shown = ExercisesWindow(library(folder), folder, clock)
    qtbot.addWidget(shown)
    shown.changed.connect(lambda: shown.set_library(library(folder)))
    shown.show()
    return shown


def test_a_built_in_exercise_is_changed_by_making_it_ones_own(window: ExercisesWindow) -> None:
    window.select("chin-tuck")
    assert not window.edit_button.isEnabled() or window.selected_ids() == ["chin-tuck"]
    assert not window.delete_button.isEnabled(), "built-in exercises cannot be deleted"
    editor = window.edit_selected()
    assert editor is not None and editor.windowTitle().endswith("New exercise")
    assert editor.form.title.text() == "Chin tuck (mine)"
    assert editor.check_now() == []
    QTest.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    mine = library(window._folder).exercises
    assert mine["chin-tuck-mine"].origin == CUSTOM and mine["chin-tuck"].origin != CUSTOM
    assert window.selected_ids() == ["chin-tuck-mine"]


def test_delete_keeps_the_file_aside_and_the_list_forgets_it(
    window: ExercisesWindow, folder: Path
) -> None:
    window.select("nod")
    assert window.delete_button.isEnabled()
    assert window.delete_selected(confirm=False) == 1
    assert "nod" not in library(folder).exercises
    assert [p.name for p in folder.glob("nod.toml.deleted-*")] == [
        "nod.toml.deleted-20250304-093000"
    ]
    assert "nod" not in [window.tree.topLevelItem(0).child(i).data(0, Qt.ItemDataRole.UserRole)
                         for i in range(window.tree.topLevelItem(0).childCount())]  # fmt: skip


def test_an_import_asks_about_each_clash_and_keeps_both_when_told(
    window: ExercisesWindow, folder: Path, tmp_path: Path
) -> None:
    theirs = tmp_path / "theirs"
    pack = export_pack([own(theirs, "nod", "Deep nod", 9)], tmp_path / "p.exercises.zip")
    asked: list[tuple[str, str, Clash]] = []
    told: list[tuple[str, str]] = []

    def ask(incoming: Exercise, present: Exercise, met: Clash) -> Choice:
        asked.append((incoming.title, present.title, met))
        return Choice.KEEP_BOTH

    window.ask = ask
    window.tell = lambda title, text: told.append((title, text))
    assert window.import_from(pack) == 1
    assert asked == [("Deep nod", "Nod", Clash.CUSTOM)]
    assert told[-1][0] == "Imported" and "nod-2" in told[-1][1]
    titles = {ex.id: ex.title for ex in library(folder).exercises.values()}
    assert titles["nod"] == "Nod" and titles["nod-2"] == "Deep nod (2)"

    window.ask = lambda *args: Choice.REPLACE
    window.import_from(pack)
    assert library(folder).exercises["nod"].title == "Deep nod"


def test_a_broken_pack_is_told_with_its_problems_and_writes_nothing(
    window: ExercisesWindow, folder: Path, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.exercises.zip"
    bad.write_bytes(b"not a zip at all")
    told: list[tuple[str, str]] = []
    window.tell = lambda title, text: told.append((title, text))
    before = sorted(p.name for p in folder.iterdir())
    assert window.import_from(bad) == 0
    assert told[0][0] == "Not imported"
    assert "bad.exercises.zip was not imported, and nothing was written" in told[0][1]
    assert "expected a pack (a zip file)" in told[0][1]
    assert sorted(p.name for p in folder.iterdir()) == before


def test_a_new_exercise_opens_calm_and_save_shows_what_is_missing(
    window: ExercisesWindow,
) -> None:
    editor = window.new_exercise()
    assert editor.problems, "an empty exercise cannot be saved yet"
    assert not any(label.isVisible() for label in editor.form.problems.values())
    assert editor.status.text().startswith(
        "6 things to fix or fill in before saving: Title, Summary"
    )
    QTest.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.isVisible(), "not saved"
    shown = [name for name, label in editor.form.problems.items() if label.isVisible()]
    assert shown == ["title", "summary", "areas", "movement", "cautions"]
    assert editor.step_editor.problems["text"].isVisible()
    assert editor.tabs.tabText(0) == "Step 1 ⚠"


def test_leaving_with_unsaved_changes_asks_first(
    window: ExercisesWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = window.new_exercise()
    editor.form.title.setText("Half done")
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kw: answers.pop(0))
    editor.reject()
    assert editor.isVisible(), "Cancel in the question keeps the editor"
    editor.reject()
    assert not editor.isVisible()
