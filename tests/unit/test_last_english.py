"""The last sentences that stayed English, now in the user's language (German here).

Each message is read where a user meets it: the start-up sentences and the command line's lines
from a real `postureapp` process started under LANG=de_DE.UTF-8; the break log's refusals and
the atomic writes' errors also in process.
"""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from postureapp.cli import local
from postureapp.core.files import atomic_write_text
from postureapp.core.history import BreakLog, HistoryError
from postureapp.core.history.schema import MIGRATIONS
from postureapp.core.history.store import NEWER_SCHEMA
from postureapp.core.i18n import translate
from postureapp.core.i18n.phrase import told
from postureapp.core.problem_words import say
from postureapp.core.protocol import failed_reply
from postureapp.paths import AppPaths

ROOT = Path(__file__).resolve().parents[2]
CURRENT = 6  # the schema version this app writes
GERMAN_DETAILS = "Die Einzelheiten stehen in"


@pytest.fixture(autouse=True)
def back_to_english() -> Iterator[None]:
    yield
    local.setup({})


@pytest.fixture
def paths(app_home: Path) -> AppPaths:
    return AppPaths.from_environment()


def german_env(home: Path, **more: str) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "DISPLAY", "WAYLAND_DISPLAY")
    }
    env.update(LANG="de_DE.UTF-8", POSTUREAPP_HOME=str(home), PYTHONPATH=str(ROOT), **more)
    return env


def run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args], env=env, capture_output=True, text=True, timeout=60, cwd=ROOT
    )


#: The app's start in a process of its own, with the composition root failing as asked.
FAILING_START = """
import sys
from postureapp import app as app_module, launcher
from postureapp.paths import AppPaths

paths = AppPaths.from_environment()

def broken(self):
    if sys.argv[1] == "file":
        raise PermissionError(13, "Permission denied", str(paths.state_dir / "safety.json"))
    raise RuntimeError("a bug")

app_module.PostureApp.build = broken
sys.exit(launcher.launch(paths))
"""


def test_a_start_that_fails_on_a_file_says_so_in_german(paths: AppPaths, app_home: Path) -> None:
    done = run(["-c", FAILING_START, "file"], german_env(app_home, QT_QPA_PLATFORM="offscreen"))
    assert done.returncode == 1
    assert (
        f"postureapp konnte nicht starten ({paths.state_dir / 'safety.json'}: keine Berechtigung); "
        f"repariere es oder verschiebe es und starte postureapp erneut. "
        f"{GERMAN_DETAILS} {paths.log_file}.\n"
    ) in done.stderr
    assert "could not start" not in done.stderr


def test_a_start_that_fails_on_a_bug_asks_in_german_for_a_report(
    paths: AppPaths, app_home: Path
) -> None:
    done = run(["-c", FAILING_START, "bug"], german_env(app_home, QT_QPA_PLATFORM="offscreen"))
    assert done.returncode == 1
    assert (
        "postureapp konnte nicht starten (RuntimeError: a bug); bitte melde das. "
        f"{GERMAN_DETAILS} {paths.log_file}.\n"
    ) in done.stderr


def test_a_log_file_that_cannot_be_written_is_said_in_german(
    paths: AppPaths, app_home: Path
) -> None:
    paths.log_file.mkdir(parents=True)  # a folder where the log file belongs
    done = run(["-c", FAILING_START, "bug"], german_env(app_home, QT_QPA_PLATFORM="offscreen"))
    assert (
        f"postureapp: die Logdatei {paths.log_file} kann nicht geschrieben werden "
        "(das ist ein Ordner); das Log geht stattdessen ins Terminal\n"
    ) in done.stderr
    assert "logging to the terminal" not in done.stderr
    assert "postureapp konnte nicht starten (RuntimeError: a bug)" in done.stderr


def test_a_socket_that_cannot_be_taken_is_said_in_german(paths: AppPaths, app_home: Path) -> None:
    paths.socket_path.mkdir(parents=True)  # a folder where the socket belongs
    done = run(["-m", "postureapp"], german_env(app_home, QT_QPA_PLATFORM="offscreen"))
    assert done.returncode == 1
    assert done.stderr.endswith(
        f"postureapp: kann den Socket {paths.socket_path} nicht öffnen: das ist ein Ordner\n"
    ), done.stderr
    assert "Traceback" not in done.stderr


class FailingInstance:
    """A running app's socket whose every answer is the reply the app gives on a failure."""

    def __init__(self, path: Path, error: BaseException) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.reply = failed_reply(error)
        self.server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.server.bind(str(path))
        self.server.listen(4)
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.server.accept()
            except OSError:
                return
            with conn:
                while not conn.recv(4096).endswith(b"\n"):
                    pass
                conn.sendall(json.dumps(self.reply).encode() + b"\n")


