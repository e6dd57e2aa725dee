"""The journal beside the break log: what could not be written yet survives a restart intact.

Every problem in a damaged journal is named by field, so the app can say what it set aside.
"""

from __future__ import annotations

import json
import stat
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from postureapp.core.history import journal
from postureapp.core.history.journal import Waiting
from postureapp.core.history.records import BreakRow, CheckIn
from postureapp.core.terms import Outcome, Trigger

PLUS1 = timezone(timedelta(hours=1))
AT = datetime(2026, 3, 2, 9, 0, tzinfo=PLUS1)
UID = "0123456789abcdef" * 2


def a_break(uid: str = UID, outcome: Outcome = Outcome.COMPLETED) -> BreakRow:
    return BreakRow(
        id=0, uid=uid, kind="long", trigger=Trigger.MANUAL, due_at=AT, started_at=AT,
        ended_at=AT + timedelta(seconds=90), outcome=outcome,
        exercise_ids=("chin-tuck", "wall-angel"), seconds_done=90,
    )  # fmt: skip


def c(n: int) -> str:
    """The uid of check-in number n (a check-in's uid is 32 hex digits, as the log makes it)."""
    return f"{n:032x}"


def a_checkin(uid: str = c(1), **fields: object) -> CheckIn:
    values: dict[str, object] = {
        "id": 0, "uid": uid, "at": AT, "feeling": "same", "stiffness": 4, "note": "desk"
    }  # fmt: skip
    return CheckIn(**(values | fields))  # type: ignore[arg-type]


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return journal.journal_path(tmp_path / "data" / "breaks.sqlite3")


def write(path: Path, document: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document))


def fields_of(path: Path) -> list[tuple[str, str, str]]:
    waiting, problems = journal.load(path)
    assert not waiting
    return [(p.field, p.expected, p.found) for p in problems]


def test_the_journal_sits_beside_the_log(tmp_path: Path) -> None:
    log = tmp_path / "data" / "breaks.sqlite3"
    assert journal.journal_path(log) == tmp_path / "data" / "breaks.sqlite3.journal.json"


def test_what_waits_comes_back_whole_and_in_order(path: Path) -> None:
    other = "f" * 32
    waiting = Waiting(
        breaks={UID: a_break(), other: a_break(other, Outcome.SKIPPED)},
        checkins={c(1): a_checkin(), c(2): a_checkin(c(2), stiffness=None, note=None)},
    )
    journal.save(path, waiting)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600  # only its owner reads the journal
    back, problems = journal.load(path)
    assert problems == []
    assert back == waiting and list(back.breaks) == [UID, other]
    assert list(back.checkins) == [c(1), c(2)] and len(back) == 4
    saved = json.loads(path.read_text())
    assert (saved["format"], saved["version"]) == ("postureapp-journal", 1)


def test_a_break_still_running_comes_back_interrupted(path: Path) -> None:
    journal.save(path, Waiting(breaks={UID: a_break(outcome=Outcome.RUNNING)}))
    back, _ = journal.load(path)
    assert back.breaks[UID].outcome is Outcome.INTERRUPTED
    assert back.breaks[UID].seconds_done == 90


def test_nothing_waiting_leaves_no_journal(path: Path) -> None:
    journal.save(path, Waiting(checkins={c(1): a_checkin()}))
    assert path.exists()
    journal.save(path, Waiting())
    assert not path.exists()
    journal.save(path, Waiting())  # and saving nothing again is no error
    assert journal.load(path) == (Waiting(), [])
    assert not Waiting() and len(Waiting()) == 0


