"""Calendar sources in the settings: checked like every setting, kept without passwords."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from postureapp.core.calendar.source import CALDAV, FILE, URL, CalendarSource
from postureapp.core.settings import SettingError, Settings, field_for, load, save

NOW = datetime(2026, 3, 23, 9, 0).astimezone()
FIELD = field_for("schedule.calendars")


def test_no_calendars_by_default_and_the_planning_settings_have_their_defaults() -> None:
    settings = Settings.defaults()
    assert settings.calendars == ()
    assert settings.calendar_lead_minutes == 5
    assert settings.calendar_refresh_minutes == 15
    assert settings.calendar_titles is False


def test_sources_typed_on_the_command_line_are_checked_and_tidied() -> None:
    value = FIELD.parse_text(
        '[{ name = "work", kind = "caldav", location = "https://dav.example.org/me/", user = "me" },'
        ' { name = "holidays", kind = "url", location = "webcal://example.org/h.ics" },'
        ' { name = "mine", kind = "file", location = "~/cal" }]'
    )
    assert value == (
        CalendarSource("work", CALDAV, "https://dav.example.org/me/", "me"),
        CalendarSource("holidays", URL, "https://example.org/h.ics"),
        CalendarSource("mine", FILE, str(Path("~/cal").expanduser())),
    )
    assert FIELD.parse_text(FIELD.format_text(value)) == value
    assert FIELD.parse_text("") == ()


@pytest.mark.parametrize(
    ("text", "says"),
    [
        (
            '[{ name = "w", kind = "caldav", location = "https://x/", password = "hunter2" }]',
            "keyring",
        ),
        ('[{ name = "w", kind = "url", location = "https://me:pw@x/c.ics" }]', "password"),
        ('[{ name = "w", kind = "ftp", location = "x" }]', "kind must be one of"),
        ('[{ name = "w", kind = "file", location = "relative/cal.ics" }]', "absolute"),
        ('[{ name = "w", kind = "url", location = "/not/an/address" }]', "http"),
        ('[{ name = "w", kind = "url", location = "https://x/", user = "me" }]', "only a CalDAV"),
        (
            '[{ name = "Work", kind = "file", location = "/a" }, { name = "work", kind = "file", location = "/b" }]',
            "two calendars",
        ),
        ('[{ name = "", kind = "file", location = "/a" }]', "name"),
        ('[{ name = "w", kind = "file", location = "/a", colour = "red" }]', "colour"),
        ("work.ics", "a list of calendars"),
    ],
)
def test_what_cannot_work_is_refused_with_what_to_change(text: str, says: str) -> None:
    with pytest.raises(SettingError, match=says):
        FIELD.parse_text(text)


def test_sources_survive_the_settings_file_and_no_password_is_ever_in_it(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    sources = (
        CalendarSource("work", CALDAV, "https://dav.example.org/me/", "me"),
        CalendarSource("desk", FILE, "/home/me/desk.ics"),
    )
    save(path, Settings.defaults().replace(calendars=sources, calendar_titles=True))
    text = path.read_text()
    assert "password" not in text.lower()
    loaded = load(path, now=NOW)
    assert not loaded.problems
    assert loaded.settings.calendars == sources
    assert loaded.settings.calendar_titles is True


def test_a_password_written_into_the_file_by_hand_is_reported_not_used(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text(
        '[schedule]\ncalendars = [{ name = "w", kind = "caldav", location = "https://x/", '
        'user = "me", password = "hunter2" }]\n'
    )
    loaded = load(path, now=NOW)
    assert loaded.settings.calendars == ()
    assert any("keyring" in str(problem) for problem in loaded.problems)
