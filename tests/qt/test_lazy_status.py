"""The status window is made when first shown, and then shows what it would have all along."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from postureapp.ui.actions import AppActions
from postureapp.ui.lazy_status import LazyStatusWindow


def test_nothing_is_made_until_the_window_is_wanted(qtbot: QtBot) -> None:
    status = LazyStatusWindow(AppActions())
    status.set_status("Next short break at 10:30")
    status.set_exercises_paused(True)
    status.tray_available = True
    status.close()
    assert not status.made


def test_when_first_shown_it_has_the_latest_news(qtbot: QtBot) -> None:
    status = LazyStatusWindow(AppActions())
    status.set_status("Next short break at 10:30")
    status.set_status("Paused until 11:00")
    status.set_exercises_paused(True)
    status.tray_available = False
    status.present()
    window = status.window
    qtbot.addWidget(window)
    assert window.isVisible()
    assert window.headline.text() == "Paused until 11:00"
    assert window.safety_banner.isVisibleTo(window)
    assert window.tray_available is False


def test_once_made_every_change_reaches_the_window(qtbot: QtBot) -> None:
    status = LazyStatusWindow(AppActions())
    status.present()
    window = status.window
    qtbot.addWidget(window)
    status.set_status("Next long break at 14:00")
    status.set_exercises_paused(False)
    status.tray_available = True
    assert window.headline.text() == "Next long break at 14:00"
    assert not window.safety_banner.isVisibleTo(window)
    status.close()
    assert not window.isVisible()
