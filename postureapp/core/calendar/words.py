"""What goes wrong with a calendar, as phrases of the "calendars" context: a source that cannot
work as written, data that is not iCalendar, a file, an address or a keyring that fails. The
exceptions carry the phrase (`said`); `told` gives it in the user's language where it is shown.
"""

from __future__ import annotations

from postureapp.core.i18n.phrase import QT_TRANSLATE_NOOP, Phrase, Translate

CONTEXT = "calendars"


def said(source: str, *args: object) -> Phrase:
    """A phrase of the "calendars" context (mark `source` with QT_TRANSLATE_NOOP)."""
    return Phrase(CONTEXT, source, args)


class Said(Exception):
    """An error whose words are a Phrase (`said`), English in `str()`."""

    def __init__(self, words: Phrase | str) -> None:
        super().__init__(str(words))
        self.said = words if isinstance(words, Phrase) else None


def told(error: BaseException, translate: Translate) -> str:
    """The error's words in the language `translate` gives (its English, if it has no phrase)."""
    words = getattr(error, "said", None)
    return words.text(translate) if isinstance(words, Phrase) else str(error)


def megabytes(limit: int) -> int:
    return limit // (1024 * 1024)


def larger_than(limit: int) -> Phrase:
    return said(QT_TRANSLATE_NOOP("calendars", "it is larger than {0} MB"), megabytes(limit))


def not_icalendar(part: int) -> Phrase:
    return said(QT_TRANSLATE_NOOP("calendars", "part {0} is not iCalendar data"), part)


def too_many_events(count: int) -> Phrase:
    return said(QT_TRANSLATE_NOOP("calendars", "it has more than {0} events in a week"), count)