def test_a_journal_of_someone_else_is_refused_by_format_then_version(path: Path) -> None:
    write(path, {"format": "other", "version": 1})
    ((field, expected, found),) = fields_of(path)
    assert (field, found) == ("format", "a table")
    assert expected == "a JSON object with format 'postureapp-journal'"
    write(path, [1])
    assert fields_of(path)[0][:2] == ("format", "a JSON object with format 'postureapp-journal'")
    write(path, {"format": "postureapp-journal", "version": 2, "breaks": []})
    assert fields_of(path) == [("version", "1", "2")]
    write(path, {"format": "postureapp-journal"})
    assert fields_of(path) == [("version", "1", "nothing (the field is missing)")]


def test_a_journal_that_is_not_json_or_too_big_is_one_problem(path: Path) -> None:
    path.parent.mkdir(parents=True)
    path.write_text("{not json")
    assert fields_of(path)[0][1:] == ("valid JSON", "a key not in double quotes")
    path.write_bytes(b" " * (journal.MAX_JOURNAL_BYTES + 1))
    assert fields_of(path)[0][1:] == ("a file of at most 4,000,000 bytes", "a bigger file")


def test_each_bad_entry_is_named_and_the_good_ones_are_kept(path: Path) -> None:
    good = json.loads(journal.encode(Waiting(breaks={UID: a_break()})))["breaks"][0]
    checkin = {"uid": c(1), "at": AT.isoformat(), "feeling": "same", "stiffness": 0, "note": None}
    write(path, {
        "format": "postureapp-journal", "version": 1,
        "breaks": [good, 7, good | {"uid": "x", "kind": "huge"}],
        "checkins": [
            checkin, "c2",
            checkin | {"uid": c(3), "stiffness": 11}, checkin | {"uid": c(4), "stiffness": True},
            checkin | {"uid": c(5), "note": 5}, checkin | {"uid": c(6), "feeling": "grand"},
            checkin | {"uid": c(7), "stiffness": 10, "note": "ok"},
            checkin | {"uid": "c8"}, checkin | {"uid": c(9), "at": "09:00"},
        ],
    })  # fmt: skip
    waiting, problems = journal.load(path)
    assert list(waiting.breaks) == [UID]
    assert list(waiting.checkins) == [c(1), c(7)] and waiting.checkins[c(7)].stiffness == 10
    assert [(p.field, p.expected, p.found) for p in problems[3:]] == [
        ("checkins[1]", "an object", "'c2'"),
        ("checkins[2].stiffness", "a whole number from 0 to 10, or nothing", "11"),
        ("checkins[3].stiffness", "a whole number from 0 to 10, or nothing", "true"),
        ("checkins[4].note", "text of at most 4,000 characters, or nothing", "5"),
        ("checkins[5].feeling", "one of better, same, worse, warning", "'grand'"),
        ("checkins[7].uid", "32 lowercase hex digits", "'c8'"),
        (
            "checkins[8].at",
            "an ISO 8601 time with a UTC offset, e.g. 2024-05-10T09:30:00+02:00",
            "'09:00'",
        ),
    ]
    assert [p.field for p in problems[:3]] == ["breaks[1]", "breaks[2].uid", "breaks[2].kind"]
    assert (problems[0].expected, problems[0].found) == ("an object", "7")
    assert {p.source for p in problems} == {str(path)}, "each names the journal it is in"


def test_a_note_in_any_language_is_kept_as_written_in_the_journal(path: Path) -> None:
    """Someone who opens the journal (it is plain JSON) reads the note as it was typed."""
    note = "Rücken steif, 肩こり"
    journal.save(path, Waiting(checkins={c(1): a_checkin(note=note)}))
    assert note in path.read_text(encoding="utf-8")
    assert journal.load(path)[0].checkins[c(1)].note == note


def test_lists_that_are_not_lists_are_named(path: Path) -> None:
    write(path, {"format": "postureapp-journal", "version": 1, "breaks": {}, "checkins": 3})
    assert fields_of(path) == [("breaks", "a list", "a table"), ("checkins", "a list", "3")]
    write(path, {"format": "postureapp-journal", "version": 1})
    assert journal.load(path) == (Waiting(), [])
