"""Opening the break log as the user meets it: a failed upgrade says why in plain words, the files
stay private, a log already up to date is left alone, a damaged file goes aside with its WAL and
shared-memory files, and a failed write leaves the log ready for the next one."""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from postureapp.core.history import MIGRATIONS, BreakLog, HistoryError, Outcome, Trigger

PLUS2 = timezone(timedelta(hours=2))
NOW = datetime(2024, 5, 10, 9, 30, tzinfo=PLUS2)
CURRENT = len(MIGRATIONS)


def logged(db: Path) -> None:
    """A log at the current version holding one completed break."""
    with BreakLog.open(db, now=NOW)[0] as log:
        log.record(
            kind="short",
            trigger=Trigger.SCHEDULE,
            due_at=NOW,
            started_at=NOW,
            ended_at=NOW,
            outcome=Outcome.COMPLETED,
            exercise_ids=["twist"],
            seconds_done=0,
        )


def failing(error: BaseException):  # type: ignore[no-untyped-def]
    def step(conn: sqlite3.Connection) -> None:
        raise error

    return step


@pytest.mark.parametrize(
    ("error", "why"),
    [
        (RuntimeError("the disk hiccupped"), "the disk hiccupped"),
        (ValueError(), "ValueError"),
        (OSError(errno.EACCES, "Permission denied"), "permission denied"),
        (OSError(errno.ENOSPC, "No space left on device"), "the disk is full"),
        (sqlite3.OperationalError("no such table: moods"), "a database error (no such table: moods)"),
    ],
)  # fmt: skip
def test_a_failed_upgrade_says_why_and_that_nothing_changed(
    tmp_path: Path, error: BaseException, why: str
) -> None:
    db = tmp_path / "breaks.sqlite3"
    logged(db)
    with pytest.raises(HistoryError) as refused:
        BreakLog.open(db, now=NOW, migrations=(*MIGRATIONS, failing(error)))
    assert str(refused.value) == (
        f"{db}: upgrading the log to version {CURRENT + 1} failed ({why}); nothing was changed"
    )
    assert refused.value.__cause__ is error
    with BreakLog.open(db, now=NOW)[0] as log:  # still readable as it was
        assert log.count() == 1


def test_a_log_from_a_newer_app_says_both_versions(tmp_path: Path) -> None:
    db = tmp_path / "breaks.sqlite3"
    logged(db)
    with pytest.raises(HistoryError) as refused:
        BreakLog.open(db, now=NOW, migrations=MIGRATIONS[:4])
    assert str(refused.value) == (
        f"{db}: the log has schema version {CURRENT}, newer than this version of the app"
        " understands (4); please update the app"
    )


def test_a_log_up_to_date_is_opened_without_a_backup_or_an_upgrade(tmp_path: Path) -> None:
    db = tmp_path / "breaks.sqlite3"
    logged(db)
    log, report = BreakLog.open(db, now=NOW)
    log.close()
    assert (report.migrated_from, report.backup, report.set_aside) == (None, None, None)
    assert not list(tmp_path.glob("*backup*"))


def test_an_old_log_is_upgraded_step_by_step_from_its_version(tmp_path: Path) -> None:
    db = tmp_path / "breaks.sqlite3"
    BreakLog.open(db, now=NOW, migrations=MIGRATIONS[:2])[0].close()
    ran: list[int] = []

    def note(version: int):  # type: ignore[no-untyped-def]
        def step(conn: sqlite3.Connection) -> None:
            ran.append(version)
            MIGRATIONS[version](conn)

        return step

    steps = tuple(note(v) for v in range(CURRENT))
    log, report = BreakLog.open(db, now=NOW, migrations=steps)
    log.close()
    assert ran == list(range(2, CURRENT))
    assert report.migrated_from == 2
    assert report.backup == tmp_path / "breaks.sqlite3.backup-v2-20240510-093000"
    with sqlite3.connect(report.backup) as backup:
        assert backup.execute("PRAGMA user_version").fetchone()[0] == 2
    assert sqlite3.connect(db).execute("PRAGMA user_version").fetchone()[0] == CURRENT


