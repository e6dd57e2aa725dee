"""The history window over a real break log with hand-made breaks, on a fixed day."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCharts import QChartView
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QFileDialog, QListWidget
from pytestqt.qtbot import QtBot

from postureapp.core.clock import FakeClock
from postureapp.core.history import BreakLog, Outcome, Trigger
from postureapp.ui.history_chart import tick_step
from postureapp.ui.history_window import (
    HistoryWindow,
    SummaryCard,
    format_minutes,
    most_and_least,
)

PLUS2 = timezone(timedelta(hours=2))
NOW = datetime(2024, 5, 15, 17, 0, tzinfo=PLUS2)  # a Wednesday
STREAK_MIN = 4


def add(
    log: BreakLog,
    days_ago: int,
    outcome: Outcome,
    exercises: tuple[str, ...] = (),
    *,
    times: int = 1,
    hour: int = 10,
) -> None:
    for n in range(times):
        started = (NOW - timedelta(days=days_ago)).replace(hour=hour, minute=n)
        log.record(
            kind="short",
            trigger=Trigger.SCHEDULE,
            due_at=started,
            started_at=started,
            ended_at=started + timedelta(seconds=60),
            outcome=outcome,
            exercise_ids=exercises,
            seconds_done=60 if outcome is Outcome.COMPLETED else 0,
        )


@pytest.fixture
def log(tmp_path: Path) -> Iterator[BreakLog]:
    log, _ = BreakLog.open(tmp_path / "breaks.sqlite3", now=NOW)
    yield log
    log.close()


@pytest.fixture
def filled(log: BreakLog) -> BreakLog:
    """Three good days before today (Sun 12 to Tue 14 May), today not there yet, older odds."""
    add(log, 0, Outcome.COMPLETED, ("chin-tuck",), times=2)
    add(log, 0, Outcome.COMPLETED, ("seated-twist",), hour=11)
    add(log, 0, Outcome.SKIPPED, ("open-book",), hour=12)
    add(log, 1, Outcome.COMPLETED, ("chin-tuck", "pec-stretch"), times=4)
    add(log, 2, Outcome.COMPLETED, ("wall-angels",), times=4)
    add(log, 3, Outcome.COMPLETED, ("neck-roll",), times=4)
    add(log, 14, Outcome.COMPLETED, ("chin-tuck",))
    add(log, 14, Outcome.SNOOZED, ("open-book",), hour=11)
    add(log, 25, Outcome.COMPLETED, ("pec-stretch",), times=2)  # 20 April: last month
    return log


def open_window(qtbot: QtBot, log: BreakLog, **kwargs: object) -> HistoryWindow:
    window = HistoryWindow(log, FakeClock(NOW), STREAK_MIN, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    return window


def figures(card: SummaryCard) -> tuple[str, str]:
    return card.value.text(), card.detail.text()


def listed(widget: QListWidget) -> list[tuple[object, str]]:
    items = [widget.item(row) for row in range(widget.count())]
    return [(item.data(Qt.ItemDataRole.UserRole), item.text()) for item in items]


def bars(window: HistoryWindow) -> list[float]:
    bar_set = window.chart_view.bar_set
    return [bar_set.at(i) for i in range(bar_set.count())]


def test_cards_show_the_last_30_days_at_first(qtbot: QtBot, filled: BreakLog) -> None:
    window = open_window(qtbot, filled)
    assert window.pages.currentWidget() is window.content
    assert window.range.presets.currentText() == "Last 30 days"
    assert window.range.span.text() == "30 days"
    cards = window.cards
    assert figures(cards.done_card) == ("18 of 20", "0 ended early, 2 skipped or snoozed")
    assert cards.rate_card.value.text() == "90%"  # 18 completed of 20 reminders
    assert figures(cards.goal_card) == ("3 of 30", "days with 4 or more breaks done")
    # Today has 3 of the 4 needed, but the day is not over: the run up to yesterday counts.
    assert figures(cards.streak_card) == ("3", "best 3 · goal 4 a day")
    assert cards.minutes_card.value.text() == "18 min"
    assert figures(cards.stiffness_card) == ("—", "no ratings in this range")


def test_chart_has_thirty_days_ending_today(qtbot: QtBot, filled: BreakLog) -> None:
    window = open_window(qtbot, filled)
    values = bars(window)
    assert len(values) == 30
    assert values[-4:] == [4, 4, 4, 3]
    assert values[29 - 25] == 2  # 20 April
    assert sum(values) == 18
    labels = window.chart_view.days_axis.categoriesLabels()
    assert labels[-1] == "15 May" and len(labels) == 6  # every fifth day, today included
    assert "goal of 4 was reached on 3 of 30 days" in window.chart_view.accessibleDescription()


def test_exercises_done_most_and_least(qtbot: QtBot, filled: BreakLog) -> None:
    window = open_window(qtbot, filled)
    assert listed(window.most_list) == [
        ("chin-tuck", "chin-tuck — 7"),
        ("pec-stretch", "pec-stretch — 6"),
        ("neck-roll", "neck-roll — 4"),
    ]
    # open-book was only skipped and snoozed: it was never done, and the log cannot know it.
    assert listed(window.least_list) == [
        ("seated-twist", "seated-twist — 1"),
        ("wall-angels", "wall-angels — 4"),
    ]


def test_known_exercises_never_done_lead_the_least_list_under_their_titles(
    qtbot: QtBot, filled: BreakLog
) -> None:
    titles = {"open-book": "Open book", "chin-tuck": "Chin tuck"}
    window = open_window(qtbot, filled, exercise_titles=titles)
    assert listed(window.least_list)[0] == ("open-book", "Open book — 0")
    assert listed(window.most_list)[0] == ("chin-tuck", "Chin tuck — 7")
    assert window.model.data(window.model.index(0, 3)) == "Open book"  # the skipped one


def test_a_switched_off_exercise_is_never_suggested_as_done_least(
    qtbot: QtBot, filled: BreakLog
) -> None:
    titles = {"open-book": "Open book", "seated-twist": "Seated twist", "chin-tuck": "Chin tuck"}
    window = open_window(
        qtbot, filled, exercise_titles=titles, enabled={"chin-tuck", "wall-angels"}
    )
    least = [key for key, _ in listed(window.least_list)]
    assert "open-book" not in least and "seated-twist" not in least
    assert least == ["wall-angels"]


def test_most_and_least_never_name_an_exercise_twice() -> None:
    assert most_and_least([("a", 3), ("b", 2)]) == ([("a", 3)], [("b", 2)])
    assert most_and_least([("a", 3)]) == ([("a", 3)], [])
    most, least = most_and_least([(c, n) for n, c in enumerate("abcdefgh")])
    assert [c for c, _ in most] == ["h", "g", "f"] and [c for c, _ in least] == ["a", "b", "c"]


def test_recent_table_is_newest_first(qtbot: QtBot, filled: BreakLog) -> None:
    window = open_window(qtbot, filled)
    assert window.table.model() is window.model
    assert window.model.rowCount() == filled.count() == 20
    assert window.model.data(window.model.index(0, 2)) == "Skipped"  # today at 12:00
    assert window.model.data(window.model.index(19, 0)) == "Sat 2024-04-20 10:00"


def test_refresh_after_a_logged_break_updates_every_figure(qtbot: QtBot, filled: BreakLog) -> None:
    window = open_window(qtbot, filled)
    add(filled, 0, Outcome.COMPLETED, ("seated-twist",), hour=16)
    window.refresh()
    assert window.cards.done_card.value.text() == "19 of 21"
    assert window.cards.streak_card.value.text() == "4"  # today now qualifies
    assert bars(window)[-1] == 4
    assert window.model.rowCount() == 21
    assert listed(window.least_list)[0] == ("seated-twist", "seated-twist — 2")


def test_a_hidden_window_reloads_when_shown_again(qtbot: QtBot, filled: BreakLog) -> None:
    window = open_window(qtbot, filled)
    window.hide()
    add(filled, 0, Outcome.COMPLETED, hour=16)
    window.refresh()
    assert window.cards.done_card.value.text() == "18 of 20"  # no queries while nobody looks
    window.show()
    assert window.cards.done_card.value.text() == "19 of 21"


def test_empty_log_shows_a_friendly_empty_state(qtbot: QtBot, log: BreakLog) -> None:
    window = open_window(qtbot, log)
    assert window.pages.currentWidget() is window.empty_page
    assert "first break" in window.empty_text.text()
    assert not window.export_button.isEnabled()
    add(log, 0, Outcome.SKIPPED)
    window.refresh()
    assert window.pages.currentWidget() is window.content
    assert window.cards.done_card.value.text() == "0 of 1"
    assert listed(window.most_list) == [(None, "Nothing yet")]
    assert window.export_button.isEnabled()


def test_export_writes_every_break_as_json_or_csv(
    qtbot: QtBot, filled: BreakLog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, filled)
    chosen = tmp_path / "out" / "my-breaks"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args: (str(chosen), "JSON (*.json)")
    )
    QTest.mouseClick(window.export_button, Qt.MouseButton.LeftButton)
    document = json.loads(chosen.with_suffix(".json").read_text())
    assert document["format"] == "postureapp-breaks"
    assert len(document["breaks"]) == 20
    assert window.status.text() == "wrote 20 breaks and 0 check-ins to my-breaks.json"
    assert window.export_to(tmp_path / "b.csv") == (20, 0)
    assert "uid" in (tmp_path / "b.csv").read_text().splitlines()[0]


def test_every_control_has_an_accessible_name(qtbot: QtBot, filled: BreakLog) -> None:
    window = open_window(qtbot, filled)
    controls = [
        *window.findChildren(QAbstractButton),
        *window.findChildren(QAbstractItemView),
        *window.findChildren(QChartView),
    ]
    shown = [control for control in controls if control.isVisible()]
    assert len(shown) >= 6
    assert [c for c in shown if not c.accessibleName()] == []


def test_fits_a_1366x768_screen_without_clipping_a_card(qtbot: QtBot, filled: BreakLog) -> None:
    window = open_window(qtbot, filled)
    window.resize(1, 1)  # the layout keeps it at its minimum size: the tightest it gets
    qtbot.waitUntil(lambda: window.size() == window.minimumSizeHint())
    assert window.width() <= 1366 and window.height() <= 700
    for card in window.findChildren(SummaryCard):
        for label in (card.caption, card.value, card.detail):
            wanted = label.heightForWidth(label.width()) if label.wordWrap() else -1
            assert label.height() >= max(wanted, label.minimumSizeHint().height())
            assert label.width() >= label.minimumSizeHint().width(), label.text()


def test_tick_steps_are_round_and_few() -> None:
    assert [tick_step(top, 8) for top in (5, 9, 17, 41, 81, 401)] == [1, 2, 5, 10, 20, 100]
    assert [tick_step(9, most) for most in (9, 4, 1, 0)] == [1, 5, 10, 10]


def test_long_exercise_times_read_in_hours() -> None:
    assert [format_minutes(m) for m in (0.4, 59.6, 268, 1501)] == [
        "0 min",
        "1 h 00 min",
        "4 h 28 min",
        "25 h 01 min",
    ]


def test_the_stiffness_trend_sits_beside_the_break_counts(qtbot: QtBot, filled: BreakLog) -> None:
    window = open_window(qtbot, filled)
    assert not window.chart_view.stiffness.isVisible(), "no check-ins yet, no line"
    filled.add_checkin(at=NOW - timedelta(days=2), feeling="same", stiffness=6)
    filled.add_checkin(at=NOW - timedelta(days=1), feeling="better", stiffness=4)
    filled.add_checkin(at=NOW - timedelta(days=1, hours=-1), feeling="better", stiffness=2)
    filled.add_checkin(at=NOW, feeling="warning")  # no rating: not a point
    window.refresh()
    line = window.chart_view.stiffness
    assert line.isVisible()
    points = [(p.x(), p.y()) for p in line.points()]
    assert points == [(27.0, 6.0), (28.0, 3.0)], "one point per day: the day's mean, on its bar"
