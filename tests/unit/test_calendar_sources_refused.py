"""The calendars setting typed by hand: each refusal's exact words (German where the words are
translated), a source's `user` written only when there is one, and sources taken as they are."""

from __future__ import annotations

import pytest

from postureapp.core.calendar.source import CALDAV, FILE, CalendarSource
from postureapp.core.i18n.qm import Catalogue
from postureapp.core.settings.calendar_kind import CalendarSourcesKind
from postureapp.core.settings.kinds import Refused
from postureapp.paths import assets_dir

KIND = CalendarSourcesKind()
LIKE = (
    'a list of calendars like [{ name = "work", kind = "file", location = "/home/me/work.ics" }]'
    " (kind file, url or caldav; user for caldav)"
)
WIE = (
    'eine Liste von Kalendern wie [{ name = "work", kind = "file", location = "/home/me/work.ics"'
    " }] (kind file, url oder caldav; user für caldav)"
)
WORK = CalendarSource("work", CALDAV, "https://dav.example/", "me")
DESK = CalendarSource("desk", FILE, "/home/me/desk.ics")


@pytest.fixture(scope="module")
def german() -> Catalogue:
    return Catalogue.read(assets_dir() / "translations" / "postureapp_de.qm")


def refused(parse: object, value: object) -> Refused:
    with pytest.raises(Refused) as caught:
        parse(value)  # type: ignore[operator]
    return caught.value


def test_sources_are_taken_as_they_are_and_written_with_a_user_only_when_there_is_one() -> None:
    assert KIND.parse((WORK, DESK)) == (WORK, DESK)
    assert KIND.parse([]) == () and KIND.parse(()) == ()
    assert KIND.parse_text("  ") == ()
    assert KIND.to_toml((WORK, DESK)) == [
        {"name": "work", "kind": "caldav", "location": "https://dav.example/", "user": "me"},
        {"name": "desk", "kind": "file", "location": "/home/me/desk.ics"},
    ]
    assert KIND.format_text((WORK, DESK)) == (
        '[{ name = "work", kind = "caldav", location = "https://dav.example/", user = "me" },'
        ' { name = "desk", kind = "file", location = "/home/me/desk.ics" }]'
    )
    assert KIND.parse_text(KIND.format_text((WORK, DESK))) == (WORK, DESK)
    no_user = KIND.parse([{"name": "w", "kind": "caldav", "location": "https://x/"}])
    assert no_user == (CalendarSource("w", CALDAV, "https://x/", ""),)


def test_what_is_not_a_list_of_tables_is_refused_with_the_form_expected(german: Catalogue) -> None:
    error = refused(KIND.parse, 3)
    assert str(error) == f"must be {LIKE}, got 3"
    assert error.phrase.text(german.translate) == f"muss {WIE} sein, gefunden 3"
    error = refused(KIND.parse_text, "work.ics")
    assert str(error) == f"must be {LIKE}"
    assert error.phrase.text(german.translate) == f"muss {WIE} sein"
    assert str(refused(KIND.parse, ["x"])) == (
        "each calendar must be a table like { name = ... }, got 'x'"
    )
    assert str(refused(KIND.parse_text, "[1,")) == (
        '[1, is not a TOML list like ["11:00", "15:30"]'
    )


@pytest.mark.parametrize("secret", ["password", "Pass", "SECRET", "token"])
def test_a_secret_in_the_file_is_refused_with_a_pointer_to_the_keyring(secret: str) -> None:
    source = {"name": "w", "kind": "caldav", "location": "https://x/", secret: "hunter2"}
    assert str(refused(KIND.parse, [source])) == (
        "passwords are never kept in the settings file; add the calendar with "
        "`postureapp calendar add` (or in Settings), which puts it in the keyring"
    )


def test_keys_a_calendar_does_not_have_are_named_in_order() -> None:
    source = {"name": "w", "kind": "file", "location": "/a", "colour": "red", "b": 1}
    assert str(refused(KIND.parse, [source])) == (
        "a calendar has no b, colour (only kind, location, name, user)"
    )


def test_a_source_the_calendar_checks_refuse_keeps_their_words(german: Catalogue) -> None:
    error = refused(KIND.parse, [{"name": "", "kind": "file", "location": "/a"}])
    assert str(error) == "the name '' must be 1 to 40 letters, digits, spaces, dots, - or _"
    assert error.phrase.text(german.translate) == (
        "der Name '' muss aus 1 bis 40 Buchstaben, Ziffern, Leerzeichen, Punkten, - oder _ bestehen"
    )
    twice = [
        {"name": "w", "kind": "file", "location": "/a"},
        {"name": "W", "kind": "file", "location": "/b"},
    ]
    error = refused(KIND.parse, twice)
    assert str(error) == "two calendars are named 'W' (or nearly)"
    assert error.phrase.text(german.translate) == "zwei Kalender heißen 'W' (oder fast so)"
