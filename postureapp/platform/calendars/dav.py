"""CalDAV accounts, read-only, with the `caldav` package.

The address may be the account (every calendar in it is read) or one calendar of it (only that
one). Events come unexpanded, as the server keeps them; `core.calendar.ics` expands them, the
same way as for every other kind of source.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from postureapp.core.calendar.words import said
from postureapp.core.i18n.phrase import QT_TRANSLATE_NOOP
from postureapp.platform.calendars.errors import FetchFailed, could_not_read, plainly

log = logging.getLogger(__name__)


def _same(a: object, b: str) -> bool:
    return str(a).rstrip("/") == b.rstrip("/")


def read_caldav(
    url: str,
    user: str | None,
    password: str | None,
    timeout: float,
    window: tuple[datetime, datetime],
) -> list[str]:
    from caldav.davclient import DAVClient
    from caldav.lib import error as dav_error

    try:
        with DAVClient(url=url, username=user, password=password, timeout=int(timeout)) as client:
            calendars = client.get_calendars()
            chosen = [c for c in calendars if _same(c.url, url)] or calendars
            texts: list[str] = []
            for calendar in chosen:
                found: list[Any] = calendar.search(  # type: ignore[assignment]
                    start=window[0], end=window[1], event=True, expand=False
                )
                texts.extend(str(item.data) for item in found if item.data)
            log.info("CalDAV %s: %d calendar(s), %d object(s)", url, len(chosen), len(texts))
            return texts
    except dav_error.AuthorizationError:
        refused = QT_TRANSLATE_NOOP("calendars", "{0} refused the user name or password")
        raise FetchFailed(said(refused, url)) from None
    except dav_error.DAVError as error:
        log.info("CalDAV %s: %r", url, error)
        not_dav = QT_TRANSLATE_NOOP("calendars", "{0} did not answer as a CalDAV server")
        raise FetchFailed(said(not_dav, url)) from None
    except Exception as error:  # the HTTP library's own errors (niquests or requests) too
        log.info("CalDAV %s failed: %r", url, error)
        raise could_not_read(url, plainly(error)) from None
