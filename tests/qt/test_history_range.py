"""The history window as a user works it: picking a range, per exercise and per body area,
the check-ins, and importing an export with the Import… button."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from test_history_window import NOW, add, filled, log, open_window  # noqa: F401 (fixtures)

from postureapp.core.history import BreakLog, Outcome
from postureapp.ui.history_exercises import Column
from postureapp.ui.history_transfer import export_log
from postureapp.ui.history_window import HistoryWindow

TITLES = {"chin-tuck": "Chin tuck", "wall-angels": "Wall angels", "open-book": "Open book"}
AREAS = {
    "chin-tuck": ("neck",),
    "pec-stretch": ("chest", "shoulders"),
    "wall-angels": ("upper-back", "shoulders"),
    "seated-twist": ("upper-back",),
    "neck-roll": ("neck",),
    "open-book": ("upper-back", "chest"),
}


def table(model: object, rows: int | None = None) -> list[list[str]]:
    count = model.rowCount()  # type: ignore[attr-defined]
    columns = model.columnCount()  # type: ignore[attr-defined]
    return [
        [model.data(model.index(r, c)) for c in range(columns)]  # type: ignore[attr-defined]
        for r in range(count if rows is None else min(rows, count))
    ]


def test_the_last_three_months_show_bars_per_week_and_count_april(
    qtbot: QtBot,
    filled: BreakLog,  # noqa: F811
) -> None:
    add(filled, 80, Outcome.COMPLETED, ("chin-tuck",), times=3)  # 25 February
    window = open_window(qtbot, filled)
    assert window.cards.done_card.value.text() == "18 of 20", "the last 30 days at first"
    window.range.presets.setFocus()
    QTest.keyClick(window.range.presets, Qt.Key.Key_Down)  # Last 30 days -> Last 3 months
    assert window.range.presets.currentText() == "Last 3 months"
    assert window.range.span.text() == "90 days"  # 16 February to 15 May
    assert window.range.first.date() == QDate(2024, 2, 16)
    assert window.cards.done_card.value.text() == "21 of 23"
    assert window.chart_caption.text().startswith("Breaks per week:")
    bars = window.chart_view.bar_set
    weeks = [bars.at(n) for n in range(bars.count())]
    assert len(weeks) == 14 and sum(weeks) == 21  # 16 Feb is a Friday: a cut first week
    assert weeks[1] == 3, "25 February falls in the week of Monday 19 February"
    assert not window.chart_view.goal.isVisible(), "a daily goal means nothing on weekly bars"
    assert window.model.rowCount() == 23


def test_from_to_shows_only_the_days_chosen(qtbot: QtBot, filled: BreakLog) -> None:  # noqa: F811
    window = open_window(qtbot, filled)
    window.range.first.setDate(QDate(2024, 5, 12))
    window.range.last.setDate(QDate(2024, 5, 13))
    assert window.range.presets.currentText() == "From–to"
    assert window.range.span.text() == "2 days"
    assert window.period.first == date(2024, 5, 12) and window.period.last == date(2024, 5, 13)
    assert window.cards.done_card.value.text() == "8 of 8"
    assert window.cards.goal_card.value.text() == "2 of 2"
    assert [window.chart_view.bar_set.at(n) for n in range(2)] == [4, 4]
    assert window.model.rowCount() == 8
    window.range.presets.setCurrentIndex(window.range.presets.findText("Last 7 days"))
    assert window.range.first.date() == QDate(2024, 5, 9), "the dates follow a preset"
    assert window.cards.done_card.value.text() == "15 of 16"


def test_per_exercise_and_per_body_area_sort_by_any_column(
    qtbot: QtBot,
    filled: BreakLog,  # noqa: F811
) -> None:
    window = open_window(qtbot, filled, exercise_titles=TITLES, exercise_areas=AREAS)
    window.tabs.setCurrentWidget(window.exercises_panel)
    panel = window.exercises_panel
    rows = table(panel.sorted)
    # Done most first: 7 done in 5 minutes (four of them shared with pec-stretch).
    assert rows[0][:3] == ["Chin tuck", "5", "7"]
    assert rows[0][Column.STOPPED] == "0"
    skipped = next(row for row in rows if row[0] == "Open book")
    assert skipped[Column.SKIPPED] == "1" and skipped[Column.SNOOZED] == "1"
    # Click the Minutes header: sorted one way; again: the other way.
    header = panel.table.horizontalHeader()
    where = QPoint(header.sectionViewportPosition(Column.MINUTES) + 8, header.height() // 2)
    orders = []
    for _ in range(2):
        QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=where)
        orders.append([float(row[Column.MINUTES]) for row in table(panel.sorted)])
    assert sorted(orders) == [sorted(orders[0]), sorted(orders[0], reverse=True)]
    assert orders[0] != orders[1] and header.sortIndicatorSection() == Column.MINUTES
    # By body area: a break with two exercises shares its minute; Neck has chin-tuck and neck-roll.
    QTest.mouseClick(panel.by_area, Qt.MouseButton.LeftButton)
    areas = {row[0]: row for row in table(panel.sorted)}
    assert set(areas) == {"Neck", "Chest", "Shoulders", "Upper back"}
    assert areas["Upper back"][Column.SKIPPED] == "1", "open-book's skip counts for its areas"
    assert areas["Neck"][Column.COMPLETED] == "11"  # chin-tuck 7, neck-roll 4
    assert panel.model.headerData(0, Qt.Orientation.Horizontal) == "Body area"
    names = panel.chart_view.names_axis.categories()
    assert "Neck" in names and len(names) == 4


def test_only_enabled_or_done_exercises_appear(qtbot: QtBot, filled: BreakLog) -> None:  # noqa: F811
    window = open_window(
        qtbot, filled, exercise_titles=TITLES, enabled={"chin-tuck", "wall-angels", "towel-roll"}
    )
    window.tabs.setCurrentWidget(window.exercises_panel)  # filled when first shown
    names = [row[0] for row in table(window.exercises_panel.sorted)]
    assert "towel-roll" in names, "enabled and never done: shown with zeros"
    assert "open-book" not in names and "Open book" not in names, "off and only skipped"
    assert "neck-roll" in names, "switched off since, but done in the range"


def test_check_ins_are_listed_and_marked_on_the_chart(
    qtbot: QtBot,
    filled: BreakLog,  # noqa: F811
) -> None:
    filled.add_checkin(at=NOW - timedelta(days=3), feeling="worse", stiffness=7, note="Long drive")
    filled.add_checkin(at=NOW - timedelta(days=1), feeling="warning", note="Tingling in a hand")
    window = open_window(qtbot, filled)
    rows = table(window.checkins_model)
    assert rows == [
        ["Tue 2024-05-14 17:00", "A warning sign", "—", "Tingling in a hand"],
        ["Sun 2024-05-12 17:00", "Worse", "7", "Long drive"],
    ]
    colour = window.checkins_model.data(
        window.checkins_model.index(0, 1), Qt.ItemDataRole.ForegroundRole
    )
    assert isinstance(colour, QColor) and colour.red() > 200
    marks = [p.x() for p in window.chart_view.warnings.points()]
    assert marks == [28.0], "a triangle over yesterday's bar"
    assert window.cards.stiffness_card.value.text() == "7.0"
    assert "a warning sign on 1 day" in window.cards.stiffness_card.detail.text()


def test_import_button_merges_an_export_and_says_what_it_added(
    qtbot: QtBot,
    log: BreakLog,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    other, _ = BreakLog.open(tmp_path / "other.sqlite3", now=NOW)
    with other:
        add(other, 2, Outcome.COMPLETED, ("chin-tuck",), times=3)
        other.add_checkin(at=NOW - timedelta(days=2), feeling="better", stiffness=3)
        export = tmp_path / "from the old laptop.json"
        assert export_log(other, export) == (3, 1)
    window = open_window(qtbot, log)
    assert window.pages.currentWidget() is window.empty_page
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(export), ""))
    for attempt, expected in (
        (1, "added 3, already present 0\ncheck-ins: added 1, already present 0"),
        (2, "added 0, already present 3\ncheck-ins: added 0, already present 1"),
    ):
        QTest.mouseClick(window.import_button, Qt.MouseButton.LeftButton)
        assert window.import_job is not None
        qtbot.waitUntil(lambda: window.status.text().startswith("Imported"), timeout=5000)
        assert window.status.text() == "Imported from the old laptop.json", attempt
        assert window.message.text() == expected
        qtbot.waitUntil(window.import_button.isEnabled)
    assert window.pages.currentWidget() is window.content
    assert window.cards.done_card.value.text() == "3 of 3"
    assert window.checkins_model.rowCount() == 1


def test_a_broken_file_imports_nothing_and_says_why(
    qtbot: QtBot,
    filled: BreakLog,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "postureapp-breaks", "version": 99, "breaks": []}\n')
    window = open_window(qtbot, filled)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(broken), ""))
    QTest.mouseClick(window.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.status.text() == "Nothing was imported", timeout=5000)
    assert window.message.icon() == QMessageBox.Icon.Warning
    assert "broken.json" in window.message.text() and "99" in window.message.text()
    assert filled.count() == 20


def test_the_window_shows_a_years_range_by_month(qtbot: QtBot, filled: BreakLog) -> None:  # noqa: F811
    add(filled, 400, Outcome.COMPLETED, ("chin-tuck",))
    window: HistoryWindow = open_window(qtbot, filled)
    window.range.presets.setCurrentIndex(window.range.presets.findText("All time"))
    assert window.range.first.date() == QDate(2023, 4, 11)
    assert window.chart_caption.text().startswith("Breaks per month:")
    assert window.chart_view.bar_set.count() == 14  # April 2023 to May 2024
