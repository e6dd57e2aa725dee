"""The one error every calendar reader raises, with a sentence for the user."""

from __future__ import annotations

from postureapp.core.calendar.words import Said, said
from postureapp.core.i18n.phrase import QT_TRANSLATE_NOOP, Phrase
from postureapp.core.library_words import os_reason


class FetchFailed(Said):
    """A calendar could not be read this time; `said` says why, in plain words."""


#: What the network libraries say, and what the user reads instead.
_PLAIN = (
    ("Connection refused", QT_TRANSLATE_NOOP("calendars", "the server refused the connection (is it running?)")),
    ("Name or service not known", QT_TRANSLATE_NOOP("calendars", "the server name is not known")),
    ("Temporary failure in name resolution", QT_TRANSLATE_NOOP("calendars", "the server name could not be looked up (offline?)")),
    ("Network is unreachable", QT_TRANSLATE_NOOP("calendars", "the network is unreachable (offline?)")),
    ("timed out", QT_TRANSLATE_NOOP("calendars", "the server did not answer in time")),
    ("CERTIFICATE_VERIFY_FAILED", QT_TRANSLATE_NOOP("calendars", "the server's certificate could not be verified")),
)  # fmt: skip


def plainly(error: BaseException) -> Phrase:
    """A network error in a few words: the libraries' own texts name pools, retries and objects."""
    words = f"{error} {error.__cause__ or ''} {error.__context__ or ''}"
    for found, plain in _PLAIN:
        if found.lower() in words.lower():
            return said(plain)
    if isinstance(error, OSError) and error.errno is not None:
        return os_reason(error)
    detail = str(error) or type(error).__name__
    return said(QT_TRANSLATE_NOOP("calendars", "a network error ({0})"), detail)


def could_not_read(where: object, why: Phrase) -> FetchFailed:
    return FetchFailed(
        said(QT_TRANSLATE_NOOP("calendars", "{0} could not be read: {1}"), where, why)
    )
