"""What `postureapp import` says of an export it refuses, word for word, and what it keeps of one
it takes: version 2 CSV with check-ins, JSON with check-ins and posture days, the limits of a line,
a cell, a key and a record, and the header values of a JSON export.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from postureapp.core.history import ExportFile, ImportFileError, PostureDay, journal, parse_export
from postureapp.core.history.importing import (
    MAX_CELL_CHARS,
    MAX_LINE_CHARS,
    MAX_RECORD_CHARS,
    read_row,
)
from postureapp.core.history.records import BreakRow, CheckIn
from postureapp.core.history.transfer import CSV_COLUMNS
from postureapp.core.i18n.qm import Catalogue
from postureapp.core.problems import Collector
from postureapp.core.terms import Outcome, Trigger
from postureapp.paths import assets_dir

PLUS2 = timezone(timedelta(hours=2))
AT = "2024-05-10T09:00:00+02:00"
LATER = "2024-05-10T09:05:00+02:00"
HEADER = "id,uid,kind,trigger,due_at,started_at,ended_at,outcome,exercise_ids,seconds_done\n"
UID = "0123456789abcdef" * 2
UID2 = "fedcba9876543210" * 2
V2_HEADER = ",".join(CSV_COLUMNS) + "\n"


def row(**fields: str) -> str:
    """One version 1 CSV line of a completed short break, with `fields` put in."""
    cells = {
        "id": "1", "uid": UID, "kind": "short", "trigger": "schedule", "due_at": AT,
        "started_at": AT, "ended_at": LATER, "outcome": "completed", "exercise_ids": "twist",
        "seconds_done": "40",
    } | fields  # fmt: skip
    return ",".join(cells.values()) + "\n"


def v2_line(**fields: str) -> str:
    """One version 2 CSV line: every column empty but those in `fields`."""
    return ",".join(fields.get(name, "") for name in CSV_COLUMNS) + "\n"


def record(**fields: object) -> dict[str, object]:
    """One JSON break of a completed short break, with `fields` put in."""
    return {
        "id": 1, "uid": UID, "kind": "short", "trigger": "schedule", "due_at": AT,
        "started_at": AT, "ended_at": LATER, "outcome": "completed", "exercise_ids": ["twist"],
        "seconds_done": 40,
    } | fields  # fmt: skip


def refused(text: str, fmt: str | None = None, source: str = "old.csv") -> str:
    """The whole message an import of `text` is refused with."""
    with pytest.raises(ImportFileError) as caught:
        parse_export(text, source, fmt=fmt)
    return str(caught.value)


def said(source: str, *lines: str) -> str:
    return "\n".join([f"{source}: cannot import, nothing was added:", *(f"  {x}" for x in lines)])


BREAK = BreakRow(
    id=0,
    uid=UID,
    kind="short",
    trigger=Trigger.SCHEDULE,
    due_at=datetime(2024, 5, 10, 9, 0, tzinfo=PLUS2),
    started_at=datetime(2024, 5, 10, 9, 0, tzinfo=PLUS2),
    ended_at=datetime(2024, 5, 10, 9, 5, tzinfo=PLUS2),
    outcome=Outcome.COMPLETED,
    exercise_ids=("twist",),
    seconds_done=40,
)


# --- what is kept -------------------------------------------------------------------------------


def test_a_csv_break_is_read_field_by_field() -> None:
    assert parse_export(HEADER + row(), "old.csv") == [BREAK]


def test_a_json_break_is_read_field_by_field() -> None:
    text = json.dumps({"format": "postureapp-breaks", "version": 2, "breaks": [record()]})
    assert parse_export(text, "old.json") == [BREAK]


def test_a_version_2_csv_holds_breaks_and_check_ins() -> None:
    text = (
        V2_HEADER
        + v2_line(record="break", **{k: v for k, v in zip(HEADER[:-1].split(","), row()[:-1].split(","), strict=True)})
        + v2_line(record="checkin", id="2", uid=UID2, at=AT, feeling="better", stiffness="3", note="ok")
    )  # fmt: skip
    brk, checkin = parse_export(text, "new.csv")
    assert brk == BREAK
    assert checkin == CheckIn(
        id=0,
        uid=UID2,
        at=datetime(2024, 5, 10, 9, 0, tzinfo=PLUS2),
        feeling="better",
        stiffness=3,
        note="ok",
    )


def test_a_version_2_csv_line_of_an_unknown_record_is_named() -> None:
    text = V2_HEADER + v2_line(record="note", uid=UID)
    assert refused(text) == said(
        "old.csv", "old.csv:2: record: expected break or checkin, found 'note'"
    )


def test_a_json_export_with_check_ins_and_posture_days_keeps_them_all() -> None:
    checkin = {"id": 4, "uid": UID2, "at": AT, "feeling": "worse", "stiffness": None, "note": None}
    figures = {"day": "2024-05-10", "upright_seconds": 60, "slouched_seconds": 6, "readings": 9,
               "unseen": 1}  # fmt: skip
    text = json.dumps(
        {
            "format": "postureapp-breaks",
            "version": 2,
            "breaks": [record()],
            "checkins": [checkin],
            "posture_days": [figures],
        }
    )
    read = parse_export(text, "new.json")
    assert read == [
        BREAK,
        CheckIn(0, UID2, datetime(2024, 5, 10, 9, 0, tzinfo=PLUS2), "worse", None, None),
        PostureDay(date(2024, 5, 10), 60, 6, 9, 1),
    ]


def test_empty_lists_are_an_export_of_nothing() -> None:
    assert parse_export('{"breaks": [ ], "checkins": []}', "none.json") == []


def test_the_format_is_guessed_from_the_first_character() -> None:
    assert parse_export("\n  " + json.dumps({"breaks": [record()]}), "x") == [BREAK]
    assert parse_export(HEADER + row(), "x") == [BREAK]
    message = refused("  [1]", source="x")
    assert message == said(
        "x", "x:1: expected a JSON object with a 'breaks' list, as export writes it, found '['"
    )


def test_a_file_is_guessed_from_its_first_character_past_a_byte_order_mark(
    tmp_path: Path,
) -> None:
    as_list = tmp_path / "list"
    as_list.write_bytes(b"\xef\xbb\xbf \t\r\n[1]")
    assert ExportFile(as_list).fmt == "json"
    csv_file = tmp_path / "csv"
    csv_file.write_text(HEADER + row())
    assert ExportFile(csv_file).fmt == "csv"
    assert ExportFile(csv_file, "json").fmt == "json"
    far = tmp_path / "far"
    far.write_bytes(b" " * 5000 + b"{")  # only the first 4 KiB are looked at
    assert ExportFile(far).fmt == "csv"


def test_a_file_is_read_as_json_only_if_its_first_4_kib_reach_the_brace(tmp_path: Path) -> None:
    near = tmp_path / "near.json"
    near.write_text(" " * 4095 + json.dumps({"breaks": [record()]}), encoding="utf-8")
    assert ExportFile(near).check() == 1
    assert list(ExportFile(near).rows()) == [BREAK]
    far = tmp_path / "far.json"
    far.write_bytes(b" " * 4096 + b"{")
    assert ExportFile(far).fmt == "csv"


@pytest.mark.parametrize("first", [b"X{", b"x[", b"\\{", b"\x0b{", b"#{"])
def test_only_a_byte_order_mark_and_blank_space_come_before_a_json_brace(
    tmp_path: Path, first: bytes
) -> None:
    path = tmp_path / "export"
    path.write_bytes(first + b"}")
    assert ExportFile(path).fmt == "csv"


def test_check_counts_breaks_and_check_ins_and_rows_gives_them(tmp_path: Path) -> None:
    path = tmp_path / "new.json"
    checkin = {"uid": UID2, "at": AT, "feeling": "same"}
    path.write_text(json.dumps({"breaks": [record()], "checkins": [checkin]}), encoding="utf-8")
    export = ExportFile(path)
    assert export.check() == 2
    assert [type(r).__name__ for r in export.rows()] == ["BreakRow", "CheckIn"]


def test_an_end_may_be_missing_or_null() -> None:
    (cut,) = parse_export(
        json.dumps({"breaks": [record(ended_at=None, outcome="interrupted")]}), "x"
    )
    assert cut.ended_at is None and cut.outcome is Outcome.INTERRUPTED
    (same,) = parse_export(HEADER + row(ended_at=""), "x")
    assert same.ended_at is None


def test_an_end_at_the_start_is_kept() -> None:
    (read,) = parse_export(HEADER + row(ended_at=AT), "x")
    assert read.ended_at == read.started_at


def test_exercise_ids_come_as_commas_or_a_list() -> None:
    (read,) = parse_export(HEADER + row(exercise_ids='"twist,chin-tuck"'), "x")
    assert read.exercise_ids == ("twist", "chin-tuck")
    (none,) = parse_export(HEADER + row(exercise_ids=""), "x")
    assert none.exercise_ids == ()
    (listed,) = parse_export(json.dumps({"breaks": [record(exercise_ids=[])]}), "x")
    assert listed.exercise_ids == ()


def test_read_row_keeps_its_prefix_in_every_field_name() -> None:
    check = Collector("x.json", lambda _field: 7)
    assert read_row({"uid": 3}, check, "breaks[2].") is None
    assert [p.field for p in check.problems] == [
        "breaks[2].uid", "breaks[2].kind", "breaks[2].trigger", "breaks[2].outcome",
        "breaks[2].due_at", "breaks[2].started_at", "breaks[2].ended_at", "breaks[2].exercise_ids",
        "breaks[2].seconds_done",
    ]  # fmt: skip
    assert {p.line for p in check.problems} == {7}


# --- a break refused ----------------------------------------------------------------------------


def test_every_wrong_json_field_is_named_with_what_was_found() -> None:
    bad = record(
        uid=5, due_at=17, started_at="2024-05-10T09:00:00", ended_at="yesterday",
        exercise_ids="a b", seconds_done=-1,
    )  # fmt: skip
    message = refused(json.dumps({"breaks": [bad]}), source="x.json")
    iso = "an ISO 8601 time with a UTC offset, e.g. 2024-05-10T09:30:00+02:00"
    assert message == said(
        "x.json",
        "x.json:1: breaks[0].uid: expected 32 lowercase hex digits, found 5",
        f"x.json:1: breaks[0].due_at: expected {iso}, found 17",
        f"x.json:1: breaks[0].started_at: expected {iso}, found '2024-05-10T09:00:00'",
        f"x.json:1: breaks[0].ended_at: expected {iso}, found 'yesterday'",
        "x.json:1: breaks[0].exercise_ids: expected exercise ids without spaces, separated by"
        " commas, found 'a b'",
        "x.json:1: breaks[0].seconds_done: expected a whole number of seconds, 0 or more, found -1",
    )


def test_only_the_end_of_a_break_may_be_left_empty() -> None:
    iso = "an ISO 8601 time with a UTC offset, e.g. 2024-05-10T09:30:00+02:00"
    for empty in ("", None):
        text = json.dumps({"breaks": [record(due_at=empty, started_at=empty, ended_at=empty)]})
        assert refused(text, source="x") == said(
            "x",
            f"x:1: breaks[0].due_at: expected {iso}, found {empty!r}",
            f"x:1: breaks[0].started_at: expected {iso}, found {empty!r}",
        )
    message = refused(HEADER + row(due_at="", started_at="", ended_at=""), source="x")
    assert message == said(
        "x", f"x:2: due_at: expected {iso}, found ''", f"x:2: started_at: expected {iso}, found ''"
    )


def test_a_journal_break_without_its_uid_exercises_or_seconds_names_each_as_missing(
    tmp_path: Path,
) -> None:
    """The journal reads its breaks as an import does, but no header vouches for their keys."""
    path = tmp_path / "breaks.sqlite3.journal.json"
    left_out = {
        k: v for k, v in record().items() if k not in ("uid", "exercise_ids", "seconds_done")
    }
    document = {"format": "postureapp-journal", "version": 1, "breaks": [left_out, record()]}
    path.write_text(json.dumps(document), encoding="utf-8")
    waiting, problems = journal.load(path)
    assert list(waiting.breaks.values()) == [BREAK]
    missing = "found nothing (the field is missing)"
    assert [str(p) for p in problems] == [
        f"{path}: breaks[0].uid: expected 32 lowercase hex digits, {missing}",
        f"{path}: breaks[0].exercise_ids: expected a list of exercise ids, {missing}",
        f"{path}: breaks[0].seconds_done: expected a whole number of seconds, 0 or more, {missing}",
    ]


def test_exercise_ids_of_another_kind_are_named() -> None:
    message = refused(json.dumps({"breaks": [record(exercise_ids=7)]}), source="x")
    assert message == said(
        "x", "x:1: breaks[0].exercise_ids: expected a list of exercise ids, found 7"
    )


def test_a_time_before_1970_is_refused() -> None:
    message = refused(HEADER + row(due_at="1969-12-31T23:59:59+00:00"), source="x")
    assert message == said(
        "x",
        "x:2: due_at: expected an ISO 8601 time with a UTC offset, e.g. 2024-05-10T09:30:00+02:00,"
        " found '1969-12-31T23:59:59+00:00'",
    )


@pytest.mark.parametrize("seconds", [True, "٣", "-0", 1.5])
def test_seconds_are_plain_whole_numbers(seconds: object) -> None:
    message = refused(json.dumps({"breaks": [record(seconds_done=seconds)]}), source="x")
    assert "x:1: breaks[0].seconds_done: expected a whole number of seconds, 0 or more" in message


def test_seconds_may_be_zero_or_written_as_text() -> None:
    (zero,) = parse_export(json.dumps({"breaks": [record(seconds_done=0)]}), "x")
    (text,) = parse_export(json.dumps({"breaks": [record(seconds_done="0012")]}), "x")
    assert (zero.seconds_done, text.seconds_done) == (0, 12)


def test_an_end_before_the_start_names_both() -> None:
    message = refused(HEADER + row(ended_at="2024-05-10T08:59:59+02:00"), source="x")
    assert message == said(
        "x",
        "x:2: ended_at: expected a time not before started_at (2024-05-10 09:00:00+02:00),"
        " found 2024-05-10T08:59:59+02:00",
    )


def test_a_json_record_with_wrong_keys_names_them_all() -> None:
    bad = {k: v for k, v in record().items() if k not in ("id", "kind")} | {"colour": "red"}
    message = refused(json.dumps({"breaks": [bad]}), source="x")
    assert message == said(
        "x",
        "x:1: breaks[0]: missing column kind; unknown column colour (expected id, uid, kind,"
        " trigger, due_at, started_at, ended_at, outcome, exercise_ids, seconds_done; id is"
        " optional)",
    )


def test_a_check_in_may_leave_out_its_stiffness_and_note_but_not_its_feeling() -> None:
    message = refused(json.dumps({"breaks": [], "checkins": [{"uid": UID, "at": AT}]}), source="x")
    assert message == said(
        "x",
        "x:1: checkins[0]: missing column feeling (expected id, uid, at, feeling, stiffness, note;"
        " id is optional)",
    )


# --- the CSV file -------------------------------------------------------------------------------


def test_rows_of_the_wrong_length_and_blank_lines_keep_their_line_numbers() -> None:
    text = HEADER + "\n" + row() + "\n\n" + "a,b\n" + row(kind="x")
    assert refused(text, source="x") == said(
        "x", "x:6: expected 10 cells, found 2", "x:7: kind: expected one of short, long, found 'x'"
    )


def test_a_header_with_unknown_and_missing_columns_stops_the_reading() -> None:
    text = "uid,colour\n" + "1,2,3\n"
    assert refused(text, source="x") == said(
        "x",
        "x:1: header: missing column kind, trigger, due_at, started_at, ended_at, outcome,"
        " exercise_ids, seconds_done; unknown column colour (expected id, uid, kind, trigger,"
        " due_at, started_at, ended_at, outcome, exercise_ids, seconds_done; id is optional)",
    )


def test_a_version_2_header_is_checked_against_version_2_columns() -> None:
    text = "record,uid\n"
    message = refused(text, source="x")
    assert message.startswith(said("x", "x:1: header: missing column kind, trigger,"))
    assert "seconds_done, at, feeling; unknown" not in message
    assert message.endswith(
        "(expected record, id, uid, kind, trigger, due_at, started_at, ended_at, outcome,"
        " exercise_ids, seconds_done, at, feeling, stiffness, note; id is optional)"
    )


def test_a_line_of_exactly_the_limit_is_read_and_one_more_is_refused(tmp_path: Path) -> None:
    at_limit = "," * (MAX_LINE_CHARS - 1) + "\n"
    message = refused(HEADER + at_limit, source="x")
    assert message == said("x", f"x:2: expected 10 cells, found {MAX_LINE_CHARS}")
    over = "," * MAX_LINE_CHARS + "\n"
    message = refused(HEADER + row() + over, source="x")
    assert message == said(
        "x", "x:3: expected a line of at most 1,048,576 characters, found a longer line"
    )


def test_a_cell_over_the_limit_names_its_line_in_english_and_german() -> None:
    german = Catalogue.read(assets_dir() / "translations" / "postureapp_de.qm").translate
    big = row(exercise_ids="x" * (MAX_CELL_CHARS + 1))
    with pytest.raises(ImportFileError) as caught:
        parse_export(HEADER + row() + big + row(), "x")
    assert str(caught.value) == said(
        "x", "x:3: expected a cell of at most 131,072 characters, found a longer one"
    )
    assert caught.value.text(german) == "\n".join(
        [
            "x: Import nicht möglich, nichts wurde hinzugefügt:",
            "  x:3: erwartet eine Zelle mit höchstens 131,072 Zeichen, gefunden einen längeren",
        ]
    )


def test_a_quoted_cell_over_several_lines_is_refused_on_the_line_it_grows_too_long() -> None:
    lines = "x" * (MAX_CELL_CHARS // 2 - 1) + "\n"  # two of them fill the cell to the limit
    text = HEADER + row() + row(exercise_ids='"' + lines * 3 + '"')
    assert refused(text, source="x") == said(
        "x", "x:5: expected a cell of at most 131,072 characters, found a longer one"
    )


def test_a_cell_of_exactly_the_limit_is_read() -> None:
    (read,) = parse_export(HEADER + row(exercise_ids="x" * MAX_CELL_CHARS), "x")
    assert read.exercise_ids == ("x" * MAX_CELL_CHARS,)


def test_an_empty_file_says_so_however_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "empty.csv"
    path.write_text("")
    with pytest.raises(ImportFileError) as caught:
        ExportFile(path, "csv").check()
    assert str(caught.value) == said(
        str(path), f"{path}:1: expected a header line naming the columns, found an empty file"
    )


def test_bytes_that_are_not_utf8_are_named_without_a_line(tmp_path: Path) -> None:
    path = tmp_path / "latin.json"
    path.write_bytes(b'{"breaks": ["\xe9"]}')
    with pytest.raises(ImportFileError) as caught:
        ExportFile(path).check()
    assert str(caught.value) == said(str(path), f"{path}: expected UTF-8 text, found byte 0xe9")


def test_rows_stop_at_the_first_problem_without_saying_reading_stopped(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(HEADER + row(kind="x") + row(kind="y"))
    with pytest.raises(ImportFileError) as caught:
        list(ExportFile(path).rows())
    assert str(caught.value) == said(
        str(path), f"{path}:2: kind: expected one of short, long, found 'x'"
    )


# --- the JSON file ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "line"),
    [
        ('"format": "other"', "format: expected 'postureapp-breaks', found 'other'"),
        ('"version": 3', "version: expected 1 to 2 (a newer version needs a newer postureapp), found 3"),
        ('"version": 0', "version: expected 1 to 2 (a newer version needs a newer postureapp), found 0"),
        ('"version": true', "version: expected 1 to 2 (a newer version needs a newer postureapp), found true"),
        ('"version": "2"', "version: expected 1 to 2 (a newer version needs a newer postureapp), found '2'"),
    ],
)  # fmt: skip
def test_an_export_of_another_format_or_a_newer_version_is_refused(header: str, line: str) -> None:
    text = '{\n"breaks": [],\n' + header + "\n}"
    assert refused(text, source="x") == said("x", f"x:3: {line}")


@pytest.mark.parametrize("version", [1, 2])
def test_versions_1_and_2_and_unknown_keys_are_taken(version: int) -> None:
    text = json.dumps({"version": version, "format": "postureapp-breaks", "made_by": "me",
                       "breaks": [record()]})  # fmt: skip
    assert parse_export(text, "x") == [BREAK]


def test_an_export_with_only_check_ins_has_no_breaks_list() -> None:
    text = json.dumps({"checkins": []})
    assert refused(text, source="x") == said(
        "x",
        "x:1: breaks: expected a JSON object with a 'breaks' list, as export writes it, found no"
        " 'breaks' list",
    )


def test_a_key_longer_than_a_thousand_characters_is_refused() -> None:
    fine = json.dumps({"k" * 998: 1, "breaks": []})
    assert parse_export(fine, "x") == []
    long = json.dumps({"breaks": [], "k" * 999: 1})
    assert refused(long, source="x") == said(
        "x", "x:1: expected a value of at most 1,000 characters, found a longer one"
    )


def test_a_record_of_exactly_the_limit_is_read() -> None:
    base = json.dumps(record(exercise_ids=[]), separators=(",", ":"))
    padding = MAX_RECORD_CHARS - len(base) - len(',"x":""')
    padded = {**record(exercise_ids=[]), "x": "y" * padding}
    text = json.dumps({"breaks": [padded]}, separators=(",", ":"))
    assert refused(text, source="x") == said(  # read whole, then its keys named
        "x",
        "x:1: breaks[0]: unknown column x (expected id, uid, kind, trigger, due_at, started_at,"
        " ended_at, outcome, exercise_ids, seconds_done; id is optional)",
    )
    message = refused(
        json.dumps({"breaks": [{**padded, "x": "y" * (padding + 1)}]}, separators=(",", ":")),
        source="x",
    )
    assert message == said(
        "x", "x:1: breaks[0]: expected a value of at most 65,536 characters, found a longer one"
    )


def test_a_list_cut_short_names_the_list() -> None:
    text = '{"checkins": [\n{"uid": "' + UID + '", "at": "' + AT + '", "feeling": "same"}\n"x"]}'
    assert refused(text, source="x") == said(
        "x", "x:3: expected ',' or ']' in the list of checkins, found '\"'"
    )


def test_a_key_that_is_not_text_is_named() -> None:
    assert refused('{"breaks": [], 5: 1}', source="x") == said(
        "x", "x:1: expected a key in double quotes, found 5"
    )


def test_posture_days_are_a_list_too() -> None:
    assert refused('{"breaks": [], "posture_days": {}}', source="x") == said(
        "x", "x:1: expected a list of posture_days, found '{'"
    )


def test_old_mac_line_endings_are_read_as_lines() -> None:
    assert parse_export((HEADER + row()).replace("\n", "\r"), "x") == [BREAK]
    assert parse_export((HEADER + row()).replace("\n", "\r\n"), "x") == [BREAK]


def test_a_note_keeps_its_own_line_breaks(tmp_path: Path) -> None:
    note = '"first line\r\nsecond line"'
    text = V2_HEADER + v2_line(record="checkin", uid=UID2, at=AT, feeling="same", note=note)
    (checkin,) = parse_export(text, "x")
    assert isinstance(checkin, CheckIn) and checkin.note == "first line\r\nsecond line"
    path = tmp_path / "notes.csv"
    path.write_bytes(text.encode())
    assert [getattr(r, "note", None) for r in ExportFile(path).rows()] == [checkin.note]


def test_each_item_that_is_not_an_object_is_named_by_its_place() -> None:
    text = '{"breaks": [\n1,\n"two",\n[3]\n]}'
    assert refused(text, source="x") == said(
        "x",
        "x:2: breaks[0]: expected an object, found 1",
        "x:3: breaks[1]: expected an object, found 'two'",
        "x:4: breaks[2]: expected an object, found [3]",
    )


def test_a_key_nested_too_deep_is_named_without_a_field() -> None:
    assert refused("{" + "[" * 100_000, source="x") == said(
        "x", "x:1: expected JSON nested no deeper than an export, found deeper nesting"
    )
