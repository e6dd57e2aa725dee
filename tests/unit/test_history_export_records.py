"""An export's records as a user reads them in the file, and read back: a check-in's stiffness and
note, a day's posture figures, the CSV and JSON an export writes, and the words a wrong value is
refused with."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from postureapp.core.history import ImportFileError, PostureDay, parse_export
from postureapp.core.history.checkin_records import MAX_NOTE_CHARS
from postureapp.core.history.records import (
    BreakRow,
    CheckIn,
    check_kind,
    day_from_number,
    day_number,
    join_exercises,
    offset_minutes,
    split_exercises,
    unix,
)
from postureapp.core.history.transfer import format_csv, format_json
from postureapp.core.terms import Outcome, Trigger

PLUS2 = timezone(timedelta(hours=2))
AT = "2024-05-10T09:00:00+02:00"
UID = "0123456789abcdef" * 2
WHEN = datetime(2024, 5, 10, 9, 0, tzinfo=PLUS2)


def refused(document: dict[str, object]) -> list[str]:
    """The problem lines of a refused JSON import (the heading left out)."""
    with pytest.raises(ImportFileError) as caught:
        parse_export(json.dumps({"breaks": [], **document}), "x")
    return [line.strip() for line in str(caught.value).splitlines()[1:]]


def checkins(*records: dict[str, object]) -> dict[str, object]:
    return {"checkins": [{"uid": UID, "at": AT, "feeling": "same"} | r for r in records]}


# --- check-ins ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "kept"),
    [(None, None), ("", None), (0, 0), (10, 10), ("7", 7), ("10", 10)],
)
def test_a_stiffness_from_0_to_10_or_none_is_kept(given: object, kept: int | None) -> None:
    (checkin,) = parse_export(json.dumps({"breaks": [], **checkins({"stiffness": given})}), "x")
    assert isinstance(checkin, CheckIn) and checkin.stiffness == kept


@pytest.mark.parametrize(
    ("given", "shown"),
    [(-1, "-1"), (11, "11"), (True, "true"), ("11", "11"), ("٣", "'٣'"), (2.5, "2.5")],
)
def test_any_other_stiffness_is_refused(given: object, shown: str) -> None:
    assert refused(checkins({"stiffness": given})) == [
        f"x:1: checkins[0].stiffness: expected a whole number from 0 to 10, or nothing, found {shown}"
    ]


def test_a_note_is_kept_up_to_its_limit() -> None:
    longest = "n" * MAX_NOTE_CHARS
    (checkin,) = parse_export(json.dumps({"breaks": [], **checkins({"note": longest})}), "x")
    assert isinstance(checkin, CheckIn) and checkin.note == longest
    (empty,) = parse_export(json.dumps({"breaks": [], **checkins({"note": ""})}), "x")
    assert isinstance(empty, CheckIn) and empty.note is None


def test_a_note_too_long_or_not_text_is_refused() -> None:
    expected = "expected text of at most 4,000 characters, or nothing"
    assert refused(checkins({"note": "n" * (MAX_NOTE_CHARS + 1)}, {"note": 5})) == [
        f"x:1: checkins[0].note: {expected}, found 4001 characters",
        f"x:1: checkins[1].note: {expected}, found 5",
    ]


def test_every_wrong_field_of_a_check_in_is_named() -> None:
    bad = {"uid": "X" * 32, "at": "2024-05-10T09:00:00", "feeling": "great"}
    assert refused(checkins(bad, {"at": 5}, {"at": "1969-12-31T23:00:00+00:00"})) == [
        f"x:1: checkins[0].uid: expected 32 lowercase hex digits, found '{'X' * 32}'",
        "x:1: checkins[0].at: expected an ISO 8601 time with a UTC offset, e.g."
        " 2024-05-10T09:30:00+02:00, found '2024-05-10T09:00:00'",
        "x:1: checkins[0].feeling: expected one of better, same, worse, warning, found 'great'",
        "x:1: checkins[1].at: expected an ISO 8601 time with a UTC offset, e.g."
        " 2024-05-10T09:30:00+02:00, found 5",
        "x:1: checkins[2].at: expected an ISO 8601 time with a UTC offset, e.g."
        " 2024-05-10T09:30:00+02:00, found '1969-12-31T23:00:00+00:00'",
    ]


def test_a_check_in_is_read_whole() -> None:
    record = {"uid": UID, "at": AT, "feeling": "warning", "stiffness": 4, "note": "stiff"}
    (checkin,) = parse_export(json.dumps({"breaks": [], "checkins": [record]}), "x")
    assert checkin == CheckIn(0, UID, WHEN, "warning", 4, "stiff")


# --- posture days -------------------------------------------------------------------------------


def day_record(**fields: object) -> dict[str, object]:
    base: dict[str, object] = {
        "day": "2024-05-10",
        "upright_seconds": 0,
        "slouched_seconds": 86_400,
        "readings": 10,
        "unseen": 2,
    }
    return base | fields


def test_a_days_figures_are_read_up_to_a_whole_day() -> None:
    (figures,) = parse_export(json.dumps({"breaks": [], "posture_days": [day_record()]}), "x")
    assert figures == PostureDay(date(2024, 5, 10), 0, 86_400, 10, 2)


def test_every_wrong_figure_of_a_day_is_named() -> None:
    bad = day_record(
        day="2024-5-10", upright_seconds=-1, slouched_seconds=86_401, readings=True, unseen="2"
    )
    figure = "expected a whole number from 0 to 86,400"
    others = [day_record(day="2024-02-30"), day_record(day="20240510"), day_record(day=20240510)]
    assert refused({"posture_days": [bad, *others]}) == [
        "x:1: posture_days[0].day: expected a date as YYYY-MM-DD, found '2024-5-10'",
        f"x:1: posture_days[0].upright_seconds: {figure}, found -1",
        f"x:1: posture_days[0].slouched_seconds: {figure}, found 86401",
        f"x:1: posture_days[0].readings: {figure}, found true",
        f"x:1: posture_days[0].unseen: {figure}, found '2'",
        "x:1: posture_days[1].day: expected a date as YYYY-MM-DD, found '2024-02-30'",
        "x:1: posture_days[2].day: expected a date as YYYY-MM-DD, found '20240510'",
        "x:1: posture_days[3].day: expected a date as YYYY-MM-DD, found 20240510",
    ]


def test_a_day_without_its_date_is_named() -> None:
    record = day_record()
    del record["day"]
    assert refused({"posture_days": [record]}) == [
        "x:1: posture_days[0]: missing column day (expected day, upright_seconds,"
        " slouched_seconds, readings, unseen; id is optional)"
    ]


# --- the export files ---------------------------------------------------------------------------

BREAK = BreakRow(
    id=3,
    uid=UID,
    kind="long",
    trigger=Trigger.MANUAL,
    due_at=WHEN,
    started_at=WHEN,
    ended_at=None,
    outcome=Outcome.INTERRUPTED,
    exercise_ids=("twist", "chin-tuck"),
    seconds_done=12,
)
CHECKIN = CheckIn(4, "f" * 32, WHEN, "better", None, "=SUM(A1)")


def test_the_csv_export_writes_a_line_per_record() -> None:
    text = format_csv([BREAK], [CHECKIN])
    assert "\r" not in text and text.endswith("\n")
    assert text.splitlines() == [
        "record,id,uid,kind,trigger,due_at,started_at,ended_at,outcome,exercise_ids,seconds_done,"
        "at,feeling,stiffness,note",
        f'break,3,{UID},long,manual,{AT},{AT},,interrupted,"twist,chin-tuck",12,,,,',
        f"checkin,4,{'f' * 32},,,,,,,,,{AT},better,,'=SUM(A1)",
    ]


def test_the_json_export_writes_every_field() -> None:
    document = json.loads(format_json([BREAK], [CHECKIN]))
    assert document == {
        "format": "postureapp-breaks",
        "version": 2,
        "breaks": [
            {
                "id": 3,
                "uid": UID,
                "kind": "long",
                "trigger": "manual",
                "due_at": AT,
                "started_at": AT,
                "ended_at": None,
                "outcome": "interrupted",
                "exercise_ids": ["twist", "chin-tuck"],
                "seconds_done": 12,
            }
        ],
        "checkins": [
            {
                "id": 4,
                "uid": "f" * 32,
                "at": AT,
                "feeling": "better",
                "stiffness": None,
                "note": "=SUM(A1)",
            }
        ],
    }
    text = format_json([], [], [PostureDay(date(2024, 5, 10), 1, 2, 3, 4)])
    assert text.endswith("\n") and '\n  "format": "postureapp-breaks",\n' in text
    assert json.loads(text)["posture_days"] == [
        {"day": "2024-05-10", "upright_seconds": 1, "slouched_seconds": 2, "readings": 3,
         "unseen": 4}
    ]  # fmt: skip


def test_a_note_in_any_script_is_written_as_it_is() -> None:
    text = format_json([], [CheckIn(1, UID, WHEN, "same", 1, "Nacken – steif")])
    assert '"note": "Nacken – steif"' in text


def test_what_is_exported_imports_back_the_same() -> None:
    ended = BreakRow(**{**BREAK.__dict__, "ended_at": WHEN + timedelta(seconds=1), "id": 0})
    checkin = CheckIn(0, "f" * 32, WHEN, "better", 3, "'quoted")
    for text in (format_csv([ended], [checkin]), format_json([ended], [checkin])):
        assert parse_export(text, "x") == [ended, checkin]


# --- the log's own checks -----------------------------------------------------------------------


def test_a_time_needs_its_offset_and_a_date_from_1970_on() -> None:
    with pytest.raises(
        ValueError, match=r"^a timezone-aware time is needed, got 2024-05-10T09:00:00$"
    ):
        offset_minutes(datetime(2024, 5, 10, 9, 0))
    with pytest.raises(
        ValueError, match=r"^times before 1970 are not accepted, got 1969-12-31T23:59:59\+00:00$"
    ):
        unix(datetime(1969, 12, 31, 23, 59, 59, tzinfo=UTC))
    assert unix(datetime(1970, 1, 1, tzinfo=UTC)) == 0
    assert offset_minutes(datetime(2024, 1, 1, tzinfo=timezone(timedelta(minutes=-330)))) == -330


def test_days_are_counted_from_1970() -> None:
    assert day_number(date(1970, 1, 1)) == 0
    assert day_number(date(1970, 1, 2)) == 1
    assert day_from_number(19853) == date(2024, 5, 10)


def test_exercise_ids_are_joined_with_commas_and_checked() -> None:
    assert join_exercises(["twist", "chin-tuck"]) == "twist,chin-tuck"
    assert split_exercises("twist,chin-tuck") == ("twist", "chin-tuck")
    assert split_exercises("") == ()
    with pytest.raises(ValueError, match=r"^an exercise id has no spaces or commas, got 'a b'$"):
        join_exercises(["twist", "a b"])


def test_a_kind_is_short_or_long() -> None:
    assert check_kind("long") == "long"
    with pytest.raises(ValueError, match=r"^kind must be one of short, long, got 'medium'$"):
        check_kind("medium")
