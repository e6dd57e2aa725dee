"""The custom exercise folder as the running app keeps it: when the settings name another folder,
its exercises are the ones offered and the old folder no longer counts; a folder that cannot be
made leaves the built-in exercises in effect."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from postureapp.core.exercises import Library, load_library
from postureapp.paths import assets_dir
from postureapp.runtime.exercise_keeper import SETTLE_MS, ExerciseKeeper
from postureapp.runtime.messages import Messages


def library(folder: Path) -> Library:
    return load_library(assets_dir() / "exercises", assets_dir() / "illustrations", folder)


def add_exercise(folder: Path, ident: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(assets_dir() / "icons" / "postureapp.svg", folder / "pose.svg")
    (folder / f"{ident}.toml").write_text(
        f'id = "{ident}"\ntitle = "Shoulder drop {ident[-1]}"\n'
        'summary = "Let the shoulders fall."\nareas = ["shoulders"]\n'
        'movement = "shoulder-blades"\nposition = "seated"\nequipment = []\n'
        'suits = ["short", "long"]\nsides = "none"\ncautions = ["Stop if anything hurts."]\n\n'
        '[[steps]]\ntext = "Let your shoulders drop and breathe out."\nseconds = 20\n'
        'illustration = "pose.svg"\ncue = "exhale"\n',
        "utf-8",
    )


def test_another_folder_brings_its_exercises_and_the_old_one_stops_counting(
    qtbot: QtBot, tmp_path: Path
) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    add_exercise(first, "mine-a")
    add_exercise(second, "mine-b")
    keeper = ExerciseKeeper(library, first, Messages())
    keeper.watch()
    assert "mine-a" in keeper.library.exercises and "mine-b" not in keeper.library.exercises

    with qtbot.waitSignal(keeper.changed, timeout=5000) as changed:
        keeper.set_folder(second)
    assert keeper.folder == second
    assert "mine-b" in changed.args[0].exercises and "mine-a" not in changed.args[0].exercises
    assert keeper.library is changed.args[0]

    # A file added to the old folder is not read; one added to the new folder is.
    with qtbot.assertNotEmitted(keeper.changed, wait=SETTLE_MS * 3):
        add_exercise(first, "mine-c")
    with qtbot.waitSignal(keeper.changed, timeout=5000) as changed:
        add_exercise(second, "mine-d")
    assert {"mine-b", "mine-d"} <= set(changed.args[0].exercises)
    assert "mine-c" not in changed.args[0].exercises


def test_a_folder_that_cannot_be_made_leaves_the_built_in_exercises(
    qtbot: QtBot, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    keeper = ExerciseKeeper(library, blocker / "exercises", Messages())
    with caplog.at_level(logging.WARNING):
        keeper.watch()
    assert "cannot watch the exercise folder" in caplog.text
    assert keeper.library.exercises, "the built-in exercises are still offered"
    with qtbot.waitSignal(keeper.changed, timeout=5000) as changed:
        keeper.reload()
    assert set(changed.args[0].exercises) == set(keeper.library.exercises)
