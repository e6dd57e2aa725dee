"""The break log: what survives crashes, damage, upgrades and a second process reading along."""

from __future__ import annotations

import random
import sqlite3
from collections import Counter
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from postureapp.core.history import (
    MIGRATIONS,
    BreakLog,
    BreakRow,
    DayOutcomeTotal,
    HistoryError,
    Outcome,
    OutcomeTotal,
    Trigger,
)
from postureapp.core.history.schema import V1_OUTCOMES
from postureapp.core.review import exercise_totals

PLUS2 = timezone(timedelta(hours=2))
NOW = datetime(2024, 5, 10, 9, 30, tzinfo=PLUS2)
CURRENT = 6  # the schema version this app writes


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "data" / "breaks.sqlite3"


def open_log(db: Path, **kwargs: object) -> BreakLog:
    log, _ = BreakLog.open(db, now=NOW, **kwargs)  # type: ignore[arg-type]
    return log


def completed(log: BreakLog, started: datetime, *exercises: str) -> int:
    return log.record(
        kind="short",
        trigger=Trigger.SCHEDULE,
        due_at=started,
        started_at=started,
        ended_at=started + timedelta(seconds=60),
        outcome=Outcome.COMPLETED,
        exercise_ids=exercises,
        seconds_done=60,
    )


def test_open_creates_folders_and_sets_wal_synchronous_and_busy_timeout(db: Path) -> None:
    with open_log(db) as log:
        conn = log._conn  # the pragmas are per connection: read them where they were set
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == 5000
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS) == CURRENT
    assert db.is_file()


def test_start_is_committed_and_visible_to_another_process_before_finish(db: Path) -> None:
    with open_log(db) as log:
        row_id = log.start(
            kind="long",
            trigger="manual",
            due_at=NOW,
            started_at=NOW,
            exercise_ids=["seated-twist", "wall-angel"],
        )
        other = sqlite3.connect(db)
        seen = other.execute("SELECT outcome, exercise_ids FROM breaks WHERE id = ?", (row_id,))
        assert seen.fetchall() == [("running", "seated-twist,wall-angel")]
        log.finish(
            row_id, outcome=Outcome.PARTIAL, ended_at=NOW + timedelta(seconds=40), seconds_done=40
        )
        assert other.execute("SELECT outcome, seconds_done FROM breaks").fetchall() == [
            ("partial", 40)
        ]
        other.close()


def test_a_break_left_running_by_a_crash_is_interrupted_on_next_open(db: Path) -> None:
    log = open_log(db)
    kept = completed(log, NOW - timedelta(hours=1), "neck-roll")
    crashed = log.start(
        kind="short", trigger="schedule", due_at=NOW, started_at=NOW, exercise_ids=["a"]
    )
    log.close()  # the process died here, before finish()

    log, report = BreakLog.open(db, now=NOW + timedelta(minutes=5))
    assert report.interrupted == 1
    by_id = {row.id: row for row in log.rows()}
    assert set(by_id) == {kept, crashed}
    assert by_id[crashed].outcome is Outcome.INTERRUPTED
    assert by_id[crashed].ended_at is None  # the crash time is unknown: none is invented
    assert by_id[crashed].exercise_ids == ("a",)
    assert by_id[kept].outcome is Outcome.COMPLETED
    assert by_id[kept].exercise_ids == ("neck-roll",)
    log.close()
    assert BreakLog.open(db, now=NOW)[1].interrupted == 0


def test_a_second_process_can_leave_the_apps_running_break_alone(db: Path) -> None:
    with open_log(db) as app:
        row_id = app.start(
            kind="short", trigger="schedule", due_at=NOW, started_at=NOW, exercise_ids=()
        )
        cli, report = BreakLog.open(db, now=NOW, recover_interrupted=False)
        assert report.interrupted == 0
        cli.close()
        app.finish(row_id, outcome=Outcome.COMPLETED, ended_at=NOW, seconds_done=0)
        assert [r.outcome for r in app.rows()] == [Outcome.COMPLETED]


def test_finish_refuses_a_break_that_is_not_running(db: Path) -> None:
    with open_log(db) as log:
        done = completed(log, NOW)
        with pytest.raises(HistoryError, match="already completed"):
            log.finish(done, outcome=Outcome.SKIPPED, ended_at=NOW, seconds_done=0)
        with pytest.raises(HistoryError, match="does not exist"):
            log.finish(999, outcome=Outcome.SKIPPED, ended_at=NOW, seconds_done=0)


