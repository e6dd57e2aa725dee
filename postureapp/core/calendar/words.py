"""What goes wrong with a calendar, as phrases of the "calendars" context: a source that cannot
work as written, data that is not iCalendar, a file, an address or a keyring that fails. The
exceptions carry the phrase (`said`); `told` gives it in the user's language where it is shown.
"""

from __future__ import annotations

from postureapp.core.i18n.phrase import QT_TRANSLATE_NOOP, Phrase, Said, told

__all__ = ["Said", "said", "told"]

CONTEXT = "calendars"


def said(source: str, *args: object) -> Phrase:
    """A phrase of the "calendars" context (mark `source` with QT_TRANSLATE_NOOP)."""
    return Phrase(CONTEXT, source, args)


def megabytes(limit: int) -> int:
    return limit // (1024 * 1024)


def larger_than(limit: int) -> Phrase:
    return said(QT_TRANSLATE_NOOP("calendars", "it is larger than {0} MB"), megabytes(limit))


def not_icalendar(part: int) -> Phrase:
    return said(QT_TRANSLATE_NOOP("calendars", "part {0} is not iCalendar data"), part)


def too_many_events(count: int) -> Phrase:
    return said(QT_TRANSLATE_NOOP("calendars", "it has more than {0} events in a week"), count)
