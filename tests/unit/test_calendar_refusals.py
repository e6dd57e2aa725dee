"""A calendar source written wrong is refused with the whole sentence the user reads, in English
and in German; what is accepted is tidied (a webcal address, spaces, a ~ path); two sources may
not share a cached copy; and a calendar too big or too busy is refused saying so."""

from __future__ import annotations

from pathlib import Path

import pytest

from postureapp.core.calendar.ics import CalendarUnreadable, busy_events
from postureapp.core.calendar.reader import copy_path
from postureapp.core.calendar.source import (
    CALDAV,
    FILE,
    URL,
    CalendarSource,
    SourceRefused,
    checked,
    unique,
)
from postureapp.core.calendar.words import (
    larger_than,
    megabytes,
    not_icalendar,
    told,
    too_many_events,
)
from postureapp.core.i18n.qm import Catalogue
from postureapp.paths import assets_dir


def german() -> Catalogue:
    return Catalogue.read(assets_dir() / "translations" / "postureapp_de.qm")


def refusal(*args: object) -> tuple[str, str]:
    with pytest.raises(SourceRefused) as caught:
        checked(*args)
    return str(caught.value), told(caught.value, german().translate)


@pytest.mark.parametrize(
    ("args", "english", "deutsch"),
    [
        (
            ("work", "ftp", "x"),
            "work: the kind must be one of file, url, caldav, got 'ftp'",
            "work: die Art muss eine von file, url, caldav sein, erhalten 'ftp'",
        ),
        (
            ("work", URL, "   "),
            "work: needs a location (a path or an address)",
            "work: braucht einen Ort (einen Pfad oder eine Adresse)",
        ),
        (
            ("work", URL, 42),
            "work: needs a location (a path or an address)",
            "work: braucht einen Ort (einen Pfad oder eine Adresse)",
        ),
        (
            ("work", CALDAV, "https://x/", 7),
            "work: the user must be text",
            "work: der Benutzer muss Text sein",
        ),
        (
            ("work", URL, "https://x/c.ics", "me"),
            "work: only a CalDAV account has a user",
            "work: nur ein CalDAV-Konto hat einen Benutzer",
        ),
        (
            ("work", FILE, "/a.ics", "me"),
            "work: only a CalDAV account has a user",
            "work: nur ein CalDAV-Konto hat einen Benutzer",
        ),
        (
            ("work", URL, "ftp://example.org/c.ics"),
            "work: 'ftp://example.org/c.ics' is not an http(s) address",
            "work: 'ftp://example.org/c.ics' ist keine http(s)-Adresse",
        ),
        (
            ("work", CALDAV, "https:///c.ics"),
            "work: 'https:///c.ics' is not an http(s) address",
            "work: 'https:///c.ics' ist keine http(s)-Adresse",
        ),
        (
            ("work", URL, "https://me:secret@example.org/c.ics"),
            "work: the address holds a password; give the user with --user instead, and the "
            "password goes to the keyring",
            "work: die Adresse enthält ein Passwort; gib stattdessen den Benutzer mit --user an, "
            "das Passwort kommt in den Schlüsselbund",
        ),
    ],
    ids=[
        "kind",
        "blank-location",
        "number-location",
        "user-number",
        "user-on-url",
        "user-on-file",
        "ftp",
        "no-host",
        "password",
    ],
)
def test_a_source_that_cannot_work_says_what_to_change(
    args: tuple[object, ...], english: str, deutsch: str
) -> None:
    assert refusal(*args) == (english, deutsch)


@pytest.mark.parametrize("name", ["", "-work", "work!", "w" * 41, 7])
def test_a_name_must_be_short_and_plain(name: object) -> None:
    english, deutsch = refusal(name, FILE, "/a.ics")
    assert english == f"the name {name!r} must be 1 to 40 letters, digits, spaces, dots, - or _"
    assert deutsch == (
        f"der Name {name!r} muss aus 1 bis 40 Buchstaben, Ziffern, Leerzeichen, Punkten, - oder _ "
        "bestehen"
    )