def test_rows_come_back_in_the_offset_they_were_recorded_in(db: Path) -> None:
    india = timezone(timedelta(hours=5, minutes=30))
    started = datetime(2024, 5, 10, 14, 0, 7, tzinfo=india)
    with open_log(db) as log:
        completed(log, started, "chin-tuck")
        (row,) = log.rows()
    assert row.started_at == started
    assert row.started_at.utcoffset() == timedelta(hours=5, minutes=30)
    assert row.ended_at == started + timedelta(seconds=60)
    assert row.trigger is Trigger.SCHEDULE
    assert len(row.uid) == 32


def test_an_offset_with_seconds_is_kept_to_the_minute_and_the_day_follows_it(db: Path) -> None:
    """An offset such as the old local mean times had (Amsterdam's was +00:19:32)."""
    odd = timezone(timedelta(minutes=19, seconds=32))
    started = datetime(2024, 5, 11, 0, 0, 10, tzinfo=odd)  # 23:59:38 on the 10th at +00:19
    with open_log(db) as log:
        completed(log, started, "chin-tuck")
        (row,) = log.rows()
        days = log.daily_completed(date(2024, 5, 10), date(2024, 5, 11))
    assert row.started_at == started
    assert row.started_at.isoformat() == "2024-05-10T23:59:38+00:19"
    assert days == {date(2024, 5, 10): 1, date(2024, 5, 11): 0}


def test_rows_filter_order_and_limit(db: Path) -> None:
    with open_log(db) as log:
        ids = [completed(log, NOW + timedelta(hours=h)) for h in range(5)]
        assert [r.id for r in log.rows()] == ids[::-1]
        assert [r.id for r in log.rows(newest_first=False, limit=2)] == ids[:2]
        window = log.rows(since=NOW + timedelta(hours=1), until=NOW + timedelta(hours=3))
        assert [r.id for r in window] == [ids[2], ids[1]]
        assert log.count() == 5


def test_bad_input_is_rejected_before_anything_is_written(db: Path) -> None:
    with open_log(db) as log:
        with pytest.raises(ValueError, match="timezone-aware"):
            completed(log, datetime(2024, 5, 10, 9, 30))
        with pytest.raises(ValueError, match="kind must be one of short, long"):
            log.record(
                kind="medium",
                trigger="manual",
                due_at=NOW,
                started_at=NOW,
                ended_at=NOW,
                outcome=Outcome.SKIPPED,
            )
        with pytest.raises(ValueError, match="no spaces or commas"):
            completed(log, NOW, "two,ids")
        with pytest.raises(ValueError, match="before it starts"):
            log.record(
                kind="short",
                trigger="manual",
                due_at=NOW,
                started_at=NOW,
                ended_at=NOW - timedelta(seconds=1),
                outcome=Outcome.SKIPPED,
            )
        assert log.count() == 0


def test_daily_completed_uses_the_local_day_of_each_break(db: Path) -> None:
    minus5 = timezone(timedelta(hours=-5))
    with open_log(db) as log:
        # 00:30 on the 10th in +02:00 is still the 9th in UTC: it belongs to the 10th.
        completed(log, datetime(2024, 5, 10, 0, 30, tzinfo=PLUS2))
        # 22:00 on the 10th in -05:00 is already the 11th in UTC: it belongs to the 10th.
        completed(log, datetime(2024, 5, 10, 22, 0, tzinfo=minus5))
        completed(log, datetime(2024, 5, 12, 23, 59, 59, tzinfo=PLUS2))
        log.record(
            kind="short",
            trigger="schedule",
            due_at=NOW,
            started_at=NOW,
            ended_at=NOW,
            outcome=Outcome.SKIPPED,
        )
        days = log.daily_completed(date(2024, 5, 9), date(2024, 5, 12))
    assert days == {
        date(2024, 5, 9): 0,
        date(2024, 5, 10): 2,
        date(2024, 5, 11): 0,
        date(2024, 5, 12): 1,
    }


def test_checkins_are_stored_and_validated(db: Path) -> None:
    with open_log(db) as log:
        log.add_checkin(at=NOW, feeling="better", stiffness=3, note="less stiff after lunch")
        log.add_checkin(at=NOW + timedelta(days=1), feeling="warning")
        with pytest.raises(ValueError, match="stiffness must be 0 to 10"):
            log.add_checkin(at=NOW, feeling="same", stiffness=11)
        with pytest.raises(ValueError, match="feeling must be one of"):
            log.add_checkin(at=NOW, feeling="great")
        first, second = log.checkins()
        assert (first.at, first.feeling, first.stiffness, first.note) == (
            NOW,
            "better",
            3,
            "less stiff after lunch",
        )
        assert (second.stiffness, second.note) == (None, None)
        assert [c.feeling for c in log.checkins(since=NOW + timedelta(hours=1))] == ["warning"]


