"""Windows opened by the app (Settings, History, Exercises) are of one fixed size until their
first frame is painted, so sway and i3 float them, and then the user can resize them again."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from postureapp.ui.windows import RELEASE_MS, WindowKeeper

UNLIMITED = QSize(16777215, 16777215)


def resizable_window() -> QWidget:
    widget = QWidget()
    widget.setWindowTitle("postureapp — History")
    widget.setMinimumSize(300, 200)
    widget.resize(700, 500)
    return widget


def test_a_window_opens_at_one_fixed_size_then_can_be_resized(qtbot: QtBot) -> None:
    keeper = WindowKeeper()
    window = keeper.show("history", resizable_window)
    qtbot.addWidget(window)
    # What the window manager sees when it maps the window: min = max, so it floats.
    assert window.minimumSize() == window.maximumSize() == QSize(700, 500)
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.maximumSize() == UNLIMITED, timeout=3000)
    assert window.minimumSize() == QSize(300, 200), "the window's own limit comes back"
    window.resize(900, 600)
    assert window.size() == QSize(900, 600)
    window.resize(100, 100)
    assert window.size() == QSize(300, 200)


def test_dialogs_of_the_safety_family_stay_fixed(qtbot: QtBot) -> None:
    keeper = WindowKeeper(fixed_size=True)
    window = keeper.show("about", resizable_window)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    qtbot.wait(RELEASE_MS + 200)  # longer than the release of a resizable window
    assert window.minimumSize() == window.maximumSize() == QSize(700, 500)
