"""One configured calendar: a local file or folder, a web address (iCalendar subscription), or a
CalDAV account read-only. Declared in the settings (`schedule.calendars`), checked here.

A password never lives in a source: it goes to the desktop keyring under the source's name
(`platform.calendars.secrets`), so settings.toml can be shared, backed up or shown safely.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from postureapp.core.calendar.words import Said, said
from postureapp.core.i18n.phrase import QT_TRANSLATE_NOOP

FILE = "file"
URL = "url"
CALDAV = "caldav"
KINDS = (FILE, URL, CALDAV)

_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9 ._-]{0,39}")


class SourceRefused(Said, ValueError):
    """A calendar source that cannot work as written; the message says what to change."""


@dataclass(frozen=True)
class CalendarSource:
    """`name` (short, unique, names the cached copy and the keyring entry), `kind` (file, url or
    caldav), `location` (an absolute path, or an http(s) address) and, for CalDAV, `user`."""

    name: str
    kind: str
    location: str
    user: str = ""

    @property
    def slug(self) -> str:
        """The name as a file name: the cached copy is `<slug>.ics`."""
        return re.sub(r"[^a-z0-9_-]+", "-", self.name.lower()).strip("-") or "calendar"

    @property
    def needs_password(self) -> bool:
        return self.kind == CALDAV and bool(self.user)

    def describe(self) -> str:
        who = f" as {self.user}" if self.user else ""
        return f"{self.name}: {self.kind} {self.location}{who}"


def checked(name: object, kind: object, location: object, user: object = "") -> CalendarSource:
    """A source from what a user wrote, or `SourceRefused` saying what is wrong."""
    if not isinstance(name, str) or not _NAME.fullmatch(name):
        raise SourceRefused(
            said(
                QT_TRANSLATE_NOOP(
                    "calendars",
                    "the name {0} must be 1 to 40 letters, digits, spaces, dots, - or _",
                ),
                repr(name),
            )
        )
    if kind not in KINDS:
        raise SourceRefused(
            said(
                QT_TRANSLATE_NOOP("calendars", "{0}: the kind must be one of {1}, got {2}"),
                name,
                ", ".join(KINDS),
                repr(kind),
            )
        )
    if not isinstance(location, str) or not location.strip():
        raise SourceRefused(
            said(
                QT_TRANSLATE_NOOP("calendars", "{0}: needs a location (a path or an address)"), name
            )
        )
    if not isinstance(user, str):
        raise SourceRefused(
            said(QT_TRANSLATE_NOOP("calendars", "{0}: the user must be text"), name)
        )
    location = location.strip()
    if kind == FILE:
        path = Path(location).expanduser()
        if not path.is_absolute():
            raise SourceRefused(
                said(
                    QT_TRANSLATE_NOOP("calendars", "{0}: {1} is not an absolute path"),
                    name,
                    repr(location),
                )
            )
        location = str(path)
    else:
        location = _address(name, location)
    if user and kind != CALDAV:
        raise SourceRefused(
            said(QT_TRANSLATE_NOOP("calendars", "{0}: only a CalDAV account has a user"), name)
        )
    return CalendarSource(name, str(kind), location, user.strip())


def _address(name: str, location: str) -> str:
    if location.lower().startswith("webcal://"):
        location = "https://" + location[len("webcal://") :]
    parts = urlsplit(location)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise SourceRefused(
            said(
                QT_TRANSLATE_NOOP("calendars", "{0}: {1} is not an http(s) address"),
                name,
                repr(location),
            )
        )
    if parts.password:
        raise SourceRefused(
            said(
                QT_TRANSLATE_NOOP(
                    "calendars",
                    "{0}: the address holds a password; give the user with --user instead, "
                    "and the password goes to the keyring",
                ),
                name,
            )
        )
    return location


def unique(sources: list[CalendarSource]) -> tuple[CalendarSource, ...]:
    """The sources, refused when two share a name (nor case nor punctuation counts)."""
    seen: set[str] = set()
    for source in sources:
        if source.slug in seen:
            raise SourceRefused(
                said(
                    QT_TRANSLATE_NOOP("calendars", "two calendars are named {0} (or nearly)"),
                    repr(source.name),
                )
            )
        seen.add(source.slug)
    return tuple(sources)
