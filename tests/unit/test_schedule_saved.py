"""schedule.json, the countdown saved between runs: exactly what is written, what is taken back
when fields are missing, and the sentence that names the first field a damaged file gets wrong."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from postureapp.core import schedule_file
from postureapp.core.plan import ScheduleState
from postureapp.core.problems import ProblemError

PLUS_ONE = timezone(timedelta(hours=1))
T0 = datetime(2026, 3, 2, 9, 0, tzinfo=PLUS_ONE)
START = '"interval_start": "2026-03-02T09:00:00+00:00"'
ISO = "expected an ISO 8601 time with a UTC offset, e.g. 2024-05-10T09:30:00+02:00"


def refusal(text: str) -> str:
    with pytest.raises(ValueError) as caught:
        schedule_file.loads_state(text)
    return str(caught.value)


def test_the_file_holds_every_field_sorted_with_its_offset(tmp_path: Path) -> None:
    state = ScheduleState(T0, 2, 1, T0 + timedelta(minutes=5), None, False)
    path = tmp_path / "state" / "schedule.json"
    schedule_file.save_state(path, state, T0 + timedelta(minutes=3))
    assert path.read_text(encoding="utf-8") == (
        "{\n"
        '  "breaks_towards_long": 2,\n'
        '  "interval_start": "2026-03-02T09:00:00+01:00",\n'
        '  "paused_indefinitely": false,\n'
        '  "paused_until": null,\n'
        '  "saved_at": "2026-03-02T09:03:00+01:00",\n'
        '  "snoozed_until": "2026-03-02T09:05:00+01:00",\n'
        '  "snoozes_in_row": 1\n'
        "}\n"
    )
    loaded = schedule_file.load_state(path)
    assert loaded == ScheduleState(
        T0, 2, 1, T0 + timedelta(minutes=5), None, False, T0 + timedelta(minutes=3)
    )
    assert loaded is not None and loaded.interval_start.utcoffset() == timedelta(hours=1)


def test_only_the_start_of_the_interval_is_needed() -> None:
    state = schedule_file.loads_state("{" + START + ', "snoozed_until": "", "paused_until": null}')
    assert state == ScheduleState(datetime(2026, 3, 2, 9, 0, tzinfo=UTC))
    assert (state.breaks_towards_long, state.snoozes_in_row, state.paused_indefinitely) == (
        0,
        0,
        False,
    )
    assert state.snoozed_until is None and state.paused_until is None and state.saved_at is None


def test_counts_up_to_a_million_are_taken() -> None:
    text = "{" + START + ', "breaks_towards_long": 1000000, "snoozes_in_row": 0}'
    state = schedule_file.loads_state(text)
    assert (state.breaks_towards_long, state.snoozes_in_row) == (1_000_000, 0)


@pytest.mark.parametrize(
    ("fields", "said"),
    [
        (
            ', "snoozes_in_row": 1000001',
            "snoozes_in_row: expected an integer from 0 to 1000000, found 1000001",
        ),
        (
            ', "breaks_towards_long": true',
            "breaks_towards_long: expected an integer from 0 to 1000000, found true",
        ),
        (
            ', "breaks_towards_long": -1',
            "breaks_towards_long: expected an integer from 0 to 1000000, found -1",
        ),
        (', "paused_indefinitely": 1', "paused_indefinitely: expected true or false, found 1"),
        (
            ', "saved_at": "2026-03-02T09:00:00"',
            f"saved_at: {ISO}, found '2026-03-02T09:00:00'",
        ),
        (
            ', "paused_until": "soon", "snoozed_until": "later"',
            f"snoozed_until: {ISO}, found 'later'",
        ),
    ],
)
def test_a_damaged_field_is_named_with_what_was_expected(fields: str, said: str) -> None:
    assert refusal("{" + START + fields + "}") == f"schedule: {said}"


def test_the_first_field_in_order_is_the_one_named() -> None:
    assert refusal('{"interval_start": "x", "paused_until": "y"}') == (
        f"schedule: interval_start: {ISO}, found 'x'"
    )
    assert refusal('{"paused_until": "y"}') == (
        f"schedule: interval_start: {ISO}, found nothing (the field is missing)"
    )


def test_a_file_that_is_no_object_or_nested_too_deep_is_refused() -> None:
    assert refusal("[1]") == "schedule: expected a JSON object, found [1]"
    assert refusal("[" * 5000 + "]" * 5000) == "nested too deep to be a saved schedule"


def test_a_damaged_file_is_named_by_its_path_and_a_missing_one_is_no_state(tmp_path: Path) -> None:
    path = tmp_path / "schedule.json"
    assert schedule_file.load_state(path) is None
    path.write_text("[]", encoding="utf-8")
    with pytest.raises(ValueError) as caught:
        schedule_file.load_state(path)
    assert str(caught.value) == f"{path}: expected a JSON object, found []"
    assert isinstance(caught.value, ProblemError)
    assert caught.value.problem.as_dict() == {
        "file": str(path),
        "line": None,
        "column": None,
        "field": "",
        "expected": "a JSON object",
        "found": "[]",
        "message": f"{path}: expected a JSON object, found []",
    }
