"""Choices that leave too little for a break are said plainly: in status and in the settings."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox
from pytestqt.qtbot import QtBot

from postureapp.core.settings import Settings
from postureapp.runtime.controller import Controller
from postureapp.ui.settings_dialog import SettingsDialog


def test_status_says_when_the_chosen_areas_leave_nothing_for_a_break(
    controller: Controller,
) -> None:
    assert controller.status()["exercise_shortfalls"] == []
    controller.apply_settings(controller.settings.replace(areas=frozenset({"lower-back"})))
    texts = controller.status()["exercise_shortfalls"]
    assert isinstance(texts, list) and len(texts) == 2
    assert texts[0].startswith("No exercise fits a short break")
    assert texts[1].startswith("No exercise fits a long break")


def test_the_settings_dialog_warns_as_soon_as_an_area_is_unticked(
    qtbot: QtBot, controller: Controller
) -> None:
    dialog = SettingsDialog(
        Settings.defaults(),
        choice_check=lambda s: [x.text() for x in controller.offer.shortfalls(s)],
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.choice_warning.isHidden()
    for box in dialog.editor("exercises.areas").findChildren(QCheckBox):
        if "Lower" not in box.text() and box.isChecked():
            box.click()
    assert not dialog.choice_warning.isHidden()
    assert "No exercise fits a short break" in dialog.choice_warning.text()
