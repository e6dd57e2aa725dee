"""iCalendar data to busy events: recurrences expanded, time zones applied, the free left out.

What counts as busy: an event with a start and end time (all-day events are days, not
meetings), not marked free or transparent, not cancelled (nor its cancelled occurrences, nor
the dates its rule excludes). A floating time (no zone) is the user's own wall clock. Only the
window asked for is expanded, so a calendar of ten years costs what a week of it does.

This is the one module that needs `icalendar` and `recurring_ical_events`; they are imported
here only, and this module only where calendars are configured.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta, tzinfo

import icalendar
import recurring_ical_events

from postureapp.core.calendar.model import MAX_BYTES, BusyEvent
from postureapp.core.calendar.words import Said, larger_than, not_icalendar, too_many_events

#: The most occurrences kept from one calendar in a window; a runaway rule stops here.
MAX_EVENTS = 5000
#: Titles are for a status line; anything longer is cut.
MAX_TITLE = 120
#: Events before the window's start still matter when they run into it; a day is plenty.
MARGIN = timedelta(days=1)


#: A one-off event is kept for parsing when its dates come this near the window (time zones
#: move a date by a day at most; an event without an end may last a while).
NEAR = timedelta(days=2)
OPEN_ENDED = timedelta(days=14)
_FOLD = re.compile(r"\r?\n[ \t]")
_DATE = re.compile(r"(\d{8})")
#: A content line's name ends at its first parameter or at its value.
_NAME_END = re.compile("[;:]")
_REPEATS = ("RRULE", "RDATE")


class CalendarUnreadable(Said, ValueError):
    """The data is not iCalendar, or too big; the message says which and why."""


def _as_text(data: str | bytes) -> str:
    if isinstance(data, bytes):
        if len(data) > MAX_BYTES:
            raise CalendarUnreadable(larger_than(MAX_BYTES))
        return data.decode("utf-8", errors="replace")
    if len(data) > MAX_BYTES:
        raise CalendarUnreadable(larger_than(MAX_BYTES))
    return data


def _day(line: str) -> date | None:
    """The date a DTSTART-like line gives (the value follows the last colon: a quoted TZID
    parameter may hold colons, a date-time value does not)."""
    found = _DATE.match(line.rpartition(":")[2].strip())
    if found is None:
        return None
    text = found[1]
    try:
        return date(int(text[:4]), int(text[4:6]), int(text[6:]))
    except ValueError:
        return None


def _keeps(block: list[str], first: date, last: date) -> bool:
    """Whether an event's text can matter in the window from `first` to `last` (by dates alone).

    Anything that repeats is kept; so is a moved occurrence whose old or new date is near.
    """
    days: dict[str, date | None] = {}
    for line in block:
        name = _NAME_END.split(line, maxsplit=1)[0].upper()
        if name in _REPEATS:
            return True
        if name in ("DTSTART", "DTEND", "RECURRENCE-ID"):
            days[name] = _day(line)
    began = days.get("DTSTART")
    if began is None:
        return True
    moved = days.get("RECURRENCE-ID")
    if moved is not None and first - NEAR <= moved <= last + NEAR:
        return True
    ended = days.get("DTEND") or began + OPEN_ENDED
    return began <= last + NEAR and ended >= first - NEAR


def trimmed(text: str, start: datetime, end: datetime) -> str:
    """`text` without the one-off events that lie clearly outside the window.

    Parsing is what costs (seconds for a 5 MB calendar of past meetings); the lines of an event
    that cannot reach the window need not be parsed at all.
    """
    first, last = start.date(), end.date()
    kept: list[str] = []
    block: list[str] | None = None
    for line in _FOLD.sub("", text).splitlines():
        word = line.strip().upper()
        if block is None:
            if word == "BEGIN:VEVENT":
                block = [line]
            else:
                kept.append(line)
            continue
        block.append(line)
        if word == "END:VEVENT":
            if _keeps(block, first, last):
                kept.extend(block)
            block = None
    kept.extend(block or ())
    return "\r\n".join(kept) + "\r\n"


def _aware(moment: datetime, local: tzinfo | None) -> datetime:
    """A floating time is read on the user's wall clock: `local`, or the system's own rules."""
    if moment.tzinfo is not None:
        return moment
    return moment.astimezone() if local is None else moment.replace(tzinfo=local)


def _is_busy(component: icalendar.cal.Component) -> bool:
    status = str(component.get("STATUS", "")).upper()
    transparency = str(component.get("TRANSP", "")).upper()
    outlook = str(component.get("X-MICROSOFT-CDO-BUSYSTATUS", "")).upper()
    return status != "CANCELLED" and transparency != "TRANSPARENT" and outlook != "FREE"


def _times(component: icalendar.cal.Component) -> tuple[datetime, datetime] | None:
    """Start and end of a timed occurrence; None for an all-day one. Every occurrence that
    recurring_ical_events gives has both (a DURATION, or nothing, made into its DTEND), of the
    same kind: dates for an all-day event, date-times otherwise."""
    start, end = component.get("DTSTART").dt, component.get("DTEND").dt
    if not isinstance(start, datetime):
        return None
    return start, end


def busy_events(
    texts: Iterable[str | bytes],
    calendar: str,
    start: datetime,
    end: datetime,
    local: tzinfo | None = None,
) -> list[BusyEvent]:
    """The busy occurrences from `start` to `end` in iCalendar `texts` (files, or objects of
    one account), sorted; `calendar` names them. Raises `CalendarUnreadable` for data that is
    not iCalendar (naming the first broken text), or too large."""
    found: list[BusyEvent] = []
    window = (start.astimezone(UTC) - MARGIN, end.astimezone(UTC) + MARGIN)
    for number, data in enumerate(texts, 1):
        text = trimmed(_as_text(data), *window)
        if not text.strip():
            continue
        try:
            calendars = icalendar.Calendar.from_ical(text, multiple=True)
            occurrences = recurring_ical_events.of(
                # one broken series should not hide the rest of the calendar
                calendars[0] if len(calendars) == 1 else _joined(calendars),
                skip_bad_series=True,
            ).between(*window)
        except (ValueError, KeyError, TypeError, IndexError):
            raise CalendarUnreadable(not_icalendar(number)) from None
        for component in occurrences:
            times = _times(component) if _is_busy(component) else None
            if times is None:
                continue
            began, ended = (_aware(moment, local) for moment in times)
            if ended <= began or ended <= start or began >= end:
                continue
            title = str(component.get("SUMMARY", "")).strip()[:MAX_TITLE]
            found.append(BusyEvent(began, ended, title, calendar))
            if len(found) > MAX_EVENTS:
                raise CalendarUnreadable(too_many_events(MAX_EVENTS))
    return sorted(found)


def _joined(calendars: list[icalendar.Calendar]) -> icalendar.Calendar:
    """Several VCALENDARs in one text (a CalDAV account's objects): one calendar of them all."""
    joined = icalendar.Calendar()
    for part in calendars:
        for component in part.subcomponents:
            joined.add_component(component)
    return joined