def test_a_step_another_process_made_meanwhile_is_not_made_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two processes upgrade at once: the other one makes step 5 while this one backs up."""
    db = tmp_path / "breaks.sqlite3"
    BreakLog.open(db, now=NOW, migrations=MIGRATIONS[:4])[0].close()
    connect = sqlite3.connect

    def other_process_upgrades_first(target: Path, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        if ".backup-" in str(target):
            other = connect(db, isolation_level=None)
            other.execute("BEGIN IMMEDIATE")
            MIGRATIONS[4](other)
            other.execute("PRAGMA user_version = 5")
            other.execute("COMMIT")
            other.close()
        return connect(target, *args, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", other_process_upgrades_first)
    ran: list[int] = []

    def note(version: int):  # type: ignore[no-untyped-def]
        def step(conn: sqlite3.Connection) -> None:
            ran.append(version)
            MIGRATIONS[version](conn)

        return step

    log, report = BreakLog.open(db, now=NOW, migrations=tuple(note(v) for v in range(CURRENT)))
    log.close()
    monkeypatch.undo()
    assert ran == [5], "step 4 (to version 5) was made by the other process"
    assert report.migrated_from == 4
    assert connect(db).execute("PRAGMA user_version").fetchone()[0] == CURRENT


@pytest.mark.skipif(not hasattr(os, "fchmod"), reason="POSIX file modes")
def test_the_log_and_its_companions_are_private_to_their_owner(tmp_path: Path) -> None:
    db = tmp_path / "deep" / "er" / "breaks.sqlite3"
    logged(db)
    reader = sqlite3.connect(db)  # another process reading keeps the WAL files in place
    reader.execute("SELECT COUNT(*) FROM breaks").fetchone()
    names = sorted(p.name for p in db.parent.iterdir())
    assert names == ["breaks.sqlite3", "breaks.sqlite3-shm", "breaks.sqlite3-wal"]
    for path in db.parent.iterdir():
        path.chmod(0o644)  # as an older version of the app left them
    BreakLog.open(db, now=NOW)[0].close()
    reader.close()
    for path in db.parent.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name


def test_a_damaged_file_goes_aside_with_its_shared_memory_file(tmp_path: Path) -> None:
    db = tmp_path / "breaks.sqlite3"
    db.write_bytes(b"not a database" * 100)
    db.with_name("breaks.sqlite3-shm").write_bytes(b"old shm")
    log, report = BreakLog.open(db, now=NOW)
    log.close()
    assert report.set_aside == tmp_path / "breaks.sqlite3.corrupt-20240510-093000"
    aside_shm = tmp_path / "breaks.sqlite3.corrupt-20240510-093000-shm"
    assert aside_shm.read_bytes() == b"old shm"


def test_a_quick_open_of_a_sound_log_reads_it(tmp_path: Path) -> None:
    db = tmp_path / "breaks.sqlite3"
    logged(db)
    log, report = BreakLog.open(db, now=NOW, full_check=False, recover_interrupted=False)
    with log:
        assert log.count() == 1 and report.set_aside is None
        assert log._conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_failed_write_leaves_the_log_ready_for_the_next(tmp_path: Path) -> None:
    db = tmp_path / "breaks.sqlite3"
    log, _ = BreakLog.open(db, now=NOW)
    with log:
        with pytest.raises(ZeroDivisionError), log._transaction() as conn:
            conn.execute("DELETE FROM breaks")
            raise ZeroDivisionError
        assert not log._conn.in_transaction
        logged_id = log.record(
            kind="long",
            trigger=Trigger.MANUAL,
            due_at=NOW,
            started_at=NOW,
            ended_at=NOW,
            outcome=Outcome.SKIPPED,
        )
        assert [r.id for r in log.rows()] == [logged_id]


@pytest.mark.parametrize("full_check", [True, False])
def test_a_log_this_sqlite_can_only_read_is_not_taken_for_damage(
    tmp_path: Path, full_check: bool
) -> None:
    """A file whose header asks for a newer writer (write version 3): SQLite opens it read-only.
    The open fails as it is, and the file is left where it was, never set aside."""
    db = tmp_path / "breaks.sqlite3"
    with sqlite3.connect(db) as made:
        made.execute("CREATE TABLE breaks (id INTEGER PRIMARY KEY)")
    made.close()
    data = bytearray(db.read_bytes())
    data[18] = 3  # the file format write version
    db.write_bytes(bytes(data))
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        BreakLog.open(db, now=NOW, full_check=full_check)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["breaks.sqlite3"]
    assert db.read_bytes() == bytes(data)


def running_break(db: Path) -> None:
    """A log left by a session that died mid-break: one row still 'running'."""
    with BreakLog.open(db, now=NOW)[0] as log:
        log.start(
            kind="short", trigger=Trigger.SCHEDULE, due_at=NOW, started_at=NOW, exercise_ids=[]
        )


def test_the_apps_own_connection_marks_a_break_left_running_as_interrupted(
    tmp_path: Path,
) -> None:
    """`connect` is how the app's recorder opens the log: a crashed break is closed by default."""
    db = tmp_path / "breaks.sqlite3"
    running_break(db)
    conn, report = BreakLog.connect(db, now=NOW)
    with BreakLog(conn, db) as log:
        assert report.interrupted == 1
        assert [row.outcome for row in log.rows()] == [Outcome.INTERRUPTED]


