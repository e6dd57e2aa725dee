"""Writing back what waited in the journal: by uid, safe to repeat, never undoing a real end."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from postureapp.core.history import BreakLog, BreakRow, Outcome
from postureapp.core.history.writes import new_break, new_checkin

PLUS1 = timezone(timedelta(hours=1))
NOW = datetime(2026, 3, 2, 9, 0, tzinfo=PLUS1)
LATER = NOW + timedelta(seconds=75)


def open_log(tmp_path: Path) -> BreakLog:
    log, _ = BreakLog.open(tmp_path / "breaks.sqlite3", now=NOW)
    return log


def running_break() -> BreakRow:
    return new_break(
        kind="short", trigger="schedule", due_at=NOW, started_at=NOW, ended_at=None,
        outcome=Outcome.RUNNING, exercise_ids=["chin-tuck"], seconds_done=0,
    )  # fmt: skip


def test_a_break_is_added_once_and_takes_its_end_once(tmp_path: Path) -> None:
    row = running_break()
    done = replace(row, outcome=Outcome.COMPLETED, ended_at=LATER, seconds_done=75)
    with open_log(tmp_path) as log:
        assert log.put_break(row) is True
        assert log.put_break(row) is False  # still running: nothing new
        assert log.put_break(done) is True
        assert log.put_break(done) is False  # the same end again changes nothing
        stopped = replace(done, outcome=Outcome.STOPPED, seconds_done=10)
        assert log.put_break(stopped) is False  # an ended break keeps its end
        (kept,) = log.rows()
    assert (kept.uid, kept.outcome, kept.ended_at, kept.seconds_done) == (
        row.uid, Outcome.COMPLETED, LATER, 75,
    )  # fmt: skip
    assert kept.exercise_ids == ("chin-tuck",)


def test_a_break_marked_interrupted_by_a_restart_takes_its_real_end(tmp_path: Path) -> None:
    row = running_break()
    with open_log(tmp_path) as log:
        log.put_break(row)
    log, _ = BreakLog.open(tmp_path / "breaks.sqlite3", now=LATER)  # a restart
    with log:
        assert [r.outcome for r in log.rows()] == [Outcome.INTERRUPTED]
        done = replace(row, outcome=Outcome.PARTIAL, ended_at=LATER, seconds_done=30)
        assert log.put_break(done) is True
        (kept,) = log.rows()
    assert (kept.outcome, kept.ended_at, kept.seconds_done) == (Outcome.PARTIAL, LATER, 30)


def test_a_check_in_is_written_once_by_uid(tmp_path: Path) -> None:
    checkin = new_checkin(at=NOW, feeling="better", stiffness=3, note="after lunch")
    with open_log(tmp_path) as log:
        assert log.put_checkin(checkin) is True
        assert log.put_checkin(checkin) is False
        (kept,) = log.checkins()
    assert (kept.uid, kept.at, kept.feeling, kept.stiffness, kept.note) == (
        checkin.uid, NOW, "better", 3, "after lunch",
    )  # fmt: skip
    assert kept.at.utcoffset() == timedelta(hours=1)


@pytest.mark.parametrize(
    ("feeling", "stiffness", "message"),
    [
        ("grand", None, "feeling must be one of better, same, worse, warning, got 'grand'"),
        ("same", 11, "stiffness must be 0 to 10, got 11"),
        ("same", -1, "stiffness must be 0 to 10, got -1"),
    ],
)
def test_a_check_in_the_log_would_refuse_is_refused_before_writing(
    tmp_path: Path, feeling: str, stiffness: int | None, message: str
) -> None:
    with pytest.raises(ValueError) as refused:
        new_checkin(at=NOW, feeling=feeling, stiffness=stiffness, note=None)
    assert str(refused.value) == message
    good = new_checkin(at=NOW, feeling="same", stiffness=None, note=None)
    with open_log(tmp_path) as log:
        with pytest.raises(ValueError, match="stiffness must be"):
            log.put_checkin(replace(good, stiffness=11))
        assert log.checkins() == []
    for edge in (0, 10):
        assert new_checkin(at=NOW, feeling="warning", stiffness=edge, note=None).stiffness == edge


def test_a_new_break_is_checked_as_the_log_would_check_it() -> None:
    fields: dict[str, object] = {
        "kind": "long", "trigger": "manual", "due_at": NOW, "started_at": NOW, "ended_at": LATER,
        "outcome": Outcome.COMPLETED, "exercise_ids": ["wall-angel"], "seconds_done": 75,
    }  # fmt: skip
    row = new_break(**fields)  # type: ignore[arg-type]
    assert (row.kind, row.trigger.value, row.ended_at, row.exercise_ids) == (
        "long", "manual", LATER, ("wall-angel",),
    )  # fmt: skip
    assert len(row.uid) == 32 and row.uid != new_break(**fields).uid  # type: ignore[arg-type]
    for change, message in [
        ({"seconds_done": -1}, "seconds_done cannot be negative, got -1"),
        ({"ended_at": NOW - timedelta(seconds=1)}, "cannot end .* before it starts"),
        ({"kind": "medium"}, "kind must be one of short, long"),
        ({"exercise_ids": ["two words"]}, "no spaces or commas"),
        ({"due_at": NOW.replace(tzinfo=None)}, "timezone-aware"),
    ]:
        with pytest.raises(ValueError, match=message):
            new_break(**(fields | change))  # type: ignore[arg-type]
