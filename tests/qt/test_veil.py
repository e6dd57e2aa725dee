"""The veil over other screens never lands on the break's own screen."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from postureapp.ui.veil import screens_to_dim

LEFT = QRect(0, 0, 1366, 768)
RIGHT = QRect(1366, 0, 1366, 768)


def test_only_a_screen_beside_the_break_is_dimmed() -> None:
    assert screens_to_dim(LEFT, [RIGHT]) == [RIGHT]
    below = QRect(0, 768, 1920, 1080)
    assert screens_to_dim(LEFT, [RIGHT, below]) == [RIGHT, below]


def test_mirrored_and_overlapping_screens_get_no_veil() -> None:
    assert screens_to_dim(LEFT, [QRect(LEFT)]) == [], "a mirror shows the break itself"
    overlapping = QRect(1000, 0, 1366, 768)
    assert screens_to_dim(LEFT, [overlapping, RIGHT]) == [RIGHT]
    bigger_clone = QRect(0, 0, 1920, 1080)
    assert screens_to_dim(LEFT, [bigger_clone]) == []


def test_no_veil_where_placement_is_not_honoured(qtbot: QtBot) -> None:
    from postureapp.ui.veil import dim_other_screens

    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    assert dim_other_screens(window, placement_honoured=False) == []
    assert dim_other_screens(window) == [], "one screen here: nothing else to dim"
