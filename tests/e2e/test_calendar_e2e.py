"""Calendars against a real CalDAV server: Radicale (from PyPI, on a loopback port, in this
test's folder), a recurring meeting and a cancelled occurrence created over CalDAV, and the
installed `postureapp` planning its breaks around them.

The meeting is hourly, 20 minutes long, from 20 minutes after the test starts; breaks come every
30 minutes. So the first break, due about 30 minutes after the app starts, falls inside the
first meeting and must wait for its end. Once that occurrence is cancelled, it stays where the
interval puts it.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from .conftest import Desktop, wait_for
from .processes import START_S
from .session import postureapp_command

pytestmark = pytest.mark.e2e

USER, PASSWORD = "alice", "correct horse battery staple"
UID = "standup@postureapp-e2e"

#: A stand-in for the desktop keyring (the test machine has none): a JSON file in the test's
#: folder, loaded by the keyring package through PYTHON_KEYRING_BACKEND. Never for real use.
FILE_KEYRING = """
import json, os
from pathlib import Path
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class FileKeyring(KeyringBackend):
    priority = 1

    def _all(self):
        path = Path(os.environ["E2E_KEYRING_FILE"])
        return json.loads(path.read_text()) if path.exists() else {}

    def _save(self, kept):
        Path(os.environ["E2E_KEYRING_FILE"]).write_text(json.dumps(kept))

    def get_password(self, service, username):
        return self._all().get(f"{service}/{username}")

    def set_password(self, service, username, password):
        self._save({**self._all(), f"{service}/{username}": password})

    def delete_password(self, service, username):
        kept = self._all()
        if kept.pop(f"{service}/{username}", None) is None:
            raise PasswordDeleteError(username)
        self._save(kept)
