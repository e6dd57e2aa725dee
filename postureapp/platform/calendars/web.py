"""iCalendar subscriptions over http(s), with the standard library alone."""

from __future__ import annotations

import urllib.error
import urllib.request

from postureapp import __version__
from postureapp.core.calendar.model import MAX_BYTES
from postureapp.platform.calendars.errors import FetchFailed, plainly


def read_web(url: str, timeout: float) -> list[str]:
    request = urllib.request.Request(
        url, headers={"User-Agent": f"postureapp/{__version__}", "Accept": "text/calendar"}
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            data = response.read(MAX_BYTES + 1)
            charset = response.headers.get_content_charset() or "utf-8"
    except urllib.error.HTTPError as error:
        raise FetchFailed(f"{url} answered {error.code} {error.reason}") from None
    except urllib.error.URLError as error:
        raise FetchFailed(f"{url} could not be read: {plainly(error)}") from None
    except (TimeoutError, OSError) as error:
        raise FetchFailed(f"{url} could not be read: {plainly(error)}") from None
    if len(data) > MAX_BYTES:
        raise FetchFailed(f"{url} sent more than {MAX_BYTES // (1024 * 1024)} MB")
    return [data.decode(charset, errors="replace")]
