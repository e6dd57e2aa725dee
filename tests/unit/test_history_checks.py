"""What the break log refuses: a break closed wrongly, and every way an import file can be wrong.

Each refusal names the line, the field, what was expected and what was found, as the user reads it
from `postureapp import`; nothing of a refused file is written.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from postureapp.core.history import BreakLog, ExportFile, ImportFileError, Outcome, Trigger
from postureapp.core.history.importing import parse_export

PLUS2 = timezone(timedelta(hours=2))
NOW = datetime(2024, 5, 10, 9, 30, tzinfo=PLUS2)
AT = "2024-05-10T09:00:00+02:00"
HEADER = "id,uid,kind,trigger,due_at,started_at,ended_at,outcome,exercise_ids,seconds_done\n"
UID = "0123456789abcdef" * 2


def row(**fields: str) -> str:
    """One CSV line of a completed short break, with `fields` put in."""
    cells = {
        "id": "1", "uid": UID, "kind": "short", "trigger": "schedule", "due_at": AT,
        "started_at": AT, "ended_at": AT, "outcome": "completed", "exercise_ids": "twist",
        "seconds_done": "40",
    } | fields  # fmt: skip
    return ",".join(cells.values()) + "\n"


def problems(text: str, fmt: str) -> list[tuple[int | None, str, str, str]]:
    """(line, field, what was expected or the message, what was found) for each problem."""
    with pytest.raises(ImportFileError) as refused:
        parse_export(text, "old.csv", fmt=fmt)
    return [(p.line, p.field, p.expected or p.message, p.found) for p in refused.value.problems]


# --- closing a break ---------------------------------------------------------------------------


def test_finish_needs_a_final_outcome_real_seconds_and_an_end_after_the_start(
    tmp_path: Path,
) -> None:
    log, _ = BreakLog.open(tmp_path / "breaks.sqlite3", now=NOW)
    with log:
        running = log.start(
            kind="short", trigger=Trigger.SCHEDULE, due_at=NOW, started_at=NOW, exercise_ids=[]
        )
        with pytest.raises(ValueError, match="needs a final outcome, not 'running'"):
            log.finish(running, outcome=Outcome.RUNNING, ended_at=NOW, seconds_done=0)
        with pytest.raises(ValueError, match="cannot be negative, got -1"):
            log.finish(running, outcome=Outcome.PARTIAL, ended_at=NOW, seconds_done=-1)
        with pytest.raises(ValueError, match=r"cannot end .* before it started"):
            log.finish(
                running,
                outcome=Outcome.PARTIAL,
                ended_at=NOW - timedelta(seconds=1),
                seconds_done=0,
            )
        (still,) = log.rows()
        assert still.outcome is Outcome.RUNNING and still.ended_at is None
        # A break may end the second it starts (skipped at once), with no seconds done.
        log.finish(running, outcome=Outcome.SKIPPED, ended_at=NOW, seconds_done=0)
        (done,) = log.rows()
        assert (done.outcome, done.ended_at, done.seconds_done) == (Outcome.SKIPPED, NOW, 0)


def test_record_refuses_a_running_break(tmp_path: Path) -> None:
    log, _ = BreakLog.open(tmp_path / "breaks.sqlite3", now=NOW)
    with log:
        with pytest.raises(ValueError, match="record needs a final outcome"):
            log.record(
                kind="short",
                trigger="manual",
                due_at=NOW,
                started_at=NOW,
                ended_at=None,
                outcome=Outcome.RUNNING,
            )
        assert log.count() == 0


# --- CSV ---------------------------------------------------------------------------------------


def test_a_header_names_both_the_missing_and_the_unknown_columns() -> None:
    ((line, field, message, _),) = problems("uid,kind,colour\n" + "x,short,red\n", "csv")
    assert (line, field) == (1, "header")
    assert message.startswith(
        "missing column trigger, due_at, started_at, ended_at, outcome, exercise_ids, "
        "seconds_done; unknown column colour (expected id, uid,"
    )
    assert message.endswith("; id is optional)")


def test_a_header_without_the_id_column_is_enough() -> None:
    (read,) = parse_export(HEADER.removeprefix("id,") + row().partition(",")[2], "old.csv")
    assert read.uid == UID and read.seconds_done == 40


def test_a_row_of_the_wrong_length_is_named_by_row_and_line() -> None:
    text = HEADER + row() + "\n" + "1,2,3\n"
    assert problems(text, "csv") == [(4, "", "10 cells", "3")]


def test_every_wrong_field_of_a_row_is_named_on_its_line() -> None:
    text = HEADER + row() + row(
        uid="A" * 32, kind="medium", trigger="later", outcome="gone",
        started_at="2024-05-10T09:00:00", exercise_ids="a b", seconds_done="-5",
    )  # fmt: skip
    found = problems(text, "csv")
    assert [(line, field) for line, field, _, _ in found] == [
        (3, "uid"), (3, "kind"), (3, "trigger"), (3, "outcome"), (3, "started_at"),
        (3, "exercise_ids"), (3, "seconds_done"),
    ]  # fmt: skip
    assert found[0][2:] == ("32 lowercase hex digits", repr("A" * 32))
    assert found[4][2].startswith("an ISO 8601 time with a UTC offset")
    assert found[6][2:] == ("a whole number of seconds, 0 or more", "'-5'")


def test_an_end_before_the_start_and_a_missing_end_are_told_apart() -> None:
    early = "2024-05-10T08:59:59+02:00"
    assert problems(HEADER + row(ended_at=early), "csv") == [
        (2, "ended_at", f"a time not before started_at ({datetime.fromisoformat(AT)})", early)
    ]
    (still_open,) = parse_export(HEADER + row(ended_at="", outcome="skipped"), "old.csv")
    assert still_open.ended_at is None and still_open.outcome is Outcome.SKIPPED


@pytest.mark.parametrize(
    ("seconds", "read"), [("0", 0), ("7", 7)] + [(bad, None) for bad in ("", "4.5", "²", "x")]
)
def test_seconds_done_is_a_whole_number_of_zero_or_more(seconds: str, read: int | None) -> None:
    if read is None:
        assert problems(HEADER + row(seconds_done=seconds), "csv")[0][1] == "seconds_done"
    else:
        assert parse_export(HEADER + row(seconds_done=seconds), "old.csv")[0].seconds_done == read


def test_a_spreadsheets_leading_apostrophe_is_taken_off_every_cell() -> None:
    (read,) = parse_export(HEADER + row(exercise_ids="'twist", seconds_done="'40"), "old.csv")
    assert read.exercise_ids == ("twist",) and read.seconds_done == 40


def test_an_empty_csv_file_says_it_is_empty() -> None:
    assert problems("", "csv") == [(1, "", "a header line naming the columns", "an empty file")]


def test_a_header_alone_is_an_export_of_no_breaks() -> None:
    assert parse_export(HEADER, "old.csv") == []


# --- JSON --------------------------------------------------------------------------------------


SHAPE = "a JSON object with a 'breaks' list, as export writes it"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[]", (1, "", SHAPE, "'['")),
        ("{}", (1, "", SHAPE, "'}'")),
        ("", (1, "", SHAPE, "the end of the file")),
        ("{1: 2}", (1, "", "a key in double quotes", "1")),
        ('{"breaks" []}', (1, "", "':' after a key", "'['")),
        ('{"format": "postureapp-breaks"}', (1, "breaks", SHAPE, "no 'breaks' list")),
        ('{"breaks": []} x', (1, "", "the end of the file after the object", "'x'")),
        ('{"breaks": []', (1, "", "',' or '}'", "the end of the file")),
        ('{"breaks": [tru]}', (1, "breaks[0]", "valid JSON", "no value where one was needed")),
        ('{"breaks": {}}', (1, "", "a list of breaks", "'{'")),
    ],
)
def test_a_json_file_not_shaped_like_an_export_gets_one_precise_problem(
    text: str, expected: tuple[int, str, str, str]
) -> None:
    assert problems(text, "json") == [expected]


def test_each_json_record_that_is_not_a_break_is_named_by_its_place_and_line() -> None:
    text = '{"format": "postureapp-breaks",\n "breaks": [\n  5,\n  {"colour": 1}\n  {}]}'
    found = problems(text, "json")
    assert found[0] == (3, "breaks[0]", "an object", "5")
    assert found[1][:2] == (4, "breaks[1]") and "unknown column colour" in found[1][2]
    assert found[2] == (5, "", "',' or ']' in the list of breaks", "'{'")


def test_a_json_record_takes_exercise_ids_as_a_list_and_seconds_as_a_number() -> None:
    record = {
        "uid": UID, "kind": "long", "trigger": "manual", "due_at": AT, "started_at": AT,
        "ended_at": None, "outcome": "stopped", "exercise_ids": ["twist", "wall-angel"],
        "seconds_done": 12,
    }  # fmt: skip
    (read,) = parse_export(json.dumps({"breaks": [record], "version": 1}), "old.json")
    assert read.exercise_ids == ("twist", "wall-angel") and read.seconds_done == 12
    assert read.ended_at is None and read.trigger is Trigger.MANUAL
    for field, bad in [("exercise_ids", ["twist", 3]), ("seconds_done", True)]:
        text = json.dumps({"breaks": [record | {field: bad}]})
        assert [p[1] for p in problems(text, "json")] == [f"breaks[0].{field}"]


# --- the file on disk --------------------------------------------------------------------------


def test_a_file_starting_with_a_byte_order_mark_and_blank_lines_is_read_as_json(
    tmp_path: Path,
) -> None:
    path = tmp_path / "export"
    record = row().rstrip("\n").split(",")
    fields = dict(zip(HEADER.rstrip("\n").split(","), record, strict=True))
    body = ", ".join(f'"{k}": "{v}"' for k, v in fields.items() if k != "seconds_done")
    path.write_bytes(
        b"\xef\xbb\xbf\n  " + f'{{"breaks": [{{{body}, "seconds_done": 40}}]}}'.encode()
    )
    assert ExportFile(path).fmt == "json"
    assert ExportFile(path).check() == 1
    assert [r.uid for r in ExportFile(path).rows()] == [UID]


def test_rows_stop_at_the_first_problem_and_name_it(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text(HEADER + row() + row(kind="medium") + row(kind="tiny"))
    read: list[str] = []
    with pytest.raises(ImportFileError) as refused:
        read.extend(r.kind for r in ExportFile(path).rows())
    assert read == ["short"]
    assert [(p.line, p.field) for p in refused.value.problems] == [(3, "kind")]
    assert str(refused.value).startswith(f"{path}: cannot import, nothing was added:\n  ")


def test_more_than_twenty_problems_are_summed_up_in_the_message() -> None:
    text = HEADER + "".join(row(kind=f"k{n}") for n in range(23))
    with pytest.raises(ImportFileError) as refused:
        parse_export(text, "old.csv")
    message = str(refused.value)
    assert message.count("\n  old.csv:") == 20 and message.endswith("\n  … and 3 more")
    assert "reading stopped" not in message
