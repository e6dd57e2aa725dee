"""A redraw fills only the tab on screen; the per-exercise tab catches up when it is opened."""

from __future__ import annotations

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot
from test_history_range import TITLES, table
from test_history_window import filled, log, open_window  # noqa: F401 (fixtures)

from postureapp.core.history import BreakLog


def test_the_exercises_tab_shows_the_range_chosen_while_it_was_hidden(
    qtbot: QtBot,
    filled: BreakLog,  # noqa: F811
) -> None:
    window = open_window(qtbot, filled, exercise_titles=TITLES)
    panel = window.exercises_panel
    window.tabs.setCurrentWidget(panel)
    assert "Wall angels" in [row[0] for row in table(panel.sorted)]  # done 13 May, in the month
    window.tabs.setCurrentIndex(0)
    window.range.first.setDate(QDate(2024, 5, 14))  # only Tuesday 14 and today: no wall angels
    window.range.last.setDate(QDate(2024, 5, 15))
    window.tabs.setCurrentWidget(panel)
    names = [row[0] for row in table(panel.sorted)]
    assert "Wall angels" not in names and names[0] == "Chin tuck"
    categories = panel.chart_view.names_axis.categories()
    assert "Chin tuck" in categories and "Wall angels" not in categories
