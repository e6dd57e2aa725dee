"""Never lose an outcome: the log locked, full or missing while breaks start and end.

Each test runs the real controller over a `Recorder` and checks, in the log file itself, that
the break's outcome and seconds arrive once the log takes writes again.
"""

from __future__ import annotations

import json
import random
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from postureapp.core.clock import FakeClock
from postureapp.core.exercises import Library
from postureapp.core.history import BreakLog, Outcome, Trigger
from postureapp.core.history.journal import journal_path
from postureapp.core.settings import Settings
from postureapp.runtime.controller import Controller
from postureapp.runtime.messages import Messages
from postureapp.runtime.recorder import TELL_AFTER, Recorder

FAST = (0.02,)  # retry every 20 ms in these tests


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "data" / "breaks.sqlite3"


@pytest.fixture
def messages() -> Messages:
    return Messages()


@pytest.fixture
def recorders(clock: FakeClock, messages: Messages, db: Path) -> Iterator[list[Recorder]]:
    made: list[Recorder] = []
    yield made
    for recorder in made:
        recorder.close()


@pytest.fixture
def make_recorder(recorders: list[Recorder], clock: FakeClock, messages: Messages, db: Path):  # type: ignore[no-untyped-def]
    def make() -> Recorder:
        recorder = Recorder(db, clock, messages, backoff=FAST)
        recorders.append(recorder)
        return recorder

    return make


@pytest.fixture
def make_ctl(qtbot: QtBot, clock: FakeClock, library: Library, tmp_path: Path, scheduler, wire):  # type: ignore[no-untyped-def]
    made: list[Controller] = []

    def make(recorder: Recorder) -> Controller:
        ctl = Controller(
            clock=clock,
            settings=Settings.defaults(),
            breaks=recorder,
            library=library,
            timer=scheduler,
            state_file=tmp_path / "state" / "schedule.json",
            rng=random.Random(7),
        )
        wire(ctl, scheduler)
        ctl.start()
        made.append(ctl)
        return ctl

    yield make
    for ctl in made:
        ctl.stop()


class Locker:
    """A second process's writer: holds the log's write lock until released."""

    def __init__(self, db: Path) -> None:
        self.conn = sqlite3.connect(db, isolation_level=None)

    def __enter__(self) -> Locker:
        self.conn.execute("BEGIN IMMEDIATE")
        return self

    def __exit__(self, *exc: object) -> None:
        self.conn.execute("ROLLBACK")
        self.conn.close()


def logged(db: Path) -> list[tuple[str, int, bool]]:
    """(outcome, seconds, has an end time) of every break in the file, oldest first."""
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT outcome, seconds_done, ended_at IS NOT NULL FROM breaks ORDER BY id"
        ).fetchall()
    conn.close()
    return [(o, s, bool(e)) for o, s, e in rows]


def timed(action):  # type: ignore[no-untyped-def]
    began = time.monotonic()
    result = action()
    return result, time.monotonic() - began


def test_a_break_starts_and_ends_while_another_writer_holds_the_log(
    qtbot: QtBot, make_recorder, make_ctl, clock: FakeClock, db: Path
) -> None:  # type: ignore[no-untyped-def]
    """It blocked 5 s, raised 'database is locked' out of the slot, and lost the outcome."""
    recorder = make_recorder()
    ctl = make_ctl(recorder)
    with Locker(db):
        started, took = timed(lambda: ctl.take_break(Trigger.MANUAL))
        assert started and ctl.active is not None, "the break starts all the same"
        assert took < 1.0
        clock.advance(600)
        _, took = timed(lambda: ctl.finish_break("completed", 40))
        assert took < 1.0, "the end of the break does not wait for the lock either"
        waiting = json.loads(journal_path(db).read_text())
        assert [b["outcome"] for b in waiting["breaks"]] == ["completed"]
    qtbot.waitUntil(lambda: logged(db) == [("completed", 40, True)], timeout=3000)
    assert not journal_path(db).exists()


def test_a_break_started_while_locked_is_written_when_the_lock_goes(
    qtbot: QtBot, make_recorder, make_ctl, clock: FakeClock, db: Path
) -> None:  # type: ignore[no-untyped-def]
    ctl = make_ctl(make_recorder())
    with Locker(db):
        assert ctl.take_break(Trigger.MANUAL)
    qtbot.waitUntil(lambda: logged(db) == [("running", 0, False)], timeout=3000)
    clock.advance(25)
    ctl.finish_break("skipped", 25)
    assert logged(db) == [("skipped", 25, True)]


def test_an_outcome_still_locked_out_at_quit_arrives_at_the_next_start(
    make_recorder, make_ctl, clock: FakeClock, db: Path, messages: Messages
) -> None:  # type: ignore[no-untyped-def]
    first = make_recorder()
    ctl = make_ctl(first)
    assert ctl.take_break(Trigger.MANUAL)
    with Locker(db):
        clock.advance(600)
        ctl.finish_break("completed", 40)
        first.close()  # the app quits: the outcome stays in the journal
        assert journal_path(db).exists()
    assert logged(db) == [("running", 0, False)]
    again = make_recorder()  # the next start marks it interrupted, then replays the journal
    assert logged(db) == [("completed", 40, True)]
    assert not journal_path(db).exists()
    assert [row.outcome for row in again.rows()] == [Outcome.COMPLETED]


