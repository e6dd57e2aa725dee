"""The pose editor without a mouse: set a joint by its angles (on one side or both), start from a
posture or a built-in picture, move a chosen handle with the arrow keys, and play the movement."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from postureapp.core.pose import Pose, PoseSpec
from postureapp.core.pose.handles import angle_of
from postureapp.ui.pose_editor import PoseEditor

REACH = PoseSpec("front", Pose.of("standing"), Pose.of("standing", {"arms.raise": 170}))


@pytest.fixture
def editor(qtbot: QtBot) -> PoseEditor:
    shown = PoseEditor([("Overhead reach — 1", REACH)])
    qtbot.addWidget(shown)
    shown.resize(900, 520)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def row_for(editor: PoseEditor, words: str) -> int:
    return next(i for i, (label, _, _) in enumerate(editor.sliders) if label.text() == words)


def test_a_joint_is_set_by_its_angles_on_the_end_pose_only(
    qtbot: QtBot, editor: PoseEditor
) -> None:
    editor.joint.setCurrentIndex(editor.joint.findData("neck"))
    _, _, spin = editor.sliders[row_for(editor, "Bend forward")]
    with qtbot.waitSignal(editor.changed) as changed:
        spin.setValue(30)
    spec = changed.args[0]
    assert angle_of(spec.end, "neck.flex") == 30 and angle_of(spec.start, "neck.flex") == 0
    editor.start_button.click()
    assert spin.value() == 0, "the start pose's own value"


def test_both_sides_alike_sets_the_other_arm_too(qtbot: QtBot, editor: PoseEditor) -> None:
    editor.joint.setCurrentIndex(editor.joint.findData("right_arm"))
    _, _, spin = editor.sliders[row_for(editor, "Raise forward")]
    spin.setValue(90)
    assert angle_of(editor.spec.end, "left_arm.raise") != 90
    editor.both_sides.setChecked(True)
    spin.setValue(120)
    assert angle_of(editor.spec.end, "right_arm.raise") == 120
    assert angle_of(editor.spec.end, "left_arm.raise") == 120
    editor.reset_button.click()
    assert angle_of(editor.spec.end, "left_arm.raise") == angle_of(
        Pose.of("seated"), "left_arm.raise"
    )


def test_starting_from_a_posture_or_a_built_in_picture(qtbot: QtBot, editor: PoseEditor) -> None:
    editor.template.setCurrentIndex(editor.template.findText("Standing"))
    editor.template.activated.emit(editor.template.findText("Standing"))
    assert editor.spec.start.base == "standing" and editor.spec.props == ()
    index = editor.template.findText("Overhead reach — 1")
    with qtbot.waitSignal(editor.changed):
        editor.template.activated.emit(index)
    assert editor.spec == REACH
    assert editor.view.currentData() == "front"
    assert editor.template.currentIndex() == 0, "the chooser goes back to its prompt"


def test_the_posture_of_the_start_carries_the_end_and_the_props(editor: PoseEditor) -> None:
    editor.start_button.click()
    editor.base.setCurrentIndex(editor.base.findData("sitting-on-floor"))
    assert editor.spec.start.base == editor.spec.end.base == "sitting-on-floor"
    assert editor.spec.props == ("mat",), "the chair goes with sitting on it"


def test_arrow_keys_move_the_chosen_handle(qtbot: QtBot, editor: PoseEditor) -> None:
    canvas = editor.canvas
    canvas.setFocus()
    for _ in range(editor_index("head")):
        qtbot.keyClick(canvas, Qt.Key.Key_PageDown)
    assert canvas.selected == "head"
    assert editor.joint.currentData() == "neck"
    for _ in range(5):
        qtbot.keyClick(canvas, Qt.Key.Key_Right)
    assert angle_of(editor.spec.end, "neck.flex") > 5, "the side view's head goes forward"


def editor_index(name: str) -> int:
    from postureapp.core.pose.handles import HANDLES

    return list(HANDLES).index(name) + 1


def test_play_shows_the_movement_then_comes_back_to_posing(
    qtbot: QtBot, editor: PoseEditor
) -> None:
    editor.set_spec(REACH, seconds=4)
    editor.play_button.click()
    assert editor.playing and editor.preview.animating
    qtbot.waitUntil(lambda: not editor.playing, timeout=6000)
    assert editor.stage.currentWidget() is editor.canvas
    editor.play_button.click()
    editor.preview.clicked.emit()
    assert not editor.playing