def test_the_apps_own_connection_sets_aside_damage_past_the_header(tmp_path: Path) -> None:
    """By default `connect` runs the full check: a row no version of the log could hold (a break
    with an outcome outside the list) is damage, and the file goes aside for a fresh one."""
    db = tmp_path / "breaks.sqlite3"
    logged(db)
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA ignore_check_constraints = ON")
        conn.execute("UPDATE breaks SET outcome = 'lost'")
    conn.close()
    conn, report = BreakLog.connect(db, now=NOW)
    with BreakLog(conn, db) as log:
        assert report.set_aside == tmp_path / "breaks.sqlite3.corrupt-20240510-093000"
        assert log.count() == 0
    with sqlite3.connect(report.set_aside) as aside:  # kept as it was, for recovery
        assert aside.execute("SELECT outcome FROM breaks").fetchall() == [("lost",)]
    aside.close()


def test_a_log_in_memory_leaves_no_file_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Until the log file opens, the recorder reads an empty log in memory with the same schema."""
    monkeypatch.chdir(tmp_path)
    conn, report = BreakLog.connect(Path(":memory:"), now=NOW)
    with BreakLog(conn, Path(":memory:")) as log:
        assert log.count() == 0 and log.checkins() == []
        assert conn.execute("PRAGMA user_version").fetchone()[0] == CURRENT
    assert report.set_aside is None
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(not hasattr(os, "fchmod"), reason="POSIX file modes")
def test_companions_another_process_is_writing_are_made_private_too(tmp_path: Path) -> None:
    """SQLite fixes the mode of an empty WAL or shared-memory file itself, not of one in use."""
    db = tmp_path / "breaks.sqlite3"
    logged(db)
    with BreakLog.open(db, now=NOW)[0] as other:  # another process, its writes still in the WAL
        other.add_checkin(at=NOW, feeling="better")
        for path in tmp_path.iterdir():
            path.chmod(0o644)  # as an older version of the app left them
        BreakLog.open(db, now=NOW)[0].close()
        modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in tmp_path.iterdir()}
    assert modes == {
        "breaks.sqlite3": 0o600,
        "breaks.sqlite3-wal": 0o600,
        "breaks.sqlite3-shm": 0o600,
    }


def test_an_opened_log_knows_its_file(tmp_path: Path) -> None:
    """The history window imports into the file the log names."""
    db = tmp_path / "breaks.sqlite3"
    log, _ = BreakLog.open(db, now=NOW)
    with log:
        assert log.path == db