def test_a_full_disk_keeps_the_outcome_until_there_is_room(
    qtbot: QtBot,
    make_recorder,
    make_ctl,
    clock: FakeClock,
    db: Path,
    messages: Messages,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # type: ignore[no-untyped-def]
    """'database or disk is full' on COMMIT left the row 'running', with no retry or word.

    SQLite's own error here; tests/e2e fills a real (tiny) file system under the running app.
    """
    recorder = make_recorder()
    ctl = make_ctl(recorder)
    assert ctl.take_break(Trigger.MANUAL)
    room = [False]
    real_put = Recorder.put_break

    def put_break(self: Recorder, row):  # type: ignore[no-untyped-def]
        if not room[0]:
            raise sqlite3.OperationalError("database or disk is full")
        return real_put(self, row)

    monkeypatch.setattr(Recorder, "put_break", put_break)
    clock.advance(600)
    ctl.finish_break("completed", 40)
    assert logged(db) == [("running", 0, False)]
    qtbot.waitUntil(lambda: bool(messages.queued), timeout=3000)
    (told,) = messages.queued
    assert "cannot be written to the log" in told and "the disk is full" in told
    assert str(journal_path(db)) in told and "Breaks still run" in told
    room[0] = True
    qtbot.waitUntil(lambda: logged(db) == [("completed", 40, True)], timeout=3000)
    assert len(messages.queued) == 1, "told once"


def test_a_log_that_cannot_be_opened_still_lets_breaks_run(
    qtbot: QtBot, make_recorder, make_ctl, clock: FakeClock, db: Path, messages: Messages
) -> None:  # type: ignore[no-untyped-def]
    db.mkdir(parents=True)  # a folder where the log should be
    recorder = make_recorder()
    assert not recorder.attached
    (told,) = messages.queued
    assert f"The break log {db} cannot be opened" in told and "Breaks still run" in told
    ctl = make_ctl(recorder)
    assert ctl.take_break(Trigger.MANUAL)
    clock.advance(600)
    ctl.finish_break("completed", 30)
    assert recorder.count() == 0, "reads answer, from an empty log"
    assert [b["seconds_done"] for b in json.loads(journal_path(db).read_text())["breaks"]] == [30]
    db.rmdir()  # the user fixes it
    qtbot.waitUntil(lambda: recorder.attached and recorder.count() == 1, timeout=3000)
    assert logged(db) == [("completed", 30, True)]
    assert len(messages.queued) == 1


def test_the_user_is_told_once_however_long_the_log_stays_locked(
    qtbot: QtBot, make_recorder, make_ctl, db: Path, messages: Messages
) -> None:  # type: ignore[no-untyped-def]
    recorder = make_recorder()
    ctl = make_ctl(recorder)
    with Locker(db):
        assert ctl.take_break(Trigger.MANUAL)
        qtbot.waitUntil(lambda: recorder._failures >= TELL_AFTER + 5, timeout=5000)
        assert len(messages.queued) == 1, messages.queued
        assert "another program is using it; try again in a moment" in messages.queued[0]


def test_a_check_in_made_while_locked_is_written_later(
    qtbot: QtBot, make_recorder, clock: FakeClock, db: Path
) -> None:  # type: ignore[no-untyped-def]
    recorder = make_recorder()
    with Locker(db):
        recorder.add_checkin(at=clock.now(), feeling="worse", stiffness=7, note="after the drive")
    qtbot.waitUntil(lambda: len(recorder.checkins()) == 1, timeout=3000)
    (checkin,) = recorder.checkins()
    assert (checkin.feeling, checkin.stiffness, checkin.note) == ("worse", 7, "after the drive")


def test_a_damaged_journal_is_kept_aside_and_told(
    make_recorder, db: Path, messages: Messages
) -> None:  # type: ignore[no-untyped-def]
    db.parent.mkdir(parents=True)
    journal_path(db).write_text('{"format": "postureapp-journal", "version": 1, "breaks": [{}]}')
    recorder = make_recorder()
    assert recorder.count() == 0
    (told,) = messages.queued
    assert "breaks[0].uid: expected 32 lowercase hex digits" in told
    assert not journal_path(db).exists()
    assert list(db.parent.glob("breaks.sqlite3.journal.json.bad-*"))


def test_the_journal_is_owner_only(make_recorder, make_ctl, db: Path) -> None:  # type: ignore[no-untyped-def]
    ctl = make_ctl(make_recorder())
    with Locker(db):
        assert ctl.take_break(Trigger.MANUAL)
        assert journal_path(db).stat().st_mode & 0o777 == 0o600


def test_a_plain_log_still_works_for_the_controller(
    controller: Controller, breaks: BreakLog
) -> None:
    """The recorder is a BreakLog: the controller is unchanged, tests may hand it either."""
    assert controller.take_break(Trigger.MANUAL)
    controller.finish_break("skipped", 2)
    assert breaks.rows()[0].outcome is Outcome.SKIPPED


def test_a_locked_log_and_an_unwritable_journal_keep_the_break_in_memory(
    qtbot: QtBot, make_recorder, make_ctl, clock: FakeClock, db: Path, messages: Messages
) -> None:  # type: ignore[no-untyped-def]
    recorder = make_recorder()
    ctl = make_ctl(recorder)
    journal = journal_path(db)
    journal.mkdir(parents=True)  # a folder where the journal file would go: it cannot be written
    with Locker(db):
        assert ctl.take_break(Trigger.MANUAL), "the break starts all the same"
        clock.advance(600)
        ctl.finish_break("completed", 40)
        qtbot.waitUntil(lambda: recorder._failures >= TELL_AFTER + 1, timeout=5000)
        [told] = messages.queued
        assert "kept in memory until the log takes it" in told
        assert str(journal) in told and "lost if postureapp stops first" in told
    qtbot.waitUntil(lambda: logged(db) == [("completed", 40, True)], timeout=5000)
