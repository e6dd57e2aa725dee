"""Settings → Exercises → Each exercise: switch an exercise off or on, make it a favourite, and
Cancel takes it all back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLineEdit, QTableWidget
from pytestqt.qtbot import QtBot

from postureapp.core.settings import Settings
from postureapp.ui.settings_dialog import SettingsDialog

TITLES = {"chin-tuck": "Chin tuck", "head-turn": "Head turn", "seated-twist": "Seated twist"}


def open_dialog(qtbot: QtBot, settings: Settings) -> tuple[SettingsDialog, list[Settings]]:
    dialog = SettingsDialog(settings, exercise_titles=TITLES)
    qtbot.addWidget(dialog)
    emitted: list[Settings] = []
    dialog.settings_changed.connect(emitted.append)
    dialog.show()
    dialog.tabs.setCurrentIndex(2)
    return dialog, emitted


def table(dialog: SettingsDialog) -> QTableWidget:
    widget = dialog.editor("exercises.weights")
    assert isinstance(widget, QTableWidget)
    return widget


def row(dialog: SettingsDialog, title: str) -> int:
    widget = table(dialog)
    titles = [widget.item(r, 1).text() for r in range(widget.rowCount())]
    return titles.index(title)


def test_every_exercise_is_listed_by_title_with_its_choice(qtbot: QtBot) -> None:
    settings = Settings.defaults().replace(weights=(("head-turn", 0), ("seated-twist", 3)))
    dialog, _ = open_dialog(qtbot, settings)
    widget = table(dialog)
    assert [widget.item(r, 1).text() for r in range(widget.rowCount())] == [
        "Chin tuck",
        "Head turn",
        "Seated twist",
    ]
    off = widget.item(row(dialog, "Head turn"), 0)
    assert off.checkState() == Qt.CheckState.Unchecked
    assert not widget.cellWidget(row(dialog, "Head turn"), 2).isEnabled()
    favourite = widget.cellWidget(row(dialog, "Seated twist"), 2)
    assert isinstance(favourite, QComboBox) and favourite.currentText() == "Most often"


def test_not_this_one_again_is_undone_by_ticking_the_box_and_cancel_restores(
    qtbot: QtBot,
) -> None:
    settings = Settings.defaults().replace(weights=(("head-turn", 0),))
    dialog, emitted = open_dialog(qtbot, settings)
    widget = table(dialog)
    widget.item(row(dialog, "Head turn"), 0).setCheckState(Qt.CheckState.Checked)
    assert emitted[-1].weights == ()
    combo = widget.cellWidget(row(dialog, "Chin tuck"), 2)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findText("More often"))
    assert emitted[-1].weights == (("chin-tuck", 2),)
    widget.item(row(dialog, "Seated twist"), 0).setCheckState(Qt.CheckState.Unchecked)
    assert emitted[-1].weights == (("chin-tuck", 2), ("seated-twist", 0))

    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert emitted[-1].weights == (("head-turn", 0),)


def test_a_choice_about_an_exercise_not_loaded_now_is_kept(qtbot: QtBot) -> None:
    settings = Settings.defaults().replace(weights=(("gone-for-now", 0),))
    dialog, emitted = open_dialog(qtbot, settings)
    widget = table(dialog)
    assert widget.item(row(dialog, "gone-for-now (not found)"), 0).checkState() == (
        Qt.CheckState.Unchecked
    )
    widget.item(row(dialog, "Chin tuck"), 0).setCheckState(Qt.CheckState.Unchecked)
    assert emitted[-1].weights == (("chin-tuck", 0), ("gone-for-now", 0))


def test_find_narrows_the_list(qtbot: QtBot) -> None:
    dialog, _ = open_dialog(qtbot, Settings.defaults())
    widget = table(dialog)
    find = dialog.findChild(QLineEdit, "exercises.weights.find")
    assert isinstance(find, QLineEdit)
    qtbot.keyClicks(find, "twi")
    shown = [
        widget.item(r, 1).text() for r in range(widget.rowCount()) if not widget.isRowHidden(r)
    ]
    assert shown == ["Seated twist"]


def test_the_editor_button_asks_for_the_exercise_editor(qtbot: QtBot) -> None:
    dialog, _ = open_dialog(qtbot, Settings.defaults())
    with qtbot.waitSignal(dialog.edit_exercises, timeout=1000):
        dialog.edit_exercises_button.click()


def test_a_new_exercise_joins_the_list_keeping_what_is_chosen(qtbot: QtBot) -> None:
    from postureapp.core.exercises import Library

    dialog, emitted = open_dialog(qtbot, Settings.defaults().replace(weights=(("head-turn", 0),)))
    exercises = {ex_id: type("Ex", (), {"title": title})() for ex_id, title in TITLES.items()}
    exercises["desk-reset"] = type("Ex", (), {"title": "Desk reset"})()
    dialog.set_library(Library(exercises))  # type: ignore[arg-type]
    assert row(dialog, "Desk reset") >= 0
    assert table(dialog).item(row(dialog, "Head turn"), 0).checkState() == Qt.CheckState.Unchecked
    assert emitted == [], "only shown, not a change"
