"""`postureapp calendar add|list|remove|test`: what a user sees, what the file and keyring keep."""

from __future__ import annotations

import argparse
import io
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import ClassVar

import pytest

from postureapp.cli import calendar as cli_calendar
from postureapp.core.settings import load
from postureapp.paths import AppPaths


@dataclass
class Run:
    code: int
    out: str
    err: str


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths.from_environment({"POSTUREAPP_HOME": str(tmp_path / "home")})


def calendar(paths: AppPaths, *argv: str) -> Run:
    parser = argparse.ArgumentParser(prog="postureapp")
    cli_calendar.register(parser.add_subparsers())
    args = parser.parse_args(["calendar", *argv])
    out, err = io.StringIO(), io.StringIO()
    code = args.handler(paths, args, out, err)
    return Run(code, out.getvalue(), err.getvalue())


def meeting_tomorrow(folder: Path) -> Path:
    start = (datetime.now().astimezone() + timedelta(days=1)).replace(
        hour=10, minute=0, second=0, microsecond=0
    )
    end = start + timedelta(hours=1)
    path = folder / "team.ics"
    path.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nBEGIN:VEVENT\r\nUID:m\r\n"
        f"DTSTAMP:20260101T000000Z\r\nDTSTART:{start.astimezone().strftime('%Y%m%dT%H%M%S')}\r\n"
        f"DTEND:{end.strftime('%Y%m%dT%H%M%S')}\r\nSUMMARY:Planning\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    return path


def test_add_test_list_and_remove_a_file_calendar(paths: AppPaths, tmp_path: Path) -> None:
    file = meeting_tomorrow(tmp_path)
    added = calendar(paths, "add", "team", str(file))
    assert added.code == 0, added.err
    assert "Added team: file" in added.out
    assert load(paths.settings_file, now=datetime.now().astimezone()).settings.calendars[
        0
    ].location == str(file)

    tested = calendar(paths, "test")
    assert tested.code == 0, tested.out
    assert "team: 1 busy event(s) in the next 8 days" in tested.out
    assert "10:00–11:00" in tested.out and "Planning" not in tested.out  # titles are private
    assert (paths.state_dir / "calendars" / "team.ics").exists(), "the last good copy is kept"

    assert "team: file" in calendar(paths, "list").out
    removed = calendar(paths, "remove", "team")
    assert removed.code == 0 and "Removed team." in removed.out
    assert not (paths.state_dir / "calendars" / "team.ics").exists()
    assert "No calendars" in calendar(paths, "list").out


def test_a_calendar_that_cannot_be_read_fails_the_test_with_the_reason(
    paths: AppPaths, tmp_path: Path
) -> None:
    added = calendar(paths, "add", "gone", str(tmp_path / "nowhere.ics"))
    assert added.code == 0 and "does not exist (yet)" in added.out
    tested = calendar(paths, "test", "gone")
    assert tested.code == 1
    assert "gone: could not be read:" in tested.out and "does not exist" in tested.out


def test_names_are_unique_and_unknown_ones_are_refused(paths: AppPaths, tmp_path: Path) -> None:
    file = meeting_tomorrow(tmp_path)
    assert calendar(paths, "add", "team", str(file)).code == 0
    again = calendar(paths, "add", "Team", str(file))
    assert again.code == 1 and "two calendars" in again.err
    missing = calendar(paths, "remove", "nope")
    assert missing.code == 1 and "there are: team" in missing.err


def test_without_a_keyring_a_caldav_password_is_refused_not_written(
    paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    import keyring
    from keyring.backends import fail

    monkeypatch.setattr(keyring, "get_keyring", lambda: fail.Keyring())
    monkeypatch.setattr("sys.stdin", io.StringIO("hunter2\n"))
    run = calendar(
        paths,
        "add",
        "work",
        "https://dav.example.org/",
        "--caldav",
        "--user",
        "me",
        "--password-stdin",
    )
    assert run.code == 1
    assert "no keyring is available" in run.err
    assert not paths.settings_file.exists() or "hunter2" not in paths.settings_file.read_text()


def test_a_caldav_password_goes_to_the_keyring_and_leaves_with_the_calendar(
    paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    import keyring
    from keyring.backend import KeyringBackend

    class Memory(KeyringBackend):
        priority = 1  # type: ignore[assignment]
        kept: ClassVar[dict[tuple[str, str], str]] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.kept.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.kept[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            del self.kept[(service, username)]

    memory = Memory()
    monkeypatch.setattr(keyring, "get_keyring", lambda: memory)
    monkeypatch.setattr(keyring, "get_password", memory.get_password)
    monkeypatch.setattr(keyring, "set_password", memory.set_password)
    monkeypatch.setattr(keyring, "delete_password", memory.delete_password)
    monkeypatch.setattr("sys.stdin", io.StringIO("hunter2\n"))
    run = calendar(
        paths,
        "add",
        "work",
        "https://dav.example.org/",
        "--caldav",
        "--user",
        "me",
        "--password-stdin",
    )
    assert run.code == 0, run.err
    assert memory.kept == {("postureapp calendar", "work:me"): "hunter2"}
    assert "hunter2" not in paths.settings_file.read_text()
    assert calendar(paths, "remove", "work").code == 0
    assert memory.kept == {}