# --- damage ------------------------------------------------------------------------------------


def test_a_file_that_is_not_a_database_is_set_aside_and_replaced(db: Path) -> None:
    db.parent.mkdir(parents=True)
    garbage = b"this is not sqlite at all\x00\xff" * 200
    db.write_bytes(garbage)

    log, report = BreakLog.open(db, now=NOW)
    aside = db.with_name("breaks.sqlite3.corrupt-20240510-093000")
    assert report.set_aside == aside
    assert aside.read_bytes() == garbage
    completed(log, NOW)
    assert log.count() == 1
    log.close()


def test_the_damaged_files_wal_goes_aside_with_it_not_into_the_new_log(db: Path) -> None:
    db.parent.mkdir(parents=True)
    db.write_bytes(b"garbage" * 100)
    wal = db.with_name(db.name + "-wal")
    wal.write_bytes(b"junk wal")
    holder = sqlite3.connect(db)  # another process still has the damaged file open
    with pytest.raises(sqlite3.DatabaseError):
        holder.execute("PRAGMA quick_check").fetchall()

    log, report = BreakLog.open(db, now=NOW)
    assert report.set_aside is not None
    assert report.set_aside.with_name(report.set_aside.name + "-wal").read_bytes() == b"junk wal"
    assert log.count() == 0
    log.close()
    holder.close()


