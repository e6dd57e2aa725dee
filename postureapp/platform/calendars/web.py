"""iCalendar subscriptions over http(s), with the standard library alone."""

from __future__ import annotations

import urllib.error
import urllib.request

from postureapp import __version__
from postureapp.core.calendar.model import MAX_BYTES
from postureapp.core.calendar.words import megabytes, said
from postureapp.core.i18n.phrase import QT_TRANSLATE_NOOP
from postureapp.platform.calendars.errors import FetchFailed, could_not_read, plainly


def read_web(url: str, timeout: float) -> list[str]:
    request = urllib.request.Request(
        url, headers={"User-Agent": f"postureapp/{__version__}", "Accept": "text/calendar"}
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            data = response.read(MAX_BYTES + 1)
            charset = response.headers.get_content_charset() or "utf-8"
    except urllib.error.HTTPError as error:
        answered = QT_TRANSLATE_NOOP("calendars", "{0} answered with the HTTP error {1}")
        raise FetchFailed(said(answered, url, error.code)) from None
    except (urllib.error.URLError, TimeoutError, OSError) as error:
        raise could_not_read(url, plainly(error)) from None
    if len(data) > MAX_BYTES:
        sent = QT_TRANSLATE_NOOP("calendars", "{0} sent more than {1} MB")
        raise FetchFailed(said(sent, url, megabytes(MAX_BYTES)))
    return [data.decode(charset, errors="replace")]