"""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def start_radicale(desktop: Desktop, folder: Path) -> str:
    """Radicale with one user (a plain htpasswd file), on a free loopback port; its base URL."""
    folder.mkdir(parents=True)
    (folder / "users").write_text(f"{USER}:{PASSWORD}\n")
    port = free_port()
    (folder / "config").write_text(
        f"[server]\nhosts = 127.0.0.1:{port}\n"
        f"[auth]\ntype = htpasswd\nhtpasswd_filename = {folder / 'users'}\nhtpasswd_encryption = plain\n"
        f"[storage]\nfilesystem_folder = {folder / 'collections'}\n"
        "[logging]\nlevel = warning\n"
    )
    desktop.procs.start(
        "radicale",
        [sys.executable, "-m", "radicale", "--config", str(folder / "config")],
        dict(os.environ),
    )

    def answers() -> bool:
        with socket.socket() as probe:
            return probe.connect_ex(("127.0.0.1", port)) == 0

    wait_for(answers, START_S, "Radicale to listen")
    return f"http://127.0.0.1:{port}/"


def stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def standup(first: datetime, cancelled: bool) -> str:
    """Hourly, 20 minutes, four times; with `cancelled`, the first occurrence is called off."""
    override = (
        f"BEGIN:VEVENT\r\nUID:{UID}\r\nDTSTAMP:{stamp(first)}\r\nRECURRENCE-ID:{stamp(first)}\r\n"
        f"DTSTART:{stamp(first)}\r\nDTEND:{stamp(first + timedelta(minutes=20))}\r\n"
        "SUMMARY:Standup\r\nSTATUS:CANCELLED\r\nEND:VEVENT\r\n"
        if cancelled
        else ""
    )
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//postureapp e2e//EN\r\n"
        f"BEGIN:VEVENT\r\nUID:{UID}\r\nDTSTAMP:{stamp(first)}\r\nDTSTART:{stamp(first)}\r\n"
        f"DTEND:{stamp(first + timedelta(minutes=20))}\r\nRRULE:FREQ=HOURLY;COUNT=4\r\n"
        f"SUMMARY:Standup\r\nEND:VEVENT\r\n{override}END:VCALENDAR\r\n"
    )


def when(iso: object) -> datetime:
    return datetime.fromisoformat(str(iso)).astimezone(UTC)


def calendars_read(desktop: Desktop, events: int) -> dict[str, object]:
    """The status once the app has read the calendars and knows `events` meetings ahead."""

    def ready() -> dict[str, object] | None:
        status = desktop.status()
        calendars = status.get("calendars") if status else None
        if isinstance(calendars, dict) and calendars.get("events_ahead") == events:
            return status
        return None

    found: dict[str, object] = wait_for(ready, START_S, f"the app to know {events} meetings")
    return found


def test_a_caldav_calendar_keeps_breaks_out_of_its_meetings(
    desktop: Desktop, tmp_path: Path
) -> None:
    from caldav.davclient import DAVClient

    base = start_radicale(desktop, tmp_path / "radicale")
    now = datetime.now(UTC).replace(second=0, microsecond=0) + timedelta(minutes=1)
    first = now + timedelta(minutes=20)
    with DAVClient(url=base, username=USER, password=PASSWORD) as client:
        work = client.principal().make_calendar(name="Work", cal_id="work")
        work.save_event(standup(first, cancelled=False))
    address = f"{base}{USER}/work/"

    keyring_dir = tmp_path / "keyring"
    keyring_dir.mkdir()
    (keyring_dir / "e2e_keyring.py").write_text(FILE_KEYRING)
    desktop.env.update(
        PYTHON_KEYRING_BACKEND="e2e_keyring.FileKeyring",
        PYTHONPATH=str(keyring_dir),
        E2E_KEYRING_FILE=str(keyring_dir / "kept.json"),
    )

    # A new user adds the account: the password goes to the keyring, never into the settings.
    added = subprocess.run(
        [postureapp_command(), "calendar", "add", "work", address, "--caldav", "--user", USER, "--password-stdin"],
        env=desktop.env, input=PASSWORD + "\n", capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    settings_text = (desktop.home / "config" / "settings.toml").read_text()
    assert PASSWORD not in settings_text and address in settings_text
    assert json.loads((keyring_dir / "kept.json").read_text()) == {
        "postureapp calendar/work:alice": PASSWORD
    }

    tested = desktop.run("calendar", "test", "work", timeout=60)
    assert tested.returncode == 0, tested.stdout + tested.stderr
    assert "work: 4 busy event(s) in the next 8 days" in tested.stdout

    # The app plans the first break after the first meeting, which it falls into.
    desktop.start_app_and_wait()
    status = calendars_read(desktop, 4)
    assert when(status["next_break_at"]) == first + timedelta(minutes=20), status
    assert status["event"] == {
        "start": when(status["event"]["start"]).astimezone().isoformat(),  # type: ignore[index]
        "end": when(status["event"]["end"]).astimezone().isoformat(),  # type: ignore[index]
        "title": None,
        "calendar": "work",
        "side": "after",
    }
    assert when(status["event"]["start"]) == first  # type: ignore[index]
    assert status["calendars"]["problems"] == {}  # type: ignore[index]
    text = desktop.run("status").stdout
    local = first.astimezone()
    assert (
        f"It waits for an event ({local:%H:%M}–{local + timedelta(minutes=20):%H:%M}) to end."
        in text
    )

    # The first occurrence is cancelled on the server; after a restart the break stays put.
    with DAVClient(url=base, username=USER, password=PASSWORD) as client:
        work = client.calendar(url=address)
        work.save_event(standup(first, cancelled=True))
    assert desktop.run("quit").returncode == 0
    wait_for(lambda: not desktop.app_pids(), START_S, "the app to quit")
    desktop.start_app_and_wait()
    status = calendars_read(desktop, 3)
    assert status["event"] is None
    assert when(status["next_break_at"]) < first + timedelta(minutes=11), "due by the interval"
    assert when(status["next_break_at"]) > now + timedelta(minutes=27)

    # Offline: the server goes away. The copy from the last read keeps the plan, and the
    # problem is reported.
    desktop.procs.stop("radicale")
    assert desktop.run("quit").returncode == 0
    wait_for(lambda: not desktop.app_pids(), START_S, "the app to quit")
    desktop.start_app_and_wait()

    def problem() -> dict[str, object] | None:
        status = desktop.status()
        calendars = status.get("calendars") if status else None
        return status if isinstance(calendars, dict) and calendars.get("problems") else None

    status = wait_for(problem, START_S, "the unreachable server to be reported")
    assert "work" in status["calendars"]["problems"]  # type: ignore[index]
    assert status["calendars"]["events_ahead"] == 3, "the last good copy is still in use"  # type: ignore[index]
    assert "Calendar work could not be read" in desktop.run("status").stdout
    assert "could not be read" in desktop.app_log()
