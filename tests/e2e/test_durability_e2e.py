"""Nothing lost, nothing half-started: the installed app while its log is locked, full or missing.

Another process holds the log's write lock (as `postureapp import` or a second writer does),
the disk under the log fills up, or the log cannot be opened at all: breaks still start and
end on time, and once the log takes writes again their outcome and seconds are in it.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from .conftest import Desktop, wait_for
from .processes import measured
from .session import postureapp_command
from .test_app_e2e import QUICK_BREAK_S, add_quick_exercise, start_and_wait

pytestmark = pytest.mark.e2e


def logged(home: Path) -> list[tuple[str, int]]:
    with contextlib.closing(sqlite3.connect(home / "data" / "breaks.sqlite3")) as db:
        return db.execute("SELECT outcome, seconds_done FROM breaks ORDER BY id").fetchall()


@contextlib.contextmanager
def write_lock(home: Path) -> Iterator[None]:
    """This test process takes the log's write lock and holds it, as a second writer does."""
    conn = sqlite3.connect(home / "data" / "breaks.sqlite3", isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    finally:
        conn.execute("ROLLBACK")
        conn.close()


def break_window(desktop: Desktop) -> list[str]:
    return desktop.windows("time for a break")


def run_a_quick_break(desktop: Desktop) -> None:
    """`break-now` answers at once, and the break runs on screen to its end."""
    began = time.monotonic()
    result = desktop.run("break-now", "--exercise", "e2e-quick", timeout=10)
    assert result.returncode == 0, result.stderr
    assert time.monotonic() - began < measured(4), "break-now did not wait for the lock"
    wait_for(lambda: break_window(desktop), 15, "the break window")
    wait_for(lambda: not break_window(desktop), QUICK_BREAK_S + 20, "the break to end")


def completed_once(home: Path) -> bool:
    rows = logged(home)
    return len(rows) == 1 and rows[0][0] == "completed"


def test_a_break_runs_and_is_logged_while_another_process_holds_the_log(
    desktop: Desktop,
) -> None:
    """The lock at the start and at the end: before, break-now timed out and nothing started,
    or the outcome was lost and the break became 'interrupted' at the next start."""
    add_quick_exercise(desktop.home)
    start_and_wait(desktop)
    with write_lock(desktop.home):
        run_a_quick_break(desktop)
        journal = desktop.home / "data" / "breaks.sqlite3.journal.json"
        assert '"outcome": "completed"' in journal.read_text()
        assert desktop.status() is not None, "the app answers all along"
    wait_for(lambda: completed_once(desktop.home), 30, "the outcome to reach the log")
    ((_, seconds),) = logged(desktop.home)
    assert abs(seconds - QUICK_BREAK_S) <= 5
    wait_for(lambda: not journal.exists(), 5, "the journal to go")
    assert "Traceback" not in desktop.app_log()


def test_an_outcome_locked_out_until_quit_arrives_at_the_next_start(desktop: Desktop) -> None:
    add_quick_exercise(desktop.home)
    proc = start_and_wait(desktop)
    with write_lock(desktop.home):
        run_a_quick_break(desktop)
        assert desktop.run("quit").returncode == 0
        assert proc.wait(15) == 0
    assert logged(desktop.home) == []
    start_and_wait(desktop)
    wait_for(lambda: completed_once(desktop.home), 10, "the journal to be replayed")


def test_a_break_during_a_long_import_is_logged(desktop: Desktop, tmp_path: Path) -> None:
    """`postureapp import` of a large export held the write lock long enough to lose it."""
    add_quick_exercise(desktop.home)
    start_and_wait(desktop)
    export = tmp_path / "big.csv"
    start = datetime(2020, 1, 1, 9, 0, tzinfo=timezone(timedelta(hours=1)))
    with export.open("w") as handle:
        handle.write(
            "uid,kind,trigger,due_at,started_at,ended_at,outcome,exercise_ids,seconds_done\n"
        )
        for n in range(150_000):
            at = (start + timedelta(minutes=10 * n)).isoformat()
            handle.write(f"{uuid.UUID(int=n).hex},short,schedule,{at},{at},{at},completed,tw,40\n")
    importing = subprocess.Popen(
        [postureapp_command(), "import", str(export)],
        env=desktop.env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        wait_for(lambda: importing.poll() is not None or len(logged(desktop.home)) > 0, 60,
                 "the import to start writing")  # fmt: skip
        assert importing.poll() is None, "the import should still be running"
        run_a_quick_break(desktop)
        out, err = importing.communicate(timeout=300)
    finally:
        if importing.poll() is None:
            importing.kill()
    assert importing.returncode == 0, err
    assert out == "added 150000, already present 0\n"

    def the_break() -> list[tuple[str, int]]:
        with contextlib.closing(sqlite3.connect(desktop.home / "data" / "breaks.sqlite3")) as db:
            return db.execute(
                "SELECT outcome, seconds_done FROM breaks WHERE exercise_ids = 'e2e-quick'"
            ).fetchall()

    wait_for(lambda: [o for o, _ in the_break()] == ["completed"], 30, "the break's outcome")
    assert abs(the_break()[0][1] - QUICK_BREAK_S) <= 5


@pytest.fixture
def tiny_data_disk(desktop: Desktop) -> Iterator[Path]:
    """The log's folder on a 2 MB file system of its own (a tmpfs: needs root to mount).

    The file system is mounted outside pytest's temporary tree, and the app's data folder is a
    link to it: a run killed before the clean-up leaves a mount that pytest's own clean-up of old
    temporary folders would trip over in every later session ("Device or resource busy")."""
    mount_point = Path(tempfile.mkdtemp(prefix="postureapp-e2e-disk-"))
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m,mode=0700", "tmpfs", str(mount_point)],
        capture_output=True,
        text=True,
    )
    if mounted.returncode != 0:
        mount_point.rmdir()
        pytest.skip(f"cannot mount a small file system here: {mounted.stderr.strip()}")
    data = desktop.home / "data"
    data.parent.mkdir(parents=True, exist_ok=True)
    if data.exists():
        data.rmdir()  # made empty by the desktop; the link takes its place
    data.symlink_to(mount_point, target_is_directory=True)
    try:
        yield data
    finally:
        for proc in desktop.apps:  # the app lets go of the file system first
            if proc.poll() is None:
                desktop.run("quit")
                with contextlib.suppress(subprocess.TimeoutExpired):
                    proc.wait(10)
        subprocess.run(["umount", "-l", str(mount_point)], check=False)
        with contextlib.suppress(OSError):
            mount_point.rmdir()


def fill(folder: Path) -> Path:
    """Fill the file system under `folder` to the last byte."""
    filler = folder / "filler"
    with filler.open("wb", buffering=0) as handle:
        for size in (65536, 4096, 1):
            with contextlib.suppress(OSError):
                while True:
                    handle.write(b"\0" * size)
    return filler


def test_a_full_disk_keeps_the_outcome_until_there_is_room(
    desktop: Desktop, tiny_data_disk: Path
) -> None:
    """'database or disk is full' on COMMIT: the row stayed 'running', no retry, no message."""
    add_quick_exercise(desktop.home)
    start_and_wait(desktop)
    result = desktop.run("break-now", "--exercise", "e2e-quick", timeout=10)
    assert result.returncode == 0, result.stderr
    wait_for(lambda: logged(desktop.home) == [("running", 0)], 10, "the break's first row")
    filler = fill(tiny_data_disk)
    wait_for(lambda: not break_window(desktop), QUICK_BREAK_S + 20, "the break to end")
    assert logged(desktop.home) == [("running", 0)]
    wait_for(lambda: "kept in memory until the log takes it" in desktop.app_log(), 20,
             "the user to be told")  # fmt: skip
    assert "full" in desktop.app_log()
    filler.unlink()  # room again
    wait_for(lambda: completed_once(desktop.home), 40, "the outcome to reach the log")
    assert "Traceback" not in desktop.app_log()


def test_a_log_that_cannot_be_opened_leaves_the_app_running_and_saying_so(
    desktop: Desktop,
) -> None:
    """A folder named breaks.sqlite3: the app held the socket and answered 'still starting'."""
    add_quick_exercise(desktop.home)
    (desktop.home / "data" / "breaks.sqlite3").mkdir(parents=True)
    start_and_wait(desktop)
    status = desktop.status()
    assert status is not None and status["breaks_logged"] == 0
    assert "The break log" in desktop.app_log() and "cannot be opened" in desktop.app_log()
    run_a_quick_break(desktop)
    (desktop.home / "data" / "breaks.sqlite3").rmdir()
    wait_for(lambda: (s := desktop.status()) and s["breaks_logged"] == 1, 30,
             "the kept break to reach the new log")  # fmt: skip


def test_a_settings_file_nested_a_thousand_deep_does_not_stop_the_app(desktop: Desktop) -> None:
    config = desktop.home / "config"
    config.mkdir(parents=True)
    (config / "settings.toml").write_text("a = " + "[" * 1000 + "]" * 1000 + "\n")
    start_and_wait(desktop)
    assert "nested at most 20 deep" in desktop.app_log()
    assert list(config.glob("settings.toml.bad-*"))
    shown = desktop.run("config", "show")
    assert shown.returncode == 0 and "Traceback" not in shown.stderr


def test_files_the_running_app_makes_are_owner_only(desktop: Desktop) -> None:
    add_quick_exercise(desktop.home)
    os.chmod(desktop.home / "config", 0o755)
    proc = start_and_wait(desktop)
    run_a_quick_break(desktop)
    assert desktop.run("quit").returncode == 0
    assert proc.wait(15) == 0
    loose = []
    for folder, _dirs, files in os.walk(desktop.home):
        if folder == str(desktop.home):
            continue  # the test's own folder, with its stdout log
        if folder == str(desktop.home / "config" / "exercises"):
            files = []  # the user's own exercise files, as they made them
        for path in (folder, *(os.path.join(folder, f) for f in files)):
            if os.stat(path).st_mode & 0o077:
                loose.append(path)
    assert loose == []