@pytest.mark.parametrize(
    ("error", "german"),
    [
        (
            PermissionError(13, "Permission denied", "/x/schedule.json"),
            "postureapp konnte das nicht ausführen (keine Berechtigung)",
        ),
        (
            HistoryError(say(NEWER_SCHEMA, "/x/log.sqlite", 9, CURRENT)),
            "postureapp konnte das nicht ausführen (/x/log.sqlite: das Pausenprotokoll hat die "
            f"Schemaversion 9, neuer als diese Version der App versteht ({CURRENT}); bitte "
            "aktualisiere die App)",
        ),
    ],
)
def test_the_running_app_s_failure_reads_in_german_on_the_command_line(
    paths: AppPaths, app_home: Path, error: BaseException, german: str
) -> None:
    instance = FailingInstance(paths.socket_path, error)
    try:
        done = run(["-m", "postureapp", "skip"], german_env(app_home))
    finally:
        instance.server.close()
    assert done.returncode == 1
    assert done.stderr == f"postureapp: {german}\n"
    english = json.loads(json.dumps(failed_reply(error)))["error"]
    assert str(english).startswith("postureapp could not do that (")  # `--json` keeps English


def newer_log(paths: AppPaths) -> Path:
    paths.database_file.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(paths.database_file)
    conn.execute(f"PRAGMA user_version = {CURRENT + 3}")
    conn.commit()
    conn.close()
    return paths.database_file


def test_a_log_from_a_newer_app_is_refused_in_german(paths: AppPaths) -> None:
    db = newer_log(paths)
    with pytest.raises(HistoryError) as refused:
        BreakLog.open(db, now=datetime(2026, 12, 1, 9, tzinfo=UTC))
    assert f"schema version {CURRENT + 3}, newer" in str(refused.value)  # English in logs
    local.setup({"LANG": "de_DE.UTF-8"})
    assert told(refused.value, translate) == (
        f"{db}: das Pausenprotokoll hat die Schemaversion {CURRENT + 3}, neuer als diese Version "
        f"der App versteht ({CURRENT}); bitte aktualisiere die App"
    )


def test_a_failed_upgrade_is_said_in_german(paths: AppPaths) -> None:
    def broken(conn: sqlite3.Connection) -> None:
        raise sqlite3.OperationalError("database is locked")

    db = paths.database_file
    db.parent.mkdir(parents=True, exist_ok=True)
    now = datetime(2026, 12, 1, 9, tzinfo=UTC)
    BreakLog.open(db, now=now)[0].close()
    with pytest.raises(HistoryError) as refused:
        BreakLog.open(db, now=now, migrations=(*MIGRATIONS, broken))
    assert f"upgrading the log to version {CURRENT + 1} failed" in str(refused.value)
    local.setup({"LANG": "de_DE.UTF-8"})
    said = told(refused.value, translate)
    assert said.startswith(
        f"{db}: das Pausenprotokoll ließ sich nicht auf Version {CURRENT + 1} aktualisieren ("
    )
    assert said.endswith("); nichts wurde geändert")
    assert "database is locked" not in said


def test_history_stats_on_a_newer_log_says_so_in_german(paths: AppPaths, app_home: Path) -> None:
    db = newer_log(paths)
    done = run(["-m", "postureapp", "stats"], german_env(app_home))
    assert done.returncode == 1
    assert (
        f"{db}: das Pausenprotokoll hat die Schemaversion {CURRENT + 3}, neuer als diese Version "
        f"der App versteht ({CURRENT}); bitte aktualisiere die App\n"
    ) in done.stderr


def test_an_atomic_write_that_fails_names_the_target_not_the_temp_file(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.mkdir()  # os.replace cannot put a file over a folder
    with pytest.raises(OSError) as failed:
        atomic_write_text(target, "x")
    assert failed.value.filename == str(target)
    assert ".tmp" not in str(failed.value)
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"], "no temp file is left"


def test_an_export_that_fails_names_the_target_file_in_german(
    tmp_path: Path, app_home: Path
) -> None:
    target = tmp_path / "breaks.csv"
    target.mkdir()
    done = run(["-m", "postureapp", "export", "-o", str(target)], german_env(app_home))
    assert done.returncode == 1
    assert done.stderr == f"postureapp export: {target}: das ist ein Ordner\n"


def test_a_socket_folder_not_the_user_s_own_is_said_in_german(
    paths: AppPaths, app_home: Path
) -> None:
    paths.socket_path.parent.mkdir(parents=True)
    os.chown(paths.socket_path.parent, os.getuid() + 1, -1)  # someone else's folder
    if paths.socket_path.parent.stat().st_uid == os.getuid():
        pytest.skip("cannot give a folder away here")
    done = run(["-m", "postureapp", "skip"], german_env(app_home))
    assert done.returncode == 1
    assert done.stderr.startswith("postureapp: "), done.stderr
    assert str(paths.socket_path.parent) in done.stderr
    assert "gehört Benutzer" in done.stderr and "belongs to" not in done.stderr, done.stderr
