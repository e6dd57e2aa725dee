"""Reading the user's calendars, read-only: one file per kind of source, one place that chooses.

    local     .ics files and folders of them
    web       iCalendar subscriptions over http(s)
    dav       CalDAV accounts (the `caldav` package)
    secrets   passwords in the desktop keyring (the `keyring` package)

Every function here blocks (disk, network): the runtime calls them on a worker thread, never on
the GUI thread. Each returns the raw iCalendar texts or raises `FetchFailed` with a sentence the
user can act on.
"""

from __future__ import annotations

from datetime import datetime

from postureapp.core.calendar.source import CALDAV, FILE, CalendarSource
from postureapp.platform.calendars.errors import FetchFailed

#: How long one request may take before the calendar counts as offline for this round.
TIMEOUT_S = 20.0

__all__ = ["TIMEOUT_S", "FetchFailed", "fetch"]


def fetch(
    source: CalendarSource, window: tuple[datetime, datetime], timeout: float = TIMEOUT_S
) -> list[str]:
    """The iCalendar texts of `source` (blocking); `FetchFailed` says why not.

    `window` is what a CalDAV server is asked for; files and web calendars come whole.
    """
    if source.kind == FILE:
        from postureapp.platform.calendars.local import read_local

        return read_local(source.location)
    if source.kind == CALDAV:
        from postureapp.platform.calendars.dav import read_caldav
        from postureapp.platform.calendars.secrets import password_for

        password = password_for(source) if source.needs_password else None
        return read_caldav(source.location, source.user or None, password, timeout, window)
    from postureapp.platform.calendars.web import read_web

    return read_web(source.location, timeout)