def test_a_truncated_database_is_set_aside_and_replaced(db: Path) -> None:
    with open_log(db) as log:
        for minute in range(2000):
            completed(log, NOW + timedelta(minutes=minute), "seated-twist")
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 2])

    log, report = BreakLog.open(db, now=NOW)
    assert report.set_aside is not None
    assert report.set_aside.read_bytes() == data[: len(data) // 2]
    assert log.count() == 0
    log.close()


def test_setting_aside_never_overwrites_an_earlier_aside_file(db: Path) -> None:
    db.parent.mkdir(parents=True)
    earlier = db.with_name("breaks.sqlite3.corrupt-20240510-093000")
    earlier.write_bytes(b"an older damaged log")
    db.write_bytes(b"garbage" * 100)

    log, report = BreakLog.open(db, now=NOW)
    log.close()
    assert report.set_aside == db.with_name("breaks.sqlite3.corrupt-20240510-093000-2")
    assert earlier.read_bytes() == b"an older damaged log"
    assert report.set_aside.read_bytes() == b"garbage" * 100


# --- migrations --------------------------------------------------------------------------------


def add_mood_column(conn: sqlite3.Connection) -> None:
    conn.execute("ALTER TABLE breaks ADD COLUMN mood TEXT")


def test_a_new_database_is_created_without_a_backup(db: Path) -> None:
    log, report = BreakLog.open(db, now=NOW)
    log.close()
    assert (report.migrated_from, report.backup) == (None, None)
    assert sorted(p.name for p in db.parent.iterdir() if "backup" in p.name) == []


def test_an_upgrade_backs_up_the_file_first_then_migrates(db: Path) -> None:
    with open_log(db) as log:
        completed(log, NOW, "neck-roll")

    log, report = BreakLog.open(db, now=NOW, migrations=(*MIGRATIONS, add_mood_column))
    assert report.migrated_from == CURRENT
    assert report.backup == db.with_name(f"breaks.sqlite3.backup-v{CURRENT}-20240510-093000")
    assert sqlite3.connect(db).execute("PRAGMA user_version").fetchone()[0] == CURRENT + 1
    assert [r.exercise_ids for r in log.rows()] == [("neck-roll",)]
    log.close()
    backup = sqlite3.connect(report.backup)
    assert backup.execute("PRAGMA user_version").fetchone()[0] == CURRENT
    assert backup.execute("SELECT exercise_ids FROM breaks").fetchall() == [("neck-roll",)]
    backup.close()


def test_a_failing_upgrade_step_is_rolled_back_entirely(db: Path) -> None:
    with open_log(db) as log:
        completed(log, NOW)

    def half_done(conn: sqlite3.Connection) -> None:
        add_mood_column(conn)
        conn.execute("DELETE FROM breaks")
        raise RuntimeError("disk hiccup")

    with pytest.raises(HistoryError, match=f"upgrading the log to version {CURRENT + 1} failed"):
        BreakLog.open(db, now=NOW, migrations=(*MIGRATIONS, half_done))
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == CURRENT
    columns = [row[1] for row in conn.execute("PRAGMA table_info(breaks)")]
    assert "mood" not in columns
    assert conn.execute("SELECT COUNT(*) FROM breaks").fetchone()[0] == 1
    conn.close()


def test_a_log_from_a_newer_app_is_refused_not_damaged(db: Path) -> None:
    open_log(db, migrations=(*MIGRATIONS, add_mood_column)).close()
    with pytest.raises(HistoryError, match=f"schema version {CURRENT + 1}, newer"):
        BreakLog.open(db, now=NOW)
    assert db.exists()
    assert not list(db.parent.glob("*.corrupt-*"))


# --- summary tables ----------------------------------------------------------------------------

OFFSETS = (-600, -300, 0, 60, 120, 330, 840)
EXERCISES = ("twist", "wall-angel", "chin-tuck", 'quo"te\\back')  # JSON's own characters too
FINAL = tuple(o for o in Outcome if o is not Outcome.RUNNING)


def random_time(rng: random.Random) -> datetime:
    """A moment in May 2024, in one of several offsets, so local days and UTC days differ."""
    moment = datetime(2024, 5, 1, tzinfo=UTC) + timedelta(seconds=rng.randrange(20 * 86400))
    return moment.astimezone(timezone(timedelta(minutes=rng.choice(OFFSETS))))


def random_exercises(rng: random.Random) -> list[str]:
    return rng.sample(EXERCISES, rng.randrange(3))


def random_row(rng: random.Random) -> BreakRow:
    started = random_time(rng)
    return BreakRow(
        id=0,
        uid=f"{rng.getrandbits(128):032x}",
        kind=rng.choice(("short", "long")),
        trigger=Trigger.SCHEDULE,
        due_at=started,
        started_at=started,
        ended_at=None,
        outcome=rng.choice(list(Outcome)),
        exercise_ids=tuple(random_exercises(rng)),
        seconds_done=rng.randrange(400),
    )


def assert_summary_matches_the_breaks(log: BreakLog) -> None:
    """Every read of the summary tables equals the same totals counted afresh in Python."""
    rows = log.export_rows()
    breaks: Counter[tuple[date, Outcome]] = Counter()
    seconds: Counter[tuple[date, Outcome]] = Counter()
    exercise_lists: Counter[tuple[str, ...]] = Counter()
    for row in rows:
        key = (row.started_at.date(), row.outcome)
        breaks[key] += 1
        seconds[key] += row.seconds_done
        if row.outcome is Outcome.COMPLETED:
            exercise_lists[row.exercise_ids] += 1
    expected = sorted(DayOutcomeTotal(d, o, n, seconds[(d, o)]) for (d, o), n in breaks.items())
    assert sorted(log.day_outcome_totals()) == expected
    assert dict(log.completed_exercise_sets()) == dict(exercise_lists)
    by_outcome = {
        o: OutcomeTotal(
            sum(t.breaks for t in expected if t.outcome is o),
            sum(t.seconds for t in expected if t.outcome is o),
        )
        for o in {t.outcome for t in expected}
    }
    assert log.outcome_totals() == by_outcome
    for streak_min in (1, 2):
        good = [
            t.day for t in expected if t.outcome is Outcome.COMPLETED and t.breaks >= streak_min
        ]
        assert log.good_days(streak_min) == good
    assert_exercise_totals_match(log, rows)


#: Ranges that take whole months from the monthly summary, cut months from the breaks, or both.
EXERCISE_RANGES = (
    (None, None),
    (date(2024, 5, 1), date(2024, 5, 31)),
    (date(2024, 4, 30), date(2024, 5, 2)),
    (date(2024, 5, 5), date(2024, 5, 14)),
    (date(2024, 5, 15), None),
    (None, date(2024, 5, 9)),
    (date(2024, 4, 1), date(2024, 6, 30)),
)


def assert_exercise_totals_match(log: BreakLog, rows: list[BreakRow]) -> None:
    for since, until in EXERCISE_RANGES:
        inside = [
            r for r in rows if (since or date.min) <= r.started_at.date() <= (until or date.max)
        ]
        found = log.exercise_outcome_totals(since=since, until=until)
        expected = exercise_totals(inside)
        assert [t[:3] for t in found] == [t[:3] for t in expected], (since, until)
        assert [t[3] for t in found] == pytest.approx([t[3] for t in expected])


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_the_summary_stays_exact_through_every_kind_of_change(db: Path, seed: int) -> None:
    rng = random.Random(seed)
    log = open_log(db)
    editor = sqlite3.connect(db, isolation_level=None)  # a hand edit from another process
    running: list[int] = []
    try:
        for step in range(1, 301):
            ids = [r.id for r in log.rows()]
            action = rng.choice(("record", "start", "finish", "update", "delete", "import"))
            if action == "record":
                started = random_time(rng)
                log.record(
                    kind="short",
                    trigger=Trigger.SCHEDULE,
                    due_at=started,
                    started_at=started,
                    ended_at=started,
                    outcome=rng.choice(FINAL),
                    exercise_ids=random_exercises(rng),
                    seconds_done=rng.randrange(400),
                )
            elif action == "start":
                started = random_time(rng)
                running.append(
                    log.start(
                        kind="long",
                        trigger=Trigger.MANUAL,
                        due_at=started,
                        started_at=started,
                        exercise_ids=random_exercises(rng),
                    )
                )
            elif action == "finish" and running:
                row_id = running.pop(rng.randrange(len(running)))
                log.finish(
                    row_id,
                    outcome=rng.choice(FINAL),
                    ended_at=NOW + timedelta(days=30),
                    seconds_done=rng.randrange(400),
                )
            elif action == "update" and ids:
                shift = rng.randrange(-90000, 90000)  # moves the break to another day
                change = rng.choice(
                    (
                        f"started_at = started_at + {shift}, ended_at = ended_at + {shift}",
                        f"utc_offset_minutes = {rng.choice(OFFSETS)}",
                        f"outcome = '{rng.choice(FINAL).value}'",
                        f"seconds_done = {rng.randrange(400)}",
                        f"exercise_ids = '{','.join(random_exercises(rng))}'",
                    )
                )
                row_id = rng.choice(ids)
                editor.execute(f"UPDATE breaks SET {change} WHERE id = ?", (row_id,))
                if row_id in running and change.startswith("outcome"):
                    running.remove(row_id)
            elif action == "delete" and ids:
                row_id = rng.choice(ids)
                editor.execute("DELETE FROM breaks WHERE id = ?", (row_id,))
                if row_id in running:
                    running.remove(row_id)
            elif action == "import":
                again = rng.sample(log.export_rows(), min(3, len(ids)))
                fresh = [random_row(rng) for _ in range(rng.randrange(1, 6))]
                assert log.import_rows([*again, *fresh]) == (len(fresh), len(again))
            if step % 50 == 0:
                assert_summary_matches_the_breaks(log)
        log.close()
        log, report = BreakLog.open(db, now=NOW)  # marks what is still running as interrupted
        assert report.interrupted == len(running)
        assert_summary_matches_the_breaks(log)
    finally:
        editor.close()
        log.close()


@pytest.fixture
def v1_db(db: Path) -> Path:
    """A log as the first version of the app left it: breaks only, no summary tables."""
    rng = random.Random(7)
    with open_log(db, migrations=MIGRATIONS[:1]) as log:
        rows = (random_row(rng) for _ in range(200))
        log.import_rows(
            replace(row, outcome=Outcome.SKIPPED) if row.outcome not in V1_OUTCOMES else row
            for row in rows
        )
        log.start(kind="short", trigger="schedule", due_at=NOW, started_at=NOW, exercise_ids=())
    return db


def test_a_version_1_log_cannot_hold_outcomes_it_did_not_know(db: Path) -> None:
    with open_log(db, migrations=MIGRATIONS[:1]) as log, pytest.raises(sqlite3.IntegrityError):
        log.record(
            kind="short",
            trigger="manual",
            due_at=NOW,
            started_at=NOW,
            ended_at=NOW,
            outcome=Outcome.STOPPED,
        )


def test_upgrading_to_version_3_keeps_every_row_and_accepts_stopped(v1_db: Path) -> None:
    before = sqlite3.connect(v1_db)
    rows = before.execute("SELECT * FROM breaks ORDER BY id").fetchall()
    before.close()
    with open_log(v1_db) as log:
        stopped = log.record(
            kind="short",
            trigger="manual",
            due_at=NOW,
            started_at=NOW,
            ended_at=NOW,
            outcome=Outcome.STOPPED,
            seconds_done=12,
        )
        reader = sqlite3.connect(v1_db)
        kept = reader.execute(
            "SELECT * FROM breaks WHERE id != ? ORDER BY id", (stopped,)
        ).fetchall()
        assert [r[:8] + r[9:] for r in kept] == [r[:8] + r[9:] for r in rows]  # all but outcome
        assert log.outcome_totals()[Outcome.STOPPED] == (1, 12)
        assert_summary_matches_the_breaks(log)
        indexes = {name for (name,) in reader.execute("SELECT name FROM sqlite_schema")}
        reader.close()
        assert {"breaks_started_at", "breaks_count_insert", "breaks_count_update"} <= indexes


def test_upgrading_a_version_1_log_backs_it_up_and_fills_the_summary(v1_db: Path) -> None:
    log, report = BreakLog.open(v1_db, now=NOW)
    with log:
        assert (report.migrated_from, report.interrupted) == (1, 1)
        assert report.backup == v1_db.with_name("breaks.sqlite3.backup-v1-20240510-093000")
        assert log.count() == 201
        assert_summary_matches_the_breaks(log)
        completed(log, NOW, "twist")  # and the triggers keep it so from now on
        assert_summary_matches_the_breaks(log)
    backup = sqlite3.connect(report.backup)
    assert backup.execute("PRAGMA user_version").fetchone()[0] == 1
    assert backup.execute("SELECT COUNT(*) FROM breaks").fetchone()[0] == 201
    tables = {name for (name,) in backup.execute("SELECT name FROM sqlite_schema")}
    assert "day_totals" not in tables
    backup.close()


def test_day_reads_of_the_summary_keep_to_the_local_days_asked_for(db: Path) -> None:
    minus5 = timezone(timedelta(hours=-5))
    with open_log(db) as log:
        for _ in range(2):
            completed(log, datetime(2024, 5, 10, 22, 0, tzinfo=minus5))  # the 11th in UTC
        completed(log, datetime(2024, 5, 11, 0, 30, tzinfo=PLUS2))  # the 10th in UTC
        log.record(
            kind="short",
            trigger="schedule",
            due_at=NOW,
            started_at=datetime(2024, 5, 12, 8, 0, tzinfo=PLUS2),
            ended_at=None,
            outcome=Outcome.SKIPPED,
            seconds_done=5,
        )
        may = date(2024, 5, 10)
        assert log.good_days(2) == [may]
        assert log.good_days(1, since=may + timedelta(days=1)) == [may + timedelta(days=1)]
        assert log.outcome_totals(until=may) == {Outcome.COMPLETED: OutcomeTotal(2, 120)}
        assert log.outcome_totals(since=may + timedelta(days=2)) == {
            Outcome.SKIPPED: OutcomeTotal(1, 5)
        }
        assert log.day_outcome_totals(since=may + timedelta(days=1), until=may + timedelta(1)) == [
            DayOutcomeTotal(may + timedelta(days=1), Outcome.COMPLETED, 1, 60)
        ]


# --- opening quickly ---------------------------------------------------------------------------


def damage_table(db: Path, table: str) -> None:
    """Overwrite the first page of one table, as a failing disk might, leaving the header sound."""
    conn = sqlite3.connect(db)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    (root,) = conn.execute("SELECT rootpage FROM sqlite_schema WHERE name = ?", (table,)).fetchone()
    conn.close()
    with db.open("r+b") as file:
        file.seek((root - 1) * page_size)
        file.write(b"\xa5" * page_size)


@pytest.mark.parametrize(
    ("offset", "junk"),
    [(0, b"not a database"), (16, b"\x00\x03")],  # the magic string; an impossible page size
)
def test_the_quick_open_still_sets_aside_a_file_with_a_damaged_header(
    db: Path, offset: int, junk: bytes
) -> None:
    with open_log(db) as log:
        completed(log, NOW)
    with db.open("r+b") as file:
        file.seek(offset)
        file.write(junk)
    log, report = BreakLog.open(db, now=NOW, recover_interrupted=False, full_check=False)
    with log:
        assert report.set_aside is not None
        assert log.count() == 0


def test_damage_past_the_header_is_left_to_the_full_check(db: Path) -> None:
    with open_log(db) as log:
        completed(log, NOW, "twist")
    damage_table(db, "day_totals")

    quick, report = BreakLog.open(db, now=NOW, recover_interrupted=False, full_check=False)
    with quick:
        assert report.set_aside is None
        with pytest.raises(sqlite3.DatabaseError, match="malformed"):
            quick.outcome_totals()
    log, report = BreakLog.open(db, now=NOW)
    log.close()
    assert report.set_aside is not None
