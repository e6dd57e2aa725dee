"""The recent-breaks table model, read through the model API alone: no view, no widget."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QLocale, QModelIndex, Qt

from postureapp.core.history import BreakRow, Outcome, Trigger
from postureapp.ui.history_model import BREAK_ROLE, Column, RecentBreaksModel

PLUS2 = timezone(timedelta(hours=2))
MINUS5 = timezone(timedelta(hours=-5))


@pytest.fixture(autouse=True)
def english_locale() -> Iterator[None]:
    """Weekday names come from QLocale; pin them so the expected strings hold on any machine."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


def make_row(
    row_id: int,
    started: datetime,
    outcome: Outcome = Outcome.COMPLETED,
    exercises: tuple[str, ...] = ("chin-tuck",),
    *,
    kind: str = "short",
    trigger: Trigger = Trigger.SCHEDULE,
    seconds: int = 60,
) -> BreakRow:
    return BreakRow(
        id=row_id,
        uid=f"{row_id:032x}",
        kind=kind,
        trigger=trigger,
        due_at=started,
        started_at=started,
        ended_at=started + timedelta(seconds=seconds),
        outcome=outcome,
        exercise_ids=exercises,
        seconds_done=seconds,
    )


OLDEST = make_row(1, datetime(2024, 5, 13, 9, 30, tzinfo=PLUS2))
PARTIAL = make_row(
    2,
    datetime(2024, 5, 15, 16, 5, tzinfo=PLUS2),
    Outcome.PARTIAL,
    ("chin-tuck", "seated-twist"),
    kind="long",
    trigger=Trigger.FIXED_TIME,
    seconds=125,
)
NATURAL = make_row(
    3,
    datetime(2024, 5, 14, 12, 0, tzinfo=MINUS5),  # 17:00 UTC on the 14th, on a trip
    Outcome.NATURAL,
    (),
    trigger=Trigger.NATURAL,
    seconds=180,
)


@pytest.fixture
def model() -> RecentBreaksModel:
    model = RecentBreaksModel({"chin-tuck": "Chin tuck"})
    model.set_rows([OLDEST, PARTIAL, NATURAL])
    return model


def text(model: RecentBreaksModel, row: int, column: Column) -> object:
    return model.data(model.index(row, column))


def test_one_row_per_break_and_the_columns_a_user_reads(model: RecentBreaksModel) -> None:
    assert model.rowCount() == 3
    assert model.columnCount() == 6
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in Column]
    assert headers == ["When", "Kind", "Outcome", "Exercises", "Time done", "Started by"]
    # A table model has no children: a view asking for them must get none.
    assert model.rowCount(model.index(0, 0)) == 0


def test_newest_first_whatever_order_the_rows_come_in(model: RecentBreaksModel) -> None:
    assert [model.row_at(r).id for r in range(3)] == [PARTIAL.id, NATURAL.id, OLDEST.id]
    assert model.data(model.index(0, Column.WHEN), BREAK_ROLE) is model.row_at(0)


def test_display_strings_of_a_partial_long_break(model: RecentBreaksModel) -> None:
    assert [text(model, 0, c) for c in Column] == [
        "Wed 5/15/24 4:05\u202fPM",  # the locale's short date and time (en_US here)
        "Long",
        "Ended early",
        "Chin tuck, seated-twist",  # a known title, and an id the library does not know
        "2 min 5 s",
        "Fixed time",
    ]


def test_when_follows_the_locale(model: RecentBreaksModel) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    assert text(model, 0, Column.WHEN) == "Mi. 15.05.24 16:05"
    QLocale.setDefault(QLocale(QLocale.Language.Japanese, QLocale.Country.Japan))
    assert text(model, 0, Column.WHEN) == "水 2024/05/15 16:05"


def test_a_break_abroad_shows_the_clock_time_the_user_saw_there(model: RecentBreaksModel) -> None:
    assert text(model, 1, Column.WHEN) == "Tue 5/14/24 12:00\u202fPM"
    assert text(model, 1, Column.EXERCISES) == "—"
    assert text(model, 1, Column.DONE) == "3 min"
    assert text(model, 1, Column.TRIGGER) == "Time away"
    assert text(model, 2, Column.DONE) == "1 min"


def test_outcome_tooltip_explains_it_and_time_done_is_right_aligned(
    model: RecentBreaksModel,
) -> None:
    tip = model.data(model.index(0, Column.OUTCOME), Qt.ItemDataRole.ToolTipRole)
    assert "ended it before the end" in str(tip)
    exercises_tip = model.data(model.index(0, Column.EXERCISES), Qt.ItemDataRole.ToolTipRole)
    assert exercises_tip == "Chin tuck\nseated-twist"
    alignment = model.data(model.index(0, Column.DONE), Qt.ItemDataRole.TextAlignmentRole)
    assert alignment == int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert model.data(QModelIndex()) is None


def test_new_rows_replace_the_old_ones_with_a_reset(model: RecentBreaksModel) -> None:
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    fresh = make_row(9, datetime(2024, 5, 16, 8, 0, tzinfo=PLUS2), Outcome.SKIPPED, seconds=0)
    model.set_rows([fresh])
    assert resets == [True]
    assert model.rowCount() == 1
    assert text(model, 0, Column.OUTCOME) == "Skipped"
    assert text(model, 0, Column.DONE) == "0 s"