def test_a_name_of_forty_plain_characters_is_accepted() -> None:
    name = "Team 1.a_b-" + "c" * 29
    assert checked(name, FILE, "/a.ics").name == name


def test_what_is_accepted_is_tidied() -> None:
    assert checked("h", URL, "  WEBCAL://example.org/h.ics ") == CalendarSource(
        "h", URL, "https://example.org/h.ics"
    )
    assert checked("h", URL, "http://example.org/h.ics").location == "http://example.org/h.ics"
    assert checked("dav", CALDAV, "https://dav.example.org/", " me ") == CalendarSource(
        "dav", CALDAV, "https://dav.example.org/", "me"
    )
    assert checked("mine", FILE, "~/cal.ics").location == str(Path.home() / "cal.ics")
    assert checked("mine", FILE, " /srv/cal/ ").location == "/srv/cal"


def test_only_a_caldav_account_with_a_user_asks_for_a_password() -> None:
    assert CalendarSource("dav", CALDAV, "https://x/", "me").needs_password
    assert not CalendarSource("dav", CALDAV, "https://x/").needs_password
    assert not CalendarSource("web", URL, "https://x/", "me").needs_password


def test_a_source_describes_itself_in_one_line() -> None:
    assert CalendarSource("dav", CALDAV, "https://x/", "me").describe() == (
        "dav: caldav https://x/ as me"
    )
    assert CalendarSource("desk", FILE, "/a.ics").describe() == "desk: file /a.ics"


def test_each_calendar_has_its_own_copy_named_after_it(tmp_path: Path) -> None:
    assert copy_path(tmp_path, CalendarSource("My Team.Work", URL, "https://x/")).name == (
        "my-team-work.ics"
    )
    assert copy_path(tmp_path, CalendarSource("--a--", URL, "https://x/")).name == "a.ics"
    assert copy_path(tmp_path, CalendarSource("***", URL, "https://x/")).name == "calendar.ics"


def test_two_names_that_would_share_a_copy_are_refused() -> None:
    one, two = CalendarSource("Work", FILE, "/a"), CalendarSource("work!", FILE, "/b")
    with pytest.raises(SourceRefused) as caught:
        unique([one, two])
    assert str(caught.value) == "two calendars are named 'work!' (or nearly)"
    assert told(caught.value, german().translate) == "zwei Kalender heißen 'work!' (oder fast so)"
    three = CalendarSource("home", FILE, "/c")
    assert unique([one, three]) == (one, three)


# --- data refused ----------------------------------------------------------------------------


def test_a_calendar_too_large_or_too_busy_says_so_in_both_languages() -> None:
    assert megabytes(32 * 1024 * 1024) == 32
    big, busy, broken = larger_than(32 * 1024 * 1024), too_many_events(5000), not_icalendar(2)
    assert (str(big), str(busy), str(broken)) == (
        "it is larger than 32 MB",
        "it has more than 5000 events in a week",
        "part 2 is not iCalendar data",
    )
    translate = german().translate
    assert big.text(translate) == "er ist größer als 32 MB"
    assert busy.text(translate) == "er hat mehr als 5000 Termine in einer Woche"
    assert broken.text(translate) == "Teil 2 sind keine iCalendar-Daten"


def test_a_text_over_the_limit_is_refused_and_one_just_at_it_is_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from datetime import UTC, datetime

    from postureapp.core.calendar import ics

    window = (datetime(2026, 3, 23, tzinfo=UTC), datetime(2026, 3, 24, tzinfo=UTC))
    with pytest.raises(CalendarUnreadable) as caught:
        busy_events([" " * (32 * 1024 * 1024 + 1)], "work", *window)
    assert str(caught.value) == "it is larger than 32 MB"
    limit = 1024 * 1024  # the same rule at 1 MB, so that a text at the limit is quick to read
    monkeypatch.setattr(ics, "MAX_BYTES", limit)
    assert busy_events([" " * limit, b" " * limit], "work", *window) == []
    for data in (" " * (limit + 1), b" " * (limit + 1)):
        with pytest.raises(CalendarUnreadable) as caught:
            busy_events([data], "work", *window)
        assert str(caught.value) == "it is larger than 1 MB"
